//! Moving around: focus between the panes and the input, `Esc` backing out, the sort cycle,
//! paging by the rows each part of the screen shows, and the pointer's intents (a row
//! selected, a pane focused, a filter removed) that `tui::input` made of clicks.

use crate::search::{Facet, Sort};
use crate::tui::action::Back;
use crate::tui::layout::{self, bar};
use crate::tui::state::{Focus, Overlay, State, View};

/// The sort after the one shown, so that each press visibly changes it: relevance → date →
/// title with a query; without one relevance is shown (and sorts) as date, so the cycle is
/// date → title → date, the return to date being the default (relevance once a query is
/// typed).
pub(super) fn next_sort(state: &State) -> Sort {
    match bar::shown_sort(state) {
        Sort::Relevance => Sort::Date,
        Sort::Date => Sort::Title,
        Sort::Title => Sort::Relevance,
    }
}

/// `Esc` (and `q` in a popup), as the key map's row for the mode named it. A back that does
/// not fit the state (a stale key event) changes nothing it should not: each arm checks what
/// it leaves.
pub(super) fn back(state: &mut State, to: Back) {
    match to {
        Back::Card => super::card::back(state),
        Back::Overlay => state.overlay = None,
        Back::Input if matches!(state.overlay, Some(Overlay::Prompt(_))) => state.overlay = None,
        Back::Input if state.focus == Focus::Input => state.focus = state.pane,
        Back::Input => {}
        Back::Production => state.view = View::Articles,
        Back::Reader => {
            if !super::card::return_to_cards(state) {
                focus_pane(state, Focus::List);
            }
        }
    }
}

/// Focus a pane (the list or the reader), which single-pane mode then shows.
pub(super) fn focus_pane(state: &mut State, pane: Focus) {
    if pane == Focus::Input {
        state.focus = Focus::Input;
        return;
    }
    state.focus = pane;
    state.pane = pane;
}

/// `Tab`: the list ↔ the reader.
pub(super) fn other_pane(state: &mut State) {
    let next = if state.pane == Focus::Reader {
        Focus::List
    } else {
        Focus::Reader
    };
    focus_pane(state, next);
}

/// A click on a list row: the list takes focus and the row (if it is a result) the selection.
pub(super) fn select_row(state: &mut State, row: usize) {
    focus_pane(state, Focus::List);
    if row < state.results.hits.len() {
        state.selected = row;
    }
}

/// The wheel over the list: the selection moves, focus stays where it is.
pub(super) fn move_selection(state: &mut State, delta: isize) {
    state.selected = add(state.selected, delta);
}

/// A click on a chip's value: that value is no longer a filter.
pub(super) fn remove_filter(state: &mut State, facet: Facet, value: &str) {
    if let Some(values) = state.filters.values.get_mut(&facet) {
        values.retain(|v| v != value);
        if values.is_empty() {
            state.filters.values.remove(&facet);
        }
    }
}

/// Rows in a page of whatever has focus: one less than it shows, so a line stays in view.
pub(super) fn page(state: &State) -> usize {
    let rows = match (&state.overlay, state.focus) {
        (Some(Overlay::Picker(_)), _) => layout::picker_rows(state.screen()),
        (Some(Overlay::Help { .. }), _) => layout::help::visible_rows(state.screen()),
        // The diagnostics scroll by entry, an entry one or more rows.
        (Some(Overlay::Diagnostics { .. }), _) => usize::from(state.size.1).saturating_sub(5),
        (Some(Overlay::Menu(m)), _) => m.items.len(),
        (Some(Overlay::Prompt(_)), _) => 1,
        // A card pages by lines; a fact takes two.
        (Some(Overlay::Card(_)), _) => layout::card_rows(state.screen()) / 2,
        (None, _) if state.view == View::Production => {
            layout::production_rows(state.size.0, state.size.1, !state.results.hints.is_empty())
        }
        (None, Focus::Reader) => state.reader_size().0,
        (None, _) => state.list_height(),
    };
    rows.saturating_sub(1).max(1)
}

pub(super) fn add(value: usize, delta: isize) -> usize {
    if delta < 0 {
        value.saturating_sub(delta.unsigned_abs())
    } else {
        value.saturating_add(delta as usize)
    }
}

/// Move the selection or scroll, in whatever has focus.
pub(super) fn step(state: &mut State, delta: isize) {
    let help_max = layout::help::max_scroll(&state.keymap, state.screen());
    let card_rows = layout::card_rows(state.screen());
    match &mut state.overlay {
        Some(Overlay::Picker(p)) => {
            let len = p.visible().len();
            p.cursor = add(p.cursor, delta).min(len.saturating_sub(1));
        }
        Some(Overlay::Help { scroll }) => {
            *scroll = add(*scroll, delta).min(help_max);
        }
        Some(Overlay::Diagnostics { scroll }) => {
            *scroll = add(*scroll, delta).min(state.diagnostics.len().saturating_sub(1));
        }
        Some(Overlay::Menu(m)) => {
            m.cursor = add(m.cursor, delta).min(m.items.len().saturating_sub(1));
        }
        Some(Overlay::Prompt(_)) => {}
        Some(Overlay::Card(stack)) => {
            if let Some(top) = stack.last_mut() {
                top.step(delta, card_rows);
            }
        }
        None if state.view == View::Production => state.production.step(delta),
        None => match state.focus {
            Focus::Reader => super::reader::scroll(state, delta),
            _ => state.selected = add(state.selected, delta),
        },
    }
}
