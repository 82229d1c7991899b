//! `delegraph extract`: what the pipeline reads in files, printed for a
//! person (no store is touched). `demo` prints the same summary.

use crate::cli::ExtractArgs;
use anyhow::Context;
use delegraph::pipeline::extract::{Kind, Object};
use delegraph::pipeline::{ArticleGraph, Options};
use std::io::Write;
use std::process::ExitCode;

/// A few lines per article: names per class, delegates, totals.
pub fn summarize(art: &ArticleGraph, verbose: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let ex = &art.extraction;
    let title = ex.meta.title.clone().unwrap_or_else(|| "(untitled)".into());
    writeln!(
        out,
        "  [{}] {}",
        art.iri.as_str().rsplit('/').next().unwrap_or(""),
        title
    )?;
    let name = |i: usize| ex.entities[i].label.as_str();
    let date = ex
        .meta
        .date
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or_else(|| "-".into());
    let authors: Vec<&str> = ex.meta.authors.iter().map(|&a| name(a)).collect();
    let place = ex.meta.dateline_place.map(name).unwrap_or("-");
    writeln!(
        out,
        "    {:<14} {date}  dateline: {place}  by: {}",
        "article",
        authors.join(" ")
    )?;
    for (label, kind) in [
        ("persons", Kind::Person),
        ("organizations", Kind::Organization),
        ("places", Kind::Place),
        ("honors", Kind::Honor),
        ("procedures", Kind::Procedure),
    ] {
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
            writeln!(out, "    {label:<14} {}", names.join(" "))?;
        }
    }
    let delegates: Vec<&str> = ex
        .entities
        .iter()
        .filter(|e| e.delegate_to.is_some())
        .map(|e| e.label.as_str())
        .collect();
    if !delegates.is_empty() {
        writeln!(out, "    {:<14} {}", "delegates", delegates.join(" "))?;
    }
    if verbose {
        for r in &ex.relations {
            let o = match &r.object {
                Object::Entity(o) => name(*o).to_string(),
                Object::Text(t) => format!("\"{t}\""),
            };
            writeln!(out, "    {:?}: {} -> {}", r.pred, name(r.subject), o)?;
        }
        for s in &ex.statistics {
            writeln!(
                out,
                "    figure: {} count={:?} percent={:?} value={:?} consistent={:?}",
                s.label, s.count, s.percent, s.value, s.consistent
            )?;
        }
    }
    writeln!(
        out,
        "    {:<14} {} figures, {} relations, {} statements",
        "totals",
        ex.statistics.len(),
        ex.relations.len(),
        art.quads.len()
    )
}

pub fn run(a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let opts = Options {
        encoding: None,
        default_year: a.date,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for f in delegraph::ingest::expand(&a.paths)? {
        let bytes = std::fs::read(&f).with_context(|| format!("reading {}", f.display()))?;
        // Articles are printed as they come; the file name goes first.
        let mut header = false;
        let mut each = |art: ArticleGraph| -> delegraph::error::Result<()> {
            if !header {
                writeln!(out, "{}", f.display())?;
                header = true;
            }
            summarize(&art, a.verbose, &mut out)?;
            Ok(())
        };
        let source = delegraph::ingest::source_name(&f);
        let sha = delegraph::pipeline::mint::sha256_hex(&bytes);
        match delegraph::pipeline::process_each(&f, &source, &sha, &bytes, &opts, &mut each) {
            Ok(_) if !header => writeln!(out, "{}", f.display())?,
            Ok(_) => {}
            Err(e) => {
                eprintln!("delegraph: {e}");
                failed = true;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
