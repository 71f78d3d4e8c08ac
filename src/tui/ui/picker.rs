//! The facet picker (values with disjunctive counts, type to narrow, Space toggles) and the
//! "filter for value" picker over the selected article's entities.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::facets::facet_label;
use crate::tui::keymap::Mode;
use crate::tui::layout;
use crate::tui::state::{Picker, State};

pub struct PickerView<'a>(pub &'a State, pub &'a Picker);

impl Widget for PickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, picker) = (self.0, self.1);
        let theme = &state.theme;
        let rect = layout::picker_box(area);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(format!(" {} ", picker.title))
            .title_bottom(
                Line::from(super::help::footer(
                    &state.keymap,
                    Mode::Picker,
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .centered(),
            )
            .border_style(theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.height < 2 {
            return;
        }
        let cols = usize::from(inner.width);
        // The narrowing text shows the window around its cursor, as the search box does.
        let narrow = picker.narrow.text();
        let cursor = picker.narrow.cursor();
        let label = "filter: ";
        let shown = crate::tui::layout::input_line::window(
            narrow,
            cursor,
            0,
            cols.saturating_sub(text::width(label)),
        );
        let (before, after) = shown.around(narrow, cursor);
        let line = format!(
            "{label}{}{before}▏{after}{}",
            if shown.cut_left { "…" } else { "" },
            if shown.cut_right { "…" } else { "" },
        );
        Line::styled(text::truncate(&line, cols), theme.accent)
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let visible = picker.visible();
        let rows = usize::from(inner.height - 1);
        let offset = picker.cursor.saturating_sub(rows.saturating_sub(1));
        if visible.is_empty() {
            // Before the corpus is loaded there are no values yet: they fill in when it is.
            let empty = if state.library.is_none() && picker.facet.is_some() {
                " loading… the values appear when the corpus is read"
            } else {
                " nothing matches"
            };
            Line::styled(empty, theme.dim)
                .render(Rect::new(inner.x, inner.y + 1, inner.width, 1), buf);
        }
        for (row, (pos, &item_index)) in visible
            .iter()
            .enumerate()
            .skip(offset)
            .take(rows)
            .enumerate()
        {
            let item = &picker.items[item_index];
            let mark = if picker.chosen.contains(&(item.facet, item.value.clone())) {
                "[x] "
            } else {
                "[ ] "
            };
            let right = match item.count {
                Some(count) => format!(" {count}"),
                None => format!(" {}", facet_label(item.facet)),
            };
            let name_w = cols.saturating_sub(text::width(mark) + text::width(&right));
            let selected = pos == picker.cursor;
            // On the selection the count takes the selection's colours: dim grey on the
            // selection's grey would be unreadable.
            let right_style = if selected { theme.selection } else { theme.dim };
            let shown = match item.facet {
                crate::search::Facet::Lang => crate::tui::facets::language_label(&item.value),
                _ => item.value.clone(),
            };
            let line = Line::from(vec![
                Span::raw(mark),
                Span::raw(text::fit(&shown, name_w)),
                Span::styled(right, right_style),
            ]);
            let y = inner.y + 1 + row as u16;
            let row_rect = Rect::new(inner.x, y, inner.width, 1);
            if selected {
                buf.set_style(row_rect, theme.selection);
            }
            line.render(row_rect, buf);
        }
    }
}
