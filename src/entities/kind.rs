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
    /// How many kinds there are: the length of anything held per kind.
    pub const COUNT: usize = 5;

    /// Every kind, in declaration order (so `kind as usize` indexes it; a test holds it).
    pub const ALL: [EntityKind; EntityKind::COUNT] = [
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

    /// The plural lowercase name, as the JSON output and the cache name an article's list.
    pub const fn plural(self) -> &'static str {
        match self {
            EntityKind::Brand => "brands",
            EntityKind::Group => "groups",
            EntityKind::Model => "models",
            EntityKind::Country => "countries",
            EntityKind::Plant => "plants",
        }
    }

    /// The name shown to a reader: a card's kind, a chip, a picker's title (`Brand`).
    pub const fn label(self) -> &'static str {
        match self {
            EntityKind::Brand => "Brand",
            EntityKind::Group => "Group",
            EntityKind::Model => "Model",
            EntityKind::Country => "Country",
            EntityKind::Plant => "Plant",
        }
    }

    /// The plural shown to a reader (the reader's header: `Brands Peugeot · Lada`).
    pub const fn plural_label(self) -> &'static str {
        match self {
            EntityKind::Brand => "Brands",
            EntityKind::Group => "Groups",
            EntityKind::Model => "Models",
            EntityKind::Country => "Countries",
            EntityKind::Plant => "Plants",
        }
    }

    /// The kind's position in [`EntityKind::ALL`], for arrays held per kind.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}
