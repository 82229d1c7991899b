//! One file per subcommand: each wires arguments to the library.

mod demo;
mod export;
mod extract;
mod ingest;
mod query;
mod remove;
mod run;
mod stats;

use crate::cli::{Cli, Command, RdfFormatArg, ResultFormatArg};
use delegraph::results::ResultFormat;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use std::io::IsTerminal;
use std::process::ExitCode;

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Ingest(a) => ingest::run(a),
        Command::Query(a) => query::run(a),
        Command::Run(a) => run::run(a),
        Command::Export(a) => export::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Remove(a) => remove::run(a),
        Command::Demo(a) => demo::run(a),
    }
}

pub fn result_format(arg: Option<ResultFormatArg>, to_terminal: bool) -> ResultFormat {
    match arg {
        Some(ResultFormatArg::Table) => ResultFormat::Table,
        Some(ResultFormatArg::Csv) => ResultFormat::Csv,
        Some(ResultFormatArg::Tsv) => ResultFormat::Tsv,
        Some(ResultFormatArg::Json) => ResultFormat::Json,
        Some(ResultFormatArg::Xml) => ResultFormat::Xml,
        None if to_terminal => ResultFormat::Table,
        None => ResultFormat::Csv,
    }
}

pub fn rdf_format(arg: RdfFormatArg) -> RdfFormat {
    match arg {
        RdfFormatArg::Turtle => RdfFormat::Turtle,
        RdfFormatArg::Ntriples => RdfFormat::NTriples,
        RdfFormatArg::Nquads => RdfFormat::NQuads,
        RdfFormatArg::Trig => RdfFormat::TriG,
        RdfFormatArg::Rdfxml => RdfFormat::RdfXml,
        RdfFormatArg::Jsonld => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
    }
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}
