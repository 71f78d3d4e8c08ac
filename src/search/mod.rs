//! Search: the only tantivy-aware code. An in-memory index over the articles, a lenient query
//! parser, entity-aware matching, disjunctive facet counts. One door: [`Library::search`].
//!
use std::collections::BTreeMap;
use std::sync::Arc;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexReader, Order, Searcher, Term};

use rayon::prelude::*;
use serde::Serialize;

use crate::Article;
use crate::entities::{EntityKind, Gazetteer};

pub mod analyzer;
pub mod build;
pub mod compile;
pub mod facets;
pub mod highlight;
pub mod oracle;
pub mod query;
pub mod schema;

use compile::Compiler;
use schema::Fields;

/// A facet the user can filter on: the entity kinds plus the article language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    Brand,
    Group,
    Model,
    Country,
    Plant,
    Lang,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Brand,
        Facet::Group,
        Facet::Model,
        Facet::Country,
        Facet::Plant,
        Facet::Lang,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Brand => "brand",
            Facet::Group => "group",
            Facet::Model => "model",
            Facet::Country => "country",
            Facet::Plant => "plant",
            Facet::Lang => "lang",
        }
    }

    pub fn parse(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.as_str() == name)
    }

    pub fn entity_kind(self) -> Option<EntityKind> {
        match self {
            Facet::Brand => Some(EntityKind::Brand),
            Facet::Group => Some(EntityKind::Group),
            Facet::Model => Some(EntityKind::Model),
            Facet::Country => Some(EntityKind::Country),
            Facet::Plant => Some(EntityKind::Plant),
            Facet::Lang => None,
        }
    }
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first (the default with a query; falls back to date without one).
    #[default]
    Relevance,
    /// Newest first; undated articles last.
    Date,
    /// Alphabetical by title.
    Title,
}

/// Active filters: canonical values per facet. Values within a facet are OR-ed, facets AND-ed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub values: std::collections::BTreeMap<Facet, Vec<String>>,
}

impl Filters {
    pub fn get(&self, facet: Facet) -> &[String] {
        self.values.get(&facet).map(Vec::as_slice).unwrap_or(&[])
    }
    pub fn is_empty(&self) -> bool {
        self.values.values().all(Vec::is_empty)
    }
}

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub sort: Sort,
    /// At most this many hits (all when `None`); totals and facets always count everything.
    pub limit: Option<usize>,
}

/// One value of a facet and how many results it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

/// One matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into [`Library::articles`].
    pub doc: usize,
    pub score: f32,
    pub snippet: String,
    /// Byte ranges in the article body of the matched terms, in order.
    pub highlights: Vec<(usize, usize)>,
}

/// The answer to a [`Query`].
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Disjunctive counts per facet, most frequent first.
    pub facets: std::collections::BTreeMap<Facet, Vec<FacetCount>>,
    /// Problems the lenient parser fixed, for the UI to show under the input.
    pub hints: Vec<String>,
    pub timings: SearchTimings,
}

/// Where the time of a search went.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchTimings {
    /// The main pass: matching, ordering, and the counts of facets without a filter.
    pub query: std::time::Duration,
    /// The extra passes for facets that have a filter (disjunctive counts).
    pub facets: std::time::Duration,
}

/// Hits beyond this many come without snippet and highlights (ask [`Library::highlights`]).
pub const SNIPPET_HITS: usize = 200;

/// The searchable corpus: the articles, their in-memory index and the gazetteer used to
/// understand entity names in queries.
pub struct Library {
    articles: Vec<Article>,
    gazetteer: Arc<Gazetteer>,
    fields: Fields,
    _index: Index,
    _reader: IndexReader,
    searcher: Searcher,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("articles", &self.articles.len())
            .finish()
    }
}

impl Library {
    /// Index annotated articles, with the embedded gazetteer for query understanding.
    pub fn build(articles: Vec<Article>) -> anyhow::Result<Library> {
        Library::with_gazetteer(articles, Arc::new(Gazetteer::builtin()?), &|_| {})
    }

    /// Index annotated articles; `progress` hears how many are indexed.
    pub fn with_gazetteer(
        articles: Vec<Article>,
        gazetteer: Arc<Gazetteer>,
        progress: &(dyn Fn(usize) + Sync),
    ) -> anyhow::Result<Library> {
        let fields = Fields::new();
        let (index, reader, articles) = build::build_index(&fields, articles, progress)?;
        let searcher = reader.searcher();
        Ok(Library {
            articles,
            gazetteer,
            fields,
            _index: index,
            _reader: reader,
            searcher,
        })
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The canonical value of a filter typed by the user (`russie` → `Russia`, `NL` → `nl`),
    /// or `None` when nothing has that name.
    pub fn resolve_filter(&self, facet: Facet, text: &str) -> Option<String> {
        match facet.entity_kind() {
            Some(kind) => self.gazetteer.canonical(kind, text).map(str::to_string),
            None => Some(normalize_lang(text)).filter(|l| !l.is_empty()),
        }
    }

    /// Run a query: hits in the requested order, totals and disjunctive facet counts.
    pub fn search(&self, query: &Query) -> Results {
        let parsed = query::parse(&query.text);
        let mut compiler = Compiler::new(&self.fields, &self.gazetteer);
        let base = parsed
            .root
            .as_ref()
            .map(|node| compiler.compile(node, false));
        let mut hints = parsed.hints;
        hints.append(&mut compiler.hints);
        let wanted = compiler.wanted;

        let filters: Vec<(Facet, Box<dyn TantivyQuery>)> = Facet::ALL
            .iter()
            .filter(|f| !query.filters.get(**f).is_empty())
            .map(|&f| (f, self.filter_query(f, query.filters.get(f))))
            .collect();
        let combined = |skip: Option<Facet>| -> Box<dyn TantivyQuery> {
            let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
            if let Some(b) = &base {
                clauses.push((Occur::Must, b.box_clone()));
            }
            for (facet, q) in &filters {
                if Some(*facet) != skip {
                    clauses.push((Occur::Must, q.box_clone()));
                }
            }
            if clauses.is_empty() {
                Box::new(AllQuery)
            } else {
                Box::new(BooleanQuery::new(clauses))
            }
        };

        let main = combined(None);
        let unfiltered: Vec<Facet> = Facet::ALL
            .iter()
            .copied()
            .filter(|f| query.filters.get(*f).is_empty())
            .collect();
        let wanted_hits = query.limit.unwrap_or(self.articles.len());
        // tantivy's top-k needs k ≥ 1; `--limit 0` still counts, then keeps no hit.
        let limit = wanted_hits.max(1);
        let sort = match query.sort {
            Sort::Relevance if base.is_none() => Sort::Date,
            other => other,
        };
        let started = std::time::Instant::now();
        let (total, docs, mut facet_counts) =
            match self.main_pass(main.as_ref(), sort, limit, &unfiltered) {
                Ok(r) => r,
                Err(e) => {
                    hints.push(format!("search failed: {e}"));
                    return Results {
                        hints,
                        ..Results::default()
                    };
                }
            };
        let query_time = started.elapsed();
        let started = std::time::Instant::now();
        for (facet, _) in &filters {
            let q = combined(Some(*facet));
            match facets::count(&self.searcher, q.as_ref(), &[*facet]) {
                Ok(mut counts) => facet_counts.append(&mut counts),
                Err(e) => hints.push(format!("facet counts failed: {e}")),
            }
        }

        let docs: Vec<(f32, usize)> = docs.into_iter().take(wanted_hits).collect();
        let timings = SearchTimings {
            query: query_time,
            facets: started.elapsed(),
        };
        // Snippets and highlights for the first hits, split over the cores (one word cache
        // per worker); the rest come bare.
        let marked: Vec<(String, Vec<(usize, usize)>)> = docs
            .iter()
            .take(SNIPPET_HITS)
            .collect::<Vec<_>>()
            .par_chunks(
                SNIPPET_HITS
                    .div_ceil(rayon::current_num_threads().max(1))
                    .max(16),
            )
            .flat_map_iter(|chunk| {
                let mut highlighter = highlight::Highlighter::new(&wanted);
                chunk
                    .iter()
                    .map(|(_, doc)| {
                        let article = &self.articles[*doc];
                        let ranges = highlighter.highlights(article);
                        (highlight::snippet(&article.body, &ranges), ranges)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let hits = docs
            .into_iter()
            .zip(marked.into_iter().map(Some).chain(std::iter::repeat(None)))
            .map(|((score, doc), marks)| {
                let (snippet, highlights) = marks.unwrap_or_default();
                Hit {
                    doc,
                    score,
                    snippet,
                    highlights,
                }
            })
            .collect();
        Results {
            total,
            hits,
            facets: facet_counts,
            hints,
            timings,
        }
    }

    /// Byte ranges in an article's body matched by a query text (for the reader).
    pub fn highlights(&self, doc: usize, query_text: &str) -> Vec<(usize, usize)> {
        let Some(article) = self.articles.get(doc) else {
            return Vec::new();
        };
        let parsed = query::parse(query_text);
        let mut compiler = Compiler::new(&self.fields, &self.gazetteer);
        if let Some(node) = &parsed.root {
            compiler.compile(node, false);
        }
        highlight::highlights(article, &compiler.wanted)
    }

    fn filter_query(&self, facet: Facet, values: &[String]) -> Box<dyn TantivyQuery> {
        let field = self.fields.facet(facet);
        let clauses = values
            .iter()
            .map(|v| {
                let term = Term::from_field_text(field, v);
                let q: Box<dyn TantivyQuery> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, q)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// One pass over the index: count, top documents in the requested order, and the facet
    /// counts of every facet that has no filter of its own.
    #[allow(clippy::type_complexity)]
    fn main_pass(
        &self,
        query: &dyn TantivyQuery,
        sort: Sort,
        limit: usize,
        unfiltered: &[Facet],
    ) -> tantivy::Result<(usize, Vec<(f32, usize)>, BTreeMap<Facet, Vec<FacetCount>>)> {
        let aggs = facets::collector(unfiltered);
        let top = TopDocs::with_limit(limit);
        let (total, addresses, agg) = match sort {
            Sort::Relevance => {
                let (n, docs, agg) = self
                    .searcher
                    .search(query, &(Count, top.order_by_score(), aggs))?;
                (n, docs, agg)
            }
            Sort::Date => {
                let collector = top.order_by_fast_field::<i64>("date", Order::Desc);
                let (n, docs, agg) = self.searcher.search(query, &(Count, collector, aggs))?;
                (n, docs.into_iter().map(|(_, a)| (0.0, a)).collect(), agg)
            }
            Sort::Title => {
                let collector = top.order_by_string_fast_field("title_key", Order::Asc);
                let (n, docs, agg) = self.searcher.search(query, &(Count, collector, aggs))?;
                (n, docs.into_iter().map(|(_, a)| (0.0, a)).collect(), agg)
            }
        };
        // Open each segment's `ord` column once, not once per hit (the browser asks for every
        // hit: 100,000 column look-ups by name per keystroke at 100k articles).
        let columns: Vec<_> = self
            .searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.fast_fields().u64("ord").ok())
            .collect();
        let docs = addresses
            .into_iter()
            .filter_map(|(score, address)| {
                let column = columns.get(address.segment_ord as usize)?.as_ref()?;
                Some((score, column.first(address.doc_id)? as usize))
            })
            .collect();
        Ok((total, docs, facets::read(agg, unfiltered)))
    }
}

/// A language filter as typed (`NL`, `nl-BE`, ` fr `) → its ISO 639-1 code.
pub fn normalize_lang(text: &str) -> String {
    let t = text.trim().to_lowercase();
    t.split(['-', '_']).next().unwrap_or("").to_string()
}
