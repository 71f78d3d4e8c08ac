//! The picker's model: its items, the ticks, the narrowing text and how it ranks the items
//! (pure data and queries; `update::picker` changes it, `ui::picker` draws it).

use std::collections::{BTreeMap, BTreeSet};

use crate::search::Facet;

/// One choice in a picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub facet: Facet,
    pub value: String,
    /// Disjunctive count (facet pickers); `None` in the entity picker.
    pub count: Option<usize>,
    /// Other names it answers to when narrowing, folded (`russie`, `vw`, `french`).
    pub aliases: Vec<String>,
}

/// A facet picker (`b c p g L`) or the entity picker (`f`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub title: String,
    /// The facet being edited; `None` for "filter for value".
    pub facet: Option<Facet>,
    pub items: Vec<PickItem>,
    /// Typed text narrowing the items (accent- and case-insensitive).
    pub narrow: crate::tui::line_input::LineInput,
    /// Index into [`Picker::visible`].
    pub cursor: usize,
    pub chosen: BTreeSet<(Facet, String)>,
    /// The values that were active filters when the picker opened, in the filter bar's order:
    /// ticked, and listed first (in that order) whatever the typed text, so they can always be
    /// seen and unticked.
    pub pinned: Vec<(Facet, String)>,
    /// The plant picker's plants → what the results say they build, for `builds:3008` in
    /// the narrowing text; empty in the other pickers.
    pub builds: Builds,
}

/// What the results say each plant builds: plant → subject ids into `subjects` (folded
/// names, shared with the library's fact index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Builds {
    pub plants: BTreeMap<String, Vec<u32>>,
    pub subjects: std::sync::Arc<[String]>,
}

/// The prefix of the narrowing text that asks for plants by what they build.
pub const BUILDS: &str = "builds:";

impl Picker {
    /// Indices of the items shown: the pinned (active) values first, then the others matching
    /// the narrowing text, best matches first: a name that starts with the text (`pe` →
    /// Peugeot), then one with a word that does (`kor` → South Korea), then one that merely
    /// contains it (`pe` → Opel); the items' own order (most frequent first) within each rank.
    pub fn visible(&self) -> Vec<usize> {
        let (pinned, ranked) = self.pinned_and_ranked();
        pinned.into_iter().chain(ranked).collect()
    }

    /// Where the cursor goes after the text changed: on the best match of the text (past the
    /// pinned values, which are listed whether they match or not), or the top without text.
    pub fn best_match(&self) -> usize {
        let (pinned, ranked) = self.pinned_and_ranked();
        if self.narrow.text().trim().is_empty() || ranked.is_empty() {
            0
        } else {
            pinned.len()
        }
    }

    /// Where the item sits among the pinned values, if it is one.
    fn pinned_at(&self, item: &PickItem) -> Option<usize> {
        self.pinned
            .iter()
            .position(|(facet, value)| *facet == item.facet && *value == item.value)
    }

    fn is_pinned(&self, item: &PickItem) -> bool {
        self.pinned_at(item).is_some()
    }

    /// The subject asked for by `builds:X` (folded, quotes dropped), if the text starts so.
    pub fn builds_needle(&self) -> Option<String> {
        let text = self.narrow.text().trim_start();
        let rest = text
            .get(..BUILDS.len())
            .filter(|p| p.eq_ignore_ascii_case(BUILDS))
            .map(|_| &text[BUILDS.len()..])?;
        Some(fold(rest.trim().trim_matches('"')).trim().to_string())
    }

    /// Whether the results say `item` builds something whose name contains `needle`.
    fn builds(&self, item: &PickItem, needle: &str) -> bool {
        let names = &self.builds.subjects;
        self.builds.plants.get(&item.value).is_some_and(|subjects| {
            subjects
                .iter()
                .any(|&s| names.get(s as usize).is_some_and(|n| n.contains(needle)))
        })
    }

    fn pinned_and_ranked(&self) -> (Vec<usize>, Vec<usize>) {
        if let Some(subject) = self.builds_needle() {
            // `builds:X`: the plants building it, in the items' order.
            let pinned = self.pinned_sorted();
            let ranked = (0..self.items.len())
                .filter(|&i| {
                    let item = &self.items[i];
                    !self.is_pinned(item) && self.builds(item, &subject)
                })
                .collect();
            return (pinned, ranked);
        }
        let needle = fold(self.narrow.text());
        let needle = needle.trim();
        let pinned = self.pinned_sorted();
        let mut ranked: Vec<(u8, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| !self.is_pinned(item))
            .filter_map(|(i, item)| narrowing_rank(item, needle).map(|rank| (rank, i)))
            .collect();
        // Stable: equal ranks keep the items' order.
        ranked.sort_by_key(|&(rank, _)| rank);
        (pinned, ranked.into_iter().map(|(_, i)| i).collect())
    }

    /// The pinned items, in the filter bar's order.
    fn pinned_sorted(&self) -> Vec<usize> {
        let mut pinned: Vec<(usize, usize)> = (0..self.items.len())
            .filter_map(|i| self.pinned_at(&self.items[i]).map(|at| (at, i)))
            .collect();
        pinned.sort_unstable();
        pinned.into_iter().map(|(_, i)| i).collect()
    }

    /// The item under the cursor.
    pub fn current(&self) -> Option<&PickItem> {
        self.visible().get(self.cursor).map(|&i| &self.items[i])
    }

    /// Whether `Space` types a space: the text is not empty, does not already end in a space
    /// at the cursor, and with a space at the cursor still matches some name (`south` →
    /// South Korea, `opel` → Opel Vivaro). Otherwise `Space` toggles.
    /// Typed text that no name answers to (`this is a long…`): Space then types a space, as
    /// there is nothing to toggle that the text chose.
    pub fn text_matches_nothing(&self) -> bool {
        if let Some(subject) = self.builds_needle() {
            return !subject.is_empty() && !self.items.iter().any(|i| self.builds(i, &subject));
        }
        let needle = fold(self.narrow.text());
        let needle = needle.trim();
        !needle.is_empty()
            && self
                .items
                .iter()
                .all(|item| narrowing_rank(item, needle).is_none())
    }

    pub fn space_continues_name(&self) -> bool {
        let (before, after) = self.narrow.text().split_at(self.narrow.cursor());
        if before.trim().is_empty() || before.ends_with(' ') {
            return false;
        }
        if let Some(subject) = self.builds_needle() {
            // `builds:peugeot` + Space: a space while some subject continues so.
            let longer = format!("{subject} ");
            return !subject.is_empty() && self.items.iter().any(|i| self.builds(i, &longer));
        }
        // Folding drops a trailing space: fold the two sides apart.
        let needle = format!("{} {}", fold(before).trim(), fold(after).trim_start());
        let needle = needle.trim_start();
        self.items.iter().any(|item| {
            fold(&item.value).contains(needle) || item.aliases.iter().any(|a| a.contains(needle))
        })
    }
}

/// How well an item answers to the (folded) narrowing text: 0 a name starts with it, 1 a word
/// of a name does, 2 a name contains it; `None` when no name does.
fn narrowing_rank(item: &PickItem, needle: &str) -> Option<u8> {
    if needle.is_empty() {
        return Some(0);
    }
    let value = fold(&item.value);
    std::iter::once(value.as_str())
        .chain(item.aliases.iter().map(String::as_str))
        .filter_map(|name| {
            if name.starts_with(needle) {
                Some(0)
            } else if name.split(' ').any(|word| word.starts_with(needle)) {
                Some(1)
            } else if name.contains(needle) {
                Some(2)
            } else {
                None
            }
        })
        .min()
}

/// The folding entities and search use, for narrowing (`coree` finds `Corée`).
pub fn fold(s: &str) -> String {
    crate::text::fold::fold_str(s)
}
