//! The environment's colour conventions (`NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`), read in
//! one place for the headless output, clap's errors and the browser.

/// A variable's value, where set and not empty (both conventions treat empty as unset).
fn var(name: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// True when `NO_COLOR` asks for no colours (no-color.org: set and not empty).
pub fn no_color() -> bool {
    var("NO_COLOR").is_some()
}

/// Whether to colour a stream when nothing on the command line decided: no under `NO_COLOR`,
/// yes under `CLICOLOR_FORCE` (not `0`), otherwise on a terminal unless `CLICOLOR=0`
/// (bixense.com/clicolors).
pub fn auto(is_terminal: bool) -> bool {
    if no_color() {
        false
    } else if var("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
        true
    } else {
        is_terminal && var("CLICOLOR").is_none_or(|v| v != "0")
    }
}
