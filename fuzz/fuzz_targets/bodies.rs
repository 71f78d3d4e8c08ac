//! The bodies of the fuzz targets, shared by the cargo-fuzz binaries and by
//! `tests/suite/fuzz_replay.rs` and `tests/suite/props_text.rs` (the suite includes this file
//! with `#[path]`), so the stored corpora and found cases are replayed by `cargo test` on every
//! machine.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use plantscope::Article;
use plantscope::corpus::{LoadOptions, read_bytes};
use plantscope::entities::{Gazetteer, Matcher};
use plantscope::text::fold::{fold, fold_str};

/// File names tried for every input: each format reader, and content sniffing.
const NAMES: &[&str] = &[
    "in.txt", "in.md", "in.html", "in.json", "in.jsonl", "in.xml", "in.atom", "in",
];

/// Nothing that could drive a terminal: no control but newline, no bidi override.
fn assert_inert(s: &str) {
    for c in s.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}');
        assert!(!bad, "{c:?} reached the output in {s:?}");
    }
}

/// Bytes → every format reader: never a panic, every string out of it clean.
pub fn read_formats(data: &[u8]) {
    let options = LoadOptions {
        max_file_size: 1 << 20,
        ..LoadOptions::default()
    };
    for name in NAMES {
        let (articles, diagnostics) = read_bytes(name, data, &options);
        for a in &articles {
            assert_inert(&a.title);
            assert_inert(&a.body);
            assert!(!a.title.contains('\n'), "{:?}", a.title);
            for field in [a.date.as_deref(), a.url.as_deref(), a.source.as_deref()]
                .into_iter()
                .flatten()
            {
                assert_inert(field);
            }
        }
        for d in &diagnostics {
            assert_inert(&d.path);
            assert_inert(&d.reason);
        }
    }
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let gazetteer = Gazetteer::builtin().expect("the embedded gazetteer loads");
        Matcher::new(Arc::new(gazetteer))
    })
}

/// Arbitrary UTF-8 → fold and entity matching: the offset map is sound and every mention
/// points at its own text on char boundaries.
pub fn fold_match(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    check_fold(&text);
    let mut article = Article {
        title: text.lines().next().unwrap_or("").to_string(),
        body: text.to_string(),
        ..Article::default()
    };
    matcher().annotate(&mut article);
    for m in &article.mentions {
        assert!(m.start <= m.end && m.end <= article.body.len(), "{m:?}");
        assert!(article.body.is_char_boundary(m.start), "{m:?}");
        assert!(article.body.is_char_boundary(m.end), "{m:?}");
        assert_eq!(
            &article.body[m.start..m.end],
            m.text(&article.body),
            "{m:?}"
        );
    }
}

/// The offset map's invariants for one string.
pub fn check_fold(original: &str) {
    let folded = fold(original);
    let map = folded.dense_map();
    assert_eq!(map.len(), folded.text.len() + 1, "{original:?}");
    assert!(
        map.windows(2).all(|w| w[0] <= w[1]),
        "not monotonic: {original:?}"
    );
    // The end maps to the end of the original, or to where trailing punctuation and spaces
    // (which fold to nothing) begin.
    let end = *map.last().unwrap_or(&0) as usize;
    assert!(end <= original.len(), "{original:?}");
    if original.is_char_boundary(end) {
        assert_eq!(fold_str(&original[end..]), "", "{original:?}");
    }
    for &offset in &map {
        assert!(
            original.is_char_boundary(offset as usize),
            "{offset} in {original:?}"
        );
    }
    // Every word of the folded text maps back to original text that folds to that word.
    let mut start = 0;
    for word in folded.text.split(' ') {
        let end = start + word.len();
        if !word.is_empty() {
            let (a, b) = folded.original_range(start, end);
            assert!(a <= b && b <= original.len());
            let again = fold(&original[a..b]).text;
            assert_eq!(again, word, "{original:?} [{a}..{b}]");
        }
        start = end + 1;
    }
}

/// Arbitrary text → the lenient query parser: never a panic, few and clean hints.
pub fn query_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = plantscope::search::query::parse(&text);
    assert!(parsed.hints.len() <= 16, "{:?}", parsed.hints);
    for hint in &parsed.hints {
        assert_inert(hint);
    }
}
