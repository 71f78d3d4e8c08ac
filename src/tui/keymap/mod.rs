//! Keys are data: a table of (command, modes, condition, keys) → [`Action`] ([`table`]),
//! remappable from the config file, that also generates the status-bar hints, the popups'
//! footers and the help overlay.

mod check;
mod key;
pub mod table;

use std::collections::BTreeMap;

use crossterm::event::KeyEvent;

use crate::tui::action::Action;
pub use key::Key;
pub use table::{Command, Condition};

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
    /// A menu (copy, saved searches): a letter picks its item, `Enter` the highlighted one.
    Menu,
    /// An entity card.
    Card,
    /// The production view (table and map).
    Production,
}

impl Mode {
    /// Modes where a plain character is text unless a binding is specific to text modes.
    fn is_text(self) -> bool {
        matches!(self, Mode::Input | Mode::Picker | Mode::Menu)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::List => "list",
            Mode::Reader => "reader",
            Mode::Input => "search input",
            Mode::Picker => "picker",
            Mode::Popup => "popups",
            Mode::Menu => "menus",
            Mode::Card => "card",
            Mode::Production => "production view",
        }
    }
}

/// One row of the key map.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The command, whose name the config file's `[keys]` table uses.
    pub command: Command,
    /// The config-file name of the command.
    pub name: &'static str,
    pub modes: &'static [Mode],
    /// A fact about the state the row needs besides its mode (`None`: always).
    pub when: Option<Condition>,
    pub keys: Vec<Key>,
    pub action: Action,
    /// Short label for the status bar.
    pub hint: &'static str,
    /// One line for the help overlay (`{close}` names the close command's key).
    pub help: &'static str,
}

/// What a key means depends on: the mode, and facts about the state for the rows with a
/// [`Condition`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub mode: Mode,
    /// In a picker, `Space` types a space ([`Condition::SpaceTypes`]).
    pub space_types: bool,
}

impl Context {
    fn holds(self, condition: Option<Condition>) -> bool {
        match condition {
            None => true,
            Some(Condition::SpaceTypes) => self.space_types,
            Some(Condition::SpaceToggles) => !self.space_types,
        }
    }
}

impl From<Mode> for Context {
    fn from(mode: Mode) -> Context {
        Context {
            mode,
            space_types: false,
        }
    }
}

/// The key map: bindings in priority order.
#[derive(Debug, Clone)]
pub struct KeyMap {
    pub bindings: Vec<Binding>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let bindings = table::rows()
            .into_iter()
            .map(|(command, modes, when, keys, action, hint, help)| Binding {
                command,
                name: command.name(),
                modes,
                when,
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
    use strum::IntoEnumIterator;
    Command::iter().map(Command::name).collect()
}

impl KeyMap {
    /// The default map with `[keys]` overrides from the config: `name = ["key", …]` (every row
    /// of the command takes the keys).
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<KeyMap, String> {
        let mut map = KeyMap::default();
        for (name, keys) in overrides {
            let keys = keys
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<Vec<_>, _>>()?;
            let command: Command = name.parse().map_err(|_| {
                format!(
                    "unknown action {name:?} (known: {})",
                    action_names().join(", ")
                )
            })?;
            for binding in map.bindings.iter_mut().filter(|b| b.command == command) {
                binding.keys = keys.clone();
            }
        }
        check::overrides(&map, overrides)?;
        Ok(map)
    }

    /// The action for a key in a context. In text modes a plain character types itself unless
    /// a binding exists only for text modes (Space in a picker).
    pub fn resolve(&self, context: impl Into<Context>, event: &KeyEvent) -> Option<Action> {
        let context = context.into();
        let key = Key::from_event(event);
        if let Some(binding) = self.binding_for(context, key) {
            return Some(binding.action.clone());
        }
        match key.plain_char() {
            Some(c) if context.mode.is_text() => Some(Action::Insert(c)),
            _ => None,
        }
    }

    /// The binding a key triggers in a context (`None`: a plain character in a text mode types
    /// itself, anything else is unbound).
    fn binding_for(&self, context: Context, key: Key) -> Option<&Binding> {
        self.bindings.iter().find(|binding| {
            check::applies(binding, context.mode, key) && context.holds(binding.when)
        })
    }

    /// Whether a key is bound in a context (a plain character in a text mode counts as bound).
    pub fn is_bound(&self, context: impl Into<Context>, event: &KeyEvent) -> bool {
        self.resolve(context, event).is_some()
    }

    /// The first row of a command.
    pub fn get(&self, command: Command) -> Option<&Binding> {
        self.bindings.iter().find(|b| b.command == command)
    }

    /// The first key that reaches a command in a mode, as hints spell it (`None` when the
    /// command has no key there: no hint can then name one).
    pub fn key_for(&self, command: Command, mode: Mode) -> Option<String> {
        let binding = self.get(command)?;
        binding
            .keys
            .iter()
            .find(|&&k| {
                // Under either answer of the conditions (Space toggles or types).
                [false, true].into_iter().any(|space_types| {
                    let context = Context { mode, space_types };
                    self.binding_for(context, k)
                        .is_some_and(|o| o.command == command)
                })
            })
            .map(|k| k.display())
    }

    /// `(key, label)` pairs for the status bar in a mode, from the current bindings: the
    /// most useful first ([`table::first_hints`]), then every other command of the mode in
    /// key-map order, so a wide terminal shows them all and a narrow one the first that fit.
    pub fn hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        let first = table::first_hints(mode);
        let mut commands: Vec<Command> = first.to_vec();
        for binding in &self.bindings {
            if binding.modes.contains(&mode) && !commands.contains(&binding.command) {
                commands.push(binding.command);
            }
        }
        commands
            .into_iter()
            .filter_map(|command| {
                let hint = self.get(command)?.hint;
                // The first of its keys that really reaches it here (in the picker `j` types
                // and `Home` moves the text cursor).
                self.key_for(command, mode).map(|key| (key, hint))
            })
            .collect()
    }

    /// The few hints a popup's footer shows (its border is narrow).
    pub fn footer_hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        let n = match mode {
            Mode::Picker | Mode::Popup | Mode::Menu | Mode::Card => 4,
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

    /// A binding's help line with the keys it names (`{close}`) as they are bound now.
    pub fn help_text(&self, binding: &Binding) -> String {
        let mut out = String::new();
        let mut rest = binding.help;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            out.push_str(&rest[..open]);
            let name = &rest[open + 1..open + close];
            let key = name
                .parse::<Command>()
                .ok()
                .and_then(|c| self.get(c))
                .and_then(|b| b.keys.first())
                .map_or_else(|| "(unbound)".to_string(), |k| k.display());
            out.push_str(&key);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One binding per command, in table order: what the help lists.
    pub fn commands(&self) -> impl Iterator<Item = &Binding> {
        self.bindings
            .iter()
            .enumerate()
            .filter(|(i, b)| !self.bindings[..*i].iter().any(|o| o.command == b.command))
            .map(|(_, b)| b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Facet;
    use crossterm::event::{KeyCode, KeyModifiers};

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
        // Space is two rows of one command: it toggles, or types where the state says so.
        assert!(matches!(
            map.resolve(Mode::Picker, &key(' ')),
            Some(Action::Toggle)
        ));
        let typing = Context {
            mode: Mode::Picker,
            space_types: true,
        };
        assert!(matches!(
            map.resolve(typing, &key(' ')),
            Some(Action::Insert(' '))
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
    fn esc_means_what_the_row_for_the_mode_says() {
        use crate::tui::action::Back;
        let map = KeyMap::default();
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        let cases = [
            (Mode::Card, Some(Back::Card)),
            (Mode::Popup, Some(Back::Overlay)),
            (Mode::Picker, Some(Back::Overlay)),
            (Mode::Menu, Some(Back::Overlay)),
            (Mode::Input, Some(Back::Input)),
            (Mode::Production, Some(Back::Production)),
            (Mode::Reader, Some(Back::Reader)),
            // Nothing to back out of: the key is free (a hint would promise nothing).
            (Mode::List, None),
        ];
        let back_of = |action: Option<Action>| match action {
            Some(Action::Back(to)) => Some(to),
            _ => None,
        };
        for (mode, back) in cases {
            assert_eq!(back_of(map.resolve(mode, &esc)), back, "{mode:?}");
        }
        assert!(map.resolve(Mode::List, &esc).is_none());
        assert_eq!(
            back_of(map.resolve(Mode::Card, &key('q'))),
            Some(Back::Card)
        );
        assert_eq!(
            back_of(map.resolve(Mode::Popup, &key('q'))),
            Some(Back::Overlay)
        );
        assert!(
            !map.hints(Mode::List)
                .iter()
                .any(|(_, hint)| *hint == "back")
        );
        // A remap moves every row of the command.
        let over = BTreeMap::from([("back".to_string(), vec!["ctrl-g".to_string()])]);
        let map = KeyMap::with_overrides(&over).expect("valid");
        let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
        assert_eq!(
            back_of(map.resolve(Mode::Reader, &ctrl_g)),
            Some(Back::Reader)
        );
        assert_eq!(back_of(map.resolve(Mode::Card, &ctrl_g)), Some(Back::Card));
        assert!(map.resolve(Mode::Reader, &esc).is_none());
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
