//! Keys are data: a table of (modes, keys) → [`Action`], remappable from the config file, that
//! also generates the status-bar hints and the help overlay.

mod check;

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::search::Facet;
use crate::tui::action::Action;

/// Which bindings apply: decided by focus and by the popup on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    List,
    Reader,
    /// Typing in the search input: plain characters are text.
    Input,
    /// A facet or entity picker: plain characters narrow the list.
    Picker,
    /// Help or diagnostics overlay.
    Popup,
}

impl Mode {
    /// Modes where a plain character is text unless a binding is specific to text modes.
    fn is_text(self) -> bool {
        matches!(self, Mode::Input | Mode::Picker)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::List => "list",
            Mode::Reader => "reader",
            Mode::Input => "search input",
            Mode::Picker => "picker",
            Mode::Popup => "popups",
        }
    }
}

/// A key with the modifiers that matter (Shift is folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::BackTab => KeyCode::BackTab,
            KeyCode::Char(c) if event.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            other => other,
        };
        if matches!(code, KeyCode::Char(_)) {
            mods &= KeyModifiers::CONTROL | KeyModifiers::ALT;
        }
        Key { code, mods }
    }

    /// A printable character without Ctrl or Alt.
    fn plain_char(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if self.mods.is_empty() => Some(c),
            _ => None,
        }
    }

    /// Parse the config-file spelling: `q`, `ctrl-c`, `alt-x`, `shift-tab`, `enter`, `pgdn`, `f1`…
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 1 && lower.starts_with("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.chars().count() > 1 && lower.starts_with("alt-") {
                mods |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let lower = rest.to_ascii_lowercase();
        let code = match lower.as_str() {
            "shift-tab" | "backtab" => KeyCode::BackTab,
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if mods.is_empty() {
                        c
                    } else {
                        c.to_ascii_lowercase()
                    }),
                    _ => return Err(format!("unknown key {text:?}")),
                }
            }
        };
        Ok(Key { code, mods })
    }

    /// The spelling shown in hints and help (the same the config file accepts).
    pub fn display(self) -> String {
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c) => out.push(c),
            KeyCode::BackTab => out.push_str("Shift-Tab"),
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::Backspace => out.push_str("Backspace"),
            KeyCode::Delete => out.push_str("Del"),
            KeyCode::Up => out.push('↑'),
            KeyCode::Down => out.push('↓'),
            KeyCode::Left => out.push('←'),
            KeyCode::Right => out.push('→'),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            KeyCode::PageUp => out.push_str("PgUp"),
            KeyCode::PageDown => out.push_str("PgDn"),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            _ => out.push('?'),
        }
        out
    }
}

/// One row of the key map.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The name used in the config file's `[keys]` table.
    pub name: &'static str,
    pub modes: &'static [Mode],
    pub keys: Vec<Key>,
    pub action: Action,
    /// Short label for the status bar.
    pub hint: &'static str,
    /// One line for the help overlay.
    pub help: &'static str,
}

/// The key map: bindings in priority order.
#[derive(Debug, Clone)]
pub struct KeyMap {
    pub bindings: Vec<Binding>,
}

const ALL: &[Mode] = &[
    Mode::List,
    Mode::Reader,
    Mode::Input,
    Mode::Picker,
    Mode::Popup,
];
const PANES: &[Mode] = &[Mode::List, Mode::Reader];
const MOVING: &[Mode] = &[
    Mode::List,
    Mode::Reader,
    Mode::Popup,
    Mode::Picker,
    Mode::Input,
];
const INPUT: &[Mode] = &[Mode::Input];
const TEXT: &[Mode] = &[Mode::Input, Mode::Picker];
const PICKER: &[Mode] = &[Mode::Picker];
const LIST: &[Mode] = &[Mode::List];
const POPUP: &[Mode] = &[Mode::Popup];

type Row = (
    &'static str,
    &'static [Mode],
    &'static [&'static str],
    Action,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
fn default_rows() -> Vec<Row> {
    use Action as A;
    vec![
        ("close", POPUP, &["q"], A::Back, "close", "close this help / the diagnostics"),
        ("quit", ALL, &["q", "ctrl-c"], A::Quit, "quit", "quit (in help/diagnostics `q` closes)"),
        ("suspend", ALL, &["ctrl-z"], A::Suspend, "suspend", "suspend to the shell; `fg` resumes"),
        ("back", ALL, &["esc"], A::Back, "back", "close popup / leave input / back"),
        ("submit", INPUT, &["enter"], A::Submit, "list", "input: back to the list, keeping the query"),
        ("apply", PICKER, &["enter"], A::Open, "apply", "picker: apply the picked values"),
        ("toggle", PICKER, &["tab"], A::Toggle, "toggle", "picker: toggle the value under the cursor"),
        ("space", PICKER, &["space"], A::SpaceOrToggle, "toggle/space", "picker: toggle, or type a space inside a name (`south k`)"),
        ("backspace", TEXT, &["backspace"], A::Backspace, "delete", "input/picker: delete the previous character"),
        ("delete", TEXT, &["delete"], A::Delete, "delete", "input/picker: delete the character under the cursor"),
        ("cursor_left", TEXT, &["left"], A::CursorLeft, "left", "input/picker: cursor left"),
        ("cursor_right", TEXT, &["right"], A::CursorRight, "right", "input/picker: cursor right"),
        ("cursor_home", TEXT, &["home", "ctrl-a"], A::CursorHome, "start", "input/picker: cursor to the start"),
        ("cursor_end", TEXT, &["end", "ctrl-e"], A::CursorEnd, "end", "input/picker: cursor to the end"),
        ("clear_input", TEXT, &["ctrl-u"], A::ClearInput, "clear", "input/picker: delete the whole text"),
        ("help", PANES, &["?"], A::Help, "help", "this help: every binding"),
        ("search", PANES, &["/"], A::FocusInput, "search", "search: results update as you type"),
        ("brand", PANES, &["b"], A::OpenPicker(Facet::Brand), "brand", "facet picker: brand"),
        ("country", PANES, &["c"], A::OpenPicker(Facet::Country), "country", "facet picker: country"),
        ("plant", PANES, &["p"], A::OpenPicker(Facet::Plant), "plant", "facet picker: plant"),
        ("group", PANES, &["g"], A::OpenPicker(Facet::Group), "group", "facet picker: group"),
        ("lang", PANES, &["L"], A::OpenPicker(Facet::Lang), "lang", "facet picker: language"),
        ("filter_for_value", PANES, &["f"], A::FilterForValue, "filter", "filter for one of the article's entities"),
        ("clear", PANES, &["x"], A::ClearAll, "clear", "clear the query and all filters"),
        ("sort", PANES, &["s"], A::CycleSort, "sort", "cycle sort: relevance → date → title"),
        ("diagnostics", PANES, &["!"], A::Diagnostics, "skipped", "files skipped and why"),
        ("focus_next", PANES, &["tab"], A::FocusNext, "next pane", "focus: list → reader"),
        ("focus_prev", PANES, &["shift-tab"], A::FocusPrev, "prev pane", "focus: reader → list"),
        ("open", LIST, &["enter"], A::Open, "open", "open the article in the reader"),
        ("down", MOVING, &["j", "down", "ctrl-n"], A::Down, "down", "move down / scroll down"),
        ("up", MOVING, &["k", "up", "ctrl-p"], A::Up, "up", "move up / scroll up"),
        ("top", MOVING, &["home"], A::Top, "top", "jump to the top"),
        ("bottom", MOVING, &["end", "G"], A::Bottom, "bottom", "jump to the bottom (`G` as in vim)"),
        ("page_down", MOVING, &["pgdn"], A::PageDown, "page down", "one page down"),
        ("page_up", MOVING, &["pgup"], A::PageUp, "page up", "one page up"),
        ("half_page_down", MOVING, &["ctrl-d"], A::HalfPageDown, "½ down", "half a page down"),
        ("half_page_up", MOVING, &["ctrl-u"], A::HalfPageUp, "½ up", "half a page up"),
        ("next_hit", PANES, &["n"], A::NextHit, "next hit", "reader: next search hit"),
        ("prev_hit", PANES, &["N"], A::PrevHit, "prev hit", "reader: previous search hit"),
        ("next_mention", PANES, &["]"], A::NextMention, "next entity", "reader: next entity mention"),
        ("prev_mention", PANES, &["["], A::PrevMention, "prev entity", "reader: previous entity mention"),
    ]
}

/// The config-file name of an action with a fixed binding, for debugging output.
pub fn action_name(action: &Action) -> Option<&'static str> {
    let wanted = std::mem::discriminant(action);
    default_rows()
        .into_iter()
        .find(|row| std::mem::discriminant(&row.3) == wanted)
        .map(|row| row.0)
}

impl Default for KeyMap {
    fn default() -> Self {
        let bindings = default_rows()
            .into_iter()
            .map(|(name, modes, keys, action, hint, help)| Binding {
                name,
                modes,
                // The defaults are spelled correctly; a typo would show as a missing key.
                keys: keys.iter().filter_map(|k| Key::parse(k).ok()).collect(),
                action,
                hint,
                help,
            })
            .collect();
        KeyMap { bindings }
    }
}

/// The names accepted in the config file's `[keys]` table.
pub fn action_names() -> Vec<&'static str> {
    default_rows().into_iter().map(|row| row.0).collect()
}

impl KeyMap {
    /// The default map with `[keys]` overrides from the config: `name = ["key", …]`.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<KeyMap, String> {
        let mut map = KeyMap::default();
        for (name, keys) in overrides {
            let keys = keys
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<Vec<_>, _>>()?;
            let binding = map
                .bindings
                .iter_mut()
                .find(|b| b.name == name)
                .ok_or_else(|| {
                    format!(
                        "unknown action {name:?} (known: {})",
                        action_names().join(", ")
                    )
                })?;
            binding.keys = keys;
        }
        check::overrides(&map, overrides)?;
        Ok(map)
    }

    /// The action for a key in a mode. In text modes a plain character types itself unless a
    /// binding exists only for text modes (Space toggles in a picker).
    pub fn resolve(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        if let Some(binding) = self.binding_for(mode, key) {
            return Some(binding.action.clone());
        }
        match key.plain_char() {
            Some(c) if mode.is_text() => Some(Action::Insert(c)),
            _ => None,
        }
    }

    /// The binding a key triggers in a mode (`None`: a plain character in a text mode types
    /// itself, anything else is unbound).
    fn binding_for(&self, mode: Mode, key: Key) -> Option<&Binding> {
        let plain = key.plain_char();
        self.bindings.iter().find(|binding| {
            binding.modes.contains(&mode)
                && binding.keys.contains(&key)
                && !(mode.is_text()
                    && plain.is_some()
                    && !binding.modes.iter().all(|m| m.is_text()))
        })
    }

    /// Whether a key is bound in a mode (a plain character in a text mode counts as bound).
    pub fn is_bound(&self, mode: Mode, event: &KeyEvent) -> bool {
        self.resolve(mode, event).is_some()
    }

    /// The binding with this name.
    pub fn get(&self, name: &str) -> Option<&Binding> {
        self.bindings.iter().find(|b| b.name == name)
    }

    /// `(key, label)` pairs for the status bar in a mode, from the current bindings: the
    /// most useful first, then every other binding of the mode in key-map order, so a wide
    /// terminal shows them all and a narrow one the first that fit.
    pub fn hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        #[rustfmt::skip]
        let first: &[&str] = match mode {
            Mode::List => &["help", "quit", "search", "brand", "country", "plant", "clear", "sort",
                "group", "lang", "filter_for_value", "open", "focus_next", "diagnostics"],
            Mode::Reader => &["back", "help", "quit", "next_hit", "next_mention",
                "filter_for_value", "search", "focus_next"],
            Mode::Input => &["submit", "back", "clear_input"],
            Mode::Picker => &["space", "toggle", "apply", "back", "clear_input"],
            Mode::Popup => &["down", "up", "close", "back"],
        };
        let rest = self
            .bindings
            .iter()
            .filter(|b| b.modes.contains(&mode) && !first.contains(&b.name))
            .map(|b| b.name);
        first
            .iter()
            .copied()
            .chain(rest)
            .filter_map(|name| self.get(name))
            .filter_map(|b| {
                // The first of its keys that really reaches it here (in the picker `j` types
                // and `Home` moves the text cursor).
                b.keys
                    .iter()
                    .find(|&&k| self.binding_for(mode, k).is_some_and(|o| o.name == b.name))
                    .map(|k| (k.display(), b.hint))
            })
            .collect()
    }

    /// The few hints a popup's footer shows (its border is narrow).
    pub fn footer_hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        let n = match mode {
            Mode::Picker | Mode::Popup => 4,
            _ => 3,
        };
        self.hints(mode).into_iter().take(n).collect()
    }

    /// All keys of a binding, joined for the help overlay.
    pub fn keys_label(binding: &Binding) -> String {
        binding
            .keys
            .iter()
            .map(|k| k.display())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn j_types_in_the_input_and_moves_in_the_list() {
        let map = KeyMap::default();
        assert!(matches!(
            map.resolve(Mode::Input, &key('j')),
            Some(Action::Insert('j'))
        ));
        assert!(matches!(
            map.resolve(Mode::List, &key('j')),
            Some(Action::Down)
        ));
        assert!(matches!(
            map.resolve(Mode::Picker, &key('q')),
            Some(Action::Insert('q'))
        ));
        assert!(matches!(
            map.resolve(Mode::Picker, &key(' ')),
            Some(Action::SpaceOrToggle)
        ));
        let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
        assert!(matches!(
            map.resolve(Mode::Picker, &tab),
            Some(Action::Toggle)
        ));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(matches!(
            map.resolve(Mode::Input, &ctrl_c),
            Some(Action::Quit)
        ));
    }

    #[test]
    fn shifted_letters_and_backtab() {
        let map = KeyMap::default();
        let l = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert!(matches!(
            map.resolve(Mode::List, &l),
            Some(Action::OpenPicker(Facet::Lang))
        ));
        let bt = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert!(matches!(
            map.resolve(Mode::Reader, &bt),
            Some(Action::FocusPrev)
        ));
    }

    #[test]
    fn remapping_changes_resolution_and_hints() {
        let mut over = BTreeMap::new();
        over.insert(
            "quit".to_string(),
            vec!["Q".to_string(), "ctrl-c".to_string()],
        );
        let map = KeyMap::with_overrides(&over).expect("valid overrides");
        assert!(map.resolve(Mode::List, &key('q')).is_none());
        assert!(matches!(
            map.resolve(Mode::List, &key('Q')),
            Some(Action::Quit)
        ));
        assert!(map.hints(Mode::List).contains(&("Q".to_string(), "quit")));
        over.insert("nope".to_string(), vec!["z".to_string()]);
        assert!(KeyMap::with_overrides(&over).is_err());
        assert!(Key::parse("ctrl-x").is_ok());
        assert!(Key::parse("").is_err());
        assert!(Key::parse("notakey").is_err());
    }
}
