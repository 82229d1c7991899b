//! Relations between the entities found: who is a delegate (and to which
//! congress), who works where and in what post (`dg:memberOf`,
//! `dg:position`), which organization lies in which place, and who holds
//! which honor. Each statement keeps the sentence that supports it.

use super::{
    article::congress_mentions, honor, Doc, EntityId, Extraction, Extractor, Kind, Mention, Object,
    Pred,
};
use crate::lexicon::{LexKind, Lexicon};
use std::ops::Range;

pub struct RelationExtractor;

/// Words that mark a title given to a body rather than to a person.
const COLLECTIVE: &[&str] = &[
    "医院",
    "单位",
    "集体",
    "示范点",
    "示范区",
    "基地",
    "先锋号",
    "文明号",
    "组织",
    "企业",
    "学校",
    "班组",
    "窗口",
    "工作室",
    "奖状",
    "文明岗",
    "家庭",
];

/// Longest text between an organization and the person whose post it names.
const MAX_POST_GAP: usize = 20;
/// How far a 二十大代表 cue reaches forward to its person.
const DELEGATE_REACH: usize = 40;

/// 他/她 opening a clause, with the person it stands for: the one person the
/// nearest earlier sentence of the same paragraph names (not a reporter, not
/// of the other gender). Returns (person, position after the pronoun).
fn pronoun_subjects(doc: &Doc, out: &Extraction, ps: &[Mention]) -> Vec<(usize, usize)> {
    let mut subjects = Vec::new();
    for (i, &c) in doc.chars.iter().enumerate() {
        // Also right after a quote (…“…。”她是党的二十大代表), or after an
        // age (今年52岁的他，是…).
        let aged = i > 0 && doc.chars[i - 1] == '的' && {
            let clause = doc.clause_start(i, 0);
            i - clause <= 10 && doc.slice(clause..i).contains('岁')
        };
        if !matches!(c, '他' | '她')
            || !(i == 0
                || super::is_clause_break(doc.chars[i - 1])
                || doc.chars[i - 1] == '”'
                || aged)
        {
            continue;
        }
        // (今年52岁的他，是…: the verb after the comma.)
        let verb_at = if aged && doc.at(i + 1, "，是") {
            i + 2
        } else {
            i + 1
        };
        let para = doc.paragraph_of(i);
        let before: Vec<&Mention> = ps
            .iter()
            .filter(|p| p.start >= para.start && p.end <= i && !out.entities[p.entity].author)
            .collect();
        let Some(last) = before.iter().max_by_key(|p| p.end) else {
            continue;
        };
        // The persons of that sentence: one, so the pronoun is not ambiguous.
        let sentence = doc.sentence_of(last.start);
        let mut named: Vec<usize> = before
            .iter()
            .filter(|p| p.start >= sentence.start)
            .map(|p| p.entity)
            .collect();
        named.sort_unstable();
        named.dedup();
        let gender = if c == '她' { "女" } else { "男" };
        let fits = out.entities[last.entity]
            .gender
            .as_deref()
            .is_none_or(|g| g == gender);
        if named.len() == 1 && fits {
            subjects.push((last.entity, verb_at));
        }
    }
    subjects
}

/// Words of a local party congress (省第十五次党代会, 市第八次代表大会).
pub(super) const LOCAL_CONGRESS: &[&str] = &["党代会", "次代表大会", "党代表大会"];

/// The national congress whose delegates a report's unnamed delegates are
/// (某某代表说, 代表通道, 代表风采): the one it names most, but none when
/// its opening lines are about a local congress (省第十五次党代会代表风采…
/// 迎接党的二十大: the national congress is only mentioned).
fn stated_congress(doc: &Doc, out: &Extraction) -> Option<u32> {
    let header: String = doc
        .paragraphs
        .iter()
        .take(2)
        .map(|p| doc.slice(p.clone()))
        .collect();
    if LOCAL_CONGRESS.iter().any(|w| header.contains(w)) {
        return None;
    }
    out.meta.congress.and_then(|c| out.entities[c].ordinal)
}

/// [`stated_congress`], else the latest national congress unless the
/// report speaks of a local one anywhere.
fn implied_congress(doc: &Doc, out: &Extraction) -> Option<u32> {
    let local = LOCAL_CONGRESS.iter().any(|w| doc.text.contains(w));
    stated_congress(doc, out).or((!local && out.meta.congress.is_none()).then_some(20))
}

/// Past a date right after a subject (甲2017年当选, 甲于2017年10月当选):
/// where the verb may start.
fn past_date(doc: &Doc, at: usize) -> usize {
    let mut p = if doc.at(at, "于") { at + 1 } else { at };
    // (Counted to five: a run longer than the year's four is no year.)
    let digits = |p: usize| doc.digits_at(p, 5);
    if digits(p) != 4 || !doc.at(p + 4, "年") {
        return at;
    }
    p += 5;
    for unit in ['月', '日'] {
        let n = digits(p);
        if (1..=2).contains(&n) && doc.chars.get(p + n) == Some(&unit) {
            p += n + 1;
        }
    }
    p
}

/// Adverbs before such a verb (X连续当选…).
const LINK_ADVERBS: &[&str] = &[
    "连续",
    "再次",
    "又一次",
    "再一次",
    "光荣",
    "先后",
    "均",
    "也",
    "又",
    "曾",
    "还",
    "今年",
    "日前",
    "近日",
];

/// Where a meeting named after 在 ends with 上 (在省第十五次党代会上, 在大会
/// 上，): the position after it.
fn meeting_end(doc: &Doc, at: usize) -> Option<usize> {
    if !doc.at(at, "在") {
        return None;
    }
    let e = (at + 2..(at + 24).min(doc.len()))
        .take_while(|&i| !super::is_clause_break(doc.chars[i - 1]))
        .find(|&i| doc.ends_with_at(i, "会上"))?;
    Some(if doc.at(e, "，") { e + 1 } else { e })
}

/// Past the adverbs at `at` (连续, 再次, 又…, and `more`).
fn after_adverbs(doc: &Doc, mut at: usize, more: &[&str]) -> usize {
    while let Some(a) = LINK_ADVERBS.iter().chain(more).find(|a| doc.at(at, a)) {
        at += a.chars().count();
    }
    at
}

/// What may stand between the verb and the title (X是一名党的二十大代表).
const LINK_GAPS: &[&str] = &["一名", "一位", "了"];

/// Verbs that link a person to the title after them (X当选为党的二十大代表).
const LINKS: &[&str] = &[
    "是",
    "被推选为",
    "推选为",
    // 连任十七大代表, 当上了十六大代表.
    "连任",
    "当上了",
    "当上",
    "光荣当选为",
    "当选为",
    "当选",
    "被选举为",
    "被选为",
    "成为",
    "作为",
];

impl Extractor for RelationExtractor {
    fn name(&self) -> &'static str {
        "relation"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        delegates(doc, out);
        bios(doc, out);
        memberships(doc, out);
        org_places(doc, out);
        honors(doc, out);
    }
}

fn persons(out: &Extraction) -> Vec<Mention> {
    out.mentions_of(&[Kind::Person])
        .into_iter()
        .filter(|m| !out.entities[m.entity].author)
        .collect()
}

/// Walks left from a person through a 、-list to its head.
fn list_head(doc: &Doc, ps: &[Mention], m: Mention) -> Mention {
    let mut head = m;
    while let Some(prev) = ps.iter().find(|p| {
        let e = noted_end(doc, p.end);
        e + 1 == head.start && doc.chars[e] == '、'
    }) {
        head = *prev;
    }
    head
}

/// The 、-list a name ending at `end` closes, each item perhaps after its
/// posts (某市委书记甲、某市委书记乙也当选为代表): the subjects of the
/// verb after it.
fn titled_run(doc: &Doc, ps: &[Mention], entity: usize, end: usize) -> Vec<usize> {
    let mut names = vec![entity];
    let Some(mut cur) = ps.iter().find(|m| m.entity == entity && m.end == end) else {
        return names;
    };
    while let Some(prev) = ps
        .iter()
        .filter(|p| p.end < cur.start)
        .max_by_key(|p| p.end)
    {
        let e = noted_end(doc, prev.end);
        let between = doc.slice((e + 1).min(cur.start)..cur.start);
        if e >= cur.start || doc.chars[e] != '、' || !(between.is_empty() || is_post_list(between))
        {
            break;
        }
        names.push(prev.entity);
        cur = prev;
    }
    names
}

/// Where a name ends with the note on it: 陈某兰|（女，藏族）.
fn noted_end(doc: &Doc, end: usize) -> usize {
    super::person::aside_after(doc, end).unwrap_or(end)
}

fn delegates(doc: &Doc, out: &mut Extraction) {
    let ps = persons(out);
    // 二十大代表 / 党的二十大代表: cues naming a congress.
    // 党的十九大、二十大代表: each congress of the 、-joined run is a cue,
    // all ending where the run's 代表 does.
    let mentions = doc.congresses();
    let mut cues: Vec<(usize, usize, u32)> = Vec::new();
    for (k, c) in mentions.iter().enumerate() {
        let mut last = c;
        for next in &mentions[k + 1..] {
            if next.0 == last.1 + 1 && matches!(doc.chars[last.1], '、' | '和') {
                last = next;
            } else {
                break;
            }
        }
        // 出席党的十六大的代表: older reports put 的 between.
        let title = last.1 + usize::from(doc.at(last.1, "的代表"));
        // Not 代表团, 代表大会, nor 代表候选人, 代表人选, 代表推荐人选.
        let candidate = ["候选", "人选", "推荐", "预备"]
            .iter()
            .any(|w| doc.at(title + 2, w));
        if doc.at(title, "代表")
            && !doc.at(title, "代表团")
            && !doc.at(title, "代表大会")
            && !candidate
        {
            cues.push((c.0, title + 2, c.2));
        }
    }
    let mut found: Vec<(usize, u32, Range<usize>)> = Vec::new();
    let list_with_end = |head: &Mention| -> (Vec<usize>, usize) {
        // The head and the names joined to it by 、, and where they end.
        let mut v = vec![head.entity];
        let mut end = noted_end(doc, head.end);
        while let Some(next) = ps
            .iter()
            .find(|p| p.start == end + 1 && doc.chars[end] == '、')
        {
            v.push(next.entity);
            end = noted_end(doc, next.end);
        }
        (v, end)
    };
    let list_from = |head: &Mention| list_with_end(head).0;
    // X是(一名)党的二十大代表, X(同志)当选为/成为/作为(某省出席)党的二十大
    // 代表; not 当选为…代表候选人. A clause may open with 他/她 instead of
    // the name (pronoun_subjects).
    let places = out.mentions_of(&[Kind::Place]);
    let mut subjects: Vec<(usize, usize)> = ps.iter().map(|m| (m.entity, m.end)).collect();
    subjects.extend(pronoun_subjects(doc, out, &ps));
    for &(entity, end) in &subjects {
        let sentence = doc.sentence_of(end - 1);
        // 陈某兰（女）当选…, 甲、乙等当选…, 甲等同志当选….
        let mut at = noted_end(doc, end);
        if doc.chars.get(at) == Some(&'等') {
            at += 1;
            // 甲、乙等3名同志当选….
            at = super::person::counted_end(doc, at).unwrap_or(at);
        }
        // 朱某霞，作为党的二十大代表走进…: the subject before the comma.
        if doc.at(at, "，作为") {
            at += 1;
        }
        // 王某军教授当选…: a courtesy title after the name.
        if let Some(t) = super::person::TITLES_AFTER.iter().find(|t| doc.at(at, t)) {
            at += t.chars().count();
        }
        if doc.at(at, "同志") {
            at += 2;
        }
        // 甲2017年当选为…, 甲于2017年10月当选为…: when, before the verb.
        at = past_date(doc, at);
        // 连续当选, 再次当选, 又当选: an adverb before the verb.
        at = after_adverbs(doc, at, &[]);
        // 甲在江西省第十五次党代会上再次当选为…: where, before the verb.
        if let Some(e) = meeting_end(doc, at) {
            at = after_adverbs(doc, e, &[]);
        }
        // 甲曾作为代表出席党的十六大: attended it as a delegate.
        if doc.at(at, "作为代表出席") {
            let p = at + 6 + usize::from(doc.at(at + 6, "了"));
            if let Some(c) = doc.congresses().iter().find(|c| c.0 == p) {
                for id in titled_run(doc, &ps, entity, end) {
                    found.push((id, c.2, sentence.clone()));
                }
                continue;
            }
        }
        // …选举产生了出席党的二十大代表。我校韩某军同志光荣当选。: elected,
        // to the congress the election just reported was for.
        let elected_to = ["光荣当选", "当选", "在当选之列"]
            .iter()
            .find(|w| doc.at(at, w))
            .map(|w| at + w.chars().count())
            .filter(|&v| {
                matches!(
                    doc.chars.get(v),
                    None | Some('。' | '，' | '！' | '\n' | '后')
                )
            });
        if elected_to.is_some() {
            let from = doc.since_sentence_before(&sentence);
            let reported = cues
                .iter()
                .rfind(|c| c.0 >= from && c.1 < end)
                // An election's report (选举产生), not another's 当选.
                .filter(|c| doc.slice(from..c.1).contains("选举产生"));
            if let Some(c) = reported {
                for id in titled_run(doc, &ps, entity, end) {
                    found.push((id, c.2, sentence.clone()));
                }
                continue;
            }
        }
        // The 、-list this name closes (甲、乙、丙当选为…代表): all of it.
        let head = ps
            .iter()
            .find(|m| m.entity == entity && m.end == end)
            .map(|m| list_head(doc, &ps, *m));
        // 大会选举甲、乙为…代表: elected as, the list after 选举.
        let elected = head.is_some_and(|h| doc.ends_with_at(h.start, "选举")) && doc.at(at, "为");
        let link = match LINKS.iter().find(|w| doc.at(at, w)) {
            Some(w) => w.chars().count(),
            None if elected => 1,
            None => continue,
        };
        let mut after = at + link;
        if let Some(g) = LINK_GAPS.iter().find(|g| doc.at(after, g)) {
            after += g.chars().count();
        }
        // 当选为安徽省出席党的二十大代表: the delegation's place and 出席.
        if let Some(p) = places.iter().find(|p| p.start == after) {
            let mut q = p.end;
            while let Some(next) = places.iter().find(|n| n.start == q) {
                q = next.end;
            }
            if doc.at(q, "出席") {
                after = q;
            }
        }
        // 当选解放军和武警部队出席党的二十大代表: any delegation's name
        // before 出席.
        if let Some(c) = cues.iter().find(|c| {
            c.0 >= after + 3
                && c.0 <= after + 20
                && doc.ends_with_at(c.0, "出席")
                && !doc.chars[after..c.0]
                    .iter()
                    .any(|&ch| super::is_clause_break(ch))
        }) {
            after = c.0 - 2;
        }
        if doc.at(after, "出席") {
            after += 2;
        }
        let chosen_as = |c: &&(usize, usize, u32)| c.0 == after && c.1 <= sentence.end;
        // 刘某芬当选为代表，王某也当选代表。: elected a delegate of the
        // congress the report is about.
        let bare = [
            "光荣当选为",
            "当选为",
            "当选",
            "被选举为",
            "被选为",
            "被推选为",
        ]
        .iter()
        .any(|w| doc.at(at, w))
            && doc.at(after, "代表")
            && doc
                .chars
                .get(after + 2)
                .is_none_or(|&c| matches!(c, '，' | '。' | '；' | ',' | '！'));
        if bare && !cues.iter().any(|c| chosen_as(&c)) {
            if let Some(n) = implied_congress(doc, out) {
                let names = titled_run(doc, &ps, entity, end);
                for &id in &names {
                    found.push((id, n, sentence.clone()));
                }
            }
        }
        if let Some(c) = cues.iter().find(chosen_as) {
            let names = titled_run(doc, &ps, entity, end);
            // Every congress of a 、-joined run (党的十九大、二十大代表).
            for d in cues.iter().filter(|d| d.1 == c.1 && d.0 >= c.0) {
                for &id in &names {
                    found.push((id, d.2, sentence.clone()));
                }
            }
        }
    }
    // 甲获得某奖章，今年又当选为党的二十大代表: a clause with no subject
    // of its own is about the one person its sentence named before.
    for c in &cues {
        let sentence = doc.sentence_of(c.0);
        let Some(clause) = (sentence.start..c.0)
            .rev()
            .find(|&i| matches!(doc.chars[i], '，' | ',' | '；'))
            .map(|i| i + 1)
        else {
            continue;
        };
        let mut at = after_adverbs(doc, clause, &[]);
        let Some(verb) = ["当选为", "当选", "被选为"].iter().find(|w| doc.at(at, w)) else {
            continue;
        };
        at += verb.chars().count();
        if doc.at(at, "出席") {
            at += 2;
        }
        let named: Vec<&Mention> = ps
            .iter()
            .filter(|p| p.start >= sentence.start && p.end < clause)
            .collect();
        // Not 当选为党的二十大代表的同志 (the title describes another), nor
        // after one who only speaks (某部长介绍，当选为…) or leads (在甲的带领下).
        let closes = matches!(doc.chars.get(c.1), None | Some('。' | '，' | '；' | '\n'));
        if let ([only], true, true) = (named.as_slice(), at == c.0, closes) {
            let between = doc.slice(only.end..clause);
            let speaks = ["说", "介绍", "告诉", "表示", "指出", "强调"]
                .iter()
                .any(|w| between.contains(w));
            if !speaks && !doc.at(only.end, "的") {
                found.push((only.entity, c.2, sentence.clone()));
            }
        }
    }
    // NAME，1965年出生，现为某局高级工程师、党的二十大代表。: a sentence
    // about its subject closing on the title in apposition.
    for c in &cues {
        let sentence = doc.sentence_of(c.0);
        let apposition = c.0 > sentence.start && matches!(doc.chars[c.0 - 1], '、' | '，');
        let closes = c.1 == sentence.end || matches!(doc.chars.get(c.1), Some('。' | '；' | '\n'));
        let subject = ps
            .iter()
            .filter(|p| p.start >= sentence.start && p.end <= c.0)
            .collect::<Vec<_>>();
        // Or right after the subject's name (李某燕，党的二十大代表，某村…).
        // Or after 是 and the posts (李某珍是某卫生院副院长、党的十九大代表。).
        if let ([only], true) = (subject.as_slice(), apposition) {
            let copula = doc.at(only.end, "是") && closes;
            if only.start == sentence.start
                && (matches!(doc.chars.get(only.end), Some('，' | ',')) || copula)
                && (closes
                    // …，党的二十大代表，: the title closes the apposition (not
                    // 李某，二十大代表王某的女儿).
                    || (only.end + 1 == c.0 && matches!(doc.chars.get(c.1), Some('，' | '、' | '。'))))
            {
                found.push((only.entity, c.2, sentence.clone()));
            }
        }
        // 甲是某医院妇产科主任，也是党的二十大代表 (甲，也是…; 某科主任甲，
        // 是…): a later clause of the subject's sentence.
        // (…，也是一名党的二十大代表: a gap word before the title.)
        let title = LINK_GAPS
            .iter()
            .find(|g| doc.ends_with_at(c.0, g))
            .map_or(c.0, |g| c.0 - g.chars().count());
        let also = ["，也是", "，还是", "，同时也是", "，同时是", "，是"]
            .iter()
            .find(|w| doc.ends_with_at(title, w));
        if let ([only], Some(w), true) = (subject.as_slice(), also, closes) {
            // Only right after the subject's own clause (not 甲是书记，他的
            // 妻子是村医，也是…).
            let own = !doc.chars[only.end..title - w.chars().count()]
                .iter()
                .any(|&ch| super::is_clause_break(ch));
            let opens = own
                && (only.start == sentence.start
                    || is_personal_post_list(doc.slice(sentence.start..only.start)));
            if opens && (doc.at(only.end, "是") || matches!(doc.chars.get(only.end), Some('，')))
            {
                found.push((only.entity, c.2, sentence.clone()));
            }
        }
    }
    for c in &cues {
        let sentence = doc.sentence_of(c.0);
        // 二十大代表X(、Y)
        let direct = ps.iter().find(|p| p.start == c.1);
        // 党的二十大代表、某公司配电抢修班班长X (or several posts, 、-joined):
        // posts between, no clause break.
        // 同为党的二十大代表的某园技术员李某: the 的 of one who is one too;
        // 当选为党的二十大代表的李某: of one elected.
        let fellow = ["同为", "作为", "身为", "当选为", "当选", "被选为"]
            .iter()
            .any(|w| doc.ends_with_at(c.0, w))
            && doc.chars.get(c.1) == Some(&'的');
        // 作为党的二十大代表，李某燕…: the subject after the comma.
        // Also 作为一名来自高校的党的二十大代表，陈某说.
        let opening = doc.slice(sentence.start..c.0);
        let as_one = opening.starts_with("作为")
            && !opening.chars().any(super::is_clause_break)
            && matches!(doc.chars.get(c.1), Some('，' | ','));
        // 陈某说：“作为党的二十大代表，我…”: the speaker of themself.
        let quoted = ["“作为", "“作为一名"]
            .iter()
            .find(|w| doc.ends_with_at(c.0, w));
        if let (Some(w), true) = (quoted, doc.at(c.1, "，我")) {
            let said = super::person::speaker_before(doc, c.0 - w.chars().count());
            if let Some(p) = ps.iter().find(|p| Some(p.end) == said) {
                found.push((p.entity, c.2, sentence.clone()));
            }
        }
        // 当选党的二十大代表后，王某说: the subject after the clause.
        let since = ["后，", "以来，"]
            .iter()
            .find(|w| doc.at(c.1, w))
            .filter(|_| ["当选", "当选为", "在当选", "在当选为"].contains(&opening));
        let direct = direct
            .or_else(|| ps.iter().find(|p| (fellow || as_one) && p.start == c.1 + 1))
            .or_else(|| since.and_then(|w| ps.iter().find(|p| p.start == c.1 + w.chars().count())));
        let after_post = || {
            if !(fellow || matches!(doc.chars.get(c.1), Some('、' | '，' | ','))) {
                return None;
            }
            named_after_posts(doc, &ps, c.1, sentence.end, |ch| {
                matches!(ch, '，' | ',' | '。' | '；')
            })
        };
        // 甲、乙等党的二十大代表: the list before 等.
        let before_deng = || {
            let m = ps
                .iter()
                .find(|p| p.end + 1 == c.0 && doc.chars[p.end] == '等')?;
            let head = list_head(doc, &ps, *m);
            ps.iter().find(|p| **p == head)
        };
        if let Some(head) = direct.or_else(after_post).or_else(before_deng) {
            for id in list_from(head) {
                found.push((id, c.2, sentence.clone()));
            }
        }
        // …二十大代表，党中央提名的代表候选人X、Y同志当选
        let text = doc.slice(c.1..sentence.end);
        if text.contains("当选") {
            for pos in doc.find_all("候选人") {
                if pos >= c.1 && pos < sentence.end {
                    if let Some(head) = ps.iter().find(|p| p.start == pos + 3) {
                        for id in list_from(head) {
                            found.push((id, c.2, sentence.clone()));
                        }
                    }
                }
            }
        }
    }
    // 3名同志当选党的二十大代表，他们分别是：区委书记甲，某社区党委书记
    // 乙（女），…: everyone the list names, each after their posts.
    for w in super::person::THEY_ARE {
        for at in doc.find_all(w) {
            let sentence = doc.sentence_of(at);
            let from = doc.since_sentence_before(&sentence);
            let Some(c) = cues.iter().rfind(|c| c.0 >= from && c.1 <= at) else {
                continue;
            };
            // Elected, or counted right before (其中党的二十大代表2名，分别是：).
            let counted = super::person::counted_before(doc, c.1 - 2, at);
            if !doc.slice(from..at).contains("当选") && !counted {
                continue;
            }
            let listed = ps
                .iter()
                .filter(|m| m.start >= at + w.chars().count() && m.end <= sentence.end);
            for m in listed {
                found.push((m.entity, c.2, sentence.clone()));
            }
        }
    }
    // 。代表李某来自…, 蒙古族女代表乌某说: a bare 代表 opening its clause
    // (perhaps after a gender or people) names a delegate of the congress
    // the report is about; not 职工代表 or 人大代表.
    if let Some(n) = stated_congress(doc, out) {
        for m in &ps {
            if !doc.ends_with_at(m.start, "代表") {
                continue;
            }
            let mut k = m.start - 2;
            if k > 0 && matches!(doc.chars[k - 1], '女' | '男') {
                k -= 1;
            }
            // 哈萨克族女代表: a people's name, five characters at most.
            if k > 0 && doc.chars[k - 1] == '族' {
                let cs = doc.clause_start(k, 0);
                if k - cs <= 6 {
                    k = cs;
                }
            }
            if k == 0 || super::is_clause_break(doc.chars[k - 1]) {
                found.push((m.entity, n, doc.sentence_of(m.start)));
            }
        }
    }
    // 记者见到了某医院护士长于某梅，这位二十大代表告诉记者…: the one person
    // the sentence named before.
    for c in &cues {
        if !(doc.ends_with_at(c.0, "，这位") || doc.ends_with_at(c.0, "，这名")) {
            continue;
        }
        let sentence = doc.sentence_of(c.0);
        let mut named: Vec<usize> = ps
            .iter()
            .filter(|m| m.start >= sentence.start && m.end <= c.0)
            .map(|m| m.entity)
            .collect();
        named.dedup();
        if let [only] = named.as_slice() {
            found.push((*only, c.2, sentence.clone()));
        }
    }
    // A caption naming one speaker and a delegate's title (【同期声】党的
    // 二十大代表 某村党委书记 沈某荣): the speaker is the delegate.
    for p in &doc.paragraphs {
        if super::caption_start(doc, p).is_none() {
            continue;
        }
        let named: Vec<&Mention> = ps
            .iter()
            .filter(|m| m.start >= p.start && m.end <= p.end)
            .collect();
        let cue = cues.iter().find(|c| c.0 >= p.start && c.1 <= p.end);
        if let ([only], Some(c)) = (named.as_slice(), cue) {
            found.push((only.entity, c.2, p.clone()));
        }
    }
    // 当选代表、某医院主任医师甲表示…: one elected a delegate of the
    // congress the report is about, named after the title and posts.
    for w in ["新当选代表、", "当选代表、"] {
        for at in doc.find_all(w) {
            let sentence = doc.sentence_of(at);
            let opens = at == sentence.start || matches!(doc.chars[at - 1], '，' | '。' | '；');
            let comma = at + w.chars().count() - 1;
            let named = named_after_posts(doc, &ps, comma, sentence.end, |ch| {
                matches!(ch, '，' | ',' | '。' | '；')
            });
            if let (true, Some(p), Some(n)) = (opens, named, implied_congress(doc, out)) {
                found.push((p.entity, n, sentence.clone()));
            }
        }
    }
    // …选举产生了出席党的二十大代表75名。甲、乙、丙等同志当选。: the list
    // right after the sentence that gives the delegates is of them.
    // Each name may follow its post (小学教师甲、村党支部书记乙当选。).
    let titled_list = |head: &Mention, start: usize| -> Option<(Vec<usize>, usize)> {
        let titled =
            |from: usize, m: &Mention| m.start == from || is_post_list(doc.slice(from..m.start));
        if !titled(start, head) {
            return None;
        }
        let mut names = vec![head.entity];
        let mut end = head.end;
        while doc.chars.get(end) == Some(&'、') {
            let Some(next) = ps.iter().filter(|p| p.start > end).min_by_key(|p| p.start) else {
                break;
            };
            if !titled(end + 1, next) {
                break;
            }
            names.push(next.entity);
            end = next.end;
        }
        Some((names, end))
    };
    for head in &ps {
        let sentence = doc.sentence_of(head.start);
        // (Most sentences elect no one: skip the list reading.)
        if !doc.slice(sentence.clone()).contains("当选") {
            continue;
        }
        let first = !ps
            .iter()
            .any(|p| p.start >= sentence.start && p.start < head.start);
        let Some((names, end)) = titled_list(head, sentence.start).filter(|_| first) else {
            continue;
        };
        // 当选 alone ends the sentence: 甲当选省委书记 is another election.
        // Nor is 甲、乙同志当选为省委副书记.
        let elected = ["等同志当选", "同志当选", "等当选", "当选。"]
            .iter()
            .any(|w| {
                let after = end + w.chars().count();
                doc.at(end, w)
                    && (w.ends_with('。')
                        || matches!(doc.chars.get(after), None | Some('。' | '，' | '；'))
                        || doc.slice(after..sentence.end).contains("代表"))
            });
        let previous = sentence.start.checked_sub(1).map(|p| doc.sentence_of(p));
        let stated = previous.and_then(|prev| {
            cues.iter()
                .find(|c| c.0 >= prev.start && c.1 <= prev.end)
                .filter(|_| doc.slice(prev.clone()).contains("选举产生"))
        });
        if let (true, Some(c)) = (elected, stated) {
            for id in names {
                found.push((id, c.2, sentence.clone()));
            }
        }
    }
    // Speakers at the 党代表通道 (delegates' corridor) are delegates.
    if let (true, Some(congress)) = (doc.text.contains("代表通道"), implied_congress(doc, out))
    {
        // Not the spokesman or host who presents them (大会新闻发言人孙某介绍).
        let presenters: Vec<usize> = ps
            .iter()
            .filter(|m| {
                ["发言人", "主持人"]
                    .iter()
                    .any(|w| doc.ends_with_at(m.start, w))
            })
            .map(|m| m.entity)
            .collect();
        for m in ps.iter().filter(|m| !presenters.contains(&m.entity)) {
            // 袁某在通道上回答了记者提问: the speaker, no other person between.
            let sentence = doc.sentence_of(m.start);
            let next_person = ps
                .iter()
                .filter(|p| p.start >= m.end)
                .map(|p| p.start)
                .min()
                .unwrap_or(usize::MAX);
            // 代表甲（某研究院总设计师）：… answers too.
            let after = super::person::aside_after(doc, m.end).unwrap_or(m.end);
            let speaks = matches!(doc.chars.get(after), Some('：' | ':'))
                || ["说", "表示", "介绍", "谈到", "回答"].iter().any(|w| {
                    let text = doc.slice(m.end..sentence.end.min(next_person));
                    text.find(w)
                        .is_some_and(|b| text[..b].chars().count() <= 12)
                });
            if speaks {
                found.push((m.entity, congress, sentence));
            }
        }
    }
    // 当选代表中，既有…，也有…，如甲、乙等: the persons the sentence names
    // are among the elected.
    // Also 在当选代表中, 当选的十九大代表中, and 他们中 after a sentence on
    // the election.
    if let Some(congress) = out.meta.congress.and_then(|c| out.entities[c].ordinal) {
        for (k, sentence) in doc.sentences.iter().enumerate() {
            let text = doc.slice(sentence.clone());
            let body = text.strip_prefix('在').unwrap_or(text);
            let head: String = body.chars().take(12).collect();
            let elected_before =
                k > 0 && super::person::reports_election(doc.slice(doc.sentences[k - 1].clone()));
            let body = body.strip_prefix('新').unwrap_or(body);
            let among = [
                "当选代表中",
                "当选的代表中",
                "选举产生的代表中",
                "当选的代表里",
            ]
            .iter()
            .any(|w| body.starts_with(w))
                || (body.starts_with("当选的") && head.contains("代表中"))
                || (elected_before && ["他们中", "他们当中"].iter().any(|w| body.starts_with(w)));
            if among {
                // Not one who only comments on them (省委书记王某表示祝贺).
                let in_list = |m: &&Mention| {
                    m.start >= sentence.start
                        && m.end <= sentence.end
                        && !super::person::speaks_after(doc, m.end)
                };
                for m in ps.iter().filter(in_list) {
                    found.push((m.entity, congress, sentence.clone()));
                }
            }
        }
    }
    // 陈某某代表说 or 的代表陈某某说 in a report on a congress: a delegate
    // to it speaking (or several: 的代表甲、乙先后发言).
    if let Some(congress) = stated_congress(doc, out) {
        for m in &ps {
            // 吴某（某社区党委书记）代表介绍: the aside comes between.
            let after_aside = super::person::aside_after(doc, m.end).unwrap_or(m.end);
            // …的湖北代表团代表周某华: a delegate of that delegation; not at
            // the people's congress (全国人大…代表团代表) or its sessions.
            let sentence = doc.slice(doc.sentence_of(m.start));
            let other_body = ["人大", "政协", "两会"]
                .iter()
                .any(|w| sentence.contains(w));
            if !other_body
                && (super::person::delegate_speaks_at(doc, after_aside)
                    || doc.ends_with_at(m.start, "代表团代表"))
            {
                found.push((m.entity, congress, doc.sentence_of(m.start)));
            }
            // 甲、乙等代表在发言中表示: the list before 等.
            if !other_body
                && doc.at(m.end, "等")
                && super::person::delegate_speaks_at(doc, m.end + 1)
            {
                for id in list_from(&list_head(doc, &ps, *m)) {
                    found.push((id, congress, doc.sentence_of(m.start)));
                }
            }
            // 来自临沧市的代表杨某光、赵某华也先后发言: the whole list.
            if super::person::named_after_daibiao(doc, m.start) {
                let (mut names, mut end) = list_with_end(m);
                // …的代表甲、某市的代表乙先后发言: items of their own.
                while doc.chars.get(end) == Some(&'、') {
                    let Some(next) = ps.iter().find(|p| {
                        p.start > end
                            && super::person::named_after_daibiao(doc, p.start)
                            && !doc.chars[end + 1..p.start]
                                .iter()
                                .any(|&c| super::is_clause_break(c))
                    }) else {
                        break;
                    };
                    let (more, more_end) = list_with_end(next);
                    names.extend(more);
                    end = more_end;
                }
                // 最后登场的是来自某油田的代表王某。: whom the report brings on.
                let sentence = doc.sentence_of(m.start);
                let clause = doc.clause_start(m.start, sentence.start);
                let came_from =
                    doc.chars[m.start - 3] == '的' && doc.slice(clause..m.start).contains("来自");
                if came_from || super::person::speaks_after(doc, end) {
                    for id in names {
                        found.push((id, congress, doc.sentence_of(m.start)));
                    }
                }
            }
        }
    }
    // The subject of a 代表风采 profile: the person it names most.
    let header: String = doc
        .paragraphs
        .iter()
        .take(4)
        .map(|p| doc.slice(p.clone()))
        .collect();
    // Not when the text makes the subject a local congress's delegate and
    // names no national congress's (贵州省第十三次代表大会代表 under a
    // 喜迎二十大·代表风采 banner).
    let local_delegate = LOCAL_CONGRESS
        .iter()
        .any(|w| doc.text.contains(&format!("{w}代表")));
    let series = ["代表风采", "代表群像", "代表剪影", "代表素描", "代表故事"]
        .iter()
        .any(|w| header.contains(w))
        || (header.contains("走近")
            && cues
                .iter()
                .any(|c| doc.paragraphs.first().is_some_and(|h| c.0 < h.end)));
    if series && !(local_delegate && cues.is_empty()) {
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for m in &ps {
            match counts.iter_mut().find(|c| c.0 == m.entity) {
                Some(c) => c.1 += 1,
                None => counts.push((m.entity, 1)),
            }
        }
        let top = counts.iter().max_by_key(|c| (c.1, std::cmp::Reverse(c.0)));
        if let (Some(&(id, n)), Some(congress)) = (top, implied_congress(doc, out)) {
            if n >= 2 {
                let first = ps
                    .iter()
                    .find(|m| m.entity == id)
                    .map(|m| doc.sentence_of(m.start));
                found.push((id, congress, first.unwrap_or(0..doc.len())));
            }
        }
    }
    // Biographies under a heading that introduces delegates (某省出席党的
    // 二十大代表简介): each one's subject is a delegate.
    let heading = doc.paragraphs.first().cloned().unwrap_or(0..0);
    // Some of them (出席党的二十大部分代表简介) as well.
    let introduces = |at: usize| {
        let at = if doc.at(at, "部分代表") {
            at + 4
        } else {
            at
        };
        ["简介", "名单", "介绍", "风采"]
            .iter()
            .any(|w| doc.at(at, w))
    };
    let introduced = cues
        .iter()
        .find(|c| c.1 <= heading.end && introduces(c.1))
        .or_else(|| {
            doc.congresses()
                .iter()
                .find(|c| c.1 <= heading.end && doc.at(c.1, "部分代表") && introduces(c.1))
        });
    if let Some(c) = introduced {
        for m in &ps {
            if super::person::biography_at(doc, m.end) && super::person::item_start(doc, m.start) {
                found.push((m.entity, c.2, doc.sentence_of(m.start)));
            }
        }
    }
    for (id, congress, evidence) in found {
        if out.entities[id].delegate_to.is_none() {
            out.entities[id].delegate_to = Some(congress);
        }
        let c = super::article::congress_entity(out, congress);
        out.relate(id, Pred::DelegateTo, Object::Entity(c), evidence);
    }
    // Delegates from an official list.
    let listed: Vec<(usize, u32)> = out
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Person)
        .filter_map(|(i, e)| e.delegate_to.map(|c| (i, c)))
        .collect();
    for (id, congress) in listed {
        let c = super::article::congress_entity(out, congress);
        if !out
            .relations
            .iter()
            .any(|r| r.subject == id && r.pred == Pred::DelegateTo)
        {
            let ev = out
                .mentions
                .iter()
                .find(|m| m.entity == id)
                .map(|m| doc.sentence_of(m.start))
                .unwrap_or(0..1);
            out.relate(id, Pred::DelegateTo, Object::Entity(c), ev);
        }
    }
}

/// Parts that are bodies of their own (a company's works, mine, institute
/// or branch company), whose people work there rather than at the group.
const OWN_BODIES: &[&str] = &[
    "厂",
    "矿",
    "研究院",
    "研究所",
    "公司",
    "油田",
    "医院",
    "分行",
    "支行",
    "分局",
];

/// The organization a mention stands for: a department's parent counts,
/// a works or institute of a company stands for itself.
fn top_org(out: &Extraction, id: usize) -> usize {
    if OWN_BODIES
        .iter()
        .any(|w| out.entities[id].label.ends_with(w))
    {
        return id;
    }
    out.relations
        .iter()
        .find(|r| r.subject == id && r.pred == Pred::PartOf)
        .and_then(|r| match r.object {
            Object::Entity(p) => Some(p),
            Object::Text(_) => None,
        })
        .unwrap_or(id)
}

fn ends_with_title(s: &str) -> bool {
    let lx = Lexicon::get();
    lx.titles.iter().any(|t| s.ends_with(t.as_str()))
}

/// 党支部书记、校长: one or more posts, each ending in a title.
fn is_post_list(s: &str) -> bool {
    s.split('、').all(|p| !p.is_empty() && ends_with_title(p))
}

/// Titles that name a group as often as one person's post: in a list of
/// several (党的二十大代表、老党员代表、青年代表张某) they list who came.
const GROUP_TITLES: &[&str] = &[
    "代表", "党员", "干部", "村民", "职工", "工人", "农民", "同志", "群众",
];

/// A post list that describes one person: each item a post or a title of
/// honor (党的二十大代表、全国劳动模范王某), and when there are several none
/// a group's name.
fn is_personal_post_list(s: &str) -> bool {
    let lx = Lexicon::get();
    let honor_title = |p: &str| {
        lx.kinds(p)
            .iter()
            .any(|k| matches!(k, LexKind::Honor(i) if lx.honors[*i].kind == "title"))
    };
    s.split('、')
        .all(|p| !p.is_empty() && (ends_with_title(p) || honor_title(p)))
        && (!s.contains('、')
            || !s
                .split('、')
                .any(|p| GROUP_TITLES.iter().any(|g| p.ends_with(g))))
}

/// The organization named at `pos`, after any places written before it
/// (广西苍梧县山坪村的党支部): the longest organization mention starting there.
fn org_after_places(mut pos: usize, places: &[Mention], orgs: &[Mention]) -> Option<Mention> {
    while !orgs.iter().any(|o| o.start == pos) {
        match places
            .iter()
            .filter(|p| p.start == pos)
            .max_by_key(|p| p.end)
        {
            Some(p) => pos = p.end,
            None => break,
        }
    }
    orgs.iter()
        .filter(|o| o.start == pos)
        .max_by_key(|o| o.end)
        .copied()
}

/// The longest start of `text` that ends with a title (主任算起 → 主任).
fn leading_post(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    (1..=chars.len())
        .rev()
        .map(|k| chars[..k].iter().collect::<String>())
        .find(|p| ends_with_title(p))
        .unwrap_or_default()
}

fn clause_end(doc: &Doc, from: usize) -> usize {
    (from..doc.len())
        .find(|&i| {
            matches!(
                doc.chars[i],
                '，' | '。' | '；' | ',' | ';' | '\n' | '！' | '？' | '：' | ':' | '）' | ')'
            )
        })
        .unwrap_or(doc.len())
}

/// `是(党的二十大代表，)ORG(的)post` after a subject ending at `end`: the
/// organization (the outermost, or the unit right after its parent) and
/// the post.
fn post_after(
    doc: &Doc,
    out: &Extraction,
    places: &[Mention],
    outermost: &[Mention],
    end: usize,
) -> Option<(usize, String)> {
    // 蓝某涛（瑶族）是…: a note of gender or people after the name.
    let mut end = end;
    if let Some(close) = super::person::aside_after(doc, end) {
        if super::person::only_note_facts(doc.slice(end + 1..close - 1)) {
            end = close;
        }
    }
    let mut pos = end;
    for lead in ["是", "系", "现任", "担任", "任", "（"] {
        if doc.at(pos, lead) {
            pos += lead.chars().count();
            break;
        }
    }
    if pos == end && !matches!(doc.chars.get(pos), Some('，' | ',')) {
        return None;
    }
    if matches!(doc.chars.get(pos), Some('，' | ',')) {
        pos += 1;
    }
    if let Some(c) = congress_mentions(doc.slice(pos..clause_end(doc, pos))).first() {
        if c.0 == 0 {
            let after = pos + c.1;
            if doc.at(after, "代表") {
                pos = after + 2;
                if matches!(doc.chars.get(pos), Some('，' | '、' | ',')) {
                    pos += 1;
                }
            }
        }
    }
    let mut o = org_after_places(pos, places, outermost)?;
    // 国网某省电力有限公司宁波供电公司: the unit right after its parent
    // company is where the person works. A department (儿科, 焊接班) stays
    // part of the post.
    while let Some(unit) = outermost
        .iter()
        .find(|u| u.start == o.end && top_org(out, u.entity) == u.entity)
    {
        o = *unit;
    }
    let end = clause_end(doc, o.end);
    let post = doc.slice(o.end..end).trim_start_matches('的');
    // 副院长、党的十九大代表: the delegate title is not the post.
    let post = match congress_mentions(post).first() {
        Some(c) => {
            let head = &post[..post.char_indices().nth(c.0).map_or(post.len(), |(b, _)| b)];
            head.trim_end_matches(['、', '，', ','])
        }
        None => post,
    };
    // 是某公司的一名员工: one of its people, whatever the post.
    let one_of = ["一名", "一位"].iter().find_map(|c| post.strip_prefix(c));
    let post = one_of.unwrap_or(post);
    let titled = post.chars().count() <= 25 && (post.is_empty() || ends_with_title(post));
    // 一名员工, 一名灯塔工: a member with no post; not 一名患者 or 一位游客.
    let worker = one_of.is_some() && post.ends_with(['员', '工', '师', '手', '士', '兵']);
    (titled || worker).then(|| {
        let post = if titled { post } else { "" };
        (top_org(out, o.entity), post.to_string())
    })
}

fn memberships(doc: &Doc, out: &mut Extraction) {
    let ps = persons(out);
    let places = out.mentions_of(&[Kind::Place]);
    let orgs = out.mentions_of(&[Kind::Organization]);
    let outermost: Vec<Mention> = orgs
        .iter()
        .filter(|o| {
            !orgs.iter().any(|b| {
                b != *o
                    && b.start <= o.start
                    && o.end <= b.end
                    && (b.end - b.start) > (o.end - o.start)
            })
        })
        .copied()
        .collect();
    let honors = out.mentions_of(&[Kind::Honor]);
    let mut links: Vec<(usize, usize, String, Range<usize>)> = Vec::new();
    // Does ORG + post end at `end` with no other person between: the post.
    let post_before = |o: &Mention, end: usize| {
        let gap = doc.slice(o.end..end);
        let clean = !gap.contains('的')
            && !gap.chars().any(|c| {
                matches!(
                    c,
                    '，' | '。' | '；' | '：' | '“' | '”' | ',' | '（' | '）' | '【' | '】'
                )
            });
        let no_person_between = !ps.iter().any(|p| p.start >= o.end && p.end <= end);
        (clean && no_person_between && (gap.is_empty() || is_post_list(gap))).then_some(gap)
    };
    for m in &ps {
        let sentence = doc.sentence_of(m.start);
        let head = list_head(doc, &ps, *m);
        // 某厂高级技师、党的二十大代表张某, 某公司采油工、全国劳动模范张某:
        // a title between the posts and the name.
        let titled = honors
            .iter()
            .find(|h| h.end == head.start || (h.end + 1 == head.start && doc.chars[h.end] == '”'))
            .map(|h| {
                if h.start > 0 && doc.chars[h.start - 1] == '“' {
                    h.start - 1
                } else {
                    h.start
                }
            })
            .or_else(|| {
                doc.congresses()
                    .iter()
                    .find(|c| c.1 + 2 == head.start && doc.at(c.1, "代表"))
                    .map(|c| {
                        if doc.ends_with_at(c.0, "党的") {
                            c.0 - 2
                        } else {
                            c.0
                        }
                    })
            })
            // 某医院儿科主任、代表秦某: the delegate's bare title.
            .or_else(|| {
                doc.ends_with_at(head.start, "、代表")
                    .then(|| head.start - 2)
            })
            .filter(|&t| t > 0 && doc.chars[t - 1] == '、');
        let end = titled.map_or(head.start, |t| t - 1);
        // ORG + post + NAME: 北京某医院急诊内科主任王某 / 委员王某、李某
        if let Some(o) = outermost
            .iter()
            .filter(|o| o.end <= end && o.start >= sentence.start && end - o.end <= MAX_POST_GAP)
            .max_by_key(|o| o.end)
        {
            if let Some(gap) = post_before(o, end) {
                links.push((
                    m.entity,
                    top_org(out, o.entity),
                    gap.to_string(),
                    sentence.clone(),
                ));
                // 某村党支部书记、村委会主任王某: the posts of both bodies.
                let first = outermost
                    .iter()
                    .filter(|f| {
                        o.start >= 1
                            && doc.chars[o.start - 1] == '、'
                            && f.end < o.start
                            && f.start >= sentence.start
                    })
                    .max_by_key(|f| f.end)
                    .and_then(|f| Some((f, post_before(f, o.start - 1)?)))
                    // Not a seat in an assembly (全国人大代表、某院研究员王某) nor
                    // an academy's title (中国科学院院士、某大学教授王某).
                    .filter(|(_, post)| !matches!(*post, "代表" | "委员" | "常委" | "院士"));
                if let Some((f, post)) = first {
                    links.push((
                        m.entity,
                        top_org(out, f.entity),
                        post.to_string(),
                        sentence.clone(),
                    ));
                }
                continue;
            }
        }
        // NAME是(党的二十大代表，)ORG(的)post
        if let Some((org, post)) = post_after(doc, out, &places, &outermost, m.end) {
            links.push((m.entity, org, post, sentence.clone()));
        }
    }
    // 她是某村党支部书记: a sentence opening with a pronoun.
    let pronouns = pronoun_subjects(doc, out, &ps);
    // The subject of a clause about an organization at `pos`: the person
    // named last before it in its sentence, or a pronoun standing for one.
    let subject_before = |pos: usize, sentence: &Range<usize>| {
        ps.iter()
            .filter(|p| p.start >= sentence.start && p.end <= pos)
            .max_by_key(|p| p.end)
            .map(|p| p.entity)
            .or_else(|| {
                pronouns
                    .iter()
                    .filter(|(_, end)| *end > sentence.start && *end <= pos)
                    .max_by_key(|(_, end)| *end)
                    .map(|(e, _)| *e)
            })
    };
    for &(entity, end) in &pronouns {
        if let Some((org, post)) = post_after(doc, out, &places, &outermost, end) {
            links.push((entity, org, post, doc.sentence_of(end - 1)));
        }
    }
    // 他所在的ORG: the nearest person before it in the sentence; so too
    // 参加了某代表团讨论, as a delegate joins their own delegation's sessions.
    for o in &outermost {
        let joins = ["参加", "参加了"]
            .iter()
            .any(|w| doc.ends_with_at(o.start, w))
            && out.entities[o.entity].label.ends_with("代表团")
            && ["讨论", "审议"].iter().any(|w| doc.at(o.end, w));
        if doc.ends_with_at(o.start, "所在的") || doc.ends_with_at(o.start, "所在") || joins {
            let sentence = doc.sentence_of(o.start);
            if let Some(p) = ps
                .iter()
                .filter(|p| p.end <= o.start && p.start >= sentence.start)
                .max_by_key(|p| p.end)
            {
                links.push((p.entity, top_org(out, o.entity), String::new(), sentence));
            }
        }
        // 他一直在某厂工作, 进入某所工作, 后来调到某公司: where the subject
        // worked (not 在某厂工作的王某, who is named after).
        let works = (["在", "进入", "进"]
            .iter()
            .any(|w| doc.ends_with_at(o.start, w))
            && ["工作", "任职", "上班"].iter().any(|w| doc.at(o.end, w))
            && !doc.at(o.end + 2, "的"))
            || ["调到", "调入", "分配到", "入职"]
                .iter()
                .any(|w| doc.ends_with_at(o.start, w))
            // 加入某公司, but 加入中国共产党 is party membership.
            || (doc.ends_with_at(o.start, "加入")
                && !out.entities[o.entity].label.ends_with("党"));
        if works {
            let sentence = doc.sentence_of(o.start);
            if let Some(p) = subject_before(o.start, &sentence) {
                links.push((p, top_org(out, o.entity), String::new(), sentence));
            }
        }
        // 在某大学的实验室里，党的二十大代表、研究员沈某铭正…: the scene
        // is the workplace of the one named next with a post.
        if doc.ends_with_at(o.start, "在") {
            let scene_end = clause_end(doc, o.end);
            let scene = doc.slice(o.end..scene_end);
            let sentence = doc.sentence_of(o.start);
            let framed = scene.chars().count() <= 10
                && scene.ends_with(['里', '中', '内', '上'])
                && doc.chars.get(scene_end) == Some(&'，');
            let next = ps
                .iter()
                .filter(|p| p.start > scene_end && p.end <= sentence.end)
                .min_by_key(|p| p.start);
            if let (true, Some(p)) = (framed, next) {
                let lead = doc.slice(scene_end + 1..p.start);
                let post = lead.rsplit('、').next().unwrap_or("");
                // Not a clause that ends in a title (孩子们都习惯叫女教师).
                if !post.is_empty()
                    && post.chars().count() <= 12
                    && !post.contains(['叫', '让', '把', '给', '是', '都', '们'])
                    && ends_with_title(post)
                    && congress_mentions(post).is_empty()
                    && !lead.contains(['，', '。'])
                {
                    links.push((p.entity, top_org(out, o.entity), post.to_string(), sentence));
                } else if lead.ends_with("代表")
                    && lead.chars().count() <= 8
                    && !congress_mentions(lead).is_empty()
                {
                    // 在某油田的钻井平台上，党的二十大代表王某正…: the
                    // delegate with no post named works there too.
                    links.push((p.entity, top_org(out, o.entity), String::new(), sentence));
                }
            }
        }
        // 来自某集团的二十大代表、高级技师王某说: the person the sentence goes on to name.
        if doc.ends_with_at(o.start, "来自") && doc.at(o.end, "的") {
            let sentence = doc.sentence_of(o.start);
            let next_org = outermost
                .iter()
                .filter(|x| x.start > o.end)
                .map(|x| x.start)
                .min()
                .unwrap_or(usize::MAX);
            if let Some(p) = ps
                .iter()
                .filter(|p| p.start > o.end && p.end <= sentence.end && p.start < next_org)
                .min_by_key(|p| p.start)
            {
                links.push((p.entity, top_org(out, o.entity), String::new(), sentence));
            }
        }
        // (回到X村)任村委会主任 … 某某, 现为某局高级工程师: the post names no
        // one, the sentence does.
        if ["任", "担任", "出任", "现为"]
            .iter()
            .any(|w| doc.ends_with_at(o.start, w))
        {
            let end = clause_end(doc, o.end);
            // 任村委会主任算起: the post is the title, not what follows it.
            let mut post = leading_post(doc.slice(o.end..end));
            // 高级工程师、党的二十大代表: the delegate title is not the post.
            if let Some(c) = congress_mentions(&post).first() {
                let head: String = post.chars().take(c.0).collect();
                post = leading_post(head.trim_end_matches(['、', '，']));
            }
            let sentence = doc.sentence_of(o.start);
            if !post.is_empty() {
                // The person the sentence names, or the pronoun before the
                // post (他一直从事研究，现任某大学物理系主任).
                let named = ps
                    .iter()
                    .find(|p| p.start >= sentence.start && p.end <= sentence.end)
                    .map(|p| p.entity);
                if let Some(p) = named.or_else(|| subject_before(o.start, &sentence)) {
                    // A short body belongs to the post (村委会主任), and so
                    // does a department, without its parent's name (现任某公司
                    // 数控加工车间主任 → 数控加工车间主任); a long name does not.
                    let top = top_org(out, o.entity);
                    let text = doc.slice(o.start..o.end);
                    let body = match text.strip_prefix(out.entities[top].label.as_str()) {
                        Some(part) if top != o.entity => part,
                        _ if text.chars().count() <= 5 => text,
                        _ => "",
                    };
                    links.push((p, top, format!("{body}{post}"), sentence));
                }
            }
        }
    }
    for (person, org, post, sentence) in links {
        out.relate(
            person,
            Pred::MemberOf,
            Object::Entity(org),
            sentence.clone(),
        );
        let post = post.trim().to_string();
        if !post.is_empty() {
            out.relate(
                person,
                Pred::Position,
                Object::Text(post.to_string()),
                sentence,
            );
        }
    }
}

/// Fields of an official biography that are not the post: 男, 汉族,
/// 1968年生, 中共党员, 研究生学历 ...
fn is_bio_field(field: &str) -> bool {
    [
        "年生",
        "月生",
        "出生",
        "生人",
        "籍贯",
        "人，",
        "党员",
        "学历",
        "学位",
        "博士",
        "硕士",
        "入党",
        "参加工作",
        "民盟",
        "九三学社",
        "无党派",
    ]
    .iter()
    .any(|w| field.contains(w))
        || field.chars().count() <= 6 && field.ends_with('人') && !field.contains("负责")
}

/// `NAME，女，汉族，1976年3月生，ORG post。`: the short biography of
/// official lists and profiles gives gender, ethnicity, organization and post.
fn bios(doc: &Doc, out: &mut Extraction) {
    let lx = Lexicon::get();
    let ps = persons(out);
    let orgs = out.mentions_of(&[Kind::Organization]);
    let places = out.mentions_of(&[Kind::Place]);
    let honors = out.mentions_of(&[Kind::Honor]);
    for m in ps {
        let sentence = doc.sentence_of(m.start);
        // A list's line: NAME（女，回族）　ORG post, its note read already.
        let listed = super::person::aside_after(doc, m.end)
            .filter(|&e| matches!(doc.chars.get(e), Some(' ' | '，' | ',')))
            .or_else(|| (doc.chars.get(m.end) == Some(&' ')).then_some(m.end))
            .filter(|_| out.entities[m.entity].delegate_to.is_some());
        // 党的二十大代表周某敏，女，壮族，…: the delegate's title may open it.
        let titled = || {
            doc.congresses().iter().any(|c| {
                c.1 + 2 == m.start
                    && doc.at(c.1, "代表")
                    && (super::person::item_start(doc, c.0)
                        || (doc.ends_with_at(c.0, "党的")
                            && super::person::item_start(doc, c.0 - 2)))
            })
        };
        if !(super::person::item_start(doc, m.start) || titled())
            || !(listed.is_some() || matches!(doc.chars.get(m.end), Some('，' | ',')))
        {
            continue;
        }
        let mut pos = listed.unwrap_or(m.end) + 1;
        let (mut gender, mut ethnicity, mut fields) = (None, None, 0);
        loop {
            let end = (pos..sentence.end)
                .find(|&i| matches!(doc.chars[i], '，' | ',' | '。' | '；'))
                .unwrap_or(sentence.end);
            let field = doc.slice(pos..end);
            // A field naming a place or body is the post (博士生导师 there is no degree).
            let names_body = orgs.iter().chain(places.iter()).any(|o| o.start == pos);
            if names_body {
                break;
            }
            if field == "男" || field == "女" {
                gender = Some(field);
            } else if lx.ethnic_groups.contains(field) {
                ethnicity = Some(field);
            } else if !is_bio_field(field) {
                break;
            }
            fields += 1;
            pos = end + 1;
            if end >= sentence.end {
                break;
            }
        }
        if fields == 0 && listed.is_none() {
            continue;
        }
        let person = &mut out.entities[m.entity];
        person.gender = person.gender.take().or(gender.map(str::to_string));
        person.ethnicity = person.ethnicity.take().or(ethnicity.map(str::to_string));
        // The post: places, then the organization, then the title.
        let Some(o) = org_after_places(pos, &places, &orgs) else {
            continue;
        };
        let end = clause_end(doc, o.end);
        let post = doc.slice(o.end..end);
        if is_post_list(post) {
            let org = top_org(out, o.entity);
            out.relate(
                m.entity,
                Pred::MemberOf,
                Object::Entity(org),
                sentence.clone(),
            );
            out.relate(
                m.entity,
                Pred::Position,
                Object::Text(post.to_string()),
                sentence.clone(),
            );
            // …高级技师，全国技术能手。: titles of honor as the next fields.
            let mut at = end;
            while at < sentence.end && matches!(doc.chars[at], '，' | ',' | '、') {
                let Some(h) = honors.iter().find(|h| h.start == at + 1) else {
                    break;
                };
                let close = if doc.at(h.end, "获得者") {
                    h.end + 3
                } else {
                    h.end
                };
                if !matches!(
                    doc.chars.get(close),
                    Some('，' | ',' | '、' | '。' | '；') | None
                ) {
                    break;
                }
                out.relate(
                    m.entity,
                    Pred::ReceivedHonor,
                    Object::Entity(h.entity),
                    sentence.clone(),
                );
                at = close;
            }
        }
    }
}

/// An organization lies in the innermost place its name contains.
fn org_places(doc: &Doc, out: &mut Extraction) {
    let lx = Lexicon::get();
    let orgs = out.mentions_of(&[Kind::Organization]);
    let places = out.mentions_of(&[Kind::Place]);
    for o in orgs {
        if out
            .relations
            .iter()
            .any(|r| r.subject == o.entity && r.pred == Pred::LocatedIn)
        {
            continue;
        }
        // A department is placed through its parent.
        if out
            .relations
            .iter()
            .any(|r| r.subject == o.entity && r.pred == Pred::PartOf)
        {
            continue;
        }
        // 江苏支援湖北医疗队: a team is from the place it comes from, not
        // the one it is sent to.
        let sent_to = |p: &Mention| {
            ["支援", "援", "赴"]
                .iter()
                .any(|w| doc.ends_with_at(p.start, w))
        };
        let (sent, inside): (Vec<&Mention>, Vec<&Mention>) = places
            .iter()
            .filter(|p| p.start >= o.start && p.end <= o.end)
            .partition(|p| sent_to(p));
        // The deepest place: one that no other place inside lies within.
        let innermost = inside.iter().copied().max_by_key(|p| {
            let e = &out.entities[p.entity];
            let depth = e.division.map(|d| lx.ancestors(d).len()).unwrap_or(4);
            (depth, p.start)
        });
        let place = innermost.map(|p| p.entity).or_else(|| {
            sent.is_empty()
                .then(|| place_in_name(out, &out.entities[o.entity].label))
                .flatten()
        });
        if let Some(p) = place {
            out.relate(
                o.entity,
                Pred::LocatedIn,
                Object::Entity(p),
                doc.sentence_of(o.start),
            );
        }
    }
}

/// A place the article names that opens an organization's name, when the
/// name came whole from the lexicon (广西广播电视台 → 广西).
fn place_in_name(out: &Extraction, label: &str) -> Option<EntityId> {
    let lx = Lexicon::get();
    // The longest start of the name that is a place name.
    let chars: Vec<char> = label.chars().collect();
    let divisions: Vec<usize> = (2..chars.len()).rev().find_map(|k| {
        let prefix: String = chars[..k].iter().collect();
        let ids: Vec<usize> = lx
            .kinds(&prefix)
            .iter()
            .filter_map(|k| match k {
                crate::lexicon::LexKind::Place { id, .. } => Some(*id),
                _ => None,
            })
            .collect();
        (!ids.is_empty()).then_some(ids)
    })?;
    out.entities
        .iter()
        .position(|e| e.kind == Kind::Place && e.division.is_some_and(|d| divisions.contains(&d)))
}

/// Verbs of receiving an honor (授予 and 命名为 are the granter's).
/// Does the sentence open with a post taken and no subject (2016年起任某
/// 社区党委书记、居委会主任，曾获…): it goes on about the one before.
fn subjectless(doc: &Doc, sentence: &Range<usize>) -> bool {
    let mut p = sentence.start;
    let year = doc.digits_at(p, 5);
    if year == 4 && doc.at(p + 4, "年") {
        p += 5;
        p += ["起", "以来", "，"]
            .iter()
            .find(|w| doc.at(p, w))
            .map_or(0, |w| w.chars().count());
    }
    ["现任", "曾任", "历任", "担任", "任", "现为"]
        .iter()
        .any(|w| doc.at(p, w))
}

/// Bodies that open a clause as its subject (担任党委书记以来，企业先后
/// 荣获…: the company holds the titles, not its secretary).
const BODY_SUBJECTS: &[&str] = &[
    "企业",
    "公司",
    "集团",
    "工厂",
    "全厂",
    "该厂",
    "学校",
    "该校",
    "全校",
    "医院",
    "该院",
    "村里",
    "全村",
    "该村",
    "团队",
    "班组",
    "车间",
    "单位",
    "合作社",
    "社区",
    "街道",
];

/// Does the clause holding `at` open with a body and the verb of receiving
/// (perhaps after an adverb: 企业先后荣获, 村里也被评为)?
fn body_clause(doc: &Doc, sentence: &Range<usize>, at: usize) -> bool {
    let clause = doc.clause_start(at, sentence.start);
    BODY_SUBJECTS.iter().any(|w| {
        if !doc.at(clause, w) {
            return false;
        }
        let p = after_adverbs(doc, clause + w.chars().count(), &["相继", "多次"]);
        RECEIVING.iter().any(|r| doc.at(p, r))
    })
}

const RECEIVING: &[&str] = &[
    "荣获",
    "获得",
    "获评",
    "被评为",
    "被授予",
    "荣膺",
    "被命名为",
    "荣立",
    "荣记",
    "获",
    "入选",
    "被表彰为",
    "捧回",
    "摘得",
    "斩获",
];

fn honors(doc: &Doc, out: &mut Extraction) {
    let hs = out.mentions_of(&[Kind::Honor]);
    let holders = out.mentions_of(&[Kind::Person, Kind::Organization]);
    // Who may stand right before a verb of receiving (places too: 某街道).
    let named = out.mentions_of(&[Kind::Person, Kind::Organization, Kind::Place]);
    let villages: Vec<Mention> = out
        .mentions_of(&[Kind::Place])
        .into_iter()
        .filter(|m| out.entities[m.entity].level == Some("village"))
        .collect();
    for &h in &hs {
        let sentence = doc.sentence_of(h.start);
        let text = doc.slice(sentence.start..h.start);
        // The end of the 、-list of honors this one stands in: 全国劳动模范、
        // 全国五一劳动奖章获得者 cues both.
        let mut tail = h.end;
        while doc.chars.get(tail) == Some(&'、') {
            match hs.iter().find(|n| n.start == tail + 1) {
                Some(n) => tail = n.end,
                None => break,
            }
        }
        // 孙某燕是全国劳动模范, 他是…: a person is the title.
        let copula = h.start >= 2
            && doc.chars[h.start - 1] == '是'
            && (matches!(doc.chars[h.start - 2], '他' | '她')
                || holders.iter().any(|m| {
                    out.entities[m.entity].kind == Kind::Person
                        && (m.end + 1 == h.start || (m.end + 3 == h.start && doc.at(m.end, "代表")))
                }));
        if let Some(m) = apposed_holder(doc, out, &holders, h, tail, &sentence) {
            out.relate(
                m,
                Pred::ReceivedHonor,
                Object::Entity(h.entity),
                sentence.clone(),
            );
            continue;
        }
        // 她是全国三八红旗手，也是全国优秀党务工作者: the copula goes on.
        let also = ["，也是", "，还是", "，同时也是"]
            .iter()
            .any(|w| doc.ends_with_at(h.start, w))
            && (text.contains("他是") || text.contains("她是"));
        let cued = honor::CUES.iter().any(|c| text.contains(c))
            || copula
            || also
            || text.contains("成为")
            || (tail..=tail + 2).any(|p| doc.at(p, "称号"))
            || winner_at(doc, tail);
        if !cued {
            continue;
        }
        // 党的二十大代表、“时代楷模”获得者、某村党支部书记申某: the winner
        // named after the posts of the same phrase.
        // 还有获得“全国五一劳动奖章”的某车间主任赵某: the honor describes
        // the person named after it.
        let described = {
            let open = h.start - usize::from(h.start > 0 && doc.chars[h.start - 1] == '“');
            let mut e = tail + usize::from(doc.chars.get(tail) == Some(&'”'));
            if doc.at(e, "称号") {
                e += 2;
            }
            doc.at(e, "的") && RECEIVING.iter().any(|w| doc.ends_with_at(open, w))
        };
        let winner_after = || {
            if !(winner_at(doc, tail) || described) {
                return None;
            }
            holders
                .iter()
                .filter(|m| out.entities[m.entity].kind == Kind::Person && m.start > tail)
                .min_by_key(|m| m.start)
                .filter(|m| {
                    m.end <= sentence.end
                        && !doc.chars[tail..m.start]
                            .iter()
                            .any(|&c| matches!(c, '，' | ',' | '。' | '；'))
                })
                .map(|m| m.entity)
        };
        let anchor = doc.slice(h.start..h.end);
        // 某区湖南路街道荣获“全国…模范集体”: the one named right before the
        // verb holds it, whatever was named earlier in the sentence.
        let subject = named
            .iter()
            .filter(|m| {
                m.end < h.start && m.start >= sentence.start && !out.entities[m.entity].author
            })
            .max_by_key(|m| (m.end, std::cmp::Reverse(m.start)))
            .filter(|m| {
                let between = doc.slice(m.end..h.start).replace(['“', '”', '"'], "");
                RECEIVING.contains(&between.as_str())
            })
            .map(|m| m.entity);
        let holder = if let Some(s) = subject {
            Some(s)
        } else if anchor.ends_with('村') || anchor.contains("村镇") {
            // A village title goes to the village named last before it.
            villages
                .iter()
                .filter(|v| v.end <= h.start)
                .max_by_key(|v| v.end)
                .map(|v| v.entity)
        } else {
            // Titles of bodies (爱婴医院, 示范点, 先锋号, 先进集体) go to an
            // organization, personal ones (劳动奖章, 红旗手) to a person; each
            // falls back to the other kind.
            // 荣立集体二等功: a team's merit.
            let for_bodies =
                COLLECTIVE.iter().any(|w| anchor.contains(w)) || doc.ends_with_at(h.start, "集体");
            // 任某所在的班组获得…: her group holds it, not she.
            let stands_for_group = |m: &Mention| {
                out.entities[m.entity].kind == Kind::Person
                    && ["所在", "带领"]
                        .iter()
                        .any(|w| doc.slice(m.end..h.start).contains(w))
            };
            // 被中宣部授予: the body after 被 grants the title, and so does one
            // right before the verb of granting (被中共中央、国务院授予).
            // 全国人大代表: a body named in a delegate's title holds nothing.
            let grantor = |m: &Mention| {
                out.entities[m.entity].kind == Kind::Organization
                    && (doc.ends_with_at(m.start, "被")
                        || doc.ends_with_at(m.start, "由")
                        || ["授予", "追授", "命名", "颁发", "表彰", "代表"]
                            .iter()
                            .any(|w| doc.at(m.end, w)))
            };
            let before: Vec<&Mention> = holders
                .iter()
                .filter(|m| {
                    m.end <= h.start
                        && m.start >= sentence.start
                        && !out.entities[m.entity].author
                        && !stands_for_group(m)
                        && !grantor(m)
                })
                .collect();
            let nearest = |kind: Kind| {
                before
                    .iter()
                    .filter(|m| out.entities[m.entity].kind == kind)
                    .max_by_key(|m| (m.end, std::cmp::Reverse(m.start)))
                    .map(|m| m.entity)
            };
            let (first, second) = if for_bodies {
                (Kind::Organization, Kind::Person)
            } else {
                (Kind::Person, Kind::Organization)
            };
            // 他被授予…: a pronoun stands for the person named last before.
            let pronoun = || {
                let said = doc.chars[sentence.start..h.start]
                    .iter()
                    .any(|&c| matches!(c, '他' | '她'));
                // (Or a sentence with no subject, in the same paragraph.)
                let bare = subjectless(doc, &sentence);
                // Not a speaker quoted about the subject by what they are
                // (同事沙某：他常说…); the subject may speak (王某：…).
                let last = holders
                    .iter()
                    .filter(|m| {
                        m.end <= h.start
                            && out.entities[m.entity].kind == Kind::Person
                            && !out.entities[m.entity].author
                            && !(matches!(doc.chars.get(m.end), Some('：' | ':'))
                                && super::person::named_by_role(doc, m.start))
                    })
                    .max_by_key(|m| m.end);
                last.filter(|m| {
                    said || (bare && doc.paragraph_of(m.start) == doc.paragraph_of(h.start))
                })
                .map(|m| m.entity)
            };
            // A personal title goes to the person a pronoun stands for
            // before an organization (中宣部授予他“时代楷模”称号: the
            // organization grants it).
            // A body's title goes to no person (邬某创办的服务站被授予“…先进
            // 集体”), unless it is a family's.
            if for_bodies {
                nearest(first).or_else(|| nearest(second).filter(|_| anchor.contains("家庭")))
            } else {
                winner_after()
                    .or_else(|| nearest(first))
                    .or_else(pronoun)
                    .or_else(|| nearest(second))
            }
        };
        let Some(holder) = holder else { continue };
        if out.entities[holder].kind == Kind::Person && body_clause(doc, &sentence, h.start) {
            continue;
        }
        // 甲、某公司技术中心主任乙获得…: each person of the 、-run that ends
        // in the holder, in the honor's clause.
        let mut all = vec![holder];
        if out.entities[holder].kind == Kind::Person {
            let clause = doc.clause_start(h.start, sentence.start);
            let mut run: Vec<&Mention> = holders
                .iter()
                .filter(|m| {
                    out.entities[m.entity].kind == Kind::Person
                        && m.start >= clause
                        && m.end <= h.start
                })
                .collect();
            run.sort_by_key(|m| m.start);
            if run.last().is_some_and(|m| m.entity == holder) {
                for m in run.iter().rev().skip(1) {
                    if doc.chars.get(m.end) != Some(&'、') {
                        break;
                    }
                    all.push(m.entity);
                }
            }
        }
        for holder in all {
            out.relate(
                holder,
                Pred::ReceivedHonor,
                Object::Entity(h.entity),
                sentence.clone(),
            );
        }
    }
}

/// The person a personal title stands before, as a title before a name:
/// 全国劳动模范赵某, “时代楷模”高某, or with posts between (全国劳动模范、
/// 某公司车间主任赵某). `tail` ends the 、-list of titles `h` stands in.
fn apposed_holder(
    doc: &Doc,
    out: &Extraction,
    holders: &[Mention],
    h: Mention,
    tail: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let anchor = doc.slice(h.start..h.end);
    if COLLECTIVE.iter().any(|w| anchor.contains(w)) || anchor.ends_with('村') {
        return None;
    }
    let mut e = tail;
    while matches!(doc.chars.get(e), Some('”' | '"')) {
        e += 1;
    }
    let people: Vec<Mention> = holders
        .iter()
        .filter(|m| out.entities[m.entity].kind == Kind::Person && !out.entities[m.entity].author)
        .copied()
        .collect();
    let right_after = people.iter().find(|m| m.start == e);
    // 全国劳动模范、某公司车间主任甲: posts between.
    let after_posts = || {
        (doc.chars.get(e) == Some(&'、'))
            .then(|| named_after_posts(doc, &people, e, sentence.end, super::is_clause_break))
            .flatten()
    };
    right_after.or_else(after_posts).map(|m| m.entity)
}

/// The person named after posts that follow `from` (党的二十大代表、某公司
/// 班长甲; 全国劳动模范、某公司车间主任甲): near, with none of `breaks`
/// between.
fn named_after_posts<'m>(
    doc: &Doc,
    people: &'m [Mention],
    from: usize,
    end: usize,
    breaks: impl Fn(char) -> bool,
) -> Option<&'m Mention> {
    people.iter().find(|p| {
        p.start > from + 1
            && p.start - from <= DELEGATE_REACH
            && p.end <= end
            && !doc.chars[from + 1..p.start].iter().any(|&c| breaks(c))
            && is_personal_post_list(&doc.slice(from + 1..p.start).replace(['“', '”'], ""))
    })
}

/// Does 获得者 follow an honor ending at `e` (after its closing quote)?
fn winner_at(doc: &Doc, e: usize) -> bool {
    doc.at(e, "获得者") || (doc.chars.get(e) == Some(&'”') && doc.at(e + 1, "获得者"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::{assert_delegates, has_rel, labels};

    /// The ordinals of the congresses a person is a delegate to, sorted.
    fn congresses_of(out: &Extraction, name: &str) -> Vec<u32> {
        let id = out.find(Kind::Person, name).expect("the person");
        let mut congresses: Vec<u32> = out
            .relations
            .iter()
            .filter(|r| r.subject == id && r.pred == Pred::DelegateTo)
            .filter_map(|r| match r.object {
                Object::Entity(c) => out.entities[c].ordinal,
                _ => None,
            })
            .collect();
        congresses.sort();
        congresses
    }

    extractor_test!(
        honors_by_more_verbs_and_to_the_right_holder,
        "当选代表中，有某村党支部书记李某华，还有获得“全国五一劳动奖章”的某集团熔炼车间主任赵某明。党的二十大代表王丽萍入选“最美奋斗者”。刘某英被党中央、国务院表彰为全国劳动模范。党的二十大代表季红英先后捧回全国五一劳动奖章、江苏省劳动模范等荣誉。邬某芝创办的服务站，被授予“全国拥军优属先进集体”。",
        |out| {
            assert!(has_rel(&out, "赵某明", Pred::ReceivedHonor, "全国五一劳动奖章"));
            assert!(!has_rel(&out, "李某华", Pred::ReceivedHonor, "全国五一劳动奖章"));
            assert!(has_rel(&out, "王丽萍", Pred::ReceivedHonor, "最美奋斗者"));
            assert!(has_rel(&out, "刘某英", Pred::ReceivedHonor, "全国劳动模范"));
            assert!(has_rel(&out, "季红英", Pred::ReceivedHonor, "江苏省劳动模范"));
            assert!(!has_rel(&out, "邬某芝", Pred::ReceivedHonor, "全国拥军优属先进集体"));
        }
    );

    extractor_test!(
        delegates_listed_after_a_count_elected_after_the_report_or_acting_as_one,
        "宣讲团共有成员15名，其中党的二十大代表2名，分别是：某村党支部书记刘春花，某医院急诊科主任谭志远。其中二十大代表2名，分别是孙立伟、邓佳敏。某省第十二次党代会选举产生了出席党的二十大代表。我校教授韩建军同志光荣当选。一年前，来自某村的朱彩霞，作为党的二十大代表走进人民大会堂。中央和国家机关选举产生出席党的二十大代表。国家气候中心首席预报员宋立华也在当选之列。",
        |out| {
            assert_delegates(&out, &["刘春花", "谭志远", "孙立伟", "邓佳敏", "韩建军", "朱彩霞", "宋立华"], 20);
        }
    );

    extractor_test!(
        a_bare_delegate_title_before_a_name,
        "党的二十大广西代表团举行全体会议。代表李红来自某县。蒙古族女代表乌云其其格说，很好。职工代表张伟说，很好。",
        |out| {
            assert_delegates(&out, &["李红", "乌云其其格"], 20);
            let zhang = out.find(Kind::Person, "张伟").expect("a person");
            assert!(out.entities[zhang].delegate_to.is_none());
        }
    );

    extractor_test!(
        a_post_after_a_lead_in_a_note_or_you,
        "据介绍，张建国是西吉县红岩村党支部书记。代表蓝海涛（瑶族）是都安县地苏镇中心小学校长。当选的代表中，有红旗村党支部书记王立新。",
        |out| {
            assert!(has_rel(&out, "张建国", Pred::MemberOf, "红岩村党支部"));
            assert!(has_rel(&out, "蓝海涛", Pred::MemberOf, "地苏镇中心小学"));
            assert!(has_rel(&out, "王立新", Pred::MemberOf, "红旗村党支部"));
        }
    );

    extractor_test!(
        elected_with_bei_xuanju_wei,
        "塔山煤矿综采一队队长赵满仓被选举为出席党的二十大代表。李宏伟、王建国等5名同志被选举为山西省出席党的二十大代表。",
        |out| {
            assert_delegates(&out, &["赵满仓", "李宏伟", "王建国"], 20);
            let elected = out.statistics.iter().find(|s| s.count == Some(5)).expect("the count");
            assert_eq!(elected.label, "山西省出席党的二十大代表");
        }
    );

    extractor_test!(
        a_local_delegates_profile_under_a_national_banner,
        "【喜迎二十大·代表风采】大山深处的“点灯人”\n\n校长潘某凤已经在交汇村小学守了24年。潘某凤是不久前闭幕的中国共产党贵州省第十三次代表大会代表。",
        |out| {
            let id = out.find(Kind::Person, "潘某凤").unwrap();
            assert_eq!(out.entities[id].delegate_to, None);
        }
    );

    extractor_test!(
        a_bodys_titles_are_not_its_secretarys,
        "王某国担任党委书记以来，企业先后荣获全国文明单位、全国五一劳动奖状。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::ReceivedHonor));
        }
    );

    extractor_test!(
        delegates_by_more_wordings,
        "今年6月，潭头村党总支书记罗金生在江西省第十五次党代会上再次当选为党的二十大代表。村党支部书记李某英被推选为党的二十大代表。快递员柴某峰是宏达物流有限公司的一名快递员，也是一名党的二十大代表。王某国当选解放军和武警部队出席党的二十大代表。党的二十大代表、种粮大户王某兰说，今年秋粮又是大丰收。",
        |out| {
            assert_delegates(&out, &["罗金生", "李某英", "柴某峰", "王某国", "王某兰"], 20);
        }
    );

    extractor_test!(
        a_list_of_the_elected_with_their_posts,
        "全区有3名同志当选党的二十大代表，他们分别是：区委书记刘某洋，柳青街道河东社区党委书记孙某兰（女），某机械有限公司焊接技师高某军。全县2名同志当选党的二十大代表，他们分别是赵某华、钱某明。",
        |out| {
            assert_delegates(&out, &["刘某洋", "孙某兰", "高某军", "赵某华", "钱某明"], 20);
        }
    );

    extractor_test!(
        delegates_in_older_wordings,
        "铁西区某家政服务社社长王某芝当选为出席党的十六大的代表。华西村党委书记吴某宝连任十七大代表。某村党委书记赵某林曾作为代表出席党的十六大。",
        |out| {
            assert_delegates(&out, &["王某芝", "赵某林"], 16);
            assert_delegates(&out, &["吴某宝"], 17);
        }
    );

    extractor_test!(
        a_delegate_speaking_next_and_a_corridors_host,
        "党的二十大湖南代表团举行分组讨论。花瑶村第一书记李某东代表接着说，要推进乡村振兴。党代表通道将再举办两场，大会新闻发言人孙某礼介绍。",
        |out| {
            assert_delegates(&out, &["李某东"], 20);
            let host = out.find(Kind::Person, "孙某礼").unwrap();
            assert_eq!(out.entities[host].delegate_to, None);
        }
    );

    extractor_test!(
        profiles_opened_by_name_heading_label_or_post,
        "周某涛，清华大学化学系教授，2019年获“全国优秀教师”称号。\n赵某强\n男，满族，1968年11月生，现为某集团首席技能专家。2021年，他被授予“全国五一劳动奖章”。\n【人物简介】熊某萍，女，1990年1月出生，现任某医院护士长。她被授予“四川省三八红旗手”。\n马某兰，女，回族，1976年生人。2016年起任龙沙区明月社区党委书记、居委会主任，曾获“全国优秀党务工作者”称号。",
        |out| {
            assert!(has_rel(&out, "周某涛", Pred::ReceivedHonor, "全国优秀教师"));
            assert!(has_rel(&out, "赵某强", Pred::ReceivedHonor, "全国五一劳动奖章"));
            assert!(has_rel(&out, "熊某萍", Pred::ReceivedHonor, "四川省三八红旗手"));
            assert!(has_rel(&out, "马某兰", Pred::ReceivedHonor, "全国优秀党务工作者"));
        }
    );

    extractor_test!(
        delegates_in_a_transcripts_captions,
        "【解说】党的二十大代表们在基层宣讲。\n【同期声】党的二十大代表 湖州市吴兴区妙西镇肇村村党委书记 沈某荣\n当选二十大代表，既是荣誉。\n【同期声】吴剑峰（党的二十大代表、国网福州供电公司带电作业班班长）\n不停电就是获得感。\n【同期声】市党代会代表 临沂市人民医院心内科护士长 刘某霞",
        |out| {
            assert_delegates(&out, &["沈某荣", "吴剑峰"], 20);
            let local = out.find(Kind::Person, "刘某霞").unwrap();
            assert_eq!(out.entities[local].delegate_to, None);
        }
    );

    extractor_test!(
        an_aged_pronoun_and_this_delegate,
        "王建国当选党的二十大代表。今年52岁的他，是佳县人民医院副院长。\n党的二十大代表分组讨论。记者见到了沂南县人民医院护士长于晓梅，这位二十大代表告诉记者，她带来了建议。",
        |out| {
            assert!(has_rel(&out, "王建国", Pred::MemberOf, "佳县人民医院"));
            assert_delegates(&out, &["于晓梅"], 20);
        }
    );

    extractor_test!(
        a_copula_goes_on_to_a_second_title,
        "王红当选党的二十大代表。她是全国三八红旗手，也是全国优秀党务工作者。",
        |out| {
            assert!(has_rel(&out, "王红", Pred::ReceivedHonor, "全国三八红旗手"));
            assert!(has_rel(
                &out,
                "王红",
                Pred::ReceivedHonor,
                "全国优秀党务工作者"
            ));
        }
    );

    extractor_test!(
        delegates_named_each_with_their_place,
        "出席党的二十大的甘肃代表团分组讨论。来自定西市安定区的代表陈亚军、酒泉市玉门市的代表王晓燕先后发言。",
        |out| {
            for name in ["陈亚军", "王晓燕"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
        }
    );

    extractor_test!(
        delegates_behind_honors_notes_lists_and_clauses,
        "党的二十大代表、全国劳动模范王某国说，要把声音带上去。当选党的二十大代表后，李某明说，责任重大。刘某伟、陈某兰等当选为党的二十大代表。赵某芳（女，藏族）当选为党的二十大代表。选举产生的出席党的二十大代表有：孙某民、周某梅（女）、吴某强。郑某华、钱某等2名同志当选为党的二十大代表。孙某民说：“我获得了全国劳动模范荣誉称号。”",
        |out| {
            assert_delegates(
                &out,
                &["王某国", "李某明", "刘某伟", "陈某兰", "赵某芳", "孙某民", "周某梅", "吴某强", "郑某华", "钱某"],
                20,
            );
            let zhao = out.find(Kind::Person, "赵某芳").unwrap();
            let zhou = out.find(Kind::Person, "周某梅").unwrap();
            assert_eq!(out.entities[zhou].gender.as_deref(), Some("女"));
            assert!(out.find(Kind::Person, "荣誉").is_none());
            // A note in prose is read as a list's note is.
            assert_eq!(out.entities[zhao].gender.as_deref(), Some("女"));
            assert_eq!(out.entities[zhao].ethnicity.as_deref(), Some("藏族"));
        }
    );

    extractor_test!(
        the_one_named_before_the_verb_holds_the_honor,
        "江苏省委、省政府日前召开表彰大会，南京市鼓楼区湖南路街道荣获“全国民族团结进步模范集体”称号。国务院授予“全国民族团结进步模范集体”称号。",
        |out| {
            assert!(has_rel(&out, "湖南路街道", Pred::ReceivedHonor, "全国民族团结进步模范集体"));
            assert!(!out.relations.iter().any(|r| r.pred == Pred::ReceivedHonor
                && out.entities[r.subject].label.contains("省委")));
        }
    );

    extractor_test!(
        a_persons_group_holds_its_honor,
        "班长任丽静所在的班组先后获得全国三八红旗集体、全国青年文明号等荣誉。任丽静本人被评为全国三八红旗手。",
        |out| {
            assert!(!has_rel(&out, "任丽静", Pred::ReceivedHonor, "全国青年文明号"));
            assert!(!has_rel(&out, "任丽静", Pred::ReceivedHonor, "全国三八红旗集体"));
            assert!(has_rel(&out, "任丽静", Pred::ReceivedHonor, "全国三八红旗手"));
        }
    );

    extractor_test!(
        profile_sentence_gives_delegate_membership_and_post,
        "钱某云是党的二十大代表，北京儿童医院重症医学科和内科教研室名誉主任。",
        |out| {
            assert_delegates(&out, &["钱某云"], 20);
            assert!(has_rel(&out, "钱某云", Pred::MemberOf, "北京儿童医院"));
            assert!(has_rel(
                &out,
                "钱某云",
                Pred::Position,
                "重症医学科和内科教研室名誉主任"
            ));
            assert!(has_rel(&out, "北京儿童医院", Pred::LocatedIn, "北京"));
        }
    );

    extractor_test!(
        elected_as_delegate,
        "近日，东风村党支部书记李红梅同志当选为党的二十大代表。技术员吴海峰成为一名党的二十大代表。赵某明当选为党的二十大代表候选人。",
        |out| {
            for (name, delegate) in [("李红梅", true), ("吴海峰", true), ("赵某明", false)] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to.is_some(), delegate, "{name}");
            }
        }
    );

    extractor_test!(
        elected_as_a_provinces_delegate_or_by_a_pronoun,
        "会议选举产生了新一届省委。吴长松同志还当选为安徽省出席党的二十大代表。2013年，罗小燕当选全国人大代表；今年，她又当选党的二十大代表。",
        |out| {
            for name in ["吴长松", "罗小燕"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
        }
    );

    extractor_test!(
        a_pronoun_stands_for_the_one_person_just_named,
        "张某华说，她的丈夫、村医李某也在家。她是党的二十大代表。\n王某说，很光荣。她是党的二十大代表。",
        |out| {
            let id = out.find(Kind::Person, "李某").unwrap();
            assert_eq!(out.entities[id].delegate_to, None);
            assert_delegates(&out, &["王某"], 20);
        }
    );

    extractor_test!(
        no_delegate_of_the_peoples_congress,
        "十四届全国人大一次会议湖北代表团代表周某某说，要学习贯彻党的二十大精神。会议介绍了张某某、李某某等党的二十大代表候选人的先进事迹。",
        |out| {
            for name in ["周某某", "张某某", "李某某"] {
                if let Some(id) = out.find(Kind::Person, name) {
                    assert_eq!(out.entities[id].delegate_to, None, "{name}");
                }
            }
        }
    );

    extractor_test!(
        a_delegate_of_a_delegation,
        "出席党的二十大的湖北代表团代表周国华在驻地接受采访。",
        |out| {
            assert_delegates(&out, &["周国华"], 20);
            assert!(has_rel(&out, "周国华", Pred::MemberOf, "湖北代表团"));
        }
    );

    extractor_test!(
        a_fellow_delegate,
        "同为党的二十大代表的寿光市蔬菜高科技示范园技术员李春燕也在现场。同为党的二十大代表的王某丽说，很光荣。李某华也是党的二十大代表。",
        |out| {
            for name in ["李春燕", "王某丽", "李某华"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
        }
    );

    extractor_test!(
        names_before_deng_and_the_title,
        "座谈会上，宋春来、孔维东等党的二十大代表参加了讨论。",
        |out| {
            for name in ["宋春来", "孔维东"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
        }
    );

    extractor_test!(
        a_list_of_groups_is_no_post_list,
        "座谈会上，党的二十大代表、老党员代表、青年代表张某华先后发言。",
        |out| {
            if let Some(id) = out.find(Kind::Person, "张某华") {
                assert_eq!(out.entities[id].delegate_to, None);
            }
        }
    );

    extractor_test!(
        a_pronoun_subject_of_a_post,
        "王淑芬说，很光荣。她是山东省临沂市沂南县铜井镇竹泉村党支部书记。",
        |out| {
            assert!(has_rel(&out, "王淑芬", Pred::MemberOf, "竹泉村党支部"));
        }
    );

    extractor_test!(
        a_name_then_its_organization_post_and_delegate_title,
        "郑某明是广西汽车集团有限公司的首席技能专家。李某珍是永善县卫生院副院长、党的十九大代表。",
        |out| {
            assert!(has_rel(
                &out,
                "郑某明",
                Pred::MemberOf,
                "广西汽车集团有限公司"
            ));
            assert!(has_rel(&out, "郑某明", Pred::Position, "首席技能专家"));
            assert!(has_rel(&out, "李某珍", Pred::Position, "副院长"));
            let id = out.find(Kind::Person, "李某珍").unwrap();
            assert_eq!(out.entities[id].delegate_to, Some(19));
        }
    );

    extractor_test!(
        delegate_to_two_congresses,
        "王淑芬说，很光荣。王淑芬连续当选党的十九大、二十大代表。张某明当选后，党的二十大代表李某红发言。赵某东成为党的二十大代表人选。",
        |out| {
            assert_eq!(congresses_of(&out, "王淑芬"), [19, 20]);
            // Not across a clause break, nor a candidate.
            for name in ["张某明", "赵某东"] {
                if let Some(id) = out.find(Kind::Person, name) {
                    assert_eq!(out.entities[id].delegate_to, None, "{name}");
                }
            }
        }
    );

    extractor_test!(
        delegate_before_several_posts,
        "党的二十大代表、中国科学院院士、浙江大学教授陈光明表示，科技是第一生产力。党的二十大代表、“时代楷模”获得者、张庄村党支部书记申某亮接受采访。",
        |out| {
            for name in ["陈光明", "申某亮"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
            assert!(has_rel(&out, "申某亮", Pred::ReceivedHonor, "时代楷模"));
        }
    );

    extractor_test!(
        biographies_under_a_delegates_heading,
        "某某省出席第二十次全国代表大会代表简介（部分）\n1. 张海涛，男，汉族，1970年5月生，白云区大源村党委书记。\n2. 黄丽萍，女，汉族，1983年2月生。她的同事王某华，女，也很优秀。",
        |out| {
            for (name, delegate) in [("张海涛", true), ("黄丽萍", true)] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to.is_some(), delegate, "{name}");
            }
            // A numbered biography gives the post as an unnumbered one does.
            assert!(has_rel(&out, "张海涛", Pred::MemberOf, "大源村党委"));
        }
    );

    extractor_test!(
        org_post_name_and_list,
        "大会主席团常务委员会委员王晓晖、黄强在主席台前排就座。",
        |out| {
            assert!(has_rel(
                &out,
                "王晓晖",
                Pred::MemberOf,
                "大会主席团常务委员会"
            ));
            assert!(has_rel(
                &out,
                "黄强",
                Pred::MemberOf,
                "大会主席团常务委员会"
            ));
            assert!(out.entities.iter().all(|e| e.delegate_to.is_none()));
        }
    );

    extractor_test!(
        honors_go_to_their_holder,
        "钱某云是党的二十大代表。从事临床工作以来，钱某云先后荣获全国“三八”红旗手、“最美医生”等荣誉称号。",
        |out| {
            assert!(has_rel(
                &out,
                "钱某云",
                Pred::ReceivedHonor,
                "全国三八红旗手"
            ));
            assert!(has_rel(&out, "钱某云", Pred::ReceivedHonor, "最美医生"));
        }
    );

    extractor_test!(
        a_colleague_named_after_a_delegate_is_not_one,
        "二十大代表钱某云的学生、急诊科主任王荃说，她很严格。",
        |out| {
            let wq = out.find(Kind::Person, "王荃").unwrap();
            assert_eq!(out.entities[wq].delegate_to, None);
        }
    );

    extractor_test!(
        official_biography_gives_gender_ethnicity_and_post,
        "马晓清，男，回族，1969年11月生，中共党员，青海柴达木锂盐材料集团有限公司电解分厂工段长。他曾获全国五一劳动奖章。",
        |out| {
            let p = out.find(Kind::Person, "马晓清").unwrap();
            assert_eq!(out.entities[p].gender.as_deref(), Some("男"));
            assert_eq!(out.entities[p].ethnicity.as_deref(), Some("回族"));
            assert!(has_rel(&out, "马晓清", Pred::MemberOf, "青海柴达木锂盐材料集团有限公司"));
        }
    );

    extractor_test!(
        a_pronoun_holds_the_honor_of_the_person_before,
        "杨光明说，要多跑几趟。2019年，他被授予“全国优秀乡村医生”称号。卫生院被评为“全国群众满意的乡镇卫生院”。",
        |out| {
            assert!(has_rel(&out, "杨光明", Pred::ReceivedHonor, "全国优秀乡村医生"));
            assert!(!has_rel(&out, "杨光明", Pred::ReceivedHonor, "全国群众满意的乡镇卫生院"));
        }
    );

    extractor_test!(
        member_of_the_delegation_and_the_village_committee,
        "习近平同志来到他所在的党的二十大广西代表团。二十大代表刘春华是广西苍梧县山坪村人，2005年回到山坪村任村委会主任算起,刘春华已扎根17年。",
        |out| {
            assert!(has_rel(&out, "习近平", Pred::MemberOf, "广西代表团"));
            assert!(has_rel(&out, "刘春华", Pred::MemberOf, "山坪村村委会"));
            assert!(has_rel(&out, "刘春华", Pred::Position, "村委会主任"));
        }
    );

    extractor_test!(
        department_post_and_lexicon_org_place,
        "北京儿童医院急诊内科主任王荃是她的学生。资料|广西广播电视台。广西是少数民族自治区。",
        |out| {
            assert!(has_rel(&out, "王荃", Pred::MemberOf, "北京儿童医院"));
            assert!(has_rel(&out, "广西广播电视台", Pred::LocatedIn, "广西"));
        }
    );

    extractor_test!(
        coming_from_an_org_and_a_title_that_opens_with_its_suffix,
        "来自广汽集团的二十大代表、高级技师王红说，要加快发展。深圳市南山区党工委书记黄启明说，要服务群众。",
        |out| {
            assert!(has_rel(&out, "王红", Pred::MemberOf, "广汽集团"));
            assert!(has_rel(&out, "黄启明", Pred::MemberOf, "南山区党工委"));
            assert!(has_rel(&out, "黄启明", Pred::Position, "书记"));
        }
    );

    extractor_test!(
        corridor_speakers_are_delegates,
        "党的二十大首场“党代表通道”开启。来自基层的张晓红说，乡村变美了。会场外，游客李明远拍照留念。",
        |out| {
            let z = out.find(Kind::Person, "张晓红").unwrap();
            assert_eq!(out.entities[z].delegate_to, Some(20));
            if let Some(l) = out.find(Kind::Person, "李明远") {
                assert_eq!(out.entities[l].delegate_to, None);
            }
        }
    );

    extractor_test!(
        mentioning_honors_without_holder_gives_no_relation,
        "全国劳动模范评选工作启动。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::ReceivedHonor));
        }
    );

    extractor_test!(
        a_delegate_speaking_at_a_delegation_meeting,
        "出席党的二十大的广东代表团举行全体会议。中山大学党委书记陈某声代表说，要勇担使命。会上，王晓林说，很受鼓舞。",
        |out| {
            let c = out.find(Kind::Person, "陈某声").unwrap();
            assert_eq!(out.entities[c].delegate_to, Some(20));
            // Speaking without 代表 says nothing of being one.
            let w = out.find(Kind::Person, "王晓林").unwrap();
            assert_eq!(out.entities[w].delegate_to, None);
        }
    );

    extractor_test!(
        a_delegate_named_after_daibiao_speaking,
        "湖南代表团讨论党的二十大报告。来自十八洞村的代表龙某英说，报告让她振奋。全国人大代表李某华表示，很受鼓舞。来自临沧市的代表杨某光、赵某华也先后发言。",
        |out| {
            for n in ["杨某光", "赵某华"] {
                let id = out.find(Kind::Person, n).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{n}");
            }
            let d = out.find(Kind::Person, "龙某英").unwrap();
            assert_eq!(out.entities[d].delegate_to, Some(20));
            // 人大代表 is another body's deputy.
            let n = out.find(Kind::Person, "李某华").unwrap();
            assert_eq!(out.entities[n].delegate_to, None);
        }
    );

    extractor_test!(
        a_post_in_a_department_named_after_renxian,
        "钱某梁，男，汉族，中共党员，现任上海飞机制造有限公司数控加工车间主任。",
        |out| {
            assert!(has_rel(
                &out,
                "钱某梁",
                Pred::MemberOf,
                "上海飞机制造有限公司"
            ));
            assert!(has_rel(&out, "钱某梁", Pred::Position, "数控加工车间主任"));
        }
    );

    extractor_test!(
        one_of_a_units_people,
        "二十大代表李某是国网浙江省电力有限公司宁波供电公司的一名电工。二十大代表张某是上海飞机制造有限公司的一名普通员工。二十大代表赵某是上海飞机制造有限公司的骄傲。二十大代表钱某是北京协和医院的一名患者。",
        |out| {
            assert!(has_rel(&out, "李某", Pred::MemberOf, "国网浙江省电力有限公司宁波供电公司"));
            assert!(has_rel(&out, "李某", Pred::Position, "电工"));
            assert!(has_rel(&out, "张某", Pred::MemberOf, "上海飞机制造有限公司"));
            let zhang = out.find(Kind::Person, "张某").unwrap();
            assert!(!out.relations.iter().any(|r| r.subject == zhang && r.pred == Pred::Position));
            for n in ["赵某", "钱某"] {
                let id = out.find(Kind::Person, n).unwrap();
                assert!(!out.relations.iter().any(|r| r.subject == id && r.pred == Pred::MemberOf), "{n}");
            }
        }
    );

    extractor_test!(
        an_organization_that_grants_a_title_does_not_hold_it,
        "张某民说，治沙是一辈子的事业。2019年，中共中央宣传部授予他“时代楷模”称号；2020年，他被评为全国先进工作者。",
        |out| {
            assert!(has_rel(&out, "张某民", Pred::ReceivedHonor, "时代楷模"));
            assert!(has_rel(&out, "张某民", Pred::ReceivedHonor, "全国先进工作者"));
            let held_by_orgs = out.relations.iter().any(|r| {
                r.pred == Pred::ReceivedHonor && out.entities[r.subject].kind == Kind::Organization
            });
            assert!(!held_by_orgs);
        }
    );

    extractor_test!(
        a_biography_closing_on_the_delegate_title,
        "张某民说，治沙是一辈子的事业。张某民，1965年出生于赤峰市，现为赤峰市林业和草原局高级工程师、党的二十大代表。王某说，党的二十大代表来了。",
        |out| {
            let z = out.find(Kind::Person, "张某民").unwrap();
            assert_eq!(out.entities[z].delegate_to, Some(20));
            let w = out.find(Kind::Person, "王某").unwrap();
            assert_eq!(out.entities[w].delegate_to, None);
            assert!(has_rel(&out, "张某民", Pred::MemberOf, "赤峰市林业和草原局"));
            assert!(has_rel(&out, "张某民", Pred::Position, "高级工程师"));
        }
    );

    extractor_test!(
        joining_a_delegations_discussion,
        "10月16日下午，王某同志参加了党的二十大广东代表团讨论。李某参加了座谈会。",
        |out| {
            assert!(has_rel(&out, "王某", Pred::MemberOf, "广东代表团"));
            assert!(
                out.relations
                    .iter()
                    .filter(|r| r.pred == Pred::MemberOf)
                    .count()
                    == 1
            );
        }
    );

    extractor_test!(
        the_head_of_a_delegation,
        "党的二十大云南代表团举行全体会议。云南代表团团长、省委书记王某主持会议。村支书李某华说，很振奋。",
        |out| {
            assert!(has_rel(&out, "王某", Pred::MemberOf, "云南代表团"));
            assert!(has_rel(&out, "王某", Pred::Position, "团长、省委书记"));
            assert!(out.find(Kind::Person, "李某华").is_some());
        }
    );

    extractor_test!(
        persons_named_among_the_elected,
        "大会选举产生了出席党的二十大代表64名。当选代表中，既有领导干部，也有基层模范，如社区党委书记方某、煤矿队长程志刚等，省委书记赵某某表示祝贺。方某的母亲李某说，很高兴。",
        |out| {
            for n in ["方某", "程志刚"] {
                let id = out.find(Kind::Person, n).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{n}");
            }
            for n in ["李某", "赵某某"] {
                let id = out.find(Kind::Person, n).unwrap();
                assert_eq!(out.entities[id].delegate_to, None, "{n}");
            }
        }
    );

    extractor_test!(
        delegates_speaking_after_a_title_or_an_aside,
        "湖北代表团讨论党的二十大报告。黄冈市委书记李某某代表表示，要振兴。来自基层的吴某（武汉市江岸区百步亭社区党委书记）代表介绍，社区变化很大。",
        |out| {
            for n in ["李某某", "吴某"] {
                let id = out.find(Kind::Person, n).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{n}");
            }
            assert!(has_rel(&out, "吴某", Pred::MemberOf, "百步亭社区党委"));
            assert!(has_rel(&out, "吴某", Pred::Position, "书记"));
        }
    );

    extractor_test!(
        a_delegate_whose_post_is_a_trade,
        "党的二十大代表、数控铣工刘建明正在调试一台新设备。",
        |out| {
            assert_delegates(&out, &["刘建明"], 20);
        }
    );

    extractor_test!(
        honors_listed_before_a_holder_word,
        "车间主任刘建明说，要精益求精。他是全国劳动模范、全国五一劳动奖章获得者。",
        |out| {
            assert!(has_rel(&out, "刘建明", Pred::ReceivedHonor, "全国劳动模范"));
            assert!(has_rel(
                &out,
                "刘建明",
                Pred::ReceivedHonor,
                "全国五一劳动奖章"
            ));
        }
    );

    extractor_test!(
        the_elected_listed_after_the_figure,
        "大会还选举产生了江苏省出席党的二十大代表75名。吴某隆、许昆林、张义珍等同志当选。王晓林当选省委书记。",
        |out| {
            for n in ["吴某隆", "许昆林", "张义珍"] {
                let id = out.find(Kind::Person, n).unwrap_or_else(|| panic!("{n}"));
                assert_eq!(out.entities[id].delegate_to, Some(20), "{n}");
            }
            let w = out.find(Kind::Person, "王晓林").unwrap();
            assert_eq!(out.entities[w].delegate_to, None);
        }
    );

    extractor_test!(
        delegates_among_the_elected_in_other_words,
        "选举产生了出席党的二十大代表60名。他们中，有某集团高级工程师孙雨晴。在当选代表中，有牧民次仁旺堆。当选的二十大代表中，有番响村党支部书记王亚妹。",
        |out| {
            assert_delegates(&out, &["孙雨晴", "次仁旺堆", "王亚妹"], 20);
        }
    );

    extractor_test!(
        an_occupation_before_a_listed_delegate,
        "党的二十大代表、长庆油田采油工王建军说，要多产油。来自苏尼特右旗的牧民代表巴特尔·宝音说，要守护北疆。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["巴特尔·宝音", "王建军"]
            );
            assert_delegates(&out, &["王建军"], 20);
        }
    );

    extractor_test!(
        biographies_under_a_heading_for_some_delegates,
        "【代表风采】我省出席党的二十大部分代表简介（三）\n编者按：本报今起刊发代表简介。\n高某山，男，汉族，1968年生，某厂车间主任。",
        |out| {
            assert_delegates(&out, &["高某山"], 20);
        }
    );

    extractor_test!(
        a_title_by_copula_and_not_to_its_grantor,
        "挡车工孙某燕代表是全国劳动模范。李某梅被中宣部授予“时代楷模”称号。",
        |out| {
            assert!(has_rel(&out, "孙某燕", Pred::ReceivedHonor, "全国劳动模范"));
            // 李某梅 alone is not found as a name; the grantor still holds nothing.
            assert!(!has_rel(
                &out,
                "中央宣传部",
                Pred::ReceivedHonor,
                "时代楷模"
            ));
        }
    );

    extractor_test!(
        a_pronoun_passes_over_a_quoted_colleague,
        "二十大代表风采丨王某呷：走完大凉山的邮路\n同事沙马拉哈：他常说，邮包就是乡亲们的心。\n他先后获得全国五一劳动奖章等荣誉。",
        |out| {
            assert!(has_rel(&out, "王某呷", Pred::ReceivedHonor, "全国五一劳动奖章"));
            assert!(!has_rel(&out, "沙马拉哈", Pred::ReceivedHonor, "全国五一劳动奖章"));
        }
    );

    extractor_test!(
        a_pronoun_stands_for_the_subject_who_speaks,
        "专访党的二十大代表\n记者：您有什么体会？\n王某芳：扎根基层很光荣。\n她先后获得全国三八红旗手等荣誉。",
        |out| {
            assert!(has_rel(&out, "王某芳", Pred::ReceivedHonor, "全国三八红旗手"));
        }
    );

    extractor_test!(
        a_delegate_in_apposition_or_as_one,
        "李某燕，党的二十大代表，三山村党委书记。作为党的二十大代表，王建平感到责任重大。李某，二十大代表王某的女儿，考上了大学。",
        |out| {
            assert_delegates(&out, &["李某燕", "王建平"], 20);
            let id = out.find(Kind::Person, "李某");
            assert!(id.is_none_or(|id| out.entities[id].delegate_to.is_none()));
        }
    );

    extractor_test!(
        every_name_of_an_elected_list_is_a_delegate,
        "我省出席党的二十大代表选举产生。王建胜、李某兰、赵某军当选为出席党的二十大代表。会议选举孙某华、周某明为甘肃省出席党的二十大代表。",
        |out| {
            assert_delegates(&out, &["王建胜", "李某兰", "赵某军", "孙某华", "周某明"], 20);
        }
    );

    extractor_test!(
        a_local_congress_profile_has_no_national_delegate,
        "市第八次党代会代表风采\n“老黄牛”周某芳\n本报记者 李某\n周某芳今年48岁，在村里工作了20年。周某芳说，村子要建设好。",
        |out| {
            let id = out.find(Kind::Person, "周某芳").unwrap();
            assert_eq!(out.entities[id].delegate_to, None);
        }
    );

    extractor_test!(
        a_title_before_a_name_is_held_by_that_person,
        "全国劳动模范赵某国当选为党的十七大代表。“时代楷模”高某荣说，要守好边疆。某油田分公司采油工、全国劳动模范张某明说，油田要发展。全国劳动模范、某公司车间主任钱某亮说，要练好本领。全国文明村王家村变了样。",
        |out| {
            for (who, title) in [
                ("赵某国", "全国劳动模范"),
                ("高某荣", "时代楷模"),
                ("张某明", "全国劳动模范"),
                ("钱某亮", "全国劳动模范"),
            ] {
                assert!(has_rel(&out, who, Pred::ReceivedHonor, title), "{who}");
            }
            let villager = out
                .relations
                .iter()
                .any(|r| r.pred == Pred::ReceivedHonor && out.entities[r.subject].kind == Kind::Person
                    && matches!(&r.object, Object::Entity(id) if out.entities[*id].label == "全国文明村"));
            assert!(!villager);
        }
    );

    extractor_test!(
        the_newly_elected_named_are_delegates,
        "陕西选出出席党的十七大代表\n新当选的代表中，有全国劳动模范、某集团公司数控车间主任赵某国，也有某村党支部书记李某兰。",
        |out| {
            assert_delegates(&out, &["赵某国", "李某兰"], 17);
        }
    );

    extractor_test!(
        delegates_named_before_deng_daibiao_or_after_a_quote,
        "党的二十大贵州代表团举行全体会议。杨昌武、龙秀梅、王志刚等代表在发言中表示，要谱写新篇章。“我们要守好边境线。”代表次仁说。",
        |out| {
            assert_delegates(&out, &["杨昌武", "龙秀梅", "王志刚", "次仁"], 20);
        }
    );

    extractor_test!(
        a_later_clause_makes_the_subject_a_delegate,
        "吉克某呷是昭觉县人民医院妇产科主任，也是党的二十大代表。记者陈某采访了一位村医，也是党的二十大代表。",
        |out| {
            assert_delegates(&out, &["吉克某呷"], 20);
            let reporter = out.find(Kind::Person, "陈某");
            assert!(reporter.is_none_or(|id| out.entities[id].delegate_to.is_none()));
        }
    );

    extractor_test!(
        posts_reach_the_name_over_a_title_and_both_bodies_hold_it,
        "黄河油田采油厂高级技师、党的二十大代表张德亮说，油田要发展。清河县王庄镇西村党支部书记、村委会主任杨某文说，收入增长了。全国人大代表、江北省农业科学院研究员刘国华也表示赞同。",
        |out| {
            assert!(has_rel(&out, "张德亮", Pred::MemberOf, "黄河油田采油厂"));
            assert!(has_rel(&out, "杨某文", Pred::MemberOf, "西村党支部"));
            assert!(has_rel(&out, "杨某文", Pred::MemberOf, "西村村委会"));
            assert!(has_rel(&out, "刘国华", Pred::MemberOf, "江北省农业科学院"));
            assert!(!out.relations.iter().any(|r| r.pred == Pred::MemberOf
                && out.entities[r.subject].label == "刘国华"
                && matches!(&r.object, Object::Entity(id) if out.entities[*id].label.contains("人民代表大会"))));
        }
    );

    extractor_test!(
        an_elided_or_dated_subject_is_still_elected,
        "何晓雨说，要扎根基层。2021年，何晓雨获得中国青年五四奖章，今年又当选为党的二十大代表。王秀芝说，技术要好。王秀芝2017年当选为党的十九大代表。张秀英说，要带好队伍。张秀英于2012年10月当选为党的十八大代表。",
        |out| {
            assert_delegates(&out, &["何晓雨"], 20);
            assert_delegates(&out, &["王秀芝"], 19);
            assert_delegates(&out, &["张秀英"], 18);
        }
    );

    extractor_test!(
        merits_are_honors_of_who_earned_them,
        "王海龙说，要练兵备战。入伍第三年，王海龙荣立一等功，此后又先后荣立二等功2次。",
        |out| {
            assert!(has_rel(&out, "王海龙", Pred::ReceivedHonor, "一等功"));
            assert!(has_rel(&out, "王海龙", Pred::ReceivedHonor, "二等功"));
        }
    );

    extractor_test!(
        delegates_as_one_by_their_own_words_or_attending,
        "作为一名来自高校的党的二十大代表，陈立军说，要让农民用上好品种。周建国说：“作为党的二十大代表，我要把声音带上去。”",
        |out| {
            assert_delegates(&out, &["陈立军", "周建国"], 20);
        }
    );

    extractor_test!(
        a_bare_delegate_title_after_the_posts,
        "党的十九大河南代表团举行讨论。黄河省人民医院儿科主任、代表秦春燕表示，要培训医生。正在北京出席党的十九大的张建华代表接受了记者采访。",
        |out| {
            assert_delegates(&out, &["秦春燕", "张建华"], 19);
            assert!(has_rel(&out, "秦春燕", Pred::MemberOf, "黄河省人民医院"));
        }
    );

    extractor_test!(
        no_delegate_for_one_who_only_speaks_leads_or_is_beside,
        "省委组织部副部长张建国介绍，当选为党的二十大代表的同志都是优秀党员。张建国说，要建设好村子。张建国是村党支部书记，他的妻子是村医，也是党的二十大代表。李红梅说，要建设好村子。李红梅，丈夫在县医院工作，也是党的二十大代表。",
        |out| {
            for name in ["张建国", "李红梅"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, None, "{name}");
            }
        }
    );

    extractor_test!(
        a_local_congress_opening_the_report_wins_over_a_mentioned_national_one,
        "市第十三次党代会首场“代表通道”开启。张建国说，要以优异成绩迎接党的二十大胜利召开。李红梅、王建华等代表在发言中表示，要迎接党的二十大。",
        |out| {
            for name in ["张建国", "李红梅", "王建华"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, None, "{name}");
            }
        }
    );

    extractor_test!(
        unit_and_team_honors_are_not_the_persons,
        "全国五一劳动奖状、某化工公司总经理张建国说，企业要发展。李红梅说，要练兵备战。2020年，李红梅带领的班组荣立集体二等功。",
        |out| {
            let personal = out
                .relations
                .iter()
                .any(|r| r.pred == Pred::ReceivedHonor && out.entities[r.subject].kind == Kind::Person);
            assert!(!personal);
        }
    );

    extractor_test!(
        a_pronoun_right_after_a_quote,
        "吉克阿呷说：“我要把乡亲们的心声带到北京去。”她是党的二十大代表。",
        |out| {
            assert_delegates(&out, &["吉克阿呷"], 20);
        }
    );

    extractor_test!(
        one_elected_as_a_delegate_named_after_de,
        "村民们富了起来，当选为党的二十大代表的李红梅说，要继续努力。省委组织部副部长张建国介绍，当选为党的二十大代表的同志都是优秀党员。",
        |out| {
            assert_delegates(&out, &["李红梅"], 20);
            let id = out.find(Kind::Person, "张建国").unwrap();
            assert_eq!(out.entities[id].delegate_to, None);
        }
    );

    extractor_test!(
        where_the_subject_worked_or_now_serves,
        "党的二十大代表卢某栋说。卢某栋一直在洛阳拖拉机厂工作，后来调到宇通客车公司。党的二十大代表沈某铭说。2010年回国后，他一直从事材料研究，现任南京大学物理系主任。",
        |out| {
            assert!(has_rel(&out, "卢某栋", Pred::MemberOf, "洛阳拖拉机厂"));
            assert!(has_rel(&out, "卢某栋", Pred::MemberOf, "宇通客车公司"));
            assert!(has_rel(&out, "沈某铭", Pred::MemberOf, "南京大学"));
            assert!(!has_rel(&out, "卢某栋", Pred::MemberOf, "南京大学"));
        }
    );

    extractor_test!(
        delegates_of_a_meeting_and_of_a_bare_election,
        "出席党的二十大的某某代表团举行全体会议。张某新代表、李某代表先后发言。某省选举产生出席党的二十大代表47名。刘某芬当选为代表，王某也当选代表。",
        |out| {
            assert_delegates(&out, &["刘某芬", "张某新", "李某", "王某"], 20);
        }
    );

    extractor_test!(
        an_honor_goes_to_the_person_not_the_granting_body,
        "王某被中共中央、国务院授予“全国脱贫攻坚楷模”称号。刘某芬是第十三届全国人大代表，曾获全国先进工作者称号。",
        |out| {
            assert!(has_rel(&out, "王某", Pred::ReceivedHonor, "全国脱贫攻坚楷模"));
            assert!(has_rel(&out, "刘某芬", Pred::ReceivedHonor, "全国先进工作者"));
            let to_bodies = out.relations.iter().any(|r| {
                r.pred == Pred::ReceivedHonor && out.entities[r.subject].kind == Kind::Organization
            });
            assert!(!to_bodies);
        }
    );

    extractor_test!(
        elected_names_each_after_a_post,
        "某省选举产生出席党的二十大代表47名。小学教师刘某芬、村党支部书记王某当选。",
        |out| {
            assert_delegates(&out, &["刘某芬", "王某"], 20);
        }
    );

    extractor_test!(
        a_scene_at_a_workplace_opens_the_sentence,
        "在南京大学的实验室里，党的二十大代表、研究员沈立铭正和学生们讨论数据。在某县中心学校三年级教室里，孩子们都习惯叫女教师王某芳“阿妈老师”。",
        |out| {
            assert!(has_rel(&out, "沈立铭", Pred::MemberOf, "南京大学"));
            assert!(has_rel(&out, "沈立铭", Pred::Position, "研究员"));
            assert!(!out.relations.iter().any(|r| r.pred == Pred::Position
                && matches!(&r.object, Object::Text(t) if t.contains("孩子"))));
        }
    );

    extractor_test!(
        a_scene_on_a_rig_and_a_delegate_of_two_congresses,
        "在新疆塔里木油田分公司的钻井平台上，党的二十大代表王某国正在检查设备。刘某峰曾是党的十九大代表，今年再次当选党的二十大代表。",
        |out| {
            assert!(has_rel(&out, "王某国", Pred::MemberOf, "新疆塔里木油田分公司"));
            assert_eq!(congresses_of(&out, "刘某峰"), [19, 20]);
        }
    );

    extractor_test!(
        elected_delegates_after_their_posts,
        "大会选举产生了某省出席党的二十大代表85名。某市委书记李某峰、某市委书记黄某飞也当选为代表。当选二十大代表的某县某村党支部书记潘某林说，要把实践带到北京。",
        |out| {
            assert_delegates(&out, &["李某峰", "黄某飞", "潘某林"], 20);
        }
    );

    extractor_test!(
        a_biography_closing_on_titles_of_honor,
        "蒋某勇，男，汉族，四川长虹电器股份有限公司高级技师，全国技术能手、全国劳动模范。",
        |out| {
            assert!(has_rel(&out, "蒋某勇", Pred::Position, "高级技师"));
            assert!(has_rel(&out, "蒋某勇", Pred::ReceivedHonor, "全国技术能手"));
            assert!(has_rel(&out, "蒋某勇", Pred::ReceivedHonor, "全国劳动模范"));
        }
    );

    extractor_test!(
        elected_a_delegate_before_the_posts,
        "某省选举产生出席党的二十大代表。当选代表、某市第一人民医院主任医师林某敏表示，要把心声带到大会上。",
        |out| {
            assert_delegates(&out, &["林某敏"], 20);
        }
    );

    extractor_test!(
        joining_a_company_or_a_village_branch,
        "党的二十大代表梁志强说。2010年，梁志强加入华为技术有限公司。1998年，他加入中国共产党。向春梅，女，1980年出生，现任长岭村党支部书记。",
        |out| {
            assert!(has_rel(&out, "梁志强", Pred::MemberOf, "华为技术有限公司"));
            assert!(!has_rel(&out, "梁志强", Pred::MemberOf, "中国共产党"));
            assert!(has_rel(&out, "向春梅", Pred::MemberOf, "长岭村党支部"));
        }
    );

    extractor_test!(
        delegates_answering_at_the_corridor,
        "党的二十大首场“党代表通道”10月16日开启。\n代表甘振华（某研究院总设计师）：我们团队攻克了难题。\n李红梅代表：我们村变了样。",
        |out| {
            assert_delegates(&out, &["李红梅", "甘振华"], 20);
        }
    );

    extractor_test!(
        a_biography_opened_by_the_delegate_title,
        "党的二十大代表周慧敏，女，壮族，1975年出生，广西医科大学第一附属医院急诊科主任。",
        |out| {
            assert!(has_rel(
                &out,
                "周慧敏",
                Pred::MemberOf,
                "广西医科大学第一附属医院"
            ));
            let id = out.find(Kind::Person, "周慧敏").unwrap();
            assert_eq!(out.entities[id].ethnicity.as_deref(), Some("壮族"));
            assert_eq!(out.entities[id].gender.as_deref(), Some("女"));
        }
    );

    extractor_test!(
        a_team_is_from_where_it_comes_not_where_it_goes,
        "周慧敏作为广西第一批支援湖北医疗队队员赴武汉。她的同事随江苏支援湖北医疗队出发。",
        |out| {
            assert!(has_rel(&out, "江苏支援湖北医疗队", Pred::LocatedIn, "江苏"));
            let to_hubei = out.relations.iter().any(|r| {
                r.pred == Pred::LocatedIn
                    && out.entities[r.subject].kind == Kind::Organization
                    && matches!(r.object, Object::Entity(o) if out.entities[o].label == "湖北")
            });
            assert!(!to_hubei);
        }
    );
}
