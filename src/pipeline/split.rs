//! Split articles: one file may hold several articles.
//!
//! Boundaries come from the shapes news takes: a closing byline
//! `（新华社天津9月26日电 记者毛振华）` ends an article; `编者按` opens one; and when
//! a closing byline follows an opening dateline (`新华社北京9月26日电`), the
//! article it closes starts at the first heading after that dateline's article.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// Characters that close a sentence or a quotation: a paragraph ending with
/// one is body text, not a heading.
const TERMINAL: &[char] = &[
    '。', '！', '？', '!', '?', '…', '”', '」', '』', '）', ')', '；', ';', '：', ':', '"',
];

/// Longest paragraph still taken for a heading.
const MAX_HEADING_LEN: usize = 40;

/// Paragraph character ranges of `text` (lines, as `normalize` writes them).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    for c in text.chars() {
        if c == '\n' {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
        i += 1;
    }
    if i > start {
        out.push(start..i);
    }
    out
}

/// True when the paragraph opens with a news-agency dateline (新华社北京9月26日电).
pub fn is_opening_dateline(p: &str) -> bool {
    crate::pipeline::extract::article::dateline(p).is_some_and(|d| d.start == 0)
}

/// True for a dispatch's dateline alone on its line, bracketed or not
/// (新华社北京8月27日电, （新华社北京8月27日电）).
pub fn is_dateline_line(p: &str) -> bool {
    let t = p.trim_matches(['（', '）', '(', ')', ' ']);
    is_opening_dateline(t) && t.ends_with('电')
}

/// True when the paragraph opens with a report's lead: a dateline, or an
/// outlet's 讯 (福建日报讯（记者…）, 本报讯, 湖南日报9月18日讯).
pub fn is_opening_lead(p: &str) -> bool {
    crate::pipeline::extract::article::opens_with_lead(p)
}

/// True for a byline alone on its line under a feature's headline (本报记者
/// 罗某某, 记者 甲 乙 通讯员 丙): like a lead, it opens a report.
pub fn is_byline_line(p: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:本报|新华社)?(?:特约|实习)?记者[ \u{3000}]+\p{Han}{2,4}(?:[ \u{3000}、]+(?:(?:通讯员|记者)[ \u{3000}]+)?\p{Han}{2,4})*$")
            .expect("byline regex")
    });
    re.is_match(p.trim())
}

/// True for a closing byline: the whole paragraph in brackets, naming a
/// dispatch (电) or a reporter (记者).
pub fn is_closing_byline(p: &str) -> bool {
    let opens = p.starts_with('（') || p.starts_with('(');
    let closes = p.ends_with('）') || p.ends_with(')');
    // A photo's caption names its photographer (（图为…。记者 李某 摄）).
    let caption = p.trim_start_matches(['（', '(']).starts_with("图为")
        || p.trim_end_matches(['）', ')']).ends_with('摄');
    opens
        && closes
        && !caption
        && (p.contains('电') || p.contains("记者"))
        && p.chars().count() <= 60
}

/// A staff line that closes an article: 责任编辑：某某, 【责任编辑：某某】, and
/// the source or picture lines of web pages (来源：…, 图片：…).
fn is_credit_line(p: &str) -> bool {
    credits(p, &["来源", "作者", "图片", "审校"])
}

/// A line of the staff who edited an article (（责编：某某、某某）): it
/// closes every article of a page and recurs by design.
pub fn is_staff_line(p: &str) -> bool {
    credits(p, &[])
}

/// Does `p` open with a staff role or one of `more`, then a colon?
fn credits(p: &str, more: &[&str]) -> bool {
    let p = p.trim_start_matches(['【', '[', '（', '(']);
    let roles = crate::pipeline::extract::article::CREDIT_ROLES.iter();
    p.chars().count() <= 40
        && roles.chain(more).any(|r| {
            p.strip_prefix(r)
                .is_some_and(|rest| rest.starts_with(crate::pipeline::extract::CREDIT_MARKS))
        })
}

fn is_photo_credit(p: &str) -> bool {
    p.ends_with("社发") || p.ends_with("摄") || p.starts_with("图")
}

pub fn is_heading(p: &str) -> bool {
    let n = p.chars().count();
    // 雪域高原的“马背医生”: a headline may close its quote; a quoted
    // sentence (“…。”) or a paragraph that is all quote is no headline.
    let quote_closed = p.ends_with('”')
        && !p.starts_with('“')
        && p.contains('“')
        && !p.contains(['。', '！', '？', '，']);
    (2..=MAX_HEADING_LEN).contains(&n)
        && (!p.ends_with(TERMINAL) || quote_closed)
        && !is_photo_credit(p)
}

/// A line that may be an article's headline at its top: short and no
/// sentence; it may close with a bracket (…代表简介（三）, …名单（按姓氏笔画
/// 为序）).
fn headline_like(t: &str) -> bool {
    t.chars().count() <= MAX_HEADING_LEN && !t.ends_with(['。', '！', '？', '!', '?'])
}

/// Article ranges (in characters of `text`), in order. Empty text has none.
pub fn split_articles(text: &str) -> Vec<Range<usize>> {
    let paras = paragraphs(text);
    let chars: Vec<char> = text.chars().collect();
    let ptext = |r: &Range<usize>| chars[r.clone()].iter().collect::<String>();
    let texts: Vec<String> = paras.iter().map(ptext).collect();
    // Paragraph index ranges of the articles.
    let mut articles: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    // The current article's lead paragraph, once seen.
    let mut lead: Option<usize> = None;
    for (j, p) in texts.iter().enumerate() {
        // 编者按 opens an article, unless only its headline (and source
        // line, two lines at most) stand before it in this one.
        let headed = || {
            j - start <= 2
                && (start..j).all(|h| headline_like(&texts[h]) || texts[h].starts_with("来源"))
        };
        if p.starts_with("编者按") && j > start && !headed() {
            articles.push(start..j);
            start = j;
            lead = None;
        }
        // A second lead under its own headline opens the next article
        // (…宣讲。\n厦门：代表宣讲进企业\n本报讯（记者…）…), its source
        // line (来源：…) between them.
        if is_opening_lead(p) || is_byline_line(p) {
            // (本报记者 某某 \n 2022年10月09日 某某日报 \n 本报某地10月8日电:
            // a byline and then the lead of the same report.)
            let byline_then_lead = lead.is_some_and(|l| {
                l >= start && is_byline_line(&texts[l]) && (l + 1..j).all(|h| is_heading(&texts[h]))
            });
            if let Some(l) = lead.filter(|&l| l >= start && !byline_then_lead) {
                let heading = (l + 1..j)
                    .rev()
                    .take_while(|&h| {
                        let t = &texts[h];
                        is_heading(t) && (t.starts_with("来源") || !is_credit_line(t))
                    })
                    .filter(|&h| !texts[h].starts_with("来源"))
                    .last();
                if let Some(h) = heading {
                    articles.push(start..h);
                    start = h;
                }
            }
            lead = Some(j);
        }
        // 新华社's end mark, or a rule (=====), alone on its line, closes the
        // report.
        let rule = p.chars().count() >= 3 && p.chars().all(|c| "=-*_~—－＝·.".contains(c));
        if rule || matches!(p.as_str(), "（完）" | "(完)" | "【完】" | "[完]") {
            articles.push(start..j + 1);
            start = j + 1;
            lead = None;
            continue;
        }
        // A bracketed dateline right under the headline (…代表名单\n（新华社
        // 北京8月27日电）) opens the report it heads; it closes nothing.
        let under_headline = is_dateline_line(p)
            && j > start
            && j - start <= 2
            && (start..j).all(|h| headline_like(&texts[h]));
        if is_closing_byline(p) && !under_headline {
            let dateline = (start..j).find(|&d| is_opening_dateline(&texts[d]));
            if let Some(d) = dateline {
                if let Some(h) = (d + 1..j).find(|&h| is_heading(&texts[h])) {
                    articles.push(start..h);
                    start = h;
                }
            }
            // Credit lines after the byline (责任编辑：某某) close the same
            // article; they open no new one.
            let mut end = j + 1;
            while end < texts.len() && is_credit_line(&texts[end]) {
                end += 1;
            }
            articles.push(start..end);
            start = end;
        }
    }
    if start < texts.len() {
        articles.push(start..texts.len());
    }
    articles
        .into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| paras[r.start].start..paras[r.end - 1].end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_articles(text)
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn one_article_without_markers() {
        assert_eq!(pieces("标题\n正文一句。").len(), 1);
        assert!(pieces("").is_empty());
    }

    #[test]
    fn splits_report_profile_and_editor_note() {
        let text = "某部门负责人答记者问\n新华社北京9月26日电 答：工作顺利完成。\n问：有哪些特点？\n答：结构合理。\n代表风采\n王某某：为了孩子\n王某某是党的二十大代表。\n（新华社北京9月26日电 记者李某）\n编者按\n新华社开设栏目。\n赵某某：创新\n赵某某说，很光荣。\n（新华社天津9月26日电 记者孙某）";
        let got = pieces(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].starts_with("某部门负责人") && got[0].ends_with("答：结构合理。"));
        assert!(got[1].starts_with("代表风采") && got[1].ends_with("记者李某）"));
        assert!(got[2].starts_with("编者按") && got[2].ends_with("记者孙某）"));
    }

    #[test]
    fn a_second_lead_under_its_headline_opens_an_article() {
        let text = "福建：代表深入基层宣讲\n福建日报讯（记者 林某峰）10月25日，代表回到村里。\n他曾获奖。\n责任编辑：刘某\n厦门：代表宣讲进企业\n来源：某某网 2022年10月26日\n本报讯（记者 郑某雯）10月26日，代表来到企业。\n责任编辑：孙某";
        let got = pieces(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("责任编辑：刘某"));
        assert!(got[1].starts_with("厦门：代表宣讲进企业"));
        // One lead alone splits nothing, nor does 喜讯 under a subheading.
        assert_eq!(
            pieces("标题\n本报讯（记者 某某）正文。\n小标题\n正文二。").len(),
            1
        );
        assert_eq!(
            pieces("标题\n本报讯（记者 某某）正文。\n扎根乡村\n听到这个喜讯，王某很高兴。").len(),
            1
        );
        // 图文/记者 closes an article.
        assert!(is_closing_byline("（图文/记者 张某）"));
    }

    #[test]
    fn a_byline_on_its_own_line_opens_a_feature() {
        let text = "某州选出代表\n本报讯（记者 杨某梅）3月28日，某州选举产生代表32名。\n\n西江镇旅游旺季迎客忙\n本报记者 罗某燕\n西江镇党委书记杨某兴说，游客多了。";
        let got = pieces(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("西江镇旅游旺季迎客忙"));
        // A byline, then the date line and the lead of the same report.
        let one = "草原上的领头雁\n本报记者 高某\n2022年10月09日 某某日报\n本报锡林浩特10月8日电 秋日的草场金黄。";
        assert_eq!(pieces(one).len(), 1);
    }

    #[test]
    fn a_photo_caption_closes_no_article() {
        let got = pieces("标题\n新华社沈阳10月10日电（记者 李某）正文。\n（图为王某在车间调试设备。记者 李某 摄）\n王某说，很光荣。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(!is_closing_byline("（新华社记者 李某 摄）"));
        assert!(is_closing_byline("（新华社天津9月26日电 记者孙某）"));
    }

    #[test]
    fn credit_lines_after_a_byline_close_the_same_article() {
        let got = pieces("标题\n正文。\n（记者 王某 通讯员 陈某）\n责任编辑：刘某\n【审核：李某】\n第二篇\n正文二。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("【审核：李某】"), "{got:?}");
        assert!(got[1].starts_with("第二篇"));
    }

    #[test]
    fn a_closing_byline_alone_does_not_split_a_single_profile() {
        let got = pieces("标题\n正文。\n(总台记者 王某 李某)");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn an_editors_note_under_the_headline_opens_nothing() {
        let got = pieces("我省出席党的二十大部分代表简介（三）\n来源：某某日报 2022-07-02\n编者按：本报今起刊发代表简介。\n高某山，男，汉族，1968年生，某厂车间主任。");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_credit_block_after_the_closing_byline_stays() {
        let got = pieces("二十大代表王某说，很好。\n（总台记者 王某晨）\n监制|孙某\n摄像丨李某");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_bracketed_dateline_under_the_headline_closes_nothing() {
        let text = "某次代表大会代表名单（按姓氏笔画为序）\n（新华社北京8月27日电）\n丁某阳、于某波、王某山（回族）、刘某";
        assert_eq!(pieces(text).len(), 1);
    }

    #[test]
    fn a_byline_under_a_quote_closes_its_report() {
        let text = "代表心声\n党的二十大代表王某说：“一定不负重托。”\n（记者 李某）\n代表心声之二\n党的二十大代表张某说：“我们要干好。”\n（记者 赵某）";
        assert_eq!(pieces(text).len(), 2);
    }

    #[test]
    fn a_rule_closes_a_report() {
        let text = "甲省党代会闭幕\n本报讯 大会闭幕。\n=====\n乙市选出代表\n本报讯 选出代表。";
        assert_eq!(
            pieces(text),
            vec![
                "甲省党代会闭幕\n本报讯 大会闭幕。\n=====",
                "乙市选出代表\n本报讯 选出代表。"
            ]
        );
    }

    #[test]
    fn the_end_mark_closes_a_report() {
        let text = "新华社北京10月15日电 委员会举行会议。\n（完）\n新华社北京10月16日电（记者 林某）发言人举行发布会。";
        assert_eq!(
            pieces(text),
            vec![
                "新华社北京10月15日电 委员会举行会议。\n（完）",
                "新华社北京10月16日电（记者 林某）发言人举行发布会。"
            ]
        );
    }

    #[test]
    fn a_headline_may_close_a_quote() {
        let got = pieces("甲乙丙丁的故事\n新华社银川9月28日电（记者 李某平）党的十九大代表马某花是村党支部书记。\n雪域高原的“马背医生”\n新华社拉萨9月27日电（记者 王某）十九大代表次仁卓嘎骑马巡诊。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("雪域高原"));
    }
}
