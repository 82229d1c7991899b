//! Ingest: turns paths (files, directories walked recursively in name order,
//! or `-` for standard input) into stored article graphs. A file that fails
//! is reported and skipped; the others go on (ripgrep's way), and the
//! caller learns how many failed.

use crate::error::{Error, Result};
use crate::pipeline::{self, ArticleGraph, Options};
use crate::store::GraphStore;
use oxigraph::model::Quad;
use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender};

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

/// Statements gathered before they are written in one atomic batch: large
/// enough for the bulk loader's speed, small enough to bound memory.
const BATCH_QUADS: usize = 50_000;

/// Messages in flight between the extracting workers and the writer.
const CHANNEL: usize = 16;

/// Statements extracted but not yet taken by the writer: workers wait above
/// this, so memory stays flat however far extraction runs ahead, even when
/// articles are huge (an article larger than this passes alone).
const IN_FLIGHT_QUADS: usize = 150_000;

/// A count of statements in flight that workers wait on; once the writer
/// has stopped, nobody waits.
#[derive(Default)]
struct Budget {
    /// Statements in flight, and whether the writer has stopped.
    state: std::sync::Mutex<(usize, bool)>,
    freed: std::sync::Condvar,
}

impl Budget {
    fn take(&self, n: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !s.1 && s.0 > 0 && s.0 + n > IN_FLIGHT_QUADS {
            s = self.freed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += n;
    }

    fn give(&self, n: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 = s.0.saturating_sub(n);
        self.freed.notify_all();
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.freed.notify_all();
    }
}

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

/// From the workers to the writer, per file (by index): `Start` (source and
/// hash) before its first article, then its articles, then `End`.
enum Msg {
    Start(String, String),
    Article(usize, Box<ArticleGraph>),
    End(usize, Result<Outcome>),
}

enum Outcome {
    Done,
    Unchanged,
}

/// Ingests every input: extraction runs in parallel over the cores while
/// one writer stores finished articles in batches. Per-file errors are
/// reported through `on_event` and the run goes on; a store error stops it.
pub fn ingest(
    store: &GraphStore,
    inputs: &[PathBuf],
    opts: &Options,
    on_event: impl FnMut(FileEvent<'_>),
) -> Result<Summary> {
    ingest_files(store, &expand(inputs)?, opts, on_event)
}

/// Reads and extracts one file, sending its articles as they are ready; a
/// file the store holds unchanged is skipped. The old graphs of a changed
/// file go only once its new text has decoded.
fn work(
    store: &GraphStore,
    i: usize,
    path: &Path,
    opts: &Options,
    tx: &SyncSender<Msg>,
    budget: &Budget,
) -> Result<Outcome> {
    let bytes = read(path)?;
    let source = source_name(path);
    let sha = pipeline::mint::sha256_hex(&bytes);
    if store.recorded_sha(&source)?.as_deref() == Some(sha.as_str()) {
        return Ok(Outcome::Unchanged);
    }
    let gone = || Error::Other("ingest stopped".into());
    let mut started = false;
    let start = |started: &mut bool| {
        if !*started {
            *started = true;
            tx.send(Msg::Start(source.clone(), sha.clone()))
                .map_err(|_| gone())?;
        }
        Ok::<_, Error>(())
    };
    pipeline::process_each(path, &source, &sha, &bytes, opts, |a| {
        start(&mut started)?;
        budget.take(a.quads.len());
        tx.send(Msg::Article(i, Box::new(a))).map_err(|_| gone())
    })?;
    start(&mut started)?;
    Ok(Outcome::Done)
}

/// The writer's side: articles gathered into batches. A file's first
/// article is held back and written with (or after) its last, since the
/// store reads a file's hash from its first article.
struct Writer<'s> {
    out: crate::store::BatchWriter<'s>,
    batch: Vec<Quad>,
    held: HashMap<usize, ArticleGraph>,
    /// Per file in progress: articles, statements, entities.
    counts: HashMap<usize, (usize, usize, usize)>,
}

impl Writer<'_> {
    fn add(&mut self, a: ArticleGraph) -> Result<()> {
        self.batch.extend(a.quads);
        if self.batch.len() >= BATCH_QUADS {
            self.out.write(std::mem::take(&mut self.batch))?;
        }
        Ok(())
    }

    /// Stores every statement gathered so far.
    fn flush(&mut self) -> Result<()> {
        self.out.write(std::mem::take(&mut self.batch))?;
        self.out.finish()
    }
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
    let (tx, rx) = sync_channel::<Msg>(CHANNEL);
    let mut shas = std::collections::HashSet::new();
    let budget = Budget::default();
    let mut w = Writer {
        out: store.writer(),
        batch: Vec::new(),
        held: HashMap::new(),
        counts: HashMap::new(),
    };
    std::thread::scope(|scope| {
        let budget = &budget;
        scope.spawn(move || {
            files.par_iter().enumerate().for_each(|(i, f)| {
                let r = work(store, i, f, opts, &tx, budget);
                // The writer has stopped (a store error) when this fails.
                let _ = tx.send(Msg::End(i, r));
            });
        });
        // Leaving on a store error drops `rx` and closes the budget: the
        // workers' sends fail and they stop.
        let written = (|| {
            for msg in rx {
                match msg {
                    Msg::Start(source, sha) => {
                        // The same content met twice in one run: the copy in the
                        // batch must be stored before the later one replaces it.
                        if !shas.insert(sha.clone()) {
                            w.flush()?;
                        }
                        store.clear_file(&source, &sha)?;
                    }
                    Msg::Article(i, a) => {
                        budget.give(a.quads.len());
                        let c = w.counts.entry(i).or_default();
                        c.0 += 1;
                        c.1 += a.quads.len();
                        c.2 += a
                            .extraction
                            .mentions
                            .iter()
                            .map(|m| m.entity)
                            .collect::<BTreeSet<_>>()
                            .len();
                        if is_first(&a) {
                            w.held.insert(i, *a);
                        } else {
                            w.add(*a)?;
                        }
                    }
                    Msg::End(i, r) => {
                        let f = &files[i];
                        let (articles, quads, entities) = w.counts.remove(&i).unwrap_or_default();
                        match r {
                            Ok(Outcome::Done) => {
                                if let Some(first) = w.held.remove(&i) {
                                    w.add(first)?;
                                }
                                summary.files += 1;
                                summary.articles += articles;
                                summary.entities += entities;
                                summary.statements += quads;
                                on_event(FileEvent::Stored {
                                    path: f,
                                    articles,
                                    quads,
                                });
                            }
                            Ok(Outcome::Unchanged) => {
                                summary.skipped_unchanged += 1;
                                on_event(FileEvent::Unchanged { path: f });
                            }
                            Err(e @ (Error::Store { .. } | Error::StoreLocked { .. })) => {
                                return Err(e)
                            }
                            Err(e) => {
                                w.held.remove(&i);
                                on_event(FileEvent::Failed { path: f, error: &e });
                                summary.failed.push(f.display().to_string());
                            }
                        }
                    }
                }
            }
            w.flush()
        })();
        budget.close();
        written
    })?;
    Ok(summary)
}

fn is_first(a: &ArticleGraph) -> bool {
    a.iri.as_str().ends_with("-0")
}
