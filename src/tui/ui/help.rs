//! The help overlay: every binding of the key map, in one or two columns, scrollable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::text;
use crate::tui::keymap::{KeyMap, Mode};
use crate::tui::layout;
use crate::tui::state::State;

pub struct Help<'a>(pub &'a State, pub usize);

/// Rules the key map cannot show: they are not bindings of one key.
const EXTRA: [(&str, &str); 2] = [
    (
        "mouse",
        "click selects; the wheel scrolls the pane under the pointer; on a chip, `Brand ▾` \
         opens its picker and `Opel ×` removes that value",
    ),
    (
        "Alt-x",
        "an unbound Alt-key is read as `Esc` then the key (a fast `Esc` then a key \
         arrives as Alt, e.g. under tmux)",
    ),
];

/// The help text: one `(keys, description)` per binding, then the mouse and the Alt rule.
pub fn help_lines(keymap: &KeyMap) -> Vec<(String, &'static str)> {
    keymap
        .bindings
        .iter()
        .map(|b| (KeyMap::keys_label(b), b.help))
        .chain(EXTRA.iter().map(|(keys, help)| (keys.to_string(), *help)))
        .collect()
}

/// "j down · k up · Esc back": the hints of a mode, for popup footers.
pub fn footer(keymap: &KeyMap, mode: Mode, max_width: usize) -> String {
    let mut hints: Vec<String> = keymap
        .footer_hints(mode)
        .into_iter()
        .map(|(key, label)| format!("{key} {label}"))
        .collect();
    // Whole hints are dropped from the end until the line fits: a centred line that is too
    // wide would be cut on both sides, mid-word.
    loop {
        let line = format!(" {} ", hints.join(" · "));
        if hints.len() <= 1 || crate::text::width(&line) <= max_width {
            return line;
        }
        hints.pop();
    }
}

/// One screen row of the help: the keys on an entry's first row, then a piece of its
/// wrapped description.
type Row = (Option<String>, String);

/// How the help lays out in a frame: the rows of each column, the column width and the width
/// of the keys.
struct Geometry {
    columns: Vec<Vec<Row>>,
    col_w: u16,
    key_w: usize,
    /// Rows the box shows.
    visible: usize,
}

impl Geometry {
    /// Rows in the tallest column.
    fn height(&self) -> usize {
        self.columns.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Lay the help out in `area`: one column when it fits (or the terminal is narrow), else two;
/// each description uses the width its column leaves and wraps when it is longer.
fn geometry(lines: &[(String, &str)], area: Rect) -> Geometry {
    let visible = usize::from(area.height.saturating_sub(2)).max(1);
    let inner_w = area.width.min(140).saturating_sub(2);
    let key_w = lines
        .iter()
        .map(|(k, _)| text::width(k))
        .max()
        .unwrap_or(0)
        .min(14);
    let lay = |count: u16| {
        let col_w = inner_w / count;
        // Keys, two spaces, the description, and two blank columns before the next column.
        let gap = if count > 1 { 2 } else { 0 };
        let room = usize::from(col_w).saturating_sub(key_w + 2 + gap).max(8);
        let entries: Vec<Vec<Row>> = lines
            .iter()
            .map(|(keys, help)| {
                text::wrap(help, room)
                    .into_iter()
                    .enumerate()
                    .map(|(i, (a, b))| ((i == 0).then(|| keys.clone()), help[a..b].to_string()))
                    .collect()
            })
            .collect();
        let total: usize = entries.iter().map(Vec::len).sum();
        let per_column = total.div_ceil(usize::from(count));
        let mut columns: Vec<Vec<Row>> = vec![Vec::new()];
        for entry in entries {
            let full = columns.last().is_some_and(|c| c.len() >= per_column);
            if full && columns.len() < usize::from(count) {
                columns.push(Vec::new());
            }
            if let Some(column) = columns.last_mut() {
                column.extend(entry);
            }
        }
        Geometry {
            columns,
            col_w,
            key_w,
            visible,
        }
    };
    let one = lay(1);
    if one.height() <= visible || inner_w < 100 {
        one
    } else {
        lay(2)
    }
}

/// The furthest the help scrolls at the state's size: its last row at the bottom.
pub fn max_scroll(state: &State) -> usize {
    let lines = help_lines(&state.keymap);
    let g = geometry(&lines, Rect::new(0, 0, state.size.0, state.size.1));
    g.height().saturating_sub(g.visible)
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let lines = help_lines(&state.keymap);
        let rect = layout::popup(area, 140, area.height);
        Clear.render(rect, buf);
        let g = geometry(&lines, area);
        let height = g.height();
        let scroll = self.1.min(height.saturating_sub(g.visible));
        let mut block = Block::bordered()
            .title(" Help: every key (remap in config.toml [keys]) ")
            .title_bottom(
                Line::from(footer(
                    &state.keymap,
                    Mode::Popup,
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .centered(),
            )
            .border_style(state.theme.focused_border);
        if height > g.visible {
            // It does not fit: where the view is.
            let last = (scroll + g.visible).min(height);
            block = block
                .title(Line::from(format!(" {}–{last} of {height} ", scroll + 1)).right_aligned());
        }
        let inner = block.inner(rect);
        block.render(rect, buf);
        for (c, column) in g.columns.iter().enumerate() {
            let x = inner.x + c as u16 * g.col_w;
            for (y, (keys, piece)) in (inner.y..inner.bottom()).zip(column.iter().skip(scroll)) {
                let keys = keys.as_deref().unwrap_or("");
                let line = Line::from(vec![
                    Span::styled(
                        text::fit(keys, g.key_w),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw("  "),
                    Span::raw(piece.as_str()),
                ]);
                line.render(Rect::new(x, y, g.col_w, 1), buf);
            }
        }
    }
}
