//! Segmentation: the only module that touches jieba-rs.
//!
//! jieba's default dictionary is extended with our domain words (places,
//! honors, bodies, procedures, titles from `lexicon`), and each token is
//! reduced to a coarse part of speech the extractors reason with.
//! Offsets are Unicode code points, as jieba reports them.

use crate::lexicon::Lexicon;
use jieba_rs::Jieba;
use std::sync::OnceLock;

/// Coarse part of speech of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Noun,
    Place,
    Person,
    OrgName,
    Title,
    Verb,
    VerbNoun,
    Numeral,
    Particle,
    Preposition,
    Conjunction,
    Adjective,
    Adverb,
    Pronoun,
    Punct,
    /// Time words (目前, 今年; jieba also reads 志在 so).
    Time,
    Other,
}

impl Pos {
    fn from_tag(tag: &str) -> Pos {
        match tag {
            "nnt" => Pos::Title,
            "ns" | "nsf" => Pos::Place,
            "nt" | "nz" => Pos::OrgName,
            t if t.starts_with("nr") => Pos::Person,
            "vn" => Pos::VerbNoun,
            t if t.starts_with('n') || t == "j" || t == "l" || t == "i" => Pos::Noun,
            t if t.starts_with('v') => Pos::Verb,
            "m" | "mq" | "q" => Pos::Numeral,
            t if t.starts_with('u') || t == "y" => Pos::Particle,
            "p" => Pos::Preposition,
            "c" => Pos::Conjunction,
            t if t.starts_with('a') || t == "b" => Pos::Adjective,
            "d" | "df" | "dg" => Pos::Adverb,
            t if t.starts_with('r') => Pos::Pronoun,
            "x" | "w" => Pos::Punct,
            "t" | "tg" => Pos::Time,
            _ => Pos::Other,
        }
    }

    /// Parts of speech that may stand inside a proper organization name.
    pub fn in_name(self) -> bool {
        matches!(
            self,
            Pos::Noun
                | Pos::Place
                | Pos::OrgName
                | Pos::VerbNoun
                | Pos::Numeral
                | Pos::Person
                | Pos::Adjective
                | Pos::Other
        )
    }
}

/// One token: characters `[start, end)` of the segmented text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub pos: Pos,
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut j = Jieba::new();
        for (word, tag) in Lexicon::get().segmenter_words() {
            if !j.has_word(&word) {
                let freq = j.suggest_freq(&word);
                j.add_word(&word, Some(freq), Some(tag));
            }
        }
        j
    })
}

/// Makes sure the segmenter is built (it takes a moment) before timing work.
pub fn warm_up() {
    let _ = jieba();
}

/// A letter or digit; Chinese characters are answered without the
/// Unicode tables, which `char::is_alphanumeric` searches for them.
fn is_word_char(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_alphanumeric()
}

/// Tokens of `text` with coarse parts of speech, covering every character.
pub fn tag(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for t in jieba().tag(text, true) {
        let pos = if t.word.chars().all(|c| !is_word_char(c)) {
            Pos::Punct
        } else if t.tag == "x" {
            // A word jieba could not tag (潍柴): a word all the same.
            Pos::Other
        } else {
            Pos::from_tag(t.tag)
        };
        // 清华大学电子工程系, one word of jieba's: the university, then its
        // department, so that each is a name of its own.
        if pos == Pos::OrgName {
            if let Some(b) = t.word.find("大学").map(|b| b + "大学".len()) {
                let part = &t.word[b..];
                if ["系", "学院", "研究院", "研究所", "医学部"]
                    .iter()
                    .any(|w| part.ends_with(w) && part.len() > w.len())
                {
                    let k = t.start + t.word[..b].chars().count();
                    out.push(Token {
                        start: t.start,
                        end: k,
                        pos,
                    });
                    out.push(Token {
                        start: k,
                        end: t.end,
                        pos: Pos::Noun,
                    });
                    continue;
                }
            }
        }
        out.push(Token {
            start: t.start,
            end: t.end,
            pos,
        });
    }
    out
}

/// Words of a label, for readable IRI slugs.
pub fn words(text: &str) -> Vec<&str> {
    jieba()
        .cut(text, false)
        .into_iter()
        .map(|t| t.word)
        .collect()
}

/// Is `word` a dictionary word whose usual tag is neither a person name nor
/// a place? (高度, 方面 and 江山 start with surnames but are common words;
/// the dictionary's minor places, 徐洋 or 秦东, are given names as often.)
pub fn is_common_word(word: &str) -> bool {
    let j = jieba();
    if !j.has_word(word) {
        return false;
    }
    let tags = j.tag(word, false);
    tags.len() == 1 && !tags[0].tag.starts_with("nr") && tags[0].tag != "ns"
}

/// Dictionary words of at least this frequency count as frequent.
const FREQUENT: usize = 100;

/// Is `word` (two characters or more) a frequent dictionary word other than
/// a name or place (刚刚, 方面; not 强卫, a rare verb, nor 兰阳)?
pub fn is_frequent_word(word: &str) -> bool {
    // For a dictionary word suggest_freq is its frequency plus one.
    word.chars().count() >= 2 && is_common_word(word) && jieba().suggest_freq(word) > FREQUENT
}

/// Is `word` a dictionary word so frequent (陆军, 黄河; any tag) that it
/// takes more than a list position to read it as a name?
pub fn is_very_frequent_word(word: &str) -> bool {
    jieba().has_word(word) && jieba().suggest_freq(word) > 20 * FREQUENT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text_with_char_offsets() {
        let text = "陕西榆林佳县人民医院原副院长";
        let toks = tag(text);
        assert_eq!(toks.first().unwrap().start, 0);
        assert_eq!(toks.last().unwrap().end, text.chars().count());
        for w in toks.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        // Gazetteer words are in the dictionary as places.
        assert!(toks
            .iter()
            .any(|t| t.start == 4 && t.end == 6 && t.pos == Pos::Place));
    }

    #[test]
    fn common_words_are_known() {
        assert!(is_common_word("方面"));
        assert!(!is_common_word("钱某云"));
        assert!(is_frequent_word("刚刚"));
        assert!(!is_frequent_word("强卫"));
        assert!(!is_frequent_word("建"));
    }
}
