//! The `Article`: one clean, sanitised news item and the entities found in it.

use serde::{Deserialize, Serialize};

use crate::entities::{EntityKind, Mention};

/// One article, as read from a file (a file may hold several: JSON arrays, JSONL, feeds).
///
/// Every text field has already been sanitised by [`crate::text::sanitize`]: nothing inward of
/// the corpus reader ever sees raw control characters.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    /// Stable id: a hash of the path and the item's position in its file (16 hex digits).
    pub id: String,
    /// Where it came from, as shown to the user (sanitised; `seeds/…` for embedded seeds).
    pub path: String,
    pub title: String,
    /// The text, without the title when the title was taken from the first line.
    pub body: String,
    /// ISO 639-1 code, from the file or detected; `"und"` when unknown.
    pub lang: String,
    /// ISO 8601 (`2023-11-09` or `2023-11-09T10:00:00Z`) when the file gives one.
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// Words in the body (Unicode word segmentation).
    pub words: usize,
    /// Canonical entity names found in title and body, sorted, one list per kind.
    pub entities: EntitySet,
    /// Entity mentions in the body, in order, with byte ranges into `body`.
    pub mentions: Vec<Mention>,
    /// Production facts read from the body (`crate::facts`), in body order.
    pub facts: Vec<crate::facts::Fact>,
}

/// What an article has beyond its summary: its body and the mentions in it. A library over
/// the cache keeps these on disk (in the index's document store) and reads them when an
/// article is opened, highlighted or printed; the summary is all the list, the facets and the
/// orders need.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Detail {
    pub body: String,
    pub mentions: Vec<Mention>,
}

/// An article's [`Detail`], borrowed: written as a `Detail` is (postcard is positional).
#[derive(Serialize)]
pub struct DetailRef<'a> {
    pub body: &'a str,
    pub mentions: &'a [Mention],
}

/// An article without its [`Detail`], as the cache's manifest keeps it: the fields in
/// [`Article`]'s order, without `body` and `mentions`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub id: String,
    pub path: String,
    pub title: String,
    pub lang: String,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub words: usize,
    pub entities: EntitySet,
    pub facts: Vec<crate::facts::Fact>,
}

/// An article's [`Summary`], borrowed: written as a `Summary` is.
#[derive(Serialize)]
pub struct SummaryRef<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub title: &'a str,
    pub lang: &'a str,
    pub date: &'a Option<String>,
    pub url: &'a Option<String>,
    pub source: &'a Option<String>,
    pub words: usize,
    pub entities: &'a EntitySet,
    pub facts: &'a [crate::facts::Fact],
}

impl Article {
    /// The summary of this article, borrowed (for writing it).
    pub fn summary_ref(&self) -> SummaryRef<'_> {
        SummaryRef {
            id: &self.id,
            path: &self.path,
            title: &self.title,
            lang: &self.lang,
            date: &self.date,
            url: &self.url,
            source: &self.source,
            words: self.words,
            entities: &self.entities,
            facts: &self.facts,
        }
    }

    /// The detail of this article, borrowed (for writing it).
    pub fn detail_ref(&self) -> DetailRef<'_> {
        DetailRef {
            body: &self.body,
            mentions: &self.mentions,
        }
    }

    /// Take the body and mentions out, leaving the summary.
    pub fn take_detail(&mut self) -> Detail {
        Detail {
            body: std::mem::take(&mut self.body),
            mentions: std::mem::take(&mut self.mentions),
        }
    }

    /// The article whole again: this summary with `detail`.
    pub fn with_detail(mut self, detail: Detail) -> Article {
        self.body = detail.body;
        self.mentions = detail.mentions;
        self
    }
}

impl From<Summary> for Article {
    fn from(s: Summary) -> Article {
        Article {
            id: s.id,
            path: s.path,
            title: s.title,
            body: String::new(),
            lang: s.lang,
            date: s.date,
            url: s.url,
            source: s.source,
            words: s.words,
            entities: s.entities,
            mentions: Vec::new(),
            facts: s.facts,
        }
    }
}

/// The canonical names of the entities an article mentions (or implies), per kind.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct EntitySet {
    pub brands: Vec<String>,
    pub groups: Vec<String>,
    pub models: Vec<String>,
    pub countries: Vec<String>,
    pub plants: Vec<String>,
}

impl EntitySet {
    pub fn of_kind(&self, kind: EntityKind) -> &[String] {
        match kind {
            EntityKind::Brand => &self.brands,
            EntityKind::Group => &self.groups,
            EntityKind::Model => &self.models,
            EntityKind::Country => &self.countries,
            EntityKind::Plant => &self.plants,
        }
    }

    pub fn of_kind_mut(&mut self, kind: EntityKind) -> &mut Vec<String> {
        match kind {
            EntityKind::Brand => &mut self.brands,
            EntityKind::Group => &mut self.groups,
            EntityKind::Model => &mut self.models,
            EntityKind::Country => &mut self.countries,
            EntityKind::Plant => &mut self.plants,
        }
    }

    pub fn is_empty(&self) -> bool {
        EntityKind::ALL.iter().all(|k| self.of_kind(*k).is_empty())
    }
}

/// A short, stable id: FNV-1a 64 of the path and the item index, as 16 hex digits.
pub fn stable_id(path: &str, item: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    // As a u64: `usize` bytes made the id differ between 32- and 64-bit builds.
    for byte in path.bytes().chain((item as u64).to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(stable_id("a.txt", 0), stable_id("a.txt", 0));
        assert_ne!(stable_id("a.txt", 0), stable_id("a.txt", 1));
        assert_ne!(stable_id("a.txt", 0), stable_id("b.txt", 0));
        assert_eq!(stable_id("a.txt", 0).len(), 16);
    }

    #[test]
    fn a_summary_and_a_detail_written_borrowed_read_back_whole() {
        let article = Article {
            id: "0123456789abcdef".into(),
            path: "news/a.txt".into(),
            title: "Kaluga".into(),
            body: "Peugeot builds in Kaluga.".into(),
            lang: "en".into(),
            date: Some("2024-01-02".into()),
            url: None,
            source: Some("Wire".into()),
            words: 4,
            entities: EntitySet {
                brands: vec!["Peugeot".into()],
                plants: vec!["Kaluga".into()],
                ..EntitySet::default()
            },
            mentions: vec![Mention {
                kind: EntityKind::Brand,
                entity: "Peugeot".into(),
                field: crate::entities::Field::Body,
                start: 0,
                end: 7,
            }],
            facts: Vec::new(),
        };
        let summary = postcard::to_stdvec(&article.summary_ref()).expect("summary");
        let detail = postcard::to_stdvec(&article.detail_ref()).expect("detail");
        let summary: Summary = postcard::from_bytes(&summary).expect("summary back");
        let detail: Detail = postcard::from_bytes(&detail).expect("detail back");
        let mut stripped = article.clone();
        let taken = stripped.take_detail();
        assert_eq!(Article::from(summary.clone()), stripped);
        assert_eq!(taken, detail);
        assert_eq!(Article::from(summary).with_detail(detail), article);
    }

    #[test]
    fn ids_are_the_same_on_32_and_64_bit_builds() {
        // FNV-1a 64 of "a.txt" then 1 as eight little-endian bytes (computed apart). With the
        // item's `usize` bytes a 32-bit build hashed four bytes and gave 69af9de17b9c148b.
        assert_eq!(stable_id("a.txt", 1), "630b120c9544b6bb");
    }
}
