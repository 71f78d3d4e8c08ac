//! The pure heart of the browser: `update(&mut State, Action) -> Vec<Effect>`. No I/O here; the
//! loop performs the effects (searches, quitting, suspending).

use std::collections::BTreeSet;

use unicode_segmentation::UnicodeSegmentation;

use crate::entities::EntityKind;
use crate::search::{Facet, Sort};
use crate::tui::action::{Action, Effect, QueryKey};
use crate::tui::layout;
use crate::tui::state::{Focus, Overlay, PickItem, Picker, State};
use crate::tui::ui::filter_bar;

/// Apply one action; return the effects for the loop to perform.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
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
            state.cursor = state.query.len();
        }
        Action::Back => back(state),
        Action::Submit => {
            state.focus = Focus::List;
            state.pane = Focus::List;
        }
        Action::Insert(c) => effects.extend(edit(state, Edit::Insert(c))),
        Action::Paste(text) => effects.extend(paste(state, &text)),
        Action::Backspace => effects.extend(edit(state, Edit::Backspace)),
        Action::Delete => effects.extend(edit(state, Edit::Delete)),
        Action::CursorLeft => effects.extend(edit(state, Edit::Left)),
        Action::CursorRight => effects.extend(edit(state, Edit::Right)),
        Action::CursorHome => effects.extend(edit(state, Edit::Home)),
        Action::CursorEnd => effects.extend(edit(state, Edit::End)),
        Action::ClearInput => effects.extend(edit(state, Edit::Clear)),
        Action::Picker(facet) => open_facet_picker(state, facet),
        Action::FilterForValue => open_entity_picker(state),
        Action::ClearAll => {
            state.query.clear();
            state.cursor = 0;
            state.filters.values.clear();
            effects.extend(search(state));
        }
        Action::CycleSort => {
            state.sort = next_sort(state);
            effects.extend(search(state));
        }
        Action::FocusNext | Action::FocusPrev => {
            let next = if state.pane == Focus::Reader {
                Focus::List
            } else {
                Focus::Reader
            };
            state.focus = next;
            state.pane = next;
        }
        Action::Down => step(state, 1),
        Action::Up => step(state, -1),
        Action::Top => step(state, isize::MIN / 2),
        Action::Bottom => step(state, isize::MAX / 2),
        Action::PageDown => step(state, page(state) as isize),
        Action::PageUp => step(state, -(page(state) as isize)),
        Action::HalfPageDown => step(state, (page(state) / 2).max(1) as isize),
        Action::HalfPageUp => step(state, -((page(state) / 2).max(1) as isize)),
        Action::Open => {
            if matches!(state.overlay, Some(Overlay::Picker(_))) {
                effects.extend(apply_picker(state));
            } else if state.selected_doc().is_some() {
                state.focus = Focus::Reader;
                state.pane = Focus::Reader;
            }
        }
        Action::Toggle => toggle(state),
        Action::SpaceOrToggle => {
            if matches!(&state.overlay, Some(Overlay::Picker(p))
                if p.space_continues_name() || p.text_matches_nothing())
            {
                effects.extend(edit(state, Edit::Insert(' ')));
            } else {
                toggle(state);
            }
        }
        Action::NextHit => jump(state, Target::Hit, true),
        Action::PrevHit => jump(state, Target::Hit, false),
        Action::NextMention => jump(state, Target::Mention, true),
        Action::PrevMention => jump(state, Target::Mention, false),
        Action::Resize(w, h) => state.size = (w, h),
        Action::Click(x, y) => effects.extend(click(state, x, y)),
        Action::Wheel(x, y, delta) => wheel(state, x, y, delta),
        Action::Progress(p) => state.progress = p,
        Action::Loaded(library, diagnostics) => {
            let note = state.preview.then(String::new);
            effects.extend(crate::tui::corpus_change::take(
                state,
                library,
                diagnostics,
                note,
            ));
        }
        Action::Preview(library, diagnostics) => {
            if state.library.is_none() {
                let note = format!(
                    "showing the first {} articles; loading the rest…",
                    library.articles().len()
                );
                effects.extend(crate::tui::corpus_change::take(
                    state,
                    library,
                    diagnostics,
                    None,
                ));
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
        }
        Action::LoadFailed(message) => {
            let reason = crate::text::sanitize_line(&format!("loading failed: {message}"));
            state.diagnostics.push(crate::corpus::Diagnostic {
                path: "(plantscope)".to_string(),
                reason: reason.clone(),
            });
            state.error = Some(reason);
        }
        Action::SearchFailed(seq, message) => {
            if seq == state.seq {
                state.shown_seq = seq;
            }
            state.error = Some(crate::text::sanitize_line(&format!(
                "search failed: {message}"
            )));
        }
        Action::SearchDone(seq, results) => {
            state.error = None;
            if seq == state.seq {
                let current = state.selected_doc();
                state.results = results;
                state.shown_seq = seq;
                state.selected = current
                    .and_then(|doc| state.results.hits.iter().position(|h| h.doc == doc))
                    .unwrap_or(0);
                // Same article perhaps, but another query: its highlights are redone.
                state.reader.highlights = None;
                refresh_facet_picker(state);
            }
        }
    }
    state.sync();
    remember_input_scroll(state);
    effects
}

/// The sort after the one shown, so that each press visibly changes it: relevance → date →
/// title with a query; without one relevance is shown (and sorts) as date, so the cycle is
/// date → title → date, the return to date being the default (relevance once a query is
/// typed).
fn next_sort(state: &State) -> Sort {
    match filter_bar::shown_sort(state) {
        Sort::Relevance => Sort::Date,
        Sort::Date => Sort::Title,
        Sort::Title => Sort::Relevance,
    }
}

/// Keep the part of the query the search box shows, so the next frame scrolls from it.
fn remember_input_scroll(state: &mut State) {
    let Some(areas) = state.areas() else { return };
    let bar = filter_bar::layout(state, areas.filter_bar.width);
    state.input_scroll = filter_bar::input_window(state, &bar).start;
}

/// The search for the current query, filters and sort, for a new library.
pub(crate) fn search_effect(state: &mut State) -> Option<Effect> {
    search(state)
}

/// The search for the current query, filters and sort (none before the corpus is loaded).
fn search(state: &mut State) -> Option<Effect> {
    state.library.as_ref()?;
    state.seq += 1;
    Some(Effect::Search(
        state.seq,
        QueryKey {
            text: state.query.clone(),
            filters: state.filters.clone(),
            sort: state.sort,
        },
    ))
}

/// Picker: toggle the value under the cursor.
fn toggle(state: &mut State) {
    if let Some(Overlay::Picker(p)) = &mut state.overlay
        && let Some(item) = p.current()
    {
        let key = (item.facet, item.value.clone());
        if !p.chosen.remove(&key) {
            p.chosen.insert(key);
        }
    }
}

/// A line-editing key, the same in the search input and in a picker's narrowing text.
#[derive(Clone, Copy)]
enum Edit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
}

/// Edit the picker's narrowing text (back to its best match) or the search input (which
/// searches again when its text changed).
fn edit(state: &mut State, edit: Edit) -> Option<Effect> {
    let (text, cursor) = match &mut state.overlay {
        Some(Overlay::Picker(p)) => (&mut p.narrow, &mut p.text_cursor),
        Some(_) => return None,
        None if state.focus == Focus::Input => (&mut state.query, &mut state.cursor),
        None => return None,
    };
    *cursor = (*cursor).min(text.len());
    let changed = match edit {
        Edit::Insert(c) => {
            let fits = text.len() + c.len_utf8() <= MAX_INPUT_BYTES;
            let ok = fits && crate::text::is_printable(c);
            if ok {
                text.insert(*cursor, c);
                *cursor += c.len_utf8();
            }
            ok
        }
        Edit::Backspace if *cursor > 0 => {
            let prev = prev_boundary(text, *cursor);
            text.replace_range(prev..*cursor, "");
            *cursor = prev;
            true
        }
        Edit::Delete if *cursor < text.len() => {
            let next = next_boundary(text, *cursor);
            text.replace_range(*cursor..next, "");
            true
        }
        Edit::Clear if !text.is_empty() => {
            text.clear();
            *cursor = 0;
            true
        }
        Edit::Left => {
            *cursor = prev_boundary(text, *cursor);
            false
        }
        Edit::Right => {
            *cursor = next_boundary(text, *cursor);
            false
        }
        Edit::Home => {
            *cursor = 0;
            false
        }
        Edit::End => {
            *cursor = text.len();
            false
        }
        _ => false,
    };
    if !changed {
        return None;
    }
    match &mut state.overlay {
        Some(Overlay::Picker(p)) => {
            p.cursor = p.best_match();
            None
        }
        _ => search(state),
    }
}

/// Longest search input kept, in bytes: far more than the parser reads
/// ([`crate::search::query::MAX_QUERY_CHARS`]), small enough to draw and edit instantly.
pub const MAX_INPUT_BYTES: usize = 8 * 1024;

/// Pasted text: sanitised to one line and capped, then inserted at the cursor of the picker's
/// filter or of the search input (which takes focus), as one edit and one search.
fn paste(state: &mut State, raw: &str) -> Option<Effect> {
    let clean = crate::text::sanitize_line(raw);
    if let Some(Overlay::Picker(p)) = &mut state.overlay {
        let room = MAX_INPUT_BYTES.saturating_sub(p.narrow.len());
        let piece = crate::text::prefix_bytes(&clean, room);
        p.text_cursor = p.text_cursor.min(p.narrow.len());
        p.narrow.insert_str(p.text_cursor, piece);
        p.text_cursor += piece.len();
        p.cursor = p.best_match();
        return None;
    }
    state.overlay = None;
    if state.focus != Focus::Input {
        state.focus = Focus::Input;
        state.cursor = state.query.len();
    }
    let room = MAX_INPUT_BYTES.saturating_sub(state.query.len());
    let piece = crate::text::prefix_bytes(&clean, room);
    if piece.is_empty() {
        return None;
    }
    state.query.insert_str(state.cursor, piece);
    state.cursor += piece.len();
    search(state)
}

/// `Esc`: close the popup, else leave the input, else go back from the reader.
fn back(state: &mut State) {
    if state.overlay.take().is_some() {
        return;
    }
    match state.focus {
        Focus::Input => state.focus = state.pane,
        Focus::Reader => {
            state.focus = Focus::List;
            state.pane = Focus::List;
        }
        Focus::List => {}
    }
}

/// The start of the grapheme before `at`: the cursor steps over a whole user-perceived
/// character (`é` written with a combining accent, a flag), as the box draws it.
fn prev_boundary(s: &str, at: usize) -> usize {
    s[..at.min(s.len())]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i)
}

/// The end of the grapheme at `at`.
fn next_boundary(s: &str, at: usize) -> usize {
    let at = at.min(s.len());
    s[at..]
        .graphemes(true)
        .next()
        .map_or(s.len(), |g| at + g.len())
}

/// Rows in a page of whatever has focus.
fn page(state: &State) -> usize {
    match (&state.overlay, state.focus) {
        (Some(_), _) => (state.size.1 as usize).saturating_sub(6).max(1),
        (None, Focus::Reader) => state.reader_size().0.saturating_sub(1).max(1),
        _ => state.list_height().saturating_sub(1).max(1),
    }
}

fn add(value: usize, delta: isize) -> usize {
    if delta < 0 {
        value.saturating_sub(delta.unsigned_abs())
    } else {
        value.saturating_add(delta as usize)
    }
}

/// Move the selection or scroll, in whatever has focus.
fn step(state: &mut State, delta: isize) {
    let help_max = crate::tui::ui::help::max_scroll(state);
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
        None => match state.focus {
            Focus::Reader => scroll_reader(state, delta),
            _ => state.selected = add(state.selected, delta),
        },
    }
}

fn scroll_reader(state: &mut State, delta: isize) {
    state.reader.scroll = add(state.reader.scroll, delta);
}

fn open_facet_picker(state: &mut State, facet: Facet) {
    let active = state.filters.get(facet);
    let items = facet_items(state, facet, active);
    let chosen: BTreeSet<(Facet, String)> = active.iter().map(|v| (facet, v.clone())).collect();
    state.overlay = Some(Overlay::Picker(Picker {
        title: facet_label(facet).to_string(),
        facet: Some(facet),
        items,
        narrow: String::new(),
        text_cursor: 0,
        cursor: 0,
        pinned: active.iter().map(|v| (facet, v.clone())).collect(),
        chosen,
    }));
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
fn refresh_facet_picker(state: &mut State) {
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
    if let Some(Overlay::Picker(picker)) = &mut state.overlay {
        picker.items = items;
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
        return language_names(value)
            .iter()
            .map(|n| n.to_string())
            .collect();
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

/// Names of the languages most articles are in, folded, for the language picker.
fn language_names(code: &str) -> &'static [&'static str] {
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

fn open_entity_picker(state: &mut State) {
    let Some(article) = state.selected_article() else {
        return;
    };
    let items = EntityKind::ALL
        .into_iter()
        .flat_map(|kind| {
            let facet = facet_of(kind);
            article
                .entities
                .of_kind(kind)
                .iter()
                .map(move |v| PickItem {
                    facet,
                    value: v.clone(),
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
        narrow: String::new(),
        text_cursor: 0,
        cursor: 0,
        // In the bar's order, as the chips show them.
        pinned: filter_bar::ORDER
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
    }));
}

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

/// `Enter` in a picker: a facet picker replaces that facet's filter with the chosen values;
/// the entity picker adds the ticked values and removes the unticked active ones, or adds
/// the one under the cursor when no tick changed.
fn apply_picker(state: &mut State) -> Option<Effect> {
    let Some(Overlay::Picker(picker)) = state.overlay.take() else {
        return None;
    };
    match picker.facet {
        Some(facet) => {
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
    search(state)
}

#[derive(Clone, Copy)]
enum Target {
    Hit,
    Mention,
}

/// Scroll the reader to the next/previous search hit or entity mention.
fn jump(state: &mut State, target: Target, forward: bool) {
    let starts: Vec<usize> = match target {
        Target::Hit => state.highlights().iter().map(|r| r.0).collect(),
        Target::Mention => state.mention_starts(),
    };
    if starts.is_empty() {
        return;
    }
    let height = state.reader_size().0;
    let scroll = state.reader.scroll;
    let wrapped = state.reader.wrapped.as_ref();
    let line_of = |byte: usize| wrapped.map_or(0, |w| w.line_of(byte));
    // Where the reader is: the hit or mention last jumped to while it is on screen, else the
    // view's top line (after scrolling by hand).
    let anchor = state.reader.anchor.filter(|&byte| {
        let line = line_of(byte);
        line >= scroll && line < scroll + height
    });
    let after = |s: usize| anchor.map_or(line_of(s) >= scroll, |a| s > a);
    let before = |s: usize| anchor.map_or(line_of(s) < scroll, |a| s < a);
    let indexed = starts.iter().copied().enumerate();
    let found = if forward {
        indexed.filter(|&(_, s)| after(s)).min_by_key(|&(_, s)| s)
    } else {
        indexed.filter(|&(_, s)| before(s)).max_by_key(|&(_, s)| s)
    };
    // Past the last one: round to the first (or from the first to the last).
    let wrap = || {
        let indexed = starts.iter().copied().enumerate();
        if forward {
            indexed.min_by_key(|&(_, s)| s)
        } else {
            indexed.max_by_key(|&(_, s)| s)
        }
    };
    let Some((next, byte)) = found.or_else(wrap) else {
        return;
    };
    let line = line_of(byte);
    match target {
        Target::Hit => state.reader.hit = Some(next),
        Target::Mention => state.reader.mention = Some(next),
    }
    state.reader.anchor = Some(byte);
    if wrapped.is_some() && (line < scroll || line >= scroll + height) {
        state.reader.scroll = line.saturating_sub(height / 3);
    }
}

fn contains(rect: ratatui::layout::Rect, x: u16, y: u16) -> bool {
    x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height
}

/// A left click: a chip's facet label opens its picker, one of its values removes that value, a list row is selected, a pane takes focus.
fn click(state: &mut State, x: u16, y: u16) -> Option<Effect> {
    if state.overlay.is_some() {
        return None;
    }
    let areas = state.areas()?;
    if contains(areas.filter_bar, x, y) {
        let bar = filter_bar::layout(state, areas.filter_bar.width);
        match bar.hit(x)? {
            filter_bar::Hit::Input => {
                state.focus = Focus::Input;
                state.cursor = state.query.len();
                return None;
            }
            filter_bar::Hit::Picker(facet) => {
                open_facet_picker(state, facet);
                return None;
            }
            filter_bar::Hit::Remove(facet, value) => {
                if let Some(values) = state.filters.values.get_mut(&facet) {
                    values.retain(|v| *v != value);
                    if values.is_empty() {
                        state.filters.values.remove(&facet);
                    }
                }
            }
        }
        return search(state);
    }
    if let Some(list) = areas.list
        && contains(list, x, y)
    {
        state.focus = Focus::List;
        state.pane = Focus::List;
        let inner = layout::inner(list);
        if contains(inner, x, y) {
            let row = state.list_offset + usize::from(y - inner.y);
            if row < state.results.hits.len() {
                state.selected = row;
            }
        }
    } else if let Some(reader) = areas.reader
        && contains(reader, x, y)
    {
        state.focus = Focus::Reader;
        state.pane = Focus::Reader;
    }
    None
}

/// The wheel scrolls the pane under the pointer, without moving focus.
fn wheel(state: &mut State, x: u16, y: u16, delta: i32) {
    if state.overlay.is_some() {
        step(state, delta as isize);
        return;
    }
    let Some(areas) = state.areas() else { return };
    if areas.reader.is_some_and(|r| contains(r, x, y)) {
        scroll_reader(state, 3 * delta as isize);
    } else if areas.list.is_some_and(|r| contains(r, x, y)) {
        state.selected = add(state.selected, delta as isize);
    }
}
