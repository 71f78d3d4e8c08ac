//! The plain-text title rule (PRODUCT.md §1): the first line when it is short and has no final
//! period, otherwise the first sentence, cut on a word boundary with `…`.

/// A first line longer than this (in characters) is not a title.
pub const MAX_TITLE_LINE: usize = 120;
/// A first sentence longer than this (in characters) is cut.
pub const MAX_TITLE_SENTENCE: usize = 100;

/// Split text into a title and the body. When the first line is the title the body is the rest
/// of the text; otherwise the body is the whole text.
pub fn split(text: &str) -> (String, &str) {
    let text = text.trim_start();
    let line_end = text.find(['\n', '\r']).unwrap_or(text.len());
    let first_line = text[..line_end].trim();
    let rest = text[line_end..].trim_start();
    if !first_line.is_empty()
        && first_line.chars().count() <= MAX_TITLE_LINE
        && !first_line.ends_with('.')
        && !rest.is_empty()
    {
        return (first_line.to_string(), rest);
    }
    (first_sentence(first_line), text)
}

/// The first sentence of a line, without its final period, cut to [`MAX_TITLE_SENTENCE`].
pub fn first_sentence(line: &str) -> String {
    let mut end = line.len();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|&(_, next)| next == ' ') {
            end = if c == '.' { i } else { i + c.len_utf8() };
            break;
        }
    }
    let sentence = line[..end].trim_end();
    cut_on_word(sentence, MAX_TITLE_SENTENCE)
}

/// At most `max` characters, cut at the last space that fits, ending with `…` when cut.
pub fn cut_on_word(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    // Byte offset just past the first `max` characters (the `…` takes no more room than
    // the space it replaces).
    let limit = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let cut = if s[limit..].starts_with(' ') {
        &s[..limit]
    } else {
        match s[..limit].rfind(' ') {
            Some(space) if space > 0 => &s[..space],
            _ => &s[..limit],
        }
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_first_line_is_the_title() {
        let (title, body) = split("PSA gaat auto's bouwen in Kazachstan\nDe inkt is droog.\n");
        assert_eq!(title, "PSA gaat auto's bouwen in Kazachstan");
        assert_eq!(body, "De inkt is droog.\n");
    }

    #[test]
    fn a_line_with_a_period_gives_its_first_sentence() {
        let (title, body) = split("Renault builds cars. In Flins.\nMore text.");
        assert_eq!(title, "Renault builds cars");
        assert_eq!(body, "Renault builds cars. In Flins.\nMore text.");
    }

    #[test]
    fn long_sentences_are_cut_on_a_word_boundary() {
        let text = "En décembre 2021, l'usine Stellantis de Kalouga assembvlait les premiers \
                    fourgons utilitaires Peugeot Expert , Opel Vivaro , Citroën Jumpy pour des \
                    livraisons à l'export . Début février.";
        let (title, body) = split(text);
        assert_eq!(
            title,
            "En décembre 2021, l'usine Stellantis de Kalouga assembvlait les premiers fourgons \
             utilitaires…"
        );
        assert_eq!(body, text);
    }

    #[test]
    fn a_single_line_keeps_its_text_as_body() {
        let (title, body) = split("Only a headline");
        assert_eq!(title, "Only a headline");
        assert_eq!(body, "Only a headline");
    }

    #[test]
    fn cutting_never_splits_a_character() {
        assert_eq!(cut_on_word("ééééé ééééé", 7), "ééééé…");
        assert_eq!(cut_on_word("éééééééééé", 4), "éééé…");
        assert_eq!(cut_on_word("short", 10), "short");
    }
}
