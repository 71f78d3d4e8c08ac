//! One line of editable text and its cursor: the search box, a picker's narrowing text and the
//! prompts are each one of these, edited the same way (by grapheme, capped, printable only).

use unicode_segmentation::UnicodeSegmentation;

/// Longest text kept in a box, in bytes: far more than the query parser reads
/// ([`crate::search::query::MAX_QUERY_CHARS`]), small enough to draw and edit instantly.
pub const MAX_INPUT_BYTES: usize = 8 * 1024;

/// A line-editing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
}

/// A line of text with a cursor that is always on a character boundary within it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Byte offset of the cursor in `text`.
    cursor: usize,
}

impl LineInput {
    /// `text` (capped) with the cursor at its end.
    pub fn new(text: &str) -> LineInput {
        let text = crate::text::prefix_bytes(text, MAX_INPUT_BYTES).to_string();
        LineInput {
            cursor: text.len(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Replace the whole text; the cursor goes to its end.
    pub fn set(&mut self, text: &str) {
        *self = LineInput::new(text);
    }

    /// Empty the box.
    pub fn clear(&mut self) {
        *self = LineInput::default();
    }

    /// Move the cursor to the end of the text.
    pub fn to_end(&mut self) {
        self.cursor = self.text.len();
    }

    /// Apply one editing key; true when the text changed (not only the cursor).
    pub fn apply(&mut self, edit: Edit) -> bool {
        let (text, cursor) = (&mut self.text, &mut self.cursor);
        match edit {
            Edit::Insert(c) => {
                let fits = text.len() + c.len_utf8() <= MAX_INPUT_BYTES;
                let ok = fits && crate::text::is_printable(c);
                if ok {
                    text.insert(*cursor, c);
                    *cursor += c.len_utf8();
                }
                ok
            }
            Edit::Backspace if *cursor > 0 => {
                let prev = prev_boundary(text, *cursor);
                text.replace_range(prev..*cursor, "");
                *cursor = prev;
                true
            }
            Edit::Delete if *cursor < text.len() => {
                let next = next_boundary(text, *cursor);
                text.replace_range(*cursor..next, "");
                true
            }
            Edit::Clear if !text.is_empty() => {
                text.clear();
                *cursor = 0;
                true
            }
            Edit::Left => {
                *cursor = prev_boundary(text, *cursor);
                false
            }
            Edit::Right => {
                *cursor = next_boundary(text, *cursor);
                false
            }
            Edit::Home => {
                *cursor = 0;
                false
            }
            Edit::End => {
                *cursor = text.len();
                false
            }
            Edit::Backspace | Edit::Delete | Edit::Clear => false,
        }
    }

    /// Insert already sanitised one-line text at the cursor, as much as fits; true when some
    /// was inserted.
    pub fn insert_str(&mut self, piece: &str) -> bool {
        let room = MAX_INPUT_BYTES.saturating_sub(self.text.len());
        let piece = crate::text::prefix_bytes(piece, room);
        self.text.insert_str(self.cursor, piece);
        self.cursor += piece.len();
        !piece.is_empty()
    }
}

/// A box compares with the text it holds (`state.query == "kaluga"`).
impl PartialEq<str> for LineInput {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for LineInput {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for LineInput {
    fn eq(&self, other: &String) -> bool {
        self.text == *other
    }
}

impl From<&str> for LineInput {
    fn from(text: &str) -> LineInput {
        LineInput::new(text)
    }
}

impl std::fmt::Display for LineInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The start of the grapheme before `at`: the cursor steps over a whole user-perceived
/// character (`é` written with a combining accent, a flag), as the box draws it.
fn prev_boundary(s: &str, at: usize) -> usize {
    s[..at.min(s.len())]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i)
}

/// The end of the grapheme at `at`.
fn next_boundary(s: &str, at: usize) -> usize {
    let at = at.min(s.len());
    s[at..]
        .graphemes(true)
        .next()
        .map_or(s.len(), |g| at + g.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_step_over_whole_graphemes_and_keep_the_cursor_inside() {
        let mut line = LineInput::new("ae\u{301}");
        assert_eq!(line.cursor(), 4);
        assert!(line.apply(Edit::Backspace));
        assert_eq!((line.text(), line.cursor()), ("a", 1));
        assert!(!line.apply(Edit::Right));
        assert!(line.apply(Edit::Insert('b')));
        assert!(!line.apply(Edit::Insert('\u{1b}')), "no control characters");
        line.apply(Edit::Home);
        assert!(line.apply(Edit::Delete));
        assert_eq!((line.text(), line.cursor()), ("b", 0));
        assert!(line.apply(Edit::Clear) && !line.apply(Edit::Clear));
        assert!(!line.apply(Edit::Backspace) && !line.apply(Edit::Delete));
    }

    #[test]
    fn text_is_capped_however_it_comes_in() {
        let long = "x".repeat(MAX_INPUT_BYTES + 10);
        assert_eq!(LineInput::new(&long).text().len(), MAX_INPUT_BYTES);
        let mut line = LineInput::new(&"y".repeat(MAX_INPUT_BYTES - 1));
        assert!(line.insert_str("zz"));
        assert_eq!(line.text().len(), MAX_INPUT_BYTES);
        assert!(!line.insert_str("z") && !line.apply(Edit::Insert('z')));
    }
}
