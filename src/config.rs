//! The config file (`config.toml` in the platform config dir): `[keys]` remapping, `[theme]`
//! colours, `gazetteer` files. A bad file is an error naming the line.
//!
//! This reads the file's shape (TOML, known tables, the reader's width) and remembers the line
//! of every `[keys]` and `[theme]` entry; what the keys and colours mean is the browser's to
//! check (`tui::settings::check`), so this layer knows nothing of the browser.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

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
    /// Where each entry was written, for errors found when the entries are interpreted.
    pub lines: Lines,
}

/// The file a config came from (as shown) and the line of each `[keys]` and `[theme]` entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lines {
    pub origin: String,
    /// Action name → the line of its `[keys]` entry.
    pub keys: BTreeMap<String, usize>,
    /// Style name → the line of its `[theme]` entry.
    pub theme: BTreeMap<String, usize>,
}

impl Lines {
    /// An error at `line` of the config.
    pub fn invalid(&self, line: usize, message: &str) -> ConfigError {
        ConfigError::Invalid {
            path: self.origin.clone(),
            line,
            message: crate::text::sanitize_line(message),
        }
    }
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

    /// Parse config text and check its shape; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let mut config = Config {
            lines: Lines {
                origin: origin.to_string(),
                ..Lines::default()
            },
            ..Config::default()
        };
        let invalid =
            |offset: usize, message: String| config.lines.invalid(line_of(text, offset), &message);
        let raw: Raw = toml::from_str(text)
            .map_err(|e| invalid(e.span().map_or(0, |s| s.start), e.message().to_string()))?;
        let mut reader_width = None;
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
                reader_width = Some(width);
            }
        }
        config.gazetteer = raw.gazetteer;
        config.reader_width = reader_width;
        for (name, keys) in raw.keys {
            let line = line_of(text, keys.span().start);
            config.lines.keys.insert(name.clone(), line);
            config.keys.insert(name, keys.into_inner());
        }
        for (name, value) in raw.theme {
            let line = line_of(text, value.span().start);
            config.lines.theme.insert(name.clone(), line);
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
        let config = Config::parse("[keys]\n\nfly = [\"q\"]\n[theme]\nhit = \"x\"\n", "c.toml")
            .expect("shape");
        assert_eq!(config.lines.keys["fly"], 3);
        assert_eq!(config.lines.theme["hit"], 5);
        assert_eq!(config.lines.invalid(3, "no").to_string(), "c.toml:3: no");
    }
}
