//! The pickers: opening one (a facet's values with their counts, or the open article's
//! entities), refreshing it when new results arrive, ticking values, and applying the ticks
//! to the filters.

use std::collections::BTreeSet;

use crate::entities::EntityKind;
use crate::facts::index::Shown;
use crate::search::Facet;
use crate::tui::action::Effect;
use crate::tui::facets::facet_label;
use crate::tui::layout::bar;
use crate::tui::state::{Builds, Overlay, PickItem, Picker, State, fold};

/// Picker: toggle the value under the cursor.
pub(super) fn toggle(state: &mut State) {
    if let Some(Overlay::Picker(p)) = &mut state.overlay
        && let Some(item) = p.current()
    {
        let key = (item.facet, item.value.clone());
        if !p.chosen.remove(&key) {
            p.chosen.insert(key);
        }
    }
}

/// A group picker just opened by `g` and not touched yet (no text, no tick, cursor at the
/// top): a second `g` there is vim's `gg`, not a `g` typed to narrow.
pub(super) fn untouched_group_picker(state: &State) -> bool {
    matches!(&state.overlay, Some(Overlay::Picker(p))
        if p.facet == Some(Facet::Group)
            && p.narrow.is_empty()
            && p.cursor == 0
            && p.chosen == p.pinned.iter().cloned().collect::<BTreeSet<_>>())
}

pub(super) fn open_facet_picker(state: &mut State, facet: Facet) {
    let active = state.filters.get(facet);
    let items = facet_items(state, facet, active);
    let chosen: BTreeSet<(Facet, String)> = active.iter().map(|v| (facet, v.clone())).collect();
    state.overlay = Some(Overlay::Picker(Picker {
        title: facet_label(facet).to_string(),
        facet: Some(facet),
        items,
        narrow: Default::default(),
        cursor: 0,
        pinned: active.iter().map(|v| (facet, v.clone())).collect(),
        chosen,
        builds: plant_builds(state, facet),
    }));
}

/// For the plant picker: each plant of the results' facts → the subjects they say it builds,
/// from the library's fact index, for `builds:X`.
fn plant_builds(state: &State, facet: Facet) -> Builds {
    let Some(library) = state.library.as_deref().filter(|_| facet == Facet::Plant) else {
        return Builds::default();
    };
    let index = library.fact_index();
    let docs = state.results.hits.iter().map(|h| h.doc);
    let shown = Shown::of(library.articles().len(), docs);
    Builds {
        plants: index
            .plant_subjects(&shown)
            .into_iter()
            .map(|(plant, subjects)| (plant.to_string(), subjects))
            .collect(),
        subjects: index.folded(),
    }
}

/// A facet picker's values with their counts in the shown results, then the chosen values
/// the results no longer count.
fn facet_items<'a>(
    state: &State,
    facet: Facet,
    chosen: impl IntoIterator<Item = &'a String>,
) -> Vec<PickItem> {
    let mut items: Vec<PickItem> = state
        .results
        .facets
        .get(&facet)
        .map(|counts| {
            counts
                .iter()
                .map(|c| PickItem {
                    facet,
                    value: c.value.clone(),
                    count: Some(c.count),
                    aliases: aliases_of(state, facet, &c.value),
                })
                .collect()
        })
        .unwrap_or_default();
    for value in chosen {
        if !items.iter().any(|i| &i.value == value) {
            items.push(PickItem {
                facet,
                value: value.clone(),
                count: Some(0),
                aliases: aliases_of(state, facet, value),
            });
        }
    }
    items
}

/// New results under an open facet picker (the first ones arrive when the corpus is loaded):
/// its values and counts are redone, the text, the ticks and the item under the cursor kept.
pub(super) fn refresh_facet_picker(state: &mut State) {
    let Some(Overlay::Picker(picker)) = &state.overlay else {
        return;
    };
    let Some(facet) = picker.facet else { return };
    let current = picker.current().map(|item| item.value.clone());
    // Unticked active values stay listed (pinned) even when the new counts omit them.
    let mut chosen: Vec<String> = picker.chosen.iter().map(|(_, v)| v.clone()).collect();
    for (_, value) in &picker.pinned {
        if !chosen.contains(value) {
            chosen.push(value.clone());
        }
    }
    let items = facet_items(state, facet, &chosen);
    let builds = plant_builds(state, facet);
    if let Some(Overlay::Picker(picker)) = &mut state.overlay {
        picker.items = items;
        picker.builds = builds;
        let visible = picker.visible();
        picker.cursor = current
            .and_then(|value| visible.iter().position(|&i| picker.items[i].value == value))
            .unwrap_or(0);
    }
}

/// The folded names a facet value also answers to: the entity's aliases in every language
/// from the gazetteer, or a language's names.
fn aliases_of(state: &State, facet: Facet, value: &str) -> Vec<String> {
    let Some(kind) = facet.entity_kind() else {
        // The table's names, and the detector's English and own names for every other
        // language (`japanese`, `日本語`).
        let Some(lang) = crate::Lang::from_code(value) else {
            return Vec::new();
        };
        let mut names: Vec<String> = lang.folded_names().iter().map(|n| n.to_string()).collect();
        names.extend(
            lang.english_name()
                .into_iter()
                .chain(lang.own_name())
                .map(fold),
        );
        return names;
    };
    let Some(library) = &state.library else {
        return Vec::new();
    };
    let gazetteer = library.gazetteer();
    gazetteer
        .resolve(Some(kind), value)
        .into_iter()
        .flat_map(|id| gazetteer.entity(id).forms.iter().map(|f| f.folded.clone()))
        .collect()
}

pub(super) fn open_entity_picker(state: &mut State) {
    let Some(article) = state.selected_article() else {
        return;
    };
    let items = EntityKind::ALL
        .into_iter()
        .flat_map(|kind| {
            let facet = Facet::of_kind(kind);
            article
                .entities
                .of_kind(kind)
                .iter()
                .map(move |v| PickItem {
                    facet,
                    value: v.to_string(),
                    count: None,
                    aliases: Vec::new(),
                })
        })
        .collect::<Vec<PickItem>>();
    // The article's values that are already filters: ticked (untick to remove them).
    let active: BTreeSet<(Facet, String)> = items
        .iter()
        .filter(|item| state.filters.get(item.facet).contains(&item.value))
        .map(|item| (item.facet, item.value.clone()))
        .collect();
    state.overlay = Some(Overlay::Picker(Picker {
        title: "Filter for value".to_string(),
        facet: None,
        items,
        narrow: Default::default(),
        cursor: 0,
        // In the bar's order, as the chips show them.
        pinned: bar::ORDER
            .iter()
            .flat_map(|facet| {
                state
                    .filters
                    .get(*facet)
                    .iter()
                    .map(|value| (*facet, value.clone()))
            })
            .filter(|key| active.contains(key))
            .collect(),
        chosen: active,
        builds: Builds::default(),
    }));
}

/// `Enter` in a picker: a facet picker replaces that facet's filter with the chosen values;
/// the entity picker adds the ticked values and removes the unticked active ones; both add
/// the one under the cursor when no tick changed.
pub(super) fn apply(state: &mut State) -> Option<Effect> {
    let Some(Overlay::Picker(mut picker)) = state.overlay.take() else {
        return None;
    };
    match picker.facet {
        Some(facet) => {
            // Nothing ticked or unticked: Enter means the value under the cursor, as in fzf,
            // television and the entity picker.
            let pinned: BTreeSet<(Facet, String)> = picker.pinned.iter().cloned().collect();
            if picker.chosen == pinned
                && let Some(item) = picker.current()
            {
                let key = (item.facet, item.value.clone());
                picker.chosen.insert(key);
            }
            // Values already on keep their place in the bar; new ones follow, in the order
            // the picker listed them.
            let mut values: Vec<String> = picker
                .pinned
                .iter()
                .filter(|key| picker.chosen.contains(key))
                .map(|(_, v)| v.clone())
                .collect();
            for i in picker.visible() {
                let item = &picker.items[i];
                let key = (item.facet, item.value.clone());
                if picker.chosen.contains(&key) && !values.contains(&item.value) {
                    values.push(item.value.clone());
                }
            }
            // Ticked values the current list no longer shows are kept too.
            for (_, value) in &picker.chosen {
                if !values.contains(value) {
                    values.push(value.clone());
                }
            }
            if values.is_empty() {
                state.filters.values.remove(&facet);
            } else {
                state.filters.values.insert(facet, values);
            }
        }
        None => {
            let mut chosen = picker.chosen.clone();
            let pinned: BTreeSet<(Facet, String)> = picker.pinned.iter().cloned().collect();
            // Nothing ticked or unticked: Enter means the value under the cursor.
            if chosen == pinned
                && let Some(item) = picker.current()
            {
                chosen.insert((item.facet, item.value.clone()));
            }
            if chosen == pinned {
                return None;
            }
            for (facet, value) in pinned.difference(&chosen) {
                if let Some(values) = state.filters.values.get_mut(facet) {
                    values.retain(|v| v != value);
                    if values.is_empty() {
                        state.filters.values.remove(facet);
                    }
                }
            }
            for (facet, value) in chosen {
                let values = state.filters.values.entry(facet).or_default();
                if !values.contains(&value) {
                    values.push(value);
                }
            }
        }
    }
    super::search(state)
}
