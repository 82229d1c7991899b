//! Bad and unusual input: other encodings, HTML pages, full-width digits,
//! empty files, over-long lines, deep nesting, a busy store, a killed
//! ingest, runaway and malformed queries. One case per item.

use crate::util::cmd;
use delegraph::pipeline::{process, Options};
use predicates::prelude::*;
use predicates::str::contains;
use std::path::Path;

const STORY: &str = "二十大代表风采\n钱晓云：为了孩子\n钱晓云是党的二十大代表，北京儿童医院重症医学科主任。钱晓云说，很光荣。\n（新华社北京9月26日电 记者李晓明）";

/// Every mention of every article equals its slice of the article text.
fn exact(path: &Path, bytes: &[u8]) -> usize {
    let g = process(path, "t", bytes, &Options::default()).unwrap();
    let mut n = 0;
    for a in &g.articles {
        let chars: Vec<char> = a.text.chars().collect();
        for m in &a.extraction.mentions {
            assert!(m.end <= chars.len());
            n += 1;
        }
        for q in &a.quads {
            if q.predicate.as_str().ends_with("#anchorOf") {
                let iri = q.subject.to_string();
                if let Some(frag) = iri.split("#char=").nth(1) {
                    let (b, e) = frag.trim_end_matches('>').split_once(',').unwrap();
                    let (b, e): (usize, usize) = (b.parse().unwrap(), e.parse().unwrap());
                    let slice: String = chars[b..e].iter().collect();
                    assert_eq!(q.object.to_string(), format!("\"{slice}\""));
                }
            }
        }
    }
    n
}

fn labels(path: &Path, bytes: &[u8]) -> Vec<String> {
    let g = process(path, "t", bytes, &Options::default()).unwrap();
    g.articles
        .iter()
        .flat_map(|a| {
            a.extraction
                .entities
                .iter()
                .map(|e| e.label.clone())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn gb18030_and_utf16_are_decoded() {
    let (gbk, _, _) = encoding_rs::GB18030.encode(STORY);
    assert!(labels(Path::new("g.txt"), &gbk).contains(&"钱晓云".to_string()));
    let mut utf16 = vec![0xFF, 0xFE];
    for u in STORY.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    assert!(labels(Path::new("u.txt"), &utf16).contains(&"钱晓云".to_string()));
    assert!(exact(Path::new("g.txt"), &gbk) > 3);
}

#[test]
fn forced_encoding_that_does_not_fit_names_file_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), b"ok\n\xff\xfe\xfd").unwrap();
    cmd(dir.path())
        .args(["ingest", "--encoding", "utf-8", "a.txt"])
        .assert()
        .code(1)
        .stderr(contains("a.txt").and(contains("byte offset 3")));
}

#[test]
fn an_html_page_gives_its_article_text() {
    let html = format!(
        "<!DOCTYPE html><html><head><script>var a='钱晓云说';</script></head><body><nav>首页 要闻 王某某说</nav><div>{}</div><footer>版权</footer></body></html>",
        STORY.replace('\n', "<br>")
    );
    let g = process(
        Path::new("page.html"),
        "t",
        html.as_bytes(),
        &Options::default(),
    )
    .unwrap();
    let text: String = g.articles.iter().map(|a| a.text.clone()).collect();
    assert!(text.starts_with("二十大代表风采"), "{text}");
    assert!(!text.contains("首页") && !text.contains("var a") && !text.contains("版权"));
    assert!(labels(Path::new("page.html"), html.as_bytes()).contains(&"钱晓云".to_string()));
}

#[test]
fn full_width_figures_are_read_and_offsets_hold() {
    let text = "当选代表１００名。其中，女党员３０名，占３０．０％。";
    let g = process(
        Path::new("f.txt"),
        "t",
        text.as_bytes(),
        &Options::default(),
    )
    .unwrap();
    let st = &g.articles[0].extraction.statistics;
    let women = st.iter().find(|s| s.label == "女党员").expect("figure");
    assert_eq!((women.count, women.percent), (Some(30), Some(30.0)));
    assert!(g.articles[0].text.contains("30.0%"));
    exact(Path::new("f.txt"), text.as_bytes());
}

#[test]
fn empty_and_blank_files_give_nothing_and_no_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(dir.path().join("blank.txt"), " \n\u{3000}\r\n\t".as_bytes()).unwrap();
    cmd(dir.path())
        .args(["ingest", "empty.txt", "blank.txt"])
        .assert()
        .success()
        .stdout(contains("ingested 2 files: 0 articles"));
}

#[test]
fn a_long_line_without_newline_is_read_in_windows() {
    let unit = "二十大代表张晓红说，乡村变美了。当选代表中，女党员619名，占27.0%。";
    let line = unit.repeat(2_000_000 / unit.len());
    let n = exact(Path::new("long.txt"), line.as_bytes());
    assert!(n > 1000, "{n} mentions");
}

#[test]
fn a_100_mb_file_is_ingested_in_bounded_memory() {
    // 2,000 distinct short articles, each followed by 50 KB of blank lines
    // (the padding of a badly saved archive): about 100 MB in one file.
    let dir = tempfile::tempdir().unwrap();
    let pad = format!("{}\n", " \u{3000}".repeat(4)).repeat(50_000 / 13);
    let mut text = String::with_capacity(101 << 20);
    for i in 0..2000 {
        text.push_str(&STORY.replace('。', &format!("（{i}）。")));
        text.push('\n');
        text.push_str(&pad);
    }
    assert!(text.len() > 100_000_000, "{} bytes", text.len());
    std::fs::write(dir.path().join("big.txt"), &text).unwrap();
    drop(text);
    let mb = peak_memory_mb(dir.path(), "big.txt", "ingested 1 files: 2000 articles");
    eprintln!("peak memory ingesting 100 MB: {mb} MB");
    // The file itself is held once (100 MB); whole-file character maps would take 1.2 GB.
    assert!(mb < 400, "peak memory {mb} MB");
}

/// Ingests `file` with `--verbose`, checks the summary line and returns the
/// peak memory the binary reports.
fn peak_memory_mb(dir: &Path, file: &str, summary: &str) -> u64 {
    let out = cmd(dir)
        .args(["ingest", "--verbose", file])
        .assert()
        .success()
        .stdout(contains(summary))
        .get_output()
        .clone();
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("peak memory: "))
        .and_then(|l| l.trim_end_matches(" MB").parse().ok())
        .expect("peak memory line")
}

#[test]
fn a_10_mb_line_is_cut_into_articles_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let unit = format!(
        "二十大代表张晓红说，乡村变美了。{}",
        "大家一致认为，新时代的成就来之不易，我们要继续努力奋斗。".repeat(3)
    );
    std::fs::write(
        dir.path().join("line.txt"),
        unit.repeat(10_000_000 / unit.len()),
    )
    .unwrap();
    // Cut after sentence ends into articles of at most MAX_ARTICLE characters.
    let mb = peak_memory_mb(dir.path(), "line.txt", "ingested 1 files: 51 articles");
    eprintln!("peak memory ingesting a 10 MB line: {mb} MB");
    // Held as one article it took 1 GB.
    assert!(mb < 300, "peak memory {mb} MB");
}

#[test]
fn deep_nesting_does_not_panic() {
    let deep = format!(
        "{}代表王某某说{}",
        "（“『「‘".repeat(20_000),
        "’」』”）".repeat(20_000)
    );
    exact(Path::new("deep.txt"), deep.as_bytes());
    let odd = "）））”””名名名%%%占占占。。。".repeat(1000);
    exact(Path::new("odd.txt"), odd.as_bytes());
}

#[test]
fn inputs_the_fuzzer_found_do_not_panic() {
    // GB18030 for 部 alone: an organization suffix at the very start.
    let g = process(Path::new("f.txt"), "f", &[178, 191], &Options::default()).unwrap();
    assert_eq!(g.articles[0].text, "部");
    assert!(g.articles[0].extraction.mentions.is_empty());
}

#[test]
fn a_second_writer_is_told_the_store_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    // The first writer holds the store while it waits for standard input.
    let mut first = std::process::Command::new(assert_cmd::cargo::cargo_bin("delegraph"))
        .current_dir(dir.path())
        .args(["ingest", "-"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let store = dir.path().join("delegraph-store");
    for _ in 0..100 {
        if store.join("LOCK").exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    cmd(dir.path())
        .args(["ingest", "-"])
        .write_stdin(STORY)
        .assert()
        .code(2)
        .stderr(contains("in use by another delegraph process"));
    use std::io::Write;
    first
        .stdin
        .take()
        .unwrap()
        .write_all(STORY.as_bytes())
        .unwrap();
    assert!(first.wait().unwrap().success());
    // Readers work once nothing writes.
    cmd(dir.path())
        .args(["export", "--format", "nquads"])
        .assert()
        .success()
        .stdout(contains("钱晓云"));
}

#[test]
fn a_killed_ingest_leaves_whole_articles_only_and_a_rerun_completes_it() {
    use delegraph::store::GraphStore;
    const FILES: usize = 200;
    const PER_FILE: usize = 30;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for i in 0..FILES {
        // Every sentence differs (repeated paragraphs are dropped as page-break artefacts).
        let text: Vec<String> = (0..PER_FILE)
            .map(|k| STORY.replace('。', &format!("（{i}-{k}）。")))
            .collect();
        std::fs::write(input.join(format!("{i:04}.txt")), text.join("\n")).unwrap();
    }
    let store_dir = dir.path().join("delegraph-store");
    let graphs = |store: &GraphStore| {
        let q = "PREFIX dg: <https://w3id.org/delegraph/ontology#>
                 SELECT ?g ?src WHERE { GRAPH ?g { ?g dg:sourceFile ?src } }";
        crate::util::rows(store, q)
    };
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("delegraph"))
        .current_dir(dir.path())
        .args(["ingest", "--quiet", "in"])
        .spawn()
        .unwrap();
    // Kill (SIGKILL) as soon as the first batch is in, mid-way through the run.
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let seen = GraphStore::open_read_only(&store_dir)
            .map(|s| !graphs(&s).is_empty())
            .unwrap_or(false);
        if seen || child.try_wait().unwrap().is_some() {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let store = GraphStore::open(&store_dir).unwrap();
    let rows = graphs(&store);
    assert!(
        !rows.is_empty() && rows.len() < FILES * PER_FILE,
        "{} stored",
        rows.len()
    );
    for r in &rows {
        let src = &r["src"];
        let bytes = std::fs::read(src).unwrap();
        let fresh = process(Path::new(src), src, &bytes, &Options::default()).unwrap();
        let graph =
            oxigraph::model::NamedNode::new(r["g"].replace("dgr:", delegraph::vocab::ID_BASE))
                .unwrap();
        let article = fresh.articles.iter().find(|a| a.iri == graph).unwrap();
        let (own, described): (Vec<_>, Vec<_>) = article
            .quads
            .iter()
            .partition(|q| q.graph_name == graph.clone().into());
        assert_eq!(
            store.graph_len(&graph).unwrap(),
            own.len(),
            "article {graph} is partial"
        );
        for q in described {
            assert!(store.contains(q.as_ref()).unwrap(), "{q} missing");
        }
    }
    eprintln!(
        "{} of {} articles were stored before the kill",
        rows.len(),
        FILES * PER_FILE
    );
    drop(store);
    // A file cut short counts as not ingested: the rerun completes every file.
    crate::util::cmd(dir.path())
        .args(["ingest", "--quiet", "in"])
        .assert()
        .success();
    let store = GraphStore::open_read_only(&store_dir).unwrap();
    assert_eq!(graphs(&store).len(), FILES * PER_FILE);
}

#[test]
fn a_runaway_query_stops_at_its_timeout() {
    let dir = tempfile::tempdir().unwrap();
    cmd(dir.path())
        .args(["ingest", "-"])
        .write_stdin(STORY.repeat(20))
        .assert()
        .success();
    let started = std::time::Instant::now();
    cmd(dir.path())
        .args([
            "query",
            "--timeout",
            "1",
            "--query",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
        ])
        .assert()
        .code(2)
        .stderr(contains("timed out after 1 s"));
    assert!(started.elapsed().as_secs() < 30);
}
