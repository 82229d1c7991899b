//! Shared helpers: a fixture store from our example articles, rows of a
//! query as plain strings, the CLI binary in a temporary directory.

use delegraph::pipeline::Options;
use delegraph::results::{self, Output};
use delegraph::store::GraphStore;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus/NAME`, the dev corpus read in place (never copied).
pub fn corpus(name: &str) -> PathBuf {
    root().join("../shared/corpus").join(name)
}

/// An in-memory store holding every example article.
pub fn example_store() -> GraphStore {
    let store = GraphStore::in_memory().unwrap();
    let summary = delegraph::ingest::ingest(
        &store,
        &[root().join("examples")],
        &Options::default(),
        |e| {
            if let delegraph::ingest::FileEvent::Failed { error, .. } = e {
                panic!("{error}")
            }
        },
    )
    .unwrap();
    assert_eq!(summary.files, 5);
    store
}

/// Rows of a SELECT as column → plain value.
pub fn rows(store: &GraphStore, query: &str) -> Vec<HashMap<String, String>> {
    match results::collect(store.query(query, "test", None).unwrap()).unwrap() {
        Output::Rows { variables, rows } => rows
            .into_iter()
            .map(|r| {
                variables
                    .iter()
                    .zip(r)
                    .filter_map(|(v, t)| t.map(|t| (v.as_str().to_string(), results::plain(&t))))
                    .collect()
            })
            .collect(),
        _ => panic!("not a SELECT"),
    }
}

pub fn cmd(dir: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("delegraph").unwrap();
    c.current_dir(dir);
    c
}
