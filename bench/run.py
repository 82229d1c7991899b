#!/usr/bin/env python3
"""End-to-end benchmark of delegraph against its peers, on the same files.

Usage: python3 bench/run.py [--docs 1000 2000 10000] [--peer-docs N] [--out DIR]

For each corpus size it builds a corpus with ../shared/bench/make_corpus.py
(kept in DIR for the next run), then runs, timing each and taking its peak
RSS from the kernel (wait4):

  ingest    delegraph ingest into a fresh store
  reingest  delegraph ingest again (every file unchanged)
  load      oxigraph's bulk loader loading the N-Quads that delegraph's
            store exports into a fresh RocksDB store (bench/stages.rs)
  extract   delegraph's pipeline to quads, no store, 1 thread and all cores
  tag       raw jieba-rs tag over the same text, 1 thread
  peer      Python jieba.posseg + rdflib writing the same data model
            (bench/peer.py), on the first --peer-docs files (default: all)
  queries   each saved query of queries/ on the store (time and rows of each)

It prints a Markdown table (also written to DIR/results.md) with MB/s,
quads/s, peak RSS and the ratios the scale issue sets targets for.
Needs: cargo, python3 with jieba and rdflib (pip install jieba rdflib).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))


def measured(cmd):
    """Runs cmd as the only child of a helper, so its peak RSS is its own."""
    # stderr is drained by a thread so that neither pipe can fill and stall the child.
    helper = (
        "import os,sys,time,subprocess,json,threading;t=time.time();"
        "p=subprocess.Popen(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE);"
        "e=[];r=threading.Thread(target=lambda:e.append(p.stderr.read()));r.start();"
        "o=p.stdout.read();r.join();_,s,u=os.wait4(p.pid,0);"
        "print(json.dumps({'secs':time.time()-t,'rss':u.ru_maxrss/1024,'status':s,"
        "'out':o.decode(),'err':e[0].decode()}))"
    )
    res = subprocess.run([sys.executable, "-c", helper, *cmd], capture_output=True, text=True)
    r = json.loads(res.stdout)
    if r["status"] != 0:
        how = f"signal {r['status'] & 0x7f}" if r["status"] & 0x7f else f"exit {r['status'] >> 8}"
        sys.exit(f"{os.path.basename(cmd[0])} {' '.join(cmd[1:2] + cmd[-1:])} failed ({how}):\n{r['err']}")
    return r


def target_dir():
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(meta.stdout)["target_directory"]


def corpus(out, docs):
    d = os.path.join(out, f"corpus-{docs}")
    if not os.path.isdir(d) or len(os.listdir(d)) != docs:
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(
            [sys.executable, os.path.join(SHARED, "bench", "make_corpus.py"), "--docs", str(docs), "--out", d],
            check=True, stdout=subprocess.DEVNULL,
        )
    files = sorted(os.path.join(d, f) for f in os.listdir(d))
    return d, files


def one_size(out, docs, peer_docs, bins):
    dg, stages = bins
    d, files = corpus(out, docs)
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    store = os.path.join(out, f"store-{docs}")
    bulk = os.path.join(out, f"bulk-{docs}")
    nq = os.path.join(out, f"delegraph-{docs}.nq")
    for p in (store, bulk):
        shutil.rmtree(p, ignore_errors=True)
    r = {"docs": docs, "mb": mb}
    ing = measured([dg, "ingest", "--quiet", "--store", store, d])
    r["ingest_s"], r["ingest_rss"] = ing["secs"], ing["rss"]
    again = measured([dg, "ingest", "--quiet", "--store", store, d])
    r["reingest_s"] = again["secs"]
    measured([dg, "export", "--store", store, "--format", "nquads", "--output", nq])
    load = measured([stages, "load", bulk, nq])
    info = json.loads(load["out"])
    r["quads"], r["load_s"], r["load_rss"] = info["quads"], load["secs"], load["rss"]
    os.remove(nq)
    shutil.rmtree(bulk, ignore_errors=True)
    ex = json.loads(measured([stages, "extract", *files])["out"])
    r["extract_mbs"] = ex["bytes"] / 1e6 / ex["seconds"]
    r["extract_all_mbs"] = ex["bytes"] / 1e6 / ex["seconds_all_threads"]
    tag = json.loads(measured([stages, "tag", *files])["out"])
    r["tag_mbs"] = tag["bytes"] / 1e6 / tag["seconds"]
    if peer_docs != 0:
        some = files[: peer_docs or len(files)]
        peer_nq = os.path.join(out, f"peer-{docs}.nq")
        pr = measured([sys.executable, os.path.join(HERE, "peer.py"), peer_nq, *some])
        info = json.loads(pr["out"])
        r["peer_files"] = len(some)
        r["peer_mbs"] = info["bytes"] / 1e6 / pr["secs"]
        r["peer_rss"] = pr["rss"]
        os.remove(peer_nq)
    r["queries"] = {}
    for q in sorted(os.listdir(os.path.join(ROOT, "queries"))):
        if q.endswith(".rq"):
            qr = measured([dg, "query", "--store", store, os.path.join(ROOT, "queries", q)])
            r["queries"][q[:-3]] = (qr["secs"], qr["out"].count("\n") - 1)
    r["query_s"], r["query_name"] = max((s, q) for q, (s, _) in r["queries"].items())
    shutil.rmtree(store, ignore_errors=True)
    return r


def table(rows):
    lines = [
        "| files | MB | quads | ingest s | ingest MB/s | quads/s | peak RSS MB | bulk load s | ingest / load | "
        "extract MB/s (1 thread / all) | jieba tag MB/s | extract / tag | Python peer MB/s (files) | peer RSS MB | "
        "× peer | re-ingest s | slowest query s |",
        "|" + "---|" * 17,
    ]
    for r in rows:
        ing_mbs = r["mb"] / r["ingest_s"]
        peer = f"{r['peer_mbs']:.3f} ({r['peer_files']})" if "peer_mbs" in r else "-"
        peer_rss = f"{r['peer_rss']:.0f}" if "peer_rss" in r else "-"
        ratio = f"{ing_mbs / r['peer_mbs']:.1f}" if "peer_mbs" in r else "-"
        lines.append(
            f"| {r['docs']} | {r['mb']:.1f} | {r['quads']} | {r['ingest_s']:.1f} | {ing_mbs:.2f} | "
            f"{r['quads'] / r['ingest_s']:.0f} | {r['ingest_rss']:.0f} | {r['load_s']:.1f} | "
            f"{r['ingest_s'] / r['load_s']:.2f} | {r['extract_mbs']:.2f} / {r['extract_all_mbs']:.2f} | "
            f"{r['tag_mbs']:.1f} | {r['extract_mbs'] / r['tag_mbs']:.2f} | {peer} | {peer_rss} | {ratio} | "
            f"{r['reingest_s']:.2f} | {r['query_s']:.2f} ({r['query_name']}) |"
        )
    names = sorted(rows[0]["queries"])
    lines += [
        "",
        "| saved query | " + " | ".join(f"{r['docs']} files: s (rows)" for r in rows) + " |",
        "|---|" + "---|" * len(rows),
    ]
    for q in names:
        cells = " | ".join(f"{r['queries'][q][0]:.2f} ({r['queries'][q][1]})" for r in rows)
        lines.append(f"| {q} | {cells} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 2000, 10000])
    ap.add_argument("--peer-docs", type=int, default=None,
                    help="files the Python peer runs on (default all; 0 skips it)")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "bench"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--bin", "delegraph", "--example", "stages"],
                   cwd=ROOT, check=True)
    rel = os.path.join(target_dir(), "release")
    bins = (os.path.join(rel, "delegraph"), os.path.join(rel, "examples", "stages"))
    rows = []
    for docs in a.docs:
        rows.append(one_size(a.out, docs, a.peer_docs, bins))
        print(json.dumps(rows[-1]), file=sys.stderr)
    text = table(rows)
    print(text)
    with open(os.path.join(a.out, "results.md"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
