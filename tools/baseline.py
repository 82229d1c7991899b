#!/usr/bin/env python3
"""Naive jieba-POS baseline that delegraph is compared against.

Usage: python3 tools/baseline.py INPUT.txt OUTPUT.nq

One article per input file. Uses jieba.posseg only:
  nr -> dg:Person (plus dg:Delegate if the token's sentence contains 代表)
  nt -> dg:Organization
  ns -> dg:Place
No honors, procedures or relations. Every "(\\d+)名" becomes a dg:Statistic
with dg:count and the token just before the number as rdfs:label.
Output: N-Quads, one named graph = the article IRI, with NIF mentions
(code-point offsets into nif:isString = the file text).
Needs: pip install jieba pyoxigraph
"""
import hashlib
import logging
import re
import sys

import jieba
import jieba.posseg as pseg
import pyoxigraph as ox

jieba.setLogLevel(logging.WARNING)

DG = "https://w3id.org/delegraph/ontology#"
DGR = "https://w3id.org/delegraph/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
TAGS = {"nr": ("person", "Person"), "nt": ("org", "Organization"), "ns": ("place", "Place")}
SENTENCE_END = re.compile(r"[。！？!?\n]")


def dg(local):
    return ox.NamedNode(DG + local)


def nif(local):
    return ox.NamedNode(NIF + local)


def typed(value, dtype):
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + dtype))


def zh(text):
    return ox.Literal(text, language="zh")


def slug(label):
    return hashlib.sha1(label.encode("utf-8")).hexdigest()[:12]


def sentence_bounds(text, pos):
    """[start, end) of the sentence around code-point offset pos."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = SENTENCE_END.search(text, pos)
    return start, (m.end() if m else len(text))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    raw = open(src, "rb").read()
    text = raw.decode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    article = ox.NamedNode(f"{DGR}article/{sha[:16]}-0")
    quads = {}

    def add(s, p, o):
        quads[ox.Quad(s, p, o, article)] = None

    add(article, TYPE, dg("Article"))
    add(article, TYPE, nif("Context"))
    add(article, nif("isString"), ox.Literal(text))
    add(article, nif("beginIndex"), typed(0, "nonNegativeInteger"))
    add(article, nif("endIndex"), typed(len(text), "nonNegativeInteger"))
    add(article, dg("sourceFile"), ox.Literal(src))
    add(article, dg("sha256"), ox.Literal(sha))

    tokens = []  # (begin, end, word, flag) in code points
    pos = 0
    for word, flag in pseg.cut(text):
        tokens.append((pos, pos + len(word), word, flag))
        pos += len(word)

    for begin, end, word, flag in tokens:
        if flag not in TAGS or not word.strip():
            continue
        kind, cls = TAGS[flag]
        entity = ox.NamedNode(f"{DGR}{kind}/{slug(word)}")
        add(entity, TYPE, dg(cls))
        add(entity, LABEL, zh(word))
        if kind == "person":
            s, e = sentence_bounds(text, begin)
            if "代表" in text[s:e]:
                add(entity, TYPE, dg("Delegate"))
        add(article, dg("mentions"), entity)
        mention = ox.NamedNode(f"{article.value}#char={begin},{end}")
        add(mention, TYPE, dg("Mention"))
        add(mention, TYPE, nif("Phrase"))
        add(mention, nif("referenceContext"), article)
        add(mention, nif("beginIndex"), typed(begin, "nonNegativeInteger"))
        add(mention, nif("endIndex"), typed(end, "nonNegativeInteger"))
        add(mention, nif("anchorOf"), ox.Literal(word))
        add(mention, ox.NamedNode(ITSRDF + "taIdentRef"), entity)

    for k, m in enumerate(re.finditer(r"(\d+)名", text)):
        before = [t for t in tokens if t[1] <= m.start() and t[2].strip()]
        label = before[-1][2] if before else m.group(0)
        stat = ox.NamedNode(f"{DGR}stat/{sha[:16]}-0-{k}")
        add(stat, TYPE, dg("Statistic"))
        add(stat, LABEL, zh(label))
        add(stat, dg("count"), typed(int(m.group(1)), "integer"))

    ox.serialize(quads.keys(), out, format=ox.RdfFormat.N_QUADS)


if __name__ == "__main__":
    main()
