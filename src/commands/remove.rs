//! `delegraph remove`: drop an article graph, or all graphs of a source file.

use crate::cli::RemoveArgs;
use delegraph::store::GraphStore;
use std::process::ExitCode;

pub fn run(a: RemoveArgs) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open(&a.store.store)?;
    let as_file = std::path::Path::new(&a.target);
    let key = if as_file.exists() {
        delegraph::ingest::source_name(as_file)
    } else {
        a.target.clone()
    };
    let n = store.remove(&key)?;
    if n == 0 {
        eprintln!(
            "delegraph: nothing in {} matches '{}'",
            a.store.store.display(),
            a.target
        );
        return Ok(ExitCode::from(1));
    }
    println!("removed {n} article graph{}", if n == 1 { "" } else { "s" });
    Ok(ExitCode::SUCCESS)
}
