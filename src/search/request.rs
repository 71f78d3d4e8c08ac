//! What a search asks for: the facets, filters, sort order and the [`Query`] itself.

use std::sync::Arc;

use serde::Serialize;

use super::SNIPPET_HITS;
use crate::entities::EntityKind;

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

    /// The entity kind a facet filters on (`None` for the language). With
    /// [`Facet::of_kind`], the one place kinds and facets are paired (a test holds the two to
    /// each other).
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

    /// The facet filtering on an entity kind.
    pub fn of_kind(kind: EntityKind) -> Facet {
        match kind {
            EntityKind::Brand => Facet::Brand,
            EntityKind::Group => Facet::Group,
            EntityKind::Model => Facet::Model,
            EntityKind::Country => Facet::Country,
            EntityKind::Plant => Facet::Plant,
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
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub sort: Sort,
    /// At most this many hits (all when `None`); totals and facets always count everything.
    pub limit: Option<usize>,
    /// The first this many hits come with a snippet and highlights ([`SNIPPET_HITS`] by
    /// default). The browser asks for none: it shows no snippets and highlights only the
    /// article in the reader ([`Library::hit_highlights`]).
    pub snippets: usize,
    /// The text is being typed (the browser): see [`query::parse`]. Otherwise it is whole
    /// (the command line): see [`query::parse_whole`].
    pub typing: bool,
    /// Only these articles (by ord) may match, as if a filter: the user's marks
    /// (`is:starred`, `tag:x`), which live outside the index. Totals and facets count them
    /// only; `None` lets every article through.
    pub only: Option<Arc<Vec<bool>>>,
}

impl Default for Query {
    fn default() -> Query {
        Query {
            text: String::new(),
            filters: Filters::default(),
            sort: Sort::default(),
            limit: None,
            snippets: SNIPPET_HITS,
            typing: false,
            only: None,
        }
    }
}

/// A language filter as typed (`NL`, `nl-BE`, ` fr `) → its ISO 639-1 code.
pub fn normalize_lang(text: &str) -> String {
    // Names and three-letter codes too (`dutch`, `Nederlands`, `fra`), as in front matter.
    text.parse::<crate::Lang>()
        .map(|l| l.to_string())
        .unwrap_or_else(|_| {
            let t = text.trim().to_lowercase();
            t.split(['-', '_']).next().unwrap_or("").to_string()
        })
}
