//! Where each part of the screen goes, as a pure function of the terminal size; shared by the
//! renderer and by mouse hit-testing in `update`.

use ratatui::layout::Rect;

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

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect::new(
        area.x.saturating_add(1),
        area.y.saturating_add(1),
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
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
