//! `delegraph stats`: what the store holds.

use crate::cli::StoreArg;
use delegraph::results::{self, Output};
use delegraph::store::GraphStore;
use std::process::ExitCode;

/// Counts per class over the union of the article graphs.
pub const STATS_QUERY: &str = "PREFIX dg: <https://w3id.org/delegraph/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { dg:Article dg:Person dg:Delegate dg:Organization dg:Place dg:Honor dg:Procedure dg:Statistic dg:Congress dg:Mention dg:Evidence }
  ?x a ?class
} GROUP BY ?class ORDER BY ?class";

pub fn run(a: StoreArg) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open_read_only(&a.store)?;
    print(&store, &mut std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}

pub fn print(store: &GraphStore, w: &mut dyn std::io::Write) -> anyhow::Result<()> {
    writeln!(w, "statements: {}", store.len()?)?;
    if let Output::Rows { rows, .. } = results::collect(store.query(STATS_QUERY, "stats", None)?)? {
        for r in rows {
            let class = r[0].as_ref().map(results::plain).unwrap_or_default();
            let n = r[1].as_ref().map(results::plain).unwrap_or_default();
            writeln!(w, "{:<16} {n}", class.trim_start_matches("dg:"))?;
        }
    }
    Ok(())
}
