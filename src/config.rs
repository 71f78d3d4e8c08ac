//! The config file (`config.toml` in the platform config dir): `[keys]` remapping, `[theme]`
//! colours, `gazetteer` files. A bad file is an error naming the line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::tui::keymap::{Key, action_names};
use crate::tui::theme::{THEME_KEYS, parse_style};

/// The user's settings; every part optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Action name → keys (`quit = ["q", "ctrl-c"]`).
    pub keys: BTreeMap<String, Vec<String>>,
    /// Style name → colour (`brand = "cyan"`, `hit = "black on yellow"`).
    pub theme: BTreeMap<String, String>,
    /// Extra gazetteer files, relative paths resolved against the config file's folder.
    pub gazetteer: Vec<PathBuf>,
    /// `[reader] width`: the reader's widest text line in columns (`0`: the pane's width).
    pub reader_width: Option<usize>,
}

/// A config file is a few lines; anything bigger than this is not one (see docs/SAFETY.md).
pub const MAX_CONFIG_SIZE: u64 = 1024 * 1024;

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The io error is part of the message, not a `source`: error chains (`{:#}`) printed it
    /// twice ("Permission denied (os error 13): Permission denied (os error 13)").
    #[error("{path}: cannot read: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: String,
        line: usize,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    keys: BTreeMap<String, Spanned<Vec<String>>>,
    #[serde(default)]
    theme: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    gazetteer: Vec<PathBuf>,
    #[serde(default)]
    reader: Option<Spanned<RawReader>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReader {
    width: Option<usize>,
}

/// The widest `[reader] width` taken: wider than any terminal, it means "no limit" anyway.
const MAX_READER_WIDTH: usize = 1000;

/// `…/plantscope/config.toml` in the platform's config dir, when there is a home.
pub fn config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "plantscope").map(|d| d.config_dir().join("config.toml"))
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |s| s.matches('\n').count() + 1)
}

impl Config {
    /// Read and check the config file; a missing file is the default config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = crate::text::display_path(path);
        let read = crate::corpus::read_small_file(path, MAX_CONFIG_SIZE).and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| std::io::Error::other("not valid UTF-8"))
        });
        let text = match read {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(error) => {
                return Err(ConfigError::Io { path: shown, error });
            }
        };
        let mut config = Config::parse(&text, &shown)?;
        let base = path.parent().unwrap_or(Path::new("."));
        for file in &mut config.gazetteer {
            if file.is_relative() {
                *file = base.join(&*file);
            }
        }
        Ok(config)
    }

    /// Parse and check config text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let invalid = |offset: usize, message: String| ConfigError::Invalid {
            path: origin.to_string(),
            line: line_of(text, offset),
            message: crate::text::sanitize_line(&message),
        };
        let raw: Raw = toml::from_str(text)
            .map_err(|e| invalid(e.span().map_or(0, |s| s.start), e.message().to_string()))?;
        let names = action_names();
        let mut config = Config {
            gazetteer: raw.gazetteer,
            ..Config::default()
        };
        if let Some(reader) = raw.reader {
            let at = reader.span().start;
            if let Some(width) = reader.into_inner().width {
                if width != 0 && !(20..=MAX_READER_WIDTH).contains(&width) {
                    return Err(invalid(
                        at,
                        format!(
                            "[reader] width = {width}: give 20 to {MAX_READER_WIDTH} columns, \
                             or 0 for the pane's width"
                        ),
                    ));
                }
                config.reader_width = Some(width);
            }
        }
        let mut spans = BTreeMap::new();
        for (name, keys) in raw.keys {
            let at = keys.span().start;
            spans.insert(name.clone(), at);
            if !names.contains(&name.as_str()) {
                return Err(invalid(
                    at,
                    format!(
                        "unknown action {name:?} in [keys] (known: {})",
                        names.join(", ")
                    ),
                ));
            }
            for key in keys.get_ref() {
                Key::parse(key).map_err(|e| invalid(at, format!("[keys] {name}: {e}")))?;
            }
            config.keys.insert(name, keys.into_inner());
        }
        // `quit = []`, one key for two actions: said for every command, at the line of the
        // action named first.
        if let Err(message) = crate::tui::keymap::KeyMap::with_overrides(&config.keys) {
            let at = spans
                .iter()
                .find(|(name, _)| {
                    message.contains(&format!("{name:?}")) || message.contains(&format!("{name} ="))
                })
                .map_or(0, |(_, &at)| at);
            return Err(invalid(at, message));
        }
        for (name, value) in raw.theme {
            let at = value.span().start;
            if !THEME_KEYS.contains(&name.as_str()) {
                return Err(invalid(
                    at,
                    format!(
                        "unknown [theme] key {name:?} (known: {})",
                        THEME_KEYS.join(", ")
                    ),
                ));
            }
            parse_style(value.get_ref())
                .map_err(|e| invalid(at, format!("[theme] {name}: {e}")))?;
            config.theme.insert(name, value.into_inner());
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_config() {
        let text = "gazetteer = [\"extra.toml\"]\n[keys]\nquit = [\"Q\", \"ctrl-c\"]\n[theme]\nbrand = \"cyan\"\n";
        let config = Config::parse(text, "c.toml").expect("valid");
        assert_eq!(config.keys["quit"], vec!["Q", "ctrl-c"]);
        assert_eq!(config.theme["brand"], "cyan");
        assert_eq!(config.gazetteer, vec![PathBuf::from("extra.toml")]);
        assert_eq!(config.reader_width, None);
        let reader = Config::parse("[reader]\nwidth = 72\n", "c.toml").expect("valid");
        assert_eq!(reader.reader_width, Some(72));
        let unlimited = Config::parse("[reader]\nwidth = 0\n", "c.toml").expect("valid");
        assert_eq!(unlimited.reader_width, Some(0));
        let narrow = Config::parse("[reader]\nwidth = 5\n", "c.toml").expect_err("too narrow");
        assert!(narrow.to_string().starts_with("c.toml:1:"), "{narrow}");
        let unknown = Config::parse("[reader]\nwrap = 5\n", "c.toml").expect_err("unknown key");
        assert!(unknown.to_string().contains("wrap"), "{unknown}");
    }

    #[test]
    fn errors_name_the_line() {
        let syntax = Config::parse("[keys]\nquit = [\"q\"\n", "c.toml").expect_err("bad toml");
        assert!(
            syntax.to_string().starts_with("c.toml:2:")
                || syntax.to_string().starts_with("c.toml:3:"),
            "{syntax}"
        );
        let action = Config::parse("[keys]\n\nfly = [\"q\"]\n", "c.toml").expect_err("bad action");
        assert!(
            action.to_string().starts_with("c.toml:3: unknown action"),
            "{action}"
        );
        let key = Config::parse("[keys]\nquit = [\"hyper-q\"]\n", "c.toml").expect_err("bad key");
        let no_quit = Config::parse("[keys]\n\nquit = []\n", "c.toml").expect_err("no quit key");
        assert!(
            no_quit
                .to_string()
                .starts_with("c.toml:3: keys: quit = [] leaves no key"),
            "{no_quit}"
        );
        let twice = Config::parse("[keys]\nhelp = [\"?\"]\nsort = [\"j\"]\n", "c.toml")
            .expect_err("j twice");
        assert!(
            twice
                .to_string()
                .starts_with("c.toml:3: keys: \"j\" is bound to both"),
            "{twice}"
        );
        assert!(key.to_string().starts_with("c.toml:2:"), "{key}");
        let colour =
            Config::parse("[theme]\nhit = \"sparkly\"\n", "c.toml").expect_err("bad colour");
        assert!(colour.to_string().contains("c.toml:2:"), "{colour}");
    }
}
