//! Untrusted text made safe for the terminal (PRODUCT.md §6), and width-aware truncation,
//! padding and wrapping measured in display columns with unicode-width; [`fold`], the one
//! text folding that entities, dates, search and the browser share.

pub mod fold;
pub mod typo;

use std::path::Path;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use self::fold::is_unspaced_script;

/// Tab stops every this many columns when tabs are expanded.
const TAB_STOP: usize = 4;

/// True for characters that must never reach the terminal from data: C0 and C1 controls
/// (newline excepted), DEL, and the bidi embedding/override/isolate/mark characters that can
/// make text display in a different order than it reads.
fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}')
}

/// True for a character that may be typed into an input: not a control, not a bidi override.
pub fn is_printable(c: char) -> bool {
    !is_forbidden(c) && !matches!(c, '\n' | '\r' | '\t')
}

/// The longest prefix of `s` at most `max` bytes long that ends on a character boundary.
pub fn prefix_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Clean untrusted multi-line text once, at the edge: `\r\n` and lone `\r` become `\n`, tabs
/// are expanded to spaces, controls (ESC included) and bidi overrides are removed. Zero-width
/// joiners, combining marks and everything printable are kept.
pub fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut column = 0usize;
    let mut rest = raw;
    loop {
        // Printable ASCII and `\n` are kept as they are and are one column wide (zero for
        // `\n`, which restarts the count): copy such runs whole instead of pushing each
        // character and asking unicode-width for its width (this was ~4 % of a load's CPU).
        let clean = rest
            .bytes()
            .position(|b| !(b == b'\n' || (0x20..0x7f).contains(&b)))
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(clean);
        out.push_str(run);
        column = match run.rfind('\n') {
            Some(newline) => run.len() - newline - 1,
            None => column + run.len(),
        };
        rest = tail;
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        match c {
            '\r' => {
                if !rest.starts_with('\n') {
                    out.push('\n');
                    column = 0;
                }
            }
            '\t' => {
                let spaces = TAB_STOP - column % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            // An escape sequence goes whole: dropping only its ESC left `]0;title` or `[31m`
            // in the text.
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

/// An unterminated control string (OSC, DCS…) longer than this loses only its introducer, so
/// a stray `ESC ]` cannot swallow the rest of an article.
const MAX_CONTROL_STRING: usize = 4096;

/// ESC and the C1 characters that open a sequence (CSI, OSC, DCS, SOS, PM, APC).
fn is_escape_start(c: char) -> bool {
    matches!(
        c,
        '\u{1b}' | '\u{9b}' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}'
    )
}

/// The text after the escape sequence that `c` opens and `rest` continues, when it is well
/// formed (ECMA-48: CSI parameters, intermediates and a final byte; control strings ended by
/// BEL, ST or `ESC \`; `ESC` with intermediates and a final byte). A malformed one loses only
/// its introducer, like any other control, and what follows stays text.
fn skip_escape(c: char, rest: &str) -> &str {
    enum Shape {
        Csi,
        ControlString,
        Escape,
    }
    let (shape, body) = match c {
        '\u{1b}' => match rest.as_bytes().first() {
            Some(b'[') => (Shape::Csi, &rest[1..]),
            Some(b']' | b'P' | b'X' | b'^' | b'_') => (Shape::ControlString, &rest[1..]),
            Some(_) => (Shape::Escape, rest),
            None => return rest,
        },
        '\u{9b}' => (Shape::Csi, rest),
        _ => (Shape::ControlString, rest),
    };
    let bytes = body.as_bytes();
    let run = |from: usize, range: std::ops::RangeInclusive<u8>| {
        from + bytes[from..]
            .iter()
            .take(64)
            .take_while(|b| range.contains(b))
            .count()
    };
    match shape {
        Shape::Csi => {
            let end = run(run(0, 0x30..=0x3f), 0x20..=0x2f);
            match bytes.get(end) {
                Some(0x40..=0x7e) => &body[end + 1..],
                _ => rest,
            }
        }
        Shape::Escape => {
            let end = run(0, 0x20..=0x2f);
            match bytes.get(end) {
                Some(0x30..=0x7e) => &body[end + 1..],
                _ => rest,
            }
        }
        Shape::ControlString => {
            for (i, ch) in body.char_indices() {
                if i > MAX_CONTROL_STRING {
                    break;
                }
                match ch {
                    '\u{7}' | '\u{9c}' => return &body[i + ch.len_utf8()..],
                    '\u{1b}' if body[i + 1..].starts_with('\\') => return &body[i + 2..],
                    '\u{1b}' => return rest,
                    _ => {}
                }
            }
            rest
        }
    }
}

/// Clean untrusted text meant for one line (titles, metadata): like [`sanitize`], with line
/// breaks turned into spaces and runs of whitespace collapsed.
pub fn sanitize_line(raw: &str) -> String {
    sanitize(raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A path as it may be shown: invalid UTF-8 bytes as `\xNN`, controls as `\u{NN}` escapes.
pub fn display_path(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    // Printable ASCII (nearly every path) is shown as it is: a walk of 1,000,000 files makes
    // a name for each.
    if bytes.iter().all(|b| (0x20..0x7f).contains(b)) {
        return path.as_os_str().to_string_lossy().into_owned();
    }
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if is_forbidden(c) || c == '\n' || c == '\t' || c == '\r' {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                out.push(c);
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.width()
}

/// [`width`], but stops counting once past `max`: any result above `max` means "wider than
/// `max`". Character by character, so a long text costs only its first `max` columns.
pub fn width_up_to(s: &str, max: usize) -> usize {
    let mut used = 0;
    for c in s.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > max {
            break;
        }
    }
    used
}

/// Cut `s` to at most `max` columns, ending with `…` when something was cut. Never splits a
/// grapheme cluster, so flags, ZWJ emoji and combining marks stay whole.
pub fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in s.graphemes(true) {
        let w = grapheme.width();
        if used + w > max - 1 {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    out.push('…');
    out
}

/// The longest suffix of `s` at most `max` columns wide (whole characters), found from the end
/// so a long input costs one pass, not one pass per character.
pub fn tail(s: &str, max: usize) -> &str {
    let mut used = 0;
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > max {
            break;
        }
        start = i;
    }
    &s[start..]
}

/// [`truncate`] then pad with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Wrap `text` to lines of at most `max` columns, breaking after spaces where possible and
/// inside a word only when the word alone is wider than the line. Returns byte ranges into
/// `text` (trailing spaces of a wrapped line excluded), so callers can map highlights.
/// Every `\n` starts a new line; an empty line is an empty range.
pub fn wrap(text: &str, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        wrap_paragraph(para, para_start, max, &mut lines);
        para_start += para.len() + 1;
    }
    lines
}

fn wrap_paragraph(para: &str, offset: usize, max: usize, lines: &mut Vec<(usize, usize)>) {
    if para.is_empty() {
        lines.push((offset, offset));
        return;
    }
    let mut line_start = 0;
    let mut line_width = 0;
    // The end of the last word on the line, and where the next word starts after its spaces.
    let mut last_break: Option<(usize, usize)> = None;
    // Printable ASCII (most text, and the common case for huge one-line files) is one column
    // per byte: skip grapheme segmentation, which is most of the cost of wrapping.
    let ascii = para.bytes().all(|b| (0x20..0x7f).contains(&b));
    let graphemes: Box<dyn Iterator<Item = (usize, &str)>> = if ascii {
        Box::new((0..para.len()).map(|i| (i, &para[i..i + 1])))
    } else {
        Box::new(para.grapheme_indices(true))
    };
    // The end of the last non-space on the line, and whether spaces after a full line are
    // being dropped.
    let mut text_end: Option<usize> = None;
    let mut skipping = false;
    let mut after_cjk = false;
    for (idx, grapheme) in graphemes {
        let w = if ascii { 1 } else { grapheme.width() };
        if grapheme == " " {
            after_cjk = false;
            if skipping || line_width + w > max {
                // The line is full: the spaces end it (dropped, as at every wrap), so a run of
                // spaces never makes a line wider than the pane.
                if let Some(end) = text_end.filter(|&e| e > line_start) {
                    lines.push((offset + line_start, offset + end));
                }
                line_start = idx + 1;
                line_width = 0;
                last_break = None;
                text_end = None;
                skipping = true;
                continue;
            }
            if last_break.is_none_or(|(_, next)| next != idx) {
                last_break = Some((idx, idx + 1));
            } else if let Some((end, _)) = last_break {
                last_break = Some((end, idx + 1));
            }
            line_width += w;
            continue;
        }
        // Chinese and Japanese lines may break between any two characters (not before a
        // closing mark: "。", "」"): without that, a line of Japanese wrapped at the one space
        // around a Latin word ("ノート (Nissan Note)") and left half the pane empty.
        let first = grapheme.chars().next();
        if !ascii
            && idx > line_start
            && (first.is_some_and(is_unspaced_script) || after_cjk)
            && !first.is_some_and(closes_a_phrase)
        {
            last_break = Some((idx, idx));
        }
        after_cjk = first.is_some_and(is_unspaced_script);
        if line_width + w > max && idx > line_start {
            match last_break {
                Some((end, next)) if end > line_start => {
                    lines.push((offset + line_start, offset + end));
                    line_start = next;
                    line_width = para[next..idx].width();
                    // What follows the break can itself be too wide with this grapheme (when
                    // the text before the break was zero-width, say a soft hyphen): cut it too.
                    if line_width + w > max && idx > line_start {
                        lines.push((offset + line_start, offset + idx));
                        line_start = idx;
                        line_width = 0;
                    }
                }
                _ => {
                    lines.push((offset + line_start, offset + idx));
                    line_start = idx;
                    line_width = 0;
                }
            }
            last_break = None;
        }
        skipping = false;
        line_width += w;
        text_end = Some(idx + grapheme.len());
    }
    let end = para.trim_end_matches(' ').len().max(line_start);
    lines.push((offset + line_start, offset + end));
}

/// Marks that do not open a line in Chinese and Japanese (kinsoku): they stay with the
/// character before them.
fn closes_a_phrase(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '」'
            | '』'
            | '）'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '！'
            | '？'
            | '：'
            | '；'
            | 'ー'
            | '・'
            | '々'
            | ')'
            | ','
            | '.'
            | '!'
            | '?'
            | ':'
            | ';'
    )
}

#[cfg(test)]
mod tests;
