use super::*;

#[test]
fn width_up_to_agrees_below_the_cap_and_stops_past_it() {
    for s in ["", "Kaluga", "日本語の記事", "Citroe\u{308}n"] {
        assert_eq!(width_up_to(s, 100), width(s), "{s}");
    }
    let long = "x".repeat(10_000);
    assert_eq!(width_up_to(&long, 80), 81);
}

/// [`sanitize`] as it was written first, a character at a time: the reference for the
/// run-copying version.
fn sanitize_by_char(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut column = 0usize;
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\r' => {
                if !rest.starts_with('\n') {
                    out.push('\n');
                    column = 0;
                }
            }
            '\n' => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let spaces = TAB_STOP - column % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            c if is_escape_start(c) => rest = skip_escape(c, rest),
            c if is_forbidden(c) => {}
            c => {
                out.push(c);
                column += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            }
        }
    }
    out
}

#[test]
fn sanitize_copies_runs_like_the_character_loop() {
    let alphabet: Vec<char> =
        "ab \t\r\n\u{1b}\u{7f}\u{85}\u{202e}é東\u{301}~[]\u{7}\u{9b}\u{9d}\u{9c}\\1;"
            .chars()
            .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let mut text = String::new();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        for _ in 0..state % 20 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        assert_eq!(sanitize(&text), sanitize_by_char(&text), "{text:?}");
    }
}

#[test]
fn sanitize_drops_whole_escape_sequences_and_keeps_text_after_broken_ones() {
    let link = "\u{1b}]8;;https://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\ end";
    assert_eq!(sanitize(link), "link end", "OSC 8 ended by ESC \\");
    assert_eq!(sanitize("\u{9d}0;title\u{9c}x"), "x", "C1 OSC ended by ST");
    assert_eq!(sanitize("\u{1b}P1$r\u{1b}\\ok"), "ok", "DCS");
    assert_eq!(
        sanitize("\u{1b}(Bplain \u{1b}7x"),
        "plain x",
        "ESC with intermediates"
    );
    assert_eq!(sanitize("\u{1b}[1;31mred\u{1b}[0m"), "red", "SGR");
    // Broken: only the introducer goes, the text stays.
    assert_eq!(sanitize("a\u{1b}]0;never ended"), "a]0;never ended");
    assert_eq!(sanitize("\u{1b}[é"), "[é");
    assert_eq!(sanitize("x\u{1b}"), "x");
    let long = format!("\u{1b}]0;{}\u{7}tail", "t".repeat(MAX_CONTROL_STRING + 10));
    assert!(sanitize(&long).ends_with("tail") && sanitize(&long).starts_with("]0;"));
}

#[test]
fn sanitize_removes_escapes_and_controls() {
    let raw = "a\u{1b}]52;c;aGk=\u{7}b\u{1b}[2Jc\u{9b}31md\u{0}e";
    assert_eq!(sanitize(raw), "abcde");
}

#[test]
fn sanitize_normalises_carriage_returns_and_tabs() {
    assert_eq!(sanitize("a\r\nb\rc"), "a\nb\nc");
    assert_eq!(sanitize("ab\tc"), "ab  c");
}

#[test]
fn sanitize_strips_bidi_but_keeps_zwj() {
    assert_eq!(sanitize("x\u{202e}y\u{2066}z"), "xyz");
    let family = "👨\u{200d}👩\u{200d}👧";
    assert_eq!(sanitize(family), family);
}

#[test]
fn display_path_escapes_controls_and_bad_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let p = Path::new(std::ffi::OsStr::from_bytes(b"a\x1b[31m\nb\xff.txt"));
    assert_eq!(display_path(p), "a\\u{1b}[31m\\u{a}b\\xff.txt");
}

#[test]
fn truncate_by_width() {
    assert_eq!(truncate("Kaluga", 10), "Kaluga");
    assert_eq!(truncate("Kalouga plant", 8), "Kalouga…");
    assert_eq!(truncate("日本語テキスト", 7), "日本語…");
    assert_eq!(width(&fit("日本", 5)), 5);
}

#[test]
fn wrap_on_spaces_and_long_words() {
    let text = "the quick brown fox";
    let lines: Vec<&str> = wrap(text, 10).iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(lines, ["the quick", "brown fox"]);
    let text = "abcdefghij";
    let lines: Vec<&str> = wrap(text, 4).iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(lines, ["abcd", "efgh", "ij"]);
    let text = "a\n\nb";
    assert_eq!(wrap(text, 4).len(), 3);
}

#[test]
fn wrap_never_makes_a_line_of_spaces_wider_than_the_pane() {
    let text = "  a";
    let lines: Vec<&str> = wrap(text, 1).iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(lines, ["a"]);
    let text = "ab    cd";
    let lines: Vec<&str> = wrap(text, 2).iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(lines, ["ab", "cd"]);
    let text = "  indented text";
    let lines: Vec<&str> = wrap(text, 10).iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(lines, ["  indented", "text"]);
}

#[test]
fn wrap_after_a_zero_width_word_still_fits() {
    // Found by proptest: a soft hyphen (zero columns) then a space let the next word run
    // one grapheme past the pane after the break.
    let text = "\u{ad} --日Kaluga日Kaluga日";
    for (a, b) in wrap(text, 19) {
        assert!(text[a..b].width() <= 19, "{:?}", &text[a..b]);
    }
}

#[test]
fn japanese_wraps_between_characters_not_at_its_one_space() {
    // Written here: a Japanese sentence with a Latin name in it.
    let text = "日産は追浜工場でノート (Nissan Note) の生産を続けると発表した。新型車も追加する。";
    let lines: Vec<&str> = wrap(text, 20).iter().map(|&(a, b)| &text[a..b]).collect();
    // Every line but the last is nearly full (a wide character, or one kept with the mark
    // after it, may leave a column or two).
    for line in &lines[..lines.len() - 1] {
        assert!(line.width() >= 17 && line.width() <= 20, "{lines:?}");
    }
    // A closing mark never opens a line.
    assert!(
        lines.iter().all(|l| !l.starts_with(['。', '、', ')'])),
        "{lines:?}"
    );
    assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
}
