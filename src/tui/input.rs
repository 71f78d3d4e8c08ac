//! The input translator: terminal events become actions. Keys go through the key map in the
//! state's mode; a click or the wheel is hit-tested against the layout of the frame on screen
//! ([`crate::tui::layout::FrameLayout`]) and becomes an intent (open this facet's picker,
//! remove this filter, select this row), so `update` never sees a coordinate.

use crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use crate::tui::action::Action;
use crate::tui::layout::bar::Hit;
use crate::tui::state::{Focus, State};

/// Turn a terminal event into an action, through the key map or the frame's layout.
pub fn translate(state: &State, event: &TermEvent) -> Option<Action> {
    match event {
        TermEvent::Key(key) if key.kind != KeyEventKind::Release => {
            state.keymap.resolve(state.context(), key)
        }
        TermEvent::Resize(w, h) => Some(Action::Resize(*w, *h)),
        TermEvent::Paste(text) => Some(Action::Paste(text.clone())),
        TermEvent::Mouse(m) => {
            let at = Position::new(m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => click(state, at),
                MouseEventKind::ScrollDown => wheel(state, at, 1),
                MouseEventKind::ScrollUp => wheel(state, at, -1),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The key presses an event stands for: itself, except an unbound key with Alt, which is how
/// crossterm (and tmux, within its `escape-time`) reports a fast `Esc` then a key: that is
/// `Esc` followed by the key without Alt — a character, an arrow, `Enter`, a Ctrl combination
/// (each translated in the mode the one before leaves).
pub fn expand_key(state: &State, event: TermEvent) -> Vec<TermEvent> {
    if let TermEvent::Key(key) = &event
        && key.kind != KeyEventKind::Release
        && key.modifiers.contains(KeyModifiers::ALT)
        && !state.keymap.is_bound(state.context(), key)
    {
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        let mut plain = *key;
        plain.modifiers -= KeyModifiers::ALT;
        return vec![TermEvent::Key(esc), TermEvent::Key(plain)];
    }
    vec![event]
}

fn inside(rect: Option<Rect>, at: Position) -> bool {
    rect.is_some_and(|r| r.contains(at))
}

/// A left click: on the bar, the search box takes focus, a chip's facet label opens its
/// picker and one of its values removes that value; a list row is selected; a pane takes
/// focus. Nothing while a popup covers the panes.
fn click(state: &State, at: Position) -> Option<Action> {
    let frame = &state.frame;
    let areas = frame.areas?;
    if frame.popup {
        return None;
    }
    // The production view's rows are not the list's: only the bar answers clicks there.
    let in_view = state.view == crate::tui::state::View::Production;
    if areas.filter_bar.contains(at) {
        return match frame.bar.hit(at.x - areas.filter_bar.x)? {
            Hit::Input => Some(Action::FocusInput),
            Hit::Picker(facet) => Some(Action::OpenPicker(facet)),
            Hit::Remove(facet, value) => Some(Action::RemoveFilter(facet, value)),
        };
    }
    if in_view {
        return None;
    }
    if inside(areas.list, at) {
        return Some(match frame.list_rows().filter(|rows| rows.contains(at)) {
            Some(rows) => Action::SelectRow(frame.list_offset + usize::from(at.y - rows.y)),
            None => Action::FocusPane(Focus::List),
        });
    }
    inside(areas.reader, at).then_some(Action::FocusPane(Focus::Reader))
}

/// The wheel scrolls the pane under the pointer (or the popup), without moving focus.
fn wheel(state: &State, at: Position, delta: isize) -> Option<Action> {
    let frame = &state.frame;
    if state.overlay.is_some() || state.view == crate::tui::state::View::Production {
        return Some(if delta > 0 { Action::Down } else { Action::Up });
    }
    let areas = frame.areas?;
    if inside(areas.reader, at) {
        Some(Action::ScrollReader(3 * delta))
    } else if inside(areas.list, at) {
        Some(Action::ScrollList(delta))
    } else {
        None
    }
}
