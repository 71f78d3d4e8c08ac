//! Search: the only tantivy-aware code. An in-memory index over the articles, a lenient query
//! parser, entity-aware matching, disjunctive facet counts. One door: [`Library::search`].

pub mod analyzer;
pub mod blob;
pub mod build;
mod compile;
pub mod facets;
pub mod highlight;
mod library;
pub mod oracle;
pub mod order;
pub mod query;
mod request;
mod results;
pub mod schema;
#[cfg(test)]
mod tests;

pub use compile::did_you_mean;
pub use library::{Library, Unreadable};
pub use request::{Facet, Filters, Query, Sort, normalize_lang};
pub use results::{FacetCount, HighlightTerms, Hit, Results, SNIPPET_HITS, SearchTimings};
