//! What the browser calls each facet, and which facet filters each entity kind: the one place
//! both are written, for the chips, the pickers and the help.

use crate::entities::EntityKind;
use crate::search::Facet;

/// The facet filtering on an entity kind.
pub fn facet_of(kind: EntityKind) -> Facet {
    match kind {
        EntityKind::Brand => Facet::Brand,
        EntityKind::Group => Facet::Group,
        EntityKind::Model => Facet::Model,
        EntityKind::Country => Facet::Country,
        EntityKind::Plant => Facet::Plant,
    }
}

/// The chip and picker label of a facet.
pub fn facet_label(facet: Facet) -> &'static str {
    match facet {
        Facet::Brand => "Brand",
        Facet::Group => "Group",
        Facet::Model => "Model",
        Facet::Country => "Country",
        Facet::Plant => "Plant",
        Facet::Lang => "Language",
    }
}

/// A language as the picker lists it: `fr  French`; a code without a known name alone.
pub fn language_label(code: &str) -> String {
    let Some(name) = language_names(code)
        .first()
        .copied()
        .or_else(|| crate::corpus::lang::names_of(code).map(|(english, _)| english))
    else {
        return code.to_string();
    };
    let mut chars = name.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{code}  {capital}{}", chars.as_str())
}

/// Names of the languages most articles are in, folded, for the language picker.
pub fn language_names(code: &str) -> &'static [&'static str] {
    match code {
        "fr" => &[
            "french",
            "francais",
            "frans",
            "franzosisch",
            "frances",
            "francese",
        ],
        "nl" => &[
            "dutch",
            "nederlands",
            "neerlandais",
            "niederlandisch",
            "neerlandes",
            "olandese",
        ],
        "en" => &[
            "english", "anglais", "engels", "englisch", "ingles", "inglese",
        ],
        "de" => &[
            "german", "allemand", "duits", "deutsch", "aleman", "tedesco",
        ],
        "es" => &[
            "spanish", "espagnol", "spaans", "spanisch", "espanol", "spagnolo",
        ],
        "it" => &["italian", "italien", "italiaans", "italienisch", "italiano"],
        "pt" => &[
            "portuguese",
            "portugais",
            "portugees",
            "portugiesisch",
            "portugues",
            "portoghese",
        ],
        "ru" => &["russian", "russe", "russisch", "ruso", "russo"],
        _ => &[],
    }
}
