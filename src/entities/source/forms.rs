//! An entity's forms: the plain and cased spellings of its name and aliases, which wins
//! where two collide, and which names may match bare.

use super::*;

/// A group named like an ambiguous brand (Ford, Tesla) would fire on the surname the brand
/// rules reject; its plain forms go, and the brand implies the group instead.
pub(super) fn drop_forms_of_ambiguous_brands(entities: &mut [Entity]) {
    let ambiguous: HashSet<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Brand && e.ambiguous)
        .flat_map(|e| {
            std::iter::once(fold_str(&e.name)).chain(e.forms.iter().map(|f| f.folded.clone()))
        })
        .collect();
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Group) {
        entity
            .forms
            .retain(|f| f.cased.is_some() || !ambiguous.contains(&f.folded));
    }
}

/// An entity's forms in the order given, each once: a set beside the list keeps adding
/// linear (a list search made an entity with 50,000 aliases take seconds).
#[derive(Default)]
pub(super) struct FormSet {
    forms: Vec<Form>,
    seen: HashSet<Form>,
}

impl FormSet {
    /// The name and aliases as forms with no special rule.
    pub(super) fn plain<'a>(name: &'a str, aliases: impl Iterator<Item = &'a String>) -> FormSet {
        let mut set = FormSet::default();
        for text in std::iter::once(name).chain(aliases.map(String::as_str)) {
            set.push(Form::plain(fold_str(text)));
        }
        set
    }

    pub(super) fn push(&mut self, form: Form) {
        if !form.folded.is_empty() && !self.seen.contains(&form) {
            self.seen.insert(form.clone());
            self.forms.push(form);
        }
    }

    pub(super) fn extend(&mut self, forms: impl IntoIterator<Item = Form>) {
        for form in forms {
            self.push(form);
        }
    }

    pub(super) fn into_vec(self) -> Vec<Form> {
        self.forms
    }
}

pub(super) fn cased_forms(cased: &[String]) -> impl Iterator<Item = Form> + '_ {
    cased.iter().map(|text| Form {
        cased: Some(strip_accents(text)),
        ..Form::plain(fold_str(text))
    })
}

/// A name listed among the exact-case forms is exact-case only: its plain form goes.
pub(super) fn cased_wins(forms: &mut Vec<Form>) {
    let cased: HashSet<String> = forms
        .iter()
        .filter(|f| f.cased.is_some() && !f.bare)
        .map(|f| f.folded.clone())
        .collect();
    forms.retain(|f| f.cased.is_some() || !cased.contains(&f.folded));
}

/// A name listed among a plant's places is a place only (it needs context), even if it is
/// also the plant's name or an alias: its firm form goes.
pub(super) fn places_win(forms: &mut Vec<Form>) {
    let places: HashSet<String> = forms
        .iter()
        .filter(|f| f.place)
        .map(|f| f.folded.clone())
        .collect();
    if !places.is_empty() {
        forms.retain(|f| f.place || f.cased.is_some() || !places.contains(&f.folded));
    }
}

/// A model name may stand alone (with its brand elsewhere in the article) unless it is too
/// short to mean anything: single characters, and one-digit numbers.
pub(super) fn bare_allowed(name: &str) -> bool {
    let n = name.chars().count();
    if name.chars().all(|c| c.is_ascii_digit()) {
        // Two digits too ("Alfa Romeo 33", "DAF 44"): a bare number counts only beside its
        // brand or in a list of its models.
        n >= 2
    } else {
        n >= 2
    }
}
