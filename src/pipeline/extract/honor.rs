//! Honors: national titles and medals from the lexicon (quotes inside them
//! ignored: 全国“三八”红旗手), and quoted titles after an award cue (荣获,
//! 获得, 被评为, 被授予 …) or before 称号. Who holds them is the relation stage's.

use super::{Doc, Extraction, Extractor, Kind};
use crate::lexicon::{is_quote, strip_quotes, LexKind, Lexicon};
use crate::pipeline::normalize::is_han;

pub struct HonorExtractor;

/// Words that introduce honors.
pub const CUES: &[&str] = &[
    "荣获",
    "获得",
    "获评",
    "被评为",
    "评为",
    "被授予",
    "授予",
    "荣膺",
    "被命名为",
    "命名为",
    // Military and police merits (荣立一等功, 荣记二等功).
    "荣立",
    "荣记",
    "获",
    // 入选“最美奋斗者”, 被党中央、国务院表彰为全国劳动模范, 捧回/摘得/斩获….
    "入选",
    "表彰为",
    "捧回",
    "摘得",
    "斩获",
];

/// How far after a cue a listed honor may still start.
const CUE_REACH: usize = 40;

impl Extractor for HonorExtractor {
    fn name(&self) -> &'static str {
        "honor"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let lx = Lexicon::get();
        for hit in &doc.lex {
            for k in doc.kinds(hit) {
                if let LexKind::Honor(i) = k {
                    let name = &lx.honors[*i].name;
                    // 河北省|三八红旗手: a national title's short form after a
                    // place is that place's title, not the national one.
                    let place = out
                        .mentions
                        .iter()
                        .find(|m| {
                            (m.end == hit.start
                                || (m.end + 1 == hit.start && is_quote(doc.chars[m.end])))
                                && out.entities[m.entity].kind == Kind::Place
                        })
                        .map(|m| m.start)
                        // So is a title with no scope of its own (云南省|先进工作者).
                        .filter(|_| {
                            (name.starts_with("全国") && !doc.at(hit.start, "全国"))
                                || !["全国", "中国", "国家", "省", "市"]
                                    .iter()
                                    .any(|p| name.starts_with(p))
                        });
                    // 省五一劳动奖章: a short form after a scope word is that
                    // scope's title, for the cue rule to name (not the national one).
                    let scoped = place.is_none()
                        && name.starts_with("全国")
                        && !doc.at(hit.start, "全国")
                        && hit.start > 0
                        && "省市县区州盟旗".contains(doc.chars[hit.start - 1]);
                    if scoped {
                        continue;
                    }
                    // 国家技术发明奖二等奖: the grade is part of the award won.
                    let grade = GRADES.iter().find(|g| doc.at(hit.end, g));
                    let end = hit.end + grade.map_or(0, |g| g.chars().count());
                    let (start, id) = match place {
                        // 海南省“五一”劳动奖章: named without its quotes.
                        Some(start) => {
                            let label = strip_quotes(doc.slice(start..end));
                            (start, out.entity(Kind::Honor, &label))
                        }
                        None => {
                            let label = format!("{name}{}", grade.copied().unwrap_or(""));
                            let id = out.entity(Kind::Honor, &label);
                            // The award without its grade names it too.
                            if grade.is_some() {
                                out.entities[id].aliases.insert(name.clone());
                            }
                            (hit.start, id)
                        }
                    };
                    out.mention(doc, start, end, id);
                }
            }
        }
        unquoted_after_cue(doc, out);
        // Quoted titles: “X” after a cue (in a 、-list), or “X”称号.
        let mut i = 0;
        while i < doc.len() {
            if doc.chars[i] != '“' {
                i += 1;
                continue;
            }
            let Some(close) =
                (i + 1..doc.len().min(i + 24)).find(|&j| matches!(doc.chars[j], '”' | '\n'))
            else {
                i += 1;
                continue;
            };
            if doc.chars[close] != '”' {
                i = close;
                continue;
            }
            let (s, e) = (i + 1, close);
            let inner = doc.slice(s..e);
            let n = inner.chars().count();
            // 全国“安康杯”竞赛优胜班组称号: the title runs on to 称号.
            let run_on = (close + 1..doc.len().min(close + 12))
                .take_while(|&j| is_han(doc.chars[j]))
                .find(|&j| doc.at(j, "称号") || doc.at(j, "荣誉称号"))
                // Only a title's own words (竞赛优胜班组), not …”等称号,
                // …”的称号 nor …”并授予其称号.
                .filter(|&j| {
                    let run = doc.slice(close + 1..j);
                    j > close + 1
                        && [
                            "班组", "集体", "个人", "标兵", "单位", "岗", "手", "范", "者",
                        ]
                        .iter()
                        .any(|w| run.ends_with(w))
                        && !run.contains(['并', '和', '及', '获', '授', '予'])
                });
            let titled = run_on.is_some()
                || doc.at(close + 1, "称号")
                || doc.at(close + 1, "的称号")
                || doc.at(close + 1, "荣誉称号");
            if (2..=16).contains(&n)
                && !inner.contains(['，', '。', '！', '？', '：'])
                && (titled || after_cue(doc, i))
                && !out.overlaps(s, e, &[Kind::Honor])
            {
                // 贵州省“最美教师”, 全国“安康杯”…: the scope before the quote
                // is part of the title.
                let scope = out
                    .mentions
                    .iter()
                    .find(|m| m.end == i && out.entities[m.entity].kind == Kind::Place)
                    .map(|m| m.start)
                    .or_else(|| (i >= 2 && doc.ends_with_at(i, "全国")).then(|| i - 2));
                let (s, e) = match (scope, run_on) {
                    (None, None) => (s, e),
                    (from, to) => (from.unwrap_or(i), to.unwrap_or(close + 1)),
                };
                let label = strip_quotes(doc.slice(s..e));
                let id = out.entity(Kind::Honor, &label);
                out.mention(doc, s, e, id);
            }
            i = close + 1;
        }
    }
}

/// Grades written right after an award's name.
const GRADES: &[&str] = &[
    "特等奖",
    "一等奖",
    "二等奖",
    "三等奖",
    "金奖",
    "银奖",
    "铜奖",
];

/// Endings of honor titles, for items listed unquoted after a cue.
const HONOR_ENDINGS: &[&str] = &[
    "先进个人",
    "先进工作者",
    "劳动模范",
    "模范",
    "标兵",
    "能手",
    "奖章",
    "勋章",
    "红旗手",
    "楷模",
    "工匠",
    "精英",
    "杰出青年",
    "优秀教师",
    "之星",
    "先锋",
    "优秀共产党员",
    "优秀党务工作者",
    "先进集体",
    "模范集体",
    // Titles of villages and work units.
    "示范村",
    "示范村镇",
    "示范社",
    "示范学校",
    "示范基地",
    "示范单位",
    "文明村",
    "文明单位",
    "先进基层党组织",
    // 命名为全国示范性劳模和工匠人才创新工作室.
    "创新工作室",
    "奖",
];

/// 荣获全国劳动模范、全国粮食生产先进个人等荣誉: unquoted list items after a
/// cue that read as titles (a national or provincial scope and a title ending).
fn unquoted_after_cue(doc: &Doc, out: &mut Extraction) {
    for cue in CUES {
        for c in doc.find_all(cue) {
            let mut pos = c + cue.chars().count();
            // 获得过…: the aspect mark is no part of the title.
            if doc.chars.get(pos) == Some(&'过') {
                pos += 1;
            }
            let sentence = doc.sentence_of(c);
            // 获得A、B等称号: a list its close calls titles, whatever their
            // endings (上海市科技精英).
            let clause_end = (pos..sentence.end)
                .find(|&i| matches!(doc.chars[i], '，' | '。' | '；' | ','))
                .unwrap_or(sentence.end);
            let titled = doc.slice(pos..clause_end).ends_with("称号");
            loop {
                let end = (pos..sentence.end)
                    .find(|&i| matches!(doc.chars[i], '、' | '，' | '。' | '；' | ',' | '“' | '”'))
                    .unwrap_or(sentence.end);
                let mut item_end = end;
                let item = doc.slice(pos..end);
                // 等荣誉 / 等称号 closes the list, and 称号 a single title
                // (获湖北省劳动模范称号).
                // Not the 等 of a grade (特等劳动模范, 一等功).
                let closing = item.char_indices().find(|&(k, c)| {
                    c == '等' && !item[..k].ends_with(['特', '一', '二', '三', '高', '同'])
                });
                if let Some((k, _)) = closing {
                    item_end = pos + item[..k].chars().count();
                } else if let Some(k) = item.find("荣誉称号").or(item.find("称号")) {
                    item_end = pos + item[..k].chars().count();
                }
                let item = doc.slice(pos..item_end);
                let n = item.chars().count();
                let place_first = out
                    .mentions
                    .iter()
                    .any(|m| m.start == pos && out.entities[m.entity].kind == Kind::Place);
                let scoped = ["全国", "中国", "国家", "省", "市"]
                    .iter()
                    .any(|p| item.starts_with(p))
                    || place_first
                    || item.ends_with("奖章")
                    || item.ends_with("勋章");
                if (4..=18).contains(&n)
                    && scoped
                    && (titled || HONOR_ENDINGS.iter().any(|e| item.ends_with(e)))
                    && !out.overlaps(pos, item_end, &[Kind::Honor])
                {
                    let id = out.entity(Kind::Honor, item);
                    out.mention(doc, pos, item_end, id);
                }
                if item_end < end || end >= sentence.end || doc.chars[end] != '、' {
                    break;
                }
                pos = end + 1;
            }
        }
    }
}

/// Is `pos` inside the list that follows an award cue in its sentence?
fn after_cue(doc: &Doc, pos: usize) -> bool {
    let sentence = doc.sentence_of(pos);
    let from = pos.saturating_sub(CUE_REACH).max(sentence.start);
    // Only list items may stand between the cue and this title.
    let start = (from..pos)
        .rev()
        .find(|&i| matches!(doc.chars[i], '，' | '。' | '；' | ','))
        .map_or(from, |i| i + 1);
    let window = doc.slice(start..pos);
    CUES.iter().any(|cue| window.contains(cue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::labels;

    extractor_test!(
        a_units_title_conferred_is_no_unit,
        "某劳模创新工作室被中华全国总工会命名为全国示范性劳模和工匠人才创新工作室。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Honor),
                ["全国示范性劳模和工匠人才创新工作室"]
            );
            assert!(labels(&out, Kind::Organization)
                .iter()
                .all(|o| !o.starts_with("全国")));
        }
    );

    extractor_test!(
        scoped_titles_with_quotes_inside,
        "王某芳先后获得海南省“五一”劳动奖章、贵州省“最美教师”等荣誉，还获得过重庆市五一劳动奖章，班组获得全国“安康杯”竞赛优胜班组称号、山东省“美丽乡村示范村”等称号。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(h, vec!["全国安康杯竞赛优胜班组", "山东省美丽乡村示范村", "海南省五一劳动奖章", "贵州省最美教师", "重庆市五一劳动奖章"]);
        }
    );

    extractor_test!(
        a_scope_word_before_a_short_national_title,
        "王某芳荣获省五一劳动奖章，被评为“优秀共产党员”并获称号，还被评为“最美村官”并授予其称号。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(h, vec!["优秀共产党员", "最美村官", "省五一劳动奖章"]);
        }
    );

    extractor_test!(
        a_provinces_title_of_a_generic_name,
        "李某珍荣获云南省先进工作者称号，合作社被评为国家农民专业合作社示范社。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(h, vec!["云南省先进工作者", "国家农民专业合作社示范社"]);
        }
    );

    extractor_test!(
        village_titles_after_cue,
        "某某嘎查先后获评全国民族团结进步示范村、内蒙古自治区美丽乡村示范村等称号。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(
                h,
                vec!["全国民族团结进步示范村", "内蒙古自治区美丽乡村示范村"]
            );
        }
    );

    extractor_test!(
        listed_titles_after_cue,
        "她先后荣获全国“三八”红旗手、“中国好医生”、“最美医生”等诸多荣誉称号。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(h, vec!["中国好医生", "全国三八红旗手", "最美医生"]);
            let id = out.find(Kind::Honor, "全国三八红旗手").unwrap();
            let m = out.mentions.iter().find(|m| m.entity == id).unwrap();
            assert_eq!(
                (m.start, m.end),
                (5, 14),
                "the anchor keeps the quotes it was written with"
            );
        }
    );

    extractor_test!(
        quoted_title_before_chenghao,
        "医院还获得了“爱婴医院”的称号。",
        |out| {
            assert_eq!(labels(&out, Kind::Honor), vec!["爱婴医院"]);
        }
    );

    extractor_test!(
        unquoted_titles_listed_after_a_cue,
        "他先后荣获全国劳动模范、全国粮食生产先进个人等荣誉。他获得了很多支持、群众好评。",
        |out| {
            let h = labels(&out, Kind::Honor);
            assert_eq!(h, vec!["全国劳动模范", "全国粮食生产先进个人"]);
        }
    );

    extractor_test!(
        quotes_without_cue_are_not_honors,
        "增强“四个意识”、坚定“四个自信”，他说“工作是快乐的”。",
        |out| {
            assert!(labels(&out, Kind::Honor).is_empty());
        }
    );

    extractor_test!(
        provincial_titles,
        "李明被评为河北省三八红旗手。王芳曾获湖北省劳动模范称号。赵刚被评为吉林省特等劳动模范。",
        |out| {
            // Not the national 全国三八红旗手 that 三八红旗手 alone stands for.
            assert_eq!(
                labels(&out, Kind::Honor),
                vec!["吉林省特等劳动模范", "河北省三八红旗手", "湖北省劳动模范"]
            );
        }
    );

    extractor_test!(
        any_scoped_item_of_a_list_closed_by_titles,
        "沈某铭先后获得中国青年五四奖章、上海市科技精英等称号。他获得上海市优秀设计等奖项。",
        |out| {
            assert_eq!(
                labels(&out, Kind::Honor),
                ["上海市科技精英", "中国青年五四奖章"]
            );
        }
    );

    extractor_test!(
        an_award_keeps_its_grade,
        "沈某铭获得2019年度国家技术发明奖二等奖。",
        |out| {
            assert_eq!(labels(&out, Kind::Honor), ["国家技术发明奖二等奖"]);
            let id = out.find(Kind::Honor, "国家技术发明奖二等奖").unwrap();
            assert!(out.entities[id].aliases.contains("国家技术发明奖"));
        }
    );
}
