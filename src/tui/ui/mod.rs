//! Rendering: a pure function of `&State` onto a frame, one widget per file.

pub mod card;
pub mod diagnostics;
pub mod filter_bar;
pub mod help;
pub mod input_line;
pub mod list;
pub mod loading;
pub mod map;
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
use crate::tui::state::{Overlay, State};

/// Draw the whole browser.
pub fn render(frame: &mut Frame, state: &State) {
    let area = frame.area();
    draw(state, area, frame.buffer_mut());
}

/// Draw into a buffer (what [`render`] does, usable without a terminal).
pub fn draw(state: &State, area: Rect, buf: &mut Buffer) {
    let Some(areas) = crate::tui::layout::areas(
        area.width,
        area.height,
        state.pane == crate::tui::state::Focus::Reader,
        !state.results.hints.is_empty(),
    ) else {
        too_small(area, buf);
        return;
    };
    filter_bar::FilterBar(state).render(areas.filter_bar, buf);
    if areas.hints.height > 0 {
        let hint = format!("  ⚠ {}", state.results.hints.join(" · "));
        Line::styled(
            text::truncate(&hint, usize::from(area.width)),
            state.theme.warning,
        )
        .render(areas.hints, buf);
    }
    if let Some(list) = areas.list {
        list::ArticleList(state).render(list, buf);
    }
    if let Some(reader) = areas.reader {
        reader::Reader(state).render(reader, buf);
    }
    status_bar::StatusBar(state).render(areas.status, buf);
    match &state.overlay {
        Some(Overlay::Help { scroll }) => help::Help(state, *scroll).render(area, buf),
        Some(Overlay::Diagnostics { scroll }) => {
            diagnostics::Diagnostics(state, *scroll).render(area, buf)
        }
        Some(Overlay::Picker(p)) => picker::PickerView(state, p).render(area, buf),
        None => {}
    }
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
