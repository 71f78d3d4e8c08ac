//! What the browser calls each facet (the chips, the pickers and the help); which facet
//! filters each entity kind is `search::Facet::of_kind`.

use crate::Lang;
use crate::search::Facet;

/// The chip and picker label of a facet.
pub fn facet_label(facet: Facet) -> &'static str {
    facet.entity_kind().map_or("Language", |kind| kind.label())
}

/// A language as the picker lists it: `fr  French`; a code without a known name alone.
pub fn language_label(code: &str) -> String {
    match Lang::from_code(code).and_then(Lang::english_name) {
        Some(name) => format!("{code}  {name}"),
        None => code.to_string(),
    }
}
