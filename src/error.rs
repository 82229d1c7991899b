//! Typed errors of the library: each names the file, byte offset, line or IRI
//! it is about, so the CLI can print them as they are.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 text at byte offset {offset} (line {line}); convert it to UTF-8 or pass --encoding")]
    Decode {
        path: PathBuf,
        offset: usize,
        line: usize,
    },
    #[error("{path}: looks like a binary file (NUL byte at byte offset {offset}); skipped")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: unknown encoding '{name}'")]
    UnknownEncoding { path: PathBuf, name: String },
    #[error("store {path}: {message}")]
    Store { path: PathBuf, message: String },
    #[error("store {path} is in use by another delegraph process (only one writer at a time); wait for it to finish")]
    StoreLocked { path: PathBuf },
    #[error("{source_name}: SPARQL syntax error: {message}")]
    QuerySyntax {
        source_name: String,
        message: String,
    },
    #[error("query evaluation failed: {0}")]
    QueryEvaluation(String),
    #[error("query timed out after {0} s")]
    QueryTimeout(u64),
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
