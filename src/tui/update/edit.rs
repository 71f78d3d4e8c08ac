//! Line editing, the same in the search box and in a picker's narrowing text: insert, delete
//! and move by grapheme, clear, paste. Changing the query asks for a search.

use unicode_segmentation::UnicodeSegmentation;

use crate::tui::action::Effect;
use crate::tui::state::{Focus, Overlay, State};

/// A line-editing key, the same in the search input and in a picker's narrowing text.
#[derive(Clone, Copy)]
pub(super) enum Edit {
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
pub(super) fn edit(state: &mut State, edit: Edit) -> Option<Effect> {
    let (text, cursor) = match &mut state.overlay {
        Some(Overlay::Picker(p)) => (&mut p.narrow, &mut p.text_cursor),
        Some(Overlay::Prompt(p)) => (&mut p.text, &mut p.cursor),
        Some(Overlay::Menu(_)) => {
            // A letter in a menu takes its item: handled by the menu before editing.
            return None;
        }
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
        Some(Overlay::Prompt(_)) => None,
        _ => super::search(state),
    }
}

/// Longest search input kept, in bytes: far more than the parser reads
/// ([`crate::search::query::MAX_QUERY_CHARS`]), small enough to draw and edit instantly.
pub const MAX_INPUT_BYTES: usize = 8 * 1024;

/// Pasted text: sanitised to one line and capped, then inserted at the cursor of the picker's
/// filter or of the search input (which takes focus), as one edit and one search.
pub(super) fn paste(state: &mut State, raw: &str) -> Option<Effect> {
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
    if let Some(Overlay::Prompt(p)) = &mut state.overlay {
        let room = MAX_INPUT_BYTES.saturating_sub(p.text.len());
        let piece = crate::text::prefix_bytes(&clean, room);
        p.cursor = p.cursor.min(p.text.len());
        p.text.insert_str(p.cursor, piece);
        p.cursor += piece.len();
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
    super::search(state)
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
