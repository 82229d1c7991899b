//! Places: administrative divisions from the gazetteer (short and long forms
//! as one place, ambiguity settled by the places around them), townships and
//! villages read from place chains (辉县市张村乡裴寨村), the dateline's place,
//! and `dg:locatedIn` from each place to the nearest enclosing place the
//! article names.

use super::{Doc, Extraction, Extractor, Kind, Object, Pred};
use crate::lexicon::{LexKind, Lexicon};
use crate::pipeline::normalize::is_han;

pub struct PlaceExtractor;

/// Suffixes of places below the county: (suffix, level).
const SETTLEMENTS: &[(&str, &str)] = &[
    ("街道", "township"),
    ("乡", "township"),
    ("镇", "township"),
    ("苏木", "township"),
    ("村", "village"),
    ("嘎查", "village"),
    ("社区", "village"),
];

/// Characters that never stand inside a village or town name.
const NOT_IN_NAME: &[char] = &[
    '的', '是', '在', '和', '与', '了', '到', '从', '为', '任', '及', '等',
];

#[derive(Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    division: usize,
}

/// Bodies of a township, named after it: a county's are 公安局 and 人民医院.
const TOWNSHIP_UNITS: &[&str] = &[
    "派出所",
    "司法所",
    "财政所",
    "供电所",
    "卫生院",
    "中心卫生院",
    "中心小学",
    "中心学校",
    "中心校",
];

fn level_rank(level: &str) -> u8 {
    match level {
        "province" => 0,
        "prefecture" => 1,
        _ => 2,
    }
}

impl Extractor for PlaceExtractor {
    fn name(&self) -> &'static str {
        "place"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let lx = Lexicon::get();
        // Candidate divisions of every place hit.
        type Hit = (usize, usize, Vec<(usize, bool)>);
        let hits: Vec<Hit> = doc
            .lex
            .iter()
            .filter_map(|h| {
                let c: Vec<(usize, bool)> = doc
                    .kinds(h)
                    .iter()
                    .filter_map(|k| match k {
                        LexKind::Place { id, short } => Some((*id, *short)),
                        _ => None,
                    })
                    .collect();
                (!c.is_empty()).then_some((h.start, h.end, c))
            })
            .collect();
        // Unambiguous hits give context for the ambiguous ones.
        let context: Vec<usize> = hits
            .iter()
            .filter(|h| h.2.len() == 1)
            .map(|h| h.2[0].0)
            .collect();
        let mut found: Vec<Found> = Vec::new();
        for (start, end, cands) in &hits {
            let prev = found.last().filter(|f| f.end == *start).copied();
            let mut best: Option<(usize, (u8, u8, u8))> = None;
            for &(id, short) in cands {
                let d = &lx.divisions[id];
                let county_short = short && d.level == "county";
                // A short county name must be a word of its own.
                if county_short && !(doc.boundary[*start] && doc.boundary[*end]) {
                    continue;
                }
                // A township's units bear the township's name, never a
                // county's (浠水县公安局兰溪派出所: 兰溪 is no 兰溪市).
                if county_short && TOWNSHIP_UNITS.iter().any(|w| doc.at(*end, w)) {
                    continue;
                }
                // Nor does any short name below a province start inside a
                // word (天|山南|北 of 天山南北).
                if short && d.level != "province" && !doc.boundary[*start] {
                    continue;
                }
                // Nor end inside a common word (世界|上|海拔 holds no 上海).
                if short
                    && !doc.boundary[*end]
                    && doc.token_covering(*end - 1).is_some_and(|t| {
                        t.start > *start
                            && t.end > *end
                            && crate::segment::is_common_word(doc.slice(t.start..t.end))
                    })
                {
                    continue;
                }
                // Nor open a gacha's or sum's Mongolian name (巴彦宝力格嘎查).
                if short
                    && (1..=4).any(|k| {
                        ["嘎查", "苏木"].iter().any(|w| doc.at(*end + k, w))
                            && (*end..*end + k).all(|i| is_han(doc.chars[i]))
                    })
                {
                    continue;
                }
                // Nor name the village or town that bears it (仁化村 is no
                // 仁化县), nor a river's source (三江源); but 延安|乡村振兴
                // and 毕节|乡镇干部 start a word of their own.
                if short
                    && d.level != "province"
                    && ["村", "镇", "乡", "嘎查", "源"]
                        .iter()
                        .any(|w| doc.at(*end, w))
                    && !crate::segment::is_frequent_word(doc.slice(*end..*end + 2))
                {
                    continue;
                }
                // Nor be a person's name, or part of one (班长汤克东).
                if short
                    && super::person::place_in_cued_name(doc, *start, *end, d.level == "province")
                {
                    continue;
                }
                // …委员会和县纪律检查委员会: 和 joins two bodies, and 县 is
                // the county named before (not 和县 of Anhui).
                if !short
                    && *end - *start == 2
                    && doc.chars[*start] == '和'
                    && prev.is_none()
                    && *start > 0
                    && is_han(doc.chars[*start - 1])
                {
                    continue;
                }
                let in_chain = prev.map(|p| lx.is_ancestor(p.division, id));
                if in_chain == Some(false) && (short || d.level == "county") {
                    // 天津滨海: 滨海 is not a county of 天津.
                    continue;
                }
                let has_context = context.iter().any(|&c| c != id && lx.is_ancestor(c, id));
                let score = (
                    u8::from(in_chain != Some(true)),
                    u8::from(!has_context),
                    level_rank(d.level),
                );
                if best.is_none_or(|(_, s)| score < s) {
                    best = Some((id, score));
                }
            }
            if let Some((division, _)) = best {
                found.push(Found {
                    start: *start,
                    end: *end,
                    division,
                });
            }
        }
        for f in &found {
            let d = &lx.divisions[f.division];
            let label = place_label(f.division);
            let id = out.entity(Kind::Place, &label);
            let e = &mut out.entities[id];
            e.division = Some(f.division);
            e.level = Some(d.level);
            e.aliases.extend(d.shorts.iter().cloned());
            e.aliases.insert(d.name.clone());
            e.aliases.remove(&label);
            out.mention(doc, f.start, f.end, id);
        }
        settlements(doc, out, &found);
        lone_townships(doc, out);
        // The dateline's place.
        if let Some(span) = out.meta.dateline_span.clone() {
            out.meta.dateline_place = out
                .mentions_of(&[Kind::Place])
                .into_iter()
                .find(|m| m.start >= span.start && m.end <= span.end)
                .map(|m| m.entity);
        }
        // Each gazetteer place lies in the nearest enclosing place named here.
        let named: Vec<(usize, usize)> = out
            .entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.division.map(|d| (i, d)))
            .collect();
        for &(child, division) in &named {
            let nearest = lx
                .ancestors(division)
                .into_iter()
                .find_map(|a| named.iter().find(|n| n.1 == a).map(|n| n.0));
            if let Some(parent) = nearest {
                let evidence = evidence_for(doc, out, child, parent);
                out.relate(child, Pred::LocatedIn, Object::Entity(parent), evidence);
            }
        }
    }
}

/// The label of a division: provinces and prefectures by the short form news
/// writes (北京, 陕西, 榆林), counties by their full name (苍梧县).
pub fn place_label(division: usize) -> String {
    let d = &Lexicon::get().divisions[division];
    match d.shorts.first() {
        Some(s) if d.level != "county" => s.clone(),
        _ => d.name.clone(),
    }
}

/// The sentence where both places are named, else the child's first sentence.
pub fn evidence_for(doc: &Doc, out: &Extraction, a: usize, b: usize) -> std::ops::Range<usize> {
    let ms_a: Vec<_> = out.mentions.iter().filter(|m| m.entity == a).collect();
    for m in &ms_a {
        let s = doc.sentence_of(m.start);
        if out
            .mentions
            .iter()
            .any(|n| n.entity == b && n.start >= s.start && n.end <= s.end)
        {
            return s;
        }
    }
    ms_a.first()
        .map(|m| doc.sentence_of(m.start))
        .unwrap_or(0..doc.len().max(1))
}

/// Townships and villages following a place: 张村乡 and 裴寨村 in 辉县市张村乡裴寨村.
fn settlements(doc: &Doc, out: &mut Extraction, found: &[Found]) {
    let mut chain_ends: Vec<(usize, usize)> = Vec::new(); // (end, entity)
    for f in found {
        if let Some(m) = out
            .mentions
            .iter()
            .find(|m| m.start == f.start && m.end == f.end)
        {
            chain_ends.push((f.end, m.entity));
        }
    }
    let mut new_names: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < chain_ends.len() {
        let (pos, parent) = chain_ends[i];
        i += 1;
        // Villages lie in counties or townships, townships in counties
        // (or prefecture-level cities): 山东省美丽乡村 is no village.
        let parent_level = out.entities[parent].level.unwrap_or("");
        // 临夏回族自治州|东乡族自治县: a division already found there is
        // the next link, not the township 东乡.
        if out.overlaps(pos, pos + 1, &[Kind::Place]) {
            continue;
        }
        // 新乡市|长垣县|张三寨镇: a county the gazetteer no longer holds
        // (renamed since), known by the township that follows it.
        let renamed = (parent_level == "prefecture")
            .then(|| {
                [2, 3].into_iter().map(|k| pos + k).find(|&e| {
                    e + 1 < doc.len()
                        && matches!(doc.chars[e], '县' | '市')
                        && plain_name(doc, pos, e)
                        && settlement_at(doc, e + 1)
                            .is_some_and(|(_, _, level)| level == "township")
                })
            })
            .flatten()
            .map(|e| (e + 1, doc.slice(pos..e + 1).to_string(), "county"));
        let found = renamed.or_else(|| {
            settlement_at(doc, pos).filter(|(_, _, level)| match *level {
                "village" => matches!(parent_level, "county" | "township"),
                _ => matches!(parent_level, "county" | "prefecture"),
            })
        });
        if let Some((end, name, level)) = found {
            let scope = out.entities[parent]
                .division
                .map(|d| Lexicon::get().divisions[d].code.clone())
                .or_else(|| {
                    out.entities[parent]
                        .scope
                        .clone()
                        .map(|s| format!("{s}/{}", out.entities[parent].label))
                })
                .unwrap_or_default();
            let id = out.entity(Kind::Place, &name);
            let e = &mut out.entities[id];
            e.level = Some(level);
            e.scope.get_or_insert(scope);
            out.mention(doc, pos, end, id);
            out.relate(
                id,
                Pred::LocatedIn,
                Object::Entity(parent),
                doc.sentence_of(pos),
            );
            new_names.push((name, id));
            chain_ends.push((end, id));
        }
    }
    // Later mentions of the same village or town.
    for (name, id) in new_names {
        let n = name.chars().count();
        for s in doc.find_all(&name) {
            if !out.overlaps(s, s + n, &[Kind::Place, Kind::Organization]) {
                out.mention(doc, s, s + n, id);
            }
        }
    }
}

/// Words a settlement's name may follow (来自|毛阳镇什奋村).
const BEFORE_SETTLEMENT: &[&str] = &[
    "来自", "在", "位于", "到", "于", "是", "回到", "走进", "走访",
];

/// A town or township and a village in it with no county before them (来自
/// 毛阳镇什奋村): both, the village in the town. Each name two or three
/// characters before its suffix, the town's opening the clause or after a
/// word of place.
fn lone_townships(doc: &Doc, out: &mut Extraction) {
    let name_ok = |s: usize, e: usize| plain_name(doc, s, e);
    let mut marks: Vec<usize> = ["镇", "乡"].iter().flat_map(|m| doc.find_all(m)).collect();
    marks.sort_unstable();
    for p in marks {
        let town_start = [3, 2]
            .into_iter()
            .filter(|&k| p >= k)
            .map(|k| p - k)
            .find(|&s| {
                doc.boundary[s]
                    && name_ok(s, p)
                    && (s == 0
                        || !is_han(doc.chars[s - 1])
                        || BEFORE_SETTLEMENT.iter().any(|w| doc.ends_with_at(s, w)))
            });
        let Some(ts) = town_start else { continue };
        let village_end = [2, 3].into_iter().map(|k| p + 1 + k).find(|&v| {
            v < doc.len() && doc.chars[v] == '村' && name_ok(p + 1, v) && doc.boundary[p + 1]
        });
        let Some(v) = village_end else { continue };
        let end = v + 1;
        if out.overlaps(ts, end, &[Kind::Place, Kind::Organization, Kind::Person]) {
            continue;
        }
        let town = out.entity(Kind::Place, doc.slice(ts..p + 1));
        out.entities[town].level = Some("township");
        out.mention(doc, ts, p + 1, town);
        let village = out.entity(Kind::Place, doc.slice(p + 1..end));
        out.entities[village].level = Some("village");
        out.mention(doc, p + 1, end, village);
        out.relate(
            village,
            Pred::LocatedIn,
            Object::Entity(town),
            doc.sentence_of(p),
        );
    }
}

/// Is the text from `s` to `e` the bare name of a division found by its
/// suffix (毛阳, 长垣): Han characters, no function word, no division suffix.
fn plain_name(doc: &Doc, s: usize, e: usize) -> bool {
    doc.chars[s..e]
        .iter()
        .all(|&c| is_han(c) && !NOT_IN_NAME.contains(&c) && !"乡镇村县市省区".contains(c))
}

/// A township or village name starting at `pos`: (end, name, level).
fn settlement_at(doc: &Doc, pos: usize) -> Option<(usize, String, &'static str)> {
    for len in 1..=8 {
        let s_end = pos + len;
        if s_end >= doc.len() {
            return None;
        }
        let c = doc.chars[s_end - 1];
        if !is_han(c) || NOT_IN_NAME.contains(&c) {
            return None;
        }
        // Names run longer only with the peoples of an ethnic township
        // (马楠苗族彝族乡), or in Mongolian (巴彦宝力格嘎查).
        let mongolian = len <= 6 && (doc.at(s_end, "嘎查") || doc.at(s_end, "苏木"));
        if len > 4 && !mongolian && !doc.slice(pos..s_end).contains('族') {
            continue;
        }
        for (suffix, level) in SETTLEMENTS {
            // 美丽乡村: 乡 or 镇 before 村 is a word, not a township.
            if matches!(*suffix, "乡" | "镇") && doc.at(s_end + 1, "村") {
                continue;
            }
            if doc.at(s_end, suffix) {
                let end = s_end + suffix.chars().count();
                // 张村乡: 村 followed by 乡 belongs to a longer name.
                let continues = end < doc.len()
                    && matches!(doc.chars[end], '乡' | '镇')
                    && !doc.at(end, "乡村")
                    && !doc.at(end, "镇村");
                // 农业农村|局: a bureau's name, not a village.
                let bureau = end < doc.len() && "局厅".contains(doc.chars[end]);
                // 返乡, 回乡, 城镇: a one-character name that makes a word
                // with its suffix is that word.
                let word = len == 1 && crate::segment::is_common_word(doc.slice(pos..end));
                if continues || bureau || word {
                    continue;
                }
                return Some((end, doc.slice(pos..end).to_string(), level));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::{has_rel, labels};

    extractor_test!(
        an_autonomous_prefecture_by_its_short_name_and_zhou,
        "党的二十大代表、黔东南州雷山县西江镇党委书记吴某英发言。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), ["西江镇", "雷山县", "黔东南"]);
            assert_eq!(labels(&out, Kind::Organization), ["西江镇党委"]);
        }
    );

    extractor_test!(
        a_township_unit_bears_no_county_name,
        "浠水县公安局兰溪派出所所长陈某栋说。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), ["浠水县"]);
        }
    );

    extractor_test!(
        zhongshan_names_sun_yat_sen_not_the_city,
        "中山大学附属第一医院主任医师林某坚说，要守护百姓健康。他出生在广东省中山市。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), vec!["中山市", "广东"]);
        }
    );

    extractor_test!(
        no_place_ending_inside_a_word_nor_a_hall,
        "帕里镇是世界上海拔最高的城镇之一。江西省代表团在人民大会堂江西厅举行全体会议。",
        |out| {
            assert!(!labels(&out, Kind::Place).contains(&"上海".to_string()));
            assert!(!labels(&out, Kind::Organization)
                .iter()
                .any(|o| o.contains("会堂")));
        }
    );

    extractor_test!(
        a_gachas_mongolian_name_is_no_county,
        "内蒙古自治区锡林郭勒盟东乌珠穆沁旗嘎达布其镇巴彦宝力格嘎查党支部书记巴某尔是党的二十大代表。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert!(!places.contains(&"巴彦县".to_string()), "{places:?}");
            assert!(has_rel(&out, "巴彦宝力格嘎查", Pred::LocatedIn, "嘎达布其镇"));
        }
    );

    extractor_test!(
        he_joining_two_bodies_is_no_county,
        "选举产生中共花垣县第十五届委员会和县纪律检查委员会。他来自安徽省和县。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), vec!["和县", "安徽", "花垣县"]);
            let he = out.find(Kind::Place, "和县").unwrap();
            assert_eq!(out.mentions.iter().filter(|m| m.entity == he).count(), 1);
        }
    );

    extractor_test!(
        longjiang_stands_for_heilongjiang,
        "龙江振兴，我们有信心。他来自齐齐哈尔市龙江县。",
        |out| {
            let longjiang = out.find(Kind::Place, "龙江县").unwrap();
            assert_eq!(
                out.mentions
                    .iter()
                    .filter(|m| m.entity == longjiang)
                    .count(),
                1
            );
        }
    );

    extractor_test!(
        a_place_after_zai_before_an_apposed_delegate,
        "在景德镇，党的二十大代表胡雪琴走进社区宣讲。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), vec!["景德镇"]);
        }
    );

    extractor_test!(
        returning_home_is_no_township,
        "杨某英2011年从广东东莞返乡创业。王某从深圳回乡。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), vec!["东莞", "广东", "深圳"]);
        }
    );

    extractor_test!(
        an_ethnic_township_in_its_county,
        "李某珍是永善县马楠苗族彝族乡卫生院副院长。",
        |out| {
            assert!(has_rel(&out, "马楠苗族彝族乡", Pred::LocatedIn, "永善县"));
        }
    );

    extractor_test!(
        a_town_and_its_village_without_a_county,
        "村民来自毛阳镇什奋村。全镇各村都有卫生室，城镇村庄焕然一新。",
        |out| {
            assert_eq!(labels(&out, Kind::Place), vec!["什奋村", "毛阳镇"]);
            assert!(has_rel(&out, "什奋村", Pred::LocatedIn, "毛阳镇"));
        }
    );

    extractor_test!(
        a_bureau_is_no_village,
        "宜昌市夷陵区农业农村局局长吴某刚说，今年粮食丰收。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert!(!places.iter().any(|p| p.ends_with('村')), "{places:?}");
        }
    );

    // 村委会 after a village: the village stays.
    extractor_test!(
        a_village_before_its_committee,
        "平江县东风村委会主任李某说，今年粮食丰收。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert!(places.contains(&"东风村".to_string()), "{places:?}");
        }
    );

    extractor_test!(
        no_short_name_inside_a_word,
        "天山南北的各族群众都很高兴。山南市的代表也到了。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert_eq!(places.len(), 1, "{places:?}");
            assert_eq!(
                out.mentions
                    .iter()
                    .filter(|m| out.entities[m.entity].kind == Kind::Place)
                    .count(),
                1
            );
        }
    );

    extractor_test!(
        no_township_inside_the_next_division,
        "马某花是甘肃省临夏回族自治州东乡族自治县龙泉镇卫生院医生。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert!(!places.contains(&"东乡".to_string()), "{places:?}");
            assert!(has_rel(&out, "龙泉镇", Pred::LocatedIn, "东乡族自治县"));
        }
    );

    extractor_test!(
        chain_of_divisions_and_villages,
        "他出生在河南新乡市辉县市张村乡裴寨村，后来回到裴寨村。",
        |out| {
            let places = labels(&out, Kind::Place);
            for p in ["河南", "新乡", "辉县市", "张村乡", "裴寨村"] {
                assert!(places.contains(&p.to_string()), "{p} in {places:?}");
            }
            assert!(has_rel(&out, "裴寨村", Pred::LocatedIn, "张村乡"));
            assert!(has_rel(&out, "张村乡", Pred::LocatedIn, "辉县市"));
            assert!(has_rel(&out, "辉县市", Pred::LocatedIn, "新乡"));
            assert!(has_rel(&out, "新乡", Pred::LocatedIn, "河南"));
            let village = out.find(Kind::Place, "裴寨村").unwrap();
            assert_eq!(
                out.mentions.iter().filter(|m| m.entity == village).count(),
                2
            );
        }
    );

    extractor_test!(
        short_and_long_forms_are_one_place,
        "陕西榆林的医生来到陕西省会。",
        |out| {
            let shaanxi = out.find(Kind::Place, "陕西").unwrap();
            assert_eq!(
                out.mentions.iter().filter(|m| m.entity == shaanxi).count(),
                2
            );
            assert!(out.entities[shaanxi].aliases.contains("陕西省"));
            assert!(has_rel(&out, "榆林", Pred::LocatedIn, "陕西"));
        }
    );

    extractor_test!(
        skips_nearest_missing_level,
        "广西苍梧县山坪村",
        |out| {
            assert!(has_rel(&out, "苍梧县", Pred::LocatedIn, "广西"));
            assert!(has_rel(&out, "山坪村", Pred::LocatedIn, "苍梧县"));
        }
    );

    extractor_test!(
        no_places_in_common_words,
        "江山就是人民，人民就是江山。美丽乡村建设。",
        |out| {
            assert!(
                labels(&out, Kind::Place).is_empty(),
                "{:?}",
                labels(&out, Kind::Place)
            );
        }
    );

    extractor_test!(
        a_short_name_bearing_a_village_or_source_is_no_county,
        "仁化村党支部书记李某子说，守护好三江源，助力延安乡村振兴。吉林省前郭尔罗斯蒙古族自治县查干花镇党委书记王某说。",
        |out| {
            let places = labels(&out, Kind::Place);
            assert!(!places.iter().any(|p| p.contains("仁化县") || p.contains("三江")), "{places:?}");
            assert!(places.iter().any(|p| p == "延安"), "{places:?}");
            let orgs = labels(&out, Kind::Organization);
            assert!(orgs.contains(&"查干花镇党委".to_string()), "{orgs:?}");
        }
    );

    extractor_test!(
        a_renamed_county_between_a_prefecture_and_a_town,
        "新乡市长垣县张三寨镇刘庄村党支部书记史红旗说，要种好大棚。新乡市县城很美。",
        |out| {
            assert!(has_rel(&out, "长垣县", Pred::LocatedIn, "新乡"));
            assert!(has_rel(&out, "张三寨镇", Pred::LocatedIn, "长垣县"));
            assert!(has_rel(&out, "刘庄村", Pred::LocatedIn, "张三寨镇"));
            assert!(!labels(&out, Kind::Place).contains(&"县城".to_string()));
        }
    );
}
