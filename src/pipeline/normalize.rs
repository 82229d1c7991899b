//! Normalize: the decoded file text to clean paragraphs, keeping a map from
//! every normalized character back to its character offset in the raw text.
//!
//! - Lines are paragraphs; surrounding white space (also U+3000) is dropped.
//! - A paragraph repeated verbatim, or a truncated repeat of a recent one
//!   (a page-break artefact), is dropped; closing bylines and editors'
//!   lines, which end every article of a file, are kept.
//! - A body paragraph cut by a page break in mid-word (it ends on a Han
//!   character, with no closing punctuation, and the next one starts with a Han
//!   character) is joined with the next one.
//!
//! [`Normalizer`] does this a line at a time, so a file of any size is read
//! in bounded memory; [`normalize`] runs it over a whole text.

use rustc_hash::FxHashSet;
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};
use std::ops::Range;

/// Normalized text and, for each of its characters, the raw character offset.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `raw_offsets[i]` is the raw character index of normalized character `i`.
    pub raw_offsets: Vec<usize>,
}

/// One clean paragraph and the raw character ranges it was taken from
/// (several when a page break was joined).
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub raw: Vec<Range<usize>>,
}

/// Shorter paragraphs are never treated as repeats: column headings such as
/// 二十大代表风采 legitimately recur in one file.
const MIN_REPEAT_LEN: usize = 8;
/// A page break falls inside body text, which is longer than a heading.
const MIN_BODY_LEN: usize = 20;
/// Kept paragraphs a truncated repeat is looked for in: page-break artefacts
/// repeat what came just before, and the bound keeps a huge file linear.
const REPEAT_WINDOW: usize = 1024;

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

/// Characters written only in traditional script, and common in any news
/// text (們, 國, 黨, 選舉 …); sorted, for a binary search.
const TRADITIONAL_MARKS: &[char] = &[
    '來', '個', '們', '動', '勞', '區', '員', '國', '團', '學', '實', '對', '屆', '幹', '廣', '後',
    '從', '於', '時', '書', '會', '東', '業', '為', '獎', '獲', '現', '產', '當', '發', '稱', '經',
    '縣', '與', '舉', '華', '萬', '記', '說', '農', '這', '連', '進', '過', '遠', '選', '還', '鄉',
    '醫', '長', '開', '體', '點', '黨', '齊',
];

/// How far into a text its script is judged: one script runs through an
/// article, and looking further would cost every simplified text a scan.
const SCRIPT_SAMPLE: usize = 200;

/// The text in simplified characters, when it is written in traditional
/// ones (a 繁體 reprint): the lexicons, the gazetteer and the segmenter
/// know simplified names. Each character maps to one character, so every
/// offset holds and anchors can be read from the text as written. `None`
/// for a simplified text, which is never touched (著名 stays 著名).
pub fn simplified(text: &str) -> Option<String> {
    let marks = text
        .chars()
        .take(SCRIPT_SAMPLE)
        .filter(|c| TRADITIONAL_MARKS.binary_search(c).is_ok())
        .take(2)
        .count();
    (marks >= 2).then(|| {
        let s = fast2s::convert(text);
        debug_assert_eq!(s.chars().count(), text.chars().count());
        s
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}'
}

fn text_hash(s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// Line-at-a-time normalizer: feed it every line of a text (without its
/// `\n`) in order; it hands back paragraphs once no later line can change them.
#[derive(Default)]
pub struct Normalizer {
    /// Raw character offset of the next line.
    raw_pos: usize,
    /// The last kept paragraph: the next line may still join it.
    held: Option<Paragraph>,
    /// Recent kept paragraphs, for truncated repeats.
    recent: VecDeque<String>,
    /// Every kept paragraph of repeatable length, for verbatim repeats.
    seen: FxHashSet<u64>,
}

impl Normalizer {
    /// Takes one raw line; returns the paragraph it completed, if any.
    pub fn push_line(&mut self, line: &str) -> Option<Paragraph> {
        // NFKC for full-width digits, Latin letters, % and the full stop of
        // numbers (３３．６％ → 33.6%): one character for one, so offsets hold.
        let chars: Vec<char> = line.chars().map(narrow).collect();
        let base = self.raw_pos;
        self.raw_pos += chars.len() + 1;
        let (mut s, mut e) = (0, chars.len());
        while s < e && is_space(chars[s]) {
            s += 1;
        }
        while e > s && is_space(chars[e - 1]) {
            e -= 1;
        }
        if e == s {
            return None;
        }
        let text: String = chars[s..e].iter().collect();
        // Bylines and editors' lines close every article of a file and
        // recur by design.
        if e - s >= MIN_REPEAT_LEN
            && !super::split::is_closing_byline(&text)
            && !super::split::is_staff_line(&text)
            && self.is_repeat(&text)
        {
            return None;
        }
        let raw = base + s..base + e;
        if let Some(prev) = &mut self.held {
            if is_page_break(&prev.text, &text) {
                prev.text.push_str(&text);
                prev.raw.push(raw);
                return None;
            }
        }
        let done = self.held.take();
        self.held = Some(Paragraph {
            text,
            raw: vec![raw],
        });
        done.map(|p| self.keep(p))
    }

    /// The paragraph still held at the end of the text.
    pub fn finish(&mut self) -> Option<Paragraph> {
        self.held.take().map(|p| self.keep(p))
    }

    fn is_repeat(&self, text: &str) -> bool {
        self.seen.contains(&text_hash(text))
            || self.held.as_ref().is_some_and(|h| h.text.starts_with(text))
            || self.recent.iter().any(|k| k.starts_with(text))
    }

    fn keep(&mut self, p: Paragraph) -> Paragraph {
        if p.text.chars().count() >= MIN_REPEAT_LEN {
            self.seen.insert(text_hash(&p.text));
            if self.recent.len() == REPEAT_WINDOW {
                self.recent.pop_front();
            }
            self.recent.push_back(p.text.clone());
        }
        p
    }
}

/// Normalizes a whole text, with the offset map.
pub fn normalize(raw: &str) -> Normalized {
    let mut n = Normalizer::default();
    let mut out = Normalized::default();
    let mut add = |p: Paragraph| {
        if !out.text.is_empty() {
            out.text.push('\n');
            // The separator maps to the raw character just before the paragraph.
            out.raw_offsets.push(p.raw[0].start.saturating_sub(1));
        }
        out.text.push_str(&p.text);
        out.raw_offsets.extend(p.raw.into_iter().flatten());
    };
    for line in raw.split('\n') {
        if let Some(p) = n.push_line(line) {
            add(p);
        }
    }
    if let Some(p) = n.finish() {
        add(p);
    }
    out
}

fn is_page_break(prev: &str, next: &str) -> bool {
    let (Some(last), Some(first)) = (prev.chars().last(), next.chars().next()) else {
        return false;
    };
    // A list of names (王某 李某（女）) is not prose cut by a page break, nor
    // does a report's lead (某某日报讯…) continue one. Prose has its marks
    // outside brackets: a list's line 王某（女，回族）：某医院主任医师 has
    // its comma in the note. Two lines that each open with a name and a
    // comma or colon are a list's (王某，某镇党委书记 / 李某，…).
    if opens_with_name(prev) && opens_with_name(next) {
        return false;
    }
    let mut depth = 0u32;
    let prose = prev.chars().any(|c| {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(c, '，' | '。' | '；' | ',' | ';')
    });
    is_han(last)
        && is_han(first)
        && !super::split::is_opening_lead(next)
        && !prev.contains(' ')
        && prev.chars().count() >= MIN_BODY_LEN
        && prose
}

/// Does a line open as a list's entry: a name of two to four characters with
/// a surname, perhaps a note in brackets, then a comma or colon?
fn opens_with_name(t: &str) -> bool {
    let n = t.chars().take_while(|&c| is_han(c)).count();
    let name: String = t.chars().take(n).collect();
    let mut rest = t.chars().skip(n).peekable();
    if rest.peek().is_some_and(|&c| matches!(c, '（' | '(')) {
        rest.find(|&c| matches!(c, '）' | ')'));
    }
    (2..=4).contains(&n)
        && rest
            .next()
            .is_some_and(|c| matches!(c, '，' | '：' | ',' | ':'))
        && crate::lexicon::Lexicon::get().has_surname(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_traditional_text_is_simplified_one_for_one() {
        let t = "新華社北京10月16日電 中國共產黨代表說。";
        let s = simplified(t).expect("traditional");
        assert_eq!(s, "新华社北京10月16日电 中国共产党代表说。");
        assert_eq!(s.chars().count(), t.chars().count());
        // A simplified text, even with a character traditional script
        // shares (著名), is left alone.
        assert_eq!(simplified("著名的代表说，他们来了。"), None);
    }

    #[test]
    fn a_long_headline_is_no_cut_paragraph() {
        let n = normalize(
            "她是人大代表、政协委员，如今又成为党的二十大代表\n湖北日报讯（记者 王某）正文。",
        );
        assert_eq!(n.text.lines().count(), 2, "{}", n.text);
    }

    #[test]
    fn a_list_line_with_a_note_is_no_cut_paragraph() {
        // The comma of the note (女，回族) is no prose's.
        let n = normalize(
            "孙某燕（女，回族）：河北省沧州市人民医院主任医师\n张某明：河北省三河市燕郊镇党委书记",
        );
        assert_eq!(n.text.lines().count(), 2, "{}", n.text);
        // Nor is one with its note's comma outside brackets.
        let n = normalize("王某群（女），河北省邯郸市峰峰矿区大社镇党委书记\n刘某军，河北钢铁集团有限公司党委书记");
        assert_eq!(n.text.lines().count(), 2, "{}", n.text);
        // Prose cut after a bracket still joins.
        let n = normalize("她（女，回族）说，各级党组织广泛发动，逐级分配名额进\n行推荐提名。");
        assert_eq!(n.text.lines().count(), 1, "{}", n.text);
    }

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
    fn a_repeated_editors_line_is_kept_for_each_article() {
        let raw = "甲文\n正文一句。\n(责编：刘某、赵某)\n乙文\n正文二句。\n(责编：刘某、赵某)";
        assert_eq!(normalize(raw).text.lines().count(), 6);
    }

    #[test]
    fn a_repeated_closing_byline_still_closes_its_article() {
        let raw = "甲文正文一句。\n（新华社北京9月26日电 记者李某）\n乙文正文一句。\n（新华社北京9月26日电 记者李某）";
        assert_eq!(normalize(raw).text.lines().count(), 4);
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
