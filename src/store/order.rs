//! ORDER BY away from RocksDB. oxigraph's ORDER BY evaluates its keys at
//! every comparison, and each IRI or long string it compares is read back
//! from RocksDB (about 4 µs each): sorting 60,000 rows by an IRI takes
//! seconds. A SELECT whose rows are sorted by projected variables is
//! therefore run unsorted on the store, and its rows, each term read once,
//! are sorted here by SPARQL's order of values (SPARQL 1.1 §15.1), then cut
//! by its OFFSET and LIMIT. Rows whose keys tie, whose order SPARQL leaves
//! open, come out in one fixed order (see [`sort`]), which may differ from
//! the one oxigraph would give them.

use crate::error::Result;
use crate::results::evaluation_error;
use oxigraph::model::{Literal, Term};
use oxigraph::sparql::{QueryResults, QuerySolutionIter};
use oxsdatatypes::{Decimal, Double, Float, Integer};
use spareval::ExpressionTerm;
use spargebra::algebra::{Expression, GraphPattern, OrderExpression};
use spargebra::term::Variable;
use spargebra::Query;
use std::cell::Cell;
use std::cmp::Ordering;

/// A SELECT split into what the store evaluates and what is applied to its
/// rows afterwards.
pub(super) struct Split {
    /// The query without its ORDER BY and slice.
    pub unsorted: Query,
    /// Per key: the position of its variable in a row, and whether it
    /// sorts descending.
    keys: Vec<(usize, bool)>,
    /// OFFSET and LIMIT, which apply to the sorted rows.
    slice: Option<(usize, Option<usize>)>,
}

/// Splits `SELECT [DISTINCT|REDUCED] vars … ORDER BY keys [LIMIT/OFFSET]`
/// when every key is a projected variable: then the rows carry all the
/// order needs, and DISTINCT before or after sorting keeps the same rows.
pub(super) fn split(query: &Query) -> Option<Split> {
    let Query::Select {
        dataset,
        pattern,
        base_iri,
    } = query
    else {
        return None;
    };
    let (body, slice) = match pattern {
        GraphPattern::Slice {
            inner,
            start,
            length,
        } => (inner.as_ref(), Some((*start, *length))),
        p => (p, None),
    };
    let (project, wrap): (_, fn(GraphPattern) -> GraphPattern) = match body {
        GraphPattern::Distinct { inner } => (inner.as_ref(), |p| GraphPattern::Distinct {
            inner: Box::new(p),
        }),
        GraphPattern::Reduced { inner } => (inner.as_ref(), |p| GraphPattern::Reduced {
            inner: Box::new(p),
        }),
        p => (p, |p| p),
    };
    let GraphPattern::Project { inner, variables } = project else {
        return None;
    };
    let GraphPattern::OrderBy { inner, expression } = inner.as_ref() else {
        return None;
    };
    let position = |v: &Variable| variables.iter().position(|p| p == v);
    let keys = expression
        .iter()
        .map(|k| match k {
            OrderExpression::Asc(Expression::Variable(v)) => Some((position(v)?, false)),
            OrderExpression::Desc(Expression::Variable(v)) => Some((position(v)?, true)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Split {
        unsorted: Query::Select {
            dataset: dataset.clone(),
            pattern: wrap(GraphPattern::Project {
                inner: inner.clone(),
                variables: variables.clone(),
            }),
            base_iri: base_iri.clone(),
        },
        keys,
        slice,
    })
}

/// Sorts the unsorted query's rows. `Ok(None)` when two values are of
/// kinds this module does not order (durations): the caller then runs the
/// query as written.
pub(super) fn sort(
    split: &Split,
    rows: QuerySolutionIter<'_>,
) -> Result<Option<QueryResults<'static>>> {
    let variables = rows.variables().to_vec();
    let mut keyed = Vec::new();
    for row in rows {
        let row = row.map_err(evaluation_error)?;
        let values: Vec<Option<Term>> = variables.iter().map(|v| row.get(v).cloned()).collect();
        let keys: Vec<Key> = split
            .keys
            .iter()
            .map(|&(i, _)| Key::new(values[i].as_ref()))
            .collect();
        // SPARQL leaves the order of rows with equal keys open, and
        // oxigraph's depends on how the store returned them: rows that tie
        // come out in the order of their values as written, the same on
        // every run.
        let written: Vec<String> = values
            .iter()
            .map(|t| t.as_ref().map_or_else(String::new, Term::to_string))
            .collect();
        keyed.push((keys, written, values));
    }
    let unsupported = Cell::new(false);
    keyed.sort_by(|(a, wa, _), (b, wb, _)| {
        for (k, &(_, descending)) in split.keys.iter().enumerate() {
            let o = a[k].cmp(&b[k]).unwrap_or_else(|| {
                unsupported.set(true);
                Ordering::Equal
            });
            if o != Ordering::Equal {
                return if descending { o.reverse() } else { o };
            }
        }
        wa.cmp(wb)
    });
    if unsupported.get() {
        return Ok(None);
    }
    let (start, length) = split.slice.unwrap_or((0, None));
    let rows = keyed
        .into_iter()
        .skip(start)
        .take(length.unwrap_or(usize::MAX))
        .map(|(_, _, values)| Ok(values))
        .collect::<Vec<_>>();
    Ok(Some(QueryResults::Solutions(
        QuerySolutionIter::from_tuples(variables.into(), rows),
    )))
}

/// One value of a sort key, read as SPARQL reads it to compare.
struct Key {
    /// Unbound, blank node, IRI, literal: the order of the kinds.
    rank: u8,
    value: Option<ExpressionTerm>,
    /// A literal as written back from its value (canonical form), for the
    /// last resort order of literals that do not compare by value.
    literal: Option<Literal>,
}

impl Key {
    fn new(term: Option<&Term>) -> Key {
        let rank = match term {
            None => 0,
            Some(Term::BlankNode(_)) => 1,
            Some(Term::NamedNode(_)) => 2,
            Some(_) => 3,
        };
        let value = term.map(|t| ExpressionTerm::from(t.clone()));
        let literal = match value.clone().map(Term::from) {
            Some(Term::Literal(l)) => Some(l),
            _ => None,
        };
        Key {
            rank,
            value,
            literal,
        }
    }

    /// `None` for a pair this module does not order.
    fn cmp(&self, other: &Key) -> Option<Ordering> {
        use ExpressionTerm::{BlankNode, NamedNode};
        if self.rank != other.rank {
            return Some(self.rank.cmp(&other.rank));
        }
        match (&self.value, &other.value) {
            (None, None) => Some(Ordering::Equal),
            (Some(BlankNode(a)), Some(BlankNode(b))) => Some(a.as_str().cmp(b.as_str())),
            (Some(NamedNode(a)), Some(NamedNode(b))) => Some(a.as_str().cmp(b.as_str())),
            (Some(a), Some(b)) => match (by_value(a, b)?, &self.literal, &other.literal) {
                (Some(o), _, _) => Some(o),
                // Literals that do not compare by value: by lexical form,
                // then datatype, then language.
                (None, Some(a), Some(b)) => Some((a.value(), a.datatype(), a.language()).cmp(&(
                    b.value(),
                    b.datatype(),
                    b.language(),
                ))),
                // A kind of term this module does not know (a quoted triple).
                (None, _, _) => None,
            },
            _ => None,
        }
    }
}

/// Two literals compared by value when SPARQL's `<` applies to them:
/// `Some(None)` when it does not, `None` when this module cannot tell.
fn by_value(a: &ExpressionTerm, b: &ExpressionTerm) -> Option<Option<Ordering>> {
    use ExpressionTerm as E;
    Some(match (a, b) {
        (E::StringLiteral(a), E::StringLiteral(b)) => Some(a.cmp(b)),
        (
            E::LangStringLiteral {
                value: a,
                language: la,
            },
            E::LangStringLiteral {
                value: b,
                language: lb,
            },
        ) => (la == lb).then(|| a.cmp(b)),
        (E::DateTimeLiteral(a), E::DateTimeLiteral(b)) => a.partial_cmp(b),
        (E::DateLiteral(a), E::DateLiteral(b)) => a.partial_cmp(b),
        (E::TimeLiteral(a), E::TimeLiteral(b)) => a.partial_cmp(b),
        (E::GYearLiteral(a), E::GYearLiteral(b)) => a.partial_cmp(b),
        (E::GYearMonthLiteral(a), E::GYearMonthLiteral(b)) => a.partial_cmp(b),
        (E::GMonthLiteral(a), E::GMonthLiteral(b)) => a.partial_cmp(b),
        (E::GMonthDayLiteral(a), E::GMonthDayLiteral(b)) => a.partial_cmp(b),
        (E::GDayLiteral(a), E::GDayLiteral(b)) => a.partial_cmp(b),
        (
            E::DurationLiteral(_) | E::YearMonthDurationLiteral(_) | E::DayTimeDurationLiteral(_),
            E::DurationLiteral(_) | E::YearMonthDurationLiteral(_) | E::DayTimeDurationLiteral(_),
        ) => return None,
        _ => match (Number::of(a), Number::of(b)) {
            (Some(a), Some(b)) => a.cmp(b),
            _ => None,
        },
    })
}

/// A numeric value; numbers of two types compare in the wider of the two
/// (integer < decimal < float < double, XPath's type promotion).
#[derive(Clone, Copy)]
enum Number {
    Integer(Integer),
    Decimal(Decimal),
    Float(Float),
    Double(Double),
}

impl Number {
    fn of(t: &ExpressionTerm) -> Option<Number> {
        Some(match t {
            ExpressionTerm::IntegerLiteral(v) => Number::Integer(*v),
            ExpressionTerm::DecimalLiteral(v) => Number::Decimal(*v),
            ExpressionTerm::FloatLiteral(v) => Number::Float(*v),
            ExpressionTerm::DoubleLiteral(v) => Number::Double(*v),
            _ => return None,
        })
    }

    fn width(self) -> u8 {
        match self {
            Number::Integer(_) => 0,
            Number::Decimal(_) => 1,
            Number::Float(_) => 2,
            Number::Double(_) => 3,
        }
    }

    fn decimal(self) -> Decimal {
        match self {
            Number::Integer(v) => v.into(),
            Number::Decimal(v) => v,
            Number::Float(_) | Number::Double(_) => unreachable!("never narrowed"),
        }
    }

    fn float(self) -> Float {
        match self {
            Number::Integer(v) => v.into(),
            Number::Decimal(v) => v.into(),
            Number::Float(v) => v,
            Number::Double(_) => unreachable!("never narrowed"),
        }
    }

    fn double(self) -> Double {
        match self {
            Number::Integer(v) => v.into(),
            Number::Decimal(v) => v.into(),
            Number::Float(v) => v.into(),
            Number::Double(v) => v,
        }
    }

    /// `None` when the two are unordered (NaN).
    fn cmp(self, other: Number) -> Option<Ordering> {
        match self.width().max(other.width()) {
            0 | 1 => self.decimal().partial_cmp(&other.decimal()),
            2 => self.float().partial_cmp(&other.float()),
            _ => self.double().partial_cmp(&other.double()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::{collect, Output};
    use crate::store::GraphStore;
    use oxigraph::sparql::SparqlEvaluator;
    use oxigraph::store::Store;

    /// Values of every kind a key can hold, one per subject; ?v is unbound
    /// for ex:s0.
    const DATA: &str = r#"
        @prefix ex: <https://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:s0 ex:p ex:s0 .
        ex:s1 ex:v 2 . ex:s2 ex:v 10 . ex:s3 ex:v "3.5"^^xsd:decimal .
        ex:s4 ex:v 2.5e0 . ex:s5 ex:v "1.5"^^xsd:float . ex:s6 ex:v "abc" .
        ex:s7 ex:v "abd" . ex:s8 ex:v "b"@en . ex:s9 ex:v "a"@zh .
        ex:s10 ex:v true . ex:s11 ex:v "2022-10-16"^^xsd:date .
        ex:s12 ex:v "2007-08-27"^^xsd:date . ex:s13 ex:v ex:z . ex:s14 ex:v ex:a .
        ex:s15 ex:v "代表" . ex:s16 ex:v "2"^^xsd:int . ex:s17 ex:v "2" .
    "#;

    fn stores() -> (GraphStore, Store) {
        let store = Store::new().unwrap();
        store
            .load_from_reader(oxigraph::io::RdfFormat::Turtle, DATA.as_bytes())
            .unwrap();
        let ours = GraphStore {
            store: store.clone(),
            path: "memory".into(),
        };
        (ours, store)
    }

    fn rows(r: QueryResults<'_>) -> Vec<Vec<Option<Term>>> {
        match collect(r).unwrap() {
            Output::Rows { rows, .. } => rows,
            _ => panic!("not rows"),
        }
    }

    #[test]
    fn sorts_as_oxigraph_orders() {
        let (ours, store) = stores();
        let body = "PREFIX ex: <https://example.org/>
            SELECT DISTINCT ?s ?v WHERE { ?s ?p ?o OPTIONAL { ?s ex:v ?v } }";
        for order in [
            "ORDER BY ?v ?s",
            "ORDER BY DESC(?v) ?s",
            "ORDER BY ?v DESC(?s) LIMIT 5 OFFSET 3",
            "ORDER BY ?s OFFSET 16",
        ] {
            let text = format!("{body} {order}");
            assert!(split(&spargebra::SparqlParser::new().parse_query(&text).unwrap()).is_some());
            let expected = rows(
                SparqlEvaluator::new()
                    .parse_query(&text)
                    .unwrap()
                    .on_store(&store)
                    .execute()
                    .unwrap(),
            );
            let got = rows(ours.query(&text, "test", None).unwrap());
            assert_eq!(got, expected, "{order}");
        }
    }

    #[test]
    fn only_orders_by_projected_variables_are_split() {
        let parse = |q: &str| spargebra::SparqlParser::new().parse_query(q).unwrap();
        let q = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY";
        assert!(split(&parse(&format!("{q} ?s"))).is_some());
        assert!(
            split(&parse(&format!("{q} ?o"))).is_none(),
            "?o is not projected"
        );
        assert!(
            split(&parse(&format!("{q} STR(?s)"))).is_none(),
            "an expression"
        );
        assert!(split(&parse("SELECT ?s WHERE { ?s ?p ?o }")).is_none());
        assert!(split(&parse("ASK { ?s ?p ?o }")).is_none());
    }

    #[test]
    fn durations_are_left_to_oxigraph() {
        let (ours, _) = stores();
        ours.store
            .load_from_reader(
                oxigraph::io::RdfFormat::Turtle,
                r#"<https://example.org/d1> <https://example.org/d> "P1Y"^^<http://www.w3.org/2001/XMLSchema#duration> .
                   <https://example.org/d2> <https://example.org/d> "P2M"^^<http://www.w3.org/2001/XMLSchema#duration> ."#
                    .as_bytes(),
            )
            .unwrap();
        let q = "SELECT ?d WHERE { ?s <https://example.org/d> ?d } ORDER BY DESC(?d)";
        let s = split(&spargebra::SparqlParser::new().parse_query(q).unwrap()).unwrap();
        let unsorted = match SparqlEvaluator::new()
            .for_query(s.unsorted.clone())
            .on_store(&ours.store)
            .execute()
            .unwrap()
        {
            QueryResults::Solutions(r) => r,
            _ => panic!("not rows"),
        };
        assert!(sort(&s, unsorted).unwrap().is_none());
        let got = rows(ours.query(q, "test", None).unwrap());
        assert_eq!(
            got[0][0].as_ref().unwrap().to_string(),
            "\"P1Y\"^^<http://www.w3.org/2001/XMLSchema#duration>"
        );
    }
}
