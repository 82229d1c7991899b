//! `delegraph ingest`: files into the store, one transaction per file.

use crate::cli::IngestArgs;
use anyhow::Context;
use delegraph::pipeline::{decode, Options};
use delegraph::store::GraphStore;
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
    let summary =
        delegraph::ingest::ingest(&store, &a.paths, &opts, |e| eprintln!("delegraph: {e}"))?;
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
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
