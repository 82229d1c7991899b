//! `delegraph export`: the store in any RDF format (stdout or a file).

use crate::cli::ExportArgs;
use anyhow::Context;
use delegraph::store::GraphStore;
use oxigraph::io::RdfFormat;
use std::io::Write;
use std::process::ExitCode;

pub fn run(a: ExportArgs) -> anyhow::Result<ExitCode> {
    let format = match (a.format, &a.output) {
        (Some(f), _) => super::rdf_format(f),
        (None, Some(p)) => {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            RdfFormat::from_extension(ext).with_context(|| {
                format!(
                    "cannot tell the RDF format from '{}'; pass --format",
                    p.display()
                )
            })?
        }
        (None, None) => RdfFormat::NQuads,
    };
    let store = GraphStore::open_read_only(&a.store.store)?;
    let n = match &a.output {
        Some(p) => {
            let f =
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            let n = store.export(format, &mut w)?;
            w.flush()?;
            eprintln!(
                "wrote {n} statements ({}) to {}",
                format.name(),
                p.display()
            );
            n
        }
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            let n = store.export(format, &mut w)?;
            w.flush()?;
            n
        }
    };
    let _ = n;
    Ok(ExitCode::SUCCESS)
}
