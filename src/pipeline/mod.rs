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

/// Runs the whole pipeline over one file's bytes.
pub fn process(path: &Path, source: &str, bytes: &[u8], opts: &Options) -> Result<FileGraphs> {
    let mut text = decode::decode(path, bytes, opts.encoding)?;
    if html::looks_like_html(&path.to_string_lossy(), &text) {
        text = html::to_text(&text);
    }
    let sha256 = mint::sha256_hex(bytes);
    Ok(process_text(source, &sha256, &text, opts))
}

/// The pipeline after decoding.
pub fn process_text(source: &str, sha256: &str, text: &str, opts: &Options) -> FileGraphs {
    let normalized = normalize::normalize(text);
    let chars: Vec<char> = normalized.text.chars().collect();
    let mut articles = Vec::new();
    for (index, range) in split::split_articles(&normalized.text)
        .into_iter()
        .enumerate()
    {
        let article_text: String = chars[range].iter().collect();
        let extraction = extract::extract(&article_text, opts.default_year);
        let src = emit::Source {
            file: source,
            sha256,
            index,
        };
        let (iri, quads) = emit::article_quads(&article_text, &extraction, &src);
        articles.push(ArticleGraph {
            iri,
            text: article_text,
            extraction,
            quads,
        });
    }
    FileGraphs {
        source: source.to_string(),
        sha256: sha256.to_string(),
        articles,
    }
}
