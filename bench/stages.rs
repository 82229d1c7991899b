//! Stage timings for `bench/run.py`, each over the same files and printed as
//! one JSON line:
//!
//! - `tag FILE...`: raw jieba-rs `tag` (default dictionary, HMM on) over the
//!   decoded text, one thread: the segmentation floor.
//! - `extract FILE...`: delegraph's pipeline from bytes to quads, no store,
//!   on one thread and then on all cores.
//! - `load STORE FILE.nq`: oxigraph's bulk loader loading an N-Quads file
//!   into a fresh RocksDB store: the write floor.
//! - `optimize STORE`: the time of a full compaction.
//! - `explain STORE FILE.rq`: a query's plan with the rows and time of each
//!   step (oxigraph's explanation, in JSON), for tuning the saved queries.
//! - `tokens TEXT`: delegraph's segmentation of a text (word/part of speech),
//!   for reading why a rule did or did not fire.
//!
//! Files are read into memory first, so disk reads are not timed.

use delegraph::pipeline::{self, Options};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn read_all(paths: &[String]) -> Vec<(PathBuf, Vec<u8>)> {
    paths
        .iter()
        .map(|p| (PathBuf::from(p), std::fs::read(p).expect("readable input")))
        .collect()
}

fn tag(paths: &[String]) {
    let files = read_all(paths);
    let texts: Vec<String> = files
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let jieba = jieba_rs::Jieba::new();
    let start = Instant::now();
    let mut tokens = 0;
    for t in &texts {
        tokens += jieba.tag(t, true).len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(r#"{{"stage":"tag","bytes":{bytes},"tokens":{tokens},"seconds":{secs:.3}}}"#);
}

fn extract(paths: &[String]) {
    let files = read_all(paths);
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let opts = Options::default();
    let run = |(p, b): &(PathBuf, Vec<u8>)| {
        let g = pipeline::process(p, &p.to_string_lossy(), b, &opts).expect("decodable input");
        g.articles.iter().map(|a| a.quads.len()).sum::<usize>()
    };
    delegraph::segment::warm_up();
    let start = Instant::now();
    let quads: usize = files.iter().map(run).sum();
    let one = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let again: usize = files.par_iter().map(run).sum();
    let all = start.elapsed().as_secs_f64();
    assert_eq!(quads, again);
    let threads = rayon::current_num_threads();
    println!(
        r#"{{"stage":"extract","bytes":{bytes},"quads":{quads},"seconds":{one:.3},"threads":{threads},"seconds_all_threads":{all:.3}}}"#
    );
}

fn load(store: &Path, nquads: &Path) {
    let store = oxigraph::store::Store::open(store).expect("store opens");
    let file = std::fs::File::open(nquads).expect("N-Quads file");
    let start = Instant::now();
    let mut loader = store.bulk_loader();
    loader
        .load_from_reader(
            oxigraph::io::RdfFormat::NQuads,
            std::io::BufReader::new(file),
        )
        .expect("valid N-Quads");
    loader.commit().expect("commit");
    let secs = start.elapsed().as_secs_f64();
    let quads = store.len().expect("count");
    println!(r#"{{"stage":"load","quads":{quads},"seconds":{secs:.3}}}"#);
}

/// Compacts a store (RocksDB's full compaction) and reports how long it took.
fn optimize(store: &Path) {
    let store = oxigraph::store::Store::open(store).expect("open store");
    let start = Instant::now();
    store.optimize().expect("optimize");
    let secs = start.elapsed().as_secs_f64();
    println!(r#"{{"stage":"optimize","seconds":{secs:.3}}}"#);
}

/// Runs a query on a store (union default graph, as `delegraph query` does)
/// and prints oxigraph's plan with the rows and time of each step, in JSON.
fn explain(store: &Path, query: &Path) {
    use oxigraph::sparql::{QueryResults, SparqlEvaluator};
    let store = oxigraph::store::Store::open_read_only(store).expect("open store");
    let text = std::fs::read_to_string(query).expect("read query");
    let mut prepared = SparqlEvaluator::new()
        .parse_query(&text)
        .expect("valid query");
    prepared.dataset_mut().set_default_graph_as_union();
    let (results, explanation) = prepared.on_store(&store).compute_statistics().explain();
    if let QueryResults::Solutions(rows) = results.expect("query runs") {
        for row in rows {
            row.expect("row");
        }
    }
    explanation
        .write_in_json(std::io::stdout().lock())
        .expect("write the plan");
    println!();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((cmd, rest)) if cmd == "tag" => tag(rest),
        Some((cmd, rest)) if cmd == "extract" => extract(rest),
        Some((cmd, [store, nq])) if cmd == "load" => load(Path::new(store), Path::new(nq)),
        Some((cmd, [store])) if cmd == "optimize" => optimize(Path::new(store)),
        Some((cmd, [store, query])) if cmd == "explain" => {
            explain(Path::new(store), Path::new(query))
        }
        Some((cmd, [text])) if cmd == "tokens" => {
            let chars: Vec<char> = text.chars().collect();
            for t in delegraph::segment::tag(text) {
                let word: String = chars[t.start..t.end].iter().collect();
                print!("{word}/{:?} ", t.pos);
            }
            println!();
        }
        _ => {
            eprintln!("usage: stages (tag|extract) FILE... | stages load STORE FILE.nq | stages optimize STORE | stages explain STORE FILE.rq | stages tokens TEXT");
            std::process::exit(2);
        }
    }
}
