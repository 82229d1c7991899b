//! Vocabulary constants: every IRI delegraph writes, in one place.
//!
//! The `dg:` terms are the public contract of `../shared/DATA-MODEL.md` plus our
//! extensions; a test checks that each one is declared in `ontology/delegraph.ttl`.

use oxigraph::model::NamedNodeRef;

/// Declares a module of `NamedNodeRef` constants under one namespace, and the
/// list `ALL` of them so tests can check every one.
macro_rules! vocabulary {
    ($module:ident, $ns:literal, { $($name:ident => $local:literal),* $(,)? }) => {
        pub mod $module {
            use super::NamedNodeRef;
            pub const NS: &str = $ns;
            $(pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!($ns, $local));)*
            /// Every constant of this namespace.
            pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        }
    };
}

vocabulary!(dg, "https://w3id.org/delegraph/ontology#", {
    PERSON => "Person",
    DELEGATE => "Delegate",
    ORGANIZATION => "Organization",
    PLACE => "Place",
    HONOR => "Honor",
    PROCEDURE => "Procedure",
    STATISTIC => "Statistic",
    CONGRESS => "Congress",
    ARTICLE => "Article",
    MENTION => "Mention",
    EVIDENCE => "Evidence",
    DELEGATE_TO => "delegateTo",
    MEMBER_OF => "memberOf",
    POSITION => "position",
    RECEIVED_HONOR => "receivedHonor",
    LOCATED_IN => "locatedIn",
    PART_OF => "partOf",
    NEXT_STEP => "nextStep",
    STEP_ORDER => "stepOrder",
    AUTHOR => "author",
    PUBLISHED_ON => "publishedOn",
    DATELINE_PLACE => "datelinePlace",
    MENTIONS => "mentions",
    COUNT => "count",
    PERCENT => "percent",
    VALUE => "value",
    UNIT => "unit",
    POPULATION => "population",
    SOURCE_FILE => "sourceFile",
    SHA256 => "sha256",
    ALIAS => "alias",
    GENDER => "gender",
    ETHNICITY => "ethnicity",
    CONSISTENT => "consistent",
    COMPUTED_PERCENT => "computedPercent",
    SHARE_OF => "shareOf",
    CHANGE => "change",
    CHANGE_UNIT => "changeUnit",
    ADMIN_CODE => "adminCode",
    ADMIN_LEVEL => "adminLevel",
    ARTICLE_INDEX => "articleIndex",
    SOURCE => "source",
    ORDINAL => "ordinal",
    YEAR => "year",
});

vocabulary!(nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    CONTEXT => "Context",
    PHRASE => "Phrase",
    IS_STRING => "isString",
    BEGIN_INDEX => "beginIndex",
    END_INDEX => "endIndex",
    ANCHOR_OF => "anchorOf",
    REFERENCE_CONTEXT => "referenceContext",
});

vocabulary!(itsrdf, "http://www.w3.org/2005/11/its/rdf#", {
    TA_IDENT_REF => "taIdentRef",
});

vocabulary!(rdf, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", {
    TYPE => "type",
    SUBJECT => "subject",
    PREDICATE => "predicate",
    OBJECT => "object",
});

vocabulary!(rdfs, "http://www.w3.org/2000/01/rdf-schema#", {
    LABEL => "label",
});

vocabulary!(xsd, "http://www.w3.org/2001/XMLSchema#", {
    DATE => "date",
    DECIMAL => "decimal",
    INTEGER => "integer",
    NON_NEGATIVE_INTEGER => "nonNegativeInteger",
    BOOLEAN => "boolean",
});

/// Base of every minted resource IRI.
pub const ID_BASE: &str = "https://w3id.org/delegraph/id/";

/// The named graph that holds each entity's class, labels and gazetteer
/// facts once for the whole store (see `pipeline::emit`).
pub const ENTITY_GRAPH: &str = "https://w3id.org/delegraph/id/entities";

/// Prefixes used when serialising Turtle/TriG and in saved queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dg", dg::NS),
    ("dgr", ID_BASE),
    ("nif", nif::NS),
    ("itsrdf", itsrdf::NS),
    ("rdf", rdf::NS),
    ("rdfs", rdfs::NS),
    ("xsd", xsd::NS),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_constant_is_an_absolute_iri() {
        for c in dg::ALL
            .iter()
            .chain(nif::ALL)
            .chain(itsrdf::ALL)
            .chain(rdf::ALL)
        {
            oxigraph::model::NamedNode::new(c.as_str()).expect("valid IRI");
            assert!(c.as_str().starts_with("http"), "{c}");
        }
    }
}
