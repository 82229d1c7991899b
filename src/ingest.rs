//! Ingest: turns paths (files, directories walked recursively in name order,
//! or `-` for standard input) into stored article graphs. A file that fails
//! is reported and skipped; the others go on (ripgrep's way), and the
//! caller learns how many failed.

use crate::error::{Error, Result};
use crate::pipeline::{self, Options};
use crate::store::GraphStore;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Totals of an ingest run.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub files: usize,
    pub skipped_unchanged: usize,
    pub articles: usize,
    pub entities: usize,
    pub statements: usize,
    pub failed: Vec<String>,
}

/// Expands the inputs into files, in a stable order.
pub fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(input.clone());
        } else if input.is_dir() {
            walk(input, &mut out)?;
        } else if input.exists() {
            out.push(input.clone());
        } else {
            return Err(Error::Read {
                path: input.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such file or directory",
                ),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| Error::Read {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else if is_text_input(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Files taken from a directory: text and HTML pages (README-like files too).
fn is_text_input(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("txt" | "text" | "htm" | "html")
    )
}

/// The name recorded as `dg:sourceFile`: the path as given, made absolute.
pub fn source_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "-".to_string();
    }
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|source| Error::Read {
                path: path.to_path_buf(),
                source,
            })?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// A file made ready for the store (the part that runs in parallel).
pub enum Prepared {
    /// Stored before with the same content: nothing to do.
    Unchanged,
    /// Its graphs, and how many distinct entities its articles mention.
    Graphs(pipeline::FileGraphs, usize),
}

/// Reads and extracts one file; skips it when the store holds it unchanged.
pub fn prepare(store: &GraphStore, path: &Path, opts: &Options) -> Result<Prepared> {
    let bytes = read(path)?;
    let source = source_name(path);
    let sha = pipeline::mint::sha256_hex(&bytes);
    if store.recorded_sha(&source)?.as_deref() == Some(sha.as_str()) {
        return Ok(Prepared::Unchanged);
    }
    let graphs = pipeline::process(path, &source, &bytes, opts)?;
    let entities = graphs
        .articles
        .iter()
        .map(|a| {
            a.extraction
                .mentions
                .iter()
                .map(|m| m.entity)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        })
        .sum();
    Ok(Prepared::Graphs(graphs, entities))
}

/// Files extracted in parallel before their batch is written; bounds the
/// memory held by finished but unwritten graphs.
const BATCH: usize = 32;

/// What happened to one file, for progress reports.
pub enum FileEvent<'a> {
    Stored {
        path: &'a Path,
        articles: usize,
        quads: usize,
    },
    Unchanged {
        path: &'a Path,
    },
    Failed {
        path: &'a Path,
        error: &'a Error,
    },
}

/// Ingests every input: extraction runs in parallel over the cores, each
/// file is then written in its own transaction. Per-file errors are
/// reported through `on_event` and the run goes on; a store error stops it.
pub fn ingest(
    store: &GraphStore,
    inputs: &[PathBuf],
    opts: &Options,
    on_event: impl FnMut(FileEvent<'_>),
) -> Result<Summary> {
    ingest_files(store, &expand(inputs)?, opts, on_event)
}

/// [`ingest`] over files already expanded by [`expand`].
pub fn ingest_files(
    store: &GraphStore,
    files: &[PathBuf],
    opts: &Options,
    mut on_event: impl FnMut(FileEvent<'_>),
) -> Result<Summary> {
    use rayon::prelude::*;
    let mut summary = Summary::default();
    for batch in files.chunks(BATCH) {
        let prepared: Vec<Result<Prepared>> =
            batch.par_iter().map(|f| prepare(store, f, opts)).collect();
        for (f, p) in batch.iter().zip(prepared) {
            let written = p.and_then(|p| match p {
                Prepared::Unchanged => Ok(None),
                Prepared::Graphs(g, entities) => {
                    store.replace_file(&g).map(|w| Some((w, entities)))
                }
            });
            match written {
                Ok(Some((w, entities))) => {
                    summary.files += 1;
                    summary.articles += w.articles;
                    summary.entities += entities;
                    summary.statements += w.quads;
                    on_event(FileEvent::Stored {
                        path: f,
                        articles: w.articles,
                        quads: w.quads,
                    });
                }
                Ok(None) => {
                    summary.skipped_unchanged += 1;
                    on_event(FileEvent::Unchanged { path: f });
                }
                Err(e @ (Error::Store { .. } | Error::StoreLocked { .. })) => return Err(e),
                Err(e) => {
                    on_event(FileEvent::Failed { path: f, error: &e });
                    summary.failed.push(f.display().to_string());
                }
            }
        }
    }
    Ok(summary)
}
