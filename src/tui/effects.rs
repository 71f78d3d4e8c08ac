//! The effects that reach outside the browser, performed by the loop: keeping a state change
//! in the state file, opening a URL or file with the system's opener, copying to the
//! clipboard with an OSC 52 sequence (which works over ssh and inside tmux with
//! `set-clipboard on`).

use std::io::Write;

use crate::state::{Change, Store};
use crate::tui::state::State;

/// Apply `change` to the state file (read afresh) and take what it now holds; a failure is
/// said in the status bar, the change staying in memory for this run.
pub fn persist(store: &mut Option<Store>, state: &mut State, change: &Change) {
    let Some(store) = store else { return };
    match store.update(|user| change.apply(user)) {
        Ok(opened) => state.user = opened.state,
        Err(why) => state.message = Some(format!("not saved: {why}")),
    }
}

/// The program that opens URLs and files: `$PLANTSCOPE_OPENER`, else the platform's.
fn opener() -> (String, Vec<String>) {
    if let Some(own) = std::env::var_os("PLANTSCOPE_OPENER").filter(|v| !v.is_empty()) {
        return (own.to_string_lossy().into_owned(), Vec::new());
    }
    if cfg!(target_os = "macos") {
        ("open".into(), Vec::new())
    } else if cfg!(windows) {
        (
            "cmd".into(),
            vec!["/c".into(), "start".into(), String::new()],
        )
    } else {
        ("xdg-open".into(), Vec::new())
    }
}

/// Start the opener on `target`, detached from the terminal (its output would garble the
/// screen); a failure to start is said in the status bar.
pub fn open(state: &mut State, target: &str) {
    let (program, args) = opener();
    let started = std::process::Command::new(&program)
        .args(args)
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = started {
        state.message = Some(format!("could not start {program}: {e}"));
    }
}

/// Write the export files and say where they went.
pub fn export(state: &mut State, query: &str, docs: &[usize]) {
    let articles: Vec<&crate::Article> = docs
        .iter()
        .filter_map(|&d| state.articles().get(d))
        .collect();
    let said = match crate::tui::export::folder() {
        None => "nothing exported: no download or data folder on this system".to_string(),
        Some(dir) => match crate::tui::export::write(&dir, query, &state.filters, &articles) {
            Ok(csv) => {
                // The file's name is what matters: a long folder gives way first.
                let path = crate::text::display_path(&csv);
                let shown = crate::text::tail(&path, 60);
                let cut = if shown.len() < path.len() { "…" } else { "" };
                let noun = if articles.len() == 1 {
                    "article"
                } else {
                    "articles"
                };
                format!(
                    "exported {} {noun} to {cut}{shown} (and .json, .md)",
                    articles.len()
                )
            }
            Err(e) => format!("export failed: {e}"),
        },
    };
    state.message = Some(said);
}

/// The OSC 52 sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Write the clipboard sequence to the terminal.
pub fn copy(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_the_osc52_sequence() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("Kalouga é".as_bytes()), "S2Fsb3VnYSDDqQ==");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
