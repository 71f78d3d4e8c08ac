//! The help overlay: every binding of the key map, in one or two columns, scrollable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::{KeyMap, Mode};
use crate::tui::layout;
use crate::tui::layout::help::{geometry, help_lines};
use crate::tui::state::State;

pub struct Help<'a>(pub &'a State, pub usize);

/// "j down · k up · Esc back": the hints of a mode, for popup footers.
pub fn footer(keymap: &KeyMap, mode: Mode, max_width: usize) -> String {
    let mut hints: Vec<String> = keymap
        .footer_hints(mode)
        .into_iter()
        .map(|(key, label)| format!("{key} {label}"))
        .collect();
    // Whole hints are dropped from the end until the line fits: a centred line that is too
    // wide would be cut on both sides, mid-word.
    loop {
        let line = format!(" {} ", hints.join(" · "));
        if hints.len() <= 1 || crate::text::width(&line) <= max_width {
            return line;
        }
        hints.pop();
    }
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let lines = help_lines(&state.keymap);
        let rect = layout::help_box(area);
        Clear.render(rect, buf);
        let g = geometry(&lines, area);
        let height = g.height();
        let scroll = self.1.min(height.saturating_sub(g.visible));
        let mut block = Block::bordered()
            .title(" Help: every key (remap in config.toml [keys]) ")
            .title_bottom(
                Line::from(footer(
                    &state.keymap,
                    Mode::Popup,
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .centered(),
            )
            .border_style(state.theme.focused_border);
        if height > g.visible {
            // It does not fit: where the view is.
            let last = (scroll + g.visible).min(height);
            block = block
                .title(Line::from(format!(" {}–{last} of {height} ", scroll + 1)).right_aligned());
        }
        let inner = block.inner(rect);
        block.render(rect, buf);
        for (c, column) in g.columns.iter().enumerate() {
            let x = inner.x + c as u16 * g.col_w;
            for (y, row) in (inner.y..inner.bottom()).zip(column.iter().skip(scroll)) {
                if row.heading {
                    Line::styled(
                        row.text.as_str(),
                        state.theme.accent.add_modifier(Modifier::BOLD),
                    )
                    .render(Rect::new(x, y, g.col_w, 1), buf);
                    continue;
                }
                let keys = row.keys.as_deref().unwrap_or("");
                let piece = &row.text;
                let line = Line::from(vec![
                    Span::styled(
                        text::fit(keys, g.key_w),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw("  "),
                    Span::raw(piece.as_str()),
                ]);
                line.render(Rect::new(x, y, g.col_w, 1), buf);
            }
        }
    }
}
