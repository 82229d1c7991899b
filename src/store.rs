//! The store: the only module that touches oxigraph's `Store`.
//!
//! One named graph per article, and one shared graph with each entity's
//! class and names (removed with the last article that uses the entity).
//! Re-ingesting a file first removes the graphs it (or the same content
//! under another name) left before; articles are then written in batches,
//! each batch atomic, so a crash leaves no half article. Queries see the
//! union of all graphs as their default graph.

use crate::error::{Error, Result};
use crate::pipeline::FileGraphs;
use crate::vocab::{dg, ENTITY_GRAPH};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
    Term, TripleRef,
};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod order;

pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

/// What one file's write did.
#[derive(Debug, Default, Clone, Copy)]
pub struct WriteSummary {
    pub articles: usize,
    pub quads: usize,
    pub replaced_graphs: usize,
}

fn store_error(path: &Path, e: impl std::fmt::Display) -> Error {
    let message = e.to_string();
    if message.contains("LOCK")
        || message.contains("lock")
        || message.contains("Resource temporarily unavailable")
    {
        Error::StoreLocked {
            path: path.to_path_buf(),
        }
    } else {
        Error::Store {
            path: path.to_path_buf(),
            message,
        }
    }
}

/// The shared graph of entity descriptions (see `pipeline::emit`).
fn entity_graph() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITY_GRAPH))
}

/// Why a build without the `rocksdb` feature cannot open a store directory.
#[cfg(not(feature = "rocksdb"))]
const WITHOUT_ROCKSDB: &str = "this build has no on-disk store (feature 'rocksdb' is off)";

impl GraphStore {
    /// Opens (or creates) a store for writing.
    pub fn open(path: &Path) -> Result<GraphStore> {
        #[cfg(feature = "rocksdb")]
        let store = Store::open(path);
        #[cfg(not(feature = "rocksdb"))]
        let store: Result<Store, &str> = Err(WITHOUT_ROCKSDB);
        let store = GraphStore::wrap(path, store)?;
        store.check_layout()?;
        Ok(store)
    }

    /// Refuses a store written before entity classes moved to the entity
    /// graph: re-ingesting skips its unchanged files, so it would keep
    /// classes in article graphs that queries no longer look for there.
    fn check_layout(&self) -> Result<()> {
        // A store has one layout: the first typing of each class tells it.
        for class in [dg::PLACE, dg::PERSON, dg::ORGANIZATION, dg::CONGRESS] {
            for q in self
                .store
                .quads_for_pattern(
                    None,
                    Some(oxigraph::model::vocab::rdf::TYPE),
                    Some(class.into()),
                    None,
                )
                .take(1)
            {
                let q = q.map_err(|e| store_error(&self.path, e))?;
                if q.graph_name.as_ref() != entity_graph() {
                    return Err(Error::Store {
                        path: self.path.clone(),
                        message:
                            "written by an older delegraph (entity classes in article graphs); \
                                  delete it and ingest again"
                                .into(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Opens an existing store for reading only; works while another
    /// process writes.
    pub fn open_read_only(path: &Path) -> Result<GraphStore> {
        if !path.join("CURRENT").exists() {
            return Err(Error::Store {
                path: path.to_path_buf(),
                message: "no store here; run `delegraph ingest` first or pass --store".into(),
            });
        }
        #[cfg(feature = "rocksdb")]
        let store = Store::open_read_only(path);
        #[cfg(not(feature = "rocksdb"))]
        let store: Result<Store, &str> = Err(WITHOUT_ROCKSDB);
        GraphStore::wrap(path, store)
    }

    fn wrap(path: &Path, store: Result<Store, impl std::fmt::Display>) -> Result<GraphStore> {
        Ok(GraphStore {
            store: store.map_err(|e| store_error(path, e))?,
            path: path.to_path_buf(),
        })
    }

    /// An in-memory store (tests, `demo`).
    pub fn in_memory() -> Result<GraphStore> {
        let store = Store::new().map_err(|e| store_error(Path::new(":memory:"), e))?;
        Ok(GraphStore {
            store,
            path: PathBuf::from(":memory:"),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SHA-256 recorded for a source file, if it was ingested whole.
    /// It is read from the file's first article, which ingest writes last,
    /// so a file cut short by a crash counts as not ingested.
    pub fn recorded_sha(&self, source: &str) -> Result<Option<String>> {
        let lit = Literal::new_simple_literal(source);
        let first = Literal::new_typed_literal("0", oxigraph::model::vocab::xsd::INTEGER);
        for q in self.store.quads_for_pattern(
            None,
            Some(dg::SOURCE_FILE),
            Some(lit.as_ref().into()),
            None,
        ) {
            let q = q.map_err(|e| store_error(&self.path, e))?;
            let NamedOrBlankNode::NamedNode(article) = &q.subject else {
                continue;
            };
            let is_first = self
                .store
                .contains(QuadRef::new(
                    article,
                    dg::ARTICLE_INDEX,
                    &first,
                    q.graph_name.as_ref(),
                ))
                .map_err(|e| store_error(&self.path, e))?;
            if !is_first {
                continue;
            }
            for s in self.store.quads_for_pattern(
                Some(article.as_ref().into()),
                Some(dg::SHA256),
                None,
                None,
            ) {
                if let Term::Literal(l) = s.map_err(|e| store_error(&self.path, e))?.object {
                    return Ok(Some(l.value().to_string()));
                }
            }
        }
        Ok(None)
    }

    /// Article graphs recorded for a source file.
    pub fn graphs_of_source(&self, source: &str) -> Result<Vec<NamedNode>> {
        let lit = Literal::new_simple_literal(source);
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(
            None,
            Some(dg::SOURCE_FILE),
            Some(lit.as_ref().into()),
            None,
        ) {
            let q = q.map_err(|e| store_error(&self.path, e))?;
            if let oxigraph::model::GraphName::NamedNode(g) = q.graph_name {
                if !out.contains(&g) {
                    out.push(g);
                }
            }
        }
        Ok(out)
    }

    /// Makes room for a file about to be (re)written: removes, in one
    /// transaction, the graphs the same source wrote before and the graphs
    /// of the same content stored under another name (same article IRIs).
    /// Returns how many graphs went.
    pub fn clear_file(&self, source: &str, sha256: &str) -> Result<usize> {
        let mut old = self.graphs_of_source(source)?;
        for index in 0.. {
            let iri = NamedNode::new_unchecked(crate::pipeline::mint::article_iri(sha256, index));
            if !self
                .store
                .contains_named_graph(&iri)
                .map_err(|e| store_error(&self.path, e))?
            {
                break;
            }
            if !old.contains(&iri) {
                old.push(iri);
            }
        }
        self.remove_graphs(&old)?;
        Ok(old.len())
    }

    /// Writes whole article graphs in one atomic step: the bulk loader
    /// builds sorted files that RocksDB takes in all at once, so a crash
    /// leaves every article of the batch either present or absent.
    pub fn write_quads(&self, quads: Vec<Quad>) -> Result<()> {
        let mut w = self.writer();
        w.write(quads)?;
        w.finish()
    }

    /// A writer of batches that builds one batch while its caller gathers
    /// the next (see [`BatchWriter`]).
    pub fn writer(&self) -> BatchWriter<'_> {
        BatchWriter {
            store: self,
            pending: None,
        }
    }

    /// Replaces everything a file contributed with its new graphs.
    pub fn replace_file(&self, file: &FileGraphs) -> Result<WriteSummary> {
        let replaced_graphs = self.clear_file(&file.source, &file.sha256)?;
        let quads: Vec<Quad> = file
            .articles
            .iter()
            .flat_map(|a| a.quads.iter().cloned())
            .collect();
        let summary = WriteSummary {
            articles: file.articles.len(),
            quads: quads.len(),
            replaced_graphs,
        };
        self.write_quads(quads)?;
        Ok(summary)
    }

    /// Removes the graphs of a source file or one article IRI; returns how
    /// many graphs went.
    pub fn remove(&self, source_or_iri: &str) -> Result<usize> {
        let mut graphs = self.graphs_of_source(source_or_iri)?;
        if graphs.is_empty() {
            if let Ok(iri) = NamedNode::new(source_or_iri) {
                // The entity graph is not an article's to remove.
                if iri.as_str() != ENTITY_GRAPH
                    && self
                        .store
                        .contains_named_graph(&iri)
                        .map_err(|e| store_error(&self.path, e))?
                {
                    graphs.push(iri);
                }
            }
        }
        self.remove_graphs(&graphs)?;
        Ok(graphs.len())
    }

    /// Removes article graphs and, in the same transaction, the entity
    /// descriptions that no remaining article uses.
    fn remove_graphs(&self, graphs: &[NamedNode]) -> Result<()> {
        if graphs.is_empty() {
            return Ok(());
        }
        let err = |e| store_error(&self.path, e);
        let gone: HashSet<GraphName> = graphs.iter().cloned().map(GraphName::from).collect();
        // Every IRI the removed graphs use that has a description.
        let mut candidates: HashSet<NamedNode> = HashSet::new();
        for g in graphs {
            for q in self
                .store
                .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
            {
                let q = q.map_err(err)?;
                if let NamedOrBlankNode::NamedNode(n) = q.subject {
                    candidates.insert(n);
                }
                if let Term::NamedNode(n) = q.object {
                    candidates.insert(n);
                }
            }
        }
        // The descriptions of the candidates no remaining article uses.
        let mut orphaned: Vec<Quad> = Vec::new();
        for e in candidates {
            let description = self
                .store
                .quads_for_pattern(Some(e.as_ref().into()), None, None, Some(entity_graph()))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(err)?;
            if !description.is_empty() && !self.used_outside(&e, &gone)? {
                orphaned.extend(description);
            }
        }
        let mut t = self.store.start_transaction().map_err(err)?;
        for g in graphs {
            t.remove_named_graph(g).map_err(err)?;
        }
        for q in &orphaned {
            t.remove(q);
        }
        t.commit().map_err(err)
    }

    /// Whether an entity is subject or object of a statement in an article
    /// graph other than those in `gone`.
    fn used_outside(&self, e: &NamedNode, gone: &HashSet<GraphName>) -> Result<bool> {
        let keeps =
            |q: Quad| !gone.contains(&q.graph_name) && q.graph_name.as_ref() != entity_graph();
        for q in self
            .store
            .quads_for_pattern(Some(e.as_ref().into()), None, None, None)
            .chain(
                self.store
                    .quads_for_pattern(None, None, Some(e.as_ref().into()), None),
            )
        {
            if keeps(q.map_err(|e| store_error(&self.path, e))?) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Compacts the store. Each bulk-loaded batch leaves its own sorted
    /// files; merging them after an ingest makes queries ~10× faster on a
    /// 10,000-file store (measured: articles.rq 40 s before, 2.4 s after).
    pub fn optimize(&self) -> Result<()> {
        self.store
            .optimize()
            .map_err(|e| store_error(&self.path, e))
    }

    pub fn len(&self) -> Result<usize> {
        self.store.len().map_err(|e| store_error(&self.path, e))
    }

    pub fn is_empty(&self) -> Result<bool> {
        self.store
            .is_empty()
            .map_err(|e| store_error(&self.path, e))
    }

    /// Runs a SPARQL query over the union of all article graphs.
    pub fn query(
        &self,
        text: &str,
        source_name: &str,
        timeout: Option<Duration>,
    ) -> Result<QueryResults<'static>> {
        let token = CancellationToken::new();
        let query = spargebra::SparqlParser::new()
            .parse_query(text)
            .map_err(|e| Error::QuerySyntax {
                source_name: source_name.to_string(),
                message: e.to_string(),
            })?;
        if let Some(t) = timeout {
            let token = token.clone();
            std::thread::spawn(move || {
                std::thread::sleep(t);
                token.cancel();
            });
        }
        let run = |query: spargebra::Query| {
            let mut prepared = SparqlEvaluator::new()
                .with_cancellation_token(token.clone())
                .for_query(query);
            prepared.dataset_mut().set_default_graph_as_union();
            prepared
                .on_store(&self.store)
                .execute()
                .map_err(crate::results::evaluation_error)
        };
        if let Some(split) = order::split(&query) {
            if let QueryResults::Solutions(rows) = run(split.unsorted.clone())? {
                if let Some(sorted) = order::sort(&split, rows)? {
                    return Ok(sorted);
                }
            }
        }
        run(query)
    }

    /// Writes the store: quad formats keep the article graphs, triple
    /// formats get their union without duplicates. Returns the statements written.
    pub fn export<W: Write>(&self, format: RdfFormat, writer: W) -> Result<usize> {
        let mut ser = RdfSerializer::from_format(format);
        for (p, iri) in crate::vocab::PREFIXES {
            ser = ser
                .with_prefix(*p, *iri)
                .map_err(|e| Error::Other(e.to_string()))?;
        }
        let mut ser = ser.for_writer(writer);
        let mut n = 0;
        let io = |e: std::io::Error| Error::Other(format!("writing export: {e}"));
        if format.supports_datasets() {
            for q in self.store.iter() {
                let q = q.map_err(|e| store_error(&self.path, e))?;
                ser.serialize_quad(&q).map_err(io)?;
                n += 1;
            }
        } else {
            let mut seen: HashSet<oxigraph::model::Triple> = HashSet::new();
            for q in self.store.iter() {
                let q = q.map_err(|e| store_error(&self.path, e))?;
                let t = oxigraph::model::Triple::from(q);
                if seen.insert(t.clone()) {
                    ser.serialize_triple(TripleRef::from(&t)).map_err(io)?;
                    n += 1;
                }
            }
        }
        ser.finish().map_err(io)?;
        Ok(n)
    }

    pub fn contains(&self, quad: QuadRef<'_>) -> Result<bool> {
        self.store
            .contains(quad)
            .map_err(|e| store_error(&self.path, e))
    }

    /// All quads of one graph (tests and `remove`).
    pub fn graph_len(&self, graph: &NamedNode) -> Result<usize> {
        let mut n = 0;
        for q in self.store.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(graph.as_ref())),
        ) {
            q.map_err(|e| store_error(&self.path, e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Inserts raw quads in one transaction (fixtures).
    pub fn insert_all<'a>(&self, quads: impl IntoIterator<Item = QuadRef<'a>>) -> Result<()> {
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| store_error(&self.path, e))?;
        for q in quads {
            t.insert(q);
        }
        t.commit().map_err(|e| store_error(&self.path, e))
    }
}

/// Writes batches of whole article graphs in the order they come, each in
/// one atomic step. The bulk loader sorts a batch into files on a thread of
/// its own; the batch is taken into the store only when the next one
/// arrives (or at [`finish`](Self::finish)), so building one batch overlaps
/// gathering the next, and batches land in order: a file's first article,
/// sent last, is stored after the rest of the file. A writer dropped before
/// [`finish`](Self::finish) discards the batch still building, whole.
#[must_use = "a batch still building is stored only by write or finish"]
pub struct BatchWriter<'s> {
    store: &'s GraphStore,
    /// The batch being built, not yet in the store.
    pending: Option<oxigraph::store::BulkLoader<'s>>,
}

impl BatchWriter<'_> {
    /// Starts building `quads` and stores the batch before it.
    pub fn write(&mut self, quads: Vec<Quad>) -> Result<()> {
        if quads.is_empty() {
            return Ok(());
        }
        let path = &self.store.path;
        // The loader sizes its tables for (megabytes × 1000) quads: ask for
        // just this batch, in one piece, on one thread.
        let mut loader = self
            .store
            .store
            .bulk_loader()
            .with_num_threads(1)
            .with_max_memory_size_in_megabytes(quads.len().div_ceil(1000));
        loader.load_quads(quads).map_err(|e| store_error(path, e))?;
        let before = self.pending.replace(loader);
        Self::commit(path, before)
    }

    /// Stores the batch still being built; after this every batch written
    /// is in the store.
    pub fn finish(&mut self) -> Result<()> {
        Self::commit(&self.store.path, self.pending.take())
    }

    fn commit(path: &Path, loader: Option<oxigraph::store::BulkLoader<'_>>) -> Result<()> {
        match loader {
            Some(l) => l.commit().map_err(|e| store_error(path, e)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quad(name: &str) -> Quad {
        let node = |s: &str| NamedNode::new_unchecked(format!("https://example.org/{s}"));
        Quad::new(node("s"), node("p"), Literal::from(name), node(name))
    }

    #[test]
    fn batches_land_in_order_each_once_the_next_arrives() {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(&dir.path().join("store")).unwrap();
        let mut w = store.writer();
        w.write(vec![quad("a")]).unwrap();
        assert_eq!(store.len().unwrap(), 0, "the first batch is still building");
        w.write(vec![quad("b"), quad("c")]).unwrap();
        assert!(store.contains(quad("a").as_ref()).unwrap());
        assert_eq!(store.len().unwrap(), 1);
        w.finish().unwrap();
        assert_eq!(store.len().unwrap(), 3);
        w.write(Vec::new()).unwrap();
        w.finish().unwrap();
        assert_eq!(store.len().unwrap(), 3);
    }
}
