#!/usr/bin/env python3
"""Markdown quality table: delegraph vs. the jieba baseline on the dev set.

Usage: quality_table.py DELEGRAPH.json BASELINE.json
Each JSON is score.py --json output (a list for several files, a dict for one).
Counts are micro-averaged: tp/fp/fn summed over files, as score.py's micro().
"""
import json
import os
import sys

sys.path.insert(0, os.environ.get("SCORE_DIR", os.path.join(os.path.dirname(__file__), "../../shared/eval")))
from score import prf  # noqa: E402  (same P/R/F1 conventions as the scorer)

ENTITIES = ["Person", "Delegate", "Organization", "Place", "Honor", "Procedure"]
RELATIONS = ["memberOf", "receivedHonor", "locatedIn", "nextStep"]


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data if isinstance(data, list) else [data]


def total(results, sec, keys=None):
    t = [0, 0, 0]
    for r in results:
        parts = [r[sec]] if keys is None else [r[sec][k] for k in keys if k in r[sec]]
        for x in parts:
            for i, k in enumerate(("tp", "fp", "fn")):
                t[i] += x[k]
    return t


def prf_cells(results, sec, keys=None):
    p, r, f = prf(*total(results, sec, keys))
    return [f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]


def ratio_cells(num, den):
    v = num / den if den else 0.0
    return ["", "", f"{v:.3f} ({num}/{den})"]


def rows(results):
    out = []
    for k in ENTITIES:
        out.append((f"entity {k}", prf_cells(results, "entities", [k])))
    for k in RELATIONS:
        out.append((f"relation {k}", prf_cells(results, "relations", [k])))
    out.append(("statistics", prf_cells(results, "statistics")))
    out.append(("**entities (micro)**", prf_cells(results, "entities", ENTITIES)))
    out.append(("**relations (micro)**", prf_cells(results, "relations", RELATIONS)))
    s = lambda sec, k: sum(r[sec][k] for r in results)  # noqa: E731
    out.append(("articles (checks passed)", ratio_cells(s("articles", "checks_passed"), s("articles", "checks"))))
    out.append(("provenance (mentions exact)", ratio_cells(s("provenance", "mentions_exact"), s("provenance", "mentions"))))
    out.append(("provenance (entities grounded)",
                ratio_cells(s("provenance", "entities_grounded"), s("provenance", "entities"))))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dg, bl = load(sys.argv[1]), load(sys.argv[2])
    print(f"dev set: {len(dg)} files; micro-averaged (tp/fp/fn summed over files)\n")
    print("| type | delegraph P | delegraph R | delegraph F1 | baseline P | baseline R | baseline F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for (name, a), (_, b) in zip(rows(dg), rows(bl)):
        print(f"| {name} | " + " | ".join(a + b) + " |")
    print("\narticles/provenance rows: a single rate (in the F1 column), not P/R/F1.")


if __name__ == "__main__":
    main()
