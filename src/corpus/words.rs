//! Word counts as `unicode_words().count()` gives them (UAX #29 word boundaries, counting the
//! segments that hold a letter or digit), with a fast path for ASCII runs: the generic
//! segmenter looks up a Unicode table for every character and was ~4 % of a load's CPU.

use unicode_segmentation::UnicodeSegmentation;

/// The number of words in `text`, exactly `text.unicode_words().count()`.
pub(super) fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut total = 0;
    // `text[..done]` is counted, and `done` is 0, the end or a cut.
    let mut done = 0;
    // Cuts are where an ASCII whitespace byte is followed by a printable ASCII byte. UAX #29
    // always breaks there (nothing joins whitespace to a following letter, digit or
    // punctuation), and no rule looks back across whitespace, so each piece between cuts
    // segments alone exactly as it does inside the text. ASCII stretches are counted by hand;
    // a piece holding any other character goes to the segmenter whole (combining marks after
    // a space, for one, stay with the space).
    while let Some(offset) = bytes[done..].iter().position(|b| !b.is_ascii()) {
        let at = done + offset;
        let start = (done + 1..=at)
            .rev()
            .find(|&c| is_cut(bytes, c))
            .unwrap_or(done);
        let end = (at + 1..bytes.len())
            .find(|&c| is_cut(bytes, c))
            .unwrap_or(bytes.len());
        total += count_ascii(&bytes[done..start]) + text[start..end].unicode_words().count();
        done = end;
    }
    total + count_ascii(&bytes[done..])
}

/// Whether the text may be cut before byte `at` (see [`count`]).
fn is_cut(bytes: &[u8], at: usize) -> bool {
    at > 0 && bytes[at - 1].is_ascii_whitespace() && bytes.get(at).is_some_and(u8::is_ascii_graphic)
}

/// UAX #29 on ASCII: letters, digits and `_` always join (WB5, WB8–WB10, WB13a/b); one `:`,
/// `.` or `'` joins two letters (WB6/7); one `,`, `;`, `.` or `'` joins two digits (WB11/12).
/// Everything else stands alone, and only segments with a letter or digit are words.
fn count_ascii(bytes: &[u8]) -> usize {
    let joins = |prev: u8, mid: u8, next: u8| {
        (prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() && b":.'".contains(&mid))
            || (prev.is_ascii_digit() && next.is_ascii_digit() && b",;.'".contains(&mid))
    };
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut words = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let mut alphanumeric = false;
        loop {
            while i < bytes.len() && word_byte(bytes[i]) {
                alphanumeric |= bytes[i] != b'_';
                i += 1;
            }
            match (bytes.get(i), bytes.get(i + 1)) {
                (Some(&mid), Some(&next)) if joins(bytes[i - 1], mid, next) => i += 1,
                _ => break,
            }
        }
        words += usize::from(alphanumeric);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        assert_eq!(count(text), text.unicode_words().count(), "{text:?}");
    }

    #[test]
    fn matches_the_segmenter_on_examples() {
        for text in [
            "",
            "   ",
            "L'usine de Kalouga a produit 12,500.5 voitures en 2024.",
            "can't stop: a.b.c __ _x_ x__ 3'4 3;4 a;b a:b 1:2 a.1 1.a",
            "Citroe\u{301}n  \u{301}ab \u{345}x été à Öhringen — 東京 ZWJ\u{200d}x",
            "tab\tsep\nnew\r\nline\u{a0}nbsp 🇫🇷🇩🇪 flags",
            "a\u{5d0}'\u{5d1} hebrew \u{5d0}\"\u{5d1}",
            " .a a. a.. ..a 1. .1 ,1 1, 1,,2",
        ] {
            check(text);
        }
    }

    #[test]
    fn matches_the_segmenter_on_generated_text() {
        // Every kind of character the rules treat differently, ASCII and not.
        let alphabet: Vec<char> = "aZq09_:.',;- \t\n\r!\"é\u{301}\u{345}\u{200d}\u{5d0}東🇫"
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut text = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 24) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            check(&text);
        }
    }
}
