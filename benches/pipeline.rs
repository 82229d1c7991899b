//! Criterion benches, one per pipeline stage, over the articles of the dev
//! corpus (`../shared/corpus`, read in place), each reporting bytes of
//! article text per second: normalize, segment (jieba with our dictionary),
//! extract (entities, relations, figures), emit (quads) and store (one atomic
//! bulk-loader batch into a fresh RocksDB store).
//!
//! Run: `cargo bench --bench pipeline`. End-to-end figures against the
//! Python peer and the bulk loader come from `bench/run.py`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use delegraph::pipeline::{self, emit, extract, normalize, Options};
use delegraph::store::GraphStore;
use std::hint::black_box;
use std::path::Path;

/// The raw corpus texts and the article texts the pipeline cuts them into.
fn corpus() -> (Vec<String>, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (the benches read ../shared/corpus)", dir.display()))
        .map(|e| e.expect("corpus entry").path())
        .collect();
    paths.sort();
    let raw: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        .collect();
    let articles = raw
        .iter()
        .flat_map(|t| {
            pipeline::process_text("bench", &"0".repeat(64), t, &Options::default()).articles
        })
        .map(|a| a.text)
        .collect();
    (raw, articles)
}

fn stages(c: &mut Criterion) {
    let (raw, articles) = corpus();
    delegraph::segment::warm_up();
    let raw_bytes: u64 = raw.iter().map(|t| t.len() as u64).sum();
    let bytes: u64 = articles.iter().map(|t| t.len() as u64).sum();
    let extractions: Vec<_> = articles.iter().map(|t| extract::extract(t, None)).collect();
    let src = |index| emit::Source {
        file: "bench",
        sha256: "0000000000000000000000000000000000000000000000000000000000000000",
        index,
    };
    let quads: Vec<_> = articles
        .iter()
        .zip(&extractions)
        .enumerate()
        .flat_map(|(i, (t, ex))| emit::article_quads(t, ex, &src(i)).1)
        .collect();

    let mut g = c.benchmark_group("stage");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(raw_bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            raw.iter()
                .map(|t| normalize::normalize(black_box(t)).text.len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("segment", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| delegraph::segment::tag(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| extract::extract(black_box(t), None).mentions.len())
                .sum::<usize>()
        })
    });
    g.bench_function("emit", |b| {
        b.iter(|| {
            articles
                .iter()
                .zip(&extractions)
                .enumerate()
                .map(|(i, (t, ex))| emit::article_quads(black_box(t), ex, &src(i)).1.len())
                .sum::<usize>()
        })
    });
    g.bench_function("store", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temporary directory");
                let store = GraphStore::open(&dir.path().join("store")).expect("store opens");
                (dir, store, quads.clone())
            },
            |(_dir, store, quads)| store.write_quads(quads).expect("written"),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
