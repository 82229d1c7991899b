//! Figures: head counts (N名/人/位, and N个 of bodies or units) with the
//! measure phrase before or after them, shares (占X%, 占…总数的X%) attached to
//! the count they qualify, changes (比…增加68名, 提高2.8个百分点), averages
//! (平均年龄52.2岁) and rates (党员参与率…99.5%). Each share is checked
//! against count ÷ total and the result kept as `consistent`.

use super::{Doc, Extraction, Extractor, Statistic};
use crate::pipeline::normalize::is_han;
use regex::Regex;
use std::sync::OnceLock;

pub struct StatisticExtractor;

/// Nouns counted with 个 that are populations (bodies, units, groups).
const UNIT_NOUNS: &[&str] = &[
    "选举单位",
    "省区市",
    "省份",
    "少数民族",
    "民族",
    "基层党组织",
    "党组织",
    "乡镇",
    "村",
    "社区",
    "代表团",
    "分队",
    "工作室",
    "党支部",
    "单位",
    "企业",
    "地区",
    "部门",
    "团队",
];

/// Words from an earlier figure to a later one (由149名增至164名).
const TO_WORDS: &[&str] = &[
    "增至",
    "增加到",
    "增加至",
    "提高到",
    "提高至",
    "上升到",
    "上升至",
    "增长到",
    "减少到",
    "减至",
    "下降到",
    "降至",
    "到",
    "至",
];

/// Words that end a measure phrase written after the number.
const AFTER_STOPS: &[&str] = &[
    "组成",
    "参加",
    "参与",
    "结合",
    "出席会议",
    "列席",
    "的重托",
    "当选",
    // 58名代表中有女代表17名: the base, then the part.
    "中有",
    // 64名同志以超过应到代表半数的赞成票当选.
    "以超过",
    "以全票",
    // 680余名妇女代表齐聚一堂.
    "齐聚",
    "欢聚",
    // 200余名党员群众听得聚精会神, …认真聆听: an audience listening.
    "听得",
    "听了",
    "听完",
    "聆听",
    "倾听",
    "认真",
    "纷纷",
    "观看",
];

/// Lead-ins stripped from a measure phrase written before the number.
const LEADS: &[&str] = &[
    "其中",
    "本次",
    "此次",
    "这次",
    // 这次会议实选代表300名, 大会应选代表64名.
    "会议",
    "大会",
    // 工人党员198名（含农民工党员45名）.
    "含",
    "包括",
    "当选代表中",
    "据统计",
    "共有",
    "共",
    "有",
    "达",
    "约",
    "了",
    "为",
    // 选举产生了…代表73名: jieba may read 产生 as a noun.
    "产生",
    "选出",
    // …，分别占28.0%和16.0%: read with the counts before it.
    "分别",
];

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("statistic regex"))
}

fn chars_of(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

/// 9600多万 → 96000000; 2000余 → 2000.
fn number(digits: &str, wan: Option<&str>) -> Option<f64> {
    let v: f64 = digits
        .parse()
        .ok()
        .or_else(|| super::chinese_number(digits).map(|n| n as f64))?;
    Some(match wan {
        Some("万") => v * 10_000.0,
        Some("亿") => v * 100_000_000.0,
        _ => v,
    })
}

/// 三分之一 as a percent, to one decimal (33.3).
fn fraction_percent(numerator: &str, denominator: &str) -> Option<f64> {
    let n = super::chinese_number(numerator)? as f64;
    let d = super::chinese_number(denominator)? as f64;
    (d > 0.0 && n < d).then(|| (n * 1000.0 / d).round() / 10.0)
}

fn clause_breaks(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | '（'
            | '）'
            | '('
            | ')'
            | ','
            | ';'
            | ':'
            | '\n'
            | '？'
            | '！'
            | '“'
            | '”'
    )
}

impl Extractor for StatisticExtractor {
    fn name(&self) -> &'static str {
        "statistic"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        static COUNT: OnceLock<Regex> = OnceLock::new();
        static SHARE: OnceLock<Regex> = OnceLock::new();
        static AVG: OnceLock<Regex> = OnceLock::new();
        static BARE_SHARE: OnceLock<Regex> = OnceLock::new();
        static RATE: OnceLock<Regex> = OnceLock::new();
        static CHANGE: OnceLock<Regex> = OnceLock::new();
        static SHARE_THEN_COUNT: OnceLock<Regex> = OnceLock::new();
        static SHARE_OF_NOUN: OnceLock<Regex> = OnceLock::new();
        static RESPECTIVE_SHARE: OnceLock<Regex> = OnceLock::new();
        let count_re = re(
            &COUNT,
            // Chinese numerals count from ten up (九十三名); 一名 is an article.
            // A single digit (五名) counts too, not 一 (一名 is an article).
            r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十百千万零〇]*[十百千万][零〇一二两三四五六七八九十百千]*|[二两三四五六七八九])(?:多|余)?(?P<w>万|亿)?(?:多|余)?(?P<u>名|人|位|个)",
        );
        let share_re = re(
            &SHARE,
            // 占, 约占, 占比为, 比例为, 所占比例为 (longer forms first).
            // A share may be a fraction in words (占三分之一).
            r"^，?(?:约|共|分别)?(?:所占比例(?:为|是|达到?)?|比例(?:约为|为|是|达到?)|占比(?:约为|约|为|是|达到?|超过)?|占)(?P<den>[^，。；%]{0,24}?)(?:(?P<p>\d+(?:\.\d+)?)%|(?P<fd>[二三四五六七八九十])分之(?P<fn>[一二三四五六七八九]))",
        );
        let bare_share_re = re(
            &BARE_SHARE,
            // 占28.0%, 占比达35.2%, 占代表总数的28.0%, 占…的比例为28.0%.
            r"占(?:到了?|比例(?:约为|为|是|达到?)?|比重(?:为|是|达到?)?|比(?:约为|约|为|是|达到?|超过)?|\p{Han}{1,12}?的(?:比例|比重)?(?:为|是)?)?(?P<p>\d+(?:\.\d+)?)%",
        );
        let avg_re = re(&AVG, r"平均年龄(?:为|是)?(?P<v>\d+(?:\.\d+)?)岁");
        let rate_re = re(
            &RATE,
            // 分娩率从不足10%提高到98.6%: the rate it reached.
            r"(?P<l>[\p{Han}]{1,10}(?:率|比例|比重))(?:从[^，。；]{0,12}?\d+(?:\.\d+)?%[^，。；%\d]{0,4}?(?:到|至))?[^，。；%\d]{0,8}?(?P<p>\d+(?:\.\d+)?)%",
        );
        // 女代表占21.9%，计21名: the count after a share is the share's.
        let share_then_count_re = re(
            &SHARE_THEN_COUNT,
            &format!(r"占\d+(?:\.\d+)?%[，,](?:{})?$", TOTAL_WORDS.join("|")),
        );
        // 99.2%的基层党组织和92.8%的党员参加了…: the percent before its noun.
        let share_of_noun_re = re(
            &SHARE_OF_NOUN,
            r"(?P<p>\d+(?:\.\d+)?)%的(?P<l>\p{Han}{2,8}?)(?:和|、|，|。|；|参加|参与|都|均|已|是|为|达到|完成)",
        );
        // …，分别占28.0%和16.0%; 分别占当选代表总数的28.0%、16.0%.
        let respective_share_re = re(
            &RESPECTIVE_SHARE,
            r"^[，,]?分别(?:占|为|是)[^，。；%\d]{0,12}?(?P<list>\d+(?:\.\d+)?%(?:(?:、|和|及|与)\d+(?:\.\d+)?%)*)",
        );
        let change_re = re(
            &CHANGE,
            r"(?:增加|减少|提高|降低|增长|下降|上升)(?P<v>\d+(?:\.\d+)?)(?P<u>名|个百分点|人|个)",
        );

        for sentence in doc.sentences.clone() {
            let text = doc.slice(sentence.clone());
            let base = sentence.start;
            let chars: Vec<char> = text.chars().collect();
            let mut in_sentence: Vec<usize> = Vec::new();
            // 预备人选中，妇女党员20名，占25%: the shares of a sentence that
            // opens on a total stated before are of it.
            let mut sentence_base: Option<usize> = text
                .find("中，")
                .map(|i| &text[..i])
                .filter(|key| (2..=8).contains(&key.chars().count()))
                .and_then(|key| {
                    // (代表中 alone names the head count, not 某某党员代表.)
                    let named =
                        |l: &str| l == key || (key.chars().count() >= 3 && l.ends_with(key));
                    out.statistics
                        .iter()
                        .rposition(|t| t.count.is_some() && named(&t.label))
                });
            // Counts that follow a share (char offset where the share ends in
            // the sentence, count, unit, end of the count).
            let mut share_counts: Vec<(usize, f64, String, usize)> = Vec::new();
            // Changes are properties of the figure before them, not figures.
            let changes: Vec<(usize, usize, f64, String)> = change_re
                .captures_iter(text)
                .filter_map(|c| {
                    let m = c.get(0)?;
                    Some((
                        chars_of(text, m.start()),
                        chars_of(text, m.end()),
                        c["v"].parse().ok()?,
                        c["u"].to_string(),
                    ))
                })
                .collect();
            let found: Vec<regex::Captures> = count_re.captures_iter(text).collect();
            let (shared, shared_group) = shared_measures(text, &found);
            // Counts given respectively, as (their run, statistic indices,
            // char where the last count ends), for the shares given
            // respectively after them.
            let mut groups: Vec<(usize, Vec<usize>, usize)> = Vec::new();
            for (i, c) in found.iter().enumerate() {
                let m = c.get(0).expect("match");
                let (s, e) = (chars_of(text, m.start()), chars_of(text, m.end()));
                // 由149名增至164名: the earlier count is no current figure.
                if text[..m.start()].ends_with(['由', '从'])
                    && TO_WORDS.iter().any(|w| text[m.end()..].starts_with(w))
                {
                    continue;
                }
                if changes.iter().any(|ch| ch.0 <= s && e <= ch.1) {
                    continue;
                }
                // A year or an age is not a head count.
                if s > 0 && text[..m.start()].ends_with(['.', '-']) {
                    continue;
                }
                let Some(n) = number(&c["n"], c.name("w").map(|w| w.as_str())) else {
                    continue;
                };
                // 3500人次, 4.6万人次: visits or turns, counted in their unit.
                let (unit, e) = if &c["u"] == "人" && text[m.end()..].starts_with('次') {
                    ("人次", e + 1)
                } else {
                    (&c["u"], e)
                };
                // Only a count that closes its clause, after a share that
                // reads as one (its measure in the clause before 占).
                let closes = chars_of(text, m.end()) == chars.len() || clause_breaks(chars[e]);
                if let Some(p) = share_then_count_re.find(&text[..m.start()]).filter(|p| {
                    shared[i].is_none()
                        && closes
                        && bare_share_label(&chars, chars_of(text, p.start())).is_some()
                }) {
                    let percent_sign = p.as_str().find('%').map_or(0, |i| i + 1);
                    let share_end = chars_of(text, p.start() + percent_sign);
                    share_counts.push((share_end, n, unit.to_string(), e));
                    continue;
                }
                let after = measure_after(doc, base + e);
                let before = measure_before(doc, base + s, sentence.start);
                let labels = if let Some(labels) = &shared[i] {
                    labels.clone()
                } else if unit == "个" {
                    // 1560个基层党组织, or 有基层党组织1560个 (the noun before).
                    let before_noun = || {
                        UNIT_NOUNS
                            .iter()
                            .filter(|u| before.as_deref().is_some_and(|b| b.ends_with(**u)))
                            .max_by_key(|u| u.len())
                    };
                    match after
                        .as_deref()
                        .and_then(|a| UNIT_NOUNS.iter().find(|u| a.starts_with(**u)))
                        .or_else(before_noun)
                    {
                        Some(u) => vec![u.to_string()],
                        None => continue,
                    }
                } else if let Some(a) = after.filter(|a| a.chars().count() >= 2) {
                    // 63名代表中，女代表17名，占27.0%: the base of the shares after it.
                    match a.strip_suffix('中') {
                        Some(base_label) if !base_label.is_empty() => {
                            sentence_base = Some(out.statistics.len());
                            vec![base_label.to_string()]
                        }
                        _ => vec![a],
                    }
                } else if let Some(b) = before.filter(|b| !b.is_empty()) {
                    vec![b]
                } else if let Some(l) = list_subject(doc, base + s) {
                    vec![l]
                } else {
                    continue;
                };
                // Official notices write their counts in Chinese numerals
                // (代表九十三名); in prose they are mostly round figures of
                // speech (三十人的团队), so only counts of members are kept.
                let chinese = !c["n"].starts_with(|ch: char| ch.is_ascii_digit());
                // 数十名, 几十位: about so many, not a count.
                // 两位来自福建的代表: the ones a report presents, no figure.
                let vague = chinese
                    && (text[..m.start()].ends_with(['数', '几', '上', '近']) || unit == "位");
                if vague
                    || (chinese
                        && !labels
                            .iter()
                            .all(|l| ["代表", "委员", "党员"].iter().any(|w| l.contains(w))))
                {
                    continue;
                }
                // 全省常住人口2490万人: a region's people, no body's members.
                if labels.iter().any(|l| l.contains("人口")) {
                    continue;
                }
                // 某代表团共有代表78名，其中女代表25名，占32.1%: the shares after
                // 其中 are of this count.
                if doc.at(base + e, "，其中") || doc.at(base + e, ",其中") {
                    sentence_base = Some(out.statistics.len());
                }
                for label in labels {
                    out.statistics.push(Statistic {
                        label,
                        count: Some(n.round() as i64),
                        percent: None,
                        value: None,
                        unit: Some(unit.to_string()),
                        share_of: None,
                        computed_percent: None,
                        consistent: None,
                        change: None,
                        span: base + s..base + e,
                        sentence: sentence.clone(),
                    });
                }
                // (Measures that each have this count share one span: only
                // the last reads the text after it.)
                in_sentence.push(out.statistics.len() - 1);
                if let Some(g) = shared_group[i] {
                    match groups.iter_mut().find(|(id, _, _)| *id == g) {
                        Some(group) => {
                            group.1.push(out.statistics.len() - 1);
                            group.2 = e;
                        }
                        None => groups.push((g, vec![out.statistics.len() - 1], e)),
                    }
                }
            }
            // 女代表和少数民族代表分别为14名和8名，分别占28.0%和16.0%: the
            // shares given respectively, in the order of the counts.
            // The shares given respectively right after `end`, one for each
            // of `n` counts, when they pair up.
            let respective = |end: usize, n: usize| {
                let after: String = chars[end..].iter().collect();
                let c = respective_share_re.captures(&after)?;
                let percents = percent_list(&c["list"]);
                (n >= 2 && percents.len() == n).then_some(percents)
            };
            for (_, members, end) in &groups {
                if let Some(percents) = respective(*end, members.len()) {
                    for (&si, p) in members.iter().zip(percents) {
                        out.statistics[si].percent = Some(p);
                    }
                    in_sentence.retain(|si| !members.contains(si));
                }
            }
            // 女代表19名、少数民族代表29名，分别占31.7%和48.3%: counts joined
            // by 、, then their shares given respectively.
            let mut chain: Vec<usize> = Vec::new();
            for (k, &si) in in_sentence.iter().enumerate() {
                chain.push(si);
                let end = out.statistics[si].span.end - base;
                // Joined: only 、 or 和 and the next measure between.
                let joined = in_sentence.get(k + 1).is_some_and(|&n| {
                    let next = out.statistics[n].span.start - base;
                    next > end
                        && next - end <= 14
                        && matches!(chars[end], '、' | '和')
                        && !chars[end + 1..next].iter().any(|&c| clause_breaks(c))
                });
                if joined {
                    continue;
                }
                let unset = chain.iter().all(|&si| out.statistics[si].percent.is_none());
                if let Some(percents) = respective(end, chain.len()).filter(|_| unset) {
                    for (&si, p) in chain.iter().zip(percents) {
                        out.statistics[si].percent = Some(p);
                    }
                    in_sentence.retain(|si| !chain.contains(si));
                    break;
                }
                chain.clear();
            }
            // Shares and changes qualify the last count before them; a count
            // in brackets (农民工党员26名) qualifies nothing after the bracket.
            in_sentence.retain(|&si| {
                let s = out.statistics[si].span.start - base;
                let open = chars[..s].iter().rposition(|&c| matches!(c, '（' | '('));
                open.is_none_or(|o| chars[o..s].iter().any(|&c| matches!(c, '）' | ')')))
            });
            for (k, &si) in in_sentence.iter().enumerate() {
                let from = out.statistics[si].span.end - base;
                let to = in_sentence
                    .get(k + 1)
                    .map(|&n| out.statistics[n].span.start - base)
                    .unwrap_or(chars.len());
                let window = strip_brackets(&chars[from..to]);
                let mut cursor = 0;
                // Skip a change clause (，比十九大增加68名) before the share.
                while let Some(ch) = changes.iter().find(|ch| {
                    ch.0 >= from + cursor
                        && ch.0 < to
                        && (ch.0 - from) <= cursor + 12
                        && !chars[from + cursor..ch.0]
                            .iter()
                            .any(|&c| c == '占' || c == '%')
                }) {
                    if out.statistics[si].change.is_none() {
                        out.statistics[si].change = Some((ch.2, ch.3.clone()));
                    }
                    cursor = ch.1 - from;
                }
                // 女代表14名（占28.0%）: a share in the brackets right after
                // its count (other asides are dropped from the window).
                let aside = (cursor == 0 && from < to && matches!(chars[from], '（' | '('))
                    .then(|| {
                        chars[from + 1..to]
                            .iter()
                            .take_while(|&&c| !matches!(c, '）' | ')'))
                            .collect::<String>()
                    })
                    .filter(|a| share_re.is_match(a));
                let rest: String = aside.unwrap_or_else(|| window.chars().skip(cursor).collect());
                if let Some(c) = share_re.captures(&rest) {
                    out.statistics[si].percent = match c.name("p") {
                        Some(p) => p.as_str().parse().ok(),
                        None => fraction_percent(&c["fn"], &c["fd"]),
                    };
                    if sentence_base.is_some_and(|b| b != si) {
                        out.statistics[si].share_of = sentence_base;
                    }
                    let den = c["den"]
                        .trim_end_matches('的')
                        .trim_end_matches("总数")
                        .to_string();
                    if !den.is_empty() {
                        out.statistics[si].share_of = out.statistics.iter().position(|t| {
                            t.count.is_some()
                                && !t.label.is_empty()
                                && den.contains(t.label.as_str())
                        });
                    }
                    // A change after the share (，提高2.8个百分点).
                    let after_share = cursor
                        + c.get(0)
                            .map(|m| rest[..m.end()].chars().count())
                            .unwrap_or(0);
                    if out.statistics[si].change.is_none() {
                        if let Some(ch) = changes.iter().find(|ch| {
                            ch.0 >= from + after_share && ch.0 <= from + after_share + 12
                        }) {
                            out.statistics[si].change = Some((ch.2, ch.3.clone()));
                        }
                    }
                }
            }
            for c in avg_re.captures_iter(text) {
                let m = c.get(0).expect("match");
                out.statistics.push(Statistic {
                    label: "平均年龄".into(),
                    count: None,
                    percent: None,
                    value: c["v"].parse().ok(),
                    unit: Some("岁".into()),
                    share_of: None,
                    computed_percent: None,
                    consistent: None,
                    change: None,
                    span: base + chars_of(text, m.start())..base + chars_of(text, m.end()),
                    sentence: sentence.clone(),
                });
            }
            // A share with no count (党员领导干部代表占61.2%): the measure is
            // the whole clause before 占.
            for c in bare_share_re.captures_iter(text) {
                let m = c.get(0).expect("match");
                let s = chars_of(text, m.start());
                let Some((label_start, label)) = bare_share_label(&chars, s) else {
                    continue;
                };
                let end = chars_of(text, m.end());
                // 工人、农民、专业技术人员党员代表分别占9.4%、6.3%和14.1%:
                // one share per measure.
                if label.ends_with("分别") {
                    // The measures run back past the 、 between them.
                    let full_start = chars[..s]
                        .iter()
                        .rposition(|&ch| clause_breaks(ch) && ch != '、')
                        .map_or(0, |i| i + 1);
                    let full = strip_leads(&chars[full_start..s].iter().collect::<String>());
                    let measure = full.strip_suffix("分别").unwrap_or(&full);
                    let (percents, rest) = percents_from(&c["p"], &text[m.end()..]);
                    let list_end = chars_of(text, text.len() - rest.len());
                    if let Some(measures) =
                        distribute(measure, Some(percents.len())).filter(|ms| ms.len() >= 2)
                    {
                        for (label, p) in measures.into_iter().zip(percents) {
                            out.statistics.push(percent_figure(
                                label,
                                Some(p),
                                base + full_start..base + list_end,
                                sentence.clone(),
                            ));
                        }
                        continue;
                    }
                }
                let count = share_counts.iter().find(|sc| sc.0 == end);
                out.statistics.push(Statistic {
                    label,
                    count: count.map(|sc| sc.1.round() as i64),
                    percent: c["p"].parse().ok(),
                    value: None,
                    unit: count.map(|sc| sc.2.clone()),
                    share_of: sentence_base,
                    computed_percent: None,
                    consistent: None,
                    change: None,
                    span: base + label_start..base + count.map_or(end, |sc| sc.3),
                    sentence: sentence.clone(),
                });
            }
            // (Most sentences hold no 「%的」: skip the regex.)
            let noun_shares = if text.contains("%的") { text } else { "" };
            for c in share_of_noun_re.captures_iter(noun_shares) {
                let l = c.name("l").expect("l");
                // Only shares of party members and bodies (not 5%的增速).
                if !["代表", "党员", "党组织", "支部", "委员"]
                    .iter()
                    .any(|w| l.as_str().contains(w))
                {
                    continue;
                }
                let m = c.get(0).expect("match");
                let span = base + chars_of(text, m.start())..base + chars_of(text, l.end());
                out.statistics.push(percent_figure(
                    l.as_str().to_string(),
                    c["p"].parse().ok(),
                    span,
                    sentence.clone(),
                ));
            }
            for c in rate_re.captures_iter(text) {
                let m = c.get(0).expect("match");
                let s = chars_of(text, m.start());
                // The measure starts at the clause start.
                let label_start = chars[..s]
                    .iter()
                    .rposition(|&ch| clause_breaks(ch))
                    .map_or(0, |i| i + 1);
                let label_full: String = chars
                    [label_start..chars_of(text, c.name("l").expect("l").end())]
                    .iter()
                    .collect();
                let label = strip_leads(&label_full);
                // 女党员代表的比例: the share of that group.
                let label = ["的比例", "的比重"]
                    .iter()
                    .find_map(|w| label.strip_suffix(w))
                    .filter(|l| l.chars().count() >= 2)
                    .map_or(label.clone(), str::to_string);
                // …198名，所占比例为8.7%: the share of the count before, no
                // measure of its own.
                if label.is_empty() || ["所占比例", "比例", "占比"].contains(&label.as_str())
                {
                    continue;
                }
                // 女代表占全体代表的比例为27.3%: a share, read with the shares.
                if label.contains('占') {
                    continue;
                }
                // 党组织和党员参与率分别达到…: one rate per measure.
                let mut rates = if m.as_str().contains("分别") {
                    respectively(&label, &text[m.end()..], &c["p"])
                } else {
                    Vec::new()
                };
                if rates.is_empty() {
                    rates.extend(c["p"].parse().ok().map(|p| (label, p)));
                }
                for (label, percent) in rates {
                    let span = base + s..base + chars_of(text, m.end());
                    out.statistics.push(percent_figure(
                        label,
                        Some(percent),
                        span,
                        sentence.clone(),
                    ));
                }
            }
        }
        drop_restated(out);
        check_shares(out);
    }
}

/// A figure that is a percent and nothing else (a rate, 99.2%的基层党组织).
fn percent_figure(
    label: String,
    percent: Option<f64>,
    span: std::ops::Range<usize>,
    sentence: std::ops::Range<usize>,
) -> Statistic {
    Statistic {
        label,
        count: None,
        percent,
        value: None,
        unit: Some("%".into()),
        share_of: None,
        computed_percent: None,
        consistent: None,
        change: None,
        span,
        sentence,
    }
}

/// The percents of a list given respectively: `first`, then each joined to
/// it at the start of `after` (…100%和98.6%, …9.4%、6.3%和14.1%); and the
/// text after the list.
fn percents_from<'t>(first: &str, after: &'t str) -> (Vec<f64>, &'t str) {
    static MORE: OnceLock<Regex> = OnceLock::new();
    let more = re(&MORE, r"^(?:和|、|，|及)(?P<p>\d+(?:\.\d+)?)%");
    let mut percents: Vec<f64> = first.parse().ok().into_iter().collect();
    let mut rest = after;
    while let Some(c) = more.captures(rest) {
        percents.extend(c["p"].parse::<f64>().ok());
        rest = &rest[c.get(0).map_or(rest.len(), |m| m.end())..];
    }
    (percents, rest)
}

/// 党组织和党员参与率分别达到100%和98.6%: one rate per measure joined by
/// 和 or 、, each taking the rate's noun (参与率) and the percent in its
/// place. Empty unless measures and percents pair up.
fn respectively(label: &str, after: &str, first: &str) -> Vec<(String, f64)> {
    let (percents, _) = percents_from(first, after);
    let mut parts: Vec<&str> = label
        .split(['和', '、'])
        .filter(|p| !p.is_empty())
        .collect();
    let Some(&last) = parts.last() else {
        return Vec::new();
    };
    // 委员和候补委员的差额比例: what follows 的 is every measure's noun.
    let de = shared_de(last);
    if let Some(k) = de {
        *parts.last_mut().expect("parts") = &last[..k];
    }
    // The rate's noun: 比例, or a verb and 率 (参与率, 覆盖率).
    let noun: String = if let Some(k) = de {
        last[k + '的'.len_utf8()..].to_string()
    } else if last.ends_with("比例") {
        "比例".to_string()
    } else {
        let chars: Vec<char> = last.chars().collect();
        chars[chars.len().saturating_sub(3)..].iter().collect()
    };
    if parts.len() < 2 || parts.len() != percents.len() || last.chars().count() <= 3 {
        return Vec::new();
    }
    parts
        .iter()
        .zip(percents)
        .map(|(p, v)| {
            let l = if p.ends_with(noun.as_str()) {
                p.to_string()
            } else {
                format!("{p}{noun}")
            };
            (l, v)
        })
        .collect()
}

/// Words before a list of counts, each the count of one of the measures
/// before them (女代表、少数民族代表分别为14名、8名).
const RESPECTIVELY: &[&str] = &["分别为", "分别是", "分别有", "分别达到", "分别达", "分别"];

/// Words before one count that each of the measures before it has
/// (…族、…族代表各1名).
const EACH: &[&str] = &["各有", "各为", "各"];

/// The nouns a list of measures may share, written only with its last
/// (企业、农村、医院代表), longest first.
const SHARED_HEADS: &[&str] = &["党员代表", "代表", "党员", "委员", "人员", "干部"];

/// Counts given respectively (企业、农村和学校的代表分别为5名、4名和3名) or
/// each (…族、…族代表各1名): for each count in `found`, the measures it
/// counts when it is one of these, and which run of counts it belongs to.
fn shared_measures(
    text: &str,
    found: &[regex::Captures],
) -> (Vec<Option<Vec<String>>>, Vec<Option<usize>>) {
    let mut labels = vec![None; found.len()];
    let mut group = vec![None; found.len()];
    let span = |i: usize| found[i].get(0).expect("match").range();
    let mut i = 0;
    while i < found.len() {
        let before = &text[..span(i).start];
        let Some((marker, each)) = RESPECTIVELY
            .iter()
            .map(|m| (m, false))
            .chain(EACH.iter().map(|m| (m, true)))
            .find(|(m, _)| before.ends_with(**m))
        else {
            i += 1;
            continue;
        };
        // The run of counts joined by 、 or 和 (5名、4名和3名).
        let mut j = i + 1;
        while j < found.len()
            && ["、", "和", "及", "与"].contains(&&text[span(j - 1).end..span(j).start])
        {
            j += 1;
        }
        let measure = &before[..before.len() - marker.len()];
        // The measures run back to the clause start, past the 、 between them.
        let start = measure
            .char_indices()
            .rev()
            .find(|&(_, c)| clause_breaks(c) && c != '、')
            .map_or(0, |(k, c)| k + c.len_utf8());
        let wanted = (!each).then_some(j - i);
        if let Some(measures) = distribute(&measure[start..], wanted) {
            if each && j == i + 1 {
                labels[i] = Some(measures);
                group[i] = Some(i);
            } else if !each {
                for (k, m) in measures.into_iter().enumerate() {
                    labels[i + k] = Some(vec![m]);
                    group[i + k] = Some(i);
                }
            }
        }
        i = j;
    }
    (labels, group)
}

/// A list of measures sharing its last noun, one by one: 来自企业、农村和学校
/// 的代表 → 企业代表, 农村代表, 学校代表. `wanted` is how many there must be
/// (the counts given respectively); without it, items are split at 、, or
/// at 和 when there is no 、.
fn distribute(measure: &str, wanted: Option<usize>) -> Option<Vec<String>> {
    let measure = strip_leads(measure);
    // 来自企业…的代表: where they come from names them.
    let measure = measure.strip_prefix("来自").unwrap_or(&measure);
    let mut parts: Vec<&str> = Vec::new();
    let mut from = 0;
    for (k, _) in measure.match_indices('、') {
        // 生产、工作第一线: one measure, its 、 inside.
        if measure[..k].ends_with("生产") && measure[k + '、'.len_utf8()..].starts_with("工作")
        {
            continue;
        }
        parts.push(&measure[from..k]);
        from = k + '、'.len_utf8();
    }
    parts.push(&measure[from..]);
    let split_last = match wanted {
        Some(n) => parts.len() + 1 == n,
        None => parts.len() == 1,
    };
    if split_last {
        // 农村和学校的代表: the last two joined by 和 (生产和工作第一线代表
        // and 女代表: the last 和).
        let last = parts.pop()?;
        let k = ["和", "及", "与"]
            .iter()
            .filter_map(|w| last.rfind(w))
            .max()?;
        parts.push(&last[..k]);
        parts.push(&last[k + "和".len()..]);
    }
    if wanted.is_some_and(|n| n != parts.len()) || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let last = *parts.last()?;
    // The shared noun: what follows 的 (学校的代表, not 党的), or a known
    // head the last measure ends with.
    let de = shared_de(last);
    let head = match de {
        Some(k) => &last[k + '的'.len_utf8()..],
        None => SHARED_HEADS
            .iter()
            .find(|h| last.ends_with(**h) && last.len() > h.len())
            .copied()
            .unwrap_or(""),
    };
    let n = parts.len();
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let p = if k + 1 == n {
                    de.map_or(*p, |d| &last[..d])
                } else {
                    p
                };
                let p = p.trim_end_matches('的');
                // 工人、农民、专业技术人员: people already, not 工人人员.
                let people =
                    head == "人员" && p.ends_with(['人', '民', '员', '工', '者', '师', '生', '兵']);
                // 党员领导干部和生产、工作第一线党员: 党员 already in it.
                let has_head = !head.is_empty() && p.contains(head);
                if has_head || people {
                    p.to_string()
                } else {
                    format!("{p}{head}")
                }
            })
            .collect(),
    )
}

/// The 的 before the noun a list's measures share (学校的代表, 候补委员的
/// 差额比例; not the 的 of 党的): its byte index in the last measure.
fn shared_de(last: &str) -> Option<usize> {
    last.char_indices()
        .filter(|&(k, c)| c == '的' && !last[..k].ends_with('党'))
        .map(|(k, _)| k)
        .next_back()
}

/// 28.0%和16.0% → [28.0, 16.0].
fn percent_list(list: &str) -> Vec<f64> {
    list.split(['、', '和', '及', '与'])
        .filter_map(|p| p.strip_suffix('%')?.parse().ok())
        .collect()
}

/// Verbs and bounds between a measure and its count (名额为500名, 不少于175名).
const BOUNDS: &[&str] = &[
    "不少于",
    "不低于",
    "不超过",
    "增加到",
    "增加至",
    "增长到",
    "多于",
    "超过",
    "达到",
    "已达",
    "共计",
    "合计",
    "总计",
    "增至",
    "达",
    "为",
];

/// Words that give a total after its measure or share (…，共60名; 占21.9%，
/// 计21名).
const TOTAL_WORDS: &[&str] = &["共计", "共有", "合计", "总计", "共", "计", "为", "达到"];

/// The measure of a share with no count (党员领导干部代表占61.2%): the whole
/// clause before 占 at char `s`, two to twenty Han characters (digits only in
/// an age bracket, 55岁以下的代表占57.0%). Its start and its text.
fn bare_share_label(chars: &[char], s: usize) -> Option<(usize, String)> {
    let label_start = chars[..s]
        .iter()
        .rposition(|&ch| clause_breaks(ch))
        .map_or(0, |i| i + 1);
    let clause = &chars[label_start..s];
    let age = clause.contains(&'岁');
    if !(2..=20).contains(&clause.len())
        || !clause
            .iter()
            .all(|&ch| is_han(ch) || (age && ch.is_ascii_digit()))
    {
        return None;
    }
    let label = strip_leads(&clause.iter().collect::<String>());
    // …党员代表所占比例为, …代表在代表总数中所占的: what it is a share
    // of and 所 are no part of the measure.
    let mut label = label.strip_suffix('所').unwrap_or(&label).to_string();
    if let Some(i) = label.rfind('在').filter(|_| label.ends_with('中')) {
        label.truncate(i);
    }
    (label.chars().count() >= 2).then_some((label_start, label))
}

/// Text without bracketed asides, so 工人党员192名（农民工党员26名），占8.4%
/// reads as 工人党员192名，占8.4%.
fn strip_brackets(chars: &[char]) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for &c in chars {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The measure written right after the unit (2296名出席党的二十大代表).
fn measure_after(doc: &Doc, from: usize) -> Option<String> {
    let mut end = from;
    // (同志当选为某省出席中国共产党第二十次全国代表大会代表 runs long.)
    let reach = if ["同志当选", "同志为", "同志被选"]
        .iter()
        .any(|w| doc.at(from, w))
    {
        40
    } else {
        20
    };
    while end < doc.len()
        && !clause_breaks(doc.chars[end])
        && !doc.chars[end].is_ascii_digit()
        && end - from < reach
    {
        end += 1;
    }
    // 应到代表800名实到790名: 实到 measures the count after it.
    if doc.at(from, "实到") && doc.chars.get(end).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let mut text = doc.slice(from..end).to_string();
    // 5名同志当选为党的二十大代表: counted by what they were elected (not
    // …代表候选人, a count of candidates; the 代表 of 代表大会 goes on).
    // 确认386名同志为某市第九次代表大会代表: so too by what they were confirmed.
    for lead in [
        "同志当选为",
        "同志当选",
        "同志被选举为",
        "同志被选为",
        "同志为",
    ] {
        if let Some(rest) = text.strip_prefix(lead) {
            let title = rest
                .match_indices("代表")
                .map(|(i, w)| lead.len() + i + w.len())
                .find(|&i| !text[i..].starts_with("大会"));
            if let Some(i) = title {
                if !["候选", "团"].iter().any(|w| text[i..].starts_with(w)) {
                    return Some(text[lead.len()..i].to_string());
                }
            }
        }
    }
    for stop in AFTER_STOPS {
        if let Some(i) = text.find(stop) {
            // 代表中有…: 代表中 names the base of the parts after it.
            let keep = if *stop == "中有" { "中".len() } else { 0 };
            text.truncate(i + keep);
        }
    }
    // 6位来自不同行业的党代表: where they come from describes the delegates.
    if text.starts_with("来自") {
        if let Some(rest) = text.split_once('的').map(|(_, r)| r) {
            if let Some(j) = rest.find("代表") {
                return Some(rest[..j + "代表".len()].to_string());
            }
        }
    }
    // 的 ends the phrase, except in 党的.
    let chars: Vec<char> = text.chars().collect();
    if let Some(i) = (1..chars.len()).find(|&i| chars[i] == '的' && chars[i - 1] != '党') {
        text = chars[..i].iter().collect();
    }
    // 有229名是一线党员: the copula is no part of the measure.
    let text = match text.strip_prefix('是').or(text.strip_prefix('为')) {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => text,
    };
    (!text.is_empty() && !text.starts_with(|c: char| c.is_ascii_digit())).then_some(text)
}

/// The measure written before the number, back to the clause start.
fn measure_before(doc: &Doc, to: usize, limit: usize) -> Option<String> {
    // 工人党员（含农民工党员）6名: an aside on the measure, before the count.
    let mut to = to;
    if to > limit + 1 && matches!(doc.chars[to - 1], '）' | ')') {
        if let Some(o) = (limit..to - 1)
            .rev()
            .find(|&i| matches!(doc.chars[i], '（' | '('))
        {
            to = o;
        }
    }
    let mut start = to;
    loop {
        while start > limit && !clause_breaks(doc.chars[start - 1]) {
            start -= 1;
        }
        // 生产、工作第一线党员: one measure, its 、 inside.
        if start >= limit + 3 && doc.ends_with_at(start, "生产、") && doc.at(start, "工作") {
            start -= 3;
        } else {
            break;
        }
    }
    // 卫生院先后培养乡村医生36名: the measure is what follows the last verb.
    if let Some(v) = doc
        .tokens_in(start, to)
        .iter()
        .filter(|t| {
            t.end < to
                && (t.pos == crate::segment::Pos::Verb
                    // …第二次会议选举产生了…代表66名: the lexicon reads 会议选举
                    // as one word, its 选举 the verb.
                    || (t.pos == crate::segment::Pos::VerbNoun
                        && doc.slice(t.start..t.end).ends_with("选举")))
                && t.end - t.start >= 2
                // 获得过…的: those who did it, a measure of its own.
                && !matches!(doc.chars.get(t.end), Some('过'))
                // 社会组织, 表彰奖励: nouns here, whatever jieba says.
                && ![
                    "应到", "实到", "应选", "实选", "当选", "出席", "列席", "入党", "预备", "候选", "组织",
                    "表彰", "连任", "留任",
                ]
                    .contains(&doc.slice(t.start..t.end))
        })
        .map(|t| t.end)
        .max()
    {
        let rest = doc.slice(v..to);
        if rest.trim_end_matches('的').chars().count() >= 2 {
            start = v;
        }
    }
    // 应到代表800名实到790名: 实到 starts after the count before it.
    if let Some(k) = (start + 1..to.saturating_sub(2)).rev().find(|&k| {
        doc.chars[k] == '名' && doc.chars[k - 1].is_ascii_digit() && doc.at(k + 1, "实到")
    }) {
        start = k + 1;
    }
    // 一线代表由149名增至164名: the measure stands before the earlier count.
    if let Some(k) = (start + 1..to).find(|&k| {
        "由从".contains(doc.chars[k]) && doc.chars.get(k + 1).is_some_and(char::is_ascii_digit)
    }) {
        if k - start >= 2 {
            return Some(strip_leads(doc.slice(start..k)));
        }
    }
    let mut text = doc.slice(start..to);
    // 新华社北京10月16日电 出席…的代表: the dateline is no part of it.
    if let Some(d) = super::article::dateline(text).filter(|d| d.start == 0) {
        text = &text[text
            .char_indices()
            .nth(d.end)
            .map_or(text.len(), |(b, _)| b)..];
    }
    // 选出代表，共60名: the measure is the clause before the bare total.
    if TOTAL_WORDS.contains(&text.trim())
        && start > limit
        && matches!(doc.chars[start - 1], '，' | ',')
    {
        // …党员所占比例较高，共有42名: what the clause says of the measure
        // (its share) is no part of it.
        // （按姓氏笔画为序，共48名）: an ordering note measures nothing (the
        // list's title does).
        return measure_before(doc, start - 1, limit)
            .filter(|m| !["为序", "排序", "排列"].iter().any(|w| m.contains(w)))
            .map(|m| {
                let cut = ["所占", "比例", "占比", "占"]
                    .iter()
                    .filter_map(|w| m.find(w))
                    .min();
                cut.map_or(m.as_str(), |i| &m[..i])
                    .trim_end_matches('的')
                    .to_string()
            });
    }
    let text = strip_leads(text);
    let mut text = text.trim_end_matches('的');
    // 少数民族代表有3人, 35岁以下的有123名: 有 says there are so many.
    if let Some(rest) = text.strip_suffix('有') {
        if rest.chars().count() >= 2 && !rest.ends_with(['现', '拥', '没', '只', '还', '具', '共'])
        {
            text = rest.trim_end_matches('的');
        }
    }
    // 代表名额为500名, 一线党员代表不少于175名: the verb and the bound are
    // no part of the measure.
    if let Some(rest) = BOUNDS.iter().find_map(|b| text.strip_suffix(b)) {
        if rest.chars().count() >= 2 {
            text = rest;
        }
    }
    // 代表共有2296名: 共有 and 共 count, they are not part of the measure.
    let measure = text.trim_end_matches("共有").trim_end_matches('共');
    Some(if measure.is_empty() { text } else { measure }.to_string())
}

fn strip_leads(s: &str) -> String {
    let mut t = s.trim();
    loop {
        let before = t;
        for lead in LEADS {
            t = t.strip_prefix(lead).unwrap_or(t);
        }
        if t == before {
            break;
        }
    }
    t.to_string()
}

/// `…代表名单（共2296名`: the list's subject is the measure. The note may
/// also stand on its own line under the list's title (`…代表名单` and then
/// `（共43名，按姓氏笔画排序）`).
fn list_subject(doc: &Doc, pos: usize) -> Option<String> {
    let para = doc.paragraph_of(pos);
    let mut before = doc.slice(para.start..pos);
    if !before.contains("名单") && before.starts_with(['（', '(']) {
        let k = doc.paragraphs.partition_point(|p| p.end <= para.start);
        let title = doc.slice(doc.paragraphs.get(k.checked_sub(1)?)?.clone());
        if title.ends_with("名单") {
            before = title;
        }
    }
    let i = before.rfind("名单")?;
    let subject = &before[..i];
    let start = subject
        .char_indices()
        .rfind(|&(_, c)| clause_breaks(c) || c == ' ')
        .map_or(0, |(j, c)| j + c.len_utf8());
    let s = subject[start..].to_string();
    if s.is_empty() {
        // …选举产生了出席党的二十大的代表。名单如下（…，共48名）: whom the
        // sentence before elected.
        let prev = subject.strip_suffix('。')?;
        let elected = ["选举产生了", "选举产生", "产生了", "选出了", "选出"]
            .iter()
            .find_map(|v| prev.rfind(v).map(|i| &prev[i + v.len()..]))?;
        return (elected.ends_with("代表") && !elected.contains(clause_breaks))
            .then(|| elected.to_string());
    }
    Some(s)
}

/// A head count stated again, by the end of its measure (出席党的二十大代表
/// 58名 … 当选的58名代表中; a headline's 12名同志当选党的二十大代表 and the
/// body's 青海省出席党的二十大代表12名): one figure, kept where its measure
/// is written in full (the first of equals). Shares of a restatement are
/// shares of the figure kept.
fn drop_restated(out: &mut Extraction) {
    let stats = &out.statistics;
    let same_figure = |a: &Statistic, b: &Statistic| {
        a.count.is_some()
            && a.count == b.count
            && a.unit == b.unit
            && a.percent.is_none()
            && b.percent.is_none()
            && a.value.is_none()
            && b.value.is_none()
    };
    // Only the article's head count of delegates is restated so (女代表12名
    // and 12名代表发言 are two figures).
    let Some(total) = stats
        .iter()
        .filter(|s| s.label.contains("代表") && s.percent.is_none())
        .filter_map(|s| s.count)
        .max()
    else {
        return;
    };
    // The statistic that says what `i` says in full, if another does.
    let kept_for = |i: usize| {
        let b = &stats[i];
        (0..stats.len()).find(|&j| {
            let a = &stats[j];
            j != i
                && b.count == Some(total)
                && same_figure(a, b)
                && a.label.ends_with(&b.label)
                && (a.label.len() > b.label.len() || j < i)
        })
    };
    let mut same: Vec<Option<usize>> = (0..stats.len()).map(kept_for).collect();
    if same.iter().all(Option::is_none) {
        return;
    }
    // Follow chains (代表 → 党的二十大代表 → 某省出席党的二十大代表).
    for i in 0..same.len() {
        let mut k = i;
        while let Some(j) = same[k] {
            k = j;
        }
        same[i] = (k != i).then_some(k);
    }
    // New index of each kept statistic.
    let mut kept = 0;
    let new_index: Vec<usize> = same
        .iter()
        .map(|s| {
            kept += usize::from(s.is_none());
            kept.saturating_sub(1)
        })
        .collect();
    let target = |i: usize| new_index[same[i].unwrap_or(i)];
    // A change stated only with a restatement (比十九大增加…) moves over.
    for (i, &k) in same.iter().enumerate() {
        if let (Some(k), Some(change)) = (k, out.statistics[i].change.clone()) {
            out.statistics[k].change.get_or_insert(change);
        }
    }
    let old = std::mem::take(&mut out.statistics);
    for (i, mut st) in old.into_iter().enumerate() {
        if same[i].is_none() {
            st.share_of = st.share_of.map(target);
            out.statistics.push(st);
        }
    }
}

/// Shares without a stated base are shares of the article's total (its
/// largest head count of delegates); record whether count ÷ total agrees.
fn check_shares(out: &mut Extraction) {
    // A share (一线代表占32.3%，计21名) is a part, never the total;
    // candidates (代表候选人预备人选71名) are more than the elected, and
    // the congress's attendance (应到代表820名) is of its own delegates.
    let totals: Vec<usize> = out
        .statistics
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.count.is_some()
                && s.percent.is_none()
                && s.label.contains("代表")
                && !["候选", "人选", "应到", "实到"]
                    .iter()
                    .any(|w| s.label.contains(w))
        })
        .map(|(i, _)| i)
        .collect();
    let total = totals
        .iter()
        .copied()
        .max_by_key(|&i| out.statistics[i].count);
    let agrees = |stats: &[Statistic], b: usize, count: i64, percent: f64| {
        stats[b]
            .count
            .and_then(|d| share_of(count, d))
            .is_some_and(|computed| rounds_to(computed, percent))
    };
    for i in 0..out.statistics.len() {
        let (Some(count), Some(percent)) = (out.statistics[i].count, out.statistics[i].percent)
        else {
            continue;
        };
        // A report on several delegations (某系统选举产生代表95名。…解放军
        // 选举产生代表304名。): the total stated last before the share,
        // when the share is of it.
        let nearer = totals
            .iter()
            .copied()
            .rev()
            .find(|&t| t < i && Some(t) != total)
            .filter(|&t| {
                let stats = &out.statistics;
                !total.is_some_and(|m| agrees(stats, m, count, percent))
                    && agrees(stats, t, count, percent)
            });
        let base = out.statistics[i]
            .share_of
            .or(nearer)
            .or(total.filter(|&t| t != i));
        let Some(b) = base else { continue };
        let Some(computed) = out.statistics[b].count.and_then(|d| share_of(count, d)) else {
            continue;
        };
        let rounded = (computed * 100.0).round() / 100.0;
        let s = &mut out.statistics[i];
        s.share_of = Some(b);
        s.computed_percent = Some(rounded);
        s.consistent = Some(rounds_to(computed, percent));
    }
}

/// The percent `count` is of a total `d`, if `d` can hold it.
fn share_of(count: i64, d: i64) -> Option<f64> {
    (d > 0 && d >= count).then(|| count as f64 * 100.0 / d as f64)
}

/// Does a computed share agree with the stated one? Stated shares are
/// rounded to one decimal: allow that rounding.
fn rounds_to(computed: f64, percent: f64) -> bool {
    (computed - percent).abs() <= 0.051
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;

    fn find<'a>(out: &'a Extraction, label: &str) -> &'a Statistic {
        out.statistics
            .iter()
            .find(|s| s.label == label)
            .unwrap_or_else(|| panic!("{label}: {:?}", out.statistics))
    }

    extractor_test!(counts_shares_and_consistency, "全国38个选举单位选举产生了2296名出席党的二十大代表。当选代表中，生产和工作第一线党员771名，占33.6%。其中，工人党员192名（农民工党员26名），占8.4%；女党员619名，比十九大增加68名，占27.0%，提高2.8个百分点。", |out| {
        assert_eq!(find(&out, "选举单位").count, Some(38));
        assert_eq!(find(&out, "出席党的二十大代表").count, Some(2296));
        let front = find(&out, "生产和工作第一线党员");
        assert_eq!((front.count, front.percent, front.consistent), (Some(771), Some(33.6), Some(true)));
        assert_eq!(find(&out, "工人党员").percent, Some(8.4));
        assert_eq!(find(&out, "农民工党员").percent, None);
        let women = find(&out, "女党员");
        assert_eq!((women.count, women.percent, women.change.clone()), (Some(619), Some(27.0), Some((68.0, "名".to_string()))));
        assert!(out.statistics.iter().all(|s| s.count != Some(68)), "a change is not a figure");
    });

    extractor_test!(
        a_regions_people_are_no_members,
        "当选的党的二十大代表共49名，其中女代表13名。去年，全省常住人口达到2490.02万人。",
        |out| {
            assert!(out.statistics.iter().all(|s| !s.label.contains("人口")));
            assert_eq!(find(&out, "女代表").count, Some(13));
        }
    );

    extractor_test!(
        reelected_counts_and_a_rise_from_the_last_congress,
        "新当选的代表300名，连任代表168名；连任的有182名。一线代表由149名增至164名，占比提升到35.0%。具有研究生学历的占了一半以上，达到41名。",
        |out| {
            assert_eq!(find(&out, "连任代表").count, Some(168));
            assert_eq!(find(&out, "连任").count, Some(182));
            let front = find(&out, "一线代表");
            assert_eq!((front.count, front.percent), (Some(164), Some(35.0)));
            assert!(out.statistics.iter().all(|s| s.count != Some(149)));
            assert_eq!(find(&out, "研究生学历").count, Some(41));
        }
    );

    extractor_test!(
        shares_of_the_total_a_sentence_opens_on,
        "浙江省应选出席党的二十大代表67名。省委确定代表候选人预备人选80名。预备人选中，妇女党员20名，占25%。",
        |out| {
            assert_eq!(find(&out, "妇女党员").consistent, Some(true));
        }
    );

    extractor_test!(
        counts_of_the_confirmed_and_of_a_list_under_its_order,
        "经资格审查，确认386名同志为中国共产党湖州市第九次代表大会代表。\n中国共产党某自治区第十次代表大会6月2日选举产生了出席党的二十大的代表。名单如下（按姓氏笔画为序，共48名）：",
        |out| {
            assert_eq!(find(&out, "中国共产党湖州市第九次代表大会代表").count, Some(386));
            assert_eq!(find(&out, "出席党的二十大的代表").count, Some(48));
        }
    );

    extractor_test!(
        where_they_come_from_and_the_ones_presented,
        "党的二十大首场“党代表通道”开启，6位来自不同行业的党代表走上通道。今天的节目带您认识两位来自福建的党的二十大代表。",
        |out| {
            assert_eq!(find(&out, "党代表").count, Some(6));
            assert_eq!(out.statistics.len(), 1);
        }
    );

    extractor_test!(
        a_gathering_verb_ends_the_measure,
        "来自全省各地的680余名妇女代表齐聚一堂。",
        |out| {
            assert_eq!(find(&out, "妇女代表").count, Some(680));
        }
    );

    extractor_test!(
        a_count_after_its_share,
        "某省选举产生出席党的二十大代表96名。其中，女代表占21.9%，计21名；少数民族代表占10.4%，共10名。",
        |out| {
            let women = find(&out, "女代表");
            assert_eq!((women.count, women.percent, women.consistent), (Some(21), Some(21.9), Some(true)));
            assert_eq!(find(&out, "少数民族代表").count, Some(10));
            assert!(out.statistics.iter().all(|s| s.label != "计" && s.label != "共"), "{:?}", out.statistics);
        }
    );

    extractor_test!(
        a_share_of_the_total_stated_before_it,
        "某企业系统选举产生代表95名。妇女代表26名，占27.4%。一线工人代表占比约为31.1%。某部队选举产生代表304名。",
        |out| {
            let women = find(&out, "妇女代表");
            assert_eq!(women.consistent, Some(true), "{:?}", out.statistics);
            assert_eq!(find(&out, "一线工人代表").percent, Some(31.1));
        }
    );

    extractor_test!(
        shares_and_counts_stated_with_their_verbs,
        "2296名代表中，生产和工作第一线党员代表所占比例为33.6%。女党员代表达619名，占27.0%。少数民族党员代表共计264名。党员领导干部代表占到了61.2%。具有大学学历的代表的比重为88.5%。",
        |out| {
            assert_eq!(find(&out, "生产和工作第一线党员代表").percent, Some(33.6));
            assert_eq!(find(&out, "女党员代表").count, Some(619));
            assert_eq!(find(&out, "少数民族党员代表").count, Some(264));
            assert_eq!(find(&out, "党员领导干部代表").percent, Some(61.2));
            assert!(out.statistics.iter().any(|s| s.percent == Some(88.5) && !s.label.contains("比重")), "{:?}", out.statistics);
            assert!(out.find(crate::pipeline::extract::Kind::Person, "占到").is_none());
        }
    );

    extractor_test!(
        comrades_counted_by_what_they_were_elected,
        "我市5名同志当选为四川省出席中国共产党第二十次全国代表大会代表。",
        |out| {
            assert_eq!(
                find(&out, "四川省出席中国共产党第二十次全国代表大会代表").count,
                Some(5)
            );
        }
    );

    extractor_test!(
        attendance_in_a_headline_without_a_comma,
        "某省第十二次党代会开幕 应到代表800名实到790名",
        |out| {
            assert_eq!(find(&out, "应到代表").count, Some(800));
            assert_eq!(find(&out, "实到").count, Some(790));
        }
    );

    extractor_test!(
        measures_without_their_verbs,
        "大会选举产生了出席党的二十大代表，共60名。当选代表中，35岁以下的有12名，少数民族代表有3人，有9名是一线党员。其中工人党员8名（含农民工党员4名）。全省有基层党组织1560个。",
        |out| {
            assert_eq!(find(&out, "出席党的二十大代表").count, Some(60));
            assert_eq!(find(&out, "35岁以下").count, Some(12));
            assert_eq!(find(&out, "少数民族代表").count, Some(3));
            assert_eq!(find(&out, "一线党员").count, Some(9));
            assert_eq!(find(&out, "农民工党员").count, Some(4));
            assert_eq!(find(&out, "基层党组织").count, Some(1560));
        }
    );

    extractor_test!(
        measures_without_their_bounds,
        "县第十五次党代会代表名额为260名。其中，女党员代表不低于70名，一线党员代表不少于90名，基层代表达到120名。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["县第十五次党代会代表名额", "女党员代表", "一线党员代表", "基层代表"]);
        }
    );

    extractor_test!(
        a_share_in_brackets_after_its_count,
        "大会选举产生代表50名。其中，少数民族代表6名（占12.0%），女代表13名（约占26.0%），工人党员4名（含农民工党员1名）。",
        |out| {
            assert_eq!(find(&out, "少数民族代表").percent, Some(12.0));
            let women = find(&out, "女代表");
            assert_eq!((women.count, women.percent, women.consistent), (Some(13), Some(26.0), Some(true)));
            assert_eq!(find(&out, "工人党员").percent, None);
        }
    );

    extractor_test!(
        shares_given_respectively,
        "大会选举产生代表80名。其中，女党员代表和少数民族党员代表分别为20名和6名，分别占25.0%和7.5%。",
        |out| {
            let women = find(&out, "女党员代表");
            assert_eq!((women.count, women.percent, women.consistent), (Some(20), Some(25.0), Some(true)));
            let minority = find(&out, "少数民族党员代表");
            assert_eq!((minority.count, minority.percent), (Some(6), Some(7.5)));
            assert_eq!(out.statistics.len(), 3, "{:?}", out.statistics);
        }
    );

    extractor_test!(
        a_bare_total_after_its_measure,
        "生产和工作第一线党员所占比例较高，共有42名，比例达到43.8%。",
        |out| {
            let front = find(&out, "生产和工作第一线党员");
            assert_eq!((front.count, front.percent), (Some(42), Some(43.8)));
        }
    );

    extractor_test!(
        shares_without_a_total_are_not_checked,
        "当选代表中，生产和工作第一线代表占32.3%，计21名；女代表占21.5%，计14名。",
        |out| {
            assert_eq!(find(&out, "女代表").consistent, None);
        }
    );

    extractor_test!(
        a_measure_keeps_its_candidates,
        "大会选举产生了出席党的二十大代表60名。当选代表中，女代表15名，占25%。大会实行差额选举，代表候选人预备人选71名。",
        |out| {
            assert_eq!(find(&out, "代表候选人预备人选").count, Some(71));
            assert_eq!(find(&out, "女代表").consistent, Some(true));
        }
    );

    extractor_test!(
        a_fraction_in_words_and_small_counts,
        "大会选举产生代表60名。当选代表中，一线代表20名，占三分之一；少数民族代表五名，女性十二名。",
        |out| {
            let front = find(&out, "一线代表");
            assert_eq!((front.percent, front.consistent), (Some(33.3), Some(true)));
            assert_eq!(find(&out, "少数民族代表").count, Some(5));
        }
    );

    extractor_test!(
        percents_before_their_nouns,
        "全省约有99.2%的基层党组织和92.8%的党员参加了推荐提名工作，5%的增速。",
        |out| {
            assert_eq!(find(&out, "基层党组织").percent, Some(99.2));
            assert_eq!(find(&out, "党员").percent, Some(92.8));
            assert_eq!(out.statistics.len(), 2, "{:?}", out.statistics);
        }
    );

    extractor_test!(
        a_rate_from_one_value_to_another,
        "全乡孕产妇住院分娩率从不足10%提高到98.6%。全村贫困发生率从2014年的32.5%下降到0.8%。",
        |out| {
            assert_eq!(find(&out, "全乡孕产妇住院分娩率").percent, Some(98.6));
            assert_eq!(find(&out, "全村贫困发生率").percent, Some(0.8));
        }
    );

    extractor_test!(
        rates_given_respectively,
        "全省党组织和党员参与率分别达到100%和98.6%。",
        |out| {
            assert_eq!(find(&out, "全省党组织参与率").percent, Some(100.0));
            assert_eq!(find(&out, "党员参与率").percent, Some(98.6));
        }
    );

    extractor_test!(
        counts_given_respectively,
        "当选代表中，来自机关、企业和高校的代表分别为7名、6名和2名。党员领导干部代表、一线代表分别为30名、20名。",
        |out| {
            let got: Vec<(&str, Option<i64>)> = out
                .statistics
                .iter()
                .map(|s| (s.label.as_str(), s.count))
                .collect();
            assert_eq!(
                got,
                vec![
                    ("机关代表", Some(7)),
                    ("企业代表", Some(6)),
                    ("高校代表", Some(2)),
                    ("党员领导干部代表", Some(30)),
                    ("一线代表", Some(20))
                ]
            );
        }
    );

    extractor_test!(
        a_count_each_measure_has,
        "其中，藏族、回族、土族代表各2名，女代表9名。",
        |out| {
            for label in ["藏族代表", "回族代表", "土族代表"] {
                assert_eq!(find(&out, label).count, Some(2));
            }
            assert_eq!(find(&out, "女代表").count, Some(9));
            assert_eq!(out.statistics.len(), 4, "{:?}", out.statistics);
        }
    );

    extractor_test!(
        rates_given_respectively_share_the_noun_after_de,
        "常委和委员的差额比例分别为12.5%和10.6%。",
        |out| {
            assert_eq!(find(&out, "常委差额比例").percent, Some(12.5));
            assert_eq!(find(&out, "委员差额比例").percent, Some(10.6));
        }
    );

    extractor_test!(
        only_a_total_joins_a_share,
        "大会选举产生代表60名。其中，女代表占25%，有12个村完成换届。少数民族代表占10%，共有6名。",
        |out| {
            assert_eq!(find(&out, "女代表").count, None);
            assert_eq!(find(&out, "少数民族代表").count, Some(6));
            assert!(
                out.statistics.iter().all(|s| !s.label.contains('占')),
                "{:?}",
                out.statistics
            );
        }
    );

    extractor_test!(
        an_age_bracket_share,
        "当选代表中，55岁以下的代表占57.0%，共1300名。",
        |out| {
            let young = find(&out, "55岁以下的代表");
            assert_eq!((young.count, young.percent), (Some(1300), Some(57.0)));
        }
    );

    extractor_test!(
        a_total_given_with_gongyou,
        "党的二十大代表共有2296名，其中女党员代表619名，占27.0%。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["党的二十大代表", "女党员代表"]);
            assert_eq!(find(&out, "党的二十大代表").count, Some(2296));
        }
    );

    extractor_test!(
        a_list_note_under_its_title,
        "中国共产党某某省出席第二十次全国代表大会代表名单\n（共43名，按姓氏笔画排序）\n于某来  王 磊  王某华（女）  刘某海",
        |out| {
            assert_eq!(out.statistics.len(), 1, "{:?}", out.statistics);
            assert_eq!(out.statistics[0].count, Some(43));
            assert!(out.statistics[0].label.ends_with("全国代表大会代表"));
        }
    );

    extractor_test!(
        a_count_stated_twice_is_one_figure,
        "大会选举产生了出席党的二十大代表58名。当选的58名代表中，女党员代表18名，占31.0%。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["出席党的二十大代表", "女党员代表"]);
            assert_eq!(out.statistics[1].share_of, Some(0));
            assert_eq!(out.statistics[1].consistent, Some(true));
        }
    );

    extractor_test!(
        a_group_and_the_same_count_later_are_two_figures,
        "大会选举产生代表40名，其中女代表12名。座谈会上，12名代表发言。5名同志当选为党的二十大代表候选人。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert!(labels.contains(&"女代表") && labels.contains(&"代表"), "{labels:?}");
            assert!(!labels.contains(&"党的二十大代表"), "{labels:?}");
        }
    );

    extractor_test!(
        shares_after_qizhong_are_of_the_count_before,
        "新华社北京10月16日电 出席党的二十大的代表和特邀代表共2338名。某某代表团共有代表78名，其中女代表25名，占32.1%；少数民族代表3名。",
        |out| {
            let women = find(&out, "女代表");
            assert_eq!(women.consistent, Some(true), "{:?}", out.statistics);
            assert_eq!(women.computed_percent, Some(32.05));
            assert_eq!(out.statistics[0].label, "出席党的二十大的代表和特邀代表");
        }
    );

    extractor_test!(
        a_headline_count_and_the_body_count,
        "我省12名同志当选党的二十大代表\n5月30日，大会选举产生了某某省出席党的二十大代表12名。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["某某省出席党的二十大代表"]);
        }
    );

    extractor_test!(
        shares_given_without_counts,
        "党员领导干部代表占61.2%，生产和工作第一线党员代表占33.6%；女党员代表619名，占27.0%。",
        |out| {
            assert_eq!(find(&out, "党员领导干部代表").percent, Some(61.2));
            let front = find(&out, "生产和工作第一线党员代表");
            assert_eq!((front.count, front.percent), (None, Some(33.6)));
            // The share after a count stays that count's.
            assert_eq!(out.statistics.len(), 3);
            assert_eq!(find(&out, "女党员代表").percent, Some(27.0));
        }
    );

    extractor_test!(
        shares_of_a_total_without_counts,
        "少数民族代表占代表总数的12.5%，党员领导干部代表占比为60.1%；一线代表占比达32.8%，女代表占全体代表的比例为27.3%。",
        |out| {
            assert_eq!(find(&out, "少数民族代表").percent, Some(12.5));
            assert_eq!(find(&out, "党员领导干部代表").percent, Some(60.1));
            assert_eq!(find(&out, "一线代表").percent, Some(32.8));
            assert_eq!(find(&out, "女代表").percent, Some(27.3));
            assert_eq!(out.statistics.len(), 4, "{:?}", out.statistics);
        }
    );

    extractor_test!(
        counts_in_chinese_numerals,
        "大会选举产生了河南省出席党的二十大代表九十三名。她带出了三十人的儿科团队，其中有一名护士。数十名代表到场。全省有党员三万五千名。",
        |out| {
            assert_eq!(out.statistics.len(), 2, "{:?}", out.statistics);
            assert_eq!(find(&out, "河南省出席党的二十大代表").count, Some(93));
            assert_eq!(find(&out, "全省有党员").count, Some(35000));
        }
    );

    extractor_test!(
        inconsistent_share_is_flagged,
        "选举产生了100名代表。其中，女党员30名，占20.0%。",
        |out| {
            assert_eq!(find(&out, "女党员").consistent, Some(false));
        }
    );

    extractor_test!(share_of_a_named_base, "生产和工作第一线党员代表771名。获得过省部级以上荣誉称号的710名，占生产和工作第一线党员代表总数的92.1%。", |out| {
        let s = find(&out, "获得过省部级以上荣誉称号");
        assert_eq!(s.percent, Some(92.1));
        assert_eq!(s.consistent, Some(true));
    });

    extractor_test!(
        share_of_the_base_named_in_the_sentence,
        "大会应到代表755名，实到代表742名。选举产生的63名代表中，女代表17名，占27.0%。",
        |out| {
            let w = find(&out, "女代表");
            assert_eq!(
                (w.consistent, w.computed_percent),
                (Some(true), Some(26.98))
            );
            assert_eq!(find(&out, "应到代表").count, Some(755));
        }
    );

    extractor_test!(
        averages_and_rates,
        "当选代表平均年龄52.2岁。党员参与率平均达到99.5%。",
        |out| {
            assert_eq!(find(&out, "平均年龄").value, Some(52.2));
            assert_eq!(find(&out, "党员参与率").percent, Some(99.5));
        }
    );

    extractor_test!(
        a_measure_after_a_session_that_elected,
        "中国共产党某某市第九次代表大会第三次会议选举产生了某某市出席省第十二次党代会代表45名。某某系统党代表会议选举产生了出席市党代会代表30名。",
        |out| {
            let labels: Vec<&str> = out.statistics.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["某某市出席省第十二次党代会代表", "出席市党代会代表"]);
        }
    );

    extractor_test!(
        things_are_not_populations,
        "一个移动充电枪覆盖6个车位，思想、政治等6个方面条件，12岁女孩体重35公斤。",
        |out| {
            assert!(out.statistics.is_empty(), "{:?}", out.statistics);
        }
    );

    extractor_test!(
        measure_after_a_verb_jieba_reads_as_noun,
        "湖南省第十二次代表大会选举产生了湖南省出席党的二十大代表73名。",
        |out| {
            assert_eq!(find(&out, "湖南省出席党的二十大代表").count, Some(73));
            assert!(out.statistics.iter().all(|s| !s.label.starts_with("产生")));
        }
    );

    extractor_test!(
        shares_in_other_words,
        "当选代表中，农民党员代表86名，比例为3.8%；产业工人党员代表23名，约占24.0%；工人党员代表198名，所占比例为8.7%。",
        |out| {
            let got: Vec<(&str, Option<f64>)> = out
                .statistics
                .iter()
                .map(|s| (s.label.as_str(), s.percent))
                .collect();
            assert_eq!(
                got,
                vec![
                    ("农民党员代表", Some(3.8)),
                    ("产业工人党员代表", Some(24.0)),
                    ("工人党员代表", Some(8.7))
                ]
            );
        }
    );

    extractor_test!(
        shares_given_respectively_after_counts_or_a_shared_head,
        "当选代表中，女代表19名、少数民族代表29名，分别占31.7%和48.3%。工人、农民、专业技术人员党员代表分别占9.4%、6.3%和14.1%。工人、农民、专业技术人员分别为5名、3名和8名。",
        |out| {
            assert_eq!(find(&out, "女代表").percent, Some(31.7));
            assert_eq!(find(&out, "少数民族代表").percent, Some(48.3));
            assert_eq!(find(&out, "农民党员代表").percent, Some(6.3));
            assert_eq!(find(&out, "专业技术人员党员代表").percent, Some(14.1));
            assert_eq!(find(&out, "工人").count, Some(5));
            assert_eq!(find(&out, "专业技术人员").count, Some(8));
            assert!(!out.statistics.iter().any(|s| s.label.contains("工人人员")));
        }
    );

    extractor_test!(
        one_measure_with_a_list_mark_inside_attendance_and_visits,
        "大会应到代表820名，实到796名。当选的64名代表中，党员领导干部和生产、工作第一线党员分别为40名和23名。女党员代表19名，占29.7%。考察组共找了3500人次谈话。",
        |out| {
            assert_eq!(find(&out, "生产、工作第一线党员").count, Some(23));
            assert_eq!(find(&out, "党员领导干部").count, Some(40));
            assert_eq!(find(&out, "女党员代表").consistent, Some(true));
            let talks = find(&out, "谈话");
            assert_eq!((talks.count, talks.unit.as_deref()), (Some(3500), Some("人次")));
        }
    );

    extractor_test!(
        measures_with_noun_verbs_a_base_and_a_vote,
        "当选代表中，非公有制经济组织和社会组织党员代表3名。58名代表中有女代表17名。在58名代表中，获得过省部级以上表彰的有31名。经过无记名投票，64名同志以超过应到代表半数的赞成票当选。",
        |out| {
            assert_eq!(find(&out, "非公有制经济组织和社会组织党员代表").count, Some(3));
            assert_eq!(find(&out, "获得过省部级以上表彰").count, Some(31));
            assert_eq!(find(&out, "同志").count, Some(64));
            let elected = crate::pipeline::extract::testing::run("本次应选代表64名。");
            assert_eq!(find(&elected, "应选代表").count, Some(64));
            assert!(!out.statistics.iter().any(|s| s.label.contains("中有") || s.label.contains("以超过")));
        }
    );

    extractor_test!(
        measures_elected_with_an_aside_or_before_an_audiences_verb,
        "这次会议应选代表64名，实选代表64名。53名代表中，工人党员（含农民工党员）6名，占11.3%。宣讲现场，200余名党员群众听得聚精会神。",
        |out| {
            assert_eq!(find(&out, "应选代表").count, Some(64));
            assert_eq!(find(&out, "实选代表").count, Some(64));
            assert_eq!(find(&out, "工人党员").consistent, Some(true));
            assert_eq!(find(&out, "党员群众").count, Some(200));
        }
    );
}
