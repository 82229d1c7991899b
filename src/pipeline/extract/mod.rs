//! Extraction: what one article states, as entities, mentions, relations and
//! figures, every one pinned to character offsets of the article text.
//!
//! Stages run in a fixed order, each reading what the earlier ones found:
//! `article` (dateline, byline, date) -> `place` -> `org` -> `honor` ->
//! `procedure` -> `person` -> `relation` (delegates, memberships, positions,
//! locations, honors) -> `statistic`.

pub mod article;
pub mod honor;
pub mod org;
pub mod person;
pub mod place;
pub mod procedure;
pub mod relation;
pub mod statistic;

use crate::lexicon::{is_quote, LexKind, Lexicon};
use crate::pipeline::normalize::is_han;
use crate::segment::{self, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::ops::{Range, RangeInclusive};

/// The kinds of entity the contract names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Organization,
    Place,
    Honor,
    Procedure,
    Congress,
}

pub type EntityId = usize;

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: Kind,
    /// Canonical Chinese name (rdfs:label @zh).
    pub label: String,
    /// Other spellings seen (dg:alias), never the label itself.
    pub aliases: BTreeSet<String>,
    /// Congress ordinal the person is a delegate to.
    pub delegate_to: Option<u32>,
    pub gender: Option<String>,
    pub ethnicity: Option<String>,
    /// Gazetteer index of a place.
    pub division: Option<usize>,
    /// Administrative level of a place.
    pub level: Option<&'static str>,
    /// Disambiguates a place outside the gazetteer (its parent's key).
    pub scope: Option<String>,
    pub step_order: Option<u32>,
    /// Ordinal of a congress.
    pub ordinal: Option<u32>,
    /// True for reporters named in a byline.
    pub author: bool,
}

impl Entity {
    pub fn new(kind: Kind, label: &str) -> Entity {
        Entity {
            kind,
            label: label.to_string(),
            aliases: BTreeSet::new(),
            delegate_to: None,
            gender: None,
            ethnicity: None,
            division: None,
            level: None,
            scope: None,
            step_order: None,
            ordinal: None,
            author: false,
        }
    }
}

/// One occurrence of an entity: characters `[start, end)` of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: EntityId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pred {
    DelegateTo,
    MemberOf,
    Position,
    ReceivedHonor,
    LocatedIn,
    PartOf,
    NextStep,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Object {
    Entity(EntityId),
    Text(String),
}

/// A statement with the sentence that supports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub subject: EntityId,
    pub pred: Pred,
    pub object: Object,
    pub evidence: Range<usize>,
}

/// One figure stated in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Statistic {
    pub label: String,
    pub count: Option<i64>,
    pub percent: Option<f64>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// Index of the statistic this share is taken of.
    pub share_of: Option<usize>,
    pub computed_percent: Option<f64>,
    pub consistent: Option<bool>,
    pub change: Option<(f64, String)>,
    /// Characters of the figure, and of its sentence.
    pub span: Range<usize>,
    pub sentence: Range<usize>,
}

/// Article-level facts: headline, date, reporters, dateline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub date: Option<(i32, u32, u32)>,
    pub authors: Vec<EntityId>,
    pub dateline_place: Option<EntityId>,
    /// Characters of the dateline's place name, resolved by the place stage.
    pub dateline_span: Option<Range<usize>>,
    pub source: Option<EntityId>,
    pub congress: Option<EntityId>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    index: HashMap<(Kind, String), EntityId>,
    pub mentions: Vec<Mention>,
    pub relations: Vec<Relation>,
    pub statistics: Vec<Statistic>,
    pub meta: ArticleMeta,
    /// Mentions and relations already recorded, for constant-time dedupe.
    mention_set: HashSet<Mention>,
    relation_keys: HashSet<(EntityId, Pred, Object)>,
    /// Per character, a bit per kind of entity mentioned there.
    cover: Vec<u8>,
}

fn kind_bit(kind: Kind) -> u8 {
    1 << (kind as u8)
}

impl Extraction {
    /// The entity of that kind and canonical label, created on first use.
    pub fn entity(&mut self, kind: Kind, label: &str) -> EntityId {
        if let Some(&id) = self.index.get(&(kind, label.to_string())) {
            return id;
        }
        let id = self.entities.len();
        self.entities.push(Entity::new(kind, label));
        self.index.insert((kind, label.to_string()), id);
        id
    }

    pub fn find(&self, kind: Kind, label: &str) -> Option<EntityId> {
        self.index.get(&(kind, label.to_string())).copied()
    }

    /// Records an occurrence (once per span and entity). An anchor that
    /// differs from the label becomes an alias.
    pub fn mention(&mut self, doc: &Doc, start: usize, end: usize, entity: EntityId) {
        let m = Mention { start, end, entity };
        if start < end && end <= doc.len() && self.mention_set.insert(m) {
            if self.cover.len() < end {
                self.cover.resize(doc.len().max(end), 0);
            }
            let bit = kind_bit(self.entities[entity].kind);
            for c in &mut self.cover[start..end] {
                *c |= bit;
            }
            let anchor = doc.slice(start..end);
            let mut plain: String = anchor.chars().filter(|&c| !is_quote(c)).collect();
            if plain.contains(' ') {
                plain = unpadded(&plain);
            }
            let e = &mut self.entities[entity];
            if plain != e.label {
                e.aliases.insert(plain);
            }
            self.mentions.push(m);
        }
    }

    pub fn relate(
        &mut self,
        subject: EntityId,
        pred: Pred,
        object: Object,
        evidence: Range<usize>,
    ) {
        if let Object::Entity(o) = object {
            if o == subject {
                return;
            }
        }
        if self.relation_keys.insert((subject, pred, object.clone())) {
            self.relations.push(Relation {
                subject,
                pred,
                object,
                evidence,
            });
        }
    }

    /// Mentions of entities of these kinds, in text order.
    pub fn mentions_of(&self, kinds: &[Kind]) -> Vec<Mention> {
        let mut v: Vec<Mention> = self
            .mentions
            .iter()
            .filter(|m| kinds.contains(&self.entities[m.entity].kind))
            .copied()
            .collect();
        v.sort();
        v
    }

    /// Is any character of `[start, end)` inside a mention of these kinds?
    pub fn overlaps(&self, start: usize, end: usize, kinds: &[Kind]) -> bool {
        let mask = kinds.iter().fold(0u8, |m, &k| m | kind_bit(k));
        let end = end.min(self.cover.len());
        start < end && self.cover[start..end].iter().any(|&c| c & mask != 0)
    }

    /// Keeps only the mentions `keep` accepts (and rebuilds the indexes).
    pub fn retain_mentions(&mut self, keep: impl Fn(&Extraction, &Mention) -> bool) {
        let all = std::mem::take(&mut self.mentions);
        let kept: Vec<Mention> = all.into_iter().filter(|m| keep(self, m)).collect();
        self.mention_set = kept.iter().copied().collect();
        self.cover.iter_mut().for_each(|c| *c = 0);
        for m in &kept {
            let bit = kind_bit(self.entities[m.entity].kind);
            for c in &mut self.cover[m.start..m.end] {
                *c |= bit;
            }
        }
        self.mentions = kept;
    }

    /// Sorts everything into a stable order, so output does not depend on
    /// the order extractors ran in.
    pub fn finish(&mut self) {
        self.mentions.sort();
        self.relations.sort_by(|a, b| {
            (a.subject, a.pred, &a.object, a.evidence.start).cmp(&(
                b.subject,
                b.pred,
                &b.object,
                b.evidence.start,
            ))
        });
    }
}

/// The value of a number written in Chinese numerals (九十三, 二十八, 一千零五;
/// 〇 and 零 are zero); None for anything else.
pub fn chinese_number(s: &str) -> Option<i64> {
    let (mut total, mut section, mut digit) = (0i64, 0i64, None::<i64>);
    for c in s.chars() {
        let d = "零一二三四五六七八九".find(c).map(|b| (b / 3) as i64);
        // Two digits in a row are a range (二三十, 三四百), not a number;
        // after a zero (一千零五) the next digit is the units.
        if d.is_some() && digit.is_some_and(|x| x != 0) {
            return None;
        }
        match (c, d) {
            ('〇', _) => digit = Some(0),
            ('两', _) => digit = Some(2),
            (_, Some(d)) => digit = Some(d),
            ('十', _) => section += digit.take().unwrap_or(1) * 10,
            ('百', _) => section += digit.take()? * 100,
            ('千', _) => section += digit.take()? * 1000,
            ('万', _) => {
                total += (section + digit.take().unwrap_or(0)) * 10_000;
                section = 0;
            }
            _ => return None,
        }
    }
    (!s.is_empty()).then(|| total + section + digit.unwrap_or(0))
}

/// `s` without the spaces that pad a listed name (王 芳): a space between
/// two Han characters is not part of the name's spelling.
fn unpadded(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let padding = |i: usize| {
        chars[i] == ' '
            && i > 0
            && is_han(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&n| is_han(n))
    };
    (0..chars.len())
        .filter(|&i| !padding(i))
        .map(|i| chars[i])
        .collect()
}

/// A lexicon hit in the article text (quotes skipped, offsets in the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexHit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// One article prepared for the extractors.
pub struct Doc<'a> {
    pub text: &'a str,
    pub chars: Vec<char>,
    /// `bytes[i]`: byte offset of character `i` in `text` (one past the end
    /// too), so slices borrow instead of copying.
    bytes: Vec<usize>,
    pub tokens: Vec<Token>,
    /// `boundary[i]`: a token starts or ends at character `i`.
    pub boundary: Vec<bool>,
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences end at 。！？!? or a line break (a quote closing right after
    /// stays with its sentence).
    pub sentences: Vec<Range<usize>>,
    pub lex: Vec<LexHit>,
    /// Bit `k - 1` of `title_starts[i]` (of `title_ends[i]`): a title of
    /// `k` characters (k ≤ 8) starts (ends) at character `i`.
    title_starts: Vec<u8>,
    title_ends: Vec<u8>,
    /// Year to resolve dates with when the text gives none.
    pub default_year: Option<i32>,
    /// Positions of each character, built on the first `find_all`: the
    /// extractors look for many names in one text, and checking where a
    /// name's first character stands beats scanning the text per name.
    positions: std::cell::OnceCell<Vec<u64>>,
    /// The person rules' cue words, found on first use.
    person_cues: std::cell::OnceCell<person::Cues>,
    /// Every naming of a congress in the text, found on first use: three
    /// stages ask.
    congresses: std::cell::OnceCell<Vec<(usize, usize, u32)>>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, default_year: Option<i32>) -> Doc<'a> {
        let chars: Vec<char> = text.chars().collect();
        let bytes = crate::pipeline::char_offsets(text);
        let tokens = segment::tag(text);
        let mut boundary = vec![false; chars.len() + 1];
        boundary[0] = true;
        boundary[chars.len()] = true;
        for t in &tokens {
            boundary[t.start] = true;
            boundary[t.end.min(chars.len())] = true;
        }
        let paragraphs = crate::pipeline::split::paragraphs(text);
        let mut sentences = Vec::new();
        for p in &paragraphs {
            let mut s = p.start;
            let mut i = p.start;
            while i < p.end {
                if matches!(chars[i], '。' | '！' | '？' | '!' | '?') {
                    let mut e = i + 1;
                    while e < p.end
                        && matches!(chars[e], '”' | '’' | '」' | '』' | '"' | '）' | ')')
                    {
                        e += 1;
                    }
                    sentences.push(s..e);
                    s = e;
                    i = e;
                    continue;
                }
                i += 1;
            }
            if s < p.end {
                sentences.push(s..p.end);
            }
        }
        let lex = lexicon_hits(&chars);
        let mut title_starts = vec![0u8; chars.len() + 1];
        let mut title_ends = vec![0u8; chars.len() + 1];
        for m in Lexicon::get().title_matcher.find_overlapping_iter(text) {
            let (s, e) = (
                bytes.partition_point(|&b| b < m.start()),
                bytes.partition_point(|&b| b < m.end()),
            );
            if (1..=8).contains(&(e - s)) {
                title_starts[s] |= 1 << (e - s - 1);
                title_ends[e] |= 1 << (e - s - 1);
            }
        }
        Doc {
            text,
            chars,
            bytes,
            tokens,
            boundary,
            paragraphs,
            sentences,
            lex,
            title_starts,
            title_ends,
            default_year,
            positions: std::cell::OnceCell::new(),
            person_cues: std::cell::OnceCell::new(),
            congresses: std::cell::OnceCell::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The character offset of byte offset `b` (a character boundary).
    pub fn char_at_byte(&self, b: usize) -> usize {
        self.bytes.partition_point(|&x| x < b)
    }

    /// The text of characters `r` (clamped to the text).
    pub fn slice(&self, r: Range<usize>) -> &'a str {
        let end = r.end.min(self.len());
        let start = r.start.min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }

    /// The sentence holding character `pos`.
    pub fn sentence_of(&self, pos: usize) -> Range<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.start <= pos)
            .cloned()
            .unwrap_or(pos..(pos + 1).min(self.len()))
    }

    /// The sentence before `sentence` (one of `sentences`), if any.
    /// Where the clause holding `pos` starts: after the last clause break
    /// before it, looking back no further than `limit`.
    pub fn clause_start(&self, pos: usize, limit: usize) -> usize {
        (limit..pos)
            .rev()
            .find(|&i| is_clause_break(self.chars[i]))
            .map_or(limit, |i| i + 1)
    }

    pub fn sentence_before(&self, sentence: &Range<usize>) -> Option<Range<usize>> {
        let k = self.sentences.partition_point(|t| t.end <= sentence.start);
        k.checked_sub(1).map(|k| self.sentences[k].clone())
    }

    /// Where the sentence before `sentence` starts, or `sentence` itself at
    /// the text's start: the reach of a cue said just before.
    pub fn since_sentence_before(&self, sentence: &Range<usize>) -> usize {
        self.sentence_before(sentence)
            .map_or(sentence.start, |b| b.start)
    }

    pub fn paragraph_of(&self, pos: usize) -> Range<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= pos);
        self.paragraphs
            .get(i)
            .filter(|s| s.start <= pos)
            .cloned()
            .unwrap_or(pos..pos)
    }

    /// Does a title of `lens` characters (at most 8) start at `pos`?
    pub fn title_at(&self, pos: usize, lens: RangeInclusive<usize>) -> bool {
        self.title_starts
            .get(pos)
            .is_some_and(|&b| b & len_mask(lens) != 0)
    }

    /// Is `[s, s + 3)` a two-character name padded to the width of three
    /// (王 芳: a Han character, a space, a Han character), ending at `end`
    /// or before a character that cannot be part of a name?
    pub fn padded_pair(&self, s: usize, end: usize) -> bool {
        let c = &self.chars;
        s + 3 <= end
            && is_han(c[s])
            && c[s + 1] == ' '
            && is_han(c[s + 2])
            && (s + 3 == end || !(is_han(c[s + 3]) || matches!(c[s + 3], '·' | '•')))
    }

    /// Does a title run across `pos`, starting before it and ending after it
    /// (工程师 across 工|程 of 高级工程师)?
    pub fn title_across(&self, pos: usize) -> bool {
        (pos.saturating_sub(7)..pos).any(|k| {
            // Titles starting at k and longer than pos - k characters.
            let longer = !((1u16 << (pos - k)) - 1) as u8;
            self.title_starts[k] & longer != 0
        })
    }

    /// Does a title of `lens` characters (at most 8) end at `pos`?
    pub fn title_before(&self, pos: usize, lens: RangeInclusive<usize>) -> bool {
        self.title_ends
            .get(pos)
            .is_some_and(|&b| b & len_mask(lens) != 0)
    }

    /// How many ASCII digits run from `pos`, counting at most `max`.
    pub fn digits_at(&self, pos: usize, max: usize) -> usize {
        (pos..self.len().min(pos + max))
            .take_while(|&i| self.chars[i].is_ascii_digit())
            .count()
    }

    /// Does the text at `pos` read `s`?
    pub fn at(&self, pos: usize, s: &str) -> bool {
        // The first character decides most calls without a string compare.
        match s.chars().next() {
            None => pos <= self.len(),
            Some(c) => {
                self.chars.get(pos) == Some(&c) && self.text[self.bytes[pos]..].starts_with(s)
            }
        }
    }

    /// Does the text just before `pos` read `s`?
    pub fn ends_with_at(&self, pos: usize, s: &str) -> bool {
        match s.chars().next_back() {
            None => pos <= self.len(),
            Some(c) => {
                pos >= 1
                    && self.chars.get(pos - 1) == Some(&c)
                    && self.text[..self.bytes[pos]].ends_with(s)
            }
        }
    }

    /// [`article::congress_mentions`] of the whole text.
    pub fn congresses(&self) -> &[(usize, usize, u32)] {
        self.congresses
            .get_or_init(|| article::congress_mentions(self.text))
    }

    /// Character offsets of every occurrence of `needle` (overlapping ones too).
    pub fn find_all(&self, needle: &str) -> Vec<usize> {
        let Some(first) = needle.chars().next() else {
            return Vec::new();
        };
        let positions = self.positions.get_or_init(|| {
            // Sorted by character (then offset): one sort per article costs
            // less than a vector per distinct character, and one integer
            // (character above, offset below) sorts faster than a pair.
            let mut v: Vec<u64> = self
                .chars
                .iter()
                .enumerate()
                .map(|(i, &c)| (u64::from(c) << 32) | i as u64)
                .collect();
            v.sort_unstable();
            v
        });
        let first = u64::from(first);
        let from = positions.partition_point(|&k| k >> 32 < first);
        positions[from..]
            .iter()
            .take_while(|&&k| k >> 32 == first)
            .map(|&k| (k & 0xFFFF_FFFF) as usize)
            .filter(|&p| self.at(p, needle))
            .collect()
    }

    /// The lexicon kinds of a hit.
    pub fn kinds(&self, hit: &LexHit) -> &'static [LexKind] {
        &Lexicon::get().patterns[hit.pattern].1
    }

    /// Token starting exactly at `pos`, if any.
    pub fn token_at(&self, pos: usize) -> Option<&Token> {
        let i = self.tokens.partition_point(|t| t.start < pos);
        self.tokens.get(i).filter(|t| t.start == pos)
    }

    /// Tokens lying wholly inside `[start, end)` (tokens tile the text in
    /// order, so they are one run found by two binary searches).
    pub fn tokens_in(&self, start: usize, end: usize) -> &[Token] {
        let i = self.tokens.partition_point(|t| t.start < start);
        let j = self.tokens.partition_point(|t| t.end <= end);
        &self.tokens[i..j.max(i)]
    }

    /// Token covering character `pos`.
    pub fn token_covering(&self, pos: usize) -> Option<&Token> {
        let i = self.tokens.partition_point(|t| t.end <= pos);
        self.tokens.get(i).filter(|t| t.start <= pos && pos < t.end)
    }
}

/// Bits `k - 1` for the lengths `k` of `lens`.
fn len_mask(lens: RangeInclusive<usize>) -> u8 {
    lens.filter(|k| (1..=8).contains(k))
        .fold(0, |m, k| m | (1 << (k - 1)))
}

/// Lexicon hits over the text with quote characters skipped, mapped back to
/// offsets of the text itself (so 全国“三八”红旗手 matches 全国三八红旗手).
fn lexicon_hits(chars: &[char]) -> Vec<LexHit> {
    let mut skeleton = String::with_capacity(chars.len() * 3);
    let mut map: Vec<usize> = Vec::with_capacity(chars.len());
    let mut byte_to_char: Vec<usize> = Vec::with_capacity(chars.len() * 3 + 1);
    for (i, &c) in chars.iter().enumerate() {
        if is_quote(c) {
            continue;
        }
        for _ in 0..c.len_utf8() {
            byte_to_char.push(map.len());
        }
        map.push(i);
        skeleton.push(c);
    }
    byte_to_char.push(map.len());
    let lx = Lexicon::get();
    let hit = |m: aho_corasick::Match, offset: usize| {
        let s = byte_to_char[offset + m.start()];
        let e = byte_to_char[offset + m.end()];
        LexHit {
            start: map[s],
            end: map[e - 1] + 1,
            pattern: m.pattern().as_usize(),
        }
    };
    let mut hits = Vec::new();
    for m in lx.matcher.find_iter(&skeleton) {
        hits.push(hit(m, 0));
        // 哈尔滨电气集团有限公司: a company's full name holds the place it
        // is in, which the longest match alone would hide.
        if lx.patterns[m.pattern().as_usize()]
            .1
            .iter()
            .any(|k| matches!(k, LexKind::Body(i) if lx.bodies[*i].is_enterprise()))
        {
            let inner = &skeleton[m.start()..m.end()];
            let last = inner.chars().next_back().map_or(0, char::len_utf8);
            for n in lx.matcher.find_iter(&inner[..inner.len() - last]) {
                hits.push(hit(n, m.start()));
            }
        }
    }
    hits
}

/// One stage of extraction.
pub trait Extractor {
    fn name(&self) -> &'static str;
    fn extract(&self, doc: &Doc, out: &mut Extraction);
}

/// The stages, in the order they run.
pub fn stages() -> Vec<Box<dyn Extractor + Send + Sync>> {
    vec![
        Box::new(article::ArticleExtractor),
        Box::new(place::PlaceExtractor),
        Box::new(org::OrgExtractor),
        Box::new(honor::HonorExtractor),
        Box::new(procedure::ProcedureExtractor),
        Box::new(person::PersonExtractor),
        Box::new(relation::RelationExtractor),
        Box::new(statistic::StatisticExtractor),
    ]
}

/// Longest text extracted in one piece: rules look at sentences and
/// paragraphs, so an over-long article (a 10 MB line) is read in windows
/// cut at sentence ends, which keeps time linear and memory bounded.
pub const MAX_WINDOW: usize = 20_000;

/// Runs every stage over one article text.
pub fn extract(text: &str, default_year: Option<i32>) -> Extraction {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= MAX_WINDOW {
        return extract_window(text, default_year);
    }
    let mut out = Extraction::default();
    let mut start = 0;
    while start < chars.len() {
        let hard = (start + MAX_WINDOW).min(chars.len());
        // Cut after the last line break or sentence end in the window's second half.
        let end = if hard == chars.len() {
            hard
        } else {
            (start + MAX_WINDOW / 2..hard)
                .rev()
                .find(|&i| matches!(chars[i - 1], '\n' | '。' | '！' | '？' | '!' | '?'))
                .unwrap_or(hard)
        };
        let window: String = chars[start..end].iter().collect();
        out.absorb(extract_window(&window, default_year), start);
        start = end;
    }
    out.finish();
    out
}

fn extract_window(text: &str, default_year: Option<i32>) -> Extraction {
    let doc = Doc::new(text, default_year);
    let mut out = Extraction::default();
    for stage in stages() {
        stage.extract(&doc, &mut out);
    }
    out.finish();
    out
}

impl Extraction {
    /// Adds what a window starting at character `offset` found.
    fn absorb(&mut self, w: Extraction, offset: usize) {
        let ids: Vec<EntityId> = w
            .entities
            .iter()
            .map(|e| {
                let id = self.entity(e.kind, &e.label);
                let mine = &mut self.entities[id];
                mine.aliases.extend(e.aliases.iter().cloned());
                mine.delegate_to = mine.delegate_to.or(e.delegate_to);
                mine.gender = mine.gender.clone().or(e.gender.clone());
                mine.ethnicity = mine.ethnicity.clone().or(e.ethnicity.clone());
                mine.division = mine.division.or(e.division);
                mine.level = mine.level.or(e.level);
                mine.scope = mine.scope.clone().or(e.scope.clone());
                mine.step_order = mine.step_order.or(e.step_order);
                mine.ordinal = mine.ordinal.or(e.ordinal);
                mine.author |= e.author;
                id
            })
            .collect();
        for m in w.mentions {
            let m = Mention {
                start: m.start + offset,
                end: m.end + offset,
                entity: ids[m.entity],
            };
            if self.mention_set.insert(m) {
                self.mentions.push(m);
            }
        }
        for r in w.relations {
            let object = match r.object {
                Object::Entity(o) => Object::Entity(ids[o]),
                t => t,
            };
            let shifted = r.evidence.start + offset..r.evidence.end + offset;
            self.relate(ids[r.subject], r.pred, object, shifted);
        }
        let base = self.statistics.len();
        for mut st in w.statistics {
            st.share_of = st.share_of.map(|i| i + base);
            st.span = st.span.start + offset..st.span.end + offset;
            st.sentence = st.sentence.start + offset..st.sentence.end + offset;
            self.statistics.push(st);
        }
        let meta = w.meta;
        self.meta.title = self.meta.title.take().or(meta.title);
        self.meta.date = self.meta.date.or(meta.date);
        for a in meta.authors {
            if !self.meta.authors.contains(&ids[a]) {
                self.meta.authors.push(ids[a]);
            }
        }
        self.meta.dateline_place = self
            .meta
            .dateline_place
            .or(meta.dateline_place.map(|i| ids[i]));
        self.meta.source = self.meta.source.or(meta.source.map(|i| ids[i]));
        self.meta.congress = self.meta.congress.or(meta.congress.map(|i| ids[i]));
    }
}

/// Bars that part a heading's column from its name (代表风采丨王某：) and a
/// credit's role from its names (监制丨某某); web pages write 丨, a Han
/// character, as often as |.
pub const BARS: [char; 3] = ['|', '｜', '丨'];

/// Marks of a broadcast transcript's caption line, which names the one
/// speaking ([同期声]党的二十大代表 某村党委书记 某某).
const CAPTION_MARKS: &[&str] = &[
    "【同期声】",
    "（同期声）",
    "(同期声)",
    "【同期】",
    "（同期）",
    "【现场声】",
    "同期声：",
];

/// Where a caption line's text starts, after its mark, if `para` is one.
pub fn caption_start(doc: &Doc, para: &Range<usize>) -> Option<usize> {
    CAPTION_MARKS
        .iter()
        .find(|m| doc.at(para.start, m))
        .map(|m| para.start + m.chars().count())
}

/// What follows a role in a credit line (记者：某某, 监制|某某).
pub const CREDIT_MARKS: [char; 5] = ['|', '｜', '丨', ':', '：'];

/// Characters that end a clause.
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '！' | '？' | ',' | ';' | '!' | '?' | '\n' | '：' | ':'
    )
}

/// Test macro shared by the extractors: runs the whole pipeline on `$text`,
/// checks the span invariants, then the given assertions.
#[cfg(test)]
#[macro_export]
macro_rules! extractor_test {
    ($name:ident, $text:expr, |$out:ident| $body:block) => {
        #[test]
        fn $name() {
            #[allow(unused_variables)]
            let $out = $crate::pipeline::extract::testing::run($text);
            $body
        }
    };
}

#[cfg(test)]
pub mod testing {
    //! The shared test harness: every extractor's output must keep its spans
    //! inside the text, anchors equal to their slice, and a stable order.
    use super::*;

    pub fn run(text: &str) -> Extraction {
        let out = extract(text, Some(2022));
        check_invariants(text, &out);
        let again = extract(text, Some(2022));
        assert_eq!(out.mentions, again.mentions, "mentions must be stable");
        assert_eq!(out.relations, again.relations, "relations must be stable");
        out
    }

    #[test]
    fn long_articles_are_read_in_windows_with_exact_offsets() {
        let unit = "二十大代表张晓红说，乡村变美了。当选代表中，女党员619名，占27.0%。\n";
        let text = unit.repeat(super::MAX_WINDOW / unit.chars().count() * 3);
        let out = extract(&text, Some(2022));
        check_invariants(&text, &out);
        let chars: Vec<char> = text.chars().collect();
        let person = out.find(Kind::Person, "张晓红").unwrap();
        let n = out.mentions.iter().filter(|m| m.entity == person).count();
        assert_eq!(
            n,
            text.matches("张晓红").count(),
            "every window finds the name"
        );
        for m in out.mentions.iter().filter(|m| m.entity == person) {
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "张晓红");
        }
        assert_eq!(out.entities[person].delegate_to, Some(20));
    }

    pub fn check_invariants(text: &str, out: &Extraction) {
        let n = text.chars().count();
        for m in &out.mentions {
            assert!(
                m.start < m.end && m.end <= n,
                "span {m:?} outside text of {n} chars"
            );
        }
        for r in &out.relations {
            assert!(r.evidence.start < r.evidence.end && r.evidence.end <= n);
        }
    }

    /// Labels of entities of a kind.
    pub fn labels(out: &Extraction, kind: Kind) -> Vec<String> {
        let mut v: Vec<String> = out
            .entities
            .iter()
            .filter(|e| {
                e.kind == kind && out.mentions.iter().any(|m| out.entities[m.entity] == **e)
            })
            .map(|e| e.label.clone())
            .collect();
        v.sort();
        v
    }

    /// Asserts that each named person was found and is a delegate to the
    /// congress with that ordinal.
    pub fn assert_delegates(out: &Extraction, names: &[&str], congress: u32) {
        for name in names {
            let id = out
                .find(Kind::Person, name)
                .unwrap_or_else(|| panic!("{name} not found"));
            assert_eq!(out.entities[id].delegate_to, Some(congress), "{name}");
        }
    }

    pub fn has_rel(out: &Extraction, s: &str, pred: Pred, o: &str) -> bool {
        out.relations.iter().any(|r| {
            r.pred == pred
                && out.entities[r.subject].label == s
                && match &r.object {
                    Object::Entity(id) => out.entities[*id].label == o,
                    Object::Text(t) => t == o,
                }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("九十三", 93),
            ("十", 10),
            ("二十八", 28),
            ("一千零五", 1005),
            ("两千二百九十六", 2296),
            ("三万五千", 35000),
            ("六", 6),
        ] {
            assert_eq!(chinese_number(s), Some(v), "{s}");
        }
        assert_eq!(chinese_number("名"), None);
        assert_eq!(chinese_number("二三十"), None);
        assert_eq!(chinese_number(""), None);
    }

    #[test]
    fn find_all_gives_every_occurrence_in_order() {
        let doc = Doc::new("王某说，王某某和王某都来了。某王", None);
        assert_eq!(doc.find_all("王某"), vec![0, 4, 8]);
        assert_eq!(doc.find_all("某某"), vec![5]);
        assert_eq!(doc.find_all("王"), vec![0, 4, 8, 15]);
        assert!(doc.find_all("李").is_empty() && doc.find_all("").is_empty());
    }
}
