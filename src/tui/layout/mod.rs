//! Layout as values. [`areas`] says where each part of the screen goes at a terminal size (a
//! pure function, shared by the renderer, paging and the reader's wrap width); [`FrameLayout`]
//! is what one frame drew where (areas, the filter bar's chips, the list's first row), computed
//! by the renderer once per frame and kept in the state, so that a click is hit-tested against
//! what was on screen. Nothing here draws.

pub mod bar;
pub mod help;
pub mod input_line;

use ratatui::layout::{Constraint, Margin, Rect};

use crate::tui::state::{Focus, State};
pub use bar::BarLayout;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the list and the reader sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;
/// Below this width only one pane is shown at a time.
pub const ONE_PANE: u16 = 60;

/// How the list and the reader share the screen, as the user set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The focused pane alone fills the space (`z`).
    pub zoom: bool,
    /// The list's share of the width (side by side) or of the height (stacked), in percent.
    pub list_share: Option<u16>,
    /// The reader's widest text line in columns (`0`: the pane's width).
    pub reader_width: usize,
}

impl Default for Panes {
    fn default() -> Panes {
        Panes {
            zoom: false,
            list_share: None,
            reader_width: DEFAULT_READER_WIDTH,
        }
    }
}

/// The reader's widest line unless the config says otherwise: long lines are hard to read.
pub const DEFAULT_READER_WIDTH: usize = 100;
/// The list's share of the screen can go from this to 100 less this, in percent.
pub const MIN_SHARE: u16 = 20;

impl Panes {
    /// The list's share: as set, else 45 % of the width side by side, 40 % of the height
    /// stacked.
    pub fn share(&self, side_by_side: bool) -> u16 {
        self.list_share
            .unwrap_or(if side_by_side { 45 } else { 40 })
            .clamp(MIN_SHARE, 100 - MIN_SHARE)
    }

    /// The share after `>` or `<`.
    pub fn resized(self, side_by_side: bool, delta: i16) -> Panes {
        let share = (self.share(side_by_side) as i16 + delta)
            .clamp(MIN_SHARE as i16, 100 - MIN_SHARE as i16) as u16;
        Panes {
            list_share: Some(share),
            ..self
        }
    }
}

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
/// `reader_shown` picks the pane in single-pane mode (and when zoomed); `hint_line` reserves
/// the hint row; `panes` says how the two share the space.
pub fn areas(
    width: u16,
    height: u16,
    reader_shown: bool,
    hint_line: bool,
    panes: Panes,
) -> Option<Areas> {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return None;
    }
    let hint_h = u16::from(hint_line);
    let filter_bar = Rect::new(0, 0, width, 1);
    let hints = Rect::new(0, 1, width, hint_h);
    let top = 1 + hint_h;
    let status = Rect::new(0, height - 1, width, 1);
    let body = Rect::new(0, top, width, height - 1 - top);
    let (list, reader) = if panes.zoom || width < ONE_PANE {
        if reader_shown {
            (None, Some(body))
        } else {
            (Some(body), None)
        }
    } else if width >= SIDE_BY_SIDE {
        let list_w = (u32::from(width) * u32::from(panes.share(true)) / 100) as u16;
        (
            Some(Rect::new(0, body.y, list_w, body.height)),
            Some(Rect::new(list_w, body.y, width - list_w, body.height)),
        )
    } else {
        let list_h = (u32::from(body.height) * u32::from(panes.share(false)) / 100) as u16;
        let list_h = list_h.max(3).min(body.height.saturating_sub(3));
        (
            Some(Rect::new(0, body.y, width, list_h)),
            Some(Rect::new(0, body.y + list_h, width, body.height - list_h)),
        )
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
        // The table's names need the room more than the map its detail.
        let table_w = (u32::from(body.width) * 60 / 100) as u16;
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
    // The production view fills the body whatever the panes: their split does not matter.
    areas(width, height, false, hint_line, Panes::default()).map_or(1, |a| {
        let (table, _) = production(a.body());
        usize::from(inner(table).height.saturating_sub(1)).max(1)
    })
}

/// The card popup's box: all but a margin, at most 160 columns wide (its evidence sentences
/// are long; wider than that, a line is no longer read at a glance).
pub fn card_box(screen: Rect) -> Rect {
    popup(
        screen,
        screen.width.saturating_sub(4).clamp(20, 160),
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
    area.centered(Constraint::Length(width), Constraint::Length(height))
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
            state.panes,
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
        let p = Panes::default();
        assert!(areas(39, 30, false, false, p).is_none());
        assert!(areas(80, 11, false, false, p).is_none());
        let wide = areas(120, 40, false, false, p).expect("fits");
        assert_eq!(wide.list.map(|r| r.y), wide.reader.map(|r| r.y));
        let mid = areas(80, 24, false, true, p).expect("fits");
        assert!(mid.reader.expect("reader").y > mid.list.expect("list").y);
        let narrow = areas(50, 20, true, false, p).expect("fits");
        assert!(narrow.list.is_none() && narrow.reader.is_some());
    }

    #[test]
    fn zoom_gives_the_shown_pane_everything_and_shares_are_bounded() {
        let zoomed = Panes {
            zoom: true,
            ..Panes::default()
        };
        let reader = areas(200, 50, true, false, zoomed).expect("fits");
        assert!(reader.list.is_none());
        assert_eq!(reader.reader.map(|r| r.width), Some(200));
        let list = areas(200, 50, false, false, zoomed).expect("fits");
        assert!(list.reader.is_none() && list.list.is_some());
        let mut p = Panes::default();
        for _ in 0..20 {
            p = p.resized(true, 5);
        }
        assert_eq!(p.share(true), 100 - MIN_SHARE);
        let wide = areas(200, 50, false, false, p).expect("fits");
        assert_eq!(wide.list.map(|r| r.width), Some(160));
        for _ in 0..40 {
            p = p.resized(false, -5);
        }
        let stacked = areas(80, 24, false, false, p).expect("fits");
        // The list keeps room for its border and a row.
        assert!(stacked.list.expect("list").height >= 3);
    }
}
