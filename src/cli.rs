//! Command-line interface: clap types only. Each `///` line is `--help` text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Build a provenance-rich RDF knowledge graph from Chinese news about CPC
/// congress delegates, query it with SPARQL, export it in every RDF format.
#[derive(Debug, Parser)]
#[command(name = "delegraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles from files, directories (recursively) or `-` (stdin) into the store
    Ingest(IngestArgs),
    /// Run one SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all articles
    Query(QueryArgs),
    /// Run the saved research queries (all of queries/, or those named)
    Run(RunArgs),
    /// Write the whole graph in an RDF format
    Export(ExportArgs),
    /// Count articles, statements and entities per class
    Stats(StoreArg),
    /// Show what the pipeline extracts from files, without a store
    Extract(ExtractArgs),
    /// Remove an article graph (by article IRI) or every graph of a source file
    Remove(RemoveArgs),
    /// Build a graph from the bundled example articles in a temporary store and show it
    Demo(DemoArgs),
}

#[derive(Debug, clap::Args)]
pub struct StoreArg {
    /// Store directory (RocksDB)
    #[arg(long, short = 's', default_value = "delegraph-store")]
    pub store: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files, directories (walked recursively: *.txt, *.html) or `-` for stdin
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Decode every input with this encoding (e.g. gb18030, utf-16le) instead of detecting it
    #[arg(long)]
    pub encoding: Option<String>,
    /// Year for datelines that give only month and day, when the text names no year or congress
    #[arg(long, value_name = "YEAR")]
    pub date: Option<i32>,
    /// Print nothing but errors
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print one line per file
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ResultFormatArg {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RdfFormatArg {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// File holding the query (.rq)
    #[arg(conflicts_with = "query", required_unless_present = "query")]
    pub file: Option<PathBuf>,
    /// The query text itself
    #[arg(long)]
    pub query: Option<String>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Result format of SELECT/ASK (default: table on a terminal, csv otherwise)
    #[arg(long, short = 'f')]
    pub format: Option<ResultFormatArg>,
    /// RDF format of CONSTRUCT/DESCRIBE results
    #[arg(long, default_value = "turtle")]
    pub rdf_format: RdfFormatArg,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Stop the query after this many seconds
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Saved queries to run, by file or name (default: every .rq in --queries)
    pub queries: Vec<String>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Directory of saved queries
    #[arg(long, default_value = "queries")]
    pub queries_dir: PathBuf,
    /// Write one result file per query here, named after the query
    #[arg(long, short = 'o')]
    pub output_dir: Option<PathBuf>,
    /// Result format (default: table to stdout, csv to files)
    #[arg(long, short = 'f')]
    pub format: Option<ResultFormatArg>,
    /// Stop each query after this many seconds
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// RDF format (default: from the output file's extension, else N-Quads)
    #[arg(long, short = 'f')]
    pub format: Option<RdfFormatArg>,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files to read
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Year for datelines that give only month and day
    #[arg(long, value_name = "YEAR")]
    pub date: Option<i32>,
    /// Also list every relation and figure
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// A source file as ingested, or an article IRI
    pub target: String,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Directory of example articles (default: the bundled examples/)
    #[arg(long)]
    pub examples: Option<PathBuf>,
    /// Keep the demo store here instead of a temporary directory
    #[arg(long)]
    pub store: Option<PathBuf>,
}
