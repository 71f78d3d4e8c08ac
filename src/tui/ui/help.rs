//! The help overlay: every binding of the key map, grouped by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::KeyMap;
use crate::tui::layout;
use crate::tui::state::State;

pub struct Help<'a>(pub &'a State, pub usize);

/// The help text: one line per binding, `keys  description  (modes)`.
pub fn help_lines(keymap: &KeyMap) -> Vec<(String, String)> {
    keymap
        .bindings
        .iter()
        .map(|b| {
            let modes: Vec<&str> = b.modes.iter().map(|m| m.label()).collect();
            let where_ = if modes.len() >= 5 {
                "everywhere".to_string()
            } else {
                modes.join(", ")
            };
            (KeyMap::keys_label(b), format!("{} ({where_})", b.help))
        })
        .collect()
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let rect = layout::popup(area, 96, 48);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(" Help — keys (remap in config.toml [keys]) ")
            .title_bottom(Line::from(" j/k scroll · Esc close ").centered())
            .border_style(state.theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let lines = help_lines(&state.keymap);
        let key_w = lines
            .iter()
            .map(|(k, _)| text::width(k))
            .max()
            .unwrap_or(0)
            .min(22);
        let cols = usize::from(inner.width);
        for (y, (keys, help)) in (inner.y..inner.bottom()).zip(lines.iter().skip(self.1)) {
            let line = Line::from(vec![
                Span::styled(
                    text::fit(keys, key_w),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw("  "),
                Span::raw(text::truncate(help, cols.saturating_sub(key_w + 2))),
            ]);
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}
