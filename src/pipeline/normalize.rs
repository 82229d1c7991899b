//! Normalize: the decoded file text to clean paragraphs, keeping a map from
//! every normalized character back to its character offset in the raw text.
//!
//! - Lines are paragraphs; surrounding white space (also U+3000) is dropped.
//! - A paragraph repeated verbatim, or a truncated repeat of an earlier one
//!   (a page-break artefact), is dropped.
//! - A body paragraph cut by a page break in mid-word (it ends on a Han
//!   character, with no closing punctuation, and the next one starts with a Han
//!   character) is joined with the next one.

/// Normalized text and, for each of its characters, the raw character offset.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `raw_offsets[i]` is the raw character index of normalized character `i`.
    pub raw_offsets: Vec<usize>,
}

/// Shorter paragraphs are never treated as repeats: column headings such as
/// 二十大代表风采 legitimately recur in one file.
const MIN_REPEAT_LEN: usize = 8;
/// A page break falls inside body text, which is longer than a heading.
const MIN_BODY_LEN: usize = 20;

/// The NFKC form of full-width digits, letters, ％ and ．; other characters
/// (Chinese punctuation among them) are kept as written.
pub fn narrow(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '\u{3000}' => ' ',
        _ => c,
    }
}

pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}'
}

pub fn normalize(raw: &str) -> Normalized {
    // NFKC for full-width digits, Latin letters, % and the full stop of
    // numbers (３３．６％ → 33.6%): one character for one, so offsets hold.
    let chars: Vec<char> = raw.chars().map(narrow).collect();
    // Paragraphs as raw character ranges, trimmed.
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let (mut s, mut e) = (start, i);
            while s < e && is_space(chars[s]) {
                s += 1;
            }
            while e > s && is_space(chars[e - 1]) {
                e -= 1;
            }
            if e > s {
                paragraphs.push((s, e));
            }
            start = i + 1;
        }
    }
    // Kept paragraphs: their text and raw offsets (joins concatenate both).
    let mut kept: Vec<(String, Vec<usize>)> = Vec::new();
    for (s, e) in paragraphs {
        let text: String = chars[s..e].iter().collect();
        let len = e - s;
        if len >= MIN_REPEAT_LEN && kept.iter().any(|(k, _)| k.starts_with(&text)) {
            continue;
        }
        if let Some((prev, prev_map)) = kept.last_mut() {
            if is_page_break(prev, &text) {
                prev.push_str(&text);
                prev_map.extend(s..e);
                continue;
            }
        }
        kept.push((text, (s..e).collect()));
    }
    let mut out = Normalized::default();
    for (i, (text, map)) in kept.into_iter().enumerate() {
        if i > 0 {
            out.text.push('\n');
            // The separator maps to the raw character just before the paragraph.
            out.raw_offsets.push(map[0].saturating_sub(1));
        }
        out.text.push_str(&text);
        out.raw_offsets.extend(map);
    }
    out
}

fn is_page_break(prev: &str, next: &str) -> bool {
    let (Some(last), Some(first)) = (prev.chars().last(), next.chars().next()) else {
        return false;
    };
    // A list of names (王某 李某（女）) is not prose cut by a page break.
    is_han(last)
        && is_han(first)
        && !prev.contains(' ')
        && prev.chars().count() >= MIN_BODY_LEN
        && prev.contains(['，', '。', '；', ',', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_a_word_split_by_a_page_break() {
        let raw =
            "各级党组织广泛发动，有的按分配名额适当扩大比例、逐级分配名额进\n\n行推荐提名，有的进行全额推荐提名。";
        let n = normalize(raw);
        assert_eq!(
            n.text,
            "各级党组织广泛发动，有的按分配名额适当扩大比例、逐级分配名额进行推荐提名，有的进行全额推荐提名。"
        );
        let raw_chars: Vec<char> = raw.chars().collect();
        for (i, c) in n.text.chars().enumerate() {
            assert_eq!(raw_chars[n.raw_offsets[i]], c);
        }
    }

    #[test]
    fn keeps_headings_apart() {
        let n = normalize("选举产生出席党的二十大代表 某某同志当选\n选举产生省委委员\n");
        assert_eq!(
            n.text,
            "选举产生出席党的二十大代表 某某同志当选\n选举产生省委委员"
        );
        let n = normalize("来源:某某新闻客户端2022-10-10 09:51\n今天我们来认识一位代表。");
        assert_eq!(n.text.lines().count(), 2);
    }

    #[test]
    fn drops_verbatim_and_truncated_repeats() {
        let raw = "问：这次代表选举有哪些特点？\n答：一是结构合理。\n问：这次代表选举有哪些特点？\n问：这次代表选举有\n二十大代表风采\n二十大代表风采";
        let n = normalize(raw);
        assert_eq!(
            n.text,
            "问：这次代表选举有哪些特点？\n答：一是结构合理。\n二十大代表风采\n二十大代表风采"
        );
    }

    proptest::proptest! {
        /// Every normalized character comes from its mapped raw character
        /// (line breaks join paragraphs), whatever the input.
        #[test]
        fn offsets_map_back_to_the_raw_text(raw in "[ \\n\\u{3000}a-z０-９，。“”（）代表二十大王李村县\\r]{0,80}") {
            let n = normalize(&raw);
            let raw_chars: Vec<char> = raw.chars().collect();
            let out: Vec<char> = n.text.chars().collect();
            proptest::prop_assert_eq!(out.len(), n.raw_offsets.len());
            for (i, &c) in out.iter().enumerate() {
                let r = n.raw_offsets[i];
                proptest::prop_assert!(r < raw_chars.len().max(1));
                if c != '\n' {
                    proptest::prop_assert_eq!(narrow(raw_chars[r]), c);
                }
            }
            // Offsets only grow: the text keeps the raw order.
            proptest::prop_assert!(n.raw_offsets.windows(2).all(|w| w[0] <= w[1]));
        }
    }

    #[test]
    fn full_width_digits_become_ascii_one_for_one() {
        let n = normalize("女党员６１９名，占２７．０％。ＡＢＣ");
        assert_eq!(n.text, "女党员619名，占27.0%。ABC");
        assert_eq!(n.raw_offsets.len(), n.text.chars().count());
    }

    #[test]
    fn trims_full_width_spaces_and_maps_offsets() {
        let raw = "\u{3000}\u{3000}今天的节目。\r\n";
        let n = normalize(raw);
        assert_eq!(n.text, "今天的节目。");
        assert_eq!(n.raw_offsets[0], 2);
    }
}
