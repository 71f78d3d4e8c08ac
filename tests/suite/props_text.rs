//! Property tests: folding's offset map, width-aware wrap/truncate/fit on text mixing ASCII,
//! CJK, emoji (ZWJ, flags, VS16), combining marks, soft hyphens and RTL scripts; and the fuzz
//! target bodies on arbitrary bytes (so they run in `cargo test` where cargo-fuzz cannot).

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use plantscope::text::{fit, sanitize, truncate, wrap};

use crate::bodies;

const POOL: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    " ",
    "  ",
    "\n",
    "-",
    "'",
    "’",
    ".",
    "é",
    "e\u{301}",
    "ß",
    "ẞ",
    "ü",
    "Ö",
    "İ",
    "ﬁ",
    "日",
    "本",
    "한",
    "국",
    "👨\u{200d}👩\u{200d}👧",
    "🇫🇷",
    "❤\u{fe0f}",
    "\u{ad}",
    "\u{200d}",
    "\u{301}",
    "م",
    "ر",
    "ש",
    "ל",
    "\t",
    "\r",
    "\u{1b}",
    "\u{9b}",
    "\u{202e}",
    "Kaluga",
    "Kalouga",
    "Straße",
    "Citroën",
    "Sevel Nord",
    "\u{0}",
    "\u{7f}",
    "ǅ",
    "\u{fffd}",
];

fn mixed(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..max).prop_map(|v| v.concat())
}

fn graphemes(s: &str) -> usize {
    s.graphemes(true).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fold_offset_map_is_sound(s in mixed(40)) {
        bodies::check_fold(&s);
    }

    #[test]
    fn fold_offset_map_is_sound_on_any_string(s in "\\PC{0,40}") {
        bodies::check_fold(&s);
    }

    #[test]
    fn wrap_fits_and_covers(raw in mixed(60), max in 1usize..30) {
        let text = sanitize(&raw);
        let lines = wrap(&text, max);
        let mut last_end = 0;
        for &(a, b) in &lines {
            prop_assert!(a <= b && b <= text.len() && a >= last_end);
            prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            let line = &text[a..b];
            prop_assert!(line.width() <= max || graphemes(line) == 1, "{line:?} wider than {max}");
            last_end = b;
        }
        let kept: String = text.chars().filter(|c| *c != ' ' && *c != '\n').collect();
        let shown: String = lines
            .iter()
            .flat_map(|&(a, b)| text[a..b].chars())
            .filter(|c| *c != ' ' && *c != '\n')
            .collect();
        prop_assert_eq!(kept, shown);
    }

    #[test]
    fn truncate_and_fit_never_exceed(raw in mixed(30), max in 0usize..25) {
        let s = sanitize(&raw).replace('\n', " ");
        let cut = truncate(&s, max);
        prop_assert!(cut.width() <= max, "{cut:?} > {max}");
        if s.width() <= max {
            prop_assert_eq!(&cut, &s);
        }
        let padded = fit(&s, max);
        prop_assert!(padded.width() == max || graphemes(&s) > 0 && padded.width() <= max);
    }

    #[test]
    fn sanitize_output_is_inert(raw in mixed(60)) {
        let clean = sanitize(&raw);
        let bad = |c: char| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c);
        prop_assert!(!clean.chars().any(bad), "{:?}", clean);
        prop_assert_eq!(sanitize(&clean), clean.clone());
    }

    #[test]
    fn fuzz_bodies_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        bodies::read_formats(&bytes);
        bodies::fold_match(&bytes);
        bodies::query_parse(&bytes);
    }

    #[test]
    fn fuzz_bodies_on_structured_text(s in mixed(80), wrapper in 0usize..6) {
        let text = match wrapper {
            0 => s.clone(),
            1 => format!("{{\"title\": {:?}, \"body\": {:?}}}", s, s),
            2 => format!("<html><title>{s}</title><body><p>{s}</p></body></html>"),
            3 => format!("---\ntitle: {s}\n---\n{s}"),
            4 => format!("<rss><channel><item><title>{s}</title><description>{s}</description></item></channel></rss>"),
            _ => format!("(({s} OR \"{s}\") -{s} brand:{s}"),
        };
        bodies::read_formats(text.as_bytes());
        bodies::fold_match(text.as_bytes());
        bodies::query_parse(text.as_bytes());
    }
}
