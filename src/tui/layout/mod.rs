//! Layout as values. [`areas`] says where each part of the screen goes at a terminal size (a
//! pure function, shared by the renderer, paging and the reader's wrap width); [`FrameLayout`]
//! is what one frame drew where (areas, the filter bar's chips, the list's first row), computed
//! by the renderer once per frame and kept in the state, so that a click is hit-tested against
//! what was on screen. Nothing here draws.

pub mod bar;
pub mod help;
pub mod input_line;

use ratatui::layout::{Margin, Rect};

use crate::tui::state::{Focus, State};
pub use bar::BarLayout;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the list and the reader sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;
/// Below this width only one pane is shown at a time.
pub const ONE_PANE: u16 = 60;

/// The screen regions. Panes are `None` when hidden (single-pane mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub filter_bar: Rect,
    /// The parser-hint line under the input (zero height when there are no hints).
    pub hints: Rect,
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub status: Rect,
}

/// The areas for a terminal of `width`×`height`; `None` when it is too small.
/// `reader_shown` picks the pane in single-pane mode; `hint_line` reserves the hint row.
pub fn areas(width: u16, height: u16, reader_shown: bool, hint_line: bool) -> Option<Areas> {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return None;
    }
    let hint_h = u16::from(hint_line);
    let filter_bar = Rect::new(0, 0, width, 1);
    let hints = Rect::new(0, 1, width, hint_h);
    let top = 1 + hint_h;
    let status = Rect::new(0, height - 1, width, 1);
    let body = Rect::new(0, top, width, height - 1 - top);
    let (list, reader) = if width >= SIDE_BY_SIDE {
        let list_w = (u32::from(width) * 45 / 100) as u16;
        (
            Some(Rect::new(0, body.y, list_w, body.height)),
            Some(Rect::new(list_w, body.y, width - list_w, body.height)),
        )
    } else if width >= ONE_PANE {
        let list_h = (body.height * 2 / 5).max(3);
        (
            Some(Rect::new(0, body.y, width, list_h)),
            Some(Rect::new(0, body.y + list_h, width, body.height - list_h)),
        )
    } else if reader_shown {
        (None, Some(body))
    } else {
        (Some(body), None)
    };
    Some(Areas {
        filter_bar,
        hints,
        list,
        reader,
        status,
    })
}

impl Areas {
    /// The space between the bars: what the list and the reader share, or a view fills.
    pub fn body(&self) -> Rect {
        match (self.list, self.reader) {
            (Some(l), Some(r)) => l.union(r),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => Rect::default(),
        }
    }
}

/// From this width the production view puts the map beside the table, not under it.
pub const PRODUCTION_SIDE_BY_SIDE: u16 = 120;

/// The production view's table and map in `body`: side by side on a wide terminal, else the
/// table above the map, each half the height.
pub fn production(body: Rect) -> (Rect, Rect) {
    if body.width >= PRODUCTION_SIDE_BY_SIDE {
        let table_w = (u32::from(body.width) * 55 / 100) as u16;
        (
            Rect::new(body.x, body.y, table_w, body.height),
            Rect::new(body.x + table_w, body.y, body.width - table_w, body.height),
        )
    } else {
        let table_h = body.height / 2;
        (
            Rect::new(body.x, body.y, body.width, table_h),
            Rect::new(body.x, body.y + table_h, body.width, body.height - table_h),
        )
    }
}

/// Data rows the production table shows at a terminal size (less its borders and header).
pub fn production_rows(width: u16, height: u16, hint_line: bool) -> usize {
    areas(width, height, false, hint_line).map_or(1, |a| {
        let (table, _) = production(a.body());
        usize::from(inner(table).height.saturating_sub(1)).max(1)
    })
}

/// The card popup's box: all but a margin, at most 110 columns wide.
pub fn card_box(screen: Rect) -> Rect {
    popup(
        screen,
        screen.width.saturating_sub(4).clamp(20, 110),
        screen.height.saturating_sub(2).max(8),
    )
}

/// Lines a card shows on a screen.
pub fn card_rows(screen: Rect) -> usize {
    usize::from(inner(card_box(screen)).height).max(1)
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// A centred popup of at most `width`×`height` inside `area`.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The picker popup's box on a screen: at most 64×20, centred.
pub fn picker_box(screen: Rect) -> Rect {
    popup(screen, 64, 20)
}

/// Item rows the picker shows on a screen (its box, less the borders and the filter line).
pub fn picker_rows(screen: Rect) -> usize {
    usize::from(inner(picker_box(screen)).height.saturating_sub(1))
}

/// The help popup's box: the whole height, at most 140 columns.
pub fn help_box(screen: Rect) -> Rect {
    popup(screen, 140, screen.height)
}

/// The diagnostics popup's box: all but a margin.
pub fn diagnostics_box(screen: Rect) -> Rect {
    popup(
        screen,
        screen.width.saturating_sub(4),
        screen.height.saturating_sub(2),
    )
}

/// What one frame drew where, as the renderer worked it out. The loop keeps the last one in
/// [`State::frame`]: mouse clicks are hit-tested against it (`tui::input`), and the next frame
/// scrolls the search box from where this one showed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameLayout {
    /// The whole frame.
    pub screen: Rect,
    /// The panes and bars (`None` when the terminal is too small to draw them).
    pub areas: Option<Areas>,
    /// The filter bar's search box and chips.
    pub bar: BarLayout,
    /// Byte offset of the first part of the query the search box showed: the next frame
    /// scrolls from there only as far as the cursor needs, like a shell's line editor.
    pub input_start: usize,
    /// The result shown on the list's first row.
    pub list_offset: usize,
    /// Whether a popup covered the panes (clicks then land on nothing).
    pub popup: bool,
}

impl FrameLayout {
    /// The layout of a frame of `state` on `screen`: computed once per frame by the renderer.
    pub fn compute(state: &State, screen: Rect) -> FrameLayout {
        let areas = areas(
            screen.width,
            screen.height,
            state.pane == Focus::Reader,
            !state.results.hints.is_empty(),
        );
        let bar = areas.map_or_else(BarLayout::default, |a| {
            bar::layout(state, a.filter_bar.width)
        });
        let input_start = bar::input_window(state, &bar).start;
        FrameLayout {
            screen,
            areas,
            bar,
            input_start,
            list_offset: state.list_offset,
            popup: state.overlay.is_some(),
        }
    }

    /// The list's inside, where its rows are.
    pub fn list_rows(&self) -> Option<Rect> {
        self.areas.and_then(|a| a.list).map(inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breakpoints() {
        assert!(areas(39, 30, false, false).is_none());
        assert!(areas(80, 11, false, false).is_none());
        let wide = areas(120, 40, false, false).expect("fits");
        assert_eq!(wide.list.map(|r| r.y), wide.reader.map(|r| r.y));
        let mid = areas(80, 24, false, true).expect("fits");
        assert!(mid.reader.expect("reader").y > mid.list.expect("list").y);
        let narrow = areas(50, 20, true, false).expect("fits");
        assert!(narrow.list.is_none() && narrow.reader.is_some());
    }
}
