//! The help's geometry: its lines (every binding, then the rules that are not one key), and
//! how they fall into one or two columns on a screen, for the widget and for scrolling.

use ratatui::layout::Rect;

use crate::text;
use crate::tui::keymap::KeyMap;

/// Rules the key map cannot show: they are not bindings of one key.
const EXTRA: [(&str, &str); 3] = [
    (
        "mouse",
        "click selects; the wheel scrolls the pane under the pointer; on a chip, `Brand ▾` \
         opens its picker and `Opel ×` removes that value",
    ),
    ("builds:", "plant picker: `builds:3008` lists its plants"),
    (
        "Alt-x",
        "an unbound Alt-key is read as `Esc` then the key (a fast `Esc` then a key \
         arrives as Alt, e.g. under tmux)",
    ),
];

/// The help text: one `(keys, description)` per command, with the keys it names as bound
/// now, then the mouse and the Alt rule.
pub fn help_lines(keymap: &KeyMap) -> Vec<(String, String)> {
    keymap
        .commands()
        .map(|b| (KeyMap::keys_label(b), keymap.help_text(b)))
        .chain(
            EXTRA
                .iter()
                .map(|(keys, help)| (keys.to_string(), help.to_string())),
        )
        .collect()
}

/// One screen row of the help: the keys on an entry's first row, then a piece of its
/// wrapped description.
pub type Row = (Option<String>, String);

/// How the help lays out in a frame: the rows of each column, the column width and the width
/// of the keys.
pub struct Geometry {
    pub columns: Vec<Vec<Row>>,
    pub col_w: u16,
    pub key_w: usize,
    /// Rows the box shows.
    pub visible: usize,
}

impl Geometry {
    /// Rows in the tallest column.
    pub fn height(&self) -> usize {
        self.columns.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Lay the help out in `area`: one column when it fits (or the terminal is narrow), else two;
/// each description uses the width its column leaves and wraps when it is longer.
pub fn geometry(lines: &[(String, String)], area: Rect) -> Geometry {
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

/// The furthest the help scrolls on a screen: its last row at the bottom.
pub fn max_scroll(keymap: &KeyMap, screen: Rect) -> usize {
    let lines = help_lines(keymap);
    let g = geometry(&lines, screen);
    g.height().saturating_sub(g.visible)
}

/// Rows of the help a screen shows.
pub fn visible_rows(screen: Rect) -> usize {
    usize::from(super::help_box(screen).height.saturating_sub(2)).max(1)
}
