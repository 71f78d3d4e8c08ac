//! The kinds of entity, in a file of their own so that the build script can compile the
//! gazetteer with the very same definitions (see `build.rs`).

use serde::{Deserialize, Serialize};

/// The five kinds of entity plantscope recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
