//! Helpers shared by the integration tests: the seed library, the gold file.

#![allow(dead_code)]

pub mod matching;

use std::sync::OnceLock;

use plantscope::corpus::Corpus;
use plantscope::load::{self, Loaded, Request};
use plantscope::tui::state::State;
use plantscope::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The seed articles, loaded once per test binary.
pub fn seeds() -> &'static Loaded {
    static SEEDS: OnceLock<Loaded> = OnceLock::new();
    SEEDS.get_or_init(|| match load::load(&Request::default(), &|_| {}) {
        Ok(loaded) => loaded,
        Err(e) => panic!("seeds failed to load: {e:#}"),
    })
}

/// `../shared/gold/seeds.json`, copied into the fixtures.
pub fn gold() -> serde_json::Value {
    let text = include_str!("../../fixtures/gold_seeds.json");
    serde_json::from_str(text).expect("gold file is valid JSON")
}

/// The 3-digit prefix of a seed path (`seeds/001_….txt` → `001`).
pub fn seed_id(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.chars().take(3).collect()
}

/// JSON array of strings → Vec<String>.
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The reasons given for the files whose path ends with `name`.
pub fn reasons<'a>(corpus: &'a Corpus, name: &str) -> Vec<&'a str> {
    corpus
        .diagnostics
        .iter()
        .filter(|d| d.path.ends_with(name))
        .map(|d| d.reason.as_str())
        .collect()
}

/// One whole frame of the browser as text, drawn on a test backend of the state's size (empty
/// for a zero-sized terminal).
pub fn frame(state: &State) -> String {
    let (w, h) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| ui::render(f, state)).expect("draw");
    if w == 0 || h == 0 {
        return String::new();
    }
    terminal.backend().to_string()
}
