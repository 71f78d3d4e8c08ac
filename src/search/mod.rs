//! Search: the only tantivy-aware code. An in-memory index over the articles, a lenient query
//! parser, entity-aware matching, disjunctive facet counts. One door: [`Library::search`].
//!
//! PLACEHOLDER — the API is fixed, the implementation is being written.

use std::sync::Arc;

use serde::Serialize;

use crate::Article;
use crate::entities::EntityKind;

pub mod oracle;

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
}

/// The searchable corpus.
pub struct Library {
    articles: Arc<Vec<Article>>,
}

impl Library {
    pub fn build(articles: Vec<Article>) -> anyhow::Result<Library> {
        Ok(Library {
            articles: Arc::new(articles),
        })
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// PLACEHOLDER: every article whose title or body contains the query text (case-insensitive),
    /// filtered, with brute-force facet counts.
    pub fn search(&self, query: &Query) -> Results {
        let needle = query.text.to_lowercase();
        let matching: Vec<usize> = (0..self.articles.len())
            .filter(|&i| {
                let a = &self.articles[i];
                needle.is_empty()
                    || a.title.to_lowercase().contains(&needle)
                    || a.body.to_lowercase().contains(&needle)
            })
            .collect();
        let facets = oracle::facet_counts(&self.articles, &matching, &query.filters);
        let hits: Vec<Hit> = matching
            .iter()
            .filter(|&&i| oracle::passes(&self.articles[i], &query.filters, None))
            .map(|&doc| Hit {
                doc,
                score: 1.0,
                snippet: String::new(),
                highlights: Vec::new(),
            })
            .collect();
        Results {
            total: hits.len(),
            hits,
            facets,
            hints: Vec::new(),
        }
    }
}
