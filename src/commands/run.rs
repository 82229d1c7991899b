//! `delegraph run`: the saved queries, one result file each (or stdout).

use crate::cli::RunArgs;
use anyhow::Context;
use delegraph::results::{self, Output, ResultFormat};
use delegraph::store::GraphStore;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// The saved queries to run: those named (file or name in the queries
/// directory), else every `.rq` there, in name order.
pub fn select(dir: &Path, names: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    if names.is_empty() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("reading queries directory {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "rq"))
            .collect();
        v.sort();
        return Ok(v);
    }
    names
        .iter()
        .map(|n| {
            let p = PathBuf::from(n);
            if p.exists() {
                return Ok(p);
            }
            let in_dir = dir.join(if n.ends_with(".rq") {
                n.clone()
            } else {
                format!("{n}.rq")
            });
            anyhow::ensure!(
                in_dir.exists(),
                "no saved query '{n}' (looked in {})",
                dir.display()
            );
            Ok(in_dir)
        })
        .collect()
}

/// The `# title:` line of a saved query.
pub fn title(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| {
            l.strip_prefix("# title:")
                .or_else(|| l.strip_prefix("#title:"))
        })
        .map(|t| t.trim().to_string())
}

/// Runs the queries against a store, writing results as `run` does.
pub fn run_queries(
    store: &GraphStore,
    queries: &[PathBuf],
    output_dir: Option<&Path>,
    format: ResultFormat,
    timeout: Option<Duration>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if let Some(d) = output_dir {
        std::fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
    }
    for q in queries {
        let text =
            std::fs::read_to_string(q).with_context(|| format!("reading {}", q.display()))?;
        let name = q
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("query")
            .to_string();
        let output = results::collect(store.query(&text, &q.display().to_string(), timeout)?)?;
        let mut buf: Vec<u8> = Vec::new();
        match &output {
            Output::Rows { variables, rows } => {
                results::write_rows(format, variables, rows, &mut buf)?
            }
            Output::Boolean(b) => results::write_boolean(format, *b, &mut buf)?,
            Output::Graph(t) => results::write_graph(oxigraph::io::RdfFormat::Turtle, t, &mut buf)?,
        }
        match output_dir {
            Some(d) => {
                let ext = if matches!(output, Output::Graph(_)) {
                    "ttl"
                } else {
                    format.extension()
                };
                let path = d.join(format!("{name}.{ext}"));
                std::fs::write(&path, &buf)
                    .with_context(|| format!("writing {}", path.display()))?;
                writeln!(out, "{} -> {}", name, path.display())?;
            }
            None => {
                let t = title(&text).unwrap_or_default();
                writeln!(out, "## {name}: {t}")?;
                out.write_all(&buf)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

pub fn run(a: RunArgs) -> anyhow::Result<ExitCode> {
    let queries = select(&a.queries_dir, &a.queries)?;
    let store = GraphStore::open_read_only(&a.store.store)?;
    let format = match (a.format, &a.output_dir) {
        // To stdout, results go with headers: a table reads best there even
        // when piped.
        (None, None) => ResultFormat::Table,
        (f, _) => super::result_format(f, false),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    run_queries(
        &store,
        &queries,
        a.output_dir.as_deref(),
        format,
        a.timeout.map(Duration::from_secs),
        &mut out,
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
