//! `delegraph demo`: the README's main job on the bundled examples — ingest
//! them into a temporary store, show what was extracted, run the saved queries.

use crate::cli::DemoArgs;
use anyhow::Context;
use delegraph::pipeline::Options;
use delegraph::results::ResultFormat;
use delegraph::store::GraphStore;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn bundled(dir: &str) -> PathBuf {
    let local = PathBuf::from(dir);
    if local.is_dir() {
        local
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir)
    }
}

pub fn run(a: DemoArgs) -> anyhow::Result<ExitCode> {
    let examples = a.examples.unwrap_or_else(|| bundled("examples"));
    let tmp = tempfile::tempdir().context("creating a temporary store")?;
    let store_dir = a.store.unwrap_or_else(|| tmp.path().join("store"));
    let store = GraphStore::open(&store_dir)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    writeln!(
        out,
        "# delegraph demo: {} -> {}",
        examples.display(),
        store_dir.display()
    )?;
    let files = delegraph::ingest::expand(std::slice::from_ref(&examples))?;
    let mut failed = 0;
    for f in &files {
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        let source = delegraph::ingest::source_name(f);
        let graphs = match delegraph::pipeline::process(f, &source, &bytes, &Options::default()) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("delegraph: {e}");
                failed += 1;
                continue;
            }
        };
        for art in &graphs.articles {
            let ex = &art.extraction;
            let title = ex.meta.title.clone().unwrap_or_else(|| "(untitled)".into());
            writeln!(
                out,
                "\n{} [{}]",
                f.file_name().unwrap_or_default().to_string_lossy(),
                title
            )?;
            let mut line = |label: &str,
                            kind: delegraph::pipeline::extract::Kind|
             -> std::io::Result<()> {
                let mut names: Vec<&str> = ex
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| e.kind == kind && ex.mentions.iter().any(|m| m.entity == *i))
                    .map(|(_, e)| e.label.as_str())
                    .collect();
                names.sort();
                names.dedup();
                if !names.is_empty() {
                    writeln!(out, "  {label:<14} {}", names.join(" "))?;
                }
                Ok(())
            };
            use delegraph::pipeline::extract::Kind;
            line("persons", Kind::Person)?;
            line("organizations", Kind::Organization)?;
            line("places", Kind::Place)?;
            line("honors", Kind::Honor)?;
            line("procedures", Kind::Procedure)?;
            let delegates: Vec<&str> = ex
                .entities
                .iter()
                .filter(|e| e.delegate_to.is_some())
                .map(|e| e.label.as_str())
                .collect();
            if !delegates.is_empty() {
                writeln!(out, "  {:<14} {}", "delegates", delegates.join(" "))?;
            }
            writeln!(
                out,
                "  {:<14} {} figures, {} relations, {} statements",
                "totals",
                ex.statistics.len(),
                ex.relations.len(),
                art.quads.len()
            )?;
        }
        store.replace_file(&graphs)?;
    }
    writeln!(out, "\n# saved queries")?;
    let queries = super::run::select(&bundled("queries"), &[])?;
    super::run::run_queries(&store, &queries, None, ResultFormat::Table, None, &mut out)?;
    writeln!(out, "# store statistics")?;
    super::stats::print(&store, &mut out)?;
    out.flush()?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
