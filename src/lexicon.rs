//! General knowledge as data: the gazetteer of China's administrative
//! divisions and the lexicons under `ontology/lexicon/` (surnames, ethnic
//! groups, honors, titles, organization suffixes, national bodies and media,
//! procedure vocabulary), loaded once and shared by every extractor.
//!
//! Nothing here names the people or organizations of any particular article.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const DIVISIONS: &str = include_str!("../ontology/gazetteer/divisions.tsv");
const SURNAMES: &str = include_str!("../ontology/lexicon/surnames.txt");
const ETHNIC: &str = include_str!("../ontology/lexicon/ethnic_groups.txt");
const HONORS: &str = include_str!("../ontology/lexicon/honors.tsv");
const TITLES: &str = include_str!("../ontology/lexicon/titles.txt");
const ORG_SUFFIXES: &str = include_str!("../ontology/lexicon/org_suffixes.tsv");
const BODIES: &str = include_str!("../ontology/lexicon/bodies.tsv");
const PROCEDURES: &str = include_str!("../ontology/lexicon/procedures.tsv");

/// One administrative division of the gazetteer.
#[derive(Debug, Clone)]
pub struct Division {
    pub code: String,
    pub name: String,
    pub shorts: Vec<String>,
    pub level: &'static str,
    pub parent: Option<usize>,
}

/// A named thing of a lexicon: its canonical name and accepted aliases.
#[derive(Debug, Clone)]
pub struct Named {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
}

impl Named {
    /// A company among the bodies (国家电网有限公司), whose short names
    /// count only as words of their own.
    pub fn is_enterprise(&self) -> bool {
        self.kind == "enterprise"
    }
}

#[derive(Debug, Clone)]
pub struct OrgSuffix {
    pub suffix: String,
    pub kind: String,
    pub min_prefix: usize,
}

/// What a lexicon hit refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LexKind {
    /// Index into `divisions`; `short` when a short form matched.
    Place {
        id: usize,
        short: bool,
    },
    Honor(usize),
    Body(usize),
    Procedure(usize),
}

pub struct Lexicon {
    pub divisions: Vec<Division>,
    pub surnames: HashSet<String>,
    pub ethnic_groups: HashSet<String>,
    pub honors: Vec<Named>,
    pub titles: Vec<String>,
    pub title_set: HashSet<String>,
    pub org_suffixes: Vec<OrgSuffix>,
    pub bodies: Vec<Named>,
    pub procedures: Vec<Named>,
    /// Every surface form: its kinds (a place name may be ambiguous).
    pub patterns: Vec<(String, Vec<LexKind>)>,
    pub matcher: AhoCorasick,
    /// Every title, for the overlapping title scan of a text.
    pub title_matcher: AhoCorasick,
    /// Suffix text to its entry in `org_suffixes` (the longest-first order's
    /// first entry when a suffix is listed twice).
    org_suffix_index: HashMap<String, usize>,
    /// Longest organization suffix, in characters.
    pub max_org_suffix: usize,
    /// Last characters of the organization suffixes: a position whose
    /// character is not one of them ends no suffix (most positions).
    org_suffix_ends: HashSet<char>,
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn split_list(field: Option<&str>) -> Vec<String> {
    field
        .unwrap_or("")
        .split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Rows of a TSV with a header line.
fn tsv_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    data_lines(text).skip(1).map(|l| l.split('\t').collect())
}

fn named(text: &str, alias_col: usize, kind_col: Option<usize>) -> Vec<Named> {
    tsv_rows(text)
        .filter(|r| !r[0].trim().is_empty())
        .map(|r| Named {
            name: r[0].trim().to_string(),
            aliases: split_list(r.get(alias_col).copied()),
            kind: kind_col
                .and_then(|k| r.get(k))
                .map(|s| s.trim().to_string())
                .unwrap_or_default(),
        })
        .collect()
}

/// Quotes are dropped before lexicon matching (全国“三八”红旗手).
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | '〈'
            | '〉'
    )
}

/// `s` without its quotes (全国“三八”红旗手 → 全国三八红旗手).
pub fn strip_quotes(s: &str) -> String {
    s.chars().filter(|&c| !is_quote(c)).collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut divisions = Vec::new();
        let mut by_code = HashMap::default();
        let rows: Vec<Vec<&str>> = tsv_rows(DIVISIONS).collect();
        for r in &rows {
            by_code.insert(r[0].to_string(), divisions.len());
            divisions.push(Division {
                code: r[0].to_string(),
                name: r[1].to_string(),
                shorts: split_list(r.get(2).copied()),
                level: match r.get(3).copied().unwrap_or("") {
                    "province" => "province",
                    "prefecture" => "prefecture",
                    _ => "county",
                },
                parent: None,
            });
        }
        // News writes an autonomous prefecture as its short name and 州
        // (黔东南州雷山县, 甘南州合作市).
        for d in &mut divisions {
            if d.name.ends_with("自治州") {
                if let Some(s) = d.shorts.first() {
                    let zhou = format!("{s}州");
                    d.shorts.push(zhou);
                }
            }
        }
        for (i, r) in rows.iter().enumerate() {
            divisions[i].parent = r.get(4).and_then(|p| by_code.get(*p)).copied();
        }
        let surnames = data_lines(SURNAMES).map(|l| l.trim().to_string()).collect();
        let ethnic_groups = data_lines(ETHNIC).map(|l| l.trim().to_string()).collect();
        let honors = named(HONORS, 2, Some(1));
        let mut titles: Vec<String> = data_lines(TITLES).map(|l| l.trim().to_string()).collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
        titles.dedup();
        let title_set = titles.iter().cloned().collect();
        let mut org_suffixes: Vec<OrgSuffix> = tsv_rows(ORG_SUFFIXES)
            .map(|r| OrgSuffix {
                suffix: r[0].trim().to_string(),
                kind: r.get(1).map(|s| s.trim().to_string()).unwrap_or_default(),
                min_prefix: r.get(2).and_then(|s| s.trim().parse().ok()).unwrap_or(2),
            })
            .collect();
        org_suffixes.sort_by_key(|s| std::cmp::Reverse(s.suffix.chars().count()));
        let mut org_suffix_index = HashMap::default();
        for (i, x) in org_suffixes.iter().enumerate() {
            org_suffix_index.entry(x.suffix.clone()).or_insert(i);
        }
        let org_suffix_ends = org_suffixes
            .iter()
            .filter_map(|s| s.suffix.chars().last())
            .collect();
        let max_org_suffix = org_suffixes
            .iter()
            .map(|s| s.suffix.chars().count())
            .max()
            .unwrap_or(0);
        let title_matcher = AhoCorasick::new(&titles).expect("title patterns build");
        let bodies = named(BODIES, 1, Some(2));
        let procedures = named(PROCEDURES, 1, None);

        let mut index: HashMap<String, Vec<LexKind>> = HashMap::default();
        let mut add = |s: &str, k: LexKind| {
            let s = strip_quotes(s);
            if s.chars().count() >= 2 {
                let v = index.entry(s).or_default();
                if !v.contains(&k) {
                    v.push(k);
                }
            }
        };
        for (id, d) in divisions.iter().enumerate() {
            add(&d.name, LexKind::Place { id, short: false });
            for s in &d.shorts {
                add(s, LexKind::Place { id, short: true });
            }
        }
        for (i, h) in honors.iter().enumerate() {
            add(&h.name, LexKind::Honor(i));
            for a in &h.aliases {
                add(a, LexKind::Honor(i));
            }
        }
        for (i, b) in bodies.iter().enumerate() {
            add(&b.name, LexKind::Body(i));
            for a in &b.aliases {
                add(a, LexKind::Body(i));
            }
        }
        for (i, p) in procedures.iter().enumerate() {
            add(&p.name, LexKind::Procedure(i));
            for a in &p.aliases {
                add(a, LexKind::Procedure(i));
            }
        }
        let mut patterns: Vec<(String, Vec<LexKind>)> = index.into_iter().collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|p| p.0.as_str()))
            .expect("lexicon patterns build");
        Lexicon {
            divisions,
            surnames,
            ethnic_groups,
            honors,
            titles,
            title_set,
            org_suffixes,
            bodies,
            procedures,
            patterns,
            matcher,
            title_matcher,
            org_suffix_index,
            max_org_suffix,
            org_suffix_ends,
        }
    }

    /// Can a suffix end with `c`?
    pub fn ends_org_suffix(&self, c: char) -> bool {
        self.org_suffix_ends.contains(&c)
    }

    /// The organization suffix reading exactly `s`.
    pub fn org_suffix(&self, s: &str) -> Option<&OrgSuffix> {
        self.org_suffix_index.get(s).map(|&i| &self.org_suffixes[i])
    }

    /// What a surface form is to the lexicons (patterns are sorted); empty
    /// when they do not know it.
    pub fn kinds(&self, word: &str) -> &[LexKind] {
        self.patterns
            .binary_search_by(|p| p.0.as_str().cmp(word))
            .map_or(&[], |i| &self.patterns[i].1)
    }

    /// The one shared lexicon (built on first use).
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    /// Ancestors of a division, nearest first.
    pub fn ancestors(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.divisions[id].parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.divisions[p].parent;
        }
        out
    }

    pub fn is_ancestor(&self, ancestor: usize, of: usize) -> bool {
        self.ancestors(of).contains(&ancestor)
    }

    /// Words for the segmenter's user dictionary, with a POS tag.
    pub fn segmenter_words(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for d in &self.divisions {
            out.push((d.name.clone(), "ns"));
            for s in &d.shorts {
                out.push((s.clone(), "ns"));
            }
        }
        for h in &self.honors {
            out.push((strip_quotes(&h.name), "nz"));
        }
        // Companies stay out: their names are written with places and common
        // words (哈尔滨|电气集团…) that the other rules must still see.
        for b in self.bodies.iter().filter(|b| !b.is_enterprise()) {
            out.push((b.name.clone(), "nt"));
            for a in &b.aliases {
                out.push((a.clone(), "nt"));
            }
        }
        for p in &self.procedures {
            out.push((p.name.clone(), "vn"));
        }
        for t in &self.titles {
            out.push((t.clone(), "nnt"));
        }
        // Organization suffixes as words, so 党工委 ends a token before 书记.
        for x in self
            .org_suffixes
            .iter()
            .filter(|x| x.suffix.chars().count() >= 2)
        {
            out.push((x.suffix.clone(), "n"));
        }
        out
    }

    /// Is `name` written with a known surname (single or compound)?
    pub fn has_surname(&self, name: &str) -> bool {
        let mut chars = name.chars();
        let first: String = chars.next().map(String::from).unwrap_or_default();
        let two: String = name.chars().take(2).collect();
        (name.chars().count() >= 3 && self.surnames.contains(&two))
            || self.surnames.contains(&first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_has_hierarchy_and_short_forms() {
        let lx = Lexicon::get();
        let find = |n: &str| lx.divisions.iter().position(|d| d.name == n).unwrap();
        let shaanxi = find("陕西省");
        let yulin = find("榆林市");
        let jiaxian = find("佳县");
        assert!(lx.divisions[shaanxi].shorts.contains(&"陕西".to_string()));
        assert_eq!(lx.divisions[jiaxian].parent, Some(yulin));
        assert!(lx.is_ancestor(shaanxi, jiaxian));
        assert_eq!(lx.divisions[shaanxi].level, "province");
        // One-character short forms are too ambiguous to keep.
        assert!(lx
            .divisions
            .iter()
            .all(|d| d.shorts.iter().all(|s| s.chars().count() >= 2)));
    }

    #[test]
    fn surnames_cover_single_and_compound() {
        let lx = Lexicon::get();
        assert!(lx.has_surname("王某"));
        assert!(lx.has_surname("欧阳某某"));
        assert!(!lx.has_surname("的确"));
    }
}
