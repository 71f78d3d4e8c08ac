//! The filter bar: the query input with its cursor, the active filters grouped by facet as
//! removable chips, empty facets, sort order and "N of M", drawn where the frame's
//! [`BarLayout`] put them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::text;
use crate::tui::layout::bar::{BarLayout, editing, input_window};
use crate::tui::state::State;

/// The bar as a widget over the state.
pub struct FilterBar<'a>(pub &'a State, pub &'a BarLayout);

impl Widget for FilterBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, bar) = (self.0, self.1);
        let theme = &state.theme;
        let editing = editing(state);
        let prompt_style = if editing { theme.accent } else { theme.dim };
        let mut spans = vec![Span::styled(bar.prompt.as_str(), prompt_style)];
        if editing {
            let shown = input_window(state, bar);
            let (before, after) = shown.around(state.query.text(), state.query.cursor());
            if shown.cut_left {
                spans.push(Span::styled("…", theme.dim));
            }
            spans.push(Span::raw(before));
            spans.push(Span::styled("▏", theme.accent));
            spans.push(Span::raw(after));
            if shown.cut_right {
                spans.push(Span::styled("…", theme.dim));
            }
        } else {
            // Not being edited: the start of the query, or the placeholder when it fits.
            let cols = usize::from(bar.input_width).saturating_sub(text::width(&bar.prompt));
            if state.query.is_empty() {
                if cols >= "search".len() {
                    spans.push(Span::styled("search", theme.dim));
                }
            } else {
                spans.push(Span::raw(text::truncate(state.query.text(), cols.max(1))));
            }
        }
        let input = Rect::new(area.x, area.y, bar.input_width.min(area.width), 1);
        Line::from(spans).render(input, buf);
        for chip in &bar.chips {
            let rect = Rect::new(area.x + chip.x, area.y, chip.width, 1).intersection(area);
            let style = if chip.active { theme.chip } else { theme.dim };
            Span::styled(chip.label.as_str(), style).render(rect, buf);
        }
        // Values that did not fit follow the chips (`Brand ▾ Opel × +2`), among the filters
        // they stand for, not beside the count where `+2 5 of 9` reads as a sum.
        if bar.hidden > 0 {
            let x = bar
                .chips
                .last()
                .map_or(bar.input_width + 1, |c| c.x + c.width + 1);
            let more = format!("+{}", bar.hidden);
            let rect =
                Rect::new(area.x + x, area.y, text::width(&more) as u16, 1).intersection(area);
            Span::styled(more, theme.chip).render(rect, buf);
        }
        let tail = bar.right.as_str();
        let w = text::width(tail) as u16;
        if w <= area.width {
            let rect = Rect::new(area.x + area.width - w, area.y, w, 1);
            Span::styled(tail, Style::new().add_modifier(Modifier::BOLD)).render(rect, buf);
        }
    }
}
