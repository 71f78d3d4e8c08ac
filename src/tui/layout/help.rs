//! The help's geometry: its lines (every binding, then the rules that are not one key), and
//! how they fall into one or two columns on a screen, for the widget and for scrolling.

use ratatui::layout::Rect;

use crate::text;
use crate::tui::keymap::KeyMap;
use crate::tui::keymap::table::Section;

/// The query language, in the help: what people type most, first.
const SYNTAX: [(&str, &str); 8] = [
    (
        "kaluga plant",
        "articles with both words; accents and case ignored; stemmed per language",
    ),
    (
        "Kalou",
        "while typing, the last word is a prefix (the status bar says so); a space or Enter ends it; \
         `Kalou*` is a prefix anywhere",
    ),
    (
        "\"South Korea\"",
        "the phrase, or the entity in any language (`Corée du Sud`)",
    ),
    ("-Renault", "without it"),
    (
        "a OR b  ( )",
        "either (`OR` in capitals, or `|`); parentheses group",
    ),
    (
        "brand:peugeot",
        "exact facets, any alias: `brand:` `group:` `model:` `country:` `plant:` `lang:`",
    ),
    (
        "builds:3008",
        "articles reporting where it is built; `status:stopped` closures (also `builds`, `will_build`, `will_stop`)",
    ),
    (
        "is:unread",
        "your marks: `is:unread`, `is:read`, `is:starred`, `tag:name`",
    ),
];

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

/// One line of the help before wrapping: a section's heading, or keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Entry(String, String),
}

impl HelpLine {
    /// The keys and the description of an entry (`None` for a heading).
    pub fn entry(&self) -> Option<(&str, &str)> {
        match self {
            HelpLine::Heading(_) => None,
            HelpLine::Entry(keys, help) => Some((keys, help)),
        }
    }
}

/// The help text: the bindings by section, in the order people need them (search, filters,
/// open, quit…), each with its keys as bound now; then the search syntax, the mouse and the
/// Alt rule.
pub fn help_lines(keymap: &KeyMap) -> Vec<HelpLine> {
    use strum::IntoEnumIterator;
    let mut out = Vec::new();
    for section in Section::iter() {
        let mut entries: Vec<_> = keymap
            .commands()
            .filter(|b| b.command.section() == section)
            .collect();
        if entries.is_empty() {
            continue;
        }
        // Stable: commands the order leaves out keep the table's order.
        entries.sort_by_key(|b| b.command.help_rank());
        out.push(HelpLine::Heading(section.title()));
        out.extend(
            entries
                .into_iter()
                .map(|b| HelpLine::Entry(KeyMap::keys_label(b), keymap.help_text(b))),
        );
    }
    out.push(HelpLine::Heading("Search syntax (type it after `/`)"));
    out.extend(
        SYNTAX
            .iter()
            .map(|(example, meaning)| HelpLine::Entry(example.to_string(), meaning.to_string())),
    );
    out.push(HelpLine::Heading("Mouse and Alt"));
    out.extend(
        EXTRA
            .iter()
            .map(|(keys, help)| HelpLine::Entry(keys.to_string(), help.to_string())),
    );
    out
}

/// One screen row of the help: the keys on an entry's first row, then a piece of its
/// wrapped description; or a section heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub keys: Option<String>,
    pub text: String,
    pub heading: bool,
}

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
pub fn geometry(lines: &[HelpLine], area: Rect) -> Geometry {
    let visible = usize::from(area.height.saturating_sub(2)).max(1);
    let inner_w = area.width.min(140).saturating_sub(2);
    let key_w = lines
        .iter()
        .filter_map(HelpLine::entry)
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
            .enumerate()
            .map(|(at, line)| match line {
                HelpLine::Heading(title) => {
                    // A blank row before each heading but the first.
                    let blank = Row {
                        keys: None,
                        text: String::new(),
                        heading: false,
                    };
                    let heading = Row {
                        keys: None,
                        text: title.to_string(),
                        heading: true,
                    };
                    if at == 0 {
                        vec![heading]
                    } else {
                        vec![blank, heading]
                    }
                }
                HelpLine::Entry(keys, help) => text::wrap(help, room)
                    .into_iter()
                    .enumerate()
                    .map(|(i, (a, b))| Row {
                        keys: (i == 0).then(|| keys.clone()),
                        text: help[a..b].to_string(),
                        heading: false,
                    })
                    .collect(),
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
