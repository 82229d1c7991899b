//! delegraph: Chinese news about CPC congress delegates in, a provenance-rich
//! RDF knowledge graph out.
//!
//! - [`pipeline`]: decode → normalize → split → extract → mint → emit
//! - [`store`]: the Oxigraph store (one named graph per article)
//! - [`ingest`]: files and directories into a store, file by file
//! - [`results`]: SPARQL results as tables, CSV, TSV, JSON, XML
//! - [`lexicon`], [`segment`], [`vocab`]: data, jieba-rs, IRIs

pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod pipeline;
pub mod results;
pub mod segment;
pub mod store;
pub mod vocab;

pub use error::{Error, Result};
