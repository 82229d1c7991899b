//! HTML input: a saved news page to its article text. Scripts, styles,
//! navigation, headers, footers, asides and forms are dropped; an `<article>`
//! element, when it holds the text, is preferred over the whole body; block
//! elements become line breaks and character references are decoded.

/// Elements whose whole content is boilerplate.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg",
    "select", "button", "template", "head",
];

/// Elements that end a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "title",
    "dd",
    "dt",
    "blockquote",
    "td",
    "table",
    "ul",
    "ol",
    "figure",
    "figcaption",
    "hr",
    "main",
];

/// An `<article>` shorter than this is a teaser, not the story.
const MIN_ARTICLE_CHARS: usize = 80;

/// Is this input an HTML page (by name or by its first tag)?
pub fn looks_like_html(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return true;
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
}

/// The readable text of a page.
pub fn to_text(html: &str) -> String {
    let body = article_part(html).unwrap_or(html);
    let text = strip(body);
    if text.chars().filter(|c| !c.is_whitespace()).count() == 0 && !std::ptr::eq(body, html) {
        return strip(html);
    }
    text
}

/// The inside of the first `<article>` element, if it holds enough text.
fn article_part(html: &str) -> Option<&str> {
    let lower = html.to_ascii_lowercase();
    let open = lower.find("<article")?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find("</article")?;
    let part = &html[start..end];
    (strip(part).chars().filter(|c| !c.is_whitespace()).count() >= MIN_ARTICLE_CHARS)
        .then_some(part)
}

fn strip(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            if lower[i..].starts_with("<!--") {
                i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
                continue;
            }
            let Some(close) = lower[i..].find('>') else {
                break;
            };
            let tag = &lower[i + 1..i + close];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            i += close + 1;
            if !closing && SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
                // Skip to the matching end tag, counting nested ones.
                let mut depth = 1;
                let open_pat = format!("<{name}");
                let close_pat = format!("</{name}");
                while depth > 0 && i < html.len() {
                    let next_open = lower[i..].find(&open_pat);
                    let next_close = lower[i..].find(&close_pat);
                    match (next_open, next_close) {
                        (Some(o), Some(c)) if o < c => {
                            depth += 1;
                            i += o + open_pat.len();
                        }
                        (_, Some(c)) => {
                            depth -= 1;
                            i += c + close_pat.len();
                            i = lower[i..].find('>').map_or(html.len(), |e| i + e + 1);
                        }
                        (_, None) => i = html.len(),
                    }
                }
                continue;
            }
            if BLOCK.contains(&name.as_str()) {
                out.push('\n');
            }
            continue;
        }
        if bytes[i] == b'&' {
            if let Some((decoded, len)) = entity(&html[i..]) {
                out.push_str(&decoded);
                i += len;
                continue;
            }
        }
        let c = html[i..].chars().next().expect("in bounds");
        out.push(if c == '\n' || c == '\r' || c == '\t' {
            ' '
        } else {
            c
        });
        i += c.len_utf8();
    }
    // One paragraph per line, inner white space folded.
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A character reference at the start of `s`: its text and length in bytes.
fn entity(s: &str) -> Option<(String, usize)> {
    let end = s.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let name = &s[1..end];
    let text = match name {
        "nbsp" | "ensp" | "emsp" => " ".to_string(),
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        "ldquo" => "“".into(),
        "rdquo" => "”".into(),
        "lsquo" => "‘".into(),
        "rsquo" => "’".into(),
        "mdash" => "—".into(),
        "middot" => "·".into(),
        "hellip" => "…".into(),
        n if n.starts_with("#x") || n.starts_with("#X") => {
            char::from_u32(u32::from_str_radix(&n[2..], 16).ok()?)?.to_string()
        }
        n if n.starts_with('#') => char::from_u32(n[1..].parse().ok()?)?.to_string(),
        _ => return None,
    };
    Some((text, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_story_and_drops_the_chrome() {
        let page = "<!DOCTYPE html><html><head><title>页面</title><script>var x = '<p>不要</p>';</script></head><body>\
            <nav><a href='/'>首页</a> <a>要闻</a></nav><div class='main'><h1>二十大代表风采</h1>\
            <p>钱某云是党的二十大代表&#xff0c;北京某医院医生。</p><p>她说&ldquo;很光荣&rdquo;。</p></div>\
            <footer>版权所有 &copy; 某网站</footer></body></html>";
        assert!(looks_like_html("x.txt", page));
        let text = to_text(page);
        assert_eq!(
            text,
            "二十大代表风采\n钱某云是党的二十大代表，北京某医院医生。\n她说“很光荣”。"
        );
    }

    #[test]
    fn prefers_a_substantial_article_element() {
        let story = "某某同志是党的二十大代表。".repeat(10);
        let page = format!("<html><body><div>热门推荐 一 二 三</div><article><p>{story}</p></article><div>相关阅读</div></body></html>");
        assert_eq!(to_text(&page), story);
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for page in [
            "<p>未闭合",
            "<<<>>>",
            "&#99999999;&#xZZ;&",
            "<script>",
            "<!-- 注释",
            "<p>&amp",
        ] {
            let _ = to_text(page);
        }
    }
}
