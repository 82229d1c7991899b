//! The command line end to end: ingest, re-ingest, bad input, query, run,
//! export, remove, demo.

use crate::util::{cmd, corpus, root};
use predicates::prelude::*;
use predicates::str::contains;
use std::path::Path;

/// Ingests one input into the store of `dir`, which must succeed.
fn ingest(dir: &Path, input: impl AsRef<std::ffi::OsStr>) {
    cmd(dir).arg("ingest").arg(input).assert().success();
}

fn export_nq(dir: &Path) -> String {
    let out = cmd(dir)
        .args(["export", "--format", "nquads"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn ingest_twice_leaves_the_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = corpus("cctv-lushengmei-profile.txt");
    cmd(dir.path())
        .arg("ingest")
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("ingested 1 files: 1 articles"));
    let first = export_nq(dir.path());
    assert!(first.contains("路生梅"));
    cmd(dir.path())
        .arg("ingest")
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("1 unchanged skipped"));
    assert_eq!(export_nq(dir.path()), first);
}

#[test]
fn a_changed_file_replaces_its_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(&f, "二十大代表张某某说，很光荣。").unwrap();
    cmd(dir.path()).arg("ingest").arg(&f).assert().success();
    std::fs::write(&f, "二十大代表李某某说，很光荣。").unwrap();
    cmd(dir.path()).arg("ingest").arg(&f).assert().success();
    let nq = export_nq(dir.path());
    assert!(
        nq.contains("李某某") && !nq.contains("张某某"),
        "old graph must be gone"
    );
}

#[test]
fn a_binary_file_is_refused_by_name_and_the_store_kept() {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), corpus("grrb-peichunliang-profile.txt"));
    let before = export_nq(dir.path());
    let bin = dir.path().join("photo.txt");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    cmd(dir.path())
        .arg("ingest")
        .arg(&bin)
        .assert()
        .code(1)
        .stderr(contains("photo.txt").and(contains("byte offset")));
    assert_eq!(export_nq(dir.path()), before);
}

#[test]
fn malformed_sparql_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), corpus("xinhua-delegate-list-excerpt.txt"));
    cmd(dir.path())
        .args(["query", "--query", "SELECT ?x WHERE {\n  ?x ?y \n}"])
        .assert()
        .code(2)
        .stderr(contains("SPARQL syntax error").and(contains("3:")));
}

#[test]
fn query_formats_and_ask() {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), corpus("xinhua-delegate-list-excerpt.txt"));
    let q = "PREFIX dg: <https://w3id.org/delegraph/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dg:Delegate }";
    cmd(dir.path())
        .args(["query", "--format", "csv", "--query", q])
        .assert()
        .success()
        .stdout("n\r\n40\r\n");
    cmd(dir.path())
        .args(["query", "--format", "table", "--query", q])
        .assert()
        .success()
        .stdout(contains("40").and(contains("(1 row)")));
    cmd(dir.path())
        .args(["query", "--format", "json", "--query", "ASK { ?s ?p ?o }"])
        .assert()
        .success()
        .stdout(contains("\"boolean\":true"));
}

#[test]
fn run_writes_one_file_per_saved_query() {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), root().join("examples"));
    cmd(dir.path())
        .args(["run", "--queries-dir"])
        .arg(root().join("queries"))
        .args(["--output-dir", "out"])
        .assert()
        .success();
    let csv = std::fs::read_to_string(dir.path().join("out/election-procedure.csv")).unwrap();
    assert!(csv.contains("推荐提名"), "{csv}");
}

#[test]
fn export_every_format_and_infer_it_from_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    cmd(dir.path())
        .arg("ingest")
        .arg(corpus(
            "cctv-guangxi-delegation-zhuxuelan-zhengzhiming-yangning.txt",
        ))
        .assert()
        .success();
    for ext in ["ttl", "nt", "nq", "trig", "rdf", "jsonld"] {
        let out = format!("g.{ext}");
        cmd(dir.path())
            .args(["export", "--output", &out])
            .assert()
            .success();
        let text = std::fs::read_to_string(dir.path().join(&out)).unwrap();
        assert!(text.contains("祝雪兰"), "{ext} export lacks the delegate");
        // Read back with oxigraph's own parser: the same number of statements.
        let format = oxigraph::io::RdfFormat::from_extension(ext).unwrap();
        let store = oxigraph::store::Store::new().unwrap();
        store.load_from_slice(format, text.as_bytes()).unwrap();
        assert!(store.len().unwrap() > 100, "{ext}");
    }
}

/// `remove` drops a file's graphs; an entity both files name keeps its one
/// description until the last of them goes.
#[test]
fn remove_drops_a_files_graphs_and_entities_go_with_the_last() {
    use delegraph::store::GraphStore;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        corpus("cctv-lushengmei-profile.txt"),
        corpus("grrb-peichunliang-profile.txt"),
    );
    cmd(dir.path())
        .arg("ingest")
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    let store_dir = dir.path().join("delegraph-store");
    let congress = "PREFIX dg: <https://w3id.org/delegraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?c ?label WHERE { ?c a dg:Congress ; rdfs:label ?label }";
    // The union default graph holds each name once, however many articles use it.
    let store = GraphStore::open_read_only(&store_dir).unwrap();
    let rows = crate::util::rows(&store, congress);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["c"], "dgr:congress/cpc-20");
    let duplicated = crate::util::rows(
        &store,
        "SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE { VALUES ?p {
             <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
             <http://www.w3.org/2000/01/rdf-schema#label> } ?s ?p ?o }
         GROUP BY ?s ?p ?o HAVING (COUNT(*) > 1)",
    );
    assert!(duplicated.is_empty(), "{duplicated:?}");
    drop(store);
    cmd(dir.path())
        .arg("remove")
        .arg(&a)
        .assert()
        .success()
        .stdout(contains("removed 1 article graph"));
    let store = GraphStore::open_read_only(&store_dir).unwrap();
    assert_eq!(crate::util::rows(&store, congress).len(), 1);
    let nq = export_nq(dir.path());
    assert!(!nq.contains("路生梅") && nq.contains("裴春亮"));
    drop(store);
    cmd(dir.path()).arg("remove").arg(&b).assert().success();
    let store = GraphStore::open_read_only(&store_dir).unwrap();
    assert!(store.is_empty().unwrap(), "{}", export_nq(dir.path()));
}

#[test]
fn a_store_of_the_old_layout_is_refused_with_what_to_do() {
    use oxigraph::model::{NamedNodeRef, QuadRef};
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("delegraph-store");
    {
        // Before the entity graph, each article graph typed its entities.
        let store = oxigraph::store::Store::open(&store_dir).unwrap();
        store
            .insert(QuadRef::new(
                NamedNodeRef::new("https://w3id.org/delegraph/id/place/beijing-110000").unwrap(),
                oxigraph::model::vocab::rdf::TYPE,
                delegraph::vocab::dg::PLACE,
                NamedNodeRef::new("https://w3id.org/delegraph/id/article/0123456789abcdef-0")
                    .unwrap(),
            ))
            .unwrap();
    }
    cmd(dir.path())
        .arg("ingest")
        .arg(corpus("grrb-peichunliang-profile.txt"))
        .assert()
        .failure()
        .stderr(contains("older delegraph").and(contains("delete it and ingest again")));
    // The store is left as it was.
    let store = oxigraph::store::Store::open_read_only(&store_dir).unwrap();
    assert_eq!(store.len().unwrap(), 1);
}

#[test]
fn demo_builds_and_queries_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    cmd(dir.path()).arg("demo").assert().success().stdout(
        contains("鲁婉清")
            .and(contains("## election-procedure"))
            .and(contains("Delegate")),
    );
}
