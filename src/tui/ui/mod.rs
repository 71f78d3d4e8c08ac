//! Rendering: a pure function of `&State` onto a frame, one widget per file. The frame's
//! layout is worked out once ([`FrameLayout::compute`]), drawn from, and handed back to the
//! loop, which keeps it for hit-testing the next clicks.

pub mod card;
pub mod diagnostics;
pub mod filter_bar;
pub mod help;
pub mod list;
pub mod loading;
pub mod map;
pub mod menu;
pub mod picker;
pub mod production;
pub mod reader;
pub mod status_bar;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::text;
use crate::tui::layout::FrameLayout;
use crate::tui::state::{Overlay, State, View};

/// Draw the whole browser.
pub fn render(frame: &mut Frame, state: &State) {
    render_frame(frame, state);
}

/// Draw the whole browser; returns the frame's layout, for the loop to keep.
pub fn render_frame(frame: &mut Frame, state: &State) -> FrameLayout {
    let area = frame.area();
    draw(state, area, frame.buffer_mut())
}

/// Draw into a buffer (what [`render`] does, usable without a terminal); returns the layout
/// drawn.
pub fn draw(state: &State, area: Rect, buf: &mut Buffer) -> FrameLayout {
    let laid = FrameLayout::compute(state, area);
    let Some(areas) = laid.areas else {
        too_small(area, buf);
        return laid;
    };
    filter_bar::FilterBar(state, &laid.bar).render(areas.filter_bar, buf);
    if areas.hints.height > 0 {
        let hint = format!("  ⚠ {}", state.results.hints.join(" · "));
        Line::styled(
            text::truncate(&hint, usize::from(area.width)),
            state.theme.warning,
        )
        .render(areas.hints, buf);
    }
    match state.view {
        View::Articles => {
            if let Some(list) = areas.list {
                list::ArticleList(state).render(list, buf);
            }
            if let Some(reader) = areas.reader {
                reader::Reader(state).render(reader, buf);
            }
        }
        View::Production => production_view(state, areas.body(), buf),
    }
    status_bar::StatusBar(state).render(areas.status, buf);
    match &state.overlay {
        Some(Overlay::Help { scroll }) => help::Help(state, *scroll).render(area, buf),
        Some(Overlay::Diagnostics { scroll }) => {
            diagnostics::Diagnostics(state, *scroll).render(area, buf)
        }
        Some(Overlay::Picker(p)) => picker::PickerView(state, p).render(area, buf),
        Some(Overlay::Menu(m)) => menu::MenuView(state, m).render(area, buf),
        Some(Overlay::Prompt(p)) => menu::PromptView(state, p).render(area, buf),
        Some(Overlay::Card(stack)) => {
            if let (Some(top), Some(library)) = (stack.last(), state.library.as_deref()) {
                card::CardView {
                    card: &top.card,
                    library,
                    selected: top.selected,
                    offset: top.offset,
                    depth: stack.len() - 1,
                    keymap: &state.keymap,
                    theme: &state.theme,
                }
                .render(area, buf);
            }
        }
        None => {}
    }
    laid
}

/// The production view: the table and, beside or under it, the map of its plants.
fn production_view(state: &State, body: Rect, buf: &mut Buffer) {
    let view = &state.production;
    let (table_area, map_area) = crate::tui::layout::production(body);
    let country = |plant: &str| view.countries.get(plant).cloned().unwrap_or_default();
    production::ProductionTable {
        rows: &view.rows,
        plants: view.pins.len() + view.unplaced,
        countries: &country,
        selected: view.selected,
        sort: view.sort,
        theme: &state.theme,
    }
    .render(table_area, buf);
    map::PlantMap {
        pins: &view.pins,
        selected: view.selected_plant(),
        unplaced: view.unplaced,
        theme: &state.theme,
    }
    .render(map_area, buf);
}

fn too_small(area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let message = format!(
        "terminal too small: {}×{} (need {}×{})",
        area.width,
        area.height,
        crate::tui::layout::MIN_WIDTH,
        crate::tui::layout::MIN_HEIGHT
    );
    let y = area.y + area.height / 2;
    for (i, line) in text::wrap(&message, usize::from(area.width))
        .into_iter()
        .enumerate()
    {
        let row = y.saturating_add(i as u16);
        if row >= area.bottom() {
            break;
        }
        Line::from(&message[line.0..line.1])
            .centered()
            .render(Rect::new(area.x, row, area.width, 1), buf);
    }
}
