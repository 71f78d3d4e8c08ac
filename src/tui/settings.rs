//! The config's `[keys]` and `[theme]` entries checked for what they mean to the browser
//! (known actions, keys that parse, no remap conflicts, known styles and colours), each
//! error at the entry's line.

use crate::config::{Config, ConfigError};
use crate::tui::keymap::{Key, KeyMap, action_names};
use crate::tui::theme::{THEME_KEYS, parse_style};

/// Check a config's keys and theme; the first problem, at its line.
pub fn check(config: &Config) -> Result<(), ConfigError> {
    let lines = &config.lines;
    let line = |table: &std::collections::BTreeMap<String, usize>, name: &str| {
        table.get(name).copied().unwrap_or(0)
    };
    let names = action_names();
    for (name, keys) in &config.keys {
        let at = line(&lines.keys, name);
        if !names.contains(&name.as_str()) {
            return Err(lines.invalid(
                at,
                &format!(
                    "unknown action {name:?} in [keys] (known: {})",
                    names.join(", ")
                ),
            ));
        }
        for key in keys {
            Key::parse(key).map_err(|e| lines.invalid(at, &format!("[keys] {name}: {e}")))?;
        }
    }
    // `quit = []`, one key for two actions: said for every command, at the line of the
    // action named first.
    if let Err(message) = KeyMap::with_overrides(&config.keys) {
        let at = lines
            .keys
            .iter()
            .find(|(name, _)| {
                message.contains(&format!("{name:?}")) || message.contains(&format!("{name} ="))
            })
            .map_or(0, |(_, &at)| at);
        return Err(lines.invalid(at, &message));
    }
    for (name, value) in &config.theme {
        let at = line(&lines.theme, name);
        if !THEME_KEYS.contains(&name.as_str()) {
            return Err(lines.invalid(
                at,
                &format!(
                    "unknown [theme] key {name:?} (known: {})",
                    THEME_KEYS.join(", ")
                ),
            ));
        }
        parse_style(value).map_err(|e| lines.invalid(at, &format!("[theme] {name}: {e}")))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        let config = Config::parse(text, "c.toml")?;
        check(&config).map(|()| config)
    }

    #[test]
    fn good_config() {
        let text = "gazetteer = [\"extra.toml\"]\n[keys]\nquit = [\"Q\", \"ctrl-c\"]\n[theme]\nbrand = \"cyan\"\n";
        let config = parse(text).expect("valid");
        assert_eq!(config.keys["quit"], vec!["Q", "ctrl-c"]);
        assert_eq!(config.theme["brand"], "cyan");
    }

    #[test]
    fn errors_name_the_line() {
        let action = parse("[keys]\n\nfly = [\"q\"]\n").expect_err("bad action");
        assert!(
            action.to_string().starts_with("c.toml:3: unknown action"),
            "{action}"
        );
        let key = parse("[keys]\nquit = [\"hyper-q\"]\n").expect_err("bad key");
        assert!(key.to_string().starts_with("c.toml:2:"), "{key}");
        let no_quit = parse("[keys]\n\nquit = []\n").expect_err("no quit key");
        assert!(
            no_quit
                .to_string()
                .starts_with("c.toml:3: keys: quit = [] leaves no key"),
            "{no_quit}"
        );
        let twice = parse("[keys]\nhelp = [\"?\"]\nsort = [\"j\"]\n").expect_err("j twice");
        assert!(
            twice
                .to_string()
                .starts_with("c.toml:3: keys: \"j\" is bound to both"),
            "{twice}"
        );
        let colour = parse("[theme]\nhit = \"sparkly\"\n").expect_err("bad colour");
        assert!(colour.to_string().contains("c.toml:2:"), "{colour}");
        let style = parse("[theme]\n\nsparkle = \"red\"\n").expect_err("unknown style");
        assert!(
            style
                .to_string()
                .starts_with("c.toml:3: unknown [theme] key"),
            "{style}"
        );
    }
}
