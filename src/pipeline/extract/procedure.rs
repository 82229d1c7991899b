//! Procedures: election steps from the lexicon, and their order from an
//! enumeration (一是认真组织推荐提名。二是严格组织考察。…): the step named in
//! each item's head sentence gets `dg:stepOrder`, consecutive steps
//! `dg:nextStep`; a step named in the paragraph right after the list
//! (还要…进行资格审查) follows the last one. Numbered items (第一步…,
//! （一）…, 1．…), lists of steps (经过A、B、C等程序) and orders told in
//! prose (先…再…最后…) give an order too.

use super::{Doc, Extraction, Extractor, Kind, Object, Pred};
use crate::lexicon::{LexKind, Lexicon};
use crate::pipeline::normalize::is_han;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

pub struct ProcedureExtractor;

const ORDINALS: [&str; 10] = [
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
];

/// Words that say a further step follows the listed ones.
const THEN: &[&str] = &["还要", "还需", "然后", "最后", "之后", "随后"];

impl Extractor for ProcedureExtractor {
    fn name(&self) -> &'static str {
        "procedure"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let lx = Lexicon::get();
        // (start, end, entity) of every procedure hit.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for hit in &doc.lex {
            for k in doc.kinds(hit) {
                if let LexKind::Procedure(i) = k {
                    if names_a_session(doc, hit.start, hit.end) {
                        continue;
                    }
                    let id = out.entity(Kind::Procedure, &lx.procedures[*i].name);
                    out.mention(doc, hit.start, hit.end, id);
                    hits.push((hit.start, hit.end, id));
                }
            }
        }
        // Enumerations: runs of paragraphs opening with 一是, 二是, ..., or
        // of sentences in one paragraph (一是广泛推荐提名。二是严格考察。…).
        enumerations(doc, out, &hits, &doc.paragraphs, false, false);
        if !out.relations.iter().any(|r| r.pred == Pred::NextStep) {
            enumerations(doc, out, &hits, &doc.sentences, true, false);
        }
        // Or of clauses of one sentence (…环节：一是推荐提名；二是组织考察；…).
        if !out.relations.iter().any(|r| r.pred == Pred::NextStep) && doc.text.contains("二是") {
            let clauses: Vec<Range<usize>> = doc
                .sentences
                .iter()
                // Only sentences of clauses: an enumeration of sentences
                // was read above.
                .filter(|s| {
                    doc.chars[s.start..s.end]
                        .iter()
                        .any(|&c| matches!(c, '；' | ';'))
                })
                .flat_map(|s| {
                    let mut parts = Vec::new();
                    let mut from = s.start;
                    for k in s.clone() {
                        if matches!(doc.chars[k], '；' | ';' | '：' | ':') {
                            parts.push(from..k + 1);
                            from = k + 1;
                        }
                    }
                    parts.push(from..s.end);
                    parts
                })
                .filter(|r| !r.is_empty())
                .collect();
            enumerations(doc, out, &hits, &clauses, true, true);
        }
        if !out.relations.iter().any(|r| r.pred == Pred::NextStep) {
            numbered(doc, out, &mut hits);
        }
        // An enumeration gives the order in full; a sentence may name only
        // some of the steps (在推荐提名、组织考察等环节).
        if !out.relations.iter().any(|r| r.pred == Pred::NextStep) {
            sequences(doc, out, &mut hits);
        }
        if !out.relations.iter().any(|r| r.pred == Pred::NextStep) {
            narrative(doc, out, &hits);
        }
    }
}

/// 第二次会议选举产生了…, 党代表会议选举产生了…: 会议 ends the name of the
/// session that elected, and 选举产生 is what it did; no step is named.
/// (召开党代表会议选举产生代表 is the step: the session is held to elect.)
fn names_a_session(doc: &Doc, start: usize, end: usize) -> bool {
    let named = doc.slice(start..end).starts_with("会议")
        && doc.at(end, "产生")
        && start > 0
        && (doc.chars[start - 1] == '次' || doc.slice(start.saturating_sub(2)..start) == "代表");
    named && {
        let clause = (0..start)
            .rev()
            .find(|&k| "，。；：、\n".contains(doc.chars[k]))
            .map_or(0, |k| k + 1);
        !doc.slice(clause..start).contains("召开")
    }
}

/// Runs of `units` (paragraphs or sentences) opening with 一是, 二是, …: the
/// step named in each item's head sentence, in order, and a step named in
/// the unit right after the run when it says one follows (还要…).
fn enumerations(
    doc: &Doc,
    out: &mut Extraction,
    hits: &[(usize, usize, usize)],
    paras: &[Range<usize>],
    by_sentence: bool,
    in_clauses: bool,
) {
    let mut p = 0;
    while p < paras.len() {
        let opens = |idx: usize, n: usize| -> Option<usize> {
            let para = &paras[idx];
            // The item may follow a lead-in: 答：一是…
            let text = doc.slice(para.clone());
            let off = text.find(ORDINALS[n])?;
            let off_chars = text[..off].chars().count();
            (off_chars <= 2).then_some(para.start + off_chars)
        };
        if opens(p, 0).is_none() {
            p += 1;
            continue;
        }
        let mut items: Vec<(usize, usize)> = Vec::new(); // (paragraph, item start)
        let mut q = p;
        while q < paras.len() && items.len() < ORDINALS.len() {
            match opens(q, items.len()) {
                Some(s) => items.push((q, s)),
                None => break,
            }
            q += 1;
        }
        let mut steps: Vec<(u32, usize, usize)> = Vec::new(); // (order, entity, sentence start)
                                                              // Steps beyond one an item, for the orders after them.
        let mut extra = 0;
        for (n, &(q, s)) in items.iter().enumerate() {
            // The item's first sentence, within its unit (a clause of
            // 一是…；二是…；三是….).
            let head = doc.sentence_of(s);
            let head = head.start.max(paras[q].start)..head.end.min(paras[q].end);
            // A clause of one sentence names its steps in full (三是确定…
            // 初步人选并公示); a sentence or paragraph only its first (二是集体
            // 研究确定代表人选 is a measure taken, not a step).
            let clause = in_clauses && head.len() <= 30;
            let mut found = steps_in(doc, hits, head.clone(), clause);
            found.truncate(if clause { found.len() } else { 1 });
            let mut pushed = 0;
            for f in found {
                let id = step_entity(doc, out, f);
                if !steps.iter().any(|st| st.1 == id) {
                    steps.push((n as u32 + 1 + extra + pushed, id, head.start));
                    pushed += 1;
                }
            }
            extra += pushed.saturating_sub(1);
        }
        // Measures listed one a sentence (一是提高政治站位。二是严格组织考察。)
        // are common in official prose: by sentence, the run must be about
        // the procedure, or name a step in most items.
        let about_steps = || {
            about_procedure(doc, items[0].1) || (steps.len() >= 3 && steps.len() * 2 > items.len())
        };
        if steps.len() >= 2 && (!by_sentence || about_steps()) {
            // A step named right after the list, as the next one.
            if q < paras.len() {
                let next = &paras[q];
                let text = doc.slice(next.clone());
                if THEN.iter().any(|t| text.contains(t)) {
                    if let Some(&(s, _, id)) = hits.iter().find(|h| {
                        h.0 >= next.start && h.1 <= next.end && !steps.iter().any(|st| st.1 == h.2)
                    }) {
                        let order = steps.last().map(|l| l.0 + 1).unwrap_or(1);
                        steps.push((order, id, doc.sentence_of(s).start));
                    }
                }
            }
            let steps: Vec<_> = steps
                .iter()
                .map(|&(order, id, s)| (order, id, doc.sentence_of(s)))
                .collect();
            record_order(out, &steps);
        }
        p = q.max(p + 1);
    }
}

/// Chinese numerals that number items: （一）, 第一步.
const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The markers of the `k`-th item (from 0) in each way of numbering steps.
fn item_markers(k: usize) -> [String; 5] {
    [
        format!("第{}步", NUMERALS[k]),
        format!("（{}）", NUMERALS[k]),
        format!("({})", NUMERALS[k]),
        format!("{}．", k + 1),
        format!("{}.", k + 1),
    ]
}

/// A step of choosing candidates (确定代表候选人初步人选), named however the
/// candidates are.
fn selection() -> &'static Regex {
    static SELECTION: OnceLock<Regex> = OnceLock::new();
    SELECTION.get_or_init(|| Regex::new(r"确定\p{Han}{0,10}?人选").expect("selection regex"))
}

/// The steps named in `span`, in order: the known ones (with their entity)
/// and, when `selections`, 确定…人选 where no known step stands (no entity
/// yet).
fn steps_in(
    doc: &Doc,
    hits: &[(usize, usize, usize)],
    span: Range<usize>,
    selections: bool,
) -> Vec<(usize, usize, Option<usize>)> {
    let mut found: Vec<(usize, usize, Option<usize>)> = hits
        .iter()
        .filter(|h| h.0 >= span.start && h.1 <= span.end)
        .map(|h| (h.0, h.1, Some(h.2)))
        .collect();
    if selections {
        let text = doc.slice(span.clone());
        for m in selection().find_iter(text) {
            let s = span.start + text[..m.start()].chars().count();
            let e = s + m.as_str().chars().count();
            if !found.iter().any(|f| f.0 < e && s < f.1) {
                found.push((s, e, None));
            }
        }
    }
    found.sort_unstable();
    found
}

/// The entity of a step found at `[s, e)`: its own, or a new one named as
/// written (确定代表候选人初步人选), with its mention.
fn step_entity(
    doc: &Doc,
    out: &mut Extraction,
    (s, e, id): (usize, usize, Option<usize>),
) -> usize {
    id.unwrap_or_else(|| {
        let id = out.entity(Kind::Procedure, doc.slice(s..e));
        out.mention(doc, s, e, id);
        id
    })
}

/// Numbered steps, in one paragraph or one a line: 第一步，推荐提名；第二步，
/// …; （一）推荐提名。（二）组织考察。…; 1．推荐提名 2．…. Each item gives the
/// steps it names, in order (a known step, or 确定…人选, as in sequences);
/// three items make an order, in a passage about the procedure or naming a
/// step in most items.
fn numbered(doc: &Doc, out: &mut Extraction, hits: &mut Vec<(usize, usize, usize)>) {
    // A marker opens an item at the start of a line or after punctuation
    // (not 28.1%, 第一步 inside a word).
    // Nor 1.2万 (a decimal).
    let opens = |p: usize, len: usize| {
        (p == 0 || "。；：，;:,\n 　".contains(doc.chars[p - 1]))
            && !doc.chars.get(p + len).is_some_and(char::is_ascii_digit)
    };
    for family in 0..item_markers(0).len() {
        for first in doc.find_all(&item_markers(0)[family]) {
            if !opens(first, item_markers(0)[family].chars().count()) {
                continue;
            }
            // Item starts (and where their text starts), each within a few
            // lines of the one before.
            let mut items: Vec<(usize, usize)> = Vec::new();
            let mut at = first;
            let mut len = item_markers(0)[family].chars().count();
            loop {
                items.push((at, at + len));
                let next = items.len();
                if next == NUMERALS.len() {
                    break;
                }
                let marker = &item_markers(next)[family];
                match doc
                    .find_all(marker)
                    .into_iter()
                    .find(|&p| p > at && opens(p, marker.chars().count()))
                    .filter(|&p| p - at <= 200)
                {
                    Some(p) => {
                        at = p;
                        len = marker.chars().count();
                    }
                    None => break,
                }
            }
            if items.len() < 3 {
                continue;
            }
            let mut steps: Vec<(usize, usize)> = Vec::new(); // (entity, item start)
            let mut named = 0;
            for (k, &(start, text)) in items.iter().enumerate() {
                let end = items
                    .get(k + 1)
                    .map_or_else(|| doc.sentence_of(start).end, |n| n.0);
                let mut found = steps_in(doc, hits, text..end, true);
                // A step in the item's first clause (（三）确定…人选并公示,
                // 第四步，召开党代表大会差额选举), not one named in passing in
                // a point about something else (（一）加强领导。…对会议选举
                // 作出部署).
                let lead = (text..end)
                    .find(|&k| !"，,：: 　".contains(doc.chars[k]))
                    .unwrap_or(end);
                let opens_item = |f: &(usize, usize, Option<usize>)| {
                    !doc.chars[lead.min(f.0)..f.0]
                        .iter()
                        .any(|c| "。，；：,;:".contains(*c))
                };
                if found.first().is_some_and(|f| !opens_item(f)) {
                    found.clear();
                }
                named += usize::from(!found.is_empty());
                for f in found {
                    let id = step_entity(doc, out, f);
                    if f.2.is_none() {
                        hits.push((f.0, f.1, id));
                    }
                    if !steps.iter().any(|st| st.0 == id) {
                        steps.push((id, start));
                    }
                }
            }
            let about_steps = about_procedure(doc, first) || named * 2 > items.len();
            if steps.len() < 3 || !about_steps {
                continue;
            }
            let steps: Vec<_> = (1..)
                .zip(&steps)
                .map(|(n, &(id, at))| (n, id, doc.sentence_of(at)))
                .collect();
            record_order(out, &steps);
            return;
        }
    }
}

/// Steps in order, each (its order, its entity, the sentence that says it
/// follows the one before): `dg:stepOrder` for each, `dg:nextStep` between
/// neighbours. The three readings of an order (enumeration, sequence,
/// narrative) end here.
fn record_order(out: &mut Extraction, steps: &[(u32, usize, Range<usize>)]) {
    for &(order, id, _) in steps {
        out.entities[id].step_order.get_or_insert(order);
    }
    for w in steps.windows(2) {
        out.relate(
            w[0].1,
            Pred::NextStep,
            Object::Entity(w[1].1),
            w[1].2.clone(),
        );
    }
}

/// Does the paragraph at `pos`, or the one before it, speak of the
/// procedure (a word of [`PROCEDURE_CUES`])?
fn about_procedure(doc: &Doc, pos: usize) -> bool {
    let para = doc.paragraph_of(pos);
    let before = doc.paragraphs[..doc.paragraphs.partition_point(|r| r.end <= para.start)]
        .last()
        .map_or("", |r| doc.slice(r.clone()));
    PROCEDURE_CUES
        .iter()
        .any(|w| doc.slice(para.clone()).contains(w) || before.contains(w))
}

/// Words that say a passage is about the election's procedure.
const PROCEDURE_CUES: &[&str] = &[
    "程序",
    "步骤",
    "环节",
    "代表产生",
    "产生代表",
    "选举工作",
    "选举产生",
];

/// Words that open the first step of a told order (首先, 先由, 先经…); 先
/// and 再 standing alone as words (先组织推荐提名，再进行…) do too, not 先进.
const FIRST: &[&str] = &[
    "首先",
    "先由",
    "先经",
    "先是",
    "先进行",
    "先在",
    "先从",
    "先",
];

/// Words that open a later step of a told order.
const LATER: &[&str] = &[
    "再",
    "再由",
    "再经",
    "再进行",
    "然后",
    "接着",
    "随后",
    "之后",
    "最后",
];

/// An order told in prose within one paragraph: 先由基层党组织推荐提名，再由
/// 组织部门进行组织考察，然后逐级遴选，最后进行会议选举. Each clause opened by
/// a marker names at most one step; three steps make an order.
fn narrative(doc: &Doc, out: &mut Extraction, hits: &[(usize, usize, usize)]) {
    // A one-character marker must be a word of its own.
    let marker = |w: &&str, p: &usize| {
        w.chars().count() > 1 || doc.token_at(*p).is_some_and(|t| t.end == *p + 1)
    };
    let mut firsts: Vec<usize> = FIRST
        .iter()
        .flat_map(|w| doc.find_all(w).into_iter().filter(move |p| marker(w, p)))
        .collect();
    if firsts.is_empty() || hits.len() < 3 {
        return;
    }
    firsts.sort_unstable();
    let mut later: Vec<usize> = LATER
        .iter()
        .flat_map(|w| doc.find_all(w).into_iter().filter(move |p| marker(w, p)))
        .collect();
    later.sort_unstable();
    later.dedup();
    let mut done = 0;
    for &first in &firsts {
        let para = doc.paragraph_of(first);
        if first < done {
            continue;
        }
        done = para.end;
        let text = doc.slice(para.clone());
        if !PROCEDURE_CUES.iter().any(|w| text.contains(w)) && !text.contains("选举单位") {
            continue;
        }
        let mut marks: Vec<usize> = later
            .iter()
            .copied()
            .filter(|&m| m > first && m < para.end)
            .collect();
        marks.insert(0, first);
        let mut steps: Vec<(usize, usize)> = Vec::new(); // (entity, hit start)
        for (k, &m) in marks.iter().enumerate() {
            let end = marks.get(k + 1).copied().unwrap_or(para.end);
            // The clause runs to the next marker or the end of the sentence.
            let end = end.min(doc.sentence_of(m).end);
            // The step is what the marker opens (先由基层党组织推荐提名), not
            // what a speaker came to (首先谈到了会议选举的意义).
            let spoken = ["谈到", "讲到", "说到", "回顾", "介绍", "提到"]
                .iter()
                .any(|w| doc.slice(m..end).contains(w));
            if let Some(h) = hits
                .iter()
                .filter(|h| h.0 >= m && h.1 <= end && !steps.iter().any(|s| s.0 == h.2))
                .filter(|_| !spoken)
                .min_by_key(|h| h.0)
            {
                steps.push((h.2, h.0));
            }
        }
        if steps.len() < 3 {
            continue;
        }
        let steps: Vec<_> = (1..)
            .zip(&steps)
            .map(|(n, &(id, at))| (n, id, doc.sentence_of(at)))
            .collect();
        record_order(out, &steps);
        return;
    }
}

/// Words a sequence of steps ends on, after 等 (…等程序进行, …等环节).
const SEQUENCE_ENDS: &[&str] = &["程序", "环节", "步骤", "阶段", "工作"];

/// Words after which a list of the steps runs to the sentence's end.
const SEQUENCE_OPENS: &[&str] = &[
    "程序是：",
    "程序为：",
    "程序包括：",
    "步骤是：",
    "步骤为：",
    "环节是：",
    "环节包括：",
];

/// Steps written as one common verb (…推荐提名、考察、…、选举等程序): steps
/// only in a list of them, so not in the lexicon.
const BARE_STEPS: &[&str] = &["考察", "选举", "酝酿", "推荐", "审查", "投票"];

/// Words a sequence starts after (按照推荐提名、…).
const SEQUENCE_LEADS: &[&str] = &[
    "按照", "依照", "经过", "经历", "历经", "包括", "通过", "履行", "开展",
];

/// A sequence named in one sentence: 严格按照推荐提名、组织考察、确定代表
/// 候选人预备人选、选举代表等程序进行. Three steps or more, two of them known
/// (the others, 确定…人选, become steps too), in the order written.
fn sequences(doc: &Doc, out: &mut Extraction, hits: &mut Vec<(usize, usize, usize)>) {
    // …等程序 closes a list; 程序是： opens one that runs to the sentence's
    // end (代表产生的程序是：推荐提名、…、选举。).
    let mut ends: Vec<(usize, bool)> = SEQUENCE_ENDS
        .iter()
        .flat_map(|w| doc.find_all(w))
        .map(|e| (e, false))
        .collect();
    for w in SEQUENCE_OPENS {
        for at in doc.find_all(w) {
            let sentence = doc.sentence_of(at);
            let close = if matches!(doc.chars.get(sentence.end - 1), Some('。' | '；')) {
                sentence.end - 1
            } else {
                sentence.end
            };
            ends.push((close, true));
        }
    }
    ends.sort_unstable();
    ends.dedup();
    for (end, opened) in ends {
        let sentence = doc.sentence_of(end.saturating_sub(1));
        // The steps of an election (not of an appointment: 经过民主推荐、
        // 组织考察、讨论决定、任前公示等程序，她被任命为…).
        let text = doc.slice(sentence.clone());
        if !["代表", "选举", "党代会"].iter().any(|w| text.contains(w)) {
            continue;
        }
        // …等程序: 等 right before (not 等各个环节, some of them), or the
        // count of the steps (…会议选举三个环节).
        let counted = end >= sentence.start + 2
            && doc.chars[end - 1] == '个'
            && ("一二三四五六七八九十".contains(doc.chars[end - 2])
                || doc.chars[end - 2].is_ascii_digit());
        let e = if opened {
            end
        } else if counted {
            // …会议选举等三个环节: 等 before the count too.
            if end >= sentence.start + 3 && doc.chars[end - 3] == '等' {
                end - 3
            } else {
                end - 2
            }
        } else if end > sentence.start && ['等', '的'].contains(&doc.chars[end - 1]) {
            // …会议选举等程序; 按照推荐提名、…、差额选举的程序 names them all.
            end - 1
        } else {
            continue;
        };
        // The items, last first, each a run of Han characters; 和 may join
        // the last (…预备人选和会议选举).
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut item_end = e;
        // (Not 政治和廉洁审查, one step: a known step after 和, or one
        // before it (公示和确定候选人), or a long step before it
        // (确定候选人预备人选和选举).)
        if let Some(k) = (sentence.start + 2..e.saturating_sub(2))
            .rev()
            .take_while(|&k| is_han(doc.chars[k]))
            .find(|&k| doc.chars[k] == '和')
            .filter(|&k| {
                let head = (sentence.start..k)
                    .rev()
                    .take_while(|&j| is_han(doc.chars[j]))
                    .count();
                // 确定候选人初步人选和预备人选: one step deciding two lists.
                let two_lists = doc.ends_with_at(k, "人选") && doc.ends_with_at(e, "人选");
                is_han(doc.chars[k - 2])
                    && !two_lists
                    && (hits.iter().any(|h| h.0 > k && h.1 <= e)
                        || hits.iter().any(|h| h.1 == k && h.0 == k - head)
                        || head >= 6)
            })
        {
            items.push((k + 1, e));
            item_end = k;
        }
        loop {
            let mut s = item_end;
            while s > sentence.start && is_han(doc.chars[s - 1]) {
                s -= 1;
            }
            let first = s == sentence.start || doc.chars[s - 1] != '、';
            if first {
                // The first item starts after its lead word, if any.
                let text = doc.slice(s..item_end);
                if let Some((i, l)) = SEQUENCE_LEADS
                    .iter()
                    .filter_map(|l| text.rfind(l).map(|i| (i, l)))
                    .max()
                {
                    s += text[..i + l.len()].chars().count();
                    // 经过了推荐提名…
                    if s < item_end && doc.chars[s] == '了' {
                        s += 1;
                    }
                }
            }
            // 召开党员大会或党代表会议差额选举: one step held by either body.
            // 确定代表候选人初步人选并公示: two steps in one item.
            // 确定候选人初步人选和预备人选: one step deciding two lists.
            let item = doc.slice(s..item_end);
            let longest = if item.contains(['或', '并'])
                || (item.contains('和') && item.ends_with("人选"))
            {
                20
            } else {
                12
            };
            // 省委常委会审议确定候选人预备人选: who decides is no part of
            // the step.
            let opened_at = s;
            if item_end - s > longest {
                if let Some(m) = selection().find(doc.slice(s..item_end)) {
                    s += doc.slice(s..item_end)[..m.start()].chars().count();
                }
            }
            if (2..=longest).contains(&(item_end - s)) {
                items.push((s, item_end));
            } else if !first {
                items.clear();
                break;
            }
            if first {
                break;
            }
            item_end = opened_at - 1;
        }
        items.reverse();
        // 确定…初步人选并公示: the step before 并, then the known one after.
        let items: Vec<(usize, usize)> = items
            .into_iter()
            .flat_map(|(s, e)| {
                let k = (s + 2..e.saturating_sub(1))
                    .find(|&k| doc.chars[k] == '并' && hits.iter().any(|h| h.0 > k && h.1 <= e));
                match k {
                    Some(k) => vec![(s, k), (k + 1, e)],
                    None => vec![(s, e)],
                }
            })
            .collect();
        let known: Vec<Option<usize>> = items
            .iter()
            .map(|&(s, e)| hits.iter().find(|h| h.0 >= s && h.1 <= e).map(|h| h.2))
            .collect();
        // Bare steps (考察, 选举) and selections (确定候选人预备人选) are steps
        // in a list that names a known one.
        let bare = items
            .iter()
            .filter(|&&(s, e)| {
                let item = doc.slice(s..e);
                BARE_STEPS.contains(&item) || selection().is_match(item)
            })
            .count();
        let named = known.iter().flatten().count();
        if items.len() < 3 || named == 0 || named + bare < 2 {
            continue;
        }
        let mut steps: Vec<usize> = Vec::new();
        for (item, known) in items.iter().zip(known) {
            if known.is_some_and(|k| steps.contains(&k)) {
                continue;
            }
            let id = step_entity(doc, out, (item.0, item.1, known));
            if known.is_none() {
                hits.push((item.0, item.1, id));
            }
            steps.push(id);
        }
        // …等环节，最后在…会议上差额选举产生: the clause right after the list
        // that says a step follows names the last one; the step it ends on
        // (以无记名投票方式差额选举: how, then the step).
        let word = SEQUENCE_ENDS
            .iter()
            .find(|w| doc.at(end, w))
            .map_or(0, |w| w.chars().count());
        let after = (end + word..sentence.end)
            .skip_while(|&k| matches!(doc.chars[k], '，' | ','))
            .take_while(|&k| !"，。；,;".contains(doc.chars[k]))
            .fold(None, |r: Option<Range<usize>>, k| {
                Some(r.map_or(k..k + 1, |r| r.start..k + 1))
            });
        if let Some(after) = after.filter(|a| THEN.iter().any(|t| doc.at(a.start, t))) {
            if let Some(h) = hits
                .iter()
                .filter(|h| h.0 >= after.start && h.1 <= after.end && !steps.contains(&h.2))
                .max_by_key(|h| h.1)
            {
                steps.push(h.2);
            }
        }
        let steps: Vec<_> = (1..)
            .zip(&steps)
            .map(|(n, &id)| (n, id, sentence.clone()))
            .collect();
        record_order(out, &steps);
        // One sequence gives the order; another sentence may list the
        // same steps in another order.
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::{has_rel, run};

    extractor_test!(
        an_order_told_in_prose,
        "代表产生的程序是：先由基层党组织推荐提名，再由组织部门进行组织考察，然后逐级遴选，最后进行会议选举。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "逐级遴选"));
            assert!(has_rel(&out, "逐级遴选", Pred::NextStep, "会议选举"));
        }
    );

    extractor_test!(
        bare_steps_in_a_list_with_a_known_one,
        "代表选举经过推荐提名、考察、确定候选人预备人选、选举等程序。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "考察"));
            assert!(has_rel(&out, "考察", Pred::NextStep, "确定候选人预备人选"));
            assert!(has_rel(&out, "确定候选人预备人选", Pred::NextStep, "选举"));
        }
    );

    extractor_test!(
        a_list_after_its_colon_and_a_step_with_who_decides,
        "代表产生的程序是：推荐提名、组织考察、确定代表候选人初步人选、公示、确定代表候选人预备人选、召开党代表大会选举。选举工作经过推荐提名、组织考察、省委常委会审议确定候选人预备人选、省党代会选举等环节。",
        |out| {
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "确定代表候选人初步人选"));
            assert!(has_rel(&out, "公示", Pred::NextStep, "确定代表候选人预备人选"));
            assert!(!out.entities.iter().any(|e| e.kind == Kind::Procedure && e.label.contains("常委会")));
        }
    );

    extractor_test!(
        an_order_told_with_bare_markers,
        "各选举单位先组织推荐提名，再进行组织考察，然后确定代表候选人初步人选并进行公示，最后召开党代表大会进行选举。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "公示"));
        }
    );

    extractor_test!(
        talk_in_an_order_is_no_procedure,
        "他首先谈到了会议选举的意义，接着回顾了推荐提名时的情景，然后讲到组织考察中的细节。\n一是提高政治站位。二是严格组织考察。三是做好推荐提名。",
        |out| {
            assert!(!out.relations.iter().any(|r| r.pred == Pred::NextStep));
        }
    );

    extractor_test!(
        an_enumeration_in_one_paragraph,
        "一是广泛推荐提名。二是严格考察。三是确定初步人选并公示。四是确定预备人选。五是召开省党代会进行差额选举。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "公示"));
            assert!(has_rel(&out, "公示", Pred::NextStep, "差额选举"));
        }
    );

    extractor_test!(
        the_last_step_after_he,
        "代表选举工作分为推荐提名、组织考察、公示、确定候选人预备人选和选举五个步骤。代表产生经历了推荐提名、考察、公示和确定候选人等环节。",
        |out| {
            assert!(has_rel(&out, "确定候选人预备人选", Pred::NextStep, "选举"));
            assert!(out.find(Kind::Procedure, "确定候选人预备人选和选举").is_none());
        }
    );

    extractor_test!(
        a_session_that_elected_is_no_step,
        "某某市第九次代表大会第三次会议选举产生了出席省党代会代表。某某系统党代表会议选举产生了代表。各单位召开党代表会议选举产生代表。",
        |out| {
            let elections: Vec<_> = out
                .mentions
                .iter()
                .filter(|m| out.entities[m.entity].label == "会议选举")
                .collect();
            assert_eq!(elections.len(), 1, "only the session held to elect");
        }
    );

    extractor_test!(
        two_steps_told_in_prose_make_no_order,
        "首先要推荐提名，最后进行会议选举。",
        |out| {
            assert!(!out.relations.iter().any(|r| r.pred == Pred::NextStep));
        }
    );

    extractor_test!(enumerated_steps_in_order, "具体有以下几个方面：\n一是认真组织推荐提名。各单位推荐。\n二是严格组织考察。全面考察。\n三是逐级遴选优秀。逐级遴选。\n四是周密组织会议选举。选举有序。\n当选代表还要进行资格审查。", |out| {
        assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
        assert!(has_rel(&out, "组织考察", Pred::NextStep, "逐级遴选"));
        assert!(has_rel(&out, "逐级遴选", Pred::NextStep, "会议选举"));
        assert!(has_rel(&out, "会议选举", Pred::NextStep, "资格审查"));
        let order = |l: &str| out.entities[out.find(Kind::Procedure, l).unwrap()].step_order;
        assert_eq!(order("推荐提名"), Some(1));
        assert_eq!(order("资格审查"), Some(5));
    });

    extractor_test!(
        a_sequence_in_one_sentence,
        "代表选举严格按照推荐提名、组织考察、确定代表候选人预备人选、会议选举等程序进行。会议选举、组织考察、公示都很重要。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "确定代表候选人预备人选"));
            assert!(has_rel(&out, "确定代表候选人预备人选", Pred::NextStep, "会议选举"));
            let order = |l: &str| out.entities[out.find(Kind::Procedure, l).unwrap()].step_order;
            assert_eq!(order("推荐提名"), Some(1));
            assert_eq!(order("会议选举"), Some(4));
            // A list that is no sequence (no 等程序 after it) gives no order.
            assert!(!has_rel(&out, "会议选举", Pred::NextStep, "组织考察"));
        }
    );

    extractor_test!(
        the_first_sequence_gives_the_order,
        "代表选举按照推荐提名、组织考察、会议选举等程序进行。在组织考察、推荐提名、公示等环节严格把关，选举代表。经过民主推荐、组织考察、讨论决定、任前公示等程序，她被任命为局长。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(!has_rel(&out, "组织考察", Pred::NextStep, "推荐提名"));
            assert!(out.find(Kind::Procedure, "讨论决定").is_none());
        }
    );

    extractor_test!(
        an_enumeration_outranks_a_sentence,
        "一是认真组织推荐提名。\n二是严格组织考察。\n三是逐级遴选优秀。\n在推荐提名、组织考察、会议选举等环节严肃纪律。",
        |out| {
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "逐级遴选"));
            assert!(!has_rel(&out, "组织考察", Pred::NextStep, "会议选举"));
        }
    );

    extractor_test!(
        lists_without_steps_give_no_order,
        "一是严格资格条件。要推荐提名。\n二是严把政治关。\n三是严把廉洁关。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::NextStep));
        }
    );

    extractor_test!(
        a_counted_sequence,
        "代表产生经过了推荐提名、组织考察、会议选举等三个环节。代表人选经过推荐提名、组织考察、政治和廉洁审查等程序。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "会议选举"));
            // No step 会议选举等, none cut at 和 (政治和廉洁审查 is one).
            assert!(!out.entities.iter().any(|e| e.label == "会议选举等" || e.label == "政治"));
        }
    );

    extractor_test!(
        steps_numbered_by_step,
        "问：代表怎样产生？答：主要有以下步骤：第一步，推荐提名；第二步，组织考察并确定初步人选；第三步，确定代表候选人预备人选；第四步，召开党代表大会差额选举。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "确定初步人选"));
            assert!(has_rel(&out, "确定初步人选", Pred::NextStep, "确定代表候选人预备人选"));
            assert!(has_rel(&out, "确定代表候选人预备人选", Pred::NextStep, "差额选举"));
        }
    );

    extractor_test!(
        steps_numbered_in_brackets_and_digits,
        "代表产生有以下环节：\n（一）推荐提名。\n（二）组织考察。\n（三）确定代表候选人初步人选并公示。\n（四）会议选举。",
        |out| {
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "确定代表候选人初步人选"));
            assert!(has_rel(&out, "确定代表候选人初步人选", Pred::NextStep, "公示"));
            assert!(has_rel(&out, "公示", Pred::NextStep, "会议选举"));
            let digits = run("选举工作分为：1．推荐提名。2．组织考察。3．会议选举。全省党员占28.1%。");
            assert!(has_rel(&digits, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&digits, "组织考察", Pred::NextStep, "会议选举"));
        }
    );

    extractor_test!(
        numbered_points_are_no_steps,
        "（一）提高政治站位。（二）严格推荐提名。（三）加强宣传引导。（四）严肃换届纪律。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::NextStep));
        }
    );

    extractor_test!(
        a_step_held_by_either_body,
        "本次当选的代表，经过推荐提名、组织考察、确定代表候选人预备人选、召开党代表大会或党员代表大会差额选举等程序产生。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "确定代表候选人预备人选"));
            assert!(has_rel(&out, "确定代表候选人预备人选", Pred::NextStep, "差额选举"));
        }
    );

    extractor_test!(
        steps_named_as_the_procedure,
        "各地依照推荐提名、组织考察、公示、确定候选人预备人选、会议选举的程序产生代表。",
        |out| {
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "公示"));
            assert!(has_rel(&out, "公示", Pred::NextStep, "确定候选人预备人选"));
            assert!(has_rel(
                &out,
                "确定候选人预备人选",
                Pred::NextStep,
                "会议选举"
            ));
            let order = |l: &str| out.entities[out.find(Kind::Procedure, l).unwrap()].step_order;
            assert_eq!(order("会议选举"), Some(5));
        }
    );

    extractor_test!(
        the_last_step_after_the_list,
        "代表人选先后经过推荐提名、组织考察、公示等环节，最后在县党代会上差额选举产生，随后进行资格审查。",
        |out| {
            assert!(has_rel(&out, "公示", Pred::NextStep, "差额选举"));
            assert!(!has_rel(&out, "差额选举", Pred::NextStep, "资格审查"));
            let order = |l: &str| out.entities[out.find(Kind::Procedure, l).unwrap()].step_order;
            assert_eq!(order("差额选举"), Some(4));
        }
    );

    extractor_test!(
        a_sequence_whose_last_step_is_joined_by_he,
        "选举经过推荐提名、组织考察、确定代表候选人预备人选和会议选举等环节。",
        |out| {
            assert!(has_rel(
                &out,
                "组织考察",
                Pred::NextStep,
                "确定代表候选人预备人选"
            ));
            assert!(has_rel(
                &out,
                "确定代表候选人预备人选",
                Pred::NextStep,
                "会议选举"
            ));
        }
    );

    extractor_test!(
        decimals_and_points_in_passing_give_no_order,
        "全省党员广泛参与代表选举工作，1.2万名党员参加了会议选举，2.3万名党员参与了公示监督，3.1万名党员参加了推荐提名。\n答：主要做了以下几方面工作：\n（一）加强组织领导。省委研究选举工作，对会议选举、推荐提名等作出部署。\n（二）严把人选质量。对人选逐一进行资格审查，认真做好公示。\n（三）加强纪律监督。组织考察中严肃换届纪律。",
        |out| {
            assert!(!out.relations.iter().any(|r| r.pred == Pred::NextStep));
        }
    );

    extractor_test!(
        the_last_clause_gives_the_step_it_ends_on,
        "代表人选先后经过推荐提名、组织考察、公示等环节，最后在县党代会上以无记名投票方式差额选举产生。",
        |out| {
            assert!(has_rel(&out, "公示", Pred::NextStep, "差额选举"));
        }
    );

    extractor_test!(
        a_sequence_with_a_step_and_its_notice_in_one_item,
        "十九大代表的产生经过了推荐提名、考察、确定代表候选人初步人选并公示、确定代表候选人预备人选、召开党代表大会选举等步骤。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "考察"));
            assert!(has_rel(&out, "确定代表候选人初步人选", Pred::NextStep, "公示"));
            assert!(has_rel(&out, "公示", Pred::NextStep, "确定代表候选人预备人选"));
        }
    );

    extractor_test!(
        sequences_after_lijing_and_closed_by_stages_or_work,
        "代表选举工作历经宣传发动、推荐提名、组织考察、会议选举等环节。",
        |out| {
            assert!(has_rel(&out, "宣传发动", Pred::NextStep, "推荐提名"));
            assert!(out.entities.iter().all(|e| !e.label.contains("历经")));
            let stages = run("代表选举工作先后经历了推荐提名、考察人选、确定初步人选和预备人选、会议选举等阶段。");
            assert!(has_rel(
                &stages,
                "考察人选",
                Pred::NextStep,
                "确定初步人选和预备人选"
            ));
            assert!(has_rel(
                &stages,
                "确定初步人选和预备人选",
                Pred::NextStep,
                "会议选举"
            ));
        }
    );

    extractor_test!(
        an_enumeration_in_clauses_of_one_sentence,
        "代表的产生主要有三个环节：一是推荐提名；二是组织考察；三是差额选举。\n答：选举工作分为四个步骤：一是推荐提名；二是组织考察；三是确定代表候选人初步人选并公示；四是确定代表候选人预备人选。",
        |out| {
            assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
            assert!(has_rel(&out, "组织考察", Pred::NextStep, "差额选举"));
            let second = run("答：选举工作分为四个步骤：一是推荐提名；二是组织考察；三是确定代表候选人初步人选并公示；四是确定代表候选人预备人选。");
            assert!(has_rel(&second, "组织考察", Pred::NextStep, "确定代表候选人初步人选"));
            assert!(has_rel(&second, "确定代表候选人初步人选", Pred::NextStep, "公示"));
            assert!(has_rel(&second, "公示", Pred::NextStep, "确定代表候选人预备人选"));
        }
    );
}
