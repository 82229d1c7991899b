//! The pipeline from one input file to RDF, stage by stage:
//!
//! `decode` (bytes → text; `html` pages → their article text) → `normalize` (clean paragraphs, offset map) →
//! `split` (articles) → `extract` (segmentation via `segment`, then entities,
//! relations and figures) → `mint` (IRIs) → `emit` (quads, one named graph per
//! article, NIF provenance).

pub mod decode;
pub mod emit;
pub mod extract;
pub mod html;
pub mod mint;
pub mod normalize;
pub mod split;

use crate::error::Result;
use oxigraph::model::{NamedNode, Quad};
use std::borrow::Cow;
use std::path::Path;

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Year for datelines when the text names none.
    pub default_year: Option<i32>,
}

/// One article's graph.
pub struct ArticleGraph {
    pub iri: NamedNode,
    pub text: String,
    pub extraction: extract::Extraction,
    pub quads: Vec<Quad>,
}

/// Everything one file gives.
pub struct FileGraphs {
    /// The file as named in `dg:sourceFile`.
    pub source: String,
    pub sha256: String,
    pub articles: Vec<ArticleGraph>,
}

/// Characters of new normalized text gathered before articles are split off.
const BLOCK: usize = 1 << 18;
/// Longest article: text with no article boundary for this many characters
/// is cut (at a paragraph end, or in a longer paragraph after a sentence end)
/// into articles of at most about this size, so memory stays bounded
/// whatever the file. News articles are far shorter.
pub const MAX_ARTICLE: usize = 1 << 16;

/// What a file gives besides its articles.
pub struct FileInfo {
    pub sha256: String,
    pub articles: usize,
}

/// Decodes a file's bytes (HTML pages to their article text).
fn decoded<'a>(path: &Path, bytes: &'a [u8], opts: &Options) -> Result<Cow<'a, str>> {
    let text = decode::decode(path, bytes, opts.encoding)?;
    Ok(if html::looks_like_html(&path.to_string_lossy(), &text) {
        Cow::Owned(html::to_text(&text))
    } else {
        text
    })
}

/// Runs the whole pipeline over one file's bytes.
pub fn process(path: &Path, source: &str, bytes: &[u8], opts: &Options) -> Result<FileGraphs> {
    let mut articles = Vec::new();
    let sha256 = mint::sha256_hex(bytes);
    let info = process_each(path, source, &sha256, bytes, opts, |a| {
        articles.push(a);
        Ok(())
    })?;
    Ok(FileGraphs {
        source: source.to_string(),
        sha256: info.sha256,
        articles,
    })
}

/// Runs the pipeline over one file, handing each article graph to `sink` as
/// soon as it is ready: only the article at hand is held, not the file's graph.
/// `sha256` is that of `bytes`, as [`mint::sha256_hex`] gives it.
pub fn process_each(
    path: &Path,
    source: &str,
    sha256: &str,
    bytes: &[u8],
    opts: &Options,
    mut sink: impl FnMut(ArticleGraph) -> Result<()>,
) -> Result<FileInfo> {
    let text = decoded(path, bytes, opts)?;
    let articles = text_articles(&text, |index, article_text| {
        sink(article_graph(source, sha256, index, article_text, opts))
    })?;
    Ok(FileInfo {
        sha256: sha256.to_string(),
        articles,
    })
}

/// The pipeline after decoding, collected (tests, fuzzing).
pub fn process_text(source: &str, sha256: &str, text: &str, opts: &Options) -> FileGraphs {
    let mut articles = Vec::new();
    text_articles(text, |index, article_text| {
        articles.push(article_graph(source, sha256, index, article_text, opts));
        Ok(())
    })
    .expect("collecting cannot fail");
    FileGraphs {
        source: source.to_string(),
        sha256: sha256.to_string(),
        articles,
    }
}

fn article_graph(
    source: &str,
    sha256: &str,
    index: usize,
    text: String,
    opts: &Options,
) -> ArticleGraph {
    // A 繁體 text is read in simplified characters; its graph keeps the
    // text as written (nif:isString, anchors) and simplified labels.
    let simplified = normalize::simplified(&text);
    let extraction = extract::extract(simplified.as_deref().unwrap_or(&text), opts.default_year);
    let src = emit::Source {
        file: source,
        sha256,
        index,
    };
    let (iri, quads) = emit::article_quads(&text, &extraction, &src);
    ArticleGraph {
        iri,
        text,
        extraction,
        quads,
    }
}

/// Normalizes a decoded text and splits it into articles, a block at a
/// time; calls `each(index, article_text)` in order and returns the count.
fn text_articles(text: &str, mut each: impl FnMut(usize, String) -> Result<()>) -> Result<usize> {
    let mut norm = normalize::Normalizer::default();
    let mut blocks = Blocks::default();
    for line in text.split('\n') {
        if let Some(p) = norm.push_line(line) {
            blocks.push(&p.text, &mut each)?;
        }
    }
    if let Some(p) = norm.finish() {
        blocks.push(&p.text, &mut each)?;
    }
    blocks.flush(true, &mut each)?;
    Ok(blocks.index)
}

/// Byte offset of each character of `text`, and of its end: character
/// ranges become byte slices without copying.
pub(crate) fn char_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Normalized paragraphs waiting to be split into articles; the last
/// (perhaps unfinished) article of a block is carried into the next.
#[derive(Default)]
struct Blocks {
    text: String,
    /// Characters added since the last split.
    fresh: usize,
    /// Articles handed out so far.
    index: usize,
}

impl Blocks {
    fn push(
        &mut self,
        paragraph: &str,
        each: &mut impl FnMut(usize, String) -> Result<()>,
    ) -> Result<()> {
        if paragraph.len() > MAX_ARTICLE * 3 && paragraph.chars().count() > MAX_ARTICLE {
            // One over-long paragraph (a 10 MB line): what came before ends,
            // and the paragraph becomes articles of its own.
            self.flush(true, each)?;
            for piece in sentence_pieces(paragraph, MAX_ARTICLE) {
                each(self.index, piece.to_string())?;
                self.index += 1;
            }
            return Ok(());
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(paragraph);
        self.fresh += paragraph.chars().count() + 1;
        if self.fresh >= BLOCK {
            self.flush(false, each)?;
        }
        Ok(())
    }

    fn flush(
        &mut self,
        last: bool,
        each: &mut impl FnMut(usize, String) -> Result<()>,
    ) -> Result<()> {
        self.fresh = 0;
        let ranges = split::split_articles(&self.text);
        let bytes = char_offsets(&self.text);
        let piece =
            |r: &std::ops::Range<usize>| self.text[bytes[r.start]..bytes[r.end]].to_string();
        let mut carry = String::new();
        for (k, r) in ranges.iter().enumerate() {
            // The last article may go on in the next block, unless it is already too long.
            if !last && k + 1 == ranges.len() && r.len() < MAX_ARTICLE {
                carry = piece(r);
            } else {
                each(self.index, piece(r))?;
                self.index += 1;
            }
        }
        self.text = carry;
        Ok(())
    }
}

/// `text` cut into pieces of at most `max` characters, each after the last
/// sentence end it holds (or at `max` when it holds none).
fn sentence_pieces(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let hard = rest.char_indices().nth(max).map_or(rest.len(), |(b, _)| b);
        let cut = if hard == rest.len() {
            hard
        } else {
            rest[..hard]
                .rfind(['。', '！', '？', '!', '?'])
                .map(|b| b + rest[b..].chars().next().map_or(1, char::len_utf8))
                .filter(|&b| b > hard / 2)
                .unwrap_or(hard)
        };
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_over_long_paragraph_is_cut_after_sentence_ends() {
        let text = "一二三。四五六七。八九";
        assert_eq!(
            sentence_pieces(text, 6),
            vec!["一二三。", "四五六七。", "八九"]
        );
        assert_eq!(sentence_pieces("一二三四五", 2), vec!["一二", "三四", "五"]);
        let long = "代表说好。".repeat(MAX_ARTICLE / 2);
        let g = process_text("t", "0000000000000000", &long, &Options::default());
        assert_eq!(g.articles.len(), 3);
        assert_eq!(
            g.articles
                .iter()
                .map(|a| a.text.as_str())
                .collect::<String>(),
            long
        );
        assert!(g
            .articles
            .iter()
            .all(|a| a.text.chars().count() <= MAX_ARTICLE));
    }

    #[test]
    fn a_traditional_text_gets_simplified_labels_and_anchors_as_written() {
        let text = "黨的二十大代表梁志強曾獲「廣東省五一勞動獎章」稱號。";
        let g = process_text("t", "0000000000000000", text, &Options::default());
        let a = &g.articles[0];
        assert_eq!(a.text, text);
        let labels: Vec<&str> = a
            .extraction
            .entities
            .iter()
            .map(|e| e.label.as_str())
            .collect();
        assert!(
            labels.contains(&"梁志强") && labels.contains(&"广东省五一劳动奖章"),
            "{labels:?}"
        );
        let anchors: Vec<String> = a
            .quads
            .iter()
            .filter(|q| q.predicate.as_str().ends_with("#anchorOf"))
            .map(|q| q.object.to_string())
            .collect();
        assert!(anchors.iter().any(|o| o.contains("梁志強")), "{anchors:?}");
        assert!(!anchors.iter().any(|o| o.contains("梁志强")), "{anchors:?}");
    }
}
