#!/usr/bin/env python3
"""The Python pipeline a user would otherwise write, for bench/run.py.

Usage: python3 bench/peer.py OUTPUT.nq FILE...

jieba.posseg tags each file (one article per file); persons (nr), places
(ns) and organizations (nt) become entities of delegraph's data model in an
rdflib Dataset: the article as nif:Context with its text, one NIF mention per
occurrence (offsets, anchor, itsrdf:taIdentRef), dg:mentions, rdf:type and
rdfs:label, "N名" figures as dg:Statistic with an evidence sentence. The
dataset is written as N-Quads at the end. Prints one JSON line with bytes,
quads and seconds (reading, tagging, building and writing).
Needs: pip install jieba rdflib
"""
import hashlib
import json
import logging
import re
import sys
import time

import jieba
import jieba.posseg as pseg
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

jieba.setLogLevel(logging.WARNING)

DG = Namespace("https://w3id.org/delegraph/ontology#")
DGR = "https://w3id.org/delegraph/id/"
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
KINDS = {"nr": ("person", DG.Person), "nt": ("org", DG.Organization), "ns": ("place", DG.Place)}
COUNT = re.compile(r"(\d+)名")
SENTENCE = re.compile(r"[^。！？\n]*[。！？\n]?")


def hex12(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def article(ds, path, data):
    text = data.decode("utf-8", errors="replace")
    sha = hashlib.sha256(data).hexdigest()
    art = URIRef(f"{DGR}article/{sha[:16]}-0")
    g = ds.graph(art)
    g.add((art, RDF.type, DG.Article))
    g.add((art, RDF.type, NIF.Context))
    g.add((art, NIF.isString, Literal(text)))
    g.add((art, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((art, NIF.endIndex, Literal(len(text), datatype=XSD.nonNegativeInteger)))
    g.add((art, DG.sourceFile, Literal(path)))
    g.add((art, DG.sha256, Literal(sha)))
    pos = 0
    for word, flag in pseg.cut(text):
        start, pos = pos, pos + len(word)
        kind = KINDS.get(flag)
        if not kind or len(word) < 2:
            continue
        ent = URIRef(f"{DGR}{kind[0]}/{hex12(word)}")
        g.add((ent, RDF.type, kind[1]))
        g.add((ent, RDFS.label, Literal(word, lang="zh")))
        g.add((art, DG.mentions, ent))
        m = URIRef(f"{art}#char={start},{pos}")
        g.add((m, RDF.type, DG.Mention))
        g.add((m, RDF.type, NIF.Phrase))
        g.add((m, NIF.referenceContext, art))
        g.add((m, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((m, NIF.endIndex, Literal(pos, datatype=XSD.nonNegativeInteger)))
        g.add((m, NIF.anchorOf, Literal(word)))
        g.add((m, ITSRDF.taIdentRef, ent))
    k = 0
    for s in SENTENCE.finditer(text):
        for c in COUNT.finditer(s.group()):
            st = URIRef(f"{DGR}stat/{sha[:16]}-0-{k}")
            k += 1
            g.add((st, RDF.type, DG.Statistic))
            g.add((st, DG["count"], Literal(int(c.group(1)), datatype=XSD.integer)))
            ev = URIRef(f"{art}#ev-{hex12(str(st))}")
            g.add((ev, RDF.type, DG.Evidence))
            g.add((ev, RDF.subject, st))
            g.add((ev, RDF.predicate, DG["count"]))
            g.add((ev, NIF.referenceContext, art))
            g.add((ev, NIF.beginIndex, Literal(s.start(), datatype=XSD.nonNegativeInteger)))
            g.add((ev, NIF.endIndex, Literal(s.end(), datatype=XSD.nonNegativeInteger)))
            g.add((ev, NIF.anchorOf, Literal(s.group())))


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    jieba.initialize()
    start = time.time()
    ds = Dataset()
    size = 0
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        size += len(data)
        article(ds, p, data)
    ds.serialize(destination=out, format="nquads")
    secs = time.time() - start
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    print(json.dumps({"stage": "peer", "bytes": size, "quads": quads, "seconds": round(secs, 3)}))


if __name__ == "__main__":
    main()
