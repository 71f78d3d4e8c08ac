//! User state (PRODUCT.md §7): read/unread marks, stars, tags, saved searches and the search
//! history, kept across runs in the platform data dir (never in an input folder), keyed by
//! article id, written atomically ([`store`]); `is:unread`, `is:starred`, `tag:x` in a query
//! select by it ([`terms`]).

pub mod store;
pub mod terms;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::search::{Facet, Filters, Sort};

pub use store::Store;

/// The shape of the state file; a file with a higher number was written by a newer
/// plantscope and is left alone.
pub const STATE_VERSION: u32 = 1;

/// At most this many queries are kept in the history (the oldest go first).
pub const HISTORY_LEN: usize = 1000;

/// Everything the user marked or saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserState {
    pub schema_version: u32,
    /// Marks by article id ([`crate::Article::id`]); an article with no mark has no entry.
    #[serde(default)]
    pub articles: BTreeMap<String, Marks>,
    /// Saved searches by name.
    #[serde(default)]
    pub saved: BTreeMap<String, SavedSearch>,
    /// Queries searched for, oldest first, each once.
    #[serde(default)]
    pub history: Vec<String>,
}

impl Default for UserState {
    fn default() -> UserState {
        UserState {
            schema_version: STATE_VERSION,
            articles: BTreeMap::new(),
            saved: BTreeMap::new(),
            history: Vec::new(),
        }
    }
}

/// One article's marks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marks {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub starred: bool,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub tags: BTreeSet<String>,
}

impl Marks {
    fn is_empty(&self) -> bool {
        *self == Marks::default()
    }
}

/// A named query with its filters and sort, as the command line or the browser had them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedSearch {
    pub query: String,
    /// Facet name (`brand`, `country`…) → canonical values.
    #[serde(default)]
    pub filters: BTreeMap<String, Vec<String>>,
    /// `relevance`, `date` or `title`; none: the default order.
    #[serde(default)]
    pub sort: Option<String>,
}

impl SavedSearch {
    /// A query, its filters (the empty ones left out) and its sort (the default left out).
    pub fn of(query: &str, filters: &Filters, sort: Sort) -> SavedSearch {
        SavedSearch {
            query: query.to_string(),
            filters: filters
                .values
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(f, v)| (f.as_str().to_string(), v.clone()))
                .collect(),
            sort: (sort != Sort::Relevance).then(|| sort_name(sort).to_string()),
        }
    }

    /// The saved filters; a facet name this plantscope does not know is left out.
    pub fn to_filters(&self) -> Filters {
        let mut filters = Filters::default();
        for (facet, values) in &self.filters {
            if let Some(facet) = Facet::parse(facet) {
                let list = filters.values.entry(facet).or_default();
                for value in values {
                    if !list.contains(value) {
                        list.push(value.clone());
                    }
                }
            }
        }
        filters
    }

    /// The saved sort, when one was saved and is known.
    pub fn to_sort(&self) -> Option<Sort> {
        self.sort.as_deref().and_then(parse_sort)
    }

    /// `kaluga · brand: Peugeot · by date`: what the search is, in one line.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(self.query.clone());
        }
        for (facet, values) in &self.filters {
            parts.push(format!("{facet}: {}", values.join(", ")));
        }
        if let Some(sort) = &self.sort {
            parts.push(format!("by {sort}"));
        }
        if parts.is_empty() {
            "everything".to_string()
        } else {
            parts.join(" · ")
        }
    }
}

/// A sort order by its saved (and command-line) name.
pub fn parse_sort(name: &str) -> Option<Sort> {
    match name {
        "relevance" => Some(Sort::Relevance),
        "date" => Some(Sort::Date),
        "title" => Some(Sort::Title),
        _ => None,
    }
}

/// The saved name of a sort order.
pub fn sort_name(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Date => "date",
        Sort::Title => "title",
    }
}

/// One change to the state, applied in memory by the browser and again to the file (read
/// afresh, so what another plantscope wrote meanwhile is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Mark(String, Mark),
    Remember(String),
    Save(String, SavedSearch),
}

impl Change {
    pub fn apply(&self, state: &mut UserState) {
        match self {
            Change::Mark(id, mark) => state.mark(id, mark),
            Change::Remember(query) => state.remember(query),
            Change::Save(name, saved) => {
                state.saved.insert(name.clone(), saved.clone());
            }
        }
    }
}

/// A change to one article's marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    Read(bool),
    Starred(bool),
    Tag(String, bool),
}

impl UserState {
    /// The marks of article `id` (none: the default, unread and unstarred).
    pub fn marks(&self, id: &str) -> Option<&Marks> {
        self.articles.get(id)
    }

    /// Apply `mark` to article `id`; an article left with no mark loses its entry.
    pub fn mark(&mut self, id: &str, mark: &Mark) {
        let entry = self.articles.entry(id.to_string()).or_default();
        match mark {
            Mark::Read(on) => entry.read = *on,
            Mark::Starred(on) => entry.starred = *on,
            Mark::Tag(tag, true) => {
                entry.tags.insert(tag.clone());
            }
            Mark::Tag(tag, false) => {
                entry.tags.remove(tag);
            }
        }
        if entry.is_empty() {
            self.articles.remove(id);
        }
    }

    /// Remember `query` as the newest in the history (an earlier copy moves up).
    pub fn remember(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        self.history.retain(|q| q != query);
        self.history.push(query.to_string());
        if self.history.len() > HISTORY_LEN {
            let extra = self.history.len() - HISTORY_LEN;
            self.history.drain(..extra);
        }
    }
}

/// A tag as stored and matched: trimmed, lower case, inner spaces as `-`.
pub fn normalize_tag(tag: &str) -> String {
    crate::text::sanitize_line(tag)
        .trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_set_and_clear() {
        let mut state = UserState::default();
        state.mark("a", &Mark::Starred(true));
        state.mark("a", &Mark::Tag("ev".into(), true));
        assert!(
            state
                .marks("a")
                .is_some_and(|m| m.starred && m.tags.contains("ev"))
        );
        state.mark("a", &Mark::Starred(false));
        state.mark("a", &Mark::Tag("ev".into(), false));
        assert!(state.articles.is_empty(), "no empty entries kept");
        assert_eq!(normalize_tag(" Électrique  cars "), "électrique-cars");
    }

    #[test]
    fn history_keeps_each_query_once_newest_last() {
        let mut state = UserState::default();
        for q in ["kaluga", "renault", "kaluga", " ", "busan"] {
            state.remember(q);
        }
        assert_eq!(state.history, ["renault", "kaluga", "busan"]);
        for i in 0..HISTORY_LEN + 5 {
            state.remember(&format!("q{i}"));
        }
        assert_eq!(state.history.len(), HISTORY_LEN);
        assert_eq!(state.history.last().map(String::as_str), Some("q1004"));
    }
}
