//! The status bar: key hints for the current mode, generated from the key map, and the count
//! of skipped files.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::text;
use crate::tui::state::State;

pub struct StatusBar<'a>(pub &'a State);

/// "2 problems (!)" with the diagnostics key from the key map; empty when none. It counts
/// problems (one file can have several, e.g. two malformed lines): the popup behind the key
/// says how many files they are in and whether each was skipped or partly read.
pub fn skipped_label(state: &State) -> String {
    let n = state.diagnostics.len();
    if n == 0 {
        return String::new();
    }
    let key = state
        .keymap
        .get("diagnostics")
        .and_then(|b| b.keys.first())
        .map(|k| format!(" ({})", k.display()))
        .unwrap_or_default();
    format!("{n} problem{}{key} ", if n == 1 { "" } else { "s" })
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let skipped = match &state.error {
            Some(error) => format!("⚠ {} ", text::truncate(error, usize::from(area.width) / 2)),
            None => skipped_label(state),
        };
        let skipped_w = text::width(&skipped);
        let room = usize::from(area.width).saturating_sub(skipped_w + 1);
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for (key, label) in state.keymap.hints(state.mode()) {
            let w = text::width(&key) + 1 + text::width(label) + 2;
            if used + w > room {
                break;
            }
            used += w;
            spans.push(Span::styled(key, theme.accent));
            spans.push(Span::raw(format!(" {label}  ")));
        }
        Line::from(spans).render(area, buf);
        if skipped_w > 0 && skipped_w as u16 <= area.width {
            let rect = Rect::new(area.right() - skipped_w as u16, area.y, skipped_w as u16, 1);
            Span::styled(skipped, theme.warning).render(rect, buf);
        }
    }
}
