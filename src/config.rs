//! TEMPORARY: replaced by the tui branch's config.
use std::path::PathBuf;

pub fn config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "plantscope").map(|d| d.config_dir().join("config.toml"))
}
