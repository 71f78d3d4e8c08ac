//! The visible window of a one-line text input: which part of the text a box of a given width
//! shows so that the cursor is always in it, scrolling like a shell's line editor.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The part of the text shown, as byte offsets, and whether text is hidden on either side
/// (each hidden side is marked with `…`, which takes one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub cut_left: bool,
    pub cut_right: bool,
}

impl Window {
    /// The shown text before and after the cursor (a cursor outside the window is drawn at
    /// its nearer edge).
    pub fn around<'a>(&self, text: &'a str, cursor: usize) -> (&'a str, &'a str) {
        let cursor = cursor.min(text.len()).clamp(self.start, self.end);
        (&text[self.start..cursor], &text[cursor..self.end])
    }
}

/// The window of `text` for a box `cols` columns wide that holds the text, the one-column
/// cursor mark at byte `cursor`, and a `…` on each side with hidden text. It starts as near
/// `previous_start` (the window shown last) as the cursor allows, so moving the cursor inside
/// the window does not scroll; it never leaves columns empty on the right while text is
/// hidden on the left. Widths are display columns; the window never splits a grapheme.
pub fn window(text: &str, cursor: usize, previous_start: usize, cols: usize) -> Window {
    let whole = Window {
        start: 0,
        end: text.len(),
        cut_left: false,
        cut_right: false,
    };
    if fits_within(text, cols) {
        return whole;
    }
    // Only the text near the cursor can show: segmenting the rest of an 8 kB query on every
    // key press made typing quadratic. A column rarely takes more than 4 bytes (CJK takes 3
    // for 2 columns), so this margin is generous; past it the box just shows less.
    let cursor = floor_char_boundary(text, cursor);
    let margin = cols.saturating_mul(6).saturating_add(64);
    let lo = floor_char_boundary(text, cursor.saturating_sub(margin));
    let hi = floor_char_boundary(text, cursor.saturating_add(margin));
    let (more_before, more_after) = (lo > 0, hi < text.len());
    let region = &text[lo..hi];
    // One segmentation pass: where each grapheme starts, and prefix[i], the columns of the
    // region's first i graphemes.
    let mut offsets = Vec::new();
    let mut prefix = vec![0];
    for (at, g) in region.grapheme_indices(true) {
        offsets.push(lo + at);
        prefix.push(prefix[prefix.len() - 1] + g.width());
    }
    let count = offsets.len();
    // Grapheme indices: the cursor sits before grapheme `at_cursor`.
    let index_of = |byte: usize| offsets.partition_point(|&at| at < byte);
    let at_cursor = index_of(cursor);
    // Columns used by graphemes `from..to` with the cursor mark and the `…` marks they need.
    let used = |from: usize, to: usize| {
        prefix[to] - prefix[from]
            + 1
            + usize::from(from > 0 || more_before)
            + usize::from(to < count || more_after)
    };
    // One character of context stays before the cursor (as in shells), so Backspace at the
    // box's left edge deletes something the user can see.
    let mut start = index_of(previous_start.max(lo)).min(at_cursor.saturating_sub(1));
    // Scroll right until the cursor fits (keeping room for a `…` after it when text follows).
    while start < at_cursor && used(start, at_cursor) > cols {
        start += 1;
    }
    // Scroll back left while the whole rest of the text still fits (after a deletion).
    while start > 0 && used(start - 1, count) <= cols {
        start -= 1;
    }
    let mut end = at_cursor;
    while end < count && used(start, end + 1) <= cols {
        end += 1;
    }
    let byte_of = |index: usize| offsets.get(index).copied().unwrap_or(hi);
    Window {
        start: byte_of(start),
        end: byte_of(end),
        cut_left: start > 0 || more_before,
        cut_right: end < count || more_after,
    }
}

/// Whether `text` and the cursor mark fit in `cols` columns, looking no further than that.
fn fits_within(text: &str, cols: usize) -> bool {
    let mut used = 0;
    for c in text.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used >= cols {
            return false;
        }
    }
    true
}

/// The nearest char boundary at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUERY: &str = "kaluga peugeot citroen opel fiat stellantis premiers";

    /// The box as drawn: `…`, the text with `▏` at the cursor, `…`.
    fn drawn(text: &str, cursor: usize, previous: usize, cols: usize) -> String {
        let w = window(text, cursor, previous, cols);
        let mut out = String::new();
        if w.cut_left {
            out.push('…');
        }
        let (before, after) = w.around(text, cursor);
        out.push_str(before);
        out.push('▏');
        out.push_str(after);
        if w.cut_right {
            out.push('…');
        }
        assert!(out.width() <= cols, "{out:?} wider than {cols}");
        out
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        assert_eq!(drawn("kaluga", 6, 0, 20), "kaluga▏");
        assert_eq!(drawn("kaluga", 0, 0, 20), "▏kaluga");
    }

    #[test]
    fn typing_at_the_end_shows_the_end_and_marks_the_hidden_start() {
        let shown = drawn(QUERY, QUERY.len(), 0, 20);
        assert_eq!(shown, "…tellantis premiers▏");
    }

    #[test]
    fn home_scrolls_back_to_the_start_and_marks_the_hidden_end() {
        let at_end = window(QUERY, QUERY.len(), 0, 20);
        assert_eq!(drawn(QUERY, 0, at_end.start, 20), "▏kaluga peugeot cit…");
    }

    #[test]
    fn moving_inside_the_window_does_not_scroll_and_leaving_it_does() {
        let first = window(QUERY, 0, 0, 20);
        // Still inside: same start.
        assert_eq!(window(QUERY, 10, first.start, 20).start, 0);
        // Past the right edge: the window follows the cursor by as little as it can.
        let moved = window(QUERY, 20, first.start, 20);
        assert!(moved.start > 0);
        let shown = drawn(QUERY, 20, first.start, 20);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert_eq!(shown, "…uga peugeot citro▏…");
    }

    #[test]
    fn moving_left_keeps_one_character_before_the_cursor_in_view() {
        // From the end, step left until the cursor would sit at the left edge.
        let mut start = window(QUERY, QUERY.len(), 0, 20).start;
        let mut cursor = QUERY.len();
        while cursor > 0 {
            cursor -= 1;
            let w = window(QUERY, cursor, start, 20);
            if cursor > 0 {
                assert!(w.start < cursor, "nothing before the cursor at {cursor}");
            }
            start = w.start;
        }
        assert_eq!(drawn(QUERY, 0, start, 20), "▏kaluga peugeot cit…");
    }

    #[test]
    fn wide_characters_count_two_columns_and_stay_whole() {
        let text = "東京大阪名古屋横浜神戸京都";
        for cursor in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
            let w = window(text, cursor, 0, 9);
            assert!(w.start <= cursor && cursor <= w.end);
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            drawn(text, cursor, 0, 9);
        }
    }

    #[test]
    fn a_long_text_shows_a_window_near_the_cursor() {
        let text = "voiture ".repeat(1000);
        let middle = text.len() / 2;
        let w = window(&text, middle, 0, 20);
        assert!(w.cut_left && w.cut_right);
        assert!(w.start <= middle && middle <= w.end && w.end - w.start < 20);
        assert_eq!(window(&text, 0, 0, 20).start, 0);
        assert_eq!(window(&text, text.len(), 0, 20).end, text.len());
    }

    #[test]
    fn the_cursor_is_always_inside_the_window() {
        let mut previous = 0;
        let stops: Vec<usize> = QUERY.char_indices().map(|(i, _)| i).collect();
        for &cursor in stops.iter().chain(stops.iter().rev()) {
            for cols in [3, 8, 20, 60] {
                let w = window(QUERY, cursor, previous, cols);
                assert!(
                    w.start <= cursor && cursor <= w.end,
                    "{cursor} {cols} {w:?}"
                );
                drawn(QUERY, cursor, previous, cols);
            }
            previous = window(QUERY, cursor, previous, 20).start;
        }
    }
}
