//! Helpers shared by the integration tests: the seed library, the gold file.

#![allow(dead_code)]

use std::sync::OnceLock;

use plantscope::load::{self, Loaded, Request};

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
    let text = include_str!("../fixtures/gold_seeds.json");
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
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}
