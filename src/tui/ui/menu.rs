//! The menu popup (lettered choices: what to copy, which saved search) and the one-line prompt
//! (a name for the search, a tag).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::Mode;
use crate::tui::layout;
use crate::tui::state::{Menu, Prompt, State};

pub struct MenuView<'a>(pub &'a State, pub &'a Menu);

impl Widget for MenuView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, menu) = (self.0, self.1);
        let theme = &state.theme;
        let rows = menu.items.len().max(1);
        let widest = menu
            .items
            .iter()
            .map(|i| 4 + text::width(&i.label) + 2 + text::width(&i.detail))
            .chain([
                text::width(&menu.empty) + 2,
                text::width(&menu.title) + 4,
                36,
            ])
            .max()
            .unwrap_or(36);
        let rect = layout::popup(
            area,
            (widest as u16)
                .saturating_add(2)
                .min(area.width.saturating_sub(4).max(20)),
            (rows as u16)
                .saturating_add(2)
                .min(area.height.saturating_sub(2).max(3)),
        );
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(format!(" {} ", menu.title))
            .title_bottom(
                Line::from(super::help::footer(
                    &state.keymap,
                    Mode::Menu,
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .centered(),
            )
            .border_style(theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.height == 0 {
            return;
        }
        if menu.items.is_empty() {
            Line::styled(format!(" {}", menu.empty), theme.dim).render(inner, buf);
            return;
        }
        let visible = usize::from(inner.height);
        let offset = menu.cursor.saturating_sub(visible.saturating_sub(1));
        let cols = usize::from(inner.width);
        for (row, (i, item)) in menu
            .items
            .iter()
            .enumerate()
            .skip(offset)
            .take(visible)
            .enumerate()
        {
            let key = if item.key == '\0' {
                "   ".to_string()
            } else {
                format!(" {} ", item.key)
            };
            let label_w = cols
                .saturating_sub(text::width(&key) + 1)
                .min(text::width(&item.label));
            let detail_w = cols.saturating_sub(text::width(&key) + 1 + label_w + 2);
            let selected = i == menu.cursor;
            let detail_style = if selected { theme.selection } else { theme.dim };
            let line = Line::from(vec![
                Span::styled(key, Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(" "),
                Span::raw(text::fit(&item.label, label_w)),
                Span::raw("  "),
                Span::styled(text::truncate(&item.detail, detail_w), detail_style),
            ]);
            let row_rect = Rect::new(inner.x, inner.y + row as u16, inner.width, 1);
            if selected {
                buf.set_style(row_rect, theme.selection);
            }
            line.render(row_rect, buf);
        }
    }
}

pub struct PromptView<'a>(pub &'a State, pub &'a Prompt);

impl Widget for PromptView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, prompt) = (self.0, self.1);
        let theme = &state.theme;
        let rect = layout::popup(area, 60, 4);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(format!(" {} ", prompt.title()))
            .title_bottom(Line::from(" Enter ok · Esc cancel ").centered())
            .border_style(theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.height == 0 {
            return;
        }
        let cols = usize::from(inner.width);
        let cursor = prompt.text.cursor();
        let shown =
            layout::input_line::window(prompt.text.text(), cursor, 0, cols.saturating_sub(3));
        let (before, after) = shown.around(prompt.text.text(), cursor);
        let line = format!(
            "{}{before}▏{after}{}",
            if shown.cut_left { "…" } else { " " },
            if shown.cut_right { "…" } else { "" },
        );
        Line::styled(text::truncate(&line, cols), theme.accent)
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        if inner.height > 1 {
            Line::styled(
                text::truncate(&format!(" {}", prompt.note), cols),
                theme.dim,
            )
            .render(Rect::new(inner.x, inner.y + 1, inner.width, 1), buf);
        }
    }
}
