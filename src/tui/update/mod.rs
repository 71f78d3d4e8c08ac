//! The pure heart of the browser: `update(&mut State, Action) -> Vec<Effect>`. No I/O here and
//! no screen coordinates (the input translator made clicks into intents); the loop performs
//! the effects (searches, quitting, suspending). This file dispatches; each concern has its
//! own file: [`edit`] (text boxes), [`picker`], [`reader`], [`nav`] (focus, paging, pointer
//! intents), [`results`] (the corpus and search answers arriving).

mod card;
mod edit;
mod marks;
mod menu;
mod nav;
mod picker;
mod reader;
mod results;

use crate::search::Query;
use crate::tui::action::{Action, Effect};
use crate::tui::state::{CopyWhat, Focus, Overlay, State};
use edit::Edit;
pub use edit::MAX_INPUT_BYTES;
use reader::Target;

/// Apply one action; return the effects for the loop to perform.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
    if is_key(&action) {
        state.message = None;
    }
    match action {
        Action::Quit => {
            state.quit = true;
            effects.push(Effect::Quit);
        }
        Action::Suspend => effects.push(Effect::Suspend),
        Action::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Diagnostics => state.overlay = Some(Overlay::Diagnostics { scroll: 0 }),
        Action::FocusInput => {
            state.focus = Focus::Input;
            // What is typed next is a new word that narrows the search, not the end of the
            // last one ("kaluga" then "/" "polo" must not search "kalugapolo").
            state.query.to_end();
            if !state.query.is_empty() && !state.query.text().ends_with(char::is_whitespace) {
                state.query.insert_str(" ");
            }
        }
        Action::Back(to) => nav::back(state, to),
        Action::Submit if matches!(state.overlay, Some(Overlay::Prompt(_))) => {
            effects.extend(menu::submit(state));
        }
        Action::Submit => {
            effects.extend(marks::remember(state));
            // Enter ends the last word as a space does: the query is now read whole.
            let was_typing = state.query_is_typing();
            state.committed = Some(state.query.text().to_string());
            if was_typing && query_reads_differently(state.query.text()) {
                effects.extend(search(state));
            }
            nav::focus_pane(state, Focus::List);
        }
        Action::ToggleStar => {
            effects.extend(marks::toggle_star(state));
            // `is:starred` in the query: the list follows the change.
            if marks::split_query(state).1.is_some() {
                effects.extend(search(state));
            }
        }
        Action::ToggleRead => {
            effects.extend(marks::toggle_read(state));
            if marks::split_query(state).1.is_some() {
                effects.extend(search(state));
            }
        }
        Action::OpenExternal => effects.extend(marks::open_external(state)),
        Action::CopyLink => effects.extend(marks::copy(state, CopyWhat::Link)),
        Action::CopyTitle => effects.extend(marks::copy(state, CopyWhat::Title)),
        Action::CopyPath => effects.extend(marks::copy(state, CopyWhat::Path)),
        Action::CopySentence => effects.extend(marks::copy(state, CopyWhat::Sentence)),
        Action::CopyMarkdown => effects.extend(marks::copy(state, CopyWhat::Markdown)),
        Action::CopyMenu => menu::open_copy(state),
        Action::PromptSaveSearch => menu::prompt_save(state),
        Action::OpenSavedSearches => menu::open_saved(state),
        Action::UseSaved(name) => effects.extend(menu::use_saved(state, &name)),
        Action::PromptTag => menu::prompt_tag(state),
        Action::Choose => effects.extend(menu::choose(state)),
        Action::Insert(c) if matches!(state.overlay, Some(Overlay::Menu(_))) => {
            effects.extend(menu::letter(state, c));
        }
        Action::ToggleCopies => {
            state.fold_copies = !state.fold_copies;
            state.message = Some(
                if state.fold_copies {
                    "copies folded into one row"
                } else {
                    "every copy shown"
                }
                .to_string(),
            );
            effects.extend(search(state));
        }
        Action::Zoom => {
            state.panes.zoom = !state.panes.zoom;
            state.message = Some(
                if state.panes.zoom {
                    "zoomed: `z` shares the screen again"
                } else {
                    "panes side by side"
                }
                .to_string(),
            );
        }
        Action::ResizeList(delta) => {
            let side = state.size.0 >= crate::tui::layout::SIDE_BY_SIDE;
            state.panes = state.panes.resized(side, delta);
            state.panes.zoom = false;
        }
        Action::Export => {
            let docs: Vec<usize> = state.results.hits.iter().map(|h| h.doc).collect();
            if docs.is_empty() {
                state.message = Some("nothing to export: no article is shown".to_string());
            } else {
                effects.push(Effect::Export(state.query.text().to_string(), docs));
            }
        }
        Action::HistoryPrev | Action::HistoryNext
            if matches!(state.overlay, Some(Overlay::Prompt(_))) => {}
        Action::HistoryPrev | Action::HistoryNext => {
            if marks::walk_history(state, matches!(action, Action::HistoryPrev)) {
                effects.extend(search(state));
            }
        }
        Action::Insert('g') if picker::untouched_group_picker(state) => {
            state.overlay = None;
            nav::step(state, isize::MIN / 2);
        }
        Action::Insert(c) => effects.extend(edit::edit(state, Edit::Insert(c))),
        Action::Paste(text) => effects.extend(edit::paste(state, &text)),
        Action::Backspace => effects.extend(edit::edit(state, Edit::Backspace)),
        Action::Delete => effects.extend(edit::edit(state, Edit::Delete)),
        Action::CursorLeft => effects.extend(edit::edit(state, Edit::Left)),
        Action::CursorRight => effects.extend(edit::edit(state, Edit::Right)),
        Action::CursorHome => effects.extend(edit::edit(state, Edit::Home)),
        Action::CursorEnd => effects.extend(edit::edit(state, Edit::End)),
        Action::ClearInput => effects.extend(edit::edit(state, Edit::Clear)),
        Action::OpenPicker(facet) => picker::open_facet_picker(state, facet),
        Action::FilterForValue => picker::open_entity_picker(state),
        Action::RemoveFilter(facet, value) => {
            nav::remove_filter(state, facet, &value);
            effects.extend(search(state));
        }
        Action::ClearAll => {
            state.query.set("");
            state.filters.values.clear();
            effects.extend(search(state));
        }
        Action::CycleSort => {
            state.sort = nav::next_sort(state);
            effects.extend(search(state));
        }
        Action::FocusNext | Action::FocusPrev => nav::other_pane(state),
        Action::FocusPane(pane) => nav::focus_pane(state, pane),
        Action::SelectRow(row) => nav::select_row(state, row),
        Action::Down => nav::step(state, 1),
        Action::Up => nav::step(state, -1),
        Action::Top => nav::step(state, isize::MIN / 2),
        Action::Bottom => nav::step(state, isize::MAX / 2),
        Action::PageDown => nav::step(state, nav::page(state) as isize),
        Action::PageUp => nav::step(state, -(nav::page(state) as isize)),
        Action::HalfPageDown => nav::step(state, (nav::page(state) / 2).max(1) as isize),
        Action::HalfPageUp => nav::step(state, -((nav::page(state) / 2).max(1) as isize)),
        Action::ScrollList(delta) => nav::move_selection(state, delta),
        Action::ScrollReader(delta) => reader::scroll(state, delta),
        Action::Open => {
            if state.overlay.is_none() && state.selected_doc().is_some() {
                nav::focus_pane(state, Focus::Reader);
                effects.extend(marks::opened(state));
            }
        }
        Action::ApplyPicker => effects.extend(picker::apply(state)),
        Action::Toggle => picker::toggle(state),
        Action::NextHit => reader::jump(state, Target::Hit, true),
        Action::PrevHit => reader::jump(state, Target::Hit, false),
        Action::NextMention => reader::jump(state, Target::Mention, true),
        Action::PrevMention => reader::jump(state, Target::Mention, false),
        Action::NextSameEntity => reader::jump(state, Target::SameEntity, true),
        Action::PrevSameEntity => reader::jump(state, Target::SameEntity, false),
        Action::OpenCard => card::open(state),
        Action::FollowCard => effects.extend(card::follow(state)),
        Action::ToggleProduction => card::toggle_production(state),
        Action::CycleProductionSort => state.production.cycle_sort(),
        Action::Resize(w, h) => state.size = (w, h),
        Action::Progress(p) => state.progress = p,
        Action::Loaded(library, diagnostics) => {
            let note = state.preview.then(String::new);
            effects.extend(crate::tui::corpus_change::take(
                state,
                library,
                diagnostics,
                note,
            ));
            card::library_changed(state);
        }
        Action::Preview(library, diagnostics) => {
            // A larger preview replaces a smaller one, keeping the query and selection.
            if state.library.is_none() || state.preview {
                let note = format!(
                    "showing the first {} articles; loading the rest…",
                    library.articles().len()
                );
                let keep = state.preview.then(String::new);
                effects.extend(crate::tui::corpus_change::take(
                    state,
                    library,
                    diagnostics,
                    keep,
                ));
                card::library_changed(state);
                state.preview = true;
                state.note = Some(note);
            }
        }
        Action::CorpusChanged(library, diagnostics, note) => {
            effects.extend(crate::tui::corpus_change::take(
                state,
                library,
                diagnostics,
                Some(note),
            ));
            card::library_changed(state);
        }
        Action::LoadFailed(message) => results::load_failed(state, &message),
        Action::SearchFailed(seq, message) => results::search_failed(state, seq, &message),
        Action::SearchDone(seq, results) => results::search_done(state, seq, results),
        Action::Highlighted { seq, doc, ranges } => results::highlighted(state, seq, doc, ranges),
    }
    state.sync();
    card::refresh_production(state);
    effects.extend(results::ask_highlights(state));
    effects
}

/// The search for the current query, filters and sort, for a new library.
pub(crate) fn search_effect(state: &mut State) -> Option<Effect> {
    search(state)
}

/// Whether an action comes from the user (a key, a click, a paste) rather than the loop.
fn is_key(action: &Action) -> bool {
    !matches!(
        action,
        Action::Resize(..)
            | Action::Progress(_)
            | Action::Loaded(..)
            | Action::Preview(..)
            | Action::CorpusChanged(..)
            | Action::SearchDone(..)
            | Action::LoadFailed(_)
            | Action::SearchFailed(..)
    )
}

/// The search for the current query, filters and sort (none before the corpus is loaded).
fn search(state: &mut State) -> Option<Effect> {
    state.library.as_ref()?;
    state.seq += 1;
    state.asked_text = state
        .query
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let (text, only) = marks::split_query(state);
    Some(Effect::Search(
        state.seq,
        Query {
            text,
            filters: state.filters.clone(),
            sort: state.sort,
            only,
            typing: state.query_is_typing(),
            // The list shows no snippets; the reader highlights the article it shows
            // ([`Effect::Highlight`]), so the search skips the per-hit highlighting.
            snippets: 0,
            limit: None,
        },
    ))
}

/// Whether reading the query whole rather than as typed changes what it asks.
fn query_reads_differently(query: &str) -> bool {
    crate::search::query::parse(query).root != crate::search::query::parse_whole(query).root
}
