//! The [`Library`]: the articles, their index and the gazetteer, and the one door to them
//! ([`Library::search`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use tantivy::query::{AllQuery, BooleanQuery, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Index, IndexReader, Searcher, Term};

use rayon::prelude::*;

mod highlights;
mod stored;

use stored::Stored;
pub use stored::Unreadable;

use super::compile::Compiler;
use super::schema::Fields;
use super::{
    Facet, HighlightTerms, Hit, Query, Results, SearchTimings, Sort, build, facets, highlight,
    normalize_lang, order, query,
};
use crate::Article;
use crate::entities::Gazetteer;

/// The fewest hits worth handing to another thread for snippets.
const MIN_SNIPPET_CHUNK: usize = 16;

/// The searchable corpus: the articles, their in-memory index and the gazetteer used to
/// understand entity names in queries.
pub struct Library {
    pub(super) articles: Vec<Article>,
    pub(super) gazetteer: Arc<Gazetteer>,
    pub(super) fields: Fields,
    _index: Index,
    _reader: IndexReader,
    pub(super) searcher: Searcher,
    /// Per segment of `searcher`: doc id → article ord (read once from the `ord` column).
    pub(super) segment_ords: Vec<Arc<[u32]>>,
    /// Date and title order of the whole corpus, for ordering hits with integer keys.
    ranks: order::Ranks,
    /// Each article's facet values as ids, for counting facets.
    facets: facets::FacetTables,
    /// In a library over the cache, where each article's body and mentions are: `articles`
    /// are then summaries ([`Library::article`] reads the rest). `None`: all in `articles`.
    stored: Option<Stored>,
    /// The first article whose text could not be read back (the cache changed on disk).
    unreadable: std::sync::OnceLock<Unreadable>,
    /// The production facts laid out for cards and the production view: built when first
    /// asked for (a headless `search` or `list` never needs it; at 100k articles it was a
    /// tenth of a start from the cache).
    fact_index: std::sync::OnceLock<crate::facts::index::FactIndex>,
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
        Library::assemble(fields, index, reader, articles, None, gazetteer)
    }

    /// The library over an index kept on disk (see [`crate::cache`]) whose documents carry
    /// `slots[i]` for article `i` and store its body and mentions; documents whose slot no
    /// article has are never hits. The articles are kept as summaries (their bodies and
    /// mentions dropped: [`Library::article`] reads them from the index). An article without
    /// a document is an error (the index is not the one its manifest describes).
    pub fn from_index(
        index: Index,
        mut articles: Vec<Article>,
        slots: &[u32],
        gazetteer: Arc<Gazetteer>,
    ) -> anyhow::Result<Library> {
        for article in &mut articles {
            article.take_detail();
        }
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?;
        let fields = Fields::new();
        Library::assemble(fields, index, reader, articles, Some(slots), gazetteer)
    }

    fn assemble(
        fields: Fields,
        index: Index,
        reader: IndexReader,
        articles: Vec<Article>,
        slots: Option<&[u32]>,
        gazetteer: Arc<Gazetteer>,
    ) -> anyhow::Result<Library> {
        // Slot → article position, when they differ.
        let positions: Option<Vec<u32>> = slots.map(|slots| {
            let len = slots.iter().max().map_or(0, |&m| m as usize + 1);
            let mut positions = vec![order::NO_ARTICLE; len];
            for (ord, &slot) in slots.iter().enumerate() {
                positions[slot as usize] = u32::try_from(ord).unwrap_or(order::NO_ARTICLE);
            }
            positions
        });
        let searcher = reader.searcher();
        let segment_ords: Vec<Arc<[u32]>> = searcher
            .segment_readers()
            .iter()
            .map(|segment| {
                let column = segment.fast_fields().u64("ord")?;
                let alive = segment.alive_bitset();
                Ok((0..segment.max_doc())
                    .map(|doc| {
                        // A deleted document is no article's (its slot may be given again).
                        let slot = column
                            .first(doc)
                            .filter(|_| alive.is_none_or(|a| a.is_alive(doc)))
                            .and_then(|o| u32::try_from(o).ok());
                        match (&positions, slot) {
                            (_, None) => order::NO_ARTICLE,
                            (None, Some(ord)) => ord,
                            (Some(positions), Some(slot)) => positions
                                .get(slot as usize)
                                .copied()
                                .unwrap_or(order::NO_ARTICLE),
                        }
                    })
                    .collect())
            })
            .collect::<tantivy::Result<_>>()?;
        // Over the cache: where each article's document is, every article having one.
        let stored = match slots {
            None => None,
            Some(slots) => Some(Stored {
                addresses: addresses(&segment_ords, articles.len())?,
                slots: slots.to_vec(),
            }),
        };
        let (ranks, facets) = if articles.len() >= order::PARALLEL_MIN {
            rayon::join(
                || order::Ranks::new(&articles),
                || facets::FacetTables::new(&articles),
            )
        } else {
            (
                order::Ranks::new(&articles),
                facets::FacetTables::new(&articles),
            )
        };
        Ok(Library {
            stored,
            unreadable: std::sync::OnceLock::new(),
            articles,
            gazetteer,
            fields,
            _index: index,
            _reader: reader,
            searcher,
            segment_ords,
            ranks,
            facets,
            fact_index: std::sync::OnceLock::new(),
        })
    }

    /// The production facts of every article, laid out for gathering over any result set.
    /// Built on the first call (the browser's loader makes it once the list is shown).
    pub fn fact_index(&self) -> &crate::facts::index::FactIndex {
        self.fact_index
            .get_or_init(|| crate::facts::index::FactIndex::build(&self.articles, &self.gazetteer))
    }

    /// The articles, in library order (a [`Hit::doc`] is a position here). In a library over
    /// the cache they are summaries, without body and mentions: [`Library::article`] gives an
    /// article whole.
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

    /// What a filter value nothing is called was probably meant to be
    /// ([`crate::search::did_you_mean`]).
    pub fn did_you_mean(&self, facet: Facet, text: &str) -> Option<String> {
        crate::search::did_you_mean(&self.gazetteer, facet, text)
    }

    /// Run a query: hits in the requested order, totals and disjunctive facet counts.
    pub fn search(&self, query: &Query) -> Results {
        let parsed = if query.typing {
            query::parse(&query.text)
        } else {
            query::parse_whole(&query.text)
        };
        let mut compiler = Compiler::new(&self.fields, &self.gazetteer);
        let base = parsed
            .root
            .as_ref()
            .map(|node| compiler.compile(node, false));
        let mut hints = parsed.hints;
        hints.append(&mut compiler.hints);
        let wanted = compiler.wanted;

        let filters: Vec<Box<dyn TantivyQuery>> = Facet::ALL
            .iter()
            .filter(|f| !query.filters.get(**f).is_empty())
            .map(|&f| self.filter_query(f, query.filters.get(f)))
            .collect();
        // The filters are clauses of the query rather than a check on its matches so that
        // scores stay what they were (tantivy adds the filter terms' scores).
        let main: Box<dyn TantivyQuery> = match (&base, filters.is_empty()) {
            (None, true) => Box::new(AllQuery),
            (Some(b), true) => b.box_clone(),
            _ => Box::new(BooleanQuery::new(
                base.iter()
                    .map(|b| b.box_clone())
                    .chain(filters)
                    .map(|q| (Occur::Must, q))
                    .collect(),
            )),
        };
        let limit = query.limit.unwrap_or(self.articles.len());
        let sort = match query.sort {
            Sort::Relevance if base.is_none() => Sort::Date,
            other => other,
        };
        let started = std::time::Instant::now();
        let allowed = |&(_, ord): &(f32, u32)| {
            query
                .only
                .as_ref()
                .is_none_or(|only| only.get(ord as usize).copied().unwrap_or(false))
        };
        let found = match self.matches(main.as_ref(), sort == Sort::Relevance) {
            Ok(mut found) => {
                found.retain(allowed);
                found
            }
            Err(e) => {
                hints.push(format!("search failed: {e}"));
                return Results {
                    hints,
                    ..Results::default()
                };
            }
        };
        let total = found.len();
        let query_time = started.elapsed();

        let started = std::time::Instant::now();
        // Each facet counts with every filter but its own: without filters those are the
        // matches; with some, the matches of the text alone, checked against the filters
        // in one pass (not one index pass per filtered facet).
        let facet_counts = if query.filters.is_empty() {
            self.facets
                .count(found.iter().map(|&(_, ord)| ord), &query.filters)
        } else {
            let text_only: Box<dyn TantivyQuery> = match &base {
                Some(b) => b.box_clone(),
                None => Box::new(AllQuery),
            };
            match self.matches(text_only.as_ref(), false) {
                Ok(all) => self.facets.count(
                    all.into_iter().filter(allowed).map(|(_, ord)| ord),
                    &query.filters,
                ),
                Err(e) => {
                    hints.push(format!("facet counts failed: {e}"));
                    BTreeMap::new()
                }
            }
        };
        let facets_time = started.elapsed();

        let started = std::time::Instant::now();
        let docs = self.ranks.order(sort, found, limit, &self.articles);
        let timings = SearchTimings {
            query: query_time + started.elapsed(),
            facets: facets_time,
        };
        // Snippets and highlights for the first hits, split over the cores (one word cache
        // per worker); the rest come bare. A single chunk's worth is done on this thread:
        // handing it to the pool (and starting the pool, on the first search) costs more.
        let first: Vec<&(f32, usize)> = docs.iter().take(query.snippets).collect();
        let mark = |chunk: &[&(f32, usize)]| {
            let mut highlighter = highlight::Highlighter::new(&wanted);
            chunk
                .iter()
                .map(|(_, doc)| match self.article(*doc) {
                    Some(article) => {
                        let ranges = highlighter.highlights(&article);
                        (highlight::snippet(&article.body, &ranges), ranges)
                    }
                    None => Default::default(),
                })
                .collect::<Vec<_>>()
        };
        let marked: Vec<(String, Vec<(usize, usize)>)> = if first.len() <= MIN_SNIPPET_CHUNK {
            mark(&first)
        } else {
            first
                .par_chunks(
                    first
                        .len()
                        .div_ceil(rayon::current_num_threads().max(1))
                        .max(MIN_SNIPPET_CHUNK),
                )
                .flat_map_iter(mark)
                .collect()
        };
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
            highlight: HighlightTerms(wanted),
        }
    }

    pub(super) fn filter_query(&self, facet: Facet, values: &[String]) -> Box<dyn TantivyQuery> {
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

    /// Every document matching `query`, as (score, article ord); scores only when asked.
    fn matches(&self, query: &dyn TantivyQuery, scoring: bool) -> tantivy::Result<Vec<(f32, u32)>> {
        let collector = order::Matches {
            ords: self.segment_ords.clone(),
            scoring,
        };
        self.searcher.search(query, &collector)
    }
}

/// Per article ord, the address of its document, from the per-segment doc → ord tables:
/// an error when an article has no document or two.
fn addresses(segment_ords: &[Arc<[u32]>], articles: usize) -> anyhow::Result<Vec<DocAddress>> {
    let none = DocAddress::new(u32::MAX, u32::MAX);
    let mut addresses = vec![none; articles];
    for (segment, ords) in segment_ords.iter().enumerate() {
        for (doc, &ord) in ords.iter().enumerate() {
            let Some(address) = addresses.get_mut(ord as usize) else {
                continue; // not an article's (NO_ARTICLE): an old version, never a hit
            };
            if *address != none {
                anyhow::bail!("two documents for article {ord}");
            }
            *address = DocAddress::new(segment as u32, doc as u32);
        }
    }
    if let Some(missing) = addresses.iter().position(|a| *a == none) {
        anyhow::bail!("article {missing} has no document in the index");
    }
    Ok(addresses)
}
