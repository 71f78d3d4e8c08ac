//! Entity cards and the production view: which entity the cursor is on, opening its card
//! over the results shown, following a card's row to an article (at its evidence) or to
//! another card, going back; gathering the production view when the results change.

use std::borrow::Cow;

use crate::entities::EntityKind;
use crate::tui::action::Effect;
use crate::tui::card::{Card, OpenCard, Target};
use crate::tui::layout;
use crate::tui::production::Production;
use crate::tui::state::{Focus, Overlay, ReaderView, State, View};

/// The kinds in the order the list's "first entity" is taken: the most specific first.
const FIRST: [EntityKind; 5] = [
    EntityKind::Plant,
    EntityKind::Model,
    EntityKind::Brand,
    EntityKind::Country,
    EntityKind::Group,
];

/// The entity under the cursor, by what has the keys: a card's row, the picker's value, the
/// production view's plant, the reader's current mention (or the first one from the top of
/// the view), the list's article's first entity.
pub(super) fn entity_here(state: &State) -> Option<(EntityKind, String)> {
    match &state.overlay {
        Some(Overlay::Card(stack)) => {
            let top = stack.last()?;
            top.card.card_of(top.selected)
        }
        Some(Overlay::Picker(p)) => {
            let item = p.current()?;
            Some((item.facet.entity_kind()?, item.value.clone()))
        }
        Some(_) => None,
        None if state.view == View::Production => state
            .production
            .selected_plant()
            .map(|p| (EntityKind::Plant, p.to_string())),
        None if state.focus == Focus::Reader => {
            reader_entity(state).or_else(|| first_entity(state))
        }
        None => first_entity(state),
    }
}

fn first_entity(state: &State) -> Option<(EntityKind, String)> {
    let article = state.selected_article()?;
    FIRST.iter().find_map(|&kind| {
        article
            .entities
            .of_kind(kind)
            .first()
            .map(|name| (kind, name.to_string()))
    })
}

/// The mention `]`/`[` last landed on, else the first one from the view's top line down.
fn reader_entity(state: &State) -> Option<(EntityKind, String)> {
    let article = state.selected_article()?;
    let mention = match state.current_mention() {
        Some((start, _)) => article
            .mentions
            .iter()
            .find(|m| m.in_body() && m.start == start),
        None => {
            let wrapped = state.reader.wrapped.as_ref()?;
            let top = state.reader.scroll;
            article
                .mentions
                .iter()
                .filter(|m| m.in_body() && wrapped.line_of(m.start) >= top)
                .min_by_key(|m| m.start)
        }
    }?;
    Some((mention.kind, mention.entity.as_str().to_string()))
}

/// `i`: the card of the entity under the cursor, over the results shown.
pub(super) fn open(state: &mut State) {
    match entity_here(state) {
        Some((kind, name)) => push(state, kind, &name),
        None => {
            state.message = Some(
                match &state.overlay {
                    Some(Overlay::Picker(_)) => "no card for this value",
                    Some(Overlay::Card(_)) => "this row names no entity (Enter opens it)",
                    _ => "no entity here to show a card of",
                }
                .to_string(),
            )
        }
    }
}

/// Gather a card and put it on top (over the cards open, or instead of another popup).
fn push(state: &mut State, kind: EntityKind, name: &str) {
    let Some(library) = state.library.clone() else {
        state.message = Some("the corpus is still loading".to_string());
        return;
    };
    let docs: Vec<usize> = state.results.hits.iter().map(|h| h.doc).collect();
    let card = Card::build(&library, &docs, kind, name);
    let mut open = OpenCard::new(card);
    open.keep_in_view(layout::card_rows(state.screen()));
    match &mut state.overlay {
        Some(Overlay::Card(stack)) => stack.push(open),
        _ => {
            // A card over a picker: the picker waits under the cards.
            state.picker_under_cards = match state.overlay.take() {
                Some(Overlay::Picker(p)) => Some(p),
                _ => None,
            };
            state.overlay = Some(Overlay::Card(vec![open]));
        }
    }
}

/// `Enter`: in a card, the row's article or linked card; in the production view, the
/// selected plant's card.
pub(super) fn follow(state: &mut State) -> Option<Effect> {
    match &state.overlay {
        Some(Overlay::Card(stack)) => {
            let top = stack.last()?;
            let library = state.library.as_deref()?;
            match top.card.follow(top.selected, library)? {
                Target::Card(kind, name) => push(state, kind, &name),
                Target::Article { doc, range } => return open_article(state, doc, range),
            }
        }
        None if state.view == View::Production => {
            let plant = state.production.selected_plant()?.to_string();
            push(state, EntityKind::Plant, &plant);
        }
        _ => {}
    }
    None
}

/// Show article `doc` in the reader, scrolled to `range` and drawing it apart; the cards are
/// kept for `Esc` to come back to.
fn open_article(state: &mut State, doc: usize, range: Option<(usize, usize)>) -> Option<Effect> {
    let Some(position) = state.results.hits.iter().position(|h| h.doc == doc) else {
        state.message = Some("that article is no longer among the results".to_string());
        return None;
    };
    let stack = match state.overlay.take() {
        Some(Overlay::Card(stack)) => stack,
        other => {
            state.overlay = other;
            Vec::new()
        }
    };
    state.view = View::Articles;
    state.selected = position;
    super::nav::focus_pane(state, Focus::Reader);
    state.reader = ReaderView {
        doc: Some(doc),
        evidence: range,
        ..ReaderView::default()
    };
    state.reader.wrapped = state.reader_layout().map(Cow::into_owned);
    if let (Some((start, _)), Some(wrapped)) = (range, &state.reader.wrapped) {
        let height = state.reader_size().0;
        state.reader.scroll = wrapped.line_of(start).saturating_sub(height / 3);
    }
    state.message = Some(if range.is_some() {
        "opened from the card at the underlined sentence; Esc goes back to the card".to_string()
    } else {
        "opened from the card; Esc goes back to the card".to_string()
    });
    state.card_return = Some((doc, stack));
    state.picker_under_cards = None;
    super::marks::opened(state)
}

/// `Esc` on a card: back to the card under it, or out of the cards (to the picker the
/// first was opened from, if any).
pub(super) fn back(state: &mut State) {
    if let Some(Overlay::Card(stack)) = &mut state.overlay {
        stack.pop();
        if stack.is_empty() {
            state.overlay = state.picker_under_cards.take().map(Overlay::Picker);
        }
    }
}

/// `Esc` in the reader after a card opened the article: the cards come back.
pub(super) fn return_to_cards(state: &mut State) -> bool {
    match state.card_return.take() {
        Some((doc, stack)) if state.reader.doc == Some(doc) && !stack.is_empty() => {
            state.overlay = Some(Overlay::Card(stack));
            true
        }
        _ => false,
    }
}

/// `P`: the production view, or back to the articles.
pub(super) fn toggle_production(state: &mut State) {
    if state.view == View::Production {
        state.view = View::Articles;
    } else {
        state.view = View::Production;
        state.production.gathered = None;
    }
}

/// Gather the production view again when the results it shows are not the ones on screen.
pub(super) fn refresh_production(state: &mut State) {
    if state.view != View::Production || state.production.gathered == Some(state.shown_seq) {
        return;
    }
    let Some(library) = state.library.clone() else {
        return;
    };
    let old = &state.production;
    let current = old.rows.get(old.selected).cloned();
    let docs = state.results.hits.iter().map(|h| h.doc);
    let mut fresh = Production::gather(&library, docs, &state.filters, old.sort);
    fresh.selected = current
        .and_then(|c| {
            fresh
                .rows
                .iter()
                .position(|r| r.plant == c.plant && r.subject == c.subject)
        })
        .unwrap_or(0);
    fresh.gathered = Some(state.shown_seq);
    state.production = fresh;
}

/// A new library (the files changed): the cards are gathered again from it, and the
/// production view too; an article to return to may no longer be the same one.
pub(super) fn library_changed(state: &mut State) {
    state.production.gathered = None;
    state.card_return = None;
    state.picker_under_cards = None;
    let Some(Overlay::Card(stack)) = &state.overlay else {
        return;
    };
    let wanted: Vec<(EntityKind, String, usize)> = stack
        .iter()
        .map(|o| (o.card.kind, o.card.name.clone(), o.selected))
        .collect();
    state.overlay = None;
    let height = layout::card_rows(state.screen());
    for (kind, name, selected) in wanted {
        push(state, kind, &name);
        if let Some(Overlay::Card(stack)) = &mut state.overlay
            && let Some(top) = stack.last_mut()
        {
            top.selected = selected.min(top.card.len().saturating_sub(1));
            top.keep_in_view(height);
        }
    }
}
