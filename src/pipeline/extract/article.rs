//! Article facts: headline, dateline (agency, place, date), the source line
//! (`来源:央视新闻客户端2022-10-10 09:51`), reporters from bylines and credit
//! blocks, other credited staff, and the congress the article is about.
//! Dates get their year from the text, else from the congress it names
//! (二十大 → 2022), else from `--date`.

use super::{Doc, Extraction, Extractor, Kind};
use crate::lexicon::LexKind;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

pub struct ArticleExtractor;

/// A dateline found in a paragraph: character range and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    pub agency: String,
    /// Characters of the place inside the paragraph.
    pub place: Option<Range<usize>>,
    pub month: u32,
    pub day: u32,
}

const AGENCIES: &str = "新华社|中新社|中国新闻社|人民日报|本报|人民网|新华网|央视网|中新网|央广网|光明日报|经济日报|工人日报|中国青年报|中国日报网|中国日报|中国网|国际在线|环球网|央视新闻|中国妇女报|农民日报|科技日报|法治日报|解放军报|中国纪检监察报";

fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            // The year may stand before the month (新华社北京2022年9月26日电).
            r"(?P<agency>{AGENCIES})(?P<place>\p{{Han}}{{0,8}}?)(?:\d{{4}}年)?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?:电|讯|消息)"
        ))
        .expect("dateline regex")
    })
}

/// 本报讯（记者 某某）9月18日, 本报讯 记者 某某 10月19日: a newspaper's lead
/// with its date.
fn paper_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:【|\[)?(?P<src>\p{Han}{2,10}?)讯\s*(?:[（(][^）)]*[）)]|记者(?:\s+\p{Han}{2,4})+)?\s*(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日").expect("paper regex")
    })
}

/// A lead filed from a place with no date: 本报泉州讯, 恩施讯.
fn place_xun_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:本报)?(?P<place>\p{Han}{2,4}?)讯(?:\s|[（(]|$)").expect("place lead regex")
    })
}

/// Outlets' names end so (湖南日报, 光明网, 浙江在线, 央视新闻, 某某客户端).
const OUTLET_ENDS: &str = "日报|晚报|新闻|在线|客户端|网|报|社|台";

/// Any outlet opening its report with the date (湖南日报9月18日讯, 光明网北京
/// 10月17日电, 中国新闻网…, also in brackets: 【南方日报广州10月7日讯】): the
/// longest outlet name, then the place.
fn outlet_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"^(?:【|\[)?据?(?P<src>\p{{Han}}{{0,8}}(?:{OUTLET_ENDS}))(?P<place>\p{{Han}}{{0,8}}?)(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?:电|讯|消息)"
        ))
        .expect("outlet regex")
    })
}

/// Does a paragraph open with a report's lead: a dateline, an outlet's dated
/// lead, or 本报讯 / 某某日报讯 (not 听到这个喜讯)?
pub fn opens_with_lead(p: &str) -> bool {
    static XUN: OnceLock<Regex> = OnceLock::new();
    let xun = XUN.get_or_init(|| {
        Regex::new(&format!(
            r"^(?:【|\[)?\p{{Han}}{{0,10}}?(?:本报|{OUTLET_ENDS})讯"
        ))
        .expect("lead regex")
    });
    // A lead opens the paragraph: its first characters decide, and every
    // lead holds 电, 讯 or 消息 (most paragraphs are ruled out by that).
    let head = p.char_indices().nth(48).map_or(p, |(b, _)| &p[..b]);
    if !head.contains(['电', '讯', '息']) {
        return false;
    }
    dateline(head).is_some_and(|d| d.start == 0) || outlet_re().is_match(head) || xun.is_match(head)
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

/// The first dateline in `p` (offsets in characters of `p`).
pub fn dateline(p: &str) -> Option<Dateline> {
    let Some(c) = dateline_re().captures(p) else {
        return bare_dateline(p);
    };
    let whole = c.get(0)?;
    let place = c
        .get(2)
        .filter(|m| !m.as_str().is_empty())
        .map(|m| char_index(p, m.start())..char_index(p, m.end()));
    Some(Dateline {
        start: char_index(p, whole.start()),
        end: char_index(p, whole.end()),
        agency: c["agency"].to_string(),
        place,
        month: c["m"].parse().ok()?,
        day: c["d"].parse().ok()?,
    })
}

/// 拉萨10月10日电 opening a paragraph: a dateline with no agency, when
/// the place is one the gazetteer knows.
fn bare_dateline(p: &str) -> Option<Dateline> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?P<place>\p{Han}{2,4}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日电(?:\s|[（(]|$)")
            .expect("bare dateline regex")
    });
    let c = re.captures(p)?;
    let place = c.name("place")?;
    let known = crate::lexicon::Lexicon::get()
        .kinds(place.as_str())
        .iter()
        .any(|k| matches!(k, LexKind::Place { .. }));
    if !known {
        return None;
    }
    let end = c["place"].chars().count() + c["m"].chars().count() + c["d"].chars().count() + 3;
    Some(Dateline {
        start: 0,
        end,
        agency: String::new(),
        place: Some(0..place.as_str().chars().count()),
        month: c["m"].parse().ok()?,
        day: c["d"].parse().ok()?,
    })
}

/// Year of the national congress an article names (党的二十大 → 2022).
pub fn congress_ordinal(text: &str) -> Option<u32> {
    congress_mentions(text).first().map(|c| c.2)
}

const CONGRESS_NUMERALS: [(&str, u32); 8] = [
    ("二十一", 21),
    ("二十", 20),
    ("十九", 19),
    ("十八", 18),
    ("十七", 17),
    ("十六", 16),
    ("十五", 15),
    ("十四", 14),
];

pub fn congress_year(ordinal: u32) -> Option<i32> {
    // National congresses meet every five years since the 12th (1982).
    (12..=25)
        .contains(&ordinal)
        .then(|| 1982 + 5 * (ordinal as i32 - 12))
}

/// Mentions of national party congresses: (start, end, ordinal), characters.
pub fn congress_mentions(text: &str) -> Vec<(usize, usize, u32)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:(?P<by>出席)?(?:中国共产党|中共|党的)?第(?P<a>[一二三四五六七八九十]{1,3})次全国代表大会|(?:党的|中共)?(?P<b>二十一|二十|十九|十八|十七|十六|十五|十四)大)")
            .expect("congress regex")
    });
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let m = c.get(0).expect("match");
        let mut start = m.start();
        // 第N次全国代表大会 alone may be another body's (共青团第十九次全国代表
        // 大会): it is the party's after 中国共产党, 中共 or 党的, or after
        // 出席 in a delegation's name (吉林省出席第二十次全国代表大会代表),
        // where 出席 is not part of the congress's name.
        if c.name("a").is_some() {
            match c.name("by") {
                Some(by) => start = by.end(),
                None if m.as_str().starts_with('第') => continue,
                None => {}
            }
        }
        // 团十九大 is the Youth League's congress, 妇十三大 the Women's
        // Federation's, not the party's.
        if m.as_str().starts_with(['十', '二']) && text[..m.start()].ends_with(['团', '妇', '工'])
        {
            continue;
        }
        let num = c
            .name("a")
            .or(c.name("b"))
            .map(|x| x.as_str())
            .unwrap_or("");
        if let Some(&(_, n)) = CONGRESS_NUMERALS.iter().find(|(s, _)| *s == num) {
            out.push((char_index(text, start), char_index(text, m.end()), n));
        }
    }
    out
}

/// Roles of a credit block (`记者|卢某 贾某`); 记者 and 通讯员 are authors.
pub(crate) const CREDIT_ROLES: &[&str] = &[
    "实习记者",
    "特约记者",
    "实习生",
    "记者",
    "通讯员",
    "监制",
    "策划",
    "摄像",
    "统筹",
    "编辑",
    "责编",
    "责任编辑",
    "剪辑",
    "制作",
    "主编",
    "校对",
    "审核",
    "摄影",
    "文字",
    "设计",
    "后期",
    "出品",
    "总监制",
    "视频",
    "主持人",
    "撰文",
    "图片",
];

/// Time words a report's lead opens with, right after its byline.
const LEAD_TIMES: &[&str] = &[
    "近日",
    "日前",
    "今天",
    "今日",
    "昨天",
    "昨日",
    "近期",
    "连日来",
    "本月",
    "上午",
    "下午",
    "当天",
];

/// Names listed after a reporter cue: space- or 、-separated runs of 2–6
/// characters, up to a closing bracket or another role word.
fn names_after(doc: &Doc, mut i: usize, end: usize) -> Vec<Range<usize>> {
    // Is the text from `s` to `e` a place of the gazetteer?
    let place_at = |s: usize, e: usize| {
        doc.lex.iter().any(|h| {
            h.start == s
                && h.end == e
                && doc
                    .kinds(h)
                    .iter()
                    .any(|k| matches!(k, crate::lexicon::LexKind::Place { .. }))
        })
    };
    let mut out = Vec::new();
    loop {
        while i < end
            && (super::CREDIT_MARKS.contains(&doc.chars[i])
                || matches!(doc.chars[i], ' ' | '\u{3000}' | '、' | '/' | '，' | ','))
        {
            i += 1;
        }
        if i >= end || !super::person::is_name_char(doc.chars[i]) {
            break;
        }
        // 答记者问: the press's questions, no reporter.
        if CREDIT_ROLES.iter().any(|r| doc.at(i, r)) || doc.at(i, "问") {
            break;
        }
        let s = i;
        while i < end && super::person::is_name_char(doc.chars[i]) {
            i += 1;
        }
        // 记者 龙 丹: a two-character name padded to the width of three.
        if i == s + 1 && doc.padded_pair(s, end) {
            out.push(s..i + 2);
            i += 2;
            continue;
        }
        // 编辑：赵某  时间：…: a word before a colon labels the next field.
        if i < end && matches!(doc.chars[i], '：' | ':') {
            break;
        }
        // 长沙报道, 报道: where and how it was reported, the byline's end;
        // so is 整理 (张某博 整理, who wrote it up), and a lead's time word
        // (本报讯 记者 吴某 近日，…).
        let word = doc.slice(s..i);
        if let Some(w) = ["报道", "整理"].iter().find(|w| word.ends_with(*w)) {
            // 记者刘某报道: the name runs into the word, unless that is
            // where it was reported (长沙报道).
            let n = i - w.chars().count();
            let place = place_at(s, n);
            let name = doc.slice(s..n);
            // The first name, or one joined by 、 (记者刘某、王某报道); a
            // word after a spaced name is where (记者 王某 乌镇报道).
            let joined = out.is_empty() || (s > 0 && doc.chars[s - 1] == '、');
            if (2..=3).contains(&(n - s))
                && joined
                && !place
                && crate::lexicon::Lexicon::get().has_surname(name)
            {
                out.push(s..n);
            }
            break;
        }
        if LEAD_TIMES.contains(&word) {
            break;
        }
        // 宁夏台 (a province's station) names the outlet of the names after it.
        let outlet = i - s >= 3
            && matches!(doc.chars[i - 1], '台' | '报' | '网' | '社')
            && place_at(s, i - 1);
        // 作者：宣传科 黄某怡: the writer's department, then the name.
        let department = [
            "宣传科",
            "宣传部",
            "宣传处",
            "办公室",
            "新闻中心",
            "媒体中心",
            "宣传中心",
        ]
        .iter()
        .any(|w| word.ends_with(w));
        if outlet || department {
            continue;
        }
        // A transcribed name runs longer, a dot between its parts
        // (古丽娜尔·吐尔逊).
        let n = i - s;
        let dotted = doc.chars[s..i]
            .iter()
            .any(|&c| !crate::pipeline::normalize::is_han(c));
        // （记者 甲 乙 安徽、江苏报道）: the places it was reported from.
        if place_at(s, i) {
            break;
        }
        let mongolian = super::person::is_mongolian_name(word);
        if (2..=4).contains(&n) || (dotted && (3..=16).contains(&n)) || mongolian {
            out.push(s..i);
        } else {
            break;
        }
    }
    out
}

impl Extractor for ArticleExtractor {
    fn name(&self) -> &'static str {
        "article"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let mut year: Option<i32> = None;
        let mut month_day: Option<(u32, u32)> = None;
        let mut explicit: Option<(i32, u32, u32)> = None;
        // Whether `month_day` is a dateline's (新华社北京6月30日电, 某某日报
        // 9月18日讯), the report's own date, rather than a lead's event date.
        let mut dated_line = false;
        // Whether the explicit date stood above the dateline (a page header)
        // rather than in the body (2022年3月5日，他在…).
        let mut header_first = false;
        static ISO: OnceLock<Regex> = OnceLock::new();
        let iso = ISO.get_or_init(|| {
            Regex::new(r"(?P<y>(?:19|20)\d\d)[-年./](?P<m>\d{1,2})[-月./](?P<d>\d{1,2})")
                .expect("date regex")
        });
        static CN_DATE: OnceLock<Regex> = OnceLock::new();
        let cn_date = CN_DATE.get_or_init(|| {
            Regex::new(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
                .expect("Chinese date regex")
        });
        static SOURCE: OnceLock<Regex> = OnceLock::new();
        let source_re = SOURCE.get_or_init(|| {
            // At a line's start, or after the time in a web page's header
            // line (2022-10-12 09:30 来源：某某网 作者：某某).
            Regex::new(r"(?:^|\s)来源[:：]\s*(?P<src>[^\d\s]{2,20})").expect("source regex")
        });
        let paper_re = paper_re();
        let outlet_re = outlet_re();
        static LEAD_DATE: OnceLock<Regex> = OnceLock::new();
        let lead_re = LEAD_DATE
            // 央视网消息：10月16日上午… (an outlet's lead before the date).
            .get_or_init(|| {
                Regex::new(r"^(?:\p{Han}{2,10}消息[:：]\s*)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
                    .expect("lead regex")
            });

        // Headline: the first paragraph when it reads like one, after a web
        // page's breadcrumb trail (首页 > 新闻中心 > 时政要闻) or column label.
        let navigation = |t: &str| {
            // A column's label alone on its line (【二十大代表风采】) heads the
            // page too.
            (t.starts_with('【') && t.ends_with('】') && t.matches('【').count() == 1)
                || t.contains(['>', '＞', '»'])
                || ["首页", "当前位置", "您的位置", "你的位置"]
                    .iter()
                    .any(|w| t.starts_with(w))
        };
        // A newspaper's masthead (宜春日报, 青海日报 2022年10月19日 星期三 第1版)
        // or its issue's date line (2022年10月26日 星期三 农历九月初二) heads
        // the page, not the report.
        let masthead = |t: &str| {
            let first = t.split([' ', '\u{3000}']).next().unwrap_or(t);
            let paper = first.chars().count() <= 10
                && ["日报", "晚报", "时报", "早报", "商报", "青年报", "都市报"]
                    .iter()
                    .any(|w| first.ends_with(w));
            let dated = iso.find(t);
            // 今日8版 第5632期: the issue's number.
            let issue = t.chars().count() <= 20
                && t.chars().any(|c| c.is_ascii_digit())
                && ["版", "期"].iter().all(|w| t.contains(w));
            issue
                || (paper && (first == t || dated.is_some()))
                || dated.is_some_and(|m| {
                    m.start() == 0
                        && (["星期", "农历", "版"].iter().any(|w| t.contains(w))
                            || t[m.end()..].trim_start_matches('日').trim().is_empty())
                })
        };
        // A source line or an editor's note (来源：…, 编者按：…) may stand
        // above the headline too.
        let mut heads = doc.paragraphs.iter().take(5).filter(|p| {
            let t = doc.slice((*p).clone());
            !navigation(t) && !masthead(t) && !t.starts_with("来源") && !t.starts_with("编者按：")
        });
        // A kicker naming the speaker (党的二十大代表、某某公司经理赵某：)
        // stands over the headline.
        let kicker = |p: &Range<usize>| {
            let t = doc.slice(p.clone());
            t.ends_with(['：', ':']) && t.chars().count() <= 60 && !t.contains('。')
        };
        if let Some(p) = heads
            .next()
            .and_then(|p| if kicker(p) { heads.next() } else { Some(p) })
        {
            let t = doc.slice(p.clone());
            // A headline may end with a closing quote (…“把论文写在祖国大地上”),
            // and run longer with a profile's subtitle (——记党的二十大代表…).
            let n = t.chars().count();
            let longest = if t.contains("——") { 64 } else { 40 };
            let headline =
                (2..=longest).contains(&n) && !t.ends_with(['。', '！', '？', '；', '：', ':']);
            // A byline on the first line (光明日报记者 周某新) is no headline.
            let byline = n <= 24
                && ["记者 ", "通讯员 ", "记者\u{3000}"]
                    .iter()
                    .any(|w| t.contains(w));
            if headline && !byline && dateline(t).is_none() && !t.starts_with("来源") {
                // ■乙县选出代表: a bullet is layout, not part of the headline.
                let t = t.trim_start_matches([
                    '■', '□', '●', '○', '◆', '◇', '▲', '△', '★', '☆', '▶', '►',
                ]);
                out.meta.title = Some(t.trim_start().to_string());
            }
        }

        let mut author_spans: Vec<Range<usize>> = Vec::new();
        let mut staff_spans: Vec<Range<usize>> = Vec::new();
        // Where each reporter cue stands, found once for all paragraphs.
        // 文字|某某 and 撰文：某某 credit the writers of the text.
        let reporter_cues: Vec<(&str, Vec<usize>)> =
            // 文/图 某某: the one who wrote and took the pictures.
            ["记者", "通讯员", "实习生", "作者", "文字", "撰文", "文/图", "文／图", "图/文", "图／文"]
                .into_iter()
                .map(|c| (c, doc.find_all(c)))
                .collect();
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let text = doc.slice(p.clone());
            if explicit.is_none() && pi < 4 && text.chars().count() <= 40 {
                // A notice's date in Chinese numerals (二〇二二年六月二十八日),
                // in its header.
                if let Some(c) = cn_date.captures(text) {
                    let y = chinese_year(&c["y"]);
                    let m = super::chinese_number(&c["m"]).map(|v| v as u32);
                    let d = super::chinese_number(&c["d"]).map(|v| v as u32);
                    if let (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) = (y, m, d) {
                        explicit = Some((y, m, d));
                        header_first = month_day.is_none();
                    }
                }
            }
            if explicit.is_none() {
                if let Some(c) = iso.captures(text) {
                    // Only header-like lines carry the publication date.
                    let short = text.chars().count() <= 40;
                    // 发布时间：2022-10-20 08:32  来源：…  作者：…: a web
                    // page's header line, however long its fields.
                    let fields = [
                        "来源",
                        "发布时间",
                        "发布日期",
                        "时间：",
                        "日期：",
                        "更新时间",
                    ];
                    let header = fields.iter().any(|f| text.starts_with(f))
                        || c.get(0).is_some_and(|m| m.start() == 0);
                    if short || header {
                        let y = c["y"].parse().ok();
                        let m = c["m"].parse().ok();
                        let d = c["d"].parse().ok();
                        if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                            explicit = Some((y, m, d));
                            header_first = month_day.is_none();
                        }
                    }
                }
            }
            let header_like = text.starts_with("来源") || text.chars().count() <= 60;
            if let Some(c) = header_like.then(|| source_re.captures(text)).flatten() {
                let m = c.name("src").expect("group");
                let s = p.start + char_index(text, m.start());
                let e = p.start + char_index(text, m.end());
                add_source(doc, out, s..e);
            }
            let mut dateline_end = None;
            if let Some(dl) = dateline(text) {
                dateline_end = Some(p.start + dl.end);
                if month_day.is_none() {
                    month_day = Some((dl.month, dl.day));
                    dated_line = true;
                }
                let agency_end = p.start + dl.start + dl.agency.chars().count();
                if !dl.agency.is_empty() {
                    add_source(doc, out, p.start + dl.start..agency_end);
                }
                if out.meta.dateline_span.is_none() {
                    out.meta.dateline_span =
                        dl.place.map(|pl| p.start + pl.start..p.start + pl.end);
                }
            } else if let Some(c) = paper_re.captures(text).or_else(|| outlet_re.captures(text)) {
                // A newspaper's 讯 or any outlet's dated lead: its date, the
                // outlet, and the place the outlet's lead names, if any.
                // 天山网讯 2022年5月30日，…: a lead dated in full.
                if let (None, Some(y)) = (explicit, c.name("y")) {
                    explicit = y
                        .as_str()
                        .parse()
                        .ok()
                        .map(|y| (y, c["m"].parse().unwrap_or(0), c["d"].parse().unwrap_or(0)));
                }
                if month_day.is_none() {
                    month_day = Some((c["m"].parse().unwrap_or(0), c["d"].parse().unwrap_or(0)));
                    // 湖南日报9月18日讯 dates its report; in 本报讯（记者…）
                    // 10月19日，… the date is the lead's, of the event.
                    dated_line = !paper_re.is_match(text);
                }
                let span = |m: regex::Match| {
                    p.start + char_index(text, m.start())..p.start + char_index(text, m.end())
                };
                add_source(doc, out, span(c.name("src").expect("group")));
                if out.meta.dateline_span.is_none() {
                    out.meta.dateline_span = c.name("place").filter(|m| !m.is_empty()).map(span);
                }
            } else if let Some(m) = place_xun_re()
                .captures(text)
                .and_then(|c| c.name("place"))
                // Not 本报讯, nor a headline's 喜讯/快讯/简讯.
                .filter(|m| {
                    m.as_str() != "本报"
                        && !m.as_str().ends_with([
                            '喜', '快', '简', '资', '通', '电', '视', '网', '报', '社',
                        ])
                        // 电视台讯, not 烟台讯 (a place ending in 台).
                        && !m.as_str().ends_with("电台")
                        && !m.as_str().ends_with("视台")
                })
                .filter(|_| out.meta.dateline_span.is_none())
            {
                // 本报泉州讯, 恩施讯 without a date: the place it was filed from
                // (a place found there; 本报讯 names none).
                out.meta.dateline_span = Some(
                    p.start + char_index(text, m.start())..p.start + char_index(text, m.end()),
                );
            } else if pi < 3 && month_day.is_none() {
                if let Some(c) = lead_re.captures(text) {
                    month_day = Some((c["m"].parse().unwrap_or(0), c["d"].parse().unwrap_or(0)));
                }
            }
            // Reporters: 记者X / 记者 X Y / 通讯员 X, in bylines and credit lines.
            // (记者：杨代表，您…？ is a question in an interview.)
            let is_byline_line = crate::pipeline::split::is_closing_byline(text)
                || text.chars().count() <= 50 && !text.ends_with(['。', '？', '！', '?', '!']);
            for (cue, offsets) in &reporter_cues {
                let cue = *cue;
                let first = offsets.partition_point(|&o| o < p.start);
                for &off in offsets[first..].iter().take_while(|&&o| o < p.end) {
                    // 作者：某某 names an author; 作者简介 does not.
                    let after = off + cue.chars().count();
                    if cue == "作者" && !matches!(doc.chars.get(after), Some(':' | '：' | ' ')) {
                        continue;
                    }
                    // 作者：本报记者 某某: the 记者 after it names the reporters.
                    if cue == "作者"
                        && ["本报记者", "记者", "本报通讯员", "通讯员", "新华社记者"]
                            .iter()
                            .any(|c| {
                                doc.slice(after..p.end)
                                    .trim_start_matches([':', '：', ' ', '\u{3000}'])
                                    .starts_with(c)
                            })
                    {
                        continue;
                    }
                    if matches!(cue, "文字" | "撰文")
                        && !doc
                            .chars
                            .get(after)
                            .is_some_and(|c| super::CREDIT_MARKS.contains(c))
                    {
                        continue;
                    }
                    let in_brackets = bracket_around(doc, off, p.clone());
                    // 本报讯 记者 某某 10月19日: a byline run into the lead.
                    let after_xun = off >= p.start + 2
                        && off <= p.start + 12
                        && doc.slice(p.start..off).trim_end().ends_with('讯');
                    if !(is_byline_line || in_brackets || after_xun) {
                        continue;
                    }
                    let names = names_after(
                        doc,
                        off + cue.chars().count(),
                        in_brackets
                            .then_some(())
                            .map_or(p.end, |_| bracket_end(doc, off, p.end)),
                    );
                    // 记者 钱某秋 摄: a photo's credit, not the report's byline.
                    let photo = names.last().is_some_and(|r| {
                        let rest = doc.slice(r.end..p.end).trim_start_matches([' ', '\u{3000}']);
                        rest.starts_with('摄') && !rest.starts_with("摄影") && !rest.starts_with("摄像")
                    })
                        // 图片|记者 某某: the reporter took the pictures.
                        || ["图片", "摄影", "摄像", "视频"].iter().any(|r| {
                            super::CREDIT_MARKS.iter().any(|m| {
                                doc.slice(p.start..off).trim_end().ends_with(&format!("{r}{m}"))
                            })
                        });
                    if photo {
                        staff_spans.extend(names);
                    } else {
                        author_spans.extend(names);
                    }
                }
            }
            // 人民网拉萨5月27日电 （张某 王某）: names alone in the bracket
            // right after the dateline are its reporters.
            if let Some(end) = dateline_end.filter(|_| author_spans.is_empty()) {
                let open = (end..p.end).find(|&i| !matches!(doc.chars[i], ' ' | '\u{3000}'));
                if let Some(open) = open.filter(|&i| matches!(doc.chars[i], '（' | '(')) {
                    let close = bracket_end(doc, open, p.end);
                    let names = names_after(doc, open + 1, close);
                    let lx = crate::lexicon::Lexicon::get();
                    let only_names = close < p.end
                        && close - open <= 16
                        && doc.chars[open + 1..close].iter().all(|&c| {
                            super::person::is_name_char(c) || matches!(c, ' ' | '\u{3000}' | '、')
                        })
                        && names.iter().map(|r| r.len()).sum::<usize>() + names.len()
                            >= close - open
                        && names.iter().all(|r| {
                            (2..=3).contains(&r.len()) && lx.has_surname(doc.slice(r.clone()))
                        });
                    if only_names && !names.is_empty() {
                        author_spans.extend(names);
                    }
                }
            }
            // Other credited staff: 监制|X Y, at a line's start or after a
            // space on a short credit line (作者：某某 编辑：某某).
            // Or a bracketed credit line closing the report (（责任编辑：王某）).
            let bracketed = text.starts_with(['（', '('])
                && text.ends_with(['）', ')'])
                && text.contains(['：', ':']);
            // A byline may credit others with a space (记者 杨某 摄影 吴某).
            let spaced = is_byline_line && text.contains("记者 ");
            let credit_line = (text.contains(' ') || bracketed)
                && (text.contains(super::CREDIT_MARKS) || spaced)
                && text.chars().count() <= 60;
            for role in CREDIT_ROLES
                .iter()
                .filter(|r| !matches!(**r, "记者" | "通讯员" | "实习生" | "文字" | "撰文"))
            {
                let starts: Vec<usize> = if credit_line {
                    text.match_indices(role)
                        .map(|(b, _)| p.start + char_index(text, b))
                        .collect()
                } else if text.starts_with(role) {
                    vec![p.start]
                } else {
                    Vec::new()
                };
                for at in starts {
                    let opens =
                        at == p.start || matches!(doc.chars[at - 1], ' ' | '\u{3000}' | '（' | '(');
                    let after = at + role.chars().count();
                    let marked = after < p.end
                        && (super::CREDIT_MARKS.contains(&doc.chars[after])
                            || spaced && doc.chars[after] == ' ');
                    if opens && marked {
                        staff_spans.extend(names_after(doc, after, p.end));
                    }
                }
            }
        }
        for r in author_spans {
            let label = super::unpadded(doc.slice(r.clone()));
            let id = out.entity(Kind::Person, &label);
            out.entities[id].author = true;
            out.mention(doc, r.start, r.end, id);
            if !out.meta.authors.contains(&id) {
                out.meta.authors.push(id);
            }
        }
        for r in staff_spans {
            let label = super::unpadded(doc.slice(r.clone()));
            let id = out.entity(Kind::Person, &label);
            out.mention(doc, r.start, r.end, id);
        }

        // Congress mentions; the article's congress is the one named most.
        let mut counts: Vec<(u32, usize)> = Vec::new();
        let mut past: Vec<(u32, usize)> = Vec::new();
        for &(s, e, n) in doc.congresses() {
            let id = congress_entity(out, n);
            out.mention(doc, s, e, id);
            // 比十九大增加68名: a congress compared with is not the one the
            // article is about.
            if doc.ends_with_at(s, "比") || doc.ends_with_at(s, "较") || doc.at(e, "相比") {
                continue;
            }
            // 2012年当选十八大代表, 曾当选, 参加过十八大: one in the past,
            // counted only when the article names no other.
            let clause = doc.clause_start(s, s.saturating_sub(10));
            let before = doc.slice(clause..s);
            let dated = before.char_indices().any(|(b, c)| {
                c == '年'
                    && before[..b]
                        .chars()
                        .rev()
                        .take_while(char::is_ascii_digit)
                        .count()
                        == 4
            });
            let tally = if dated || before.contains('曾') || before.ends_with('过') {
                &mut past
            } else {
                &mut counts
            };
            match tally.iter_mut().find(|c| c.0 == n) {
                Some(c) => c.1 += 1,
                None => tally.push((n, 1)),
            }
        }
        if counts.is_empty() {
            counts = past;
        }
        if let Some(&(n, _)) = counts.iter().max_by_key(|c| (c.1, c.0)) {
            out.meta.congress = Some(congress_entity(out, n));
            year = congress_year(n);
        }
        // 大庆日报讯（记者 王某）十月十四日下午，…: a lead's date in Chinese
        // numerals, when no other date is given.
        if explicit.is_none() && month_day.is_none() {
            static CN_LEAD: OnceLock<Regex> = OnceLock::new();
            let cn_lead = CN_LEAD.get_or_init(|| {
                Regex::new(r"(?:^|[讯电）)]\s*)(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
                    .expect("Chinese lead date regex")
            });
            let lead = doc.paragraphs.iter().take(4).find_map(|p| {
                let c = cn_lead.captures(doc.slice(p.clone()))?;
                let m = super::chinese_number(&c["m"]).map(|v| v as u32)?;
                let d = super::chinese_number(&c["d"]).map(|v| v as u32)?;
                let y = c.name("y").and_then(|y| chinese_year(y.as_str()));
                ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
            });
            match lead {
                Some((Some(y), m, d)) => explicit = Some((y, m, d)),
                Some((None, m, d)) => month_day = Some((m, d)),
                None => {}
            }
        }
        out.meta.date = match (explicit, month_day) {
            // A page's header dates the issue (人民日报 2017年7月1日); the
            // dateline (本报北京6月30日电) dates the report, in the header's
            // year or the one before (a December report in a January issue).
            (Some((y, hm, hd)), Some((m, d))) if dated_line && (m, d) != (hm, hd) => {
                Some((if header_first && m > hm { y - 1 } else { y }, m, d))
            }
            (Some(d), _) => Some(d),
            (None, Some((m, d))) => year.or(doc.default_year).map(|y| (y, m, d)),
            (None, None) => None,
        }
        .filter(|&(_, m, d)| (1..=12).contains(&m) && (1..=31).contains(&d));
    }
}

/// The congress entity of ordinal `n`.
pub fn congress_entity(out: &mut Extraction, n: u32) -> usize {
    let label = format!("中国共产党第{}次全国代表大会", ordinal_zh(n));
    let id = out.entity(Kind::Congress, &label);
    out.entities[id].ordinal = Some(n);
    id
}

fn ordinal_zh(n: u32) -> String {
    CONGRESS_NUMERALS
        .iter()
        .find(|(_, v)| *v == n)
        .map(|(s, _)| s.to_string())
        .unwrap_or_else(|| n.to_string())
}

/// Is character `pos` inside brackets within paragraph `p`?
fn bracket_around(doc: &Doc, pos: usize, p: Range<usize>) -> bool {
    let open = (p.start..pos)
        .rev()
        .find(|&i| matches!(doc.chars[i], '（' | '(' | '）' | ')'));
    matches!(open.map(|i| doc.chars[i]), Some('（' | '('))
}

/// A year in Chinese numerals, read digit by digit (二〇二一 → 2021).
fn chinese_year(y: &str) -> Option<i32> {
    y.chars()
        .map(|d| super::chinese_number(&d.to_string()).and_then(|v| char::from_digit(v as u32, 10)))
        .collect::<Option<String>>()?
        .parse()
        .ok()
}

fn bracket_end(doc: &Doc, pos: usize, end: usize) -> usize {
    (pos..end)
        .find(|&i| matches!(doc.chars[i], '）' | ')'))
        .unwrap_or(end)
}

/// The outlet named as the source: a lexicon body or a media-suffixed name.
fn add_source(doc: &Doc, out: &mut Extraction, r: Range<usize>) {
    let lx = crate::lexicon::Lexicon::get();
    for hit in doc
        .lex
        .iter()
        .filter(|h| h.start >= r.start && h.end <= r.end)
    {
        for k in doc.kinds(hit) {
            // A company named in a source line (国家电网报) is not the outlet.
            if let LexKind::Body(i) = k {
                if lx.bodies[*i].is_enterprise() {
                    continue;
                }
                let id = out.entity(Kind::Organization, &lx.bodies[*i].name);
                out.mention(doc, hit.start, hit.end, id);
                out.meta.source.get_or_insert(id);
                return;
            }
        }
    }
    let name = doc.slice(r.clone());
    let is_media = ["客户端", "日报", "晚报", "报", "电视台", "新闻", "网"]
        .iter()
        .any(|s| name.ends_with(s));
    if is_media && name.chars().count() >= 3 {
        let id = out.entity(Kind::Organization, name);
        out.mention(doc, r.start, r.end, id);
        out.meta.source.get_or_insert(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::labels;

    fn author_labels(out: &Extraction) -> Vec<&str> {
        out.meta
            .authors
            .iter()
            .map(|&a| out.entities[a].label.as_str())
            .collect()
    }

    #[test]
    fn parses_datelines() {
        let d = dateline("新华社北京9月26日电 在党中央领导下").unwrap();
        assert_eq!((d.agency.as_str(), d.month, d.day), ("新华社", 9, 26));
        assert_eq!(d.place, Some(3..5));
        assert!(dateline("今天天气很好").is_none());
        // Radio and web reports close their dateline with 消息.
        let d = dateline("央广网北京10月17日消息（记者 韩某娜）").unwrap();
        assert_eq!((d.agency.as_str(), d.month, d.day), ("央广网", 10, 17));
        assert_eq!(d.place, Some(3..5));
        // A bare dateline names a place the gazetteer knows.
        let d = dateline("拉萨10月10日电 党的二十大代表次某卓玛说").unwrap();
        assert_eq!((d.agency.as_str(), d.month, d.day, d.end), ("", 10, 10, 9));
        assert_eq!(d.place, Some(0..2));
        assert!(dateline("会议10月10日电 开幕").is_none());
    }

    #[test]
    fn congress_years() {
        assert_eq!(congress_year(20), Some(2022));
        assert_eq!(congress_year(19), Some(2017));
        assert_eq!(congress_ordinal("迎接党的二十大胜利召开"), Some(20));
        assert_eq!(congress_ordinal("中国共产党第十九次全国代表大会"), Some(19));
    }

    #[test]
    fn congress_named_after_a_delegation_or_short_party_name() {
        // 出席 is left out of the mention; 中共 and 党的 are kept.
        let text = "中国共产党某某省出席第二十次全国代表大会代表名单";
        let (s, e, n) = congress_mentions(text)[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            "第二十次全国代表大会"
        );
        assert_eq!(n, 20);
        assert_eq!(congress_ordinal("党的第二十次全国代表大会"), Some(20));
        assert_eq!(congress_ordinal("中共第十九次全国代表大会"), Some(19));
        // Another body's national congress is not the party's.
        assert_eq!(
            congress_ordinal("中国共产主义青年团第十九次全国代表大会"),
            None
        );
        assert_eq!(congress_ordinal("中国妇女第十三次全国代表大会"), None);
        assert_eq!(congress_ordinal("团十九大代表、某镇团委书记"), None);
    }

    extractor_test!(
        bylines_of_county_portals,
        "我县4名同志当选市党代会代表\n2022-06-20 16:48:12 来源：某县融媒体中心 作者：程某华 通讯员 汪某\n日前，村党支部书记王某胜当选代表。\n大山深处的点灯人\n文/图 王某志\n校长潘某凤已经守了24年。",
        |out| {
            let mut authors = author_labels(&out);
            authors.sort();
            assert_eq!(authors, ["汪某", "王某志", "程某华"]);
        }
    );

    extractor_test!(
        no_author_of_a_place_or_a_question,
        "党的二十大代表杨某贵是综采队队长。\n记者：杨代表，您这次准备提什么建议？\n（央视记者 孙某达 周某 安徽、江苏报道）",
        |out| {
            assert_eq!(author_labels(&out), ["孙某达", "周某"]);
        }
    );

    extractor_test!(
        a_past_congress_named_twice_dates_nothing,
        "新华社杭州10月12日电（记者 俞某）沈某娣2012年当选十八大代表，今年又当选党的十九大代表。与她同时参加过十八大的陈某新也很关注这次大会。",
        |out| {
            assert_eq!(out.meta.date, Some((2017, 10, 12)));
        }
    );

    extractor_test!(
        a_dated_lead_in_brackets,
        "【南方日报广州10月7日讯】外卖骑手蓝某峰当选党的二十大代表。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 7)));
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.clone());
            assert_eq!(place.as_deref(), Some("广州"));
            // The outlet is no employer of the one named after its lead.
            assert!(out
                .relations
                .iter()
                .all(|r| r.pred != crate::pipeline::extract::Pred::MemberOf));
        }
    );

    extractor_test!(
        closing_byline_gives_author_place_and_date,
        "王某某是党的二十大代表。\n（新华社天津9月26日电 记者毛某某）",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 9, 26)));
            let authors = author_labels(&out);
            assert_eq!(authors, ["毛某某"]);
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.clone());
            assert_eq!(place.as_deref(), Some("天津"));
        }
    );

    extractor_test!(
        several_reporters_and_staff,
        "标题\n正文。\n(总台记者 王甲乙 吴丙丁 孟戊)\n监制|申某某 冯某",
        |out| {
            let authors = author_labels(&out);
            assert_eq!(authors, ["王甲乙", "吴丙丁", "孟戊"]);
            assert!(labels(&out, Kind::Person).contains(&"申某某".to_string()));
            assert!(!out.entities[out.find(Kind::Person, "申某某").unwrap()].author);
        }
    );

    extractor_test!(
        headline_after_a_column_label,
        "【奋进新征程·二十大代表风采】\n周某敏：乡村振兴路上的“领头雁”\n正文。",
        |out| {
            assert_eq!(
                out.meta.title.as_deref(),
                Some("周某敏：乡村振兴路上的“领头雁”")
            );
        }
    );

    extractor_test!(web_page_header_after_a_breadcrumb_trail, "首页 > 新闻中心 > 时政要闻\n二十大代表风采丨王某燕：守护孩子的笑容\n2022-10-12 09:30:21 来源：河北新闻网 作者：赵某轩\n作者简介：从事新闻工作多年\n正文。", |out| {
        assert_eq!(out.meta.title.as_deref(), Some("二十大代表风采丨王某燕：守护孩子的笑容"));
        assert_eq!(out.meta.date, Some((2022, 10, 12)));
        assert_eq!(author_labels(&out), ["赵某轩"]);
        let source = out.meta.source.map(|s| out.entities[s].label.as_str());
        assert_eq!(source, Some("河北新闻网"));
    });

    extractor_test!(authors_after_a_staff_reporter_credit, "某代表团举行全体会议\n来源：某某日报　　作者：本报记者 马某芳 杨某鸣　　编辑：周某\n正文。", |out| {
        assert_eq!(author_labels(&out), ["马某芳", "杨某鸣"]);
        assert!(out.find(Kind::Person, "本报记者").is_none());
    });

    extractor_test!(a_department_before_the_author_and_a_mongolian_reporter, "标题\n作者：党委宣传部 黄某怡\n正文。\n新华社呼和浩特10月10日电（记者 乌兰其其格 王某）正文。", |out| {
        assert_eq!(author_labels(&out), ["黄某怡", "乌兰其其格", "王某"]);
        assert!(out.find(Kind::Person, "党委宣传部").is_none());
        assert!(out.find(Kind::Place, "乌兰县").is_none());
    });

    extractor_test!(a_long_web_header_line_dates_the_page, "某县代表宣讲走进村寨\n发布时间：2022-10-20 08:32:15  来源：某某日报（某某全媒体记者采写）  作者：李思雨\n正文。", |out| {
        assert_eq!(out.meta.date, Some((2022, 10, 20)));
    });

    extractor_test!(long_profile_headline_and_byline_first, "她把青春献给了戈壁滩——记党的二十大代表、某油田分公司采油一厂女子采油班班长任某静\n某日报记者 艾力·买买提\n正文。", |out| {
        assert!(out.meta.title.as_deref().is_some_and(|t| t.ends_with("班长任某静")));
    });

    extractor_test!(
        a_lead_dated_in_full_after_its_outlet,
        "某某网讯　2022年5月30日，中国共产党某省第十次代表大会在某市胜利闭幕。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 5, 30)));
        }
    );

    extractor_test!(
        answering_the_press_names_no_reporter,
        "党的十九大代表已全部选出。\n\n答记者问中，中组部负责人介绍，代表结构呈现以下特点。",
        |out| {
            assert!(out.meta.authors.is_empty());
            assert!(labels(&out, Kind::Person).is_empty());
        }
    );

    extractor_test!(
        a_congress_compared_with_is_not_the_articles,
        "新华网北京10月15日电 党的二十大代表中，女党员619名，比十九大增加68名，比十九大提高2.8个百分点；少数民族党员264名，比十九大增加9名。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 15)));
        }
    );

    extractor_test!(
        staff_later_on_a_credit_line,
        "标题\n正文。\n作者：王某琪 编辑：陈某 责任编辑：刘某",
        |out| {
            let p = labels(&out, Kind::Person);
            for name in ["王某琪", "陈某", "刘某"] {
                assert!(p.contains(&name.to_string()), "{name} {p:?}");
            }
        }
    );

    extractor_test!(
        a_header_label_after_an_editor_is_no_name,
        "来源：中国新闻网  编辑：赵某敏  时间：2022-10-19 08:45\n党的二十大“党代表通道”举行。最后登场的是来自某油田的代表王某丽。",
        |out| {
            assert_eq!(labels(&out, Kind::Person), ["王某丽", "赵某敏"]);
            let wang = out.find(Kind::Person, "王某丽").unwrap();
            assert_eq!(out.entities[wang].delegate_to, Some(20));
        }
    );

    extractor_test!(
        a_stations_name_in_a_byline,
        "标题\n正文。\n（央视记者 孙某伟 刘某 宁夏台 丁某鸣）",
        |out| {
            let a = author_labels(&out);
            assert!(!a.contains(&"宁夏台"), "{a:?}");
            assert!(a.contains(&"丁某鸣") && a.contains(&"孙某伟"), "{a:?}");
        }
    );

    extractor_test!(
        datelines_of_any_outlet,
        "标题\n湖南日报9月18日讯（记者 李某远）清晨，党的二十大代表王某兰开始走访。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 9, 18)));
            assert_eq!(author_labels(&out), ["李某远"]);
        }
    );

    extractor_test!(
        a_dateline_place_after_an_outlet,
        "标题\n光明网北京10月17日电（记者 李某）党的二十大代表王某发言。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 17)));
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.as_str());
            assert_eq!(place, Some("北京"));
        }
    );

    extractor_test!(
        a_byline_run_into_the_lead,
        "标题\n本报讯 记者 王某刚 10月19日，党的二十大代表李某华走访村民。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 19)));
            assert_eq!(author_labels(&out), ["王某刚"]);
        }
    );

    extractor_test!(
        bylines_with_interns_dotted_names_and_the_place,
        "标题\n新疆日报讯（记者 古丽娜尔·吐某逊 王某刚）正文。\n某日报记者 孙某源 实习生 王某瑶 长沙报道\n正文。",
        |out| {
            let a = author_labels(&out);
            assert!(a.contains(&"古丽娜尔·吐某逊") && a.contains(&"王某刚"), "{a:?}");
            assert!(!a.iter().any(|n| n.contains("报道")), "{a:?}");
        }
    );

    extractor_test!(
        names_run_into_baodao_are_the_authors,
        "标题\n本报北京10月18日讯 记者刘某飞、王洋报道 10月17日，代表们分组讨论。\n某日报记者 孙某源 长沙报道\n正文。",
        |out| {
            let a = author_labels(&out);
            for name in ["刘某飞", "王洋", "孙某源"] {
                assert!(a.contains(&name), "{name}: {a:?}");
            }
            assert!(!a.contains(&"长沙"), "{a:?}");
        }
    );

    extractor_test!(
        a_word_after_a_spaced_name_is_where_it_was_reported,
        "论坛开幕\n本报记者 王建国 乌镇报道\n10月18日，论坛在乌镇开幕。",
        |out| {
            assert_eq!(author_labels(&out), ["王建国"]);
        }
    );

    extractor_test!(
        names_alone_in_brackets_after_a_dateline_are_its_reporters,
        "西藏选举产生出席党的十九大代表\n人民网拉萨5月27日电 （张明 王莉）大会选举产生了代表23名。",
        |out| {
            assert_eq!(author_labels(&out), ["张明", "王莉"]);
        }
    );

    extractor_test!(
        a_lead_dated_in_chinese_numerals,
        "标题\n大庆日报讯（记者 王某国）十月十四日下午，党的十七大代表张建华接受了采访。",
        |out| {
            assert_eq!(out.meta.date, Some((2007, 10, 14)));
        }
    );

    extractor_test!(
        a_lead_dated_in_chinese_numerals_with_its_year,
        "标题\n某县新闻网讯 二〇二一年十二月二十一日上午，中国共产党某县第十五次代表大会开幕。",
        |out| {
            assert_eq!(out.meta.date, Some((2021, 12, 21)));
        }
    );

    extractor_test!(
        a_byline_is_no_headline,
        "光明日报记者 周某新\n“我将把会议精神带回校园。”校长杨某红说。",
        |out| {
            assert_eq!(out.meta.title, None);
            assert_eq!(author_labels(&out), ["周某新"]);
        }
    );

    extractor_test!(a_notice_dated_in_chinese_numerals, "关于选举产生出席党的二十大代表的公告\n（二〇二二年六月二十八日中国共产党某省第十一次代表大会通过）\n正文。", |out| {
        assert_eq!(out.meta.date, Some((2022, 6, 28)));
    });

    // Only the header dates the article.
    extractor_test!(
        a_chinese_date_in_the_body,
        "标题\n第一段。\n第二段。\n第三段。\n一九七八年十二月十八日",
        |out| {
            assert_eq!(out.meta.date, None);
        }
    );

    // The U+3000 padding of 龙　丹 is a space once normalized.
    extractor_test!(a_padded_name_in_a_byline, "贵州：选举产生出席党的二十大代表\n人民网贵阳4月26日电（记者 龙 丹 王某某）2022年4月26日，大会闭幕。", |out| {
        assert_eq!(author_labels(&out), ["龙丹", "王某某"]);
        let id = out.find(Kind::Person, "龙丹").unwrap();
        assert!(out.entities[id].aliases.is_empty());
    });

    extractor_test!(source_line_and_workers_daily_byline, "标题\n来源:工人日报客户端\n2022-10-04 09:15\n工人日报-中工网记者 余某某 通讯员 王某某\n正文。", |out| {
        assert_eq!(out.meta.date, Some((2022, 10, 4)));
        let authors = author_labels(&out);
        assert_eq!(authors, ["余某某", "王某某"]);
        assert!(labels(&out, Kind::Organization).contains(&"中工网".to_string()));
    });

    extractor_test!(
        year_from_congress_and_no_author_in_body,
        "10月17日上午,代表们讨论党的二十大报告。记者看到，会场气氛热烈。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 17)));
            assert!(out.meta.authors.is_empty());
        }
    );

    // Authors' labels, in byline order.
    fn authors(out: &Extraction) -> Vec<&str> {
        out.meta
            .authors
            .iter()
            .map(|&a| out.entities[a].label.as_str())
            .collect()
    }

    extractor_test!(
        a_newspaper_page_header_is_no_headline,
        "青海日报 2022年10月19日 星期三 第1版\n2022年10月19日　星期三　农历九月廿四\n今日8版　第5632期\n青海代表团举行全体会议\n本报泉州讯（记者 李某芳）会议举行。\n图为代表发言。本报记者 钱某秋 摄\n（责任编辑：何某/王某 校对：张某敏）",
        |out| {
            assert_eq!(out.meta.title.as_deref(), Some("青海代表团举行全体会议"));
            // The photographer is credited, not an author; editors are persons.
            assert_eq!(authors(&out), vec!["李某芳"]);
            let persons = labels(&out, Kind::Person);
            for name in ["钱某秋", "何某", "王某", "张某敏"] {
                assert!(persons.iter().any(|p| p == name), "{name}: {persons:?}");
            }
        }
    );

    extractor_test!(
        a_headlines_good_news_is_no_dateline,
        "遵义山村传喜讯\n新华社贵阳10月1日电（记者 王某）村里通了路。",
        |out| {
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.as_str());
            assert_eq!(place, Some("贵阳"));
        }
    );

    extractor_test!(
        a_place_lead_without_a_date,
        "党代表的一天\n湖北日报全媒记者 雷某诚 张某博 整理\n恩施讯 深秋时节，代表在茶园忙碌。",
        |out| {
            assert_eq!(authors(&out), vec!["雷某诚", "张某博"]);
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.as_str());
            assert_eq!(place, Some("恩施"));
        }
    );

    extractor_test!(
        credits_with_a_han_bar_and_an_intern,
        "工人日报-中工网记者 余某熙 实习生 王某宁\n二十大代表王某强说，很好。\n监制丨申某\n记者丨卢某雨 贾某\n摄像丨李某",
        |out| {
            assert_eq!(authors(&out), vec!["余某熙", "王某宁", "卢某雨", "贾某"]);
            let persons = labels(&out, Kind::Person);
            assert!(persons.contains(&"申某".to_string()) && persons.contains(&"李某".to_string()));
        }
    );

    extractor_test!(
        a_text_credit_names_the_writers,
        "标题\n二十大代表王某强说，很好。\n监制|申某\n文字|卢某雨 贾某\n文字材料由代表提供。",
        |out| {
            assert_eq!(authors(&out), vec!["卢某雨", "贾某"]);
        }
    );

    extractor_test!(
        the_datelines_date_over_the_pages,
        "人民日报 2018年1月2日 第04版\n标题\n本报北京12月31日电 （记者 王某然）工作已全部完成。",
        |out| {
            assert_eq!(out.meta.date, Some((2017, 12, 31)));
        }
    );

    extractor_test!(
        a_date_in_the_body_gives_the_datelines_year_only,
        "代表风采\n新华社北京10月16日电（记者 王某）党的二十大代表李某强在车间忙碌。\n2022年3月5日，他在全省大会上发言。\n本报烟台讯（记者 王某）代表们在学习。",
        |out| {
            assert_eq!(out.meta.date, Some((2022, 10, 16)));
        }
    );

    extractor_test!(
        a_place_ending_in_tai_files_a_lead,
        "标题\n本报烟台讯（记者 王某）代表们在学习。",
        |out| {
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.as_str());
            assert_eq!(place, Some("烟台"));
        }
    );

    extractor_test!(
        bylines_end_before_the_lead_and_other_roles,
        "标题\n本报记者 陈某林 特约记者 符某润 摄影 吴某\n本报讯 记者 吴某俊 近日，市委召开全会。\n图片|记者 陆某强",
        |out| {
            assert_eq!(authors(&out), vec!["陈某林", "符某润", "吴某俊"]);
            let persons = labels(&out, Kind::Person);
            assert!(persons.contains(&"吴某".to_string()), "{persons:?}");
            assert!(persons.contains(&"陆某强".to_string()), "{persons:?}");
            assert!(!persons.iter().any(|p| p == "近日" || p == "特约记者"), "{persons:?}");
        }
    );

    extractor_test!(
        an_outlets_lead_is_no_place_and_gives_its_date,
        "标题\n云南网讯（记者 杨某薇）代表走村串户。\n央视网消息：10月16日上午，会议举行。",
        |out| {
            assert_eq!(out.meta.dateline_place, None);
            assert_eq!(out.meta.date.map(|d| (d.1, d.2)), Some((10, 16)));
        }
    );

    extractor_test!(
        a_source_line_and_an_editors_note_over_the_headline,
        "来源：某某日报  2017年06月21日\n编者按：本报开设“代表风采”专栏。\n黄某兰：大山里的“领头雁”\n文字|记者 韦某娜\n党的十九大代表黄某兰在茶园里。",
        |out| {
            assert_eq!(out.meta.title.as_deref(), Some("黄某兰：大山里的“领头雁”"));
        }
    );

    extractor_test!(
        a_bullet_is_no_part_of_the_headline,
        "■乙县选出市党代会代表\n本报讯（记者 李某）近日，乙县选出代表30名。",
        |out| {
            assert_eq!(out.meta.title.as_deref(), Some("乙县选出市党代会代表"));
        }
    );

    extractor_test!(
        a_kicker_stands_over_the_headline,
        "党的二十大代表、某公司项目经理赵某国：\n把每一座桥都建成精品工程\n本报记者 刘某燕\n赵某国对记者说。",
        |out| {
            assert_eq!(out.meta.title.as_deref(), Some("把每一座桥都建成精品工程"));
        }
    );

    extractor_test!(
        a_dateline_with_its_year,
        "新华社北京2022年9月26日电（记者 侠某）党的二十大代表张某国是工人。",
        |out| {
            let place = out
                .meta
                .dateline_place
                .map(|p| out.entities[p].label.as_str());
            assert_eq!(place, Some("北京"));
            assert_eq!(out.meta.date, Some((2022, 9, 26)));
        }
    );
}
