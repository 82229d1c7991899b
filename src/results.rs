//! SPARQL results for people and for tools: an aligned table (CJK-aware
//! widths), or CSV, TSV, JSON and XML through oxigraph's serializers;
//! CONSTRUCT/DESCRIBE results as RDF.

use crate::error::{Error, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl ResultFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ResultFormat::Table => "txt",
            ResultFormat::Csv => "csv",
            ResultFormat::Tsv => "tsv",
            ResultFormat::Json => "srj",
            ResultFormat::Xml => "srx",
        }
    }
}

/// Results held in memory.
pub enum Output {
    Rows {
        variables: Vec<Variable>,
        rows: Vec<Vec<Option<Term>>>,
    },
    Boolean(bool),
    Graph(Vec<Triple>),
}

/// A failed evaluation; a cancelled one ran out of time.
pub fn evaluation_error(e: oxigraph::sparql::QueryEvaluationError) -> Error {
    match e {
        oxigraph::sparql::QueryEvaluationError::Cancelled => Error::QueryTimeout(0),
        e => Error::QueryEvaluation(e.to_string()),
    }
}

pub fn collect(results: QueryResults<'_>) -> Result<Output> {
    Ok(match results {
        QueryResults::Solutions(sols) => {
            let variables = sols.variables().to_vec();
            let mut rows = Vec::new();
            for s in sols {
                let s = s.map_err(evaluation_error)?;
                rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
            }
            Output::Rows { variables, rows }
        }
        QueryResults::Boolean(b) => Output::Boolean(b),
        QueryResults::Graph(triples) => {
            let mut v = Vec::new();
            for t in triples {
                v.push(t.map_err(evaluation_error)?);
            }
            Output::Graph(v)
        }
    })
}

/// A term as a person reads it: literal values plain, IRIs with prefixes.
pub fn plain(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (p, ns) in crate::vocab::PREFIXES {
                if let Some(rest) = iri.strip_prefix(ns) {
                    return format!("{p}:{rest}");
                }
            }
            iri.to_string()
        }
        other => other.to_string(),
    }
}

/// Display width: wide (CJK, full-width) characters take two columns.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let wide = ('\u{1100}'..='\u{115f}').contains(&c)
                || ('\u{2e80}'..='\u{a4cf}').contains(&c)
                || ('\u{ac00}'..='\u{d7a3}').contains(&c)
                || ('\u{f900}'..='\u{faff}').contains(&c)
                || ('\u{fe30}'..='\u{fe4f}').contains(&c)
                || ('\u{ff00}'..='\u{ff60}').contains(&c)
                || ('\u{ffe0}'..='\u{ffe6}').contains(&c)
                || ('\u{20000}'..='\u{3fffd}').contains(&c);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// Longest cell shown in a table before it is cut with an ellipsis.
const MAX_CELL: usize = 60;

fn cut(s: &str) -> String {
    let one_line = s.replace('\n', " ");
    if width(&one_line) <= MAX_CELL {
        return one_line;
    }
    let mut out = String::new();
    for c in one_line.chars() {
        if width(&out) + width(&c.to_string()) > MAX_CELL - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

pub fn write_table<W: Write>(
    variables: &[Variable],
    rows: &[Vec<Option<Term>>],
    mut w: W,
) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| t.as_ref().map(plain).map(|s| cut(&s)).unwrap_or_default())
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = variables.iter().map(|v| width(v.as_str())).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |w: &mut W, cols: Vec<String>| -> std::io::Result<()> {
        let joined: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i]))
            .collect();
        writeln!(w, "{}", joined.join("  ").trim_end())
    };
    line(
        &mut w,
        variables.iter().map(|v| v.as_str().to_string()).collect(),
    )?;
    line(&mut w, widths.iter().map(|n| "-".repeat(*n)).collect())?;
    for r in cells {
        line(&mut w, r)?;
    }
    writeln!(
        w,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

pub fn write_rows<W: Write>(
    format: ResultFormat,
    variables: &[Variable],
    rows: &[Vec<Option<Term>>],
    w: W,
) -> std::io::Result<()> {
    let f = match format {
        ResultFormat::Table => return write_table(variables, rows, w),
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
    };
    let mut ser = QueryResultsSerializer::from_format(f)
        .serialize_solutions_to_writer(w, variables.to_vec())?;
    for r in rows {
        ser.serialize(
            variables
                .iter()
                .zip(r)
                .filter_map(|(v, t)| t.as_ref().map(|t| (v.as_ref(), t.as_ref()))),
        )?;
    }
    ser.finish()?;
    Ok(())
}

pub fn write_boolean<W: Write>(format: ResultFormat, value: bool, mut w: W) -> std::io::Result<()> {
    let f = match format {
        ResultFormat::Table => return writeln!(w, "{value}"),
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
    };
    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(w, value)?;
    Ok(())
}

pub fn write_graph<W: Write>(format: RdfFormat, triples: &[Triple], w: W) -> std::io::Result<()> {
    let mut ser = RdfSerializer::from_format(format);
    for (p, iri) in crate::vocab::PREFIXES {
        ser = ser.with_prefix(*p, *iri).map_err(std::io::Error::other)?;
    }
    let mut ser = ser.for_writer(w);
    for t in triples {
        ser.serialize_triple(t)?;
    }
    ser.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_counts_double() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("钱某云"), 6);
    }

    #[test]
    fn table_aligns_columns() {
        let v = vec![
            Variable::new_unchecked("name"),
            Variable::new_unchecked("n"),
        ];
        let rows = vec![vec![
            Some(Term::from(oxigraph::model::Literal::from("钱某云"))),
            Some(Term::from(oxigraph::model::Literal::from(3))),
        ]];
        let mut buf = Vec::new();
        write_table(&v, &rows, &mut buf).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.starts_with("name    n\n------  -\n钱某云  3\n"), "{s}");
        assert!(s.ends_with("(1 row)\n"));
    }
}
