//! The diagnostics popup: every file that was skipped, and why.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::Mode;
use crate::tui::layout;
use crate::tui::state::State;

pub struct Diagnostics<'a>(pub &'a State, pub usize);

impl Widget for Diagnostics<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let rect = layout::popup(area, 100, 30);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(format!(" {} skipped ", state.diagnostics.len()))
            .title_bottom(Line::from(super::help::footer(&state.keymap, Mode::Popup)).centered())
            .border_style(state.theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if state.diagnostics.is_empty() {
            Line::styled("every file was read", state.theme.dim).render(inner, buf);
            return;
        }
        let cols = usize::from(inner.width);
        let rows = state.diagnostics.iter().skip(self.1);
        for (y, d) in (inner.y..inner.bottom()).zip(rows) {
            let path = text::truncate(&d.path, cols / 2);
            let reason = text::truncate(&d.reason, cols.saturating_sub(text::width(&path) + 2));
            Line::from(vec![
                Span::styled(path, state.theme.accent),
                Span::raw("  "),
                Span::raw(reason),
            ])
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}
