//! Emit: one article's extraction as quads in the article's named graph —
//! the `nif:Context` with its text, a NIF mention per occurrence, each
//! relation with a `dg:Evidence` node pointing at its sentence, each figure
//! as a `dg:Statistic`, and what the article says about a person — and the
//! names and classes of the entities it uses in the shared entity graph.
//!
//! An entity's class, labels and gazetteer facts are the same in every
//! article that names it; kept once in [`ENTITY_GRAPH`] they are not
//! repeated per article, which the union default graph would otherwise
//! return once per article (and multiply in every join).

use crate::pipeline::extract::{Extraction, Kind, Object, Pred};
use crate::pipeline::mint;
use crate::vocab::{dg, itsrdf, nif, rdf, rdfs, xsd, ENTITY_GRAPH, ID_BASE};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};

/// What the file says about itself, for the article node.
pub struct Source<'a> {
    pub file: &'a str,
    pub sha256: &'a str,
    pub index: usize,
}

struct Writer {
    graph: GraphName,
    entities: GraphName,
    quads: Vec<Quad>,
    /// Hash of each quad written to its index in `quads`: duplicates are
    /// dropped without keeping a second copy of every quad.
    seen: HashMap<u64, usize>,
}

impl Writer {
    /// A statement of the article.
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        let q = Quad::new(s, p.into_owned(), o, self.graph.clone());
        self.push(q);
    }

    /// A statement about an entity that does not depend on the article.
    fn describe(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        let q = Quad::new(s.clone(), p.into_owned(), o, self.entities.clone());
        self.push(q);
    }

    fn push(&mut self, q: Quad) {
        let h = {
            let mut h = rustc_hash::FxHasher::default();
            q.hash(&mut h);
            h.finish()
        };
        match self.seen.get(&h) {
            Some(&i) if self.quads[i] == q => return,
            // Two quads with one hash: rare enough for a full scan.
            Some(_) if self.quads.contains(&q) => return,
            Some(_) => {}
            None => {
                self.seen.insert(h, self.quads.len());
            }
        }
        self.quads.push(q);
    }
}

fn zh(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "zh")
}

fn typed(v: impl ToString, t: NamedNodeRef<'_>) -> Literal {
    Literal::new_typed_literal(v.to_string(), t)
}

fn decimal(v: f64) -> Literal {
    let mut s = format!("{v}");
    if !s.contains('.') {
        s.push_str(".0");
    }
    typed(s, xsd::DECIMAL)
}

fn node(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn pred_iri(p: Pred) -> NamedNodeRef<'static> {
    match p {
        Pred::DelegateTo => dg::DELEGATE_TO,
        Pred::MemberOf => dg::MEMBER_OF,
        Pred::Position => dg::POSITION,
        Pred::ReceivedHonor => dg::RECEIVED_HONOR,
        Pred::LocatedIn => dg::LOCATED_IN,
        Pred::PartOf => dg::PART_OF,
        Pred::NextStep => dg::NEXT_STEP,
    }
}

/// Quads of one article. `text` is the article's normalized text.
pub fn article_quads(text: &str, ex: &Extraction, src: &Source) -> (NamedNode, Vec<Quad>) {
    let article = node(&mint::article_iri(src.sha256, src.index));
    // About as many statements as the loops below write, so the vector and
    // the table grow once or not at all.
    let expected = 16
        + 8 * ex.entities.len()
        + 8 * ex.mentions.len()
        + 10 * ex.relations.len()
        + 24 * ex.statistics.len();
    let mut w = Writer {
        graph: GraphName::NamedNode(article.clone()),
        entities: GraphName::NamedNode(node(ENTITY_GRAPH)),
        quads: Vec::with_capacity(expected),
        seen: HashMap::with_capacity_and_hasher(expected, Default::default()),
    };
    // Byte offset of each character (and of the end): anchors are slices of
    // the text, not strings rebuilt from characters.
    let bytes = crate::pipeline::char_offsets(text);
    let chars = bytes.len() - 1;
    let slice = |s: usize, e: usize| &text[bytes[s]..bytes[e]];

    w.add(article.clone(), rdf::TYPE, dg::ARTICLE);
    w.add(article.clone(), rdf::TYPE, nif::CONTEXT);
    w.add(
        article.clone(),
        nif::IS_STRING,
        Literal::new_simple_literal(text),
    );
    w.add(
        article.clone(),
        nif::BEGIN_INDEX,
        typed(0, xsd::NON_NEGATIVE_INTEGER),
    );
    w.add(
        article.clone(),
        nif::END_INDEX,
        typed(chars, xsd::NON_NEGATIVE_INTEGER),
    );
    w.add(
        article.clone(),
        dg::SOURCE_FILE,
        Literal::new_simple_literal(src.file),
    );
    w.add(
        article.clone(),
        dg::SHA256,
        Literal::new_simple_literal(src.sha256),
    );
    w.add(
        article.clone(),
        dg::ARTICLE_INDEX,
        typed(src.index, xsd::INTEGER),
    );
    if let Some(t) = &ex.meta.title {
        w.add(article.clone(), rdfs::LABEL, zh(t));
    }
    if let Some((y, m, d)) = ex.meta.date {
        w.add(
            article.clone(),
            dg::PUBLISHED_ON,
            typed(format!("{y:04}-{m:02}-{d:02}"), xsd::DATE),
        );
    }

    // Entities that occur in the text (or that a relation needs).
    let mut used: Vec<bool> = vec![false; ex.entities.len()];
    for m in &ex.mentions {
        used[m.entity] = true;
    }
    for r in &ex.relations {
        used[r.subject] = true;
        if let Object::Entity(o) = r.object {
            used[o] = true;
        }
    }
    let iris: Vec<NamedNode> = ex
        .entities
        .iter()
        .map(|e| node(&mint::entity_iri(e)))
        .collect();
    for (i, e) in ex.entities.iter().enumerate() {
        if !used[i] {
            continue;
        }
        let s = iris[i].clone();
        let class = match e.kind {
            Kind::Person => dg::PERSON,
            Kind::Organization => dg::ORGANIZATION,
            Kind::Place => dg::PLACE,
            Kind::Honor => dg::HONOR,
            Kind::Procedure => dg::PROCEDURE,
            Kind::Congress => dg::CONGRESS,
        };
        w.describe(&s, rdf::TYPE, class);
        w.describe(&s, rdfs::LABEL, zh(&e.label));
        for a in &e.aliases {
            if a != &e.label {
                w.describe(&s, dg::ALIAS, zh(a));
            }
        }
        match e.kind {
            Kind::Person => {
                if let Some(latn) = mint::person_latn(&e.label) {
                    w.describe(
                        &s,
                        rdfs::LABEL,
                        Literal::new_language_tagged_literal_unchecked(latn, "zh-latn-pinyin"),
                    );
                }
                if e.delegate_to.is_some() {
                    w.add(s.clone(), rdf::TYPE, dg::DELEGATE);
                }
                if let Some(g) = &e.gender {
                    w.add(s.clone(), dg::GENDER, zh(g));
                }
                if let Some(x) = &e.ethnicity {
                    w.add(s.clone(), dg::ETHNICITY, zh(x));
                }
            }
            Kind::Place => {
                if let Some(d) = e.division {
                    let div = &crate::lexicon::Lexicon::get().divisions[d];
                    w.describe(&s, dg::ADMIN_CODE, Literal::new_simple_literal(&div.code));
                }
                if let Some(level) = e.level {
                    w.describe(&s, dg::ADMIN_LEVEL, Literal::new_simple_literal(level));
                }
            }
            Kind::Procedure => {
                if let Some(o) = e.step_order {
                    w.describe(&s, dg::STEP_ORDER, typed(o, xsd::INTEGER));
                }
            }
            Kind::Congress => {
                if let Some(n) = e.ordinal {
                    w.describe(&s, dg::ORDINAL, typed(n, xsd::INTEGER));
                    if let Some(y) = crate::pipeline::extract::article::congress_year(n) {
                        w.describe(&s, dg::YEAR, typed(y, xsd::INTEGER));
                    }
                }
            }
            _ => {}
        }
    }
    // Article-level links.
    for &a in &ex.meta.authors {
        w.add(article.clone(), dg::AUTHOR, iris[a].clone());
    }
    if let Some(p) = ex.meta.dateline_place {
        w.add(article.clone(), dg::DATELINE_PLACE, iris[p].clone());
    }
    if let Some(s) = ex.meta.source {
        w.add(article.clone(), dg::SOURCE, iris[s].clone());
    }
    // Mentions.
    for m in &ex.mentions {
        w.add(article.clone(), dg::MENTIONS, iris[m.entity].clone());
        let mention = node(&format!("{}#char={},{}", article.as_str(), m.start, m.end));
        w.add(mention.clone(), rdf::TYPE, dg::MENTION);
        w.add(mention.clone(), rdf::TYPE, nif::PHRASE);
        w.add(mention.clone(), nif::REFERENCE_CONTEXT, article.clone());
        w.add(
            mention.clone(),
            nif::BEGIN_INDEX,
            typed(m.start, xsd::NON_NEGATIVE_INTEGER),
        );
        w.add(
            mention.clone(),
            nif::END_INDEX,
            typed(m.end, xsd::NON_NEGATIVE_INTEGER),
        );
        w.add(
            mention.clone(),
            nif::ANCHOR_OF,
            Literal::new_simple_literal(slice(m.start, m.end)),
        );
        w.add(mention, itsrdf::TA_IDENT_REF, iris[m.entity].clone());
    }
    // Relations with their evidence.
    for r in &ex.relations {
        let s = iris[r.subject].clone();
        let p = pred_iri(r.pred);
        let o: Term = match &r.object {
            Object::Entity(o) => iris[*o].clone().into(),
            Object::Text(t) => zh(t).into(),
        };
        w.add(s.clone(), p, o.clone());
        evidence(
            &mut w,
            &article,
            s.into(),
            p,
            o,
            r.evidence.start,
            r.evidence.end,
            &slice,
        );
    }
    // Figures.
    let short = &src.sha256[..16];
    for (k, st) in ex.statistics.iter().enumerate() {
        let s = node(&format!("{ID_BASE}stat/{short}-{}-{k}", src.index));
        w.add(s.clone(), rdf::TYPE, dg::STATISTIC);
        w.add(s.clone(), rdfs::LABEL, zh(&st.label));
        let mut figures: Vec<(NamedNodeRef<'static>, Term)> = Vec::new();
        if let Some(c) = st.count {
            figures.push((dg::COUNT, typed(c, xsd::INTEGER).into()));
        }
        if let Some(p) = st.percent {
            figures.push((dg::PERCENT, decimal(p).into()));
        }
        if let Some(v) = st.value {
            figures.push((dg::VALUE, decimal(v).into()));
        }
        for (p, o) in &figures {
            w.add(s.clone(), *p, o.clone());
            evidence(
                &mut w,
                &article,
                s.clone().into(),
                *p,
                o.clone(),
                st.sentence.start,
                st.sentence.end,
                &slice,
            );
        }
        if let Some(u) = &st.unit {
            w.add(s.clone(), dg::UNIT, zh(u));
        }
        if let Some(c) = ex.meta.congress {
            w.add(s.clone(), dg::POPULATION, iris[c].clone());
        }
        if let Some(b) = st.share_of {
            w.add(
                s.clone(),
                dg::SHARE_OF,
                node(&format!("{ID_BASE}stat/{short}-{}-{b}", src.index)),
            );
        }
        if let Some(c) = st.computed_percent {
            w.add(s.clone(), dg::COMPUTED_PERCENT, decimal(c));
        }
        if let Some(c) = st.consistent {
            w.add(s.clone(), dg::CONSISTENT, typed(c, xsd::BOOLEAN));
        }
        if let Some((v, u)) = &st.change {
            w.add(s.clone(), dg::CHANGE, decimal(*v));
            w.add(s.clone(), dg::CHANGE_UNIT, zh(u));
        }
    }
    (article, w.quads)
}

#[allow(clippy::too_many_arguments)]
fn evidence<'a>(
    w: &mut Writer,
    article: &NamedNode,
    s: Term,
    p: NamedNodeRef<'_>,
    o: Term,
    begin: usize,
    end: usize,
    slice: &dyn Fn(usize, usize) -> &'a str,
) {
    let key = format!("{s} {p} {o}");
    let ev = node(&format!(
        "{}#ev-{}",
        article.as_str(),
        &mint::sha256_hex(key.as_bytes())[..12]
    ));
    w.add(ev.clone(), rdf::TYPE, dg::EVIDENCE);
    match s {
        Term::NamedNode(n) => w.add(ev.clone(), rdf::SUBJECT, n),
        other => w.add(ev.clone(), rdf::SUBJECT, other),
    }
    w.add(ev.clone(), rdf::PREDICATE, p.into_owned());
    w.add(ev.clone(), rdf::OBJECT, o);
    w.add(ev.clone(), nif::REFERENCE_CONTEXT, article.clone());
    w.add(
        ev.clone(),
        nif::BEGIN_INDEX,
        typed(begin, xsd::NON_NEGATIVE_INTEGER),
    );
    w.add(
        ev.clone(),
        nif::END_INDEX,
        typed(end, xsd::NON_NEGATIVE_INTEGER),
    );
    w.add(
        ev,
        nif::ANCHOR_OF,
        Literal::new_simple_literal(slice(begin, end)),
    );
}
