//! Every vocabulary constant the code writes is declared in the ontology,
//! with a Chinese and an English label.

use delegraph::vocab::dg;
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::store::Store;

fn ontology() -> Store {
    let store = Store::new().unwrap();
    let ttl = std::fs::read(crate::util::root().join("ontology/delegraph.ttl")).unwrap();
    store.load_from_slice(RdfFormat::Turtle, &ttl).unwrap();
    store
}

#[test]
fn every_dg_constant_is_declared_with_labels() {
    let store = ontology();
    let label = NamedNodeRef::new("http://www.w3.org/2000/01/rdf-schema#label").unwrap();
    let rdf_type = NamedNodeRef::new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type").unwrap();
    for term in dg::ALL {
        let typed = store
            .quads_for_pattern(Some((*term).into()), Some(rdf_type), None, None)
            .count();
        assert!(
            typed > 0,
            "{term} has no rdf:type in ontology/delegraph.ttl"
        );
        let langs: Vec<String> = store
            .quads_for_pattern(Some((*term).into()), Some(label), None, None)
            .filter_map(|q| match q.unwrap().object {
                Term::Literal(l) => l.language().map(str::to_string),
                _ => None,
            })
            .collect();
        assert!(langs.iter().any(|l| l == "zh"), "{term} lacks a @zh label");
        assert!(langs.iter().any(|l| l == "en"), "{term} lacks an @en label");
    }
}

#[test]
fn shapes_parse() {
    let store = Store::new().unwrap();
    let ttl = std::fs::read(crate::util::root().join("ontology/shapes.ttl")).unwrap();
    store.load_from_slice(RdfFormat::Turtle, &ttl).unwrap();
    assert!(store.len().unwrap() > 50);
}
