//! The status bar: key hints for the current mode, generated from the key map, and the count
//! of files skipped or partly read.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::text;
use crate::tui::keymap::{Command, Mode};
use crate::tui::state::{Overlay, State};

pub struct StatusBar<'a>(pub &'a State);

/// "1 file skipped (!)", "2 files skipped · 1 partly read (!)" with the diagnostics key from
/// the key map; empty when none. Files are counted once however many problems they have (two
/// malformed lines); the popup behind the key lists every problem. Notes about the cache or
/// the index are not files: they count apart ("1 note").
pub fn skipped_label(state: &State) -> String {
    if state.diagnostics.is_empty() {
        return String::new();
    }
    let notes = state.diagnostics.iter().filter(|d| d.is_note()).count();
    let mut files: Vec<&str> = state
        .diagnostics
        .iter()
        .filter(|d| !d.is_note())
        .map(|d| d.path.as_str())
        .collect();
    files.sort_unstable();
    files.dedup();
    let partly = files
        .iter()
        .filter(|f| state.partly_read.contains(**f))
        .count();
    let skipped = files.len() - partly;
    let plural = |n: usize| if n == 1 { "file" } else { "files" };
    let mut counts = match (skipped, partly) {
        (0, 0) => String::new(),
        (s, 0) => format!("{s} {} skipped", plural(s)),
        (0, p) => format!("{p} {} partly read", plural(p)),
        (s, p) => format!("{s} {} skipped · {p} partly read", plural(s)),
    };
    if notes > 0 {
        let sep = if counts.is_empty() { "" } else { " · " };
        let word = if notes == 1 { "note" } else { "notes" };
        counts = format!("{counts}{sep}{notes} {word}");
    }
    let key = state
        .keymap
        .key_for(Command::Diagnostics, Mode::List)
        .map(|k| format!(" ({k})"))
        .unwrap_or_default();
    format!("{counts}{key} ")
}

/// What the status bar says besides the hints: the last key's message, else what happened to
/// the corpus (preview, files changed), else whether the query's last word is read as a prefix (the browser's rule, which the command line has not).
pub fn note(state: &State) -> Option<String> {
    if let Some(message) = &state.message {
        return Some(message.clone());
    }
    // The corpus: a preview while the rest loads, or files changed on disk.
    if let Some(note) = &state.note {
        return Some(note.clone());
    }
    let query = state.query.text();
    // A prompt's text is a name or a tag, not a query: the prefix rule is not about it.
    if query.trim().is_empty()
        || matches!(state.overlay, Some(Overlay::Prompt(_)))
        || !state.query_is_typing()
    {
        return None;
    }
    let typing = crate::search::query::parse(query).root;
    let whole = crate::search::query::parse_whole(query).root;
    if typing == whole {
        return None;
    }
    let last = query.split_whitespace().last().unwrap_or("");
    let word = last.trim_matches(|c: char| matches!(c, '"' | '(' | ')'));
    let word = word.split_once(':').map_or(word, |(_, v)| v);
    Some(format!(
        "prefix: {}… (a space ends it)",
        text::truncate(word, 24)
    ))
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let skipped = match &state.error {
            Some(error) => format!("⚠ {} ", text::truncate(error, usize::from(area.width) / 2)),
            None => skipped_label(state),
        };
        // What the last key did is what the user is looking at (the file an export wrote, the
        // name a search was saved under): it may take all but a few hints' room; other notes
        // half the bar.
        let room_for_note = if state.message.is_some() {
            usize::from(area.width).saturating_sub(24)
        } else {
            usize::from(area.width) / 2
        };
        let note = note(state)
            .map(|n| format!("{} ", text::truncate(&n, room_for_note)))
            .unwrap_or_default();
        let skipped = format!("{note}{skipped}");
        let skipped_w = text::width(&skipped);
        let room = usize::from(area.width).saturating_sub(skipped_w + 1);
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        let hints = match &state.overlay {
            // A prompt's Enter takes the text (the search box's goes back to the list).
            Some(Overlay::Prompt(_)) => [(Command::Submit, "ok"), (Command::Back, "cancel")]
                .into_iter()
                .filter_map(|(c, label)| Some((state.keymap.key_for(c, Mode::Input)?, label)))
                .collect(),
            _ => state.keymap.hints(state.mode()),
        };
        for (key, label) in hints {
            let w = text::width(&key) + 1 + text::width(label) + 2;
            if used + w > room {
                break;
            }
            used += w;
            spans.push(Span::styled(key, theme.accent));
            spans.push(Span::raw(format!(" {label}  ")));
        }
        Line::from(spans).render(area, buf);
        if skipped_w > 0 && skipped_w as u16 <= area.width {
            let rect = Rect::new(area.right() - skipped_w as u16, area.y, skipped_w as u16, 1);
            Span::styled(skipped, theme.warning).render(rect, buf);
        }
    }
}
