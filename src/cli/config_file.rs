//! Which config file a command reads (`--config`, `PLANTSCOPE_CONFIG`, the platform's
//! config dir, or none) and reading it, checked alike for every command.

use std::path::PathBuf;

use super::args::Common;

/// The config file to read: `--config PATH`, else `PLANTSCOPE_CONFIG`, else the one in the
/// platform's config dir.
pub(super) fn config_file(given: Option<&PathBuf>) -> Option<PathBuf> {
    given
        .cloned()
        .or_else(|| {
            std::env::var_os("PLANTSCOPE_CONFIG")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(crate::config::config_path)
}

/// The config file, the same for every command: a bad file is an error (exit 2) naming the
/// line. `--no-config` or a non-empty `PLANTSCOPE_NO_CONFIG` skips it. A file named with
/// `--config` or `PLANTSCOPE_CONFIG` must exist; the default one may be missing.
pub fn load_config(common: &Common) -> anyhow::Result<crate::config::Config> {
    let skip =
        common.no_config || std::env::var_os("PLANTSCOPE_NO_CONFIG").is_some_and(|v| !v.is_empty());
    if skip {
        return Ok(crate::config::Config::default());
    }
    let Some(path) = config_file(common.config.as_ref()) else {
        return Ok(crate::config::Config::default());
    };
    if Some(&path) != crate::config::config_path().as_ref() && !path.exists() {
        anyhow::bail!(
            "config file {}: no such file",
            crate::text::display_path(&path)
        );
    }
    let config = crate::config::Config::load(&path)?;
    // What the keys and colours mean is the browser's; checked for every command alike.
    crate::tui::settings::check(&config)?;
    Ok(config)
}
