//! Organizations: national bodies and media from the lexicon; names built
//! from a suffix (医院, 有限公司, 委员会, 代表团 ...) and the name-like words
//! before it, kept only when the name carries a proper element (a place, a
//! known body, a congress, 中共/国家/中央 ...); village branches and
//! committees (山坪村的党支部); and departments right after an organization
//! (北京儿童医院重症医学科, `dg:partOf` the hospital).
//!
//! The canonical label drops a leading congress name or leading places while
//! what is left still starts with a place (陕西榆林佳县人民医院 → 佳县人民医院),
//! so short and long forms of one organization get one IRI.

use super::{Doc, Extraction, Extractor, Kind, Object, Pred};
use crate::lexicon::{LexKind, Lexicon};
use crate::pipeline::normalize::is_han;
use crate::segment::Pos;

pub struct OrgExtractor;

/// Longest organization name we build from a suffix.
const MAX_ORG_LEN: usize = 24;

/// Words that end a name on their left: they qualify, they do not name.
const NOT_IN_NAME: &[&str] = &[
    "当地", "基层", "各", "各级", "有关", "相关", "该", "本", "其他", "其它", "这", "那", "一些",
    "多个", "我们", "全体", "所有", "这个", "那个", "每个", "多家", "一家", "一所", "各个", "上级",
    "下级", "原", "现任", "曾任", "历任", "时任", "兼任", "担任",
];

/// 我县, 本市, 该镇, 全区: "this county" points at a place, it does not name it
/// (全州, a county, does name one).
fn deictic(word: &str) -> bool {
    let mut c = word.chars();
    match (c.next(), c.next(), c.next()) {
        (Some('我' | '本' | '该' | '此'), Some(d), None) => "省市县区州盟旗镇乡村".contains(d),
        (Some('全'), Some(d), None) => "省市县区旗镇乡村".contains(d),
        _ => false,
    }
}

/// First characters of two-character words that end in a one-character
/// suffix but are a verb and its object, however jieba tags them (带队,
/// 入团, 值班, 住院, 参会).
const VERB_BEFORE_SUFFIX: &[char] = &[
    '带', '领', '归', '入', '排', '插', '值', '加', '参', '住', '离',
];

/// Bracketed qualifiers that company names carry inside them.
const BRACKETED: &[&str] = &[
    "（集团）",
    "(集团)",
    "（控股）",
    "(控股)",
    "（中国）",
    "(中国)",
];

/// Last characters of a word that cannot stand inside a name: aspect
/// particles, 的, prepositions.
const LINKING_ENDS: &[char] = &['着', '了', '的', '在', '是', '把', '被', '给', '向'];

/// Name beginnings that make a name proper on their own.
const PROPER_STARTS: &[&str] = &[
    "中共", "中国", "国家", "全国", "中央", "首都", "中华", "人民",
];

/// Words ending in a suffix's character that name no body.
const NOT_BODIES: &[&str] = &[
    "干部", "全部", "内部", "外部", "局部", "大部", "东部", "西部", "南部", "北部", "中部", "头部",
    "腹部", "胸部", "背部", "面部", "底部", "顶部", "根部",
    // A standing committee's member (省委常委), a post.
    "常委",
    // Halls of a building (人民大会堂北大厅), not departments (教育厅).
    "大厅", "会堂",
];

/// Suffixes that are strong enough on their own (any two-character prefix).
const STRONG: &[&str] = &[
    "有限公司",
    "有限责任公司",
    "股份有限公司",
    "集团有限公司",
    "集团公司",
    "集团",
    "大学",
    // 结构化学国家重点实验室: a field of study names it.
    "国家重点实验室",
    // 西岗子派出所: a police station is named after its place, which the
    // gazetteer need not know.
    "派出所",
];

/// Strong suffixes whose prefix must hold no verb (团队建成|国家重点实验室).
const NEEDS_NOUN_PREFIX: &[&str] = &["集团公司", "国家重点实验室", "派出所"];

/// Grassroots bodies named after their village: (suffix, needs a village).
const GRASSROOTS: &[&str] = &[
    "党总支部",
    "党总支",
    "党支部",
    "村民委员会",
    "村委会",
    "居委会",
    "居民委员会",
];

/// Department suffixes (a part of the organization before them).
const DEPARTMENTS: &[&str] = &[
    "教研室",
    "研究室",
    "急诊科",
    "内科",
    "外科",
    "科室",
    "车间",
    "分厂",
    "分院",
    "分局",
    "分行",
    "支行",
    "营业部",
    "事业部",
    "门诊部",
    "护理部",
    "病区",
    "科",
    "系",
    "室",
    "处",
];

impl Extractor for OrgExtractor {
    fn name(&self) -> &'static str {
        "org"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let lx = Lexicon::get();
        // 1. Lexicon bodies.
        for hit in &doc.lex {
            for k in doc.kinds(hit) {
                if let LexKind::Body(i) = k {
                    // A company's short name (中国石化, 国家电网) counts only
                    // as a word of its own, not inside another (集中国石化…).
                    if lx.bodies[*i].is_enterprise()
                        && !(doc.boundary[hit.start] && doc.boundary[hit.end])
                    {
                        continue;
                    }
                    // …深圳市分行科技部: a short ministry's name right after
                    // a body's is that body's department.
                    if matches!(lx.bodies[*i].kind.as_str(), "state" | "party")
                        && hit.end - hit.start <= 3
                        && hit.start > 0
                        && lx.ends_org_suffix(doc.chars[hit.start - 1])
                    {
                        continue;
                    }
                    let id = out.entity(Kind::Organization, &lx.bodies[*i].name);
                    out.entities[id]
                        .aliases
                        .extend(lx.bodies[*i].aliases.iter().cloned());
                    out.mention(doc, hit.start, hit.end, id);
                }
            }
        }
        let congresses = doc.congresses();
        // 2. Grassroots bodies after a village.
        grassroots(doc, out);
        // 3. Suffix-built names.
        let max_suffix = lx.max_org_suffix;
        let mut found: Vec<(usize, usize)> = Vec::new();
        for e in 1..=doc.len() {
            if !lx.ends_org_suffix(doc.chars[e - 1]) {
                continue;
            }
            // 党工委|书记 even when jieba reads 党|工委书记.
            if !doc.boundary[e] && !starts_title(doc, e) {
                continue;
            }
            let Some(suffix) = (1..=max_suffix.min(e))
                .rev()
                .find_map(|k| lx.org_suffix(doc.slice(e - k..e)))
            else {
                continue;
            };
            if matches!(suffix.kind.as_str(), "department" | "grassroots") {
                continue;
            }
            // 藏族干部: 干部 is a cadre, not a 部; 全部, 内部 … are no bodies.
            if NOT_BODIES.iter().any(|w| doc.ends_with_at(e, w)) {
                continue;
            }
            let slen = suffix.suffix.chars().count();
            // 某市人民医院党委书记: the hospital's party secretary works at the
            // hospital; its committee is part of the post.
            let committee = suffix.kind == "party" && suffix.suffix.starts_with('党');
            if committee
                && starts_title(doc, e)
                && out
                    .mentions
                    .iter()
                    .any(|m| m.end == e - slen && out.entities[m.entity].kind == Kind::Organization)
            {
                continue;
            }
            // 部署 ends in 署 but is a verb, not a name; 统一部署 is no 署 either.
            let last = doc.token_covering(e - 1);
            // A title word may start with the suffix (党工委书记).
            if last.is_some_and(|t| !t.pos.in_name() && t.pos != Pos::Title) {
                continue;
            }
            // 社会保障局 (jieba: 社会|保障局): a long noun ending in a
            // one-character suffix names a body only after a place (济南市人力
            // 资源和社会保障局), not in prose (新格局).
            let mut place_first = None;
            if slen == 1 {
                let long_noun = last.filter(|t| t.end - t.start > 2 && t.pos == Pos::Noun);
                let long_word = long_noun.is_none()
                    && last.is_some_and(|t| {
                        t.end - t.start > 2
                            || (t.end - t.start == 2
                                && (!matches!(t.pos, Pos::Noun | Pos::OrgName | Pos::Place)
                                    || VERB_BEFORE_SUFFIX.contains(&doc.chars[t.start])))
                    });
                place_first = long_noun.map(|t| t.start);
                // 兰州一所: a numeral and classifier, not a name.
                let numeral_before = e
                    .checked_sub(2)
                    .and_then(|k| doc.token_covering(k))
                    .is_some_and(|t| t.pos == Pos::Numeral);
                if long_word || numeral_before || doc.ends_with_at(e - 1, "一") {
                    continue;
                }
            }
            let company = suffix.suffix.ends_with("公司");
            let Some(mut start) = name_start(doc, e - slen, company, congresses) else {
                continue;
            };
            // 包头|钢铁集团有限公司 (jieba reads 包头 as a verb): a place
            // written right before the name opens it.
            while let Some(p) = out
                .mentions
                .iter()
                .filter(|m| {
                    m.end == start && m.start < start && out.entities[m.entity].kind == Kind::Place
                })
                .map(|m| m.start)
                .min()
            {
                start = p;
            }
            // 曾任|匹河乡中心学校: the 任 of a past or present post opens no name.
            if doc.chars[start] == '任'
                && start > 0
                && "曾现担兼出历".contains(doc.chars[start - 1])
            {
                start += 1;
            }
            // 全乡12个|村卫生室, 南疆首个|救治中心: a count is no part of a name.
            if let Some(k) = (start + 1..e - slen).rev().find(|&k| {
                doc.chars[k] == '个'
                    && (doc.chars[k - 1].is_ascii_digit()
                        || "一二两三四五六七八九十百千首每各几".contains(doc.chars[k - 1]))
            }) {
                start = k + 1;
            }
            // 查|干花镇党委: a place the name starts inside is all of it.
            if let Some(p) = out.mentions.iter().find(|m| {
                m.start < start && start < m.end && out.entities[m.entity].kind == Kind::Place
            }) {
                start = p.start;
            }
            // 产生中共四川省…, 住川全国政协: a proper beginning inside starts the
            // name, but not the 全国 of a congress's ordinal (中国共产党第二十次
            // 全国代表大会代表资格审查委员会).
            // (中国|人民财产保险…: not one right after a proper opening.)
            let opening = PROPER_STARTS
                .iter()
                .find(|p| doc.at(start, p))
                .map_or(0, |p| p.chars().count());
            if let Some(k) = (start + 1..e - slen)
                .filter(|&k| k != start + opening)
                .filter(|&k| doc.chars[k - 1] != '次')
                .find(|&k| doc.boundary[k] && PROPER_STARTS.iter().any(|p| doc.at(k, p)))
            {
                start = k;
            }
            // 人民大会堂江西厅: a hall of a building, not a department.
            if suffix.suffix == "厅" && doc.slice(start..e).contains("会堂") {
                continue;
            }
            // 辖区派出所: a common word names no station.
            if suffix.suffix == "派出所"
                && crate::segment::is_common_word(doc.slice(start..e - slen))
            {
                continue;
            }
            let prefix_len = e - slen - start;
            if prefix_len < suffix.min_prefix.max(2) || e - start > MAX_ORG_LEN {
                continue;
            }
            // (Not a works after its company: 某钢铁有限公司|炼铁厂; but
            // 江西某集团有限公司贵溪冶炼厂 names the works by its place, a
            // part of the company.)
            let placed_part = |w: usize| {
                let text = doc.slice(start..w);
                COMPANIES
                    .iter()
                    .filter_map(|c| text.rfind(c).map(|b| b + c.len()))
                    .max()
                    .is_some_and(|b| {
                        let k = start + text[..b].chars().count();
                        k < w
                            && out
                                .mentions
                                .iter()
                                .any(|m| m.start == k && out.entities[m.entity].kind == Kind::Place)
                    })
            };
            if place_first.is_some_and(|w| {
                !placed_part(w)
                    && (start >= w
                        || !out.overlaps(start, start + 1, &[Kind::Place])
                        || doc.slice(start..w).contains("公司"))
            }) {
                continue;
            }
            // 建成|国家重点实验室, 全国共有|国家重点实验室: a verb before the
            // suffix ends the name there.
            let verb_in_prefix = doc
                .tokens_in(start, e - slen)
                .iter()
                .any(|t| matches!(t.pos, Pos::Verb) && t.end - t.start >= 2);
            let strong = STRONG.contains(&suffix.suffix.as_str())
                && !(NEEDS_NOUN_PREFIX.contains(&suffix.suffix.as_str()) && verb_in_prefix);
            if !strong && !is_proper(doc, out, start, e - slen, congresses) {
                continue;
            }
            if inside_quotes(doc, start, e) || out.overlaps(start, e, &[Kind::Honor]) {
                continue;
            }
            // 被全国总工会命名为全国示范性劳模创新工作室: a title conferred
            // on a unit, no unit of its own.
            let conferred = ["命名为", "授予", "评为", "获评", "荣获"]
                .iter()
                .any(|w| doc.ends_with_at(start, w))
                && ["全国", "国家级", "省级"].iter().any(|w| doc.at(start, w));
            if conferred {
                continue;
            }
            // A lexicon body with exactly this span is already there.
            if out.mentions.iter().any(|m| {
                m.start == start && m.end == e && out.entities[m.entity].kind == Kind::Organization
            }) {
                found.push((start, e));
                continue;
            }
            let label = canonical(doc, out, start, e, congresses);
            let id = out.entity(Kind::Organization, &label);
            out.mention(doc, start, e, id);
            found.push((start, e));
        }
        township_bodies(doc, out);
        joined_parts(doc, out);
        // 锂盐材料集团 inside 锂盐材料集团有限公司 is the same name cut short.
        let spans: Vec<(usize, usize)> = out
            .mentions
            .iter()
            .filter(|m| out.entities[m.entity].kind == Kind::Organization)
            .map(|m| (m.start, m.end))
            .collect();
        out.retain_mentions(|out, m| {
            out.entities[m.entity].kind != Kind::Organization
                || !spans
                    .iter()
                    .any(|&(s, e)| (s == m.start && e > m.end) || (e == m.end && s < m.start))
        });
        // Later mentions of built names (their canonical short form too).
        let built: Vec<(usize, String)> = out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Organization)
            .map(|(i, e)| (i, e.label.clone()))
            .collect();
        for (id, label) in built {
            let n = label.chars().count();
            for s in doc.find_all(&label) {
                if !out.overlaps(s, s + n, &[Kind::Organization]) {
                    out.mention(doc, s, s + n, id);
                }
            }
        }
        // 4. Departments right after an organization, and the parts of a
        // university or company named with it.
        departments(doc, out);
        named_parts(doc, out);
        // 5. 代表团 alone.
        lone_delegation(doc, out);
    }
}

/// A township's or town's own bodies (its health centre, school, police
/// station, party committee), named after it where no county before it
/// placed it: 回到加勉乡卫生院, 在岗嘎镇小学、….
const TOWNSHIP_BODIES: &[&str] = &[
    "中心卫生院",
    "卫生院",
    "中心学校",
    "中心小学",
    "完全小学",
    "小学",
    "中学",
    "派出所",
    "党委",
    "人民政府",
    "政府",
    "司法所",
    "财政所",
    "兽医站",
    "农技站",
];

fn township_bodies(doc: &Doc, out: &mut Extraction) {
    for p in 2..doc.len() {
        if !matches!(doc.chars[p], '乡' | '镇') {
            continue;
        }
        let Some(body) = TOWNSHIP_BODIES.iter().find(|b| doc.at(p + 1, b)) else {
            continue;
        };
        let end = p + 1 + body.chars().count();
        // 乡镇卫生院: any township's, none named.
        if out.overlaps(p, end, &[Kind::Organization]) || doc.at(p - 1, "乡镇") {
            continue;
        }
        // The name: two or three characters after a break, a stop word or
        // a verb of going or working (回到, 在, 曾任).
        let opens = |s: usize| {
            s == 0
                || !is_han(doc.chars[s - 1])
                || "在到于从任是的和及与".contains(doc.chars[s - 1])
                || doc
                    .token_covering(s - 1)
                    .is_some_and(|t| t.end == s && t.pos == Pos::Verb)
        };
        let Some(s) = [3, 2]
            .into_iter()
            .filter(|&k| p >= k)
            .map(|k| p - k)
            .find(|&s| {
                opens(s)
                    && doc.boundary[s]
                    // 她在|镇卫生院, 曾任|镇党委: no pronoun, verb or
                    // preposition inside the name.
                    && doc.chars[s..p]
                        .iter()
                        .all(|&c| is_han(c) && !"在到于从任是他她这我你".contains(c))
                    && !deictic(doc.slice(s..p + 1))
                    && !"本我该全各每".contains(doc.chars[s])
                    // 与家乡|镇卫生院: a frequent word is no township's name.
                    && !crate::segment::is_frequent_word(doc.slice(s..p))
                    && !crate::segment::is_frequent_word(doc.slice(s..p + 1))
            })
        else {
            continue;
        };
        let id = out.entity(Kind::Organization, doc.slice(s..end));
        out.mention(doc, s, end, id);
    }
}

/// 代表团团长王某主持会议: 代表团 alone stands for the one delegation the
/// article names; not when qualified by what goes before it (各代表团,
/// 其他代表团, …的代表团).
fn lone_delegation(doc: &Doc, out: &mut Extraction) {
    let mut named = out.mentions.iter().map(|m| m.entity).filter(|&i| {
        out.entities[i].kind == Kind::Organization && out.entities[i].label.ends_with("代表团")
    });
    let Some(id) = named.next() else { return };
    if named.any(|i| i != id) {
        return;
    }
    for s in doc.find_all("代表团") {
        let e = s + 3;
        // At the start of a clause only: a character before qualifies it.
        let opens = s == 0
            || super::is_clause_break(doc.chars[s - 1])
            || matches!(doc.chars[s - 1], '“' | ' ');
        if opens && !out.overlaps(s, e, &[Kind::Organization]) {
            out.mention(doc, s, e, id);
        }
    }
}

/// Where a name ending in a suffix at `s` starts: the name-like words before it.
/// Verbs of what a body does, never a word of its name.
const EVENT_VERBS: &[&str] = &[
    "成立", "组建", "建立", "设立", "召开", "举行", "举办", "开展", "荣获", "获得", "带领", "率领",
];

fn name_start(
    doc: &Doc,
    s: usize,
    company: bool,
    congresses: &[(usize, usize, u32)],
) -> Option<usize> {
    let mut start = s;
    // The suffix may begin inside a word (医学院 for 学院).
    if !doc.boundary[start] {
        let t = doc.token_covering(start)?;
        // 街道|党工委 inside the title word 街道党工委书记.
        if !t.pos.in_name() && t.pos != Pos::Title {
            return None;
        }
        start = t.start;
    }
    while start > 0 {
        // 沈阳飞机工业（集团）有限公司: a bracketed qualifier inside a name.
        if let Some(q) = BRACKETED
            .iter()
            .find(|q| start >= 4 && doc.ends_with_at(start, q))
        {
            start -= q.chars().count();
            continue;
        }
        // 集团有限公司沈阳飞机工业…有限公司: a company ends where another
        // begins (but 集团有限公司第一研究院 is one of its parts).
        if company && doc.ends_with_at(start, "有限公司") {
            break;
        }
        let Some(t) = doc.token_covering(start - 1) else {
            break;
        };
        let word = doc.slice(t.start..t.end);
        // 有国网|山东电力公司, ——记中车|长春…: a word jieba makes up
        // (none of its dictionary's) may open with the verb before the name.
        if t.end - t.start >= 3
            && "有记是在".contains(doc.chars[t.start])
            && !crate::segment::is_common_word(word)
        {
            start = t.start + 1;
            break;
        }
        // 、攀钢|集团: a brand jieba reads as a verb, opening a clause
        // before 集团.
        let brand = t.pos == Pos::Verb
            && t.end - t.start == 2
            && doc.at(t.end, "集团")
            && (t.start == 0
                || super::is_clause_break(doc.chars[t.start - 1])
                || doc.chars[t.start - 1] == '、');
        if brand {
            start = t.start;
            break;
        }
        // 县委员会|和县纪律检查委员会 (jieba: 和县): 和 joins two bodies,
        // and the second is the county's.
        if word.starts_with('和')
            && t.pos == Pos::Place
            && t.start > 0
            && "会委部局".contains(doc.chars[t.start - 1])
        {
            start = t.start + 1;
            break;
        }
        // 海伦市丰收农机专业合作社: a word jieba calls a verb, right after a
        // place, is part of the name.
        let verb_after_place = t.pos == Pos::Verb
            && t.end - t.start >= 2
            && t.start > 0
            && doc
                .token_covering(t.start - 1)
                .is_some_and(|p| p.pos == Pos::Place);
        // 航海保障中心, 应急管理局: a verb between two nouns of the name;
        // 林业和草原局, 住房和城乡建设局: 和 between two nouns of a
        // department's name (not between places: 北京和上海).
        let noun = |n: &crate::segment::Token| n.pos == Pos::Noun && n.end - n.start >= 2;
        let links_nouns = ((t.pos == Pos::Verb && t.end - t.start >= 2) || word == "和")
            // 红鹰集团|成立|党支部: an event between two bodies, no name.
            && !EVENT_VERBS.contains(&word)
            && t.start > 0
            && doc.token_at(start).is_some_and(noun)
            && doc.token_covering(t.start - 1).is_some_and(noun);
        // 摆放着, and 孙某在 that jieba joins into a name: a word ending in a
        // particle or preposition describes or links, it does not name.
        if !(t.pos.in_name() || verb_after_place || links_nouns)
            || NOT_IN_NAME.contains(&word)
            || deictic(word)
            || (t.end - t.start >= 2 && word.ends_with(LINKING_ENDS))
            // 江秀芝任 (a name and 任, one word of jieba's): 任 a post.
            || (t.pos == Pos::Person && word.ends_with('任'))
            // 党的二十大代表|安泰集团董事长: a delegate, not the body's name
            // (but 党的二十大代表资格审查委员会 is one).
            || (word == "代表"
                && congresses.iter().any(|c| c.1 == t.start)
                && !doc.at(t.end, "资格"))
            // 团长张某新代表|宁夏代表团表态: a person acting for the body
            // (jieba reads 二十大 as a name too: not 二十大代表资格…).
            || (word == "代表"
                && t.start > 0
                && !congresses.iter().any(|c| c.1 == t.start)
                && doc
                    .token_covering(t.start - 1)
                    .is_some_and(|p| p.pos == Pos::Person))
        {
            break;
        }
        if doc.chars[t.start..t.end]
            .iter()
            .any(|&c| !is_han(c) && !c.is_ascii_alphanumeric())
        {
            break;
        }
        if s - t.start > MAX_ORG_LEN {
            break;
        }
        start = t.start;
    }
    // 中国石油化工集团|有限公司西北油田分公司…党支部, cut at the longest
    // name: no name opens with a company's suffix; the part after it is one.
    if let Some(w) = COMPANIES
        .iter()
        .chain(&["分公司", "公司"])
        .find(|w| doc.at(start, w) && start + w.chars().count() < s)
    {
        start += w.chars().count();
    }
    // 党的二十大广西代表团: a congress name right before belongs to the name.
    if let Some(c) = congresses.iter().find(|c| c.0 < start && start <= c.1) {
        start = c.0;
    }
    Some(start)
}

fn is_proper(
    doc: &Doc,
    out: &Extraction,
    start: usize,
    end: usize,
    congresses: &[(usize, usize, u32)],
) -> bool {
    let prefix = doc.slice(start..end);
    PROPER_STARTS.iter().any(|p| prefix.starts_with(p))
        || out.overlaps(start, end, &[Kind::Place, Kind::Organization])
        || congresses.iter().any(|c| c.0 >= start && c.1 <= end)
        || doc
            .tokens_in(start, end)
            .iter()
            .any(|t| matches!(t.pos, Pos::Place | Pos::OrgName))
}

fn inside_quotes(doc: &Doc, start: usize, end: usize) -> bool {
    let before = (0..start)
        .rev()
        .find(|&i| matches!(doc.chars[i], '“' | '”' | '\n'));
    let after = (end..doc.len()).find(|&i| matches!(doc.chars[i], '“' | '”' | '\n'));
    matches!(before.map(|i| doc.chars[i]), Some('“'))
        && matches!(after.map(|i| doc.chars[i]), Some('”'))
}

/// Canonical label: without a leading congress name or leading places, as
/// long as what is left still starts with a place.
fn canonical(
    doc: &Doc,
    out: &Extraction,
    start: usize,
    end: usize,
    congresses: &[(usize, usize, u32)],
) -> String {
    let place_at = |pos: usize| {
        out.mentions
            .iter()
            .filter(|m| m.start == pos && m.end < end && out.entities[m.entity].kind == Kind::Place)
            .map(|m| m.end)
            .max()
    };
    let mut s = start;
    if let Some(c) = congresses.iter().find(|c| c.0 <= s && s < c.1) {
        if place_at(c.1).is_some() {
            s = c.1;
        }
    }
    while let Some(next) = place_at(s) {
        if place_at(next).is_some() {
            s = next;
        } else {
            break;
        }
    }
    doc.slice(s..end).to_string()
}

/// 山坪村的党支部, 江门村党总支部, and a bare 村委会 in a sentence naming a village.
fn grassroots(doc: &Doc, out: &mut Extraction) {
    let villages: Vec<super::Mention> = out
        .mentions_of(&[Kind::Place])
        .into_iter()
        .filter(|m| out.entities[m.entity].level == Some("village"))
        .collect();
    for suffix in GRASSROOTS {
        let n = suffix.chars().count();
        for pos in doc.find_all(suffix) {
            if out.overlaps(pos, pos + n, &[Kind::Organization]) {
                continue;
            }
            // 党支部 inside 党总支部 is not a body of its own.
            if *suffix == "党支部" && doc.ends_with_at(pos, "总") {
                continue;
            }
            let adjacent = villages
                .iter()
                .find(|v| v.end == pos || (v.end + 1 == pos && doc.chars[v.end] == '的'));
            let sentence = doc.sentence_of(pos);
            let (start, village) = match adjacent {
                Some(v) => (v.start, v.entity),
                None => match villages
                    .iter()
                    .rev()
                    .find(|v| v.end <= pos && v.start >= sentence.start)
                {
                    Some(v) => (pos, v.entity),
                    None => {
                        bare_village_branch(doc, out, pos, suffix);
                        continue;
                    }
                },
            };
            let label = format!("{}{}", out.entities[village].label, suffix);
            let id = out.entity(Kind::Organization, &label);
            out.mention(doc, start, pos + n, id);
            out.relate(id, Pred::LocatedIn, Object::Entity(village), sentence);
        }
    }
    for pos in doc.find_all("村党委") {
        if !out.overlaps(pos, pos + 3, &[Kind::Organization]) {
            bare_village_branch(doc, out, pos + 1, "党委");
        }
    }
}

/// 党的二十大代表、石门村党支部书记: a village's body where no county or
/// township before it placed the village. The village's name, two to four
/// characters and 村, starts after punctuation or a place; the body is named
/// as written (its village, unplaced, is not made a place).
fn bare_village_branch(doc: &Doc, out: &mut Extraction, pos: usize, suffix: &str) {
    // 村, or a gacha of Inner Mongolia (宝力根嘎查党支部).
    let vs = if doc.ends_with_at(pos, "嘎查") {
        2
    } else {
        1
    };
    if pos < 2 + vs
        || (vs == 1 && doc.chars[pos - 1] != '村')
        || out.overlaps(pos - vs, pos, &[Kind::Place])
    {
        return;
    }
    // 贫困村, 行政村, 示范村: kinds of village, not a village's name.
    let kind_of_village = |name: &str| {
        crate::segment::is_common_word(name)
            || [
                "行政村",
                "贫困村",
                "示范村",
                "先进村",
                "中心村",
                "自然村",
                "重点村",
                "试点村",
            ]
            .iter()
            .any(|w| name.ends_with(w))
    };
    let Some(start) = (pos.saturating_sub(4 + vs)..pos - 1 - vs).find(|&k| {
        doc.chars[k..pos - vs]
            .iter()
            .all(|&c| is_han(c) && !"的在是和与及为有".contains(c))
            && doc.boundary[k]
            // Words of a name (石门, 下|姜, 红岩村 read as one), not 年|当选
            // or 担任; a gacha's Mongolian name is words of any kind.
            && {
                let words = doc.tokens_in(k, pos);
                (vs == 2
                    && !"每各全该本这那此".contains(doc.chars[k])
                    && !doc.chars[k..pos - vs]
                        .iter()
                        .any(|c| "年月日任起了是".contains(*c)))
                    || !words.is_empty()
                        && words
                            .iter()
                            .all(|t| t.pos.in_name() && t.pos != Pos::Numeral)
            }
            && !kind_of_village(doc.slice(k..pos))
            // Not the verb of the post (现任|长岭村党支部书记).
            && !["现任", "曾任", "担任", "兼任", "历任", "出任"]
                .iter()
                .any(|w| doc.at(k, w))
            // After punctuation, a place, or a verb of holding a post
            // (现任|石门村党支部书记, 是|…), or of meeting one (见到了|…).
            && (k == 0
                || !is_han(doc.chars[k - 1])
                || out.overlaps(k - 1, k, &[Kind::Place])
                || "任是为了到在有".contains(doc.chars[k - 1]))
    }) else {
        return;
    };
    let end = pos + suffix.chars().count();
    let label = doc.slice(start..end).to_string();
    let id = out.entity(Kind::Organization, &label);
    out.mention(doc, start, end, id);
}

/// A department named right after an organization, and 和/、 after it.
fn departments(doc: &Doc, out: &mut Extraction) {
    let orgs = out.mentions_of(&[Kind::Organization]);
    for m in orgs {
        let mut parent = m.entity;
        let mut pos = m.end;
        while let Some(end) = department_at(doc, pos) {
            let dept_text = doc.slice(pos..end);
            let label = format!("{}{}", out.entities[parent].label, dept_text);
            let id = out.entity(Kind::Organization, &label);
            out.mention(doc, pos, end, id);
            out.relate(
                id,
                Pred::PartOf,
                Object::Entity(parent),
                doc.sentence_of(pos),
            );
            // Later bare mentions of the department in this article.
            let n = end - pos;
            for s in doc.find_all(dept_text) {
                if !out.overlaps(s, s + n, &[Kind::Organization]) && doc.boundary[s] {
                    out.mention(doc, s, s + n, id);
                }
            }
            if end < doc.len() && matches!(doc.chars[end], '和' | '、') {
                pos = end + 1;
            } else if ["分行", "支行", "分局", "分院"]
                .iter()
                .any(|b| dept_text.ends_with(b))
                && department_at(doc, end).is_some()
            {
                // 某银行广东省分行深圳市分行科技部: a branch has parts too.
                parent = id;
                pos = end;
            } else {
                break;
            }
        }
    }
}

/// Parts of a university that its name opens (某某大学植物保护学院): the
/// university is named too, and the school is `dg:partOf` it.
const SCHOOLS: &[&str] = &["学院", "书院", "研究院", "研究所", "系"];

/// Company names a part's name may open (某某股份有限公司转向架制造中心,
/// 某某集团有限公司第一研究院): the company is named too, and the part is
/// `dg:partOf` it.
const COMPANIES: &[&str] = &["有限责任公司", "有限公司", "股份公司", "集团公司"];

/// A company's part named right after it (国网某省电力有限公司|杭州供电公司,
/// 某股份有限公司|长庆油田分公司 even where jieba let the part's name start
/// inside the company's): one name, which `named_parts` then makes a part
/// of the company.
fn joined_parts(doc: &Doc, out: &mut Extraction) {
    let orgs = out.mentions_of(&[Kind::Organization]);
    for a in &orgs {
        let text = doc.slice(a.start..a.end);
        // Where the company's name ends inside or at the end of `a`.
        let Some(k) = company_end(text).map(|b| a.start + text[..b].chars().count()) else {
            continue;
        };
        // (Not a company of its own, 某集团有限公司|某纺织股份有限公司, nor
        // a name in apposition, 第五研究院|中国空间技术研究院.)
        let Some(b) = orgs
            .iter()
            .filter(|b| b.start >= k && b.start <= a.end && b.end > a.end)
            .filter(|b| {
                let part = doc.slice(b.start..b.end);
                !COMPANIES.iter().any(|c| part.contains(c))
                    && !PROPER_STARTS.iter().any(|p| part.starts_with(p))
            })
            .max_by_key(|b| b.end)
        else {
            continue;
        };
        // (A longer name from the same start, 某公司杭州供电公司变电运维中心,
        // stands already.)
        if b.end - a.start > MAX_ORG_LEN + 8
            || inside_quotes(doc, a.start, b.end)
            || orgs.iter().any(|c| c.start == a.start && c.end > b.end)
        {
            continue;
        }
        let label = doc.slice(a.start..b.end).to_string();
        let id = out.entity(Kind::Organization, &label);
        out.mention(doc, a.start, b.end, id);
        // 宁波供电公司: the part is where its own name places it.
        if let Some(p) = out
            .mentions
            .iter()
            .find(|m| m.start == b.start && out.entities[m.entity].kind == Kind::Place)
        {
            let place = p.entity;
            out.relate(
                id,
                Pred::LocatedIn,
                Object::Entity(place),
                doc.sentence_of(b.start),
            );
        }
        // The company cut short with the part's first word is no name.
        if a.end > k {
            out.retain_mentions(|_, m| !(m.start == a.start && m.end == a.end));
        }
    }
}

/// Parts whose name a university's or company's name opens: the parent is
/// named too, with the same start, and the part is `dg:partOf` it.
fn named_parts(doc: &Doc, out: &mut Extraction) {
    for m in out.mentions_of(&[Kind::Organization]) {
        let label = out.entities[m.entity].label.clone();
        let Some(parent_len) = university_of(&label).or_else(|| company_of(&label)) else {
            continue;
        };
        let parent = &label[..parent_len];
        let n = parent.chars().count();
        // The parent's own text must open the mention (not an alias).
        if doc.slice(m.start..m.start + n) != parent {
            continue;
        }
        let parent = out.entity(Kind::Organization, parent);
        out.mention(doc, m.start, m.start + n, parent);
        out.relate(
            m.entity,
            Pred::PartOf,
            Object::Entity(parent),
            doc.sentence_of(m.start),
        );
    }
}

/// The length in bytes of the university that opens `label`, if the rest
/// names one of its schools.
fn university_of(label: &str) -> Option<usize> {
    let k = label.find("大学")? + "大学".len();
    let school = &label[k..];
    // Not 大学生 (某省大学生创新创业研究院).
    (label[..k].chars().count() >= 4
        && !school.starts_with('生')
        && school.chars().count() >= 3
        && SCHOOLS.iter().any(|w| school.ends_with(w))
        && !school.starts_with("附属"))
    .then_some(k)
}

/// The length in bytes of the company that opens `label`, if a part of it
/// of two characters or more follows.
fn company_of(label: &str) -> Option<usize> {
    let k = company_end(label)?;
    let part = &label[k..];
    (label[..k].chars().count() >= 6
        && part.chars().count() >= 2
        && part.chars().all(is_han)
        && !COMPANIES.iter().any(|c| part.contains(c)))
    .then_some(k)
}

/// The length in bytes of the company name that opens `text`: up to its
/// first company suffix (有限公司 …).
fn company_end(text: &str) -> Option<usize> {
    COMPANIES
        .iter()
        .filter_map(|c| text.find(c).map(|i| i + c.len()))
        .min()
}

/// Does a post title start at `pos` (急诊内科|主任 even when jieba joins 内科主任)?
fn starts_title(doc: &Doc, pos: usize) -> bool {
    doc.title_at(pos, 2..=6)
}

fn department_at(doc: &Doc, pos: usize) -> Option<usize> {
    // The run of name characters a department can take.
    let run = (pos..doc.len().min(pos + 8))
        .take_while(|&i| is_han(doc.chars[i]) && !matches!(doc.chars[i], '和' | '与' | '及' | '的'))
        .count();
    // 三年级教室, 会议室: rooms, not departments.
    let is_dept = |text: &str| {
        DEPARTMENTS
            .iter()
            .any(|d| text.ends_with(d) && text.chars().count() > 1)
            && !["教室", "会议室"].iter().any(|r| text.ends_with(r))
    };
    // 处 heads an office only as a noun of its own (宁波航标|处), in a name of
    // three characters or more; 地处, 所处, 到处 are words.
    let office_ok = |e: usize| {
        doc.chars[e - 1] != '处'
            || (e - pos >= 3
                && doc
                    .token_covering(e - 1)
                    .is_some_and(|t| t.start == e - 1 && t.end == e))
    };
    // The shortest department name, then whole department words after it
    // (儿科 + 系, 内科 + 教研室).
    let mut end = (pos + 2..=pos + run).find(|&e| {
        (doc.boundary[e] || starts_title(doc, e)) && is_dept(doc.slice(pos..e)) && office_ok(e)
    })?;
    'extend: loop {
        for d in DEPARTMENTS {
            let e = end + d.chars().count();
            // (Not 分行|科技部's 科: a whole word only.)
            if doc.at(end, d) && e <= pos + run && (doc.boundary[e] || starts_title(doc, e)) {
                end = e;
                continue 'extend;
            }
        }
        break;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::{has_rel, labels};

    extractor_test!(
        no_verb_or_post_or_company_suffix_at_a_names_edge,
        "湖南省委常委、宣传部部长王强出席活动。当选的代表中，有国网山东电力公司班长王某新。——记中车长春轨道客车股份有限公司首席技师温某群\n党的二十大代表、攀钢集团钒钛资源股份有限公司高级技师汪某海说，很好。中国石油化工集团有限公司西北油田分公司采油二厂第三作业区党支部书记刘某青说，很好。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            for o in ["湖南省委", "国网山东电力公司", "中车长春轨道客车股份有限公司", "攀钢集团钒钛资源股份有限公司"] {
                assert!(orgs.contains(&o.to_string()), "{o} in {orgs:?}");
            }
            assert!(
                orgs.iter().all(|o| !o.ends_with("常委")
                    && !o.starts_with(['有', '记'])
                    && !o.starts_with("集团")
                    && !o.starts_with("有限公司")),
                "{orgs:?}"
            );
            assert!(has_rel(&out, "王强", Pred::MemberOf, "湖南省委"));
        }
    );

    extractor_test!(
        a_villages_or_gachas_branch_with_no_county_before,
        "宝力根嘎查党支部书记斯琴高娃说，很好。记者见到了红岩村党支部书记张平。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Organization),
                ["宝力根嘎查党支部", "红岩村党支部"]
            );
            assert!(has_rel(&out, "张平", Pred::MemberOf, "红岩村党支部"));
        }
    );

    extractor_test!(
        names_by_strong_suffixes_without_counts_or_rooms,
        "中铁十二局集团公司项目经理赵某国说。陈某鑫所在的结构化学国家重点实验室很忙。全乡12个村卫生室全部完成建设。在某县某某镇中心学校三年级教室里。中国共产党第二十次全国代表大会代表资格审查委员会举行会议。李某带领团队建成国家重点实验室。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"中铁十二局集团公司".to_string()), "{orgs:?}");
            assert!(orgs.contains(&"结构化学国家重点实验室".to_string()), "{orgs:?}");
            assert!(orgs.contains(&"中国共产党第二十次全国代表大会代表资格审查委员会".to_string()), "{orgs:?}");
            assert!(!orgs.iter().any(|o| o.contains("全部") || o.contains('个') || o.contains("教室") || o.contains("建成")), "{orgs:?}");
        }
    );

    extractor_test!(
        no_event_inside_a_name,
        "2009年，红鹰集团成立党支部，当时全厂只有7名党员。",
        |out| {
            assert_eq!(labels(&out, Kind::Organization), ["红鹰集团"]);
        }
    );

    extractor_test!(
        no_verb_opens_a_villages_body,
        "在新当选的代表中，有马家岔村村委会主任王某胜，还有某厂高炉工长赵某斌。",
        |out| {
            assert!(labels(&out, Kind::Organization)
                .iter()
                .all(|o| !o.starts_with('有')));
        }
    );

    extractor_test!(
        central_enterprises_by_their_short_names,
        "党的二十大代表、国家电网工人张某国说。东风汽车公司装配工李某华也在。王某明是哈尔滨电气集团有限公司的焊工。要集中国石化工之力。",
        |out| {
            assert!(has_rel(&out, "张某国", Pred::MemberOf, "国家电网有限公司"));
            assert!(has_rel(&out, "李某华", Pred::MemberOf, "东风汽车集团有限公司"));
            // The place its full name holds still locates it.
            assert!(has_rel(&out, "哈尔滨电气集团有限公司", Pred::LocatedIn, "哈尔滨"));
            let orgs = labels(&out, Kind::Organization);
            assert!(!orgs.contains(&"中国石油化工集团有限公司".to_string()), "{orgs:?}");
        }
    );

    extractor_test!(
        a_works_named_by_its_place_after_its_company,
        "党的二十大代表、辽宁某钢集团有限公司鞍山炼铁厂技术员李某明说，要多炼好铁。",
        |out| {
            let works = "辽宁某钢集团有限公司鞍山炼铁厂";
            assert!(has_rel(&out, works, Pred::PartOf, "辽宁某钢集团有限公司"));
            // A works is a body of its own: its people are members there.
            assert!(has_rel(&out, "李某明", Pred::MemberOf, works));
            assert!(has_rel(&out, "李某明", Pred::Position, "技术员"));
        }
    );

    extractor_test!(
        a_name_opening_with_china_keeps_it,
        "中国人民财产保险股份有限公司的党员参加会议。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Organization),
                ["中国人民财产保险股份有限公司"]
            );
        }
    );

    extractor_test!(
        branches_of_banks_and_departments_of_universities,
        "党的二十大代表、中国建设银行广东省分行深圳市分行科技部经理唐某航说。中国人民银行成都分行处长冯某东说。清华大学电子工程系教授林某峰说。",
        |out| {
            let shenzhen = "中国建设银行广东省分行深圳市分行";
            assert!(has_rel(&out, shenzhen, Pred::PartOf, "中国建设银行广东省分行"));
            // A branch is a body of its own; 科技部 is its department,
            // not the ministry.
            assert!(has_rel(&out, "唐某航", Pred::MemberOf, shenzhen));
            assert!(!labels(&out, Kind::Organization).contains(&"科学技术部".to_string()));
            assert!(has_rel(&out, "冯某东", Pred::MemberOf, "中国人民银行成都分行"));
            assert!(has_rel(&out, "清华大学电子工程系", Pred::PartOf, "清华大学"));
        }
    );

    extractor_test!(
        a_branch_company_named_right_after_its_company,
        "党的二十大代表、中国石油天然气股份有限公司长庆油田分公司第三采油厂厂长王某峰说。国网江苏省电力有限公司苏州供电分公司工人周某强说。",
        |out| {
            let changqing = "中国石油天然气股份有限公司长庆油田分公司";
            assert!(has_rel(&out, changqing, Pred::PartOf, "中国石油天然气股份有限公司"));
            assert!(has_rel(&out, "王某峰", Pred::MemberOf, changqing));
            let suzhou = "国网江苏省电力有限公司苏州供电分公司";
            assert!(has_rel(&out, suzhou, Pred::PartOf, "国网江苏省电力有限公司"));
            assert!(has_rel(&out, suzhou, Pred::LocatedIn, "苏州"));
            let orgs = labels(&out, Kind::Organization);
            assert!(!orgs.contains(&"中国石油天然气股份有限公司长庆油田".to_string()), "{orgs:?}");
        }
    );

    extractor_test!(
        a_village_branch_without_its_county,
        "党的二十大代表、石门村党支部书记王秀兰说，村里变化大。下姜村党委书记姜某华也在场。2002年当选村党支部书记，担任村党支部书记以来。近年来，贫困村党支部书记都来了。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(orgs, ["下姜村党委", "石门村党支部"], "{orgs:?}");
            assert!(has_rel(&out, "王秀兰", Pred::MemberOf, "石门村党支部"));
        }
    );

    extractor_test!(
        a_party_secretary_of_a_hospital,
        "无锡市人民医院党委书记陈立平、徐州工程机械集团有限公司技术中心主任韩晓东获得全国五一劳动奖章。",
        |out| {
            assert!(has_rel(&out, "陈立平", Pred::MemberOf, "无锡市人民医院"));
            assert!(!labels(&out, Kind::Organization).contains(&"人民医院党委".to_string()));
            // Both of the list hold the medal.
            assert!(has_rel(&out, "陈立平", Pred::ReceivedHonor, "全国五一劳动奖章"));
            assert!(has_rel(&out, "韩晓东", Pred::ReceivedHonor, "全国五一劳动奖章"));
        }
    );

    extractor_test!(
        no_office_in_a_verb,
        "平江县第一小学地处大山深处，到处是树。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::PartOf));
        }
    );

    extractor_test!(
        a_cadre_is_no_body,
        "次仁卓嘎是藏族干部，在拉萨市城关区工作。",
        |out| {
            assert!(labels(&out, Kind::Organization).is_empty());
        }
    );

    extractor_test!(
        a_station_after_its_centre,
        "交通运输部东海航海保障中心宁波航标处航标工叶建军说，灯塔就是我的家。",
        |out| {
            assert!(has_rel(
                &out,
                "交通运输部东海航海保障中心宁波航标处",
                Pred::PartOf,
                "交通运输部东海航海保障中心"
            ));
        }
    );

    extractor_test!(
        a_bureau_jieba_reads_as_one_word,
        "济南市人力资源和社会保障局副局长王建东表示，要构建就业新格局。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(orgs, ["济南市人力资源和社会保障局"], "{orgs:?}");
            assert!(has_rel(
                &out,
                "王建东",
                Pred::MemberOf,
                "济南市人力资源和社会保障局"
            ));
        }
    );

    extractor_test!(
        no_this_county_in_a_name,
        "近日，我县城关镇东风村党支部书记李红梅同志当选为党的二十大代表。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.iter().all(|o| !o.starts_with("我县")), "{orgs:?}");
            assert!(orgs.iter().any(|o| o.ends_with("东风村党支部")), "{orgs:?}");
        }
    );

    extractor_test!(
        a_lone_delegation_is_the_one_named,
        "出席党的二十大的云南代表团举行全体会议。代表团团长王某宁主持会议。各代表团分组讨论。",
        |out| {
            let id = out.find(Kind::Organization, "云南代表团").unwrap();
            let n = out.mentions.iter().filter(|m| m.entity == id).count();
            assert_eq!(
                n, 2,
                "云南代表团 and the lone 代表团 after it, not 各代表团"
            );
            assert!(out.relations.iter().any(|r| r.pred == Pred::MemberOf
                && out.entities[r.subject].label == "王某宁"
                && r.object == Object::Entity(id)));
        }
    );

    extractor_test!(
        hospital_with_place_chain_is_one_org,
        "他来到陕西榆林佳县人民医院工作，佳县人民医院儿科从无到有。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"佳县人民医院".to_string()), "{orgs:?}");
            let id = out.find(Kind::Organization, "佳县人民医院").unwrap();
            assert!(out.entities[id].aliases.contains("陕西榆林佳县人民医院"));
            assert!(has_rel(
                &out,
                "佳县人民医院儿科",
                Pred::PartOf,
                "佳县人民医院"
            ));
        }
    );

    // jieba reads 保障 and 制造 as verbs; between two nouns of a name they
    // belong to it. 管理局 is a suffix of its own (long words ending in 局
    // are not taken for the one-character suffix).
    extractor_test!(
        verbs_inside_names_and_bureaus,
        "他在东海航海保障中心工作，妻子在贵州黔岭装备制造集团有限公司上班。广州市应急管理局局长李某说，要加强安全保障中心工作。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(
                orgs,
                ["东海航海保障中心", "广州市应急管理局", "贵州黔岭装备制造集团有限公司"],
                "{orgs:?}"
            );
        }
    );

    extractor_test!(
        he_between_two_nouns_of_a_bureau,
        "他是翁牛特旗林业和草原局高级工程师。北京和上海代表团举行会议。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(orgs, ["上海代表团", "翁牛特旗林业和草原局"], "{orgs:?}");
        }
    );

    extractor_test!(
        whole_company_name,
        "党的二十大代表、国家电网天津滨海供电公司配电抢修班班长某某某同两名工程技术人员讨论。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(orgs, vec!["国家电网天津滨海供电公司".to_string()]);
        }
    );

    extractor_test!(
        bodies_and_congress_delegation,
        "习近平同志来到他所在的党的二十大广西代表团。中央组织部负责人答记者问。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"广西代表团".to_string()), "{orgs:?}");
            assert!(orgs.contains(&"中央组织部".to_string()), "{orgs:?}");
        }
    );

    extractor_test!(
        village_branch,
        "二十大代表某某某是广西苍梧县山坪村的党支部书记、村委会主任。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"山坪村党支部".to_string()), "{orgs:?}");
            assert!(orgs.contains(&"山坪村村委会".to_string()), "{orgs:?}");
        }
    );

    extractor_test!(
        generic_or_quoted_names_are_not_orgs,
        "他在当地医院治疗，后来获得了“爱婴医院”的称号，通过了二级甲等医院验收。基层党委集体研究。",
        |out| {
            assert!(
                labels(&out, Kind::Organization).is_empty(),
                "{:?}",
                labels(&out, Kind::Organization)
            );
        }
    );

    extractor_test!(
        a_description_before_a_suffix_is_no_name,
        "创新工作室摆放着秦东带队研发的产品。孙浩在内蒙古自治区鄂尔多斯市儿童医院参与义诊。",
        |out| {
            // 带队 is a verb and its object; jieba joins 孙浩在 into one name.
            assert_eq!(labels(&out, Kind::Organization), vec!["鄂尔多斯市儿童医院"]);
        }
    );

    extractor_test!(
        a_post_verb_is_not_in_the_name_and_customs_is_a_body,
        "李某，现任江西省赣州市于都县梓山镇潭头村党支部书记。深圳海关关长龙某某代表认为，要扩大开放。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"深圳海关".to_string()), "{orgs:?}");
            assert!(orgs.iter().all(|o| !o.starts_with("现任")), "{orgs:?}");
        }
    );

    extractor_test!(
        a_bracketed_qualifier_inside_a_company_name,
        "在中国航空工业集团有限公司沈阳飞机工业（集团）有限公司的车间里，工人们正在忙碌。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert!(
                orgs.contains(&"中国航空工业集团有限公司".to_string()),
                "{orgs:?}"
            );
            assert!(
                orgs.contains(&"沈阳飞机工业（集团）有限公司".to_string()),
                "{orgs:?}"
            );
            assert_eq!(orgs.len(), 2, "{orgs:?}");
        }
    );

    extractor_test!(
        a_village_branch_after_a_post_verb,
        "党的二十大代表江秀芝任黄坪村党支部书记。党的二十大代表李明现任石门村党支部书记。党的二十大代表安泰集团董事长周德厚说，要创新。党的二十大代表资格审查委员会开会。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(
                orgs,
                ["党的二十大代表资格审查委员会", "安泰集团", "石门村党支部", "黄坪村党支部"],
                "{orgs:?}"
            );
            assert!(has_rel(&out, "江秀芝", Pred::MemberOf, "黄坪村党支部"));
            assert!(has_rel(&out, "李明", Pred::MemberOf, "石门村党支部"));
        }
    );

    extractor_test!(
        a_townships_bodies_without_its_county,
        "她回到加勉乡卫生院当医生，先后在岗嘎镇小学、木什乡派出所工作，曾任匹河乡中心学校副校长。她与家乡镇卫生院建立联系。毕业后，她在镇卫生院当护士，在乡镇卫生院工作，曾任镇党委书记。",
        |out| {
            let orgs = labels(&out, Kind::Organization);
            assert_eq!(
                orgs,
                ["加勉乡卫生院", "匹河乡中心学校", "岗嘎镇小学", "木什乡派出所"],
                "{orgs:?}"
            );
        }
    );

    extractor_test!(
        a_school_is_part_of_the_university_that_opens_its_name,
        "渭河农林科技大学植物保护学院教授陈立军说，要让农民用上好品种。湘江大学附属第一医院主任医师林某说，要看好病。",
        |out| {
            assert!(has_rel(&out, "渭河农林科技大学植物保护学院", Pred::PartOf, "渭河农林科技大学"));
            assert!(has_rel(&out, "陈立军", Pred::MemberOf, "渭河农林科技大学"));
            assert!(!labels(&out, Kind::Organization).contains(&"湘江大学".to_string()));
        }
    );

    extractor_test!(
        a_part_is_part_of_the_company_that_opens_its_name,
        "长白轨道客车股份有限公司转向架制造中心焊接班班长张某栋说，要传承工匠精神。在华北重型机械集团公司重型装备厂和东岳电气有限公司里。",
        |out| {
            assert!(has_rel(
                &out,
                "长白轨道客车股份有限公司转向架制造中心",
                Pred::PartOf,
                "长白轨道客车股份有限公司"
            ));
            assert!(has_rel(&out, "张某栋", Pred::MemberOf, "长白轨道客车股份有限公司"));
            assert!(has_rel(&out, "华北重型机械集团公司重型装备厂", Pred::PartOf, "华北重型机械集团公司"));
            // A company alone has no part.
            assert!(!out.relations.iter().any(|r| r.pred == Pred::PartOf
                && out.entities[r.subject].label == "东岳电气有限公司"));
        }
    );

    extractor_test!(
        a_college_students_institute_is_no_university_school,
        "江苏省大学生创新创业研究院院长张建国说，要培养创新人才。",
        |out| {
            assert!(!out.relations.iter().any(|r| r.pred == Pred::PartOf));
        }
    );

    extractor_test!(
        a_hall_is_no_body,
        "党代表通道在人民大会堂北大厅开启。湖南省教育厅厅长王某说。",
        |out| {
            assert_eq!(labels(&out, Kind::Organization), ["湖南省教育厅"]);
        }
    );

    extractor_test!(
        a_police_station_named_after_its_place,
        "韩振武是西岗子派出所所长。他经常去辖区派出所。附近的派出所民警赶到。",
        |out| {
            assert_eq!(labels(&out, Kind::Organization), ["西岗子派出所"]);
            assert!(has_rel(&out, "韩振武", Pred::MemberOf, "西岗子派出所"));
        }
    );

    extractor_test!(
        a_place_jieba_misreads_opens_the_name_and_a_delegate_acts_for_a_body,
        "包头钢铁集团有限公司首席技师郝建军、大同供电公司首席技师李明发言。代表团团长张建新代表宁夏代表团表态。党的二十大代表资格审查委员会举行会议。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Organization),
                ["党的二十大代表资格审查委员会", "包头钢铁集团有限公司", "大同供电公司", "宁夏代表团"]
            );
            assert!(has_rel(&out, "郝建军", Pred::MemberOf, "包头钢铁集团有限公司"));
        }
    );
}
