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
        writeln!(
            out,
            "\n{}",
            f.file_name().unwrap_or_default().to_string_lossy()
        )?;
        for art in &graphs.articles {
            super::extract::summarize(art, false, &mut out)?;
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
