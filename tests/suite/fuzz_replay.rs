//! Every stored case in `fuzz/corpus/<target>/` (seeds and whatever cargo-fuzz found) run
//! through the same target body as the fuzzer, as an ordinary test.

use std::path::Path;

use crate::bodies;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).expect("read a corpus file");
        let outcome = std::panic::catch_unwind(|| body(&bytes));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
        count += 1;
    }
    assert!(count > 0, "no cases in {}", dir.display());
}

#[test]
fn replay_read_formats() {
    replay("read_formats", bodies::read_formats);
}

#[test]
fn replay_fold_match() {
    replay("fold_match", bodies::fold_match);
}

#[test]
fn replay_query_parse() {
    replay("query_parse", bodies::query_parse);
}
