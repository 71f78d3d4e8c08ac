//! Entities: the gazetteer (brands, groups, models, countries, plants), text folding with an
//! offset map back to the original bytes, and the matcher that finds mentions in articles.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

mod accept;
pub mod compiled;
mod context;
mod explain;
// Folding lives below every layer that uses it (corpus dates, search, the browser).
pub use crate::text::fold;
pub mod gazetteer;
pub mod info;
mod kind;
mod lexicon;
pub mod matcher;
pub mod names;
mod rules;
pub mod source;

pub use gazetteer::Gazetteer;
pub use info::{GroupSpan, PlantInfo, PlantKind, PlantStatus};
pub use kind::EntityKind;
pub use matcher::Matcher;
pub use source::{Entity, EntityId, Form, GazetteerError};

/// Where in an article a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    #[default]
    Body,
}

/// One occurrence of an entity in an article's title or body.
///
/// Kept small because articles carry dozens of them: the canonical name is shared with every
/// other mention of the entity, and the text as written is not copied but read back from the
/// body with [`Mention::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: EntityKind,
    /// Canonical display name (`Kaluga`, `Russia`, `Citroën`).
    pub entity: Name,
    /// The text the range is in.
    pub field: Field,
    /// Byte range in that text (the title or the body).
    pub start: usize,
    pub end: usize,
}

impl Mention {
    /// The text as written (`Kalouga`, `russe`): the mention's range of `text`, the field of
    /// the article it was found in (empty if the range does not fit that text).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The text as written, read from the right field of `article`.
    pub fn written<'a>(&self, article: &'a crate::Article) -> &'a str {
        match self.field {
            Field::Title => self.text(&article.title),
            Field::Body => self.text(&article.body),
        }
    }

    pub fn in_body(&self) -> bool {
        self.field == Field::Body
    }
}

/// A canonical entity name, shared: cloning it is a reference-count increment, so a
/// corpus's hundreds of thousands of mentions point at one allocation per entity.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Name(Arc<str>);

impl Name {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Hashed and compared as its text, so `[Name]::join` and maps keyed by `str` take it.
impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name(Arc::from(name))
    }
}

impl From<String> for Name {
    fn from(name: String) -> Name {
        Name(Arc::from(name))
    }
}

impl From<Name> for String {
    fn from(name: Name) -> String {
        name.as_str().to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    /// Names read back (from the cache) are shared per thread as they are read, so a corpus
    /// read back holds about one allocation per entity and thread, as a fresh load does.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Name, D::Error> {
        /// Beyond this many distinct names, the table starts over (a bound, not a cache size
        /// that matters: the gazetteer has a few thousand entities).
        const MAX_INTERNED: usize = 100_000;
        thread_local! {
            static NAMES: std::cell::RefCell<rustc_hash::FxHashSet<Arc<str>>> =
                std::cell::RefCell::default();
        }
        fn intern(text: &str) -> Name {
            NAMES.with(|names| {
                let mut names = names.borrow_mut();
                if let Some(known) = names.get(text) {
                    return Name(known.clone());
                }
                if names.len() >= MAX_INTERNED {
                    names.clear();
                }
                let name: Arc<str> = Arc::from(text);
                names.insert(name.clone());
                Name(name)
            })
        }
        /// Takes the text where the format lends it (postcard, JSON without escapes): a
        /// `Cow<str>` is always owned through serde, a `String` made and dropped per name.
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Name;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a name")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Name, E> {
                Ok(intern(text))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_reads_its_text_from_the_body() {
        let body = "l'usine de Kalouga";
        let m = Mention {
            kind: EntityKind::Plant,
            entity: "Kaluga".into(),
            field: Field::Body,
            start: 11,
            end: 18,
        };
        assert_eq!(m.text(body), "Kalouga");
        // A range that does not fit (another article's body) reads as empty, never panics.
        assert_eq!(m.text("short"), "");
        // …or that would cut a character.
        assert_eq!(m.text("l'usine de Kalo\u{fc}\u{fc}a"), "");
    }

    #[test]
    fn names_compare_and_serialise_as_strings() {
        let a = Name::from("Citroën");
        let b = a.clone();
        assert!(
            std::ptr::eq(a.as_str(), b.as_str()),
            "a clone shares the text"
        );
        assert_eq!(a, "Citroën");
        assert_eq!(a, "Citroën".to_string());
        assert_eq!(format!("{a} {a:?}"), "Citroën \"Citroën\"");
        assert_eq!(
            serde_json::to_string(&a).ok().as_deref(),
            Some("\"Citroën\"")
        );
    }

    #[test]
    fn names_read_back_share_one_allocation() {
        let bytes = postcard::to_stdvec(&vec![Name::from("Kaluga"), Name::from("Kaluga")])
            .expect("serialise");
        let back: Vec<Name> = postcard::from_bytes(&bytes).expect("deserialise");
        assert_eq!(back, vec![Name::from("Kaluga"), Name::from("Kaluga")]);
        assert!(std::ptr::eq(back[0].as_str(), back[1].as_str()));
    }
}
