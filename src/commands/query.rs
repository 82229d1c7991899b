//! `delegraph query`: one SPARQL query over the union of all article graphs.

use crate::cli::QueryArgs;
use anyhow::Context;
use delegraph::results::{self, Output};
use delegraph::store::GraphStore;
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

pub fn run(a: QueryArgs) -> anyhow::Result<ExitCode> {
    let (text, name) = match (&a.query, &a.file) {
        (Some(q), _) => (q.clone(), "--query".to_string()),
        (None, Some(f)) => (
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?,
            f.display().to_string(),
        ),
        (None, None) => anyhow::bail!("give a query file or --query"),
    };
    let store = GraphStore::open_read_only(&a.store.store)?;
    let results = store.query(&text, &name, a.timeout.map(Duration::from_secs))?;
    let output = results::collect(results).map_err(|e| match e {
        delegraph::Error::QueryTimeout(_) => delegraph::Error::QueryTimeout(a.timeout.unwrap_or(0)),
        e => e,
    })?;
    let to_terminal = a.output.is_none() && super::stdout_is_terminal();
    let format = super::result_format(a.format, to_terminal);
    let mut w: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match output {
        Output::Rows { variables, rows } => results::write_rows(format, &variables, &rows, &mut w)?,
        Output::Boolean(b) => results::write_boolean(format, b, &mut w)?,
        Output::Graph(t) => results::write_graph(super::rdf_format(a.rdf_format), &t, &mut w)?,
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}
