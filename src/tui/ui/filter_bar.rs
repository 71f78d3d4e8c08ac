//! The filter bar: query input with its cursor, active filters grouped by facet as removable
//! chips (`Brand ▾ Opel × Peugeot ×`), empty facets, sort order and "N of M". Its geometry is
//! shared with mouse clicks.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::search::{Facet, Sort};
use crate::text;
use crate::tui::state::{Focus, State};
use crate::tui::update::facet_label;

/// One chip on the bar: a facet with its active values (`Brand ▾ Opel × Peugeot ×`: a click
/// on `Brand ▾` opens the facet's picker, on `Opel ×` removes that value), or an empty facet
/// (`Plant ▾`, a click opens its picker) when `values` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub x: u16,
    pub width: u16,
    /// Columns of the ` Brand ▾` part, the one that opens the picker (the whole chip when
    /// `values` is empty).
    pub label_width: u16,
    pub facet: Facet,
    /// The values shown, left to right.
    pub values: Vec<ChipValue>,
    pub label: String,
}

/// One value inside a chip and the columns that remove it (` Opel ×`; the last one also
/// takes the chip's closing space).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChipValue {
    pub x: u16,
    pub width: u16,
    pub value: String,
}

/// What a click on the bar lands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    Input,
    Picker(Facet),
    Remove(Facet, String),
}

/// Facets offered as empty chips when they have no filter, as in PRODUCT.md's sketch.
const OFFERED: [Facet; 3] = [Facet::Brand, Facet::Country, Facet::Plant];

/// Where everything on the bar goes at a given width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarLayout {
    pub input_width: u16,
    pub chips: Vec<Chip>,
    /// Values that did not fit (shown as `+N`).
    pub hidden: usize,
    pub right: String,
}

impl BarLayout {
    /// What column `x` of the bar holds, if anything clickable.
    pub fn hit(&self, x: u16) -> Option<Hit> {
        if x < self.input_width {
            return Some(Hit::Input);
        }
        let chip = self.chips.iter().find(|c| x >= c.x && x < c.x + c.width)?;
        if x < chip.x + chip.label_width {
            return Some(Hit::Picker(chip.facet));
        }
        match chip.values.iter().find(|v| x >= v.x && x < v.x + v.width) {
            Some(v) => Some(Hit::Remove(chip.facet, v.value.clone())),
            None => Some(Hit::Picker(chip.facet)),
        }
    }
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

/// A chip at column `x`: ` Brand ▾ Opel × Peugeot × `, or ` Plant ▾ ` without values
/// (`Plant ▾ ` when `tight`).
fn chip(x: usize, facet: Facet, values: &[String], tight: bool) -> Chip {
    let pad = if tight && values.is_empty() { "" } else { " " };
    let mut label = format!("{pad}{} ▾", facet_label(facet));
    let label_width = text::width(&label);
    let mut shown = Vec::with_capacity(values.len());
    let mut vx = x + label_width;
    for value in values {
        let part = format!(" {} ×", text::sanitize_line(value));
        let w = text::width(&part);
        shown.push(ChipValue {
            x: vx as u16,
            width: w as u16,
            value: value.clone(),
        });
        label.push_str(&part);
        vx += w;
    }
    label.push(' ');
    if let Some(last) = shown.last_mut() {
        last.width += 1;
    }
    Chip {
        x: x as u16,
        width: text::width(&label) as u16,
        label_width: label_width as u16,
        facet,
        values: shown,
        label,
    }
}

/// Chips from column `start` for the first `shown` values of `groups`, then `empties`, or
/// `None` when they do not end (with their gap) by `limit`. One blank column follows each
/// chip; when `tight`, empty facets (dim, no background) drop their leading padding, so
/// words stand two columns apart instead of three.
fn place(
    start: usize,
    limit: usize,
    tight: bool,
    groups: &[(Facet, &[String])],
    shown: usize,
    empties: &[Facet],
) -> Option<Vec<Chip>> {
    let mut chips = Vec::new();
    let mut x = start;
    let mut left = shown;
    for (facet, values) in groups {
        if left == 0 {
            break;
        }
        let take = left.min(values.len());
        left -= take;
        let c = chip(x, *facet, &values[..take], tight);
        x += usize::from(c.width) + 1;
        chips.push(c);
    }
    for facet in empties {
        let c = chip(x, *facet, &[], tight);
        x += usize::from(c.width) + 1;
        chips.push(c);
    }
    (chips.is_empty() || x <= limit).then_some(chips)
}

/// The narrowest the search box gets: `/ search` and a column either side.
const COMPACT_INPUT: usize = 10;

/// The bar at `width`: every value grouped by facet, then the empty facets that fit (the
/// last dropped first, spacing tightened before dropping any); when even the values do not
/// fit, the last ones collapse into `+N`. Measured in display columns, never past `width`.
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
    // The search box likes 16 columns, but gives them up (down to what its text needs) before
    // a filter value has to hide behind `+N`.
    let wanted = text::width(&state.query) + 4;
    let roomy = wanted.clamp(16, (width / 3).max(16)).min(width);
    let compact = wanted.max(COMPACT_INPUT).min(roomy);
    let groups: Vec<(Facet, &[String])> = state
        .filters
        .values
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(facet, values)| (*facet, values.as_slice()))
        .collect();
    let total: usize = groups.iter().map(|(_, values)| values.len()).sum();
    let empties: Vec<Facet> = OFFERED
        .into_iter()
        .filter(|facet| state.filters.get(*facet).is_empty())
        .collect();
    let bar = |input_width: usize, chips, hidden| BarLayout {
        input_width: input_width as u16,
        chips,
        hidden,
        right: right.clone(),
    };
    let limit = width.saturating_sub(right_w);
    for n in (0..=empties.len()).rev() {
        for tight in [false, true] {
            if let Some(chips) = place(roomy + 1, limit, tight, &groups, total, &empties[..n]) {
                return bar(roomy, chips, 0);
            }
        }
    }
    if let Some(chips) = place(compact + 1, limit, true, &groups, total, &[]) {
        return bar(compact, chips, 0);
    }
    for shown in (0..total).rev() {
        let hidden = total - shown;
        let limit = limit.saturating_sub(text::width(&format!("+{hidden} ")));
        if let Some(chips) = place(compact + 1, limit, false, &groups, shown, &[]) {
            return bar(compact, chips, hidden);
        }
    }
    bar(compact, Vec::new(), total)
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
            let style = if chip.values.is_empty() {
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

#[cfg(test)]
mod tests;
