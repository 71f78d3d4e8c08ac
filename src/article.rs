//! The `Article`: one clean, sanitised news item and the entities found in it.

use serde::{Deserialize, Serialize};

use crate::entities::{EntityKind, Mention, Name};
use crate::{Date, Lang};

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
    /// From the file or detected; [`Lang::UNDETERMINED`] when unknown.
    pub lang: Lang,
    /// When the file gives one, at the precision it gives (`2023`, `2023-11-09`,
    /// `2023-11-09T10:00:00Z`).
    pub date: Option<Date>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// Words in the body (Unicode word segmentation).
    pub words: usize,
    /// Canonical entity names found in title and body, sorted, one list per kind.
    pub entities: EntitySet,
    /// Entity mentions in the body, in order, with byte ranges into `body`.
    pub mentions: Vec<Mention>,
    /// Mentions past the matcher's cap ([`crate::entities::matcher::MAX_MENTIONS`] per
    /// article) not kept in `mentions`: an article with more names than that lists the first
    /// ones, its entities stay complete. Not in the article's own serialised form (its shape
    /// is kept); the cache keeps it in the [`Detail`].
    #[serde(skip)]
    pub mentions_omitted: usize,
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
    pub mentions_omitted: usize,
}

/// An article's [`Detail`], borrowed: written as a `Detail` is (postcard is positional).
#[derive(Serialize)]
pub struct DetailRef<'a> {
    pub body: &'a str,
    pub mentions: &'a [Mention],
    pub mentions_omitted: usize,
}

/// An article without its [`Detail`], as the cache's manifest keeps it: the fields in
/// [`Article`]'s order, without `body` and `mentions`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub id: String,
    pub path: String,
    pub title: String,
    pub lang: Lang,
    pub date: Option<Date>,
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
    pub lang: Lang,
    pub date: &'a Option<Date>,
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
            lang: self.lang,
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
            mentions_omitted: self.mentions_omitted,
        }
    }

    /// Take the body and mentions out, leaving the summary.
    pub fn take_detail(&mut self) -> Detail {
        Detail {
            body: std::mem::take(&mut self.body),
            mentions: std::mem::take(&mut self.mentions),
            mentions_omitted: std::mem::take(&mut self.mentions_omitted),
        }
    }

    /// The article whole again: this summary with `detail`.
    pub fn with_detail(mut self, detail: Detail) -> Article {
        self.body = detail.body;
        self.mentions = detail.mentions;
        self.mentions_omitted = detail.mentions_omitted;
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
            mentions_omitted: 0,
            facts: s.facts,
        }
    }
}

/// The canonical names of the entities an article mentions (or implies), per kind: one sorted
/// list per [`EntityKind`] (`set[EntityKind::Plant]`), so a new kind needs no field here.
/// Held as one vector, kind after kind, with where each kind's names end: one allocation per
/// article instead of one per kind (a million articles read back from the cache made four
/// million vectors more).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntitySet {
    names: Vec<Name>,
    /// `ends[k]`: where the names of the `k`-th kind end in `names`.
    ends: [u32; EntityKind::COUNT],
}

impl EntitySet {
    /// A set of one list of names per kind, in [`EntityKind::ALL`]'s order.
    pub fn from_lists(lists: [Vec<Name>; EntityKind::COUNT]) -> EntitySet {
        let mut set = EntitySet {
            names: Vec::with_capacity(lists.iter().map(Vec::len).sum()),
            ends: [0; EntityKind::COUNT],
        };
        for (end, list) in set.ends.iter_mut().zip(lists) {
            set.names.extend(list);
            *end = set.names.len() as u32;
        }
        set
    }

    /// A set holding `names` for `kind` (and what it held for the others).
    pub fn with(
        mut self,
        kind: EntityKind,
        names: impl IntoIterator<Item = impl Into<Name>>,
    ) -> EntitySet {
        self.set(kind, names.into_iter().map(Into::into).collect());
        self
    }

    /// Replace the names of `kind`.
    pub fn set(&mut self, kind: EntityKind, names: Vec<Name>) {
        let mut lists: [Vec<Name>; EntityKind::COUNT] = Default::default();
        for (list, k) in lists.iter_mut().zip(EntityKind::ALL) {
            *list = if k == kind {
                names.clone()
            } else {
                self.of_kind(k).to_vec()
            };
        }
        *self = EntitySet::from_lists(lists);
    }

    /// The set of `names`, kind after kind, the `k`-th kind's ending at `ends[k]`; `None`
    /// when the ends do not fit (out of order, past the names).
    pub fn from_parts(names: Vec<Name>, ends: [u32; EntityKind::COUNT]) -> Option<EntitySet> {
        let ordered = ends.windows(2).all(|w| w[0] <= w[1]);
        let fits = ends.last().is_some_and(|&e| e as usize == names.len());
        (ordered && fits).then_some(EntitySet { names, ends })
    }

    /// The names, kind after kind, and where each kind's end (see [`EntitySet::from_parts`]).
    pub fn parts(&self) -> (&[Name], [u32; EntityKind::COUNT]) {
        (&self.names, self.ends)
    }

    pub fn of_kind(&self, kind: EntityKind) -> &[Name] {
        let i = kind.index();
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.names
            .get(start..self.ends[i] as usize)
            .unwrap_or_default()
    }

    /// The names of one kind, taken out of the set.
    pub fn into_kind(self, kind: EntityKind) -> Vec<Name> {
        self.of_kind(kind).to_vec()
    }

    /// Every kind with its names, in [`EntityKind::ALL`]'s order.
    pub fn iter(&self) -> impl Iterator<Item = (EntityKind, &[Name])> {
        EntityKind::ALL.into_iter().map(|k| (k, self.of_kind(k)))
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl std::ops::Index<EntityKind> for EntitySet {
    type Output = [Name];
    fn index(&self, kind: EntityKind) -> &[Name] {
        self.of_kind(kind)
    }
}

/// Written as the struct of one named list per kind it was (`brands`, `groups`, …, in
/// [`EntityKind::ALL`]'s order), so JSON and the cache's postcard bytes are unchanged.
impl Serialize for EntitySet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("EntitySet", EntityKind::COUNT)?;
        for (kind, names) in self.iter() {
            out.serialize_field(kind.plural(), names)?;
        }
        out.end()
    }
}

impl<'de> Deserialize<'de> for EntitySet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<EntitySet, D::Error> {
        use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};

        /// The field names, as serde wants them: `'static`, in kind order.
        const FIELDS: [&str; EntityKind::COUNT] = {
            let mut names = [""; EntityKind::COUNT];
            let mut i = 0;
            while i < EntityKind::COUNT {
                names[i] = EntityKind::ALL[i].plural();
                i += 1;
            }
            names
        };

        thread_local! {
            /// The names read so far of the set being read (one vector per thread, reused):
            /// the set then takes them in one allocation of the right size.
            static SCRATCH: std::cell::Cell<Vec<Name>> = const { std::cell::Cell::new(Vec::new()) };
        }

        /// One list, appended to the names read so far.
        struct Append<'a>(&'a mut Vec<Name>);
        impl<'de> DeserializeSeed<'de> for Append<'_> {
            type Value = ();
            fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
                d.deserialize_seq(self)
            }
        }
        impl<'de> Visitor<'de> for Append<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of names")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while let Some(name) = seq.next_element::<Name>()? {
                    self.0.push(name);
                }
                Ok(())
            }
        }

        struct Lists;
        impl<'de> Visitor<'de> for Lists {
            type Value = EntitySet;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("one list of names per entity kind")
            }
            // Postcard (the cache) and other positional formats: the lists in kind order.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<EntitySet, A::Error> {
                let mut names = SCRATCH.take();
                names.clear();
                let mut ends = [0; EntityKind::COUNT];
                let mut read = || -> Result<(), A::Error> {
                    for (i, end) in ends.iter_mut().enumerate() {
                        seq.next_element_seed(Append(&mut names))?
                            .ok_or_else(|| A::Error::invalid_length(i, &self))?;
                        *end = names.len() as u32;
                    }
                    Ok(())
                };
                let outcome = read();
                // Of the right size, the scratch vector keeping its room for the next set.
                let mut own = Vec::with_capacity(names.len());
                own.append(&mut names);
                let set = EntitySet { names: own, ends };
                SCRATCH.set(names);
                outcome.map(|()| set)
            }
            // JSON and other self-describing formats: by name, a missing list empty.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EntitySet, A::Error> {
                let mut lists: [Vec<Name>; EntityKind::COUNT] = Default::default();
                while let Some(name) = map.next_key::<String>()? {
                    match EntityKind::ALL.into_iter().find(|k| k.plural() == name) {
                        Some(kind) => lists[kind.index()] = map.next_value()?,
                        None => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(EntitySet::from_lists(lists))
            }
        }
        deserializer.deserialize_struct("EntitySet", &FIELDS, Lists)
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
            date: "2024-01-02".parse().ok(),
            url: None,
            source: Some("Wire".into()),
            words: 4,
            entities: EntitySet::default()
                .with(EntityKind::Brand, ["Peugeot"])
                .with(EntityKind::Plant, ["Kaluga"]),
            mentions: vec![Mention {
                kind: EntityKind::Brand,
                entity: "Peugeot".into(),
                field: crate::entities::Field::Body,
                start: 0,
                end: 7,
            }],
            mentions_omitted: 3,
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

    /// The layout the struct of five named lists had, which the cache and JSON still use.
    #[derive(Serialize, Deserialize, PartialEq, Debug, Default)]
    struct Named {
        brands: Vec<String>,
        groups: Vec<String>,
        models: Vec<String>,
        countries: Vec<String>,
        plants: Vec<String>,
    }

    #[test]
    fn an_entity_set_is_written_as_its_named_lists_were() {
        for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i, "EntityKind::ALL is in declaration order");
        }
        let set = EntitySet::default()
            .with(EntityKind::Group, ["Stellantis"])
            .with(EntityKind::Plant, ["Kaluga", "Sochaux"]);
        let named = Named {
            groups: vec!["Stellantis".into()],
            plants: vec!["Kaluga".into(), "Sochaux".into()],
            ..Named::default()
        };
        let bytes = postcard::to_stdvec(&set).expect("postcard");
        assert_eq!(bytes, postcard::to_stdvec(&named).expect("postcard"));
        assert_eq!(
            postcard::from_bytes::<EntitySet>(&bytes).expect("back"),
            set
        );
        let json = serde_json::to_string(&set).expect("json");
        assert_eq!(json, serde_json::to_string(&named).expect("json"));
        assert_eq!(serde_json::from_str::<EntitySet>(&json).expect("back"), set);
        let partial: EntitySet =
            serde_json::from_str(r#"{"plants":["Flins"],"x":1}"#).expect("partial");
        assert_eq!(
            partial,
            EntitySet::default().with(EntityKind::Plant, ["Flins"])
        );
    }

    /// An article as it was written when its language was a `String` (the cache's bytes and
    /// the JSON output must not change).
    #[derive(Serialize)]
    struct Before<'a> {
        id: &'a str,
        path: &'a str,
        title: &'a str,
        body: &'a str,
        lang: &'a str,
        date: Option<&'a str>,
        url: Option<&'a str>,
        source: Option<&'a str>,
        words: usize,
        entities: &'a EntitySet,
        mentions: &'a [Mention],
        facts: &'a [crate::facts::Fact],
    }

    #[test]
    fn an_article_is_written_as_it_was_with_string_fields() {
        for (lang, date) in [
            ("fr", Some("2024-01-02")),
            ("und", None),
            ("xx", Some("2023")),
        ] {
            let article = Article {
                id: "0123456789abcdef".into(),
                path: "news/a.txt".into(),
                title: "Kaluga".into(),
                body: "Peugeot builds in Kaluga.".into(),
                lang: Lang::from_code(lang).expect("a code"),
                date: date.and_then(|d| d.parse().ok()),
                url: Some("https://example.com/a".into()),
                source: None,
                words: 4,
                entities: EntitySet::default().with(EntityKind::Plant, ["Kaluga"]),
                mentions: Vec::new(),
                mentions_omitted: 0,
                facts: Vec::new(),
            };
            let before = Before {
                id: &article.id,
                path: &article.path,
                title: &article.title,
                body: &article.body,
                lang,
                date,
                url: article.url.as_deref(),
                source: None,
                words: 4,
                entities: &article.entities,
                mentions: &[],
                facts: &[],
            };
            let json = serde_json::to_string(&article).expect("json");
            assert_eq!(json, serde_json::to_string(&before).expect("json"));
            let bytes = postcard::to_stdvec(&article).expect("postcard");
            assert_eq!(bytes, postcard::to_stdvec(&before).expect("postcard"));
            assert_eq!(
                postcard::from_bytes::<Article>(&bytes).expect("back"),
                article
            );
            assert_eq!(
                serde_json::from_str::<Article>(&json).expect("back"),
                article
            );
            let summary = postcard::to_stdvec(&article.summary_ref()).expect("summary");
            let summary: Summary = postcard::from_bytes(&summary).expect("summary back");
            assert_eq!(summary.lang, lang);
        }
    }

    #[test]
    fn ids_are_the_same_on_32_and_64_bit_builds() {
        // FNV-1a 64 of "a.txt" then 1 as eight little-endian bytes (computed apart). With the
        // item's `usize` bytes a 32-bit build hashed four bytes and gave 69af9de17b9c148b.
        assert_eq!(stable_id("a.txt", 1), "630b120c9544b6bb");
    }
}
