//! Line editing, the same in the search box, a picker's narrowing text and the prompts (each a
//! [`LineInput`]): which box a key edits, and what follows a change (a search, a new best match).

use crate::tui::action::Effect;
use crate::tui::line_input::LineInput;
pub use crate::tui::line_input::{Edit, MAX_INPUT_BYTES};
use crate::tui::state::{Focus, Overlay, State};

/// The text box that has the keyboard: a picker's narrowing text, a prompt, or the search box.
fn focused_input(state: &mut State) -> Option<&mut LineInput> {
    match &mut state.overlay {
        Some(Overlay::Picker(p)) => Some(&mut p.narrow),
        Some(Overlay::Prompt(p)) => Some(&mut p.text),
        // A letter in a menu takes its item: handled by the menu before editing.
        Some(_) => None,
        None if state.focus == Focus::Input => Some(&mut state.query),
        None => None,
    }
}

/// Edit the picker's narrowing text (back to its best match), a prompt, or the search input
/// (which searches again when its text changed).
pub(super) fn edit(state: &mut State, edit: Edit) -> Option<Effect> {
    let changed = focused_input(state)?.apply(edit);
    if changed { after_change(state) } else { None }
}

fn after_change(state: &mut State) -> Option<Effect> {
    match &mut state.overlay {
        Some(Overlay::Picker(p)) => {
            p.cursor = p.best_match();
            None
        }
        Some(Overlay::Prompt(_)) => None,
        _ => super::search(state),
    }
}

/// Pasted text: sanitised to one line and capped, then inserted at the cursor of the picker's
/// filter, of a prompt, or of the search input (which takes focus), as one edit and one search.
pub(super) fn paste(state: &mut State, raw: &str) -> Option<Effect> {
    let clean = crate::text::sanitize_line(raw);
    if !matches!(state.overlay, Some(Overlay::Picker(_) | Overlay::Prompt(_))) {
        state.overlay = None;
        if state.focus != Focus::Input {
            state.focus = Focus::Input;
            state.query.to_end();
        }
    }
    let inserted = focused_input(state)?.insert_str(&clean);
    if inserted { after_change(state) } else { None }
}
