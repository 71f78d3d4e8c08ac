//! What a search answers: [`Results`] with their hits, facet counts, hints and timings.

use serde::Serialize;

use super::Facet;
use super::compile;

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
    /// What the query looks for, to highlight hits that came without highlights
    /// ([`Library::hit_highlights`]).
    pub highlight: HighlightTerms,
}

/// What a query looks for, kept with its [`Results`] to highlight their hits later. Opaque:
/// only the search reads it, so how it matches can change without its callers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HighlightTerms(pub(super) compile::Wanted);

/// Where the time of a search went.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchTimings {
    /// Matching (every filter applied) and ordering the hits.
    pub query: std::time::Duration,
    /// Counting every facet (with filters, after matching the text alone).
    pub facets: std::time::Duration,
}

/// Hits beyond this many come without snippet and highlights, unless [`Query::snippets`] asks
/// otherwise ([`Library::hit_highlights`] gives the highlights of any hit).
pub const SNIPPET_HITS: usize = 200;
