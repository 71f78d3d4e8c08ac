//! The filter bar's geometry: how wide the search box is, where each chip and each of its
//! values goes (`Brand ▾ Opel × Peugeot ×`), what is hidden behind `+N`, and what a column
//! holds. The widget (`ui/filter_bar.rs`) draws it; mouse clicks are hit-tested against it.

use crate::search::{Facet, Sort};
use crate::text;
use crate::tui::facets::facet_label;
use crate::tui::keymap::{Command, Mode};
use crate::tui::layout::input_line::{Window, window};
use crate::tui::state::{Focus, State};

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
    /// The facet has a filter (drawn highlighted), even when all its values are hidden.
    pub active: bool,
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BarLayout {
    /// The search box's prompt: the key that focuses it, as bound now (`/ `).
    pub prompt: String,
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
/// (`Plant ▾ ` when `tight`). The last value's text is cut to `last_max` columns with `…`
/// when given (the chip is squeezed into the end of the bar).
fn chip(x: usize, facet: Facet, values: &[String], tight: bool, last_max: Option<usize>) -> Chip {
    let pad = if tight && values.is_empty() { "" } else { " " };
    let mut label = format!("{pad}{} ▾", facet_label(facet));
    let label_width = text::width(&label);
    let mut shown = Vec::with_capacity(values.len());
    let mut vx = x + label_width;
    for (i, value) in values.iter().enumerate() {
        let clean = text::sanitize_line(value);
        let clean = match last_max {
            Some(max) if i + 1 == values.len() => text::truncate(&clean, max),
            _ => clean,
        };
        let part = format!(" {clean} ×");
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
        active: !values.is_empty(),
        values: shown,
        label,
    }
}

/// The fewest columns of a value's text kept when it is shortened with `…` (`Ru…`).
const SHORTEST_VALUE: usize = 3;

/// Chips from column `start`, one per slot in the slots' (fixed) order, showing the first
/// `shown` values (an active facet whose values are all hidden gets no chip), or `None` when
/// they do not end (with their gap) by `limit`. With `squeeze`, the last value shown is
/// shortened with `…` to end at `limit` when it would not fit whole. One blank column
/// follows each chip; when `tight`, empty facets (dim, no background) drop their leading
/// padding, so words stand two columns apart instead of three.
fn place(
    start: usize,
    limit: usize,
    tight: bool,
    slots: &[(Facet, &[String])],
    shown: usize,
    squeeze: bool,
) -> Option<Vec<Chip>> {
    let mut chips = Vec::new();
    let mut x = start;
    let mut left = shown;
    for (facet, values) in slots {
        let take = left.min(values.len());
        left -= take;
        if !values.is_empty() && take == 0 {
            continue;
        }
        let mut c = chip(x, *facet, &values[..take], tight, None);
        let end = x + usize::from(c.width) + 1;
        if squeeze && take > 0 && left == 0 && end > limit {
            let over = end - limit;
            let last = text::width(&text::sanitize_line(&values[take - 1]));
            let room = last.checked_sub(over).filter(|r| *r >= SHORTEST_VALUE)?;
            c = chip(x, *facet, &values[..take], tight, Some(room));
        }
        x += usize::from(c.width) + 1;
        chips.push(c);
    }
    (chips.is_empty() || x <= limit).then_some(chips)
}

/// Columns a bar needs beside the full `sort: … N of M` label before that label is cut to the
/// count: the search box and one chip.
const NARROW_BAR_ROOM: usize = 30;

/// The narrowest the search box gets while it keeps its usual look: `/ search` and a column
/// either side.
const COMPACT_INPUT: usize = 10;
/// `/ search` and one column: what the box needs to say what it is, or to edit in.
const LABELLED_INPUT: usize = 9;
/// Just `/` (or `/ …` over a query): the least an unfocused box keeps, so a filter value
/// shows instead of a blank box.
const BARE_INPUT: usize = 3;

/// Facets in the order their chips always take, so a click target never moves when a filter
/// is added or removed: the three offered ones, then the others when they are active.
pub const ORDER: [Facet; 6] = [
    Facet::Brand,
    Facet::Country,
    Facet::Plant,
    Facet::Group,
    Facet::Model,
    Facet::Lang,
];

/// Whether the search box is being edited (it then shows its cursor and may grow).
pub fn editing(state: &State) -> bool {
    state.focus == Focus::Input && state.overlay.is_none()
}

/// The bar at `width`: every value grouped by facet in a fixed facet order, with the empty
/// facets that fit (the last dropped first, spacing tightened before dropping any). When
/// even the values do not fit, the search box gives up its columns first, then the last
/// values collapse into `+N` (the last one shown perhaps shortened with `…`), and at worst
/// only the first active facet's name shows. While editing, the box grows into the columns
/// left free. Measured in display columns, never past `width`.
pub fn layout(state: &State, width: u16) -> BarLayout {
    // Without a query, relevance means nothing: the library sorts by date, and so says the bar.
    let full = format!(
        "sort: {}  {} ",
        sort_label(shown_sort(state)),
        count_label(state)
    );
    // On a narrow bar the count alone stays: the sort is one key away, the filters are not.
    // So `sort: …` also gives way before any filter value folds into `+N` or is shortened:
    // what the bar shows of the filters is what is applied.
    if usize::from(width) >= full.len() + NARROW_BAR_ROOM {
        let (bar, whole) = arrange(state, usize::from(width), full);
        if whole {
            return bar;
        }
    }
    arrange(
        state,
        usize::from(width),
        format!("{} ", count_label(state)),
    )
    .0
}

/// The bar at `width` with `right` at its end, and whether every filter value shows whole.
fn arrange(state: &State, width: usize, right: String) -> (BarLayout, bool) {
    let editing = editing(state);
    let right_w = text::width(&right);
    // The search box likes 16 columns, but gives them up (down to what its text needs) before
    // a filter value has to hide behind `+N`.
    // Only widths up to the bar's matter: measuring all of an 8 kB query on every key press
    // made typing one quadratic.
    let prompt = prompt(state);
    // The widths above are for the default one-column key (`/ `); a remapped one shifts them.
    let more = text::width(&prompt).saturating_sub(2);
    let wanted = text::width_up_to(state.query.text(), width) + 4 + more;
    let roomy = wanted.clamp(16, (width / 3).max(16)).min(width);
    let compact = wanted.max(COMPACT_INPUT + more).min(roomy);
    let mut narrower = vec![compact, (LABELLED_INPUT + more).min(compact)];
    if !editing {
        narrower.push((BARE_INPUT + more).min(compact));
    }
    narrower.dedup();
    let least = narrower.last().copied().unwrap_or(compact);
    let empties: Vec<Facet> = OFFERED
        .into_iter()
        .filter(|facet| state.filters.get(*facet).is_empty())
        .collect();
    let slots_with = |empties: &[Facet]| -> Vec<(Facet, &[String])> {
        ORDER
            .into_iter()
            .map(|facet| (facet, state.filters.get(facet)))
            .filter(|(facet, values)| !values.is_empty() || empties.contains(facet))
            .collect()
    };
    let total: usize = ORDER.iter().map(|f| state.filters.get(*f).len()).sum();
    let limit = width.saturating_sub(right_w);
    let marker = |hidden: usize| {
        if hidden > 0 {
            // `+N` and two blank columns, so it never reads as part of the count.
            text::width(&format!("+{hidden}  "))
        } else {
            0
        }
    };
    // The box takes the free columns its text wants, pushing the chips right; and it never
    // reaches the first chip or the count on the right (with a blank column before them).
    let bar = |input_width: usize, mut chips: Vec<Chip>, hidden: usize| {
        let room = chips.first().map_or(
            limit.saturating_sub(marker(hidden)).saturating_sub(1),
            |c: &Chip| usize::from(c.x).saturating_sub(1),
        );
        let mut input_width = input_width.min(room);
        if wanted > input_width {
            let end = chips
                .last()
                .map_or(input_width + 1, |c: &Chip| usize::from(c.x + c.width) + 1);
            let free = limit.saturating_sub(marker(hidden)).saturating_sub(end);
            let extra = (wanted - input_width).min(free);
            for chip in &mut chips {
                chip.x += extra as u16;
                for value in &mut chip.values {
                    value.x += extra as u16;
                }
            }
            input_width += extra;
        }
        BarLayout {
            prompt: prompt.clone(),
            input_width: input_width as u16,
            chips,
            hidden,
            right: right.clone(),
        }
    };
    // Every chip at the usual box width, else at the box's compact width (an empty facet's
    // chip is worth more than the box's spare columns), before dropping empty facets.
    for n in (0..=empties.len()).rev() {
        let slots = slots_with(&empties[..n]);
        for input in [roomy, compact] {
            for tight in [false, true] {
                if let Some(chips) = place(input + 1, limit, tight, &slots, total, false) {
                    return (bar(input, chips, 0), true);
                }
            }
        }
    }
    let slots = slots_with(&[]);
    for &input in &narrower {
        if let Some(chips) = place(input + 1, limit, false, &slots, total, false) {
            return (bar(input, chips, 0), true);
        }
    }
    for shown in (1..=total).rev() {
        let hidden = total - shown;
        let limit = limit.saturating_sub(marker(hidden));
        for squeeze in [false, true] {
            if shown == total && !squeeze {
                continue;
            }
            if let Some(chips) = place(least + 1, limit, false, &slots, shown, squeeze) {
                return (bar(least, chips, hidden), false);
            }
        }
    }
    // Not even a shortened value fits: the first active facet's name still says that a
    // filter is on (a click on it opens its picker).
    let mut chips = Vec::new();
    if let Some((facet, _)) = slots.first() {
        let mut name = chip(least + 1, *facet, &[], false, None);
        name.active = true;
        // The chip and its blank column end by the limit.
        if least + 1 + usize::from(name.width) < limit.saturating_sub(marker(total)) {
            chips.push(name);
        }
    }
    (bar(least, chips, total), total == 0)
}

/// The search box's prompt: the key that focuses the box, as remapped (`/ `), or nothing when
/// no key does.
pub fn prompt(state: &State) -> String {
    state
        .keymap
        .key_for(Command::Search, Mode::List)
        .map_or_else(String::new, |key| format!("{key} "))
}

/// The order the results are in: relevance means nothing without a query (the library then
/// sorts by date), so it is shown, and cycled past, as date.
pub fn shown_sort(state: &State) -> Sort {
    if state.sort == Sort::Relevance && state.query.text().trim().is_empty() {
        Sort::Date
    } else {
        state.sort
    }
}

/// Which part of the query the box shows at this layout, keeping the cursor in view and
/// scrolling as little as possible from the window the last frame showed
/// ([`crate::tui::layout::FrameLayout::input_start`]).
pub fn input_window(state: &State, bar: &BarLayout) -> Window {
    let cols = usize::from(bar.input_width).saturating_sub(text::width(&bar.prompt));
    window(
        state.query.text(),
        state.query.cursor(),
        state.frame.input_start,
        cols,
    )
}

#[cfg(test)]
mod tests;
