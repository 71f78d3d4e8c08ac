//! "Did you mean": the known name closest to a mistyped one, by edit distance, when it is
//! close enough to be what was meant.

/// How many edits a word of this length may be off and still be taken for a typo of it:
/// none for three letters or fewer (`kia` and `vw` are too short to guess), one up to five
/// (`plnt`), two up to nine (`volkswagn`), three beyond.
pub fn allowance(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=5 => 1,
        6..=9 => 2,
        _ => 3,
    }
}

/// Of `candidates` (already folded or lower-cased like `typed`), the closest one within the
/// allowance of the shorter of the two, nearest first, then the first given. `None` when
/// `typed` is one of them (nothing to correct) or none is close.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let n = typed.chars().count();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let m = candidate.chars().count();
        let allowed = allowance(typed).min(allowance(candidate));
        if n.abs_diff(m) > allowed || best.is_some_and(|(d, _)| n.abs_diff(m) >= d) {
            continue;
        }
        let d = strsim::levenshtein(typed, candidate);
        if d == 0 {
            return None;
        }
        if d <= allowed && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_typo_finds_its_word_and_a_stranger_finds_none() {
        let fields = ["brand", "group", "model", "country", "plant", "lang"];
        assert_eq!(closest("plnt", fields), Some("plant"));
        assert_eq!(closest("contry", fields), Some("country"));
        assert_eq!(closest("brand", fields), None, "nothing to correct");
        assert_eq!(closest("http", fields), None);
        assert_eq!(
            closest("volkswagn", ["volvo", "volkswagen"]),
            Some("volkswagen")
        );
        assert_eq!(closest("germny", ["germany", "armenia"]), Some("germany"));
        assert_eq!(closest("kai", ["kia"]), None, "too short to guess");
    }
}
