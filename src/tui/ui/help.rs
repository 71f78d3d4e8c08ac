//! The help overlay: every binding of the key map, in one or two columns, scrollable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::{KeyMap, Mode};
use crate::tui::layout;
use crate::tui::state::State;

pub struct Help<'a>(pub &'a State, pub usize);

/// The help text: one `(keys, description)` per binding.
pub fn help_lines(keymap: &KeyMap) -> Vec<(String, &'static str)> {
    keymap
        .bindings
        .iter()
        .map(|b| (KeyMap::keys_label(b), b.help))
        .collect()
}

/// "j down · k up · Esc back": the hints of a mode, for popup footers.
pub fn footer(keymap: &KeyMap, mode: Mode) -> String {
    let hints: Vec<String> = keymap
        .footer_hints(mode)
        .into_iter()
        .map(|(key, label)| format!("{key} {label}"))
        .collect();
    format!(" {} ", hints.join(" · "))
}

/// How the help lays out in a frame: `(rows shown, columns, lines per column)`.
fn geometry(lines: usize, area: Rect) -> (usize, u16, usize) {
    let inner_h = area.height.saturating_sub(2);
    let inner_w = area.width.min(140).saturating_sub(2);
    let rows = usize::from(inner_h).max(1);
    let columns: u16 = if lines > rows && inner_w >= 100 { 2 } else { 1 };
    (rows, columns, lines.div_ceil(usize::from(columns)))
}

/// The furthest the help scrolls at the state's size: its last line at the bottom.
pub fn max_scroll(state: &State) -> usize {
    let lines = state.keymap.bindings.len();
    let (rows, _, per_column) = geometry(lines, Rect::new(0, 0, state.size.0, state.size.1));
    per_column.saturating_sub(rows)
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let lines = help_lines(&state.keymap);
        let rect = layout::popup(area, 140, area.height);
        Clear.render(rect, buf);
        let (rows, columns, per_column) = geometry(lines.len(), area);
        let scroll = self.1.min(per_column.saturating_sub(rows));
        let mut block = Block::bordered()
            .title(" Help: every key (remap in config.toml [keys]) ")
            .title_bottom(Line::from(footer(&state.keymap, Mode::Popup)).centered())
            .border_style(state.theme.focused_border);
        if per_column > rows {
            // It does not fit: where the view is.
            let last = (scroll + rows).min(per_column);
            block = block.title(
                Line::from(format!(" {}–{last} of {per_column} ", scroll + 1)).right_aligned(),
            );
        }
        let inner = block.inner(rect);
        block.render(rect, buf);
        let col_w = inner.width / columns;
        let key_w = lines
            .iter()
            .map(|(k, _)| text::width(k))
            .max()
            .unwrap_or(0)
            .min(14);
        for c in 0..columns {
            let x = inner.x + c * col_w;
            let column = lines
                .iter()
                .skip(c as usize * per_column)
                .take(per_column)
                .skip(scroll);
            for (y, (keys, help)) in (inner.y..inner.bottom()).zip(column) {
                let room = usize::from(col_w).saturating_sub(key_w + 3);
                let line = Line::from(vec![
                    Span::styled(
                        text::fit(keys, key_w),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw("  "),
                    Span::raw(text::truncate(help, room)),
                ]);
                line.render(Rect::new(x, y, col_w, 1), buf);
            }
        }
    }
}
