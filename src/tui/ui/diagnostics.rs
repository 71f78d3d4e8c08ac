//! The diagnostics popup: every file that was skipped or only partly read, and why. It uses
//! nearly the whole screen; the folder all the paths share is shown once on top, each path
//! after it in full (wrapped, never cut), and each reason wrapped onto the following lines.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::corpus::Diagnostic;
use crate::text;
use crate::tui::keymap::Mode;
use crate::tui::layout;
use crate::tui::state::State;

/// The popup; the `usize` is the first diagnostic shown (the scroll position).
pub struct Diagnostics<'a>(pub &'a State, pub usize);

/// Continuation lines of a reason are indented by this many columns.
const INDENT: usize = 4;

/// How many files the diagnostics are about (one file can have several problems; a file's
/// problems are consecutive).
pub fn files(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .enumerate()
        .filter(|(i, d)| *i == 0 || diagnostics[i - 1].path != d.path)
        .count()
}

/// The folder every path starts with, up to and including its last `/` (empty when none).
pub fn common_folder(diagnostics: &[Diagnostic]) -> &str {
    let Some(first) = diagnostics.first() else {
        return "";
    };
    let mut prefix = first.path.rfind('/').map_or("", |i| &first.path[..=i]);
    for d in &diagnostics[1..] {
        while !d.path.starts_with(prefix) {
            let shorter = &prefix[..prefix.len() - 1];
            prefix = shorter.rfind('/').map_or("", |i| &shorter[..=i]);
        }
        if prefix.is_empty() {
            break;
        }
    }
    prefix
}

/// `1 problem in 1 file`, `3 problems in 2 files`: the popup's title, with the count the status
/// bar shows (problems) and the files they are in.
fn title(diagnostics: &[Diagnostic]) -> String {
    let n = diagnostics.len();
    let f = files(diagnostics);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    format!(" {n} problem{} in {f} file{} ", s(n), s(f))
}

/// The rows of one diagnostic at `cols` columns: the path (after the common folder), then the
/// reason on the same line when it starts there comfortably, continued on indented lines.
fn rows<'a>(path: &'a str, reason: &'a str, cols: usize) -> Vec<(&'a str, &'a str, usize)> {
    // (path part, reason part, indent) per row.
    let cols = cols.max(1);
    let indent = if cols > INDENT * 3 { INDENT } else { 0 };
    let mut out = Vec::new();
    let pw = text::width(path);
    let mut rest = reason;
    if pw + 2 + 12.min(text::width(reason)) <= cols || pw + 2 + text::width(reason) <= cols {
        let first = text::wrap(reason, cols - pw - 2)
            .first()
            .map_or(0, |&(_, end)| end);
        out.push((path, &reason[..first], 0));
        rest = reason[first..].trim_start();
    } else {
        for (start, end) in text::wrap(path, cols) {
            out.push((&path[start..end], "", 0));
        }
    }
    if !rest.is_empty() {
        for (start, end) in text::wrap(rest, cols - indent) {
            out.push(("", &rest[start..end], indent));
        }
    }
    out
}

impl Widget for Diagnostics<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let rect = layout::diagnostics_box(area);
        Clear.render(rect, buf);
        let diagnostics = &state.diagnostics;
        let block = Block::bordered()
            .title(title(diagnostics))
            .title_bottom(
                Line::from(super::help::footer(
                    &state.keymap,
                    Mode::Popup,
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .centered(),
            )
            .border_style(state.theme.focused_border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if diagnostics.is_empty() {
            Line::styled("every file was read", state.theme.dim).render(inner, buf);
            return;
        }
        let cols = usize::from(inner.width);
        let mut y = inner.y;
        let mut line = |spans: Vec<Span>, y: &mut u16| {
            if *y < inner.bottom() {
                Line::from(spans).render(Rect::new(inner.x, *y, inner.width, 1), buf);
                *y += 1;
            }
        };
        let folder = common_folder(diagnostics);
        if !folder.is_empty() {
            let shown = if text::width(folder) + 3 <= cols {
                folder.to_string()
            } else {
                format!("…{}", text::tail(folder, cols.saturating_sub(4)))
            };
            line(
                vec![
                    Span::styled("in ", state.theme.dim),
                    Span::styled(shown, state.theme.dim),
                ],
                &mut y,
            );
        }
        for d in diagnostics.iter().skip(self.1) {
            if y >= inner.bottom() {
                break;
            }
            let path = &d.path[folder.len()..];
            for (p, r, indent) in rows(path, &d.reason, cols) {
                let mut spans = Vec::new();
                if !p.is_empty() {
                    spans.push(Span::styled(p, state.theme.accent));
                    if !r.is_empty() {
                        spans.push(Span::raw("  "));
                    }
                }
                spans.push(Span::styled(" ".repeat(indent), Style::default()));
                spans.push(Span::raw(r));
                line(spans, &mut y);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(path: &str, reason: &str) -> Diagnostic {
        Diagnostic {
            path: path.into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn common_folder_is_cut_at_a_slash() {
        let ds = [d("/a/b/c.txt", "x"), d("/a/bb/d.txt", "y")];
        assert_eq!(common_folder(&ds), "/a/");
        assert_eq!(common_folder(&ds[..1]), "/a/b/");
        assert_eq!(common_folder(&[d("c.txt", "x")]), "");
        assert_eq!(common_folder(&[d("/a/c", "x"), d("(plantscope)", "y")]), "");
    }

    #[test]
    fn files_counts_each_file_once() {
        let ds = [d("a", "1"), d("a", "2"), d("b", "3")];
        assert_eq!(files(&ds), 2);
        assert_eq!(title(&ds), " 3 problems in 2 files ");
        assert_eq!(title(&ds[2..]), " 1 problem in 1 file ");
    }

    #[test]
    fn reasons_wrap_and_paths_are_never_cut() {
        let reason = "malformed JSON at line 3: EOF while parsing a value (column 33)";
        let rows = rows("bad/broken.jsonl", reason, 40);
        assert_eq!(rows[0].0, "bad/broken.jsonl");
        let joined: Vec<&str> = rows.iter().map(|r| r.1).collect();
        assert_eq!(joined.join(" "), reason);
        assert!(rows.iter().all(|r| {
            text::width(r.0) + text::width(r.1) + r.2 + if r.0.is_empty() { 0 } else { 2 } <= 40
        }));
        let long = "a/very/long/path/that/is/wider/than/the/popup/file.jsonl";
        let rows = super::rows(long, "binary file", 20);
        let path: String = rows.iter().map(|r| r.0).collect();
        assert_eq!(path, long);
        assert_eq!(rows.last().map(|r| r.1), Some("binary file"));
    }
}
