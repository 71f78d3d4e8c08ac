//! Entities: the gazetteer (brands, groups, models, countries, plants), text folding with an
//! offset map back to the original bytes, and the matcher that finds mentions in articles.

use serde::Serialize;

pub mod fold;
pub mod gazetteer;
pub mod matcher;
pub mod names;

pub use gazetteer::{Entity, EntityId, Gazetteer, GazetteerError};
pub use matcher::Matcher;

/// The five kinds of entity plantscope recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Brand,
    Group,
    Model,
    Country,
    Plant,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Brand,
        EntityKind::Group,
        EntityKind::Model,
        EntityKind::Country,
        EntityKind::Plant,
    ];

    /// The singular lowercase name, as used in query fields (`brand:`) and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Brand => "brand",
            EntityKind::Group => "group",
            EntityKind::Model => "model",
            EntityKind::Country => "country",
            EntityKind::Plant => "plant",
        }
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

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
