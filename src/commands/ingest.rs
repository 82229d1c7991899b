//! `delegraph ingest`: files into the store, with a progress bar on a
//! terminal, a line per file with `--verbose` (and the peak memory at the end).

use crate::cli::IngestArgs;
use anyhow::Context;
use delegraph::ingest::FileEvent;
use delegraph::pipeline::{decode, Options};
use delegraph::store::GraphStore;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::process::ExitCode;

pub fn run(a: IngestArgs) -> anyhow::Result<ExitCode> {
    let encoding = match &a.encoding {
        Some(name) => Some(decode::encoding_by_name(
            std::path::Path::new("--encoding"),
            name,
        )?),
        None => None,
    };
    let opts = Options {
        encoding,
        default_year: a.date,
    };
    let store = GraphStore::open(&a.store.store)
        .with_context(|| format!("opening store {}", a.store.store.display()))?;
    let files = delegraph::ingest::expand(&a.paths)?;
    // A progress bar on a terminal only; --quiet and --verbose replace it.
    // File sizes are read only for the bar.
    let show_bar = !a.quiet && !a.verbose && std::io::stderr().is_terminal();
    let size = |p: &std::path::Path| {
        if show_bar {
            std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
        } else {
            0
        }
    };
    let bar = if show_bar {
        let bar = ProgressBar::new(files.iter().map(|f| size(f)).sum());
        bar.set_style(
            ProgressStyle::with_template(
                "{prefix} {bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
            )
            .expect("progress template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    // Files done, next to the bytes: one event per file, whatever its fate.
    let mut done = 0;
    let mut step = |path: &std::path::Path| {
        done += 1;
        bar.set_prefix(format!("{done}/{} files", files.len()));
        bar.inc(size(path));
    };
    let summary = delegraph::ingest::ingest_files(&store, &files, &opts, |event| match event {
        FileEvent::Stored {
            path,
            articles,
            quads,
        } => {
            step(path);
            if a.verbose {
                eprintln!(
                    "{}: {articles} articles, {quads} statements",
                    path.display()
                );
            }
        }
        FileEvent::Unchanged { path } => {
            step(path);
            if a.verbose {
                eprintln!("{}: unchanged, skipped", path.display());
            }
        }
        FileEvent::Failed { path, error } => {
            step(path);
            bar.suspend(|| eprintln!("delegraph: {error}"));
        }
    })?;
    if summary.files > 0 {
        bar.set_message("compacting the store");
        let start = std::time::Instant::now();
        store.optimize()?;
        if a.verbose {
            eprintln!(
                "compacted the store in {:.1} s",
                start.elapsed().as_secs_f64()
            );
        }
    }
    bar.finish_and_clear();
    if !a.quiet {
        let skipped = if summary.skipped_unchanged > 0 {
            format!(", {} unchanged skipped", summary.skipped_unchanged)
        } else {
            String::new()
        };
        let failed = if summary.failed.is_empty() {
            String::new()
        } else {
            format!(", {} failed", summary.failed.len())
        };
        println!(
            "ingested {} files: {} articles, {} entities, {} statements{skipped}{failed} -> {}",
            summary.files,
            summary.articles,
            summary.entities,
            summary.statements,
            a.store.store.display()
        );
    }
    if a.verbose {
        if let Some(kb) = peak_memory_kb() {
            eprintln!("peak memory: {} MB", kb / 1024);
        }
    }
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// This process's peak resident memory (Linux: `VmHWM`), for `--verbose`.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
