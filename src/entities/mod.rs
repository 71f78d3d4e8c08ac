//! Entities: the gazetteer (brands, groups, models, countries, plants), text folding with an
//! offset map back to the original bytes, and the matcher that finds mentions in articles.

use serde::Serialize;

pub mod compiled;
pub mod fold;
pub mod gazetteer;
mod kind;
pub mod matcher;
pub mod names;
pub mod source;

pub use gazetteer::Gazetteer;
pub use kind::EntityKind;
pub use matcher::Matcher;
pub use source::{Entity, EntityId, Form, GazetteerError};

/// One occurrence of an entity in an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub kind: EntityKind,
    /// Canonical display name (`Kaluga`, `Russia`, `Citroën`).
    pub entity: String,
    /// Byte range in the article body.
    pub start: usize,
    pub end: usize,
    /// The text as written (`Kalouga`, `russe`).
    pub text: String,
}
