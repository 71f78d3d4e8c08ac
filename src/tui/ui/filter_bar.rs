//! The filter bar: query input with its cursor, active filters as removable chips
//! (`Brand ▾ Peugeot ×`), sort order and "N of M". Its geometry is shared with mouse clicks.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::search::{Facet, Sort};
use crate::text;
use crate::tui::state::{Focus, State};
use crate::tui::update::facet_label;

/// One chip on the bar: an active filter (`Brand ▾ Peugeot ×`: a click on `Brand ▾` opens
/// the facet's picker, on `Peugeot ×` removes the filter), or an empty facet (`Plant ▾`, a
/// click opens its picker) when `value` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub x: u16,
    pub width: u16,
    /// Columns of the ` Brand ▾` part, the one that opens the picker (the whole chip when
    /// `value` is empty).
    pub label_width: u16,
    pub facet: Facet,
    pub value: String,
    pub label: String,
}

/// Facets offered as empty chips when they have no filter, as in PRODUCT.md's sketch.
const OFFERED: [Facet; 3] = [Facet::Brand, Facet::Country, Facet::Plant];

/// Where everything on the bar goes at a given width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarLayout {
    pub input_width: u16,
    pub chips: Vec<Chip>,
    /// Chips that did not fit.
    pub hidden: usize,
    pub right: String,
}

pub fn sort_label(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Date => "date",
        Sort::Title => "title",
    }
}

/// "N of M", or the loading state.
pub fn count_label(state: &State) -> String {
    match &state.library {
        Some(lib) => format!("{} of {}", state.results.total, lib.articles().len()),
        None => "loading…".to_string(),
    }
}

pub fn layout(state: &State, width: u16) -> BarLayout {
    let width = usize::from(width);
    // Without a query, relevance means nothing: the library sorts by date, and so says the bar.
    let shown = if state.sort == Sort::Relevance && state.query.trim().is_empty() {
        Sort::Date
    } else {
        state.sort
    };
    let right = format!("sort: {}  {} ", sort_label(shown), count_label(state));
    let right_w = text::width(&right);
    let input_width = (text::width(&state.query) + 4)
        .clamp(16, (width / 3).max(16))
        .min(width);
    let mut chips = Vec::new();
    let mut hidden = 0;
    let mut x = input_width + 1;
    for (facet, values) in &state.filters.values {
        for value in values {
            let label = format!(
                " {} ▾ {} × ",
                facet_label(*facet),
                text::sanitize_line(value)
            );
            let w = text::width(&label);
            let label_width = text::width(&format!(" {} ▾", facet_label(*facet)));
            if hidden == 0 && x + w + right_w + 4 <= width {
                chips.push(Chip {
                    x: x as u16,
                    width: w as u16,
                    label_width: label_width as u16,
                    facet: *facet,
                    value: value.clone(),
                    label,
                });
                x += w + 1;
            } else {
                hidden += 1;
            }
        }
    }
    // Empty facets after the active filters, only while there is room for all of them.
    for facet in OFFERED {
        if !state.filters.get(facet).is_empty() || hidden > 0 {
            continue;
        }
        let label = format!(" {} ▾ ", facet_label(facet));
        let w = text::width(&label);
        if x + w + right_w + 4 <= width {
            chips.push(Chip {
                x: x as u16,
                width: w as u16,
                label_width: w as u16,
                facet,
                value: String::new(),
                label,
            });
            x += w + 1;
        }
    }
    BarLayout {
        input_width: input_width as u16,
        chips,
        hidden,
        right,
    }
}

/// The bar as a widget over the state.
pub struct FilterBar<'a>(pub &'a State);

impl Widget for FilterBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let bar = layout(state, area.width);
        let editing = state.focus == Focus::Input && state.overlay.is_none();
        let text_cols = usize::from(bar.input_width).saturating_sub(3);
        // Show the end of a long query (where the cursor usually is).
        let shown = text::tail(&state.query, text_cols.saturating_sub(1));
        let cut = state.query.len() - shown.len();
        let cursor = state.cursor.max(cut) - cut;
        let (before, after) = shown.split_at(cursor.min(shown.len()));
        let prompt_style = if editing { theme.accent } else { theme.dim };
        let mut spans = vec![
            Span::styled("/ ", prompt_style),
            Span::raw(before.to_string()),
        ];
        if editing {
            spans.push(Span::styled("▏", theme.accent));
        }
        spans.push(Span::raw(after.to_string()));
        if state.query.is_empty() && !editing {
            spans.push(Span::styled("search", theme.dim));
        }
        let input = Rect::new(area.x, area.y, bar.input_width.min(area.width), 1);
        Line::from(spans).render(input, buf);
        for chip in &bar.chips {
            let rect = Rect::new(area.x + chip.x, area.y, chip.width, 1).intersection(area);
            let style = if chip.value.is_empty() {
                theme.dim
            } else {
                theme.chip
            };
            Span::styled(chip.label.as_str(), style).render(rect, buf);
        }
        let mut tail = String::new();
        if bar.hidden > 0 {
            tail = format!("+{} ", bar.hidden);
        }
        tail.push_str(&bar.right);
        let w = text::width(&tail) as u16;
        if w <= area.width {
            let rect = Rect::new(area.x + area.width - w, area.y, w, 1);
            Span::styled(tail, Style::new().add_modifier(Modifier::BOLD)).render(rect, buf);
        }
    }
}
