//! Persons: Chinese names (2–4 characters, compound surnames, minority names
//! with a middle dot) found where the text signals a name: after a title or
//! role (院长路生梅, 委员王某、李某), before a speech or address word (X说,
//! X同志, X总书记), as a heading (钱某某：…), and in official delegate lists
//! (notes such as （女，回族） become gender and ethnicity). A name found
//! once is then found everywhere in the article. jieba's person tag alone
//! counts only for a name it tags at least twice.

use super::{article::congress_mentions, is_clause_break, Doc, Extraction, Extractor, Kind};
use crate::lexicon::Lexicon;
use crate::pipeline::normalize::is_han;
use crate::segment::{self, Pos};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

pub struct PersonExtractor;

/// Characters that cannot end a name and that mark its right edge when they
/// follow one (是, 说, 在 ...).
const STOP_CHARS: &[char] = &[
    '是', '说', '在', '同', '向', '和', '与', '的', '等', '为', '从', '把', '被', '对', '也', '都',
    '就', '还', '又', '已', '将', '曾', '一', '到', '给', '让', '带', '去', '来', '称', '告', '指',
    '表', '介', '认', '主', '作', '以', '及', '今', '当', '则', '却', '便', '并', '所', '着', '了',
    '有', '更', '很', '最', '要', '会', '能', '这', '那', '每', '各', '几', '该', '感', '始', '常',
    '不', '没', '先', '多', '再', '亲', '时', '早', '自',
];

/// Characters common in given names (国强, 志正) that stop a name only when
/// they open the word they usually open (强调, 正在).
const STOP_PAIRS: &[(char, char)] = &[('强', '调'), ('正', '在')];

/// Does a name stop at `pos` (a stop character, or the start of 强调)?
fn stop_at(doc: &Doc, pos: usize) -> bool {
    let c = doc.chars[pos];
    match STOP_PAIRS.iter().find(|p| p.0 == c) {
        Some(&(_, next)) => doc.chars.get(pos + 1) == Some(&next),
        None => STOP_CHARS.contains(&c),
    }
}

/// Stop characters that open a verb after a name (告诉, 表示, 主持) but end
/// a word before one (主任, 同时): they do not mark a name's left edge.
const VERB_OPENERS: &[char] = &[
    '称', '告', '指', '表', '介', '认', '主', '作', '感', '始', '常', '先', '多', '亲', '时', '早',
];

/// Does a name start right after a stop character at `pos - 1` (在, 是, 和 ...)?
fn stop_before(doc: &Doc, pos: usize) -> bool {
    let c = doc.chars[pos - 1];
    STOP_CHARS.contains(&c) && !VERB_OPENERS.contains(&c)
}

/// Can a name start at `s` as far as the text before it goes: the text's
/// start, punctuation or other non-Han text, or a stop character?
fn open_before(doc: &Doc, s: usize) -> bool {
    s == 0 || !is_han(doc.chars[s - 1]) || stop_before(doc, s)
}

/// Can a name end at `e` as far as the text after it goes: the text's end,
/// punctuation or other non-Han text, or a stop character?
fn open_after(doc: &Doc, e: usize) -> bool {
    e == doc.len() || !is_han(doc.chars[e]) || stop_at(doc, e)
}

/// Words right after a name that mark it as one.
const RIGHT_CUES: &[&str] = &[
    // 李某燕，党的二十大代表，…: the title in apposition.
    "，党的二十大代表",
    "，二十大代表",
    "，党的十九大代表",
    "，十九大代表",
    "说",
    "表示",
    "介绍",
    "指出",
    "强调",
    "认为",
    "告诉",
    "主持",
    "同志",
    "总书记",
    "回忆",
    "坦言",
    "谈到",
    "讲道",
    "笑着说",
    "感慨",
    "当选",
    "是党的",
    "是二十大",
    "也是党的",
    "也是二十大",
    "曾是党的",
    "曾当选",
    "今年当选",
    "光荣当选",
    "连续当选",
    "再次当选",
    "也当选",
    "又当选",
    "被选为",
    "被选举为",
    // 宋某华也在当选之列.
    "在当选之列",
    "也在当选之列",
    "成为党的",
    // An honor won (and POSTS_TAKEN, found with these).
    "荣获",
    // 刘某芬是第十三届全国人大代表, 是全国政协委员.
    "是第十",
    "是全国人大",
    "是全国政协",
    // The end of a list of the elected: 甲、乙等同志当选, 甲、乙等当选.
    "等同志",
    "等当选",
    "等光荣当选",
    // 甲、乙等党的二十大代表; 甲、乙等代表在发言中表示.
    "等党的",
    "等二十大",
    "等代表",
    // 甲、乙等在主席台前排就座; 甲、乙等出席会议.
    "等在主席台",
    "在主席台就座",
    "在主席台前排就座",
    "等出席",
    // 甲代表第十九届中央委员会向大会作报告: on behalf of a body.
    "代表第十",
    "代表党中央",
    "代表中共中央",
    "代表大会主席团",
];

/// Speech words after 代表 that make the person before a speaking delegate
/// (陈某某代表说, at a delegation's meeting).
const DELEGATE_SPEAKS: &[&str] = &[
    "说", "表示", "认为", "指出", "介绍", "建议", "谈到", "告诉", "提到",
];

/// Does 代表 and a speech word start at `pos` (陈某某|代表表示), perhaps
/// with when it was said between (代表在讨论中说, 代表在发言时表示)?
pub fn delegate_speaks_at(doc: &Doc, pos: usize) -> bool {
    if !doc.at(pos, "代表") {
        return false;
    }
    let mut p = pos + 2;
    if doc.at(p, "在") {
        let during = (p + 1..doc.len().min(p + 8))
            .take_while(|&k| is_han(doc.chars[k]))
            .find(|&k| matches!(doc.chars[k], '中' | '时'));
        if let Some(k) = during {
            p = k + 1;
            if matches!(doc.chars.get(p), Some('，' | ',')) {
                p += 1;
            }
        }
    }
    // 张某新代表、李某代表先后发言: the next delegate of the list speaks
    // for both.
    if matches!(doc.chars.get(p), Some('、' | '和')) {
        if let Some(k) = (p + 3..doc.len().min(p + 7))
            .take_while(|&k| is_han(doc.chars[k - 1]))
            .find(|&k| doc.at(k, "代表"))
        {
            return delegate_speaks_at(doc, k);
        }
    }
    // 李某代表接着说, 李某代表第一个发言, 李某代表接过话筒说.
    if let Some(w) = ["接着", "随后", "首先", "率先", "第一个", "接过话筒"]
        .iter()
        .find(|w| doc.at(p, w))
    {
        p += w.chars().count();
        if doc.at(p, "发言") {
            return true;
        }
    }
    DELEGATE_SPEAKS
        .iter()
        .chain(DELEGATE_VIEWS)
        .any(|w| doc.at(p, w))
}

/// Other words after X代表 that make X a delegate giving a view or being
/// described (在赵某丰代表看来, 正如邹某华代表所言, 韩某新代表则…, 代表也…,
/// 孙某燕代表是…, 林某涛代表刚从…归来); not 代表公司 (on behalf of).
const DELEGATE_VIEWS: &[&str] = &[
    "看来",
    "所言",
    "所说",
    "则",
    "也",
    "还",
    "坦言",
    "感慨",
    "呼吁",
    "提出",
    "谈道",
    "说道",
    "回忆",
    "发言",
    "先后",
    "是",
    "刚",
    "长期",
    "已经",
    "一直",
    "第一次",
    "对记者",
    "来自",
    "多年",
    // 张某代表接受了记者采访.
    "接受",
    // 甲代表：… (a question answered at the delegates' corridor).
    "：",
];

/// Is a name at `s` named after 代表 that opens its phrase (来自…的代表
/// 龙某某, after 的, a clause break or the paragraph's start), so that 人大代表
/// or 职工代表 do not count?
pub fn named_after_daibiao(doc: &Doc, s: usize) -> bool {
    s >= 2
        && doc.ends_with_at(s, "代表")
        && (s - 2 == doc.paragraph_of(s).start
            || doc.chars[s - 3] == '的'
            // “……”代表次某说: after the quote the speaker's words close;
            // 某医院儿科主任、代表秦某说: the last of the posts.
            || matches!(doc.chars[s - 3], '”' | '"' | '、')
            || is_clause_break(doc.chars[s - 3]))
}

/// Where the speaker's name ends before a quote opening at `q` (陈某说：“,
/// 陈某：“, 陈某表示，“).
pub fn speaker_before(doc: &Doc, q: usize) -> Option<usize> {
    if q < 2 || !matches!(doc.chars[q - 1], '：' | ':' | '，') {
        return None;
    }
    let e = q - 1;
    let word = DELEGATE_SPEAKS.iter().find(|w| doc.ends_with_at(e, w));
    Some(word.map_or(e, |w| e - w.chars().count()))
}

/// Does a speech word follow `e` closely in its sentence (说, 也先后发言)?
pub fn speaks_after(doc: &Doc, e: usize) -> bool {
    let end = doc.sentence_of(e.saturating_sub(1)).end.min(e + 6);
    (e..end).any(|p| {
        DELEGATE_SPEAKS
            .iter()
            .chain(&["发言"])
            .any(|w| doc.at(p, w))
    })
}

/// Where the bracketed aside ending right before `pos` opens (吴某|（…）|代表),
/// if one does: at most 40 characters, with no bracket inside.
pub fn aside_before(doc: &Doc, pos: usize) -> Option<usize> {
    if pos == 0 || !matches!(doc.chars[pos - 1], '）' | ')') {
        return None;
    }
    (pos.saturating_sub(42)..pos - 1)
        .rev()
        .take_while(|&i| !matches!(doc.chars[i], '）' | ')' | '\n'))
        .find(|&i| matches!(doc.chars[i], '（' | '('))
}

/// Where the bracketed aside opening at `pos` ends (吴某|（…）|代表): the
/// position after its closing bracket, within the same bounds as
/// [`aside_before`].
pub fn aside_after(doc: &Doc, pos: usize) -> Option<usize> {
    if !matches!(doc.chars.get(pos), Some('（' | '(')) {
        return None;
    }
    (pos + 1..doc.len().min(pos + 42))
        .take_while(|&i| !matches!(doc.chars[i], '（' | '(' | '\n'))
        .find(|&i| matches!(doc.chars[i], '）' | ')'))
        .map(|i| i + 1)
}

/// Does a word that marks the name before it start at `pos`?
fn right_cue_at(doc: &Doc, pos: usize) -> bool {
    if cues(doc).right.get(pos) == Some(&true) {
        // 先后担任, 同时兼任, 2015年起担任: a post taken after a word that
        // ends no name.
        return !(pos > 0
            && POSTS_TAKEN.iter().any(|w| doc.at(pos, w))
            && "后时起年还也又曾均都并再亦即".contains(doc.chars[pos - 1]));
    }
    delegate_speaks_at(doc, pos)
        || titled_at(doc, pos)
        || as_delegate_at(doc, pos)
        || year_then_post(doc, pos)
        || conferred_at(doc, pos)
        || counted_elected_at(doc, pos)
}

/// 朱某霞作为党的二十大代表走进…, 朱某霞，作为党的二十大代表，…: the one
/// acting as a congress's delegate.
fn as_delegate_at(doc: &Doc, pos: usize) -> bool {
    let k = match doc.chars.get(pos) {
        Some('作') if doc.at(pos, "作为") => pos + 2,
        Some('，') if doc.at(pos, "，作为") => pos + 3,
        _ => return false,
    };
    doc.congresses()
        .iter()
        .any(|c| c.0 == k && doc.at(c.1, "代表") && !doc.at(c.1, "代表大会"))
}

/// Titles written after a name as a courtesy (我校王某军教授当选…).
pub(super) const TITLES_AFTER: &[&str] = &[
    "教授",
    "副教授",
    "研究员",
    "副研究员",
    "院士",
    "主任医师",
    "副主任医师",
    "高级工程师",
    "工程师",
    "老师",
    "医生",
    "博士",
];

/// Can a title of TITLES_AFTER start with `c`?
fn title_after_first(c: char) -> bool {
    matches!(
        c,
        '教' | '副' | '研' | '院' | '主' | '高' | '工' | '老' | '医' | '博'
    )
}

/// 王某军教授当选…, 李某华研究员说: a courtesy title after the name, then
/// an election or a speech.
fn titled_at(doc: &Doc, pos: usize) -> bool {
    // (Called at every character: the first one decides most; a test
    // keeps this match in step with TITLES_AFTER.)
    if !matches!(doc.chars.get(pos), Some(c) if title_after_first(*c)) {
        return false;
    }
    TITLES_AFTER.iter().any(|t| {
        doc.at(pos, t) && {
            let after = pos + t.chars().count();
            ["当选", "光荣当选", "同志当选", "说", "表示", "介绍"]
                .iter()
                .any(|w| doc.at(after, w))
        }
    })
}

/// 甲、乙等3名同志当选: the end of a counted list of the elected.
#[inline]
fn counted_elected_at(doc: &Doc, pos: usize) -> bool {
    doc.chars.get(pos) == Some(&'等') && counted_end(doc, pos + 1).is_some()
}

/// After `3名同志` or `3名` at `pos` and before 当选: where the verb starts.
pub fn counted_end(doc: &Doc, pos: usize) -> Option<usize> {
    let digits = doc.digits_at(pos, 4);
    if digits == 0 || !doc.at(pos + digits, "名") {
        return None;
    }
    let mut at = pos + digits + 1;
    if doc.at(at, "同志") {
        at += 2;
    }
    ["当选", "光荣当选", "被选举为", "被选为"]
        .iter()
        .any(|w| doc.at(at, w))
        .then_some(at)
}

/// 沈某铭现任某某大学物理系主任: a post taken, right after the name (cue
/// words, found with RIGHT_CUES).
const POSTS_TAKEN: &[&str] = &["现任", "担任", "曾任", "历任", "兼任"];

/// 杨某英2014年当选某村党支部书记, 王某2016年任…: a year, then a post
/// taken.
#[inline]
fn year_then_post(doc: &Doc, pos: usize) -> bool {
    if !doc.chars.get(pos).is_some_and(char::is_ascii_digit) {
        return false;
    }
    doc.digits_at(pos, 4) == 4
        && doc.at(pos + 4, "年")
        && ["当选", "任", "担任", "起任", "出任"]
            .iter()
            .any(|w| doc.at(pos + 5, w))
}

/// 王某被中共中央、国务院授予…称号: an honor conferred.
#[inline]
fn conferred_at(doc: &Doc, pos: usize) -> bool {
    if doc.chars.get(pos) != Some(&'被') {
        return false;
    }
    let end = doc.len().min(pos + 16);
    let clause = (pos + 1..end)
        .find(|&i| matches!(doc.chars[i], '，' | '。' | '；' | ',' | '“'))
        .unwrap_or(end);
    ["授予", "追授", "评为", "表彰为"]
        .iter()
        .any(|w| doc.slice(pos + 1..clause).contains(w))
}

/// Where the cue words stand in one article, found in one pass of an
/// automaton: the name rules ask at almost every character, and comparing
/// each cue word there cost more than segmenting the text.
pub(super) struct Cues {
    /// `right[i]`: a word of RIGHT_CUES starts at character `i`.
    right: Vec<bool>,
    /// `left[i]`: a word of LEFT_CUES ends at character `i`.
    left: Vec<bool>,
}

fn cues<'d>(doc: &'d Doc) -> &'d Cues {
    static RIGHT: OnceLock<AhoCorasick> = OnceLock::new();
    static LEFT: OnceLock<AhoCorasick> = OnceLock::new();
    doc.person_cues.get_or_init(|| {
        let right = RIGHT.get_or_init(|| {
            AhoCorasick::new(RIGHT_CUES.iter().chain(POSTS_TAKEN)).expect("cue words build")
        });
        let left = LEFT.get_or_init(|| AhoCorasick::new(LEFT_CUES).expect("cue words build"));
        let mut cues = Cues {
            right: vec![false; doc.len() + 1],
            left: vec![false; doc.len() + 1],
        };
        for m in right.find_overlapping_iter(doc.text) {
            cues.right[doc.char_at_byte(m.start())] = true;
        }
        for m in left.find_overlapping_iter(doc.text) {
            cues.left[doc.char_at_byte(m.end())] = true;
        }
        cues
    })
}

/// Words shaped like names that are not (原标题: is a heading label).
const NOT_NAMES: &[&str] = &[
    // A form of address jieba tags as a name.
    "师傅",
    "原标题",
    "标题",
    "主题",
    "引题",
    "副题",
    "来源",
    "编者按",
    "资料",
    "图片",
    "视频",
    "责编",
    "编辑",
    "作者",
    // Labels of a web page's header (时间：2022-10-19).
    "时间",
    "日期",
    "发布",
    "记者",
    // 荣获…荣誉称号: jieba tags the word as a name.
    "荣誉",
    "代表",
    // 代表占比超过四成: a word jieba's dictionary lacks.
    "占比",
    "占到",
    // 代表齐聚一堂: a verb jieba tags as a name.
    "齐聚",
    // 听取代表发言后指出.
    "发言",
    // The fields of a profile (籍贯：贵州雷山).
    "姓名",
    "性别",
    "民族",
    "籍贯",
    "学历",
    "职务",
    "职称",
    "简历",
];

/// Verbs of electing or appointing, before a name and 为 and a post.
const ELECTS: &[&str] = &["选举", "推选", "任命", "增补"];

/// Words right before a name that mark it as one (besides the titles lexicon).
const LEFT_CUES: &[&str] = &[
    "记者",
    "通讯员",
    "代表",
    "候选人",
    "家长",
    "患者",
    "村民",
    "群众",
    "学生",
    "徒弟",
    "师傅",
    "同事",
    "丈夫",
    "妻子",
    "女儿",
    "儿子",
    // Speakers quoted by what they are (产妇家属梁某：, 游客梁某：).
    "家属",
    "游客",
    "工友",
    "老板",
    "社员",
    "居民",
    "乡亲",
    // 她叫陈某，是…: a name given.
    "她叫",
    "他叫",
    // A personal title before the name (全国劳动模范赵某, “时代楷模”高某).
    "劳动模范",
    "时代楷模",
    "时代楷模”",
    "技术能手",
    "三八红旗手",
    "先进工作者",
    "优秀共产党员",
    "获得者",
];

impl Extractor for PersonExtractor {
    fn name(&self) -> &'static str {
        "person"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let mut names: Vec<(usize, usize)> = Vec::new();
        delegate_list(doc, out);
        line_list(doc, out);
        they_are(doc, out);
        elected_list(doc, out);
        // A profile headed by its subject's name on a line of its own, the
        // note on the next (赵某强\n男，满族，1968年11月生，…).
        for (k, p) in doc.paragraphs.iter().enumerate() {
            let Some(next) = doc.paragraphs.get(k + 1) else {
                continue;
            };
            let note = ["男，", "女，", "男,", "女,"]
                .iter()
                .any(|w| doc.at(next.start, w));
            if note && (2..=4).contains(&p.len()) && name_ok(doc, out, p.start, p.end, false) {
                names.push((p.start, p.end));
            }
        }
        // A caption names the speaker last, after a space (【同期声】党的
        // 二十大代表 某村党委书记 沈某荣), or first, before a note in
        // brackets or a colon (【同期声】吴某峰（党的二十大代表、…）).
        for p in &doc.paragraphs {
            let Some(from) = super::caption_start(doc, p) else {
                continue;
            };
            let last = (p.end.saturating_sub(4)..p.end.saturating_sub(1))
                .filter(|&s| s > from && matches!(doc.chars[s - 1], ' ' | '\u{3000}'))
                .find(|&s| name_ok(doc, out, s, p.end, false));
            let first = [3, 2, 4].into_iter().map(|l| from + l).find(|&e| {
                e < p.end
                    && matches!(doc.chars[e], '（' | '(' | '：' | ':')
                    && name_ok(doc, out, from, e, false)
            });
            names.extend(last.map(|s| (s, p.end)).or(first.map(|e| (from, e))));
        }
        for pos in 0..doc.len() {
            // Between 选举 and 为 (会议选举刘某新为市委书记), and a 、-list there.
            if ELECTS.iter().any(|w| doc.ends_with_at(pos, w)) {
                let named = [3, 2].into_iter().map(|l| pos + l).find(|&e| {
                    e < doc.len()
                        && (doc.at(e, "为") || doc.at(e, "同志为") || doc.chars[e] == '、')
                        && !stop_at(doc, e - 1)
                        && name_ok(doc, out, pos, e, false)
                });
                if let Some(e) = named {
                    names.push((pos, e));
                    list_after(doc, out, e, &mut names);
                    // …，乙、丙为省委副书记: the next clauses name more.
                    let sentence = doc.sentence_of(pos);
                    for c in (e..sentence.end).filter(|&c| doc.chars[c] == '，') {
                        let s = c + 1;
                        let next = [3, 2].into_iter().map(|l| s + l).find(|&k| {
                            k < sentence.end
                                && (doc.at(k, "为") || doc.chars[k] == '、')
                                && (s..k).all(|i| !stop_at(doc, i))
                                && listed_name_ok(doc, out, s, k)
                        });
                        if let Some(k) = next {
                            names.push((s, k));
                            list_after(doc, out, k, &mut names);
                        }
                    }
                }
            }
            // 作为党的二十大代表，李某燕…: the subject after the comma.
            if doc.ends_with_at(pos, "代表，")
                && doc
                    .slice(doc.sentence_of(pos - 1).start..pos)
                    .starts_with("作为")
            {
                if let Some(e) = name_after(doc, out, pos) {
                    names.push((pos, e));
                }
            }
            // After a title or cue word.
            if left_cue_ends_at(doc, pos) {
                if let Some(e) = name_after(doc, out, pos) {
                    names.push((pos, e));
                    list_after(doc, out, e, &mut names);
                } else if let Some(e) = name_between_cues(doc, out, pos) {
                    // 书记望某某说: a title before and a speech word after vouch
                    // for a name whose surname our list lacks.
                    names.push((pos, e));
                }
            }
            // Before a speech or address word, or before an aside in
            // brackets and then one (吴某（某社区党委书记）代表介绍).
            if right_cue_at(doc, pos) {
                let end = aside_before(doc, pos).unwrap_or(pos);
                if let Some(s) = name_before(doc, out, end) {
                    names.push((s, end));
                    list_before(doc, out, s, &mut names);
                }
            }
            // 郑某明是某某集团有限公司的首席技能专家: a name opening its
            // sentence, then 是 and an organization.
            if doc.chars[pos] == '是'
                && out.mentions.iter().any(|m| {
                    m.start == pos + 1 && out.entities[m.entity].kind == Kind::Organization
                })
            {
                // (Or after a lead-in: 据介绍，张某是….)
                let opens = |s: usize| {
                    item_start(doc, s)
                        || [
                            "据介绍，",
                            "据了解，",
                            "据悉，",
                            "如今，",
                            "目前，",
                            "其中，",
                        ]
                        .iter()
                        .any(|w| {
                            doc.ends_with_at(s, w)
                                && s - w.chars().count() == doc.sentence_of(s).start
                        })
                };
                if let Some(s) = name_before(doc, out, pos).filter(|&s| opens(s)) {
                    names.push((s, pos));
                }
            }
            // A biography: NAME，男， / NAME，女， at a sentence start; or
            // NAME，ORG… / NAME，现任… (周某涛，清华大学化学系教授，…).
            let apposed = || {
                matches!(doc.chars[pos], '，' | ',')
                    && (["现任", "现为"].iter().any(|w| doc.at(pos + 1, w))
                        || out.mentions.iter().any(|m| {
                            m.start == pos + 1
                                && matches!(out.entities[m.entity].kind, Kind::Organization)
                        }))
            };
            if biography_at(doc, pos) || apposed() {
                if let Some(s) = name_before(doc, out, pos) {
                    if item_start(doc, s) {
                        names.push((s, pos));
                    }
                }
            }
            // A heading or speaker: NAME： at a paragraph start or after 丨.
            if matches!(doc.chars[pos], '：' | ':') {
                // 代表风采丨其其格：…: a column's heading names its delegate,
                // whose name may have no surname (其其格, 阿说木呷).
                let column = (2..=4).map(|l| pos.saturating_sub(l)).find(|&s| {
                    s >= 3
                        && super::BARS.contains(&doc.chars[s - 1])
                        && ["风采", "代表"].iter().any(|w| doc.ends_with_at(s - 1, w))
                        && doc.chars[s..pos].iter().all(|&c| is_han(c))
                        && name_ok(doc, out, s, pos, true)
                        // 代表风采丨扎根基层：: a phrase of words, no name.
                        && !segment::is_common_word(doc.slice(s..pos))
                        && !doc.tokens_in(s, pos).iter().any(|t| {
                            t.end - t.start >= 2 && segment::is_common_word(doc.slice(t.start..t.end))
                        })
                        && !Lexicon::get().title_set.contains(doc.slice(s..pos))
                });
                if let Some(s) = column {
                    names.push((s, pos));
                } else if let Some(s) = name_before(doc, out, pos) {
                    let para = doc.paragraph_of(s);
                    let lead = s == para.start
                        || super::BARS.contains(&doc.chars[s - 1])
                        || matches!(doc.chars[s - 1], '】' | ' ');
                    if lead || left_cue_ends_at(doc, s) {
                        names.push((s, pos));
                    }
                }
            }
        }
        // jieba's person tag, when it recurs standing alone (not 裴寨 of 裴寨村).
        let mut seen_tags = std::collections::HashSet::new();
        for t in &doc.tokens {
            if t.pos == Pos::Person && (2..=3).contains(&(t.end - t.start)) {
                let name = doc.slice(t.start..t.end);
                if !seen_tags.insert(name) {
                    continue;
                }
                let n = t.end - t.start;
                let occurrences = doc.find_all(name);
                let alone = occurrences
                    .iter()
                    .copied()
                    .filter(|&s| {
                        let e = s + n;
                        open_after(doc, e) || right_cue_at(doc, e)
                    })
                    .count();
                let cued = occurrences.iter().any(|&s| {
                    let e = s + n;
                    e < doc.len() && (stop_at(doc, e) || right_cue_at(doc, e))
                });
                // jieba tags some very frequent words as names (荣誉, 文明,
                // 阳光); among two-character words those are words.
                let word = n == 2 && segment::is_very_frequent_word(name);
                if alone >= 2
                    && cued
                    && !word
                    && name_ok(doc, out, t.start, t.end, false)
                    && doc.boundary[t.end]
                {
                    names.push((t.start, t.end));
                }
            }
        }
        // A name cut short (钱素 of 钱素云) gives way to the longer one found.
        let all = names.clone();
        names.retain(|&(s, e)| {
            let short = doc.slice(s..e);
            let occurrences = doc.find_all(short);
            !all.iter().any(|&(s2, e2)| {
                let long = doc.slice(s2..e2);
                let offset = long.find(short).map(|b| long[..b].chars().count());
                long.len() > short.len()
                    && offset
                        .is_some_and(|k| occurrences.iter().all(|&p| p >= k && doc.at(p - k, long)))
            })
        });
        for (s, e) in names {
            let label = doc.slice(s..e);
            let id = out.entity(Kind::Person, label);
            out.mention(doc, s, e, id);
        }
        // Every other occurrence of a known name, longest names first.
        let mut known: Vec<(usize, String)> = out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Person)
            .map(|(i, e)| (i, e.label.clone()))
            .collect();
        known.sort_by_key(|k| std::cmp::Reverse(k.1.chars().count()));
        for (id, label) in known {
            let n = label.chars().count();
            for s in doc.find_all(&label) {
                if !out.overlaps(
                    s,
                    s + n,
                    &[
                        Kind::Person,
                        Kind::Place,
                        Kind::Organization,
                        Kind::Honor,
                        Kind::Procedure,
                    ],
                ) {
                    out.mention(doc, s, s + n, id);
                }
            }
        }
        // 赵某芳（女，藏族）当选…: a note on a name in prose, read as a
        // list's note is.
        for i in 0..out.mentions.len() {
            let m = out.mentions[i];
            if out.entities[m.entity].kind != Kind::Person {
                continue;
            }
            if let Some(close) = aside_after(doc, m.end) {
                let (gender, ethnicity) = note_facts(doc.slice(m.end + 1..close - 1));
                let ent = &mut out.entities[m.entity];
                if ent.gender.is_none() {
                    ent.gender = gender;
                }
                if ent.ethnicity.is_none() {
                    ent.ethnicity = ethnicity;
                }
            }
        }
    }
}

/// A 2–3 character name held between a title and a speech word.
fn name_between_cues(doc: &Doc, out: &Extraction, s: usize) -> Option<usize> {
    [3, 2].into_iter().map(|l| s + l).find(|&e| {
        e < doc.len()
            && (["说", "表示", "介绍", "指出", "强调"]
                .iter()
                .any(|c| doc.at(e, c))
                || delegate_speaks_at(doc, e))
            && (s..e).all(|i| is_han(doc.chars[i]) && !stop_at(doc, i))
            // 代表|们纷纷表示: a suffix or particle opens no name.
            && !"们的了着过都也就还又".contains(doc.chars[s])
            && doc.boundary[s]
            && !segment::is_common_word(doc.slice(s..e))
            && !NOT_NAMES.iter().any(|w| doc.at(s, w))
            && !out.overlaps(
                s,
                e,
                &[
                    Kind::Place,
                    Kind::Organization,
                    Kind::Honor,
                    Kind::Procedure,
                ],
            )
    })
}

/// Is the short place name at `[start, end)` part of a person's name that
/// the article cues somewhere (班长汤克东, 万荣说, a heading 贺兰：…)? County
/// and city names (克东, 建德, 万荣) are also given names, and jieba cuts
/// them out of the name. With `given_only` the place may only be the given
/// name after a surname (刘福建): province names open many a phrase.
pub fn place_in_cued_name(doc: &Doc, start: usize, end: usize, given_only: bool) -> bool {
    // 尼玛|次仁, 扎|西平|措, 乌兰|其其格: a place's name inside a Tibetan or
    // Mongolian name.
    // (The first characters decide most starts cheaply.)
    let inside = (start.saturating_sub(MAX_MONGOLIAN - 2)..=start).any(|s| {
        let tibetan = s + 4 >= end
            && s + 4 <= doc.len()
            && TIBETAN_NAME_PARTS.contains(&doc.slice(s..s + 2))
            && is_tibetan_name(doc.slice(s..s + 4));
        tibetan
            || mongolian_first(doc.chars[s])
                && (end.max(s + 4)..=(s + MAX_MONGOLIAN).min(doc.len())).any(|e| {
                    doc.chars[s..e].iter().all(|&c| is_han(c)) && is_mongolian_name(doc.slice(s..e))
                })
    });
    if inside {
        return true;
    }
    let lx = Lexicon::get();
    let before = start.checked_sub(1).map(|s| (s, end));
    let others = (!given_only).then_some([(start, end), (start, end + 1)]);
    before
        .into_iter()
        .chain(others.into_iter().flatten())
        .any(|(s, e)| {
            (2..=3).contains(&(e - s))
                && e <= doc.len()
                && doc.chars[s..e].iter().all(|&c| is_han(c))
                && !stop_at(doc, e - 1)
                && lx.has_surname(doc.slice(s..e))
                && doc
                    .find_all(doc.slice(s..e))
                    .into_iter()
                    // 在景德镇，党的二十大代表…: after 在, 从 or 到 a place.
                    .any(|p| {
                        !(p > 0 && "在从到赴往".contains(doc.chars[p - 1]))
                            && (cued_name_at(doc, p, p + e - s)
                                || elected_name_at(doc, p, p + e - s))
                    })
        })
}

/// Is `[s, e)` the one elected or appointed (全会选举赵永康为省委书记)?
fn elected_name_at(doc: &Doc, s: usize, e: usize) -> bool {
    ELECTS.iter().any(|w| doc.ends_with_at(s, w)) && (doc.at(e, "为") || doc.at(e, "同志为"))
}

/// Is `[s, e)` closed in on both sides: a clause start, title or cue word
/// before, a speech word or a heading colon after, or between a title and
/// 是, 等 or 、 (主任程国新是她的学生, 队长程志刚等)?
fn fenced(doc: &Doc, s: usize, e: usize) -> bool {
    if e >= doc.len() {
        return false;
    }
    let titled = left_cue_ends_at(doc, s);
    // After a quote closes (“…。”和某珍说) a new clause starts too.
    let left = titled || s == 0 || is_clause_break(doc.chars[s - 1]) || doc.chars[s - 1] == '”';
    let right = right_cue_at(doc, e)
        || matches!(doc.chars[e], '：' | ':')
        || (titled && matches!(doc.chars[e], '是' | '等' | '、'));
    left && right
}

/// Is `[s, e)` in a place where the text signals a name: after a title or
/// cue word, before a speech or address word, or as a heading?
fn cued_name_at(doc: &Doc, s: usize, e: usize) -> bool {
    let heading = e < doc.len()
        && matches!(doc.chars[e], '：' | ':')
        && (s == doc.paragraph_of(s).start
            || super::BARS.contains(&doc.chars[s - 1])
            || doc.chars[s - 1] == '】');
    (left_cue_ends_at(doc, s) && open_after(doc, e))
        || (open_before(doc, s) && right_cue_at(doc, e))
        || heading
}

fn left_cue_ends_at(doc: &Doc, pos: usize) -> bool {
    if pos == 0 {
        return false;
    }
    cues(doc).left[pos] || doc.title_before(pos, 1..=8)
}

/// A character of a name: Han, or the middle dot of a transcribed name.
pub(super) fn is_name_char(c: char) -> bool {
    // 丨 is a Han character that web pages use as a bar (监制丨某某).
    (is_han(c) && c != '丨') || is_dot(c)
}

/// Is the name at `s` introduced by what the person is (同事, 家属, 学生…;
/// not 代表), as a quoted speaker other than the article's subject is?
pub fn named_by_role(doc: &Doc, s: usize) -> bool {
    s > 0 && cues(doc).left[s] && !doc.ends_with_at(s, "代表")
}

/// Lengths to try for a name starting at `s`: compound surnames and
/// Tibetan names (扎西卓玛) allow four, Mongolian names (乌云其其格) up to
/// eight.
fn lengths(doc: &Doc, s: usize) -> &'static [usize] {
    let mongolian = |l: usize| s + l <= doc.len() && is_mongolian_name(doc.slice(s..s + l));
    if doc.chars.get(s).is_some_and(|&c| mongolian_first(c)) {
        match (5..=MAX_MONGOLIAN).rev().find(|&l| mongolian(l)) {
            Some(8) => return &[8, 4, 3],
            Some(7) => return &[7, 4, 3],
            Some(6) => return &[6, 4, 3],
            Some(_) => return &[5, 4, 3],
            None if mongolian(4) => return &[4, 3],
            None => {}
        }
    }
    let two = doc.slice(s..(s + 2).min(doc.len()));
    if (Lexicon::get().surnames.contains(two) && two.chars().count() == 2)
        || is_tibetan_name(doc.slice(s..(s + 4).min(doc.len())))
    {
        &[4, 3]
    } else {
        &[3, 2]
    }
}

/// Can a Mongolian name start with `c` (the first character of a part)?
fn mongolian_first(c: char) -> bool {
    static FIRST: OnceLock<Vec<char>> = OnceLock::new();
    FIRST
        .get_or_init(|| {
            let mut v: Vec<char> = MONGOLIAN_NAME_PARTS
                .iter()
                .filter_map(|p| p.chars().next())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .binary_search(&c)
        .is_ok()
}

/// Common parts of Mongolian names, which have no surname: a name is two of
/// them (巴图孟和, 乌云其其格, 额尔敦毕力格). General knowledge.
const MONGOLIAN_NAME_PARTS: &[&str] = &[
    "巴图",
    "孟和",
    "乌云",
    "其其格",
    "额尔敦",
    "毕力格",
    "巴特尔",
    "宝音",
    "图雅",
    "苏和",
    "朝鲁",
    "巴雅尔",
    "那仁",
    "娜仁",
    "斯琴",
    "高娃",
    "阿拉坦",
    "乌力吉",
    "哈斯",
    "布和",
    "朝格图",
    "额尔德尼",
    "吉日嘎拉",
    "萨仁",
    "其木格",
    "塔娜",
    "阿古拉",
    "图门",
    "那顺",
    "白音",
    "德力格尔",
    "格日勒",
    "达来",
    "敖登",
    "满都拉",
    "孟根",
    "乌日娜",
    "托娅",
    "青格勒",
    "宝力高",
    "呼和",
    "特古斯",
    "套格套",
    "吉雅",
    "乌日图",
    "额日敦",
    "巴音",
    "达赖",
    "图布信",
    "朝克",
    "阿木尔",
    "乌兰",
    "萨如拉",
    "格根",
    "巴根",
    "乌恩",
    "阿拉腾",
    "苏布德",
    "宝力德",
];

/// Longest Mongolian name tried: two parts of up to four characters.
const MAX_MONGOLIAN: usize = 8;

/// Is `name` two parts of Mongolian names?
pub(super) fn is_mongolian_name(name: &str) -> bool {
    name.chars().next().is_some_and(mongolian_first)
        && name.char_indices().skip(2).any(|(b, _)| {
            MONGOLIAN_NAME_PARTS.contains(&&name[..b]) && MONGOLIAN_NAME_PARTS.contains(&&name[b..])
        })
}

/// Common two-character parts of Tibetan names, which have no surname: a
/// name is two of them (扎西卓玛, 次仁罗布). General knowledge.
const TIBETAN_NAME_PARTS: &[&str] = &[
    "扎西", "卓玛", "次仁", "罗布", "格桑", "德吉", "央金", "旺堆", "多吉", "平措", "达瓦", "尼玛",
    "拉姆", "索朗", "顿珠", "白玛", "曲珍", "普布", "边巴", "巴桑", "益西", "洛桑", "丹增", "旦增",
    "群培", "嘎玛", "仁青", "仁增", "次旺", "扎巴", "贡布", "阿旺", "强巴", "土登", "米玛", "拉巴",
    "次珠", "普琼", "琼达", "卓嘎", "央宗", "德庆", "格列", "旺姆", "措姆", "朗杰", "晋美", "赤列",
    "泽仁", "泽旺", "才让", "才旦", "桑珠", "桑杰", "索南", "嘉措", "加措", "坚参", "坚赞", "旦巴",
    "拉珍", "玉珍", "宗吉", "白珍", "欧珠", "扎桑", "巴珠", "尼珠", "仓决", "德央", "多杰", "更登",
    "达吉", "东周", "当周", "拉毛", "才吉", "南杰", "公保", "万玛", "尕藏", "周加", "次旦", "罗桑",
    "加央", "吉毛", "贡觉", "江措", "昂旺", "措毛", "尖措", "多布", "格日", "久美", "完玛", "江村",
    "泽登", "达娃", "旺杰", "德措", "曲措", "央拉", "拉宗", "边珍", "次卓", "扎多", "才仁",
];

/// Is `name` four characters, two parts of Tibetan names?
pub fn is_tibetan_name(name: &str) -> bool {
    let mut starts = name.char_indices().map(|(b, _)| b);
    let (Some(_), Some(_), Some(mid), Some(_), None) = (
        starts.next(),
        starts.next(),
        starts.next(),
        starts.next(),
        starts.next(),
    ) else {
        return false;
    };
    let (a, b) = name.split_at(mid);
    // Asked at most characters of a text: a set, not a scan of the list.
    static PARTS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let parts = PARTS.get_or_init(|| TIBETAN_NAME_PARTS.iter().copied().collect());
    parts.contains(a) && parts.contains(b)
}

/// Is `[s, e)` acceptable as a person name here?
fn name_ok(doc: &Doc, out: &Extraction, s: usize, e: usize, list: bool) -> bool {
    let n = e - s;
    if doc.chars[s..e.min(doc.len())].iter().any(|&c| is_dot(c)) {
        return dotted_ok(doc, out, s, e);
    }
    let mongolian = e <= doc.len() && n >= 4 && is_mongolian_name(doc.slice(s..e));
    if !(2..=4).contains(&n) && !mongolian
        || e > doc.len()
        || !doc.chars[s..e].iter().all(|&c| is_name_char(c))
    {
        return false;
    }
    let name = doc.slice(s..e);
    // 记者从省卫生健康委获悉: a preposition before a division is no name.
    if n >= 2
        && "从向在对到赴据".contains(doc.chars[s])
        && "省市县区州镇乡村".contains(doc.chars[s + 1])
    {
        return false;
    }
    // 伏叶村, 某乡: a settlement's name is no person's (洛桑江村 is).
    if n >= 3 && "村乡镇县省".contains(doc.chars[e - 1]) && !is_tibetan_name(doc.slice(s..e)) {
        return false;
    }
    // 但他说: a conjunction and a pronoun are no name.
    if n == 2 && matches!(doc.chars[s + 1], '他' | '她' | '它') {
        return false;
    }
    // 但未当选, 年又被, 2007年曾当选: an adverb ends no name.
    if n == 2 && "未不没又还曾已".contains(doc.chars[s + 1]) {
        return false;
    }
    // 陈某听后表示, 李某听了宣讲: 听 is the verb after a two-character name.
    if n == 3
        && doc.chars[e - 1] == '听'
        && e < doc.len()
        && "后了得完到取说".contains(doc.chars[e])
    {
        return false;
    }
    // 机电工程系教师: a department (系) ends no two-character name.
    if n == 2 && doc.chars[e - 1] == '系' {
        return false;
    }
    // 马某、邱宏均为: 均 or 都 before 为 or 是 is the list's adverb.
    if n == 3 && "均都".contains(doc.chars[e - 1]) && e < doc.len() && "为是".contains(doc.chars[e])
    {
        return false;
    }
    // 游客来了住: an aspect particle or 的 stands in no name.
    if n <= 3 && doc.chars[s + 1..e].iter().any(|c| "了着的".contains(*c)) {
        return false;
    }
    // 杨代表: an address, no name (记者：杨代表，您…).
    if n == 3 && doc.slice(s + 1..e) == "代表" {
        return false;
    }
    // 代表们, 同学们: a plural is no name, nor is what follows one (代表|们纷纷).
    if doc.chars[e - 1] == '·'
        || doc.chars[s] == '·'
        || doc.chars[e - 1] == '们'
        || doc.chars[s] == '们'
    {
        return false;
    }
    if out.overlaps(
        s,
        e,
        &[
            Kind::Place,
            Kind::Organization,
            Kind::Honor,
            Kind::Procedure,
            Kind::Congress,
        ],
    ) {
        return false;
    }
    if list {
        return true;
    }
    // jieba cuts Mongolian names into words of every kind (乌云|其其格).
    if mongolian {
        return !doc.title_across(s);
    }
    // 高级工|程师: a name does not start inside a title.
    if doc.title_across(s) {
        return false;
    }
    // 焊工班|班长: nor end in a title (班班长, 周书记 is an address).
    if n >= 3 && doc.title_before(e, 2..=n - 1) {
        return false;
    }
    // 陆军某|合成旅: 某 before a word stands for a unit's number, not a name.
    if doc.chars[e - 1] == '某'
        && e < doc.len()
        && is_han(doc.chars[e])
        && !open_after(doc, e)
        && !right_cue_at(doc, e)
    {
        return false;
    }
    let lx = Lexicon::get();
    let tibetan = is_tibetan_name(name);
    // jieba's dictionary holds some Tibetan names as words (多吉次仁).
    let word = !tibetan && segment::is_common_word(name);
    if !(lx.has_surname(name) || tibetan)
        || word
        || lx.title_set.contains(name)
        || NOT_NAMES.contains(&name)
        || NOT_NAMES.iter().any(|w| w.len() > 3 && name.starts_with(w))
    {
        return false;
    }
    // Two parts of Tibetan names make one, whatever jieba reads in them
    // (才|让卓玛: 才 an adverb).
    if tibetan {
        return true;
    }
    // 王刚|开始: a name of jieba's does not take the first character of a
    // frequent word after it (but 万荃|文说 is a name before 说).
    if n > 2
        && doc
            .token_at(s)
            .is_some_and(|t| t.pos == Pos::Person && t.end == e - 1)
        && doc
            .token_at(e - 1)
            .is_some_and(|t| t.end > e && segment::is_frequent_word(doc.slice(t.start..t.end)))
        && !right_cue_at(doc, e)
    {
        return false;
    }
    // Between a clause start or title and a speech word or heading colon
    // (。于英辉说, 林强卫：) a surname that is also a function word (于, 向,
    // 何, 莫) or a given name jieba reads as a rare word still makes a name,
    // unless the given name is a frequent word (贾刚刚).
    if fenced(doc, s, e) && !segment::is_frequent_word(doc.slice(s + 1..e)) {
        return true;
    }
    // The surname must not open a common word that the name runs past
    // (代表中, 廉洁关), nor be a function word (和新, 向记者, 都反复). A rare
    // word jieba finds in a name (石娥 of 石娥红) does not count.
    if let Some(t) = doc.token_at(s) {
        let fused = t.end - t.start >= 2
            && t.end < e
            && matches!(
                t.pos,
                Pos::Noun | Pos::Verb | Pos::VerbNoun | Pos::Adjective | Pos::Title
            )
            && segment::is_frequent_word(doc.slice(t.start..t.end));
        let function = t.end - t.start == 1
            && matches!(
                t.pos,
                Pos::Conjunction | Pos::Preposition | Pos::Adverb | Pos::Particle | Pos::Pronoun
            );
        if fused || function {
            return false;
        }
    }
    // Nor does it end in a particle (代表|来了, 来|了 read as a name).
    if doc
        .token_at(e - 1)
        .is_some_and(|t| t.end == e && t.pos == Pos::Particle)
    {
        return false;
    }
    // A name does not start inside a word, nor hold a function word.
    // 主任|何某: jieba may glue a title's last character to the surname
    // (主|任何); after a title the name starts all the same.
    let starts_clean = doc.boundary[s]
        || doc.token_covering(s).is_some_and(|t| t.pos == Pos::Person)
        || (doc.title_before(s, 2..=8) && doc.token_covering(s).is_some_and(|t| t.start < s));
    // 委员王|立新: a given name jieba reads as a word, after a surname it
    // tags as one and a title, is still a name.
    let surname_tagged = n == 3 && jieba_name(doc, s, s + 1) && left_cue_ends_at(doc, s);
    let has_function_word = doc.tokens_in(s, e).iter().any(|t| {
        t.end - t.start >= 2
            && !(surname_tagged && t.start == s + 1 && t.end == e)
            && matches!(
                t.pos,
                Pos::Verb
                    | Pos::Adverb
                    | Pos::Preposition
                    | Pos::Conjunction
                    | Pos::Particle
                    | Pos::Pronoun
                    | Pos::Numeral
                    | Pos::Title
            )
    });
    starts_clean && !has_function_word
}

/// A name starting at `s`: its end.
fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・')
}

/// Longest part of a name written with a middle dot (廷·巴特尔).
const MAX_DOT_PART: usize = 6;

/// A minority name with middle dots: Han parts joined by dots.
fn dotted_ok(doc: &Doc, out: &Extraction, s: usize, e: usize) -> bool {
    let chars = &doc.chars[s..e];
    let parts: Vec<&[char]> = chars.split(|&c| is_dot(c)).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=MAX_DOT_PART).contains(&p.len()) && p.iter().all(|&c| is_han(c)))
        && !out.overlaps(s, e, &[Kind::Place, Kind::Organization, Kind::Honor])
        // 艾力·吐尔逊说： read back from the colon ends before 说.
        && !stop_at(doc, e - 1)
}

/// A dotted name starting at `s`: its end (the last part stops at a
/// speech word, a stop character or punctuation).
fn dotted_after(doc: &Doc, s: usize) -> Option<usize> {
    let mut i = s;
    let mut dots = 0;
    loop {
        let part = i;
        // 阿不都热合曼·: a part that a dot closes is all name, whatever words
        // jieba reads in it (热合, a verb).
        let dot = (part + 1..doc.len().min(part + MAX_DOT_PART + 1))
            .take_while(|&k| is_han(doc.chars[k]) || is_dot(doc.chars[k]))
            .find(|&k| is_dot(doc.chars[k]));
        if let Some(d) = dot.filter(|_| is_han(doc.chars[part])) {
            i = d;
        }
        while i < doc.len() && is_han(doc.chars[i]) && i - part < MAX_DOT_PART {
            // 吐尔逊|报道: a verb after the name ends it, and so does an
            // adverb or adjective word (买买提|迅速作出判断).
            let verb = doc.token_at(i).is_some_and(|t| {
                matches!(
                    t.pos,
                    Pos::Verb | Pos::VerbNoun | Pos::Adverb | Pos::Adjective
                ) && t.end - t.start >= 2
                    && (matches!(t.pos, Pos::Verb | Pos::VerbNoun)
                        || segment::is_common_word(doc.slice(t.start..t.end)))
            });
            // 阿不都热依木: a stop character inside one of jieba's words
            // (不 here) is part of the name.
            let cue = doc.boundary[i] && (stop_at(doc, i) || right_cue_at(doc, i));
            if i > part && (verb || cue) {
                break;
            }
            i += 1;
        }
        if i == part {
            return None;
        }
        if i < doc.len() && is_dot(doc.chars[i]) {
            dots += 1;
            i += 1;
        } else {
            break;
        }
    }
    (dots > 0).then_some(i)
}

/// A dotted name ending at `e`: its start.
fn dotted_before(doc: &Doc, e: usize) -> Option<usize> {
    let mut i = e;
    let mut dots = 0;
    loop {
        let part = i;
        while i > 0
            && is_han(doc.chars[i - 1])
            && part - i < MAX_DOT_PART
            && !left_cue_ends_at(doc, i)
        {
            // 阿不都|热合曼: 都 inside jieba's word 阿不都 is part of the name.
            let alone = doc
                .token_covering(i - 1)
                .is_some_and(|t| t.end - t.start == 1);
            if i < part && stop_before(doc, i) && alone {
                break;
            }
            i -= 1;
        }
        if i == part {
            return None;
        }
        if i > 0 && is_dot(doc.chars[i - 1]) {
            dots += 1;
            i -= 1;
        } else {
            break;
        }
    }
    (dots > 0).then_some(i)
}

fn name_after(doc: &Doc, out: &Extraction, s: usize) -> Option<usize> {
    // 牧民|代表巴特尔·宝音: the name comes after 代表, a cue of its own.
    if doc.at(s, "代表") {
        return None;
    }
    if let Some(e) = dotted_after(doc, s).filter(|&e| dotted_ok(doc, out, s, e)) {
        return Some(e);
    }
    // 刘丽|代表说: a name does not end inside the word 代表.
    let opts: Vec<usize> = lengths(doc, s)
        .iter()
        .copied()
        .filter(|&l| !doc.at(s + l - 1, "代表"))
        .collect();
    // jieba's three-character name in a 、-list stands even when it ends in
    // a stop character (宋春来、).
    // A Mongolian name may end in a stop character (巴图孟和).
    let whole_name = |e: usize| {
        (jieba_name(doc, s, e) && doc.chars.get(e) == Some(&'、'))
            || (e - s >= 4 && is_mongolian_name(doc.slice(s..e)))
    };
    for &l in &opts {
        let e = s + l;
        if e > doc.len() || (l > 2 && stop_at(doc, e - 1) && !whole_name(e)) {
            continue;
        }
        // 江秀芝任…书记: jieba's name takes the 任 of a post along.
        let takes_post = doc.chars.get(e) == Some(&'任') && jieba_name(doc, s, e + 1);
        let right_ok =
            open_after(doc, e) || doc.title_at(e, 1..=8) || right_cue_at(doc, e) || takes_post;
        if right_ok && name_ok(doc, out, s, e, false) {
            return Some(e);
        }
    }
    // A name does not end in a stop character here either (班长秦东同两名),
    // nor is it a very frequent word with nothing after it to vouch for it
    // (、陆军某合成旅).
    opts.iter().map(|&l| s + l).find(|&e| {
        e <= doc.len()
            && !(e - s > 2 && stop_at(doc, e - 1))
            // jieba may glue the next character to a Tibetan name's end
            // (才让|卓玛用).
            && (doc.boundary[e] || (e - s == 4 && is_tibetan_name(doc.slice(s..e))))
            && name_ok(doc, out, s, e, false)
            && !segment::is_very_frequent_word(doc.slice(s..e))
    })
}

/// Is `[s, e)` one token jieba tags as a name?
fn jieba_name(doc: &Doc, s: usize, e: usize) -> bool {
    doc.token_at(s)
        .is_some_and(|t| t.pos == Pos::Person && t.end == e)
}

/// A name ending at `e`: its start.
fn name_before(doc: &Doc, out: &Extraction, e: usize) -> Option<usize> {
    if let Some(s) = dotted_before(doc, e).filter(|&s| dotted_ok(doc, out, s, e)) {
        return Some(s);
    }
    let left_ok = |s: usize| open_before(doc, s) || left_cue_ends_at(doc, s);
    for l in [8, 7, 6, 5, 4, 3, 2] {
        if l > e {
            continue;
        }
        let s = e - l;
        if l >= 5 && !mongolian_first(doc.chars[s]) || l >= 4 && !lengths(doc, s).contains(&l) {
            continue;
        }
        // 王芳|说：“…”: nor does a name read back end in a stop character,
        // unless jieba reads it whole (宋春来、).
        if l > 2
            && stop_at(doc, e - 1)
            && !jieba_name(doc, s, e)
            && !(l >= 4 && is_mongolian_name(doc.slice(s..e)))
        {
            continue;
        }
        if left_ok(s) && name_ok(doc, out, s, e, false) {
            return Some(s);
        }
    }
    [3, 2]
        .into_iter()
        // 钱某云|还担任: not 云还, where jieba cut a name short.
        .filter(|&l| l <= e && (!stop_at(doc, e - 1) || jieba_name(doc, e - l, e)))
        .map(|l| e - l)
        .find(|&s| doc.boundary[s] && name_ok(doc, out, s, e, false))
}

/// Names continuing a 、-list after a name ending at `e`.
fn list_after(doc: &Doc, out: &Extraction, mut e: usize, names: &mut Vec<(usize, usize)>) {
    // An item the list vouches for: a surname and a name's length, up to
    // the next 、 or a stop (委员林某华、周家明、陈某蓉在…).
    let item = |s: usize| {
        lengths(doc, s)
            .iter()
            .chain(&[2])
            .map(|&l| s + l)
            .find(|&e| {
                e <= doc.len()
                    && (doc.chars.get(e) == Some(&'、') || open_after(doc, e))
                    && doc.chars[s..e].iter().all(|&c| is_han(c))
                    && !stop_at(doc, e - 1)
                    && Lexicon::get().has_surname(doc.slice(s..e))
                    && name_ok(doc, out, s, e, true)
            })
    };
    while e < doc.len() && doc.chars[e] == '、' {
        match name_after(doc, out, e + 1).or_else(|| item(e + 1)) {
            Some(next) => {
                names.push((e + 1, next));
                e = next;
            }
            None => break,
        }
    }
}

/// Does a biography's note (，男， / ，女，) follow a name ending at `e`?
pub fn biography_at(doc: &Doc, e: usize) -> bool {
    // Asked at every character: the comma first.
    matches!(doc.chars.get(e), Some('，' | ','))
        && ["，男，", "，女，", "，男,", "，女,", ",男,", ",女,"]
            .iter()
            .any(|c| doc.at(e, c))
}

/// Does `s` start a sentence, or an item of a numbered list (1. 王某，男，…;
/// （2）李某…)?
pub fn item_start(doc: &Doc, s: usize) -> bool {
    let lead = doc.slice(doc.sentence_of(s).start..s).trim();
    // ▲ 王某…, 【人物简介】王某…: a bullet or a label opens the item.
    let lead = match lead.strip_suffix('】') {
        Some(l) if l.starts_with('【') && l.chars().count() <= 8 => "",
        _ => lead
            .trim_start_matches(['▲', '●', '■', '◆', '★', '◎', '△', '○'])
            .trim(),
    };
    let number = lead
        .trim_start_matches(['（', '('])
        .trim_end_matches(['.', '．', '、', '）', ')'])
        .trim_end();
    lead.is_empty()
        || (lead.chars().count() <= 5
            && lead != number
            && !number.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || super::chinese_number(&c.to_string()).is_some()))
}

/// Names before a name starting at `s` in a 、-list (栗某某、张某某同志).
fn list_before(doc: &Doc, out: &Extraction, mut s: usize, names: &mut Vec<(usize, usize)>) {
    while s > 1 && doc.chars[s - 1] == '、' {
        match name_before(doc, out, s - 1) {
            Some(prev) => {
                names.push((prev, s - 1));
                s = prev;
            }
            None => break,
        }
    }
}

/// A list item of three or four characters that starts with a surname and
/// overlaps only a shorter place inside it (刘|长海): a name.
fn place_inside_name(doc: &Doc, out: &Extraction, s: usize, e: usize) -> bool {
    let mut inside = out
        .mentions
        .iter()
        .filter(|m| m.start < e && s < m.end)
        .peekable();
    inside.peek().is_some()
        && (3..=4).contains(&(e - s))
        && doc.chars[s..e].iter().all(|&c| is_han(c))
        && Lexicon::get().has_surname(doc.slice(s..e))
        && inside.all(|m| out.entities[m.entity].kind == Kind::Place && s < m.start && m.end <= e)
}

/// Drops the mentions inside `spans`, and the relations of a place left
/// without any mention (长海县 LocatedIn 辽宁 read from 刘长海).
fn hide_places(out: &mut Extraction, spans: &[(usize, usize)]) {
    let inside = |m: &super::Mention| spans.iter().any(|&(s, e)| s <= m.start && m.end <= e);
    let gone: Vec<usize> = out
        .mentions
        .iter()
        .filter(|m| inside(m))
        .map(|m| m.entity)
        .collect();
    out.retain_mentions(|_, m| !inside(m));
    let unmentioned: Vec<usize> = gone
        .into_iter()
        .filter(|&id| !out.mentions.iter().any(|m| m.entity == id))
        .collect();
    out.relations.retain(|r| {
        !unmentioned.contains(&r.subject)
            && !matches!(r.object, super::Object::Entity(o) if unmentioned.contains(&o))
    });
    if out
        .meta
        .dateline_place
        .is_some_and(|p| unmentioned.contains(&p))
    {
        out.meta.dateline_place = None;
    }
}

/// An official list: `…代表名单（共2296名，按姓氏笔画为序排列）丁某 王某（女，回族） …`.
fn delegate_list(doc: &Doc, out: &mut Extraction) {
    // The paragraph before, and whether any before named a list (名单).
    let mut previous: Option<&str> = None;
    let mut previous_body = false;
    let mut list_titled = false;
    // The congress of the list the paragraph before was, if it was one: a
    // list runs on over lines (马某瑞 朱某仑 刘某涛\n张某林 陈某俊 …).
    let mut running: Option<Option<u32>> = None;
    for para in doc.paragraphs.clone() {
        let text = doc.slice(para.clone());
        // A full list goes by delegation, each under a heading (北京市（41名）).
        // Or under a delegation's name and a colon (济南代表团：).
        let group_heading = |t: &str| {
            let counted = t.ends_with(['）', ')'])
                && t.trim_end_matches(['）', ')'])
                    .trim_end_matches('名')
                    .ends_with(|c: char| c.is_ascii_digit());
            let stem = t.trim_end_matches(['：', ':']);
            let named = stem.len() < t.len()
                && !t.contains(['，', '。', ',', ' '])
                && ["代表团", "选举单位", "系统", "部队"]
                    .iter()
                    .any(|w| stem.ends_with(w));
            t.chars().count() <= 24 && (counted || named)
        };
        // 新华社北京8月27日电 alone on its line, between the list's title
        // and its names.
        if crate::pipeline::split::is_dateline_line(text) {
            continue;
        }
        // The list follows 名单 in its paragraph, or fills the paragraph after
        // a line announcing it (他们是（按姓氏笔画为序）：).
        let prev_announces = previous.is_some_and(|t| {
            announces_list(t) || ((group_heading(t) || previous_body) && list_titled)
        });
        previous = Some(text);
        // A body's name alone on its line heads its delegates (中央办公厅).
        previous_body = out.mentions.iter().any(|m| {
            m.start == para.start
                && m.end == para.end
                && out.entities[m.entity].kind == Kind::Organization
        });
        list_titled |= text.contains("名单");
        // A list's next line holds names and notes only, no sentence.
        let list_line = || {
            let mut depth = 0;
            text.chars().all(|c| {
                match c {
                    '（' | '(' => depth += 1,
                    '）' | ')' => depth -= 1,
                    _ => {}
                }
                depth > 0 || !matches!(c, '，' | ',' | '。' | '；' | '：' | '！' | '？')
            })
        };
        let continued = running.take().filter(|_| list_line());
        let after_head = match text.find("名单") {
            // 名单如下（共74名…）: 如下 is no name.
            Some(head) => {
                let at = para.start + text[..head].chars().count() + 2;
                if doc.at(at, "如下") {
                    at + 2
                } else {
                    at
                }
            }
            None if prev_announces || continued.is_some() => para.start,
            None => continue,
        };
        // The list starts after the bracketed note that follows 名单, if any.
        let mut i = after_head;
        if i < para.end && matches!(doc.chars[i], '（' | '(') {
            match (i..para.end).find(|&j| matches!(doc.chars[j], '）' | ')')) {
                Some(j) => i = j + 1,
                None => continue,
            }
        }
        let congress = congress_mentions(text)
            .first()
            .map(|c| c.2)
            .or(continued.flatten())
            .or_else(|| out.meta.congress.and_then(|c| out.entities[c].ordinal));
        let mut items = 0;
        let mut found: Vec<Listed> = Vec::new();
        let mut hidden: Vec<(usize, usize)> = Vec::new();
        while i < para.end {
            // （…）：马某瑞 朱某仑: a colon may open the names.
            while i < para.end
                && matches!(doc.chars[i], ' ' | '\u{3000}' | '、' | '，' | '：' | ':')
            {
                i += 1;
            }
            let s = i;
            while i < para.end && is_name_char(doc.chars[i]) {
                i += 1;
            }
            // 布 赫（蒙古族）: a padded name, vouched for by its surname or
            // by a note after it.
            let noted = |k: usize| k < para.end && matches!(doc.chars[k], '（' | '(');
            let padded = i == s + 1
                && (padded_name(doc, out, s, para.end)
                    || (doc.padded_pair(s, para.end) && noted(s + 3)));
            if padded {
                i += 2;
            }
            let e = i;
            let (mut gender, mut ethnicity) = (None, None);
            if noted(i) {
                let close = (i..para.end)
                    .find(|&j| matches!(doc.chars[j], '）' | ')'))
                    .unwrap_or(para.end);
                (gender, ethnicity) = note_facts(doc.slice(i + 1..close));
                i = close + 1;
            }
            if e == s {
                if i == s {
                    break;
                }
                continue;
            }
            items += 1;
            // Minority names with middle dots run longer (古丽米拉·阿不都热依木);
            // dotted_ok bounds each part.
            let dotted = doc.chars[s..e].iter().any(|&c| is_dot(c));
            // 乌兰（女，蒙古族）: a note of gender or people makes a name
            // of what reads as a place.
            let has_note = gender.is_some() || ethnicity.is_some();
            let vouched = has_note
                && (2..=4).contains(&(e - s))
                && doc.chars[s..e].iter().all(|&c| is_han(c));
            // On a list's next line a name also needs a surname (not
            // 责任编辑, 附件), or a note.
            let named = continued.is_none()
                || has_note
                || (Lexicon::get().has_surname(doc.slice(s..e))
                    && !segment::is_common_word(doc.slice(s..e)));
            if padded || (named && name_ok(doc, out, s, e, true) && (e - s <= 6 || dotted)) {
                found.push((s, e, gender, ethnicity));
            } else if place_inside_name(doc, out, s, e) || vouched {
                hidden.push((s, e));
                found.push((s, e, gender, ethnicity));
            }
        }
        // A handful of short names in a row make a list, prose does not; a
        // list's next line needs no handful.
        let enough = if continued.is_some() { 1 } else { 3 };
        if items >= enough && found.len() * 4 >= items * 3 {
            running = Some(congress);
            // 刘长海: a list item holds a name, not the county 长海 inside it.
            hide_places(out, &hidden);
            for entry in found {
                add_listed(doc, out, entry, congress.or(Some(0)).filter(|&c| c > 0));
            }
        }
    }
}

/// Words that open a list of the ones just said to be elected.
pub(super) const THEY_ARE: &[&str] = &[
    "他们是：",
    "她们是：",
    "他们是:",
    // 3名同志当选…代表，(他们)分别是(：)甲、乙、丙。
    "分别是",
];

/// Does the delegates' title at `title` (代表, after a congress's name)
/// count them right before `pos` (其中党的二十大代表4名，分别是…)?
pub(super) fn counted_before(doc: &Doc, title: usize, pos: usize) -> bool {
    let k = title + 2;
    let n = doc.digits_at(k, 4);
    doc.at(title, "代表")
        && n > 0
        && doc.at(k + n, "名")
        && doc.chars[k + n + 1..pos]
            .iter()
            .all(|&ch| matches!(ch, '，' | ','))
}

/// The elected named one by one after 他们是：, each perhaps with an aside
/// (他们是：王某设（某大学第一附属医院）、李某梅（女）…): persons, delegates
/// when the sentence before says whom to. Or after the title itself
/// (出席党的二十大代表有：甲、乙（女）、丙), which says it in its sentence.
fn they_are(doc: &Doc, out: &mut Extraction) {
    const TITLED: &[&str] = &["代表有：", "代表是：", "代表分别是：", "代表为："];
    for cue in THEY_ARE.iter().chain(TITLED) {
        for pos in doc.find_all(cue) {
            let sentence = doc.sentence_of(pos);
            let mut i = pos + cue.chars().count();
            // 分别是：甲、乙.
            if matches!(doc.chars.get(i), Some('：' | ':')) {
                i += 1;
            }
            let mut items = 0;
            let mut found: Vec<Listed> = Vec::new();
            while i < sentence.end {
                let s = i;
                while i < sentence.end && is_name_char(doc.chars[i]) {
                    i += 1;
                }
                let e = i;
                let mut facts = (None, None);
                if let Some(close) = aside_after(doc, i) {
                    facts = note_facts(doc.slice(i + 1..close - 1));
                    i = close;
                }
                items += 1;
                if listed_name_ok(doc, out, s, e) {
                    found.push((s, e, facts.0, facts.1));
                }
                // Items are joined by 、; a comma ends the list.
                match doc.chars.get(i) {
                    Some('、') if i + 1 < sentence.end => i += 1,
                    _ => break,
                }
            }
            if items < 2 || found.len() * 10 < items * 8 {
                continue;
            }
            let is_cue = |c: &(usize, usize, u32), base: usize| {
                let end = base + c.1;
                doc.at(end, "代表") && !doc.at(end, "代表大会") && !doc.at(end, "代表团")
            };
            let congress = if TITLED.contains(cue) {
                // 选举产生的出席党的二十大代表有：: the congress right before.
                let text = doc.slice(sentence.start..pos);
                congress_mentions(text)
                    .into_iter()
                    .find(|c| sentence.start + c.1 == pos)
                    .map(|c| c.2)
            } else {
                // …3名同志当选党的二十大代表。他们是：…, or …代表，他们是：…;
                // not 宣讲党的二十大精神。
                let before = doc.since_sentence_before(&sentence);
                let text = doc.slice(before..pos);
                let cued = congress_mentions(text)
                    .into_iter()
                    .rev()
                    .find(|c| is_cue(c, before));
                cued.filter(|c| text.contains("当选") || counted_before(doc, before + c.1, pos))
                    .map(|c| c.2)
            };
            // 代表有： with no congress is any body's list (人大代表有：).
            if TITLED.contains(cue) && congress.is_none() {
                continue;
            }
            for entry in found {
                add_listed(doc, out, entry, congress);
            }
        }
    }
}

/// A listed name: its span, and gender and ethnicity from its note.
type Listed = (usize, usize, Option<String>, Option<String>);

/// A person of an official list, with what the list says of them.
fn add_listed(doc: &Doc, out: &mut Extraction, entry: Listed, delegate_to: Option<u32>) {
    let (s, e, gender, ethnicity) = entry;
    let id = out.entity(Kind::Person, &super::unpadded(doc.slice(s..e)));
    // What another rule found of the same person stays.
    let ent = &mut out.entities[id];
    if let Some(c) = delegate_to {
        ent.delegate_to.get_or_insert(c);
    }
    if gender.is_some() {
        ent.gender = gender;
    }
    if ethnicity.is_some() {
        ent.ethnicity = ethnicity;
    }
    out.mention(doc, s, e, id);
}

/// A name in a list that is not laid out as one (after 他们是：, one a line):
/// two to four characters opening with a surname, no common word.
fn listed_name_ok(doc: &Doc, out: &Extraction, s: usize, e: usize) -> bool {
    let name = doc.slice(s..e);
    (2..=4).contains(&(e - s))
        && name_ok(doc, out, s, e, true)
        && Lexicon::get().has_surname(name)
        && !segment::is_common_word(name)
        && !NOT_NAMES.contains(&name)
}

/// Does a line announce a list of names (…代表名单, （按姓氏笔画为序）)?
fn announces_list(t: &str) -> bool {
    let stem = t.trim_end_matches(['：', ':']);
    // 代表名单如下：, 他们是：: the names fill the next line.
    t.contains("姓氏笔画")
        || stem.ends_with("名单")
        || (stem.len() < t.len() && t.contains("名单") && stem.ends_with("如下"))
}

/// One delegate a line under a line announcing the list, each perhaps with
/// a note and a post: `马某花（女，回族）　吴忠市某村党支部书记`,
/// `王某强，某区党委书记；`.
fn line_list(doc: &Doc, out: &mut Extraction) {
    let national = out.meta.congress.and_then(|c| out.entities[c].ordinal);
    let paras = &doc.paragraphs;
    let mut k = 0;
    while k < paras.len() {
        let announced = doc.slice(paras[k].clone());
        if !announces_list(announced) {
            k += 1;
            continue;
        }
        // A local congress's list (…出席市第十三次代表大会代表…名单如下,
        // or under such a headline) names persons, not the national
        // congress's delegates.
        // (A list the line announces as the national congress's is its,
        // whatever the headline.)
        let headline = doc.slice(paras[0].clone());
        let local = congress_mentions(announced).is_empty()
            && [announced, headline].iter().any(|t| {
                super::relation::LOCAL_CONGRESS
                    .iter()
                    .any(|w| t.contains(w))
                    && congress_mentions(t).is_empty()
            });
        let congress = national.filter(|_| !local);
        k += 1;
        // The note under the title: （共17名，按姓氏笔画排序）, and a table's
        // header row (序号 姓名 性别 民族 工作单位及职务).
        while k < paras.len()
            && (doc.slice(paras[k].clone()).starts_with(['（', '('])
                || doc.slice(paras[k].clone()).contains("姓名"))
        {
            k += 1;
        }
        let mut entries = Vec::new();
        while let Some(entry) = paras.get(k).and_then(|p| line_entry(doc, out, p.clone())) {
            entries.push(entry);
            k += 1;
        }
        if entries.len() >= 3 {
            for entry in entries {
                add_listed(doc, out, entry, congress);
            }
        }
    }
}

/// A line holding one name, its note, and after a space or comma the rest
/// (a post, or after a colon: 王某（女）：某镇党委书记): the name's span and
/// the note's gender and ethnicity.
fn line_entry(doc: &Doc, out: &Extraction, para: std::ops::Range<usize>) -> Option<Listed> {
    // A row of names (王某 王某国 吴某) is a list laid out by rows, not one
    // name and a post: delegate_list's.
    let text = doc.slice(para.clone());
    let lx = Lexicon::get();
    let looks_named = |w: &str| {
        let name = w.split(['（', '(']).next().unwrap_or(w);
        name.chars().count() <= 4
            && lx.has_surname(name)
            && !segment::is_common_word(name)
            && !lx.title_set.contains(name)
            && !name.ends_with(['县', '市', '村', '镇', '乡', '区', '省'])
    };
    let fields: Vec<&str> = text
        .split([' ', '\u{3000}'])
        .filter(|w| !w.is_empty())
        .collect();
    let row = fields.len() >= 3 && fields.iter().all(|w| looks_named(w));
    if row {
        return None;
    }
    // A table's row number (1⇥王某燕⇥女⇥…).
    let numbered = (para.start..para.end)
        .find(|&i| !doc.chars[i].is_ascii_digit())
        .filter(|&i| i > para.start && matches!(doc.chars[i], '\t' | '．' | '.' | '、'));
    let s = numbered.map_or(para.start, |i| i + 1);
    let mut e = s;
    while e < para.end && is_name_char(doc.chars[e]) {
        e += 1;
    }
    let padded = e == s + 1 && padded_name(doc, out, s, para.end);
    if padded {
        e += 2;
    } else if !listed_name_ok(doc, out, s, e) {
        return None;
    }
    let mut i = e;
    let (mut gender, mut ethnicity) = (None, None);
    if i < para.end && matches!(doc.chars[i], '（' | '(') {
        let close = (i..para.end).find(|&j| matches!(doc.chars[j], '）' | ')'))?;
        (gender, ethnicity) = note_facts(doc.slice(i + 1..close));
        i = close + 1;
    }
    (i == para.end || matches!(doc.chars[i], ' ' | '，' | ',' | '\t' | '：' | ':'))
        .then_some((s, e, gender, ethnicity))
}

/// Does a sentence report an election of delegates (选举产生了…代表,
/// …当选…代表)?
pub(super) fn reports_election(t: &str) -> bool {
    (t.contains("选举产生") || t.contains("当选")) && t.contains("代表")
}

/// A 、-list of names, each perhaps with a note, before N名同志当选 (我市王某、
/// 李某（女）、赵某某3名同志当选为党的二十大代表): the names, with gender
/// and ethnicity from the notes, and the congress when the sentence names it.
fn elected_list(doc: &Doc, out: &mut Extraction) {
    let lx = Lexicon::get();
    for cue in doc.find_all("同志当选") {
        let sentence = doc.sentence_of(cue);
        // The congress this sentence names, or the one the sentence before
        // elected delegates to (…选举产生了出席党的十九大代表74名。…同志当选).
        // Only when they are elected delegates (同志当选。), not to a post
        // (同志当选为省委副书记).
        let elected = doc.at(cue + 4, "。") || doc.slice(cue..sentence.end).contains("代表");
        let before = doc
            .sentence_before(&sentence)
            .filter(|_| elected)
            .map(|b| doc.slice(b))
            .filter(|t| reports_election(t));
        let first = |t: &str| congress_mentions(t).first().map(|c| c.2);
        let congress = first(doc.slice(cue..sentence.end)).or_else(|| before.and_then(first));
        // Back over N名 or 五名, and 等, to the last name's end.
        let mut e = cue;
        if e > sentence.start && matches!(doc.chars[e - 1], '名' | '位') {
            e -= 1;
            while e > sentence.start
                && (doc.chars[e - 1].is_ascii_digit()
                    || super::chinese_number(doc.slice(e - 1..e)).is_some())
            {
                e -= 1;
            }
        }
        if e > sentence.start && doc.chars[e - 1] == '等' {
            e -= 1;
        }
        let mut found: Vec<Listed> = Vec::new();
        loop {
            // A note in brackets after the name: （女，回族）.
            let (mut gender, mut ethnicity) = (None, None);
            let mut name_end = e;
            if let Some(open) = aside_before(doc, e) {
                (gender, ethnicity) = note_facts(doc.slice(open + 1..e - 1));
                name_end = open;
            }
            let fits = |l: usize| {
                name_end >= l + sentence.start
                    && doc.chars[name_end - l..name_end].iter().all(|&c| is_han(c))
                    && lx.has_surname(doc.slice(name_end - l..name_end))
                    && name_ok(doc, out, name_end - l, name_end, true)
            };
            // The first name of the list has no 、 before it: a surname
            // decides between three characters and two (我市|王某军).
            let Some(l) = [3, 2].into_iter().find(|&l| {
                fits(l)
                    && (l == 2
                        || lx
                            .surnames
                            .contains(doc.slice(name_end - l..name_end - l + 1)))
            }) else {
                break;
            };
            found.push((name_end - l, name_end, gender, ethnicity));
            e = name_end - l;
            if e > sentence.start && doc.chars[e - 1] == '、' {
                e -= 1;
            } else {
                break;
            }
        }
        if found.len() < 2 {
            continue;
        }
        for (s, e, gender, ethnicity) in found {
            let id = out.entity(Kind::Person, doc.slice(s..e));
            let ent = &mut out.entities[id];
            if ent.delegate_to.is_none() {
                ent.delegate_to = congress;
            }
            ent.gender = ent.gender.take().or(gender);
            ent.ethnicity = ent.ethnicity.take().or(ethnicity);
            out.mention(doc, s, e, id);
        }
    }
}

/// What separates the parts of a note after a name (女，回族).
const NOTE_MARKS: [char; 3] = ['，', ',', '、'];

/// Gender and ethnicity from the note after a listed name (女，回族).
fn note_facts(note: &str) -> (Option<String>, Option<String>) {
    let (mut gender, mut ethnicity) = (None, None);
    for part in note.split(NOTE_MARKS) {
        if matches!(part, "女" | "男") {
            gender = Some(part.to_string());
        } else if Lexicon::get().ethnic_groups.contains(part) {
            ethnicity = Some(part.to_string());
        }
    }
    (gender, ethnicity)
}

/// Does a note say only a gender and a people (瑶族, 女，回族)?
pub(super) fn only_note_facts(note: &str) -> bool {
    let lx = Lexicon::get();
    note.split(NOTE_MARKS)
        .all(|p| matches!(p, "女" | "男") || lx.ethnic_groups.contains(p))
}

/// Is the one character at `s` the surname of a two-character name that a
/// list pads to the width of three (王　芳, the space normalized from U+3000):
/// a space, one more Han character, then the item's end?
fn padded_name(doc: &Doc, out: &Extraction, s: usize, end: usize) -> bool {
    doc.padded_pair(s, end)
        && Lexicon::get().surnames.contains(doc.slice(s..s + 1))
        && !out.overlaps(s, s + 3, &[Kind::Place, Kind::Organization, Kind::Honor])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::{assert_delegates, has_rel, labels};
    use crate::pipeline::extract::Pred;

    #[test]
    fn every_courtesy_title_passes_the_first_character_test() {
        for t in TITLES_AFTER {
            assert!(title_after_first(t.chars().next().unwrap()), "{t}");
        }
    }

    #[test]
    fn cue_marks_agree_with_reading_each_word() {
        // Overlapping cues (说 inside 笑着说), one at the text's start and
        // end, and text that is not ASCII before them.
        let text = "说起来，记者张某某笑着说：学生李某同志，代表王某表示感谢当选";
        let doc = Doc::new(text, None);
        for pos in 0..=doc.len() {
            let right = RIGHT_CUES.iter().any(|c| doc.at(pos, c));
            let left = LEFT_CUES.iter().any(|c| doc.ends_with_at(pos, c));
            assert_eq!(cues(&doc).right[pos], right, "right cue at {pos}");
            assert_eq!(cues(&doc).left[pos], left, "left cue ending at {pos}");
        }
        assert!(cues(&doc).right[0] && cues(&doc).left[6] && cues(&doc).right[doc.len() - 2]);
    }

    // The U+3000 that pads 王　芳 is a space once normalized.
    extractor_test!(
        padded_two_character_names_in_a_list,
        "出席党的二十大代表名单\n（按姓氏笔画为序）\n马某龙（回族） 王 芳（女） 王某国 任 平 张某佑 韩 冰",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["任平", "张某佑", "王某国", "王芳", "韩冰", "马某龙"], "{p:?}");
            let id = out.find(Kind::Person, "王芳").unwrap();
            let e = &out.entities[id];
            assert_eq!((e.gender.as_deref(), e.delegate_to), (Some("女"), Some(20)));
            assert!(e.aliases.is_empty(), "{:?}", e.aliases);
        }
    );

    // 程志 is a frequent word in jieba's dictionary; a title before and 等
    // after still fence the name in.
    extractor_test!(
        titled_name_before_deng,
        "当选代表中有社区党委书记方某、煤矿综采一队队长程志刚等。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["方某", "程志刚"], "{p:?}");
        }
    );

    // 高级工 and 工程师 are both titles: 程师 is no name.
    extractor_test!(
        no_name_inside_a_title,
        "张某民说，他现为林业和草原局高级工程师、党的二十大代表。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["张某民"]);
        }
    );

    // 来 is a surname and 代表 a cue, but 了 ends no name.
    extractor_test!(
        no_name_ends_in_a_particle,
        "王某说，党的二十大代表来了。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["王某"]);
        }
    );

    // 班 is a surname, 班长 a title.
    extractor_test!(
        no_name_ends_in_a_title,
        "高某英，女，汉族，1978年8月生，某研究院某车间焊工班班长、高级技师。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["高某英"]);
        }
    );

    // jieba's dictionary tags 荣誉 as a name.
    extractor_test!(
        a_frequent_word_tagged_as_a_name,
        "“当选代表，是荣誉更是责任。”周建国说。他先后获得全国先进个人等荣誉称号。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["周建国"]);
        }
    );

    extractor_test!(
        a_dotted_name_holding_a_stop_character,
        "来自和田地区于田县的代表古丽米拉·阿不都热依木表示，要让更多孩子上学。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["古丽米拉·阿不都热依木"]);
        }
    );

    extractor_test!(
        a_delegate_speaking_in_the_discussion,
        "出席党的二十大的内蒙古代表团举行小组会议。孟和代表在讨论中说，要保护草原。潍柴动力股份有限公司首席技师王树军代表在发言中说，要打造大国重器。",
        |out| {
            for name in ["孟和", "王树军"] {
                let id = out.find(Kind::Person, name).unwrap();
                assert_eq!(out.entities[id].delegate_to, Some(20), "{name}");
            }
        }
    );

    extractor_test!(
        names_jieba_reads_whole,
        "阿不都热合曼·买买提代表说，南疆群众生活越来越好。党的二十大代表王刚开始讲话。党的二十大代表宋春来、孔维东参加了讨论。师傅常说，干一行爱一行。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["孔维东", "宋春来", "王刚", "阿不都热合曼·买买提"], "{p:?}");
        }
    );

    extractor_test!(
        a_delegate_giving_a_view,
        "党的二十大开幕。在种粮大户赵庆丰代表看来，粮食安全是头等大事。三元朱村党支部书记韩立新代表则把目光投向乡村。正如邹美华代表所言，要干在实处。王某代表公司签约。",
        |out| {
            assert_delegates(&out, &["赵庆丰", "韩立新", "邹美华"], 20);
            if let Some(id) = out.find(Kind::Person, "王某") {
                assert_eq!(out.entities[id].delegate_to, None);
            }
        }
    );

    extractor_test!(
        a_plural_is_no_name,
        "代表们认为，报告是一篇纲领性文献。",
        |out| {
            assert!(labels(&out, Kind::Person).is_empty());
        }
    );

    extractor_test!(
        no_name_ends_inside_daibiao,
        "采油48队副队长刘丽代表说，她将带领工友们攻关。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["刘丽"]);
        }
    );

    extractor_test!(
        numbered_biographies,
        "某某省出席党的二十大代表简介\n1. 张海涛，男，汉族，1970年5月生，某村党委书记。\n（2）黄丽萍，女，汉族，1983年2月生，某医院主任医师。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["张海涛", "黄丽萍"]);
        }
    );

    extractor_test!(
        one_delegate_a_line_with_posts,
        "中国共产党某某自治区出席第二十次全国代表大会代表名单\n（共17名，按姓氏笔画排序）\n马玉花（女，回族） 吴忠市利通区金积镇马家湖村党支部书记\n王志强 某某自治区党委书记\n白海燕（女），某某医科大学总医院急诊科主任；\n李成武 某某煤矿综采队队长",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["李成武", "王志强", "白海燕", "马玉花"], "{p:?}");
            let id = out.find(Kind::Person, "马玉花").unwrap();
            let e = &out.entities[id];
            assert_eq!(e.delegate_to, Some(20));
            assert_eq!((e.gender.as_deref(), e.ethnicity.as_deref()), (Some("女"), Some("回族")));
            // Each line's post gives the membership.
            assert!(crate::pipeline::extract::testing::has_rel(
                &out,
                "马玉花",
                super::super::Pred::MemberOf,
                "马家湖村党支部"
            ));
        }
    );

    extractor_test!(
        the_elected_named_after_they_are,
        "记者从省卫生健康委获悉，我省医疗卫生系统3名同志当选党的二十大代表。\n他们是：王建设（郑州大学第一附属医院）、李红梅（河南省人民医院）、周桂兰（兰考县东坝头乡卫生院）。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["周桂兰", "李红梅", "王建设"], "{p:?}");
            assert_delegates(&out, &["王建设"], 20);
            assert!(crate::pipeline::extract::testing::has_rel(
                &out,
                "李红梅",
                super::super::Pred::MemberOf,
                "河南省人民医院"
            ));
        }
    );

    extractor_test!(
        no_words_or_lecturers_as_the_elected,
        "我市3名同志当选党的二十大代表。他们是：王建国、李红梅、赵志刚，都是党员。省委宣讲团宣讲党的第二十次全国代表大会精神。他们是：王某国、李某梅、赵某刚。",
        |out| {
            assert!(out.find(Kind::Person, "都是党员").is_none());
            let id = out.find(Kind::Person, "王某国").unwrap();
            assert_eq!(out.entities[id].delegate_to, None);
            assert_delegates(&out, &["王建国"], 20);
        }
    );

    // 长海 is a county; inside a listed name it is no place.
    extractor_test!(
        a_place_inside_a_listed_name,
        "中国共产党辽宁省出席第二十次全国代表大会代表名单\n（共4名，按姓氏笔画排序）\n于某来  王 磊  王某华（女）  刘长海",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != super::super::Pred::LocatedIn));
            let p = labels(&out, Kind::Person);
            assert_eq!(p, ["于某来", "刘长海", "王某华", "王磊"], "{p:?}");
            assert_eq!(labels(&out, Kind::Place), ["辽宁"]);
            assert_delegates(&out, &["刘长海"], 20);
        }
    );

    extractor_test!(
        a_full_list_under_delegation_headings,
        "中国共产党第二十次全国代表大会代表名单\n（2296名）\n北京市（41名）\n丁某祥 王 宁 王某发（女） 尹某东\n新疆维吾尔自治区（49名）\n艾尔肯·吐某亚孜（维吾尔族） 马某兴（回族） 古丽米拉·阿不都热某木（女，维吾尔族） 刘某军",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p.len(), 8, "{p:?}");
            let id = out.find(Kind::Person, "古丽米拉·阿不都热某木").unwrap();
            let e = &out.entities[id];
            assert_eq!(e.ethnicity.as_deref(), Some("维吾尔族"));
            assert_eq!(e.delegate_to, Some(20));
        }
    );

    extractor_test!(
        tibetan_names_have_no_surname,
        "二十大代表风采｜扎西卓玛：雪域高原上的白衣天使\n今年45岁的扎西卓玛是医院急诊科护士长。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["扎西卓玛"]);
        }
    );

    // 某 stands for a unit's number; 陆军 is a frequent word jieba tags as a name.
    extractor_test!(
        military_posts_and_numbered_units,
        "当选代表中，有火箭军某旅旅长王某强、陆军某合成旅四级军士长张某等。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["张某", "王某强"]);
        }
    );

    extractor_test!(
        names_before_n_comrades_elected,
        "在日前召开的省党代会上，我市王某军、李某兰（女）、赵某胜、孙某华（女，回族）4名同志当选为党的二十大代表。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["孙某华", "李某兰", "王某军", "赵某胜"]);
            let id = out.find(Kind::Person, "孙某华").unwrap();
            let e = &out.entities[id];
            assert_eq!(e.gender.as_deref(), Some("女"));
            assert_eq!(e.ethnicity.as_deref(), Some("回族"));
            assert_eq!(e.delegate_to, Some(20));
        }
    );

    extractor_test!(titles_speech_and_lists, "北京某某医院急诊内科主任王荃是她的学生。刘碧说，工作很忙。委员王晓晖、黄强、罗文、王宁在主席台就座。", |out| {
        let p = labels(&out, Kind::Person);
        for n in ["王荃", "刘碧", "王晓晖", "黄强", "罗文", "王宁"] {
            assert!(p.contains(&n.to_string()), "{n} in {p:?}");
        }
        assert_eq!(p.len(), 6, "{p:?}");
    });

    extractor_test!(
        heading_name_and_later_mentions,
        "钱某云：为了孩子的健康成长\n钱某云一直忘不了这一幕。",
        |out| {
            let id = out.find(Kind::Person, "钱某云").unwrap();
            assert_eq!(out.mentions.iter().filter(|m| m.entity == id).count(), 2);
        }
    );

    extractor_test!(
        two_character_name_before_a_word,
        "二十大代表杨宁是江门村党总支部书记。杨宁毅然决然回到家乡。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["杨宁"]);
        }
    );

    extractor_test!(common_words_are_not_names, "总书记时时刻刻把我们放在心里。代表应具备的条件。党中央高度重视。马背宣讲队和红旗手。严格监督。", |out| {
        assert!(labels(&out, Kind::Person).is_empty(), "{:?}", labels(&out, Kind::Person));
    });

    extractor_test!(
        a_list_by_delegation_after_its_dateline,
        "某省出席党的二十大代表名单\n新华社北京8月27日电\n济南代表团：\n于某安 王某燕（女） 刘某强\n青岛代表团：\n陆某原 赵某志 姜某彤（女）\n代表中，女代表2名。",
        |out| {
            assert_delegates(&out, &["于某安", "刘某强", "姜某彤", "王某燕", "赵某志", "陆某原"], 20);
            assert_eq!(labels(&out, Kind::Person).len(), 6, "{:?}", labels(&out, Kind::Person));
        }
    );

    extractor_test!(
        a_colon_line_after_a_list_title_is_no_heading,
        "某省出席党的二十大代表名单公布\n新华社济南8月27日电 代表名单已经公布。\n关键词：\n共同富裕 乡村振兴 民族团结",
        |out| {
            assert!(labels(&out, Kind::Person).is_empty(), "{:?}", labels(&out, Kind::Person));
        }
    );

    extractor_test!(
        one_delegate_a_line_with_short_fields,
        "某省出席党的二十大代表名单\n张某华（女） 某村 党支部书记\n李某强 某县 副县长\n王某芳（女，回族） 某镇 镇长",
        |out| {
            assert_delegates(&out, &["张某华", "李某强", "王某芳"], 20);
        }
    );

    extractor_test!(
        a_sentence_after_a_wrapped_list_is_no_entry,
        "某省出席党的二十大代表名单（按姓氏笔画为序）\n王某 王某国 吴某 孙某淼\n李某忠 吴某（女） 蓝某兰（女，畲族）\n代表中，女代表12名。",
        |out| {
            assert!(out.find(Kind::Person, "代表中").is_none(), "{:?}", labels(&out, Kind::Person));
            assert_delegates(&out, &["孙某淼", "蓝某兰"], 20);
        }
    );

    extractor_test!(
        mongolian_names_of_two_parts,
        "党的十七大代表巴图孟和是嘎查党支部书记。牧民乌云其其格说：“好。”牧民额尔敦毕力格说：“好。”牧民吉日嘎拉额尔德尼说：“好。”",
        |out| {
            let persons = labels(&out, Kind::Person);
            assert_eq!(persons, vec!["乌云其其格", "吉日嘎拉额尔德尼", "巴图孟和", "额尔敦毕力格"]);
            assert_delegates(&out, &["巴图孟和"], 17);
        }
    );

    extractor_test!(
        a_dotted_name_ends_before_an_adverb,
        "凌晨两点，产科主任阿依古丽·买买提迅速作出判断。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["阿依古丽·买买提"]);
        }
    );

    extractor_test!(official_list_with_notes, "中国共产党第二十次全国代表大会代表名单（共2296名，按姓氏笔画为序排列）丁某（女） 丁某某 丁某某某（女，回族） 于某（满族） 才让某 么某某", |out| {
        let p = labels(&out, Kind::Person);
        assert_eq!(p.len(), 6, "{p:?}");
        let id = out.find(Kind::Person, "丁某某某").unwrap();
        assert_eq!(out.entities[id].gender.as_deref(), Some("女"));
        assert_eq!(out.entities[id].ethnicity.as_deref(), Some("回族"));
        assert_eq!(out.entities[id].delegate_to, Some(20));
    });

    extractor_test!(
        minority_names_with_a_middle_dot,
        "内蒙古代表廷·巴特尔说，牧区变化很大。记者买买提·吐尔逊报道。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert!(p.contains(&"廷·巴特尔".to_string()), "{p:?}");
            assert!(p.contains(&"买买提·吐尔逊".to_string()), "{p:?}");
        }
    );

    extractor_test!(
        list_after_an_announcing_line,
        "会议选举产生了出席党的二十大代表。\n他们是（按姓氏笔画为序）：\n王成 毛伟明 龙晓华（女，苗族） 刘莲玉（女）",
        |out| {
            let p = labels(&out, Kind::Person);
            assert_eq!(p.len(), 4, "{p:?}");
            let id = out.find(Kind::Person, "龙晓华").unwrap();
            assert_eq!(out.entities[id].ethnicity.as_deref(), Some("苗族"));
            assert_eq!(out.entities[id].delegate_to, Some(20));
        }
    );

    extractor_test!(
        compound_surname,
        "代表欧阳晓明说，很高兴。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert!(p.contains(&"欧阳晓明".to_string()), "{p:?}");
        }
    );

    extractor_test!(
        names_that_hold_a_place_name,
        "汤克东：创新使工作更快乐\n检修车间班长汤克东同两名技术员围坐一起。急诊科主任万荣说，病房很忙。在万荣看来，护士很辛苦。",
        |out| {
            // 克东 and 万荣 are counties, but here they are in names.
            assert_eq!(labels(&out, Kind::Person), vec!["万荣", "汤克东"]);
            assert!(labels(&out, Kind::Place).is_empty(), "{:?}", labels(&out, Kind::Place));
        }
    );

    extractor_test!(
        a_stop_character_does_not_end_a_name,
        "检修车间班长秦东同两名技术员围坐一起。副主任徐洋说，孩子好多了。",
        |out| {
            // 秦东 and 徐洋 are minor places in jieba's dictionary.
            assert_eq!(labels(&out, Kind::Person), vec!["徐洋", "秦东"]);
        }
    );

    extractor_test!(
        a_place_name_without_a_name_cue_stays_a_place,
        "代表们来自万荣和克东。",
        |out| {
            assert!(
                labels(&out, Kind::Person).is_empty(),
                "{:?}",
                labels(&out, Kind::Person)
            );
            assert_eq!(labels(&out, Kind::Place), vec!["万荣县", "克东县"]);
        }
    );

    extractor_test!(
        function_word_surnames_between_firm_cues,
        "林强卫：创新使工作更快乐\n盈盈的姑娘映入眼帘。于英辉说：“看着孩子好。”前几年，贾刚刚说：“好。”",
        |out| {
            // 于 is a preposition and 强卫 a rare verb; 刚刚 is a frequent word.
            assert_eq!(labels(&out, Kind::Person), vec!["于英辉", "林强卫"]);
        }
    );

    extractor_test!(
        a_province_name_as_given_name,
        "急诊科主任刘福建说，病房很忙。代表们来自福建。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["刘福建"]);
            assert_eq!(labels(&out, Kind::Place), vec!["福建"]);
        }
    );

    extractor_test!(
        given_names_with_characters_that_open_words,
        "急诊科主任程国新是她的学生。护士长龙娜强说，很忙。记者石娥红）院长王芳强调，要小心。",
        |out| {
            // 新 after 程国, 强 ending a name (but 强调 after one), the rare
            // word 石娥 inside a name.
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["王芳", "石娥红", "程国新", "龙娜强"]
            );
        }
    );

    extractor_test!(
        a_title_is_not_cut_for_a_name,
        "心内科副主任范阳说，儿童重症监护很重要。",
        |out| {
            // 主 of 主任 opens 主持 after a name, but ends 主任 before one.
            assert_eq!(labels(&out, Kind::Person), vec!["范阳"]);
        }
    );

    extractor_test!(
        a_dotted_name_read_back_from_a_colon,
        "村民艾力·吐尔逊说：“书记心里装着大家。”",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["艾力·吐尔逊"]);
        }
    );

    extractor_test!(
        a_plural_opens_no_name,
        "四川代表团讨论党的二十大报告。代表们纷纷表示，要推动发展。",
        |out| {
            assert!(labels(&out, Kind::Person).is_empty());
        }
    );

    extractor_test!(
        a_list_under_a_bodys_name_and_no_particle_in_a_name,
        "中央和国家机关出席党的二十大代表名单\n中央办公厅\n王某新　刘某红（女）　张某华\n“过去游客来了住不下。”杨某明说。",
        |out| {
            assert_delegates(&out, &["王某新", "刘某红", "张某华"], 20);
            assert!(out.find(Kind::Person, "来了住").is_none());
        }
    );

    extractor_test!(
        leaders_elected_clause_by_clause_and_no_pronoun_names,
        "全会选举王建华为省委书记，钱立新、孙志平为省委副书记。代表许某强没有当选，但他说“倍感光荣”。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["孙志平", "王建华", "许某强", "钱立新"]);
        }
    );

    extractor_test!(
        an_elected_name_holding_a_county_name_is_no_place,
        "全会选举赵永康为省委书记。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["赵永康"]);
            assert!(labels(&out, Kind::Place).is_empty());
        }
    );

    extractor_test!(
        no_name_of_an_adverb_or_a_verb,
        "马某斌为省第十二次党代会代表，但未当选二十大代表。校长潘某凤2021年又被授予“贵州省优秀共产党员”称号。区政协主席马某斌、区人大常委会主任邱宏均为代表。680余名妇女代表齐聚一堂。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["潘某凤", "马某斌"]);
            assert!(has_rel(&out, "潘某凤", Pred::ReceivedHonor, "贵州省优秀共产党员"));
        }
    );

    extractor_test!(
        no_name_of_an_address_a_field_or_a_speech,
        "荡湾村党总支书记沈某娣2007年曾当选十七大代表。省委书记张某伟听取代表发言后指出，要把精神带回去。记者：杨代表，您这次准备提什么建议？\n籍贯：贵州雷山",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["张某伟", "沈某娣"]);
        }
    );

    extractor_test!(
        tibetan_and_mongolian_names_holding_a_county_name_or_an_adverb,
        "党的二十大代表扎西平措表示，要把心声带到北京。党的二十大代表乌兰图雅说，草原美了。党的二十大代表才让卓玛用双语宣讲。",
        |out| {
            assert_delegates(&out, &["扎西平措", "乌兰图雅", "才让卓玛"], 20);
            assert!(labels(&out, Kind::Place).iter().all(|p| p == "北京"));
        }
    );

    extractor_test!(
        a_courtesy_title_after_the_name_and_verbs_glued_to_it,
        "我校王建军教授当选党的二十大代表。青年焊工陈昊听后表示，要学习。村民李明听了宣讲后说，很受鼓舞。机电工程系教师苏晓峰说，要带给学生。",
        |out| {
            assert_delegates(&out, &["王建军"], 20);
            assert_eq!(labels(&out, Kind::Person), ["李明", "王建军", "苏晓峰", "陈昊"]);
        }
    );

    extractor_test!(
        a_yi_name_of_four_characters,
        "党的二十大四川代表团举行全体会议。昭觉县三河村党支部书记吉好也求代表说，村里变化很大。",
        |out| {
            assert_delegates(&out, &["吉好也求"], 20);
        }
    );

    extractor_test!(
        a_numbered_table_of_a_local_congress_names_persons_only,
        "出席市第十三次党代会代表选举结果揭晓\n当选代表名单如下（按姓氏笔画排序）：\n序号\t姓名\t性别\t民族\t工作单位及职务\n1\t王海燕\t女\t汉族\t某社区党委书记\n2\t毛建国\t男\t汉族\t某重工有限公司董事长\n3\t朱丽萍\t女\t回族\t某医院护理部主任\n迎接党的二十大胜利召开。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["朱丽萍", "毛建国", "王海燕"]);
            assert!(out.entities.iter().all(|e| e.delegate_to.is_none()));
        }
    );

    extractor_test!(
        a_national_list_under_a_local_congress_headline,
        "中国共产党某省第十二次代表大会闭幕\n某省出席党的二十大代表名单\n王海燕\t女\t汉族\t某社区党委书记\n毛建国\t男\t汉族\t某重工有限公司董事长\n朱丽萍\t女\t回族\t某医院护理部主任",
        |out| {
            assert_delegates(&out, &["王海燕", "毛建国", "朱丽萍"], 20);
        }
    );

    extractor_test!(
        a_roster_with_a_colon_after_each_name,
        "出席党的二十大代表名单\n（按姓氏笔画为序）\n王立群（女）：某镇党委书记\n刘志军：某集团有限公司董事长\n孙海燕（女，回族）：某市人民医院主任医师\n张德明：某镇党委书记",
        |out| {
            assert_delegates(&out, &["王立群", "刘志军", "孙海燕", "张德明"], 20);
            let sun = out.entities.iter().find(|e| e.label == "孙海燕").unwrap();
            assert_eq!(sun.ethnicity.as_deref(), Some("回族"));
        }
    );

    extractor_test!(
        a_dotted_name_whose_first_part_jieba_reads_as_a_verb,
        "某村党支部书记阿不都热合曼·买买提，曾获全国脱贫攻坚先进个人称号。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["阿不都热合曼·买买提"]);
            assert!(has_rel(
                &out,
                "阿不都热合曼·买买提",
                Pred::ReceivedHonor,
                "全国脱贫攻坚先进个人"
            ));
        }
    );

    extractor_test!(
        tibetan_and_yi_names,
        "党的二十大代表尼玛次仁说，要守护草原。代表吉克阿合说，很振奋。多吉次仁代表表示，要干实事。党的二十大代表、某市人民医院医生达娃卓玛说，要补齐短板。",
        |out| {
            // 尼玛 is also a county's short name; 多吉次仁 a word of jieba's.
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["吉克阿合", "多吉次仁", "尼玛次仁", "达娃卓玛"]
            );
            assert!(labels(&out, Kind::Place).is_empty());
        }
    );

    extractor_test!(
        a_delegate_described_not_quoted,
        "江苏代表团分组讨论党的二十大报告。王明霞代表是一名护理部主任。林海涛代表刚从一线归来。",
        |out| {
            assert_delegates(&out, &["王明霞", "林海涛"], 20);
        }
    );

    extractor_test!(
        a_name_read_back_stops_before_a_stop_character,
        "党的二十大代表王芳说：“这是荣誉。”党的二十大代表李明自2011年起在医院工作。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["李明", "王芳"]);
        }
    );

    extractor_test!(
        names_elected_to_posts,
        "会议选举刘建新为市委书记，选举王立平、赵红梅为市委副书记。一线党员代表占比超过四成。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["刘建新", "王立平", "赵红梅"]
            );
        }
    );

    extractor_test!(
        official_lists_over_lines_and_with_odd_items,
        "中国共产党第二十次全国代表大会某省代表名单如下（共7名，按姓氏笔画为序排列）：马某瑞 乌兰（女，蒙古族） 朱某仑\n布 赫（蒙古族） 刘某涛\n陈某俊 周某成\n砥砺前行\n据了解，以上7名代表中，女代表1名。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["乌兰", "刘某涛", "周某成", "布赫", "朱某仑", "陈某俊", "马某瑞"]
            );
            assert_delegates(&out, &["乌兰"], 20);
            assert!(labels(&out, Kind::Place).is_empty());
        }
    );

    extractor_test!(
        a_list_after_a_title_keeps_every_item,
        "大会主席团常务委员会委员林某华、周家明、陈某蓉、洛桑江村在主席台前排就座。省委书记王立新主持会议。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Person),
                vec!["周家明", "林某华", "洛桑江村", "王立新", "陈某蓉"]
            );
        }
    );

    extractor_test!(
        speakers_named_by_what_they_are_and_a_column_heading,
        "二十大代表风采丨其其格：草原上的领头雁\n产妇家属梁某：吴主任一直守到天亮。\n游客王某芳：这里很干净。\n代表风采丨扎根基层：记一位老党员",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["其其格", "梁某", "王某芳"]);
        }
    );

    extractor_test!(
        a_surname_that_is_a_conjunction_after_a_quote_and_no_village_name,
        "“我就一直教下去。”和玉珍说。秋日的伏叶村，梯田金黄。如今，伏叶村先后获评示范村。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), vec!["和玉珍"]);
        }
    );

    extractor_test!(
        nominees_elected_in_the_next_sentence,
        "大会选举产生了某省出席党的十九大代表74名。党中央提名的代表候选人李某忠、马某同志当选。大会选举产生了出席党的二十大代表60名。王某、李某同志当选为省委副书记。",
        |out| {
            assert_delegates(&out, &["李某忠", "马某"], 19);
            for name in ["王某", "李某"] {
                let id = out.find(Kind::Person, name);
                assert!(id.is_none_or(|id| out.entities[id].delegate_to.is_none()), "{name}");
            }
        }
    );

    #[test]
    fn a_surname_glued_to_a_title_still_starts_a_name() {
        let out = crate::pipeline::extract::testing::run(
            "某通信公司研发部主任何建平说，要掌握技术。车间主任何时来过？",
        );
        assert!(out.find(Kind::Person, "何建平").is_some());
        assert_eq!(labels(&out, Kind::Person), ["何建平"]);
    }

    extractor_test!(
        a_name_given_and_a_yi_clan_name,
        "社区居民都知道有个“跑腿书记”。她叫陈美娟，是社区党委书记。某县人民医院妇产科副主任阿苦日火说，她手机24小时开机。",
        |out| {
            let p = labels(&out, Kind::Person);
            assert!(p.contains(&"陈美娟".to_string()) && p.contains(&"阿苦日火".to_string()), "{p:?}");
        }
    );

    extractor_test!(
        a_name_before_a_post_taken,
        "沈某铭现任某某大学物理系主任。杨某英2014年当选村党支部书记。钱素云还担任讲者。毕业后先后担任排长。2015年起担任所长。",
        |out| {
            // Not 云还, 后先后 or 年起.
            assert_eq!(labels(&out, Kind::Person), ["杨某英", "沈某铭"]);
        }
    );

    extractor_test!(
        a_list_announced_with_names_below,
        "某省出席党的二十大代表名单\n本报讯 某省出席党的二十大代表名单如下：\n王林　王梅英（女，布依族）　龙继业（苗族）",
        |out| {
            assert_delegates(&out, &["王林", "王梅英", "龙继业"], 20);
        }
    );

    extractor_test!(
        names_seated_or_reporting_on_behalf_of_a_body,
        "吴立平、石志华、龙小平等在主席台前排就座。赵建平代表第十九届中央委员会向大会作报告。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Person),
                ["吴立平", "石志华", "赵建平", "龙小平"]
            );
        }
    );
}
