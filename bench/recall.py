#!/usr/bin/env python3
"""How well extraction carries over to names it has never seen.

Usage: python3 bench/recall.py [--docs 2000] [--out DIR]

../shared/bench/make_corpus.py writes each file from the sample article with
every person swapped for a random name (surname + one or two given-name
characters drawn from common ones). The names come out of a seeded random
generator, so this script replays it to learn which persons each file
names: the delegate of each profile, the colleague and the student of the
doctor's profile, and the reporters. It ingests the corpus (reusing
bench/run.py's corpus, kept in DIR) and reports, per role, the persons
missed; the persons extracted that the generator did not write; and the
organization labels that hold a clause (a particle or preposition: 着 了 的
在 是 把 被 给 向 与 带), which a suffix-built name swallowed.

Names that are also common words (方志, 高新, 贾刚刚) are expected misses:
a reader needs more than one cue to take them for names too. A delegate
drawn as 刘碧 is the generator's own slip: it then swaps the colleague's
刘碧 of the sample, the delegate's name included.
Needs: cargo, python3.
"""
import argparse
import collections
import csv
import io
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (bench/run.py: corpus, target_dir, SHARED)

sys.path.insert(0, os.path.join(run.SHARED, "bench"))
import make_corpus as mc  # noqa: E402

PERSONS = """
PREFIX dg:     <https://w3id.org/delegraph/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
SELECT DISTINCT ?file ?label WHERE {
  GRAPH ?g { ?m itsrdf:taIdentRef ?e . ?g dg:sourceFile ?file }
  ?e a dg:Person ; rdfs:label ?label . FILTER(LANG(?label) = "zh")
}
"""

ORGANIZATIONS = """
PREFIX dg:     <https://w3id.org/delegraph/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?label WHERE {
  ?e a dg:Organization ; rdfs:label ?label . FILTER(LANG(?label) = "zh")
}
"""

# Roles of the names each profile draws, in the order it draws them.
ROLES = {"doctor": ["delegate", "colleague", "student", "reporter"], "worker": ["delegate", "reporter"]}


def expected(docs, seed=7):
    """File name -> [(role, name)], by replaying make_corpus.main's draws."""
    rng = random.Random(seed)
    qa, first, second = mc.split_sample()
    drawn = []
    real_name = mc.name
    mc.name = lambda r: drawn.append(real_name(r)) or drawn[-1]
    try:
        out = {}
        for i in range(docs):
            parts = []
            if rng.random() < 0.2:
                mc.vary_numbers(qa, rng)
                parts.append([])
            for kind, make, text in (("doctor", mc.doctor_profile, first), ("worker", mc.worker_profile, second)):
                drawn.clear()
                make(text, rng)
                parts.append([(f"{kind} {role}", n) for role, n in zip(ROLES[kind], drawn)])
            if rng.random() < 0.5:
                parts = parts[:-1] if rng.random() < 0.5 else parts[-1:]
            out[f"doc{i:06d}.txt"] = [p for part in parts for p in part]
        return out
    finally:
        mc.name = real_name


def query(dg, store, text):
    with tempfile.NamedTemporaryFile("w", suffix=".rq", delete=False) as f:
        f.write(text)
    try:
        res = subprocess.run([dg, "query", "--store", store, f.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    return list(csv.DictReader(io.StringIO(res.stdout)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", default=os.path.join(run.ROOT, "target", "bench"))
    a = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--bin", "delegraph"], cwd=run.ROOT, check=True)
    dg = os.path.join(run.target_dir(), "release", "delegraph")
    d, _ = run.corpus(a.out, a.docs)
    store = os.path.join(a.out, f"recall-store-{a.docs}")
    subprocess.run(["rm", "-rf", store], check=True)
    subprocess.run([dg, "ingest", "--quiet", "--store", store, d], check=True)

    found = collections.defaultdict(set)
    for row in query(dg, store, PERSONS):
        found[os.path.basename(row["file"])].add(row["label"])
    total, missed, extra = collections.Counter(), collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    for f, names in expected(a.docs).items():
        for role, name in names:
            total[role] += 1
            if name not in found[f]:
                missed[role] += 1
                examples[role].append(f"{name} ({f})")
        written = {n for _, n in names}
        # 习近平 is named by the election report every corpus file may hold.
        for label in found[f] - written - {"习近平"}:
            extra[label] += 1

    print(f"{a.docs} files, {sum(total.values())} persons written by the generator")
    print("| role | persons | missed | examples |\n|---|---|---|---|")
    for role in sorted(total):
        print(f"| {role} | {total[role]} | {missed[role]} | {', '.join(examples[role][:4])} |")
    print(f"persons extracted that the generator did not write: {sum(extra.values())}"
          + (f" ({', '.join(f'{k} ×{v}' for k, v in extra.most_common(8))})" if extra else ""))
    orgs = [r["label"] for r in query(dg, store, ORGANIZATIONS)]
    clause = [o for o in orgs if re.search("[着了的在是把被给向与带]", o)]
    print(f"organization labels: {len(orgs)}, holding a clause: {len(clause)}"
          + (f" ({', '.join(clause[:8])})" if clause else ""))


if __name__ == "__main__":
    main()
