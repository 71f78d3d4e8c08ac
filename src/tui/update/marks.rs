//! The user's state in the browser: stars and read marks on the selected article, the query
//! history walked with ↑/↓, the state terms of a query; opening and copying the article.
//! Each change is made in memory and handed to the loop as an effect to keep in the file.

use std::sync::Arc;

use crate::state::terms::Split;
use crate::state::{Change, Mark};
use crate::tui::action::Effect;
use crate::tui::state::{CopyWhat, State};

fn change(state: &mut State, change: Change) -> Effect {
    change.apply(&mut state.user);
    Effect::Persist(change)
}

/// `*`: star the selected article or take the star away.
pub(super) fn toggle_star(state: &mut State) -> Option<Effect> {
    let id = state.selected_article()?.id.clone();
    let on = !state.user.marks(&id).is_some_and(|m| m.starred);
    state.message = Some(if on { "starred" } else { "star removed" }.to_string());
    Some(change(state, Change::Mark(id, Mark::Starred(on))))
}

/// `u`: mark the selected article unread (or read again).
pub(super) fn toggle_read(state: &mut State) -> Option<Effect> {
    let id = state.selected_article()?.id.clone();
    let on = !state.user.marks(&id).is_some_and(|m| m.read);
    state.message = Some(if on { "marked read" } else { "marked unread" }.to_string());
    Some(change(state, Change::Mark(id, Mark::Read(on))))
}

/// Opening an article in the reader marks it read, as newsreaders do.
pub(super) fn opened(state: &mut State) -> Option<Effect> {
    let id = state.selected_article()?.id.clone();
    if state.user.marks(&id).is_some_and(|m| m.read) {
        return None;
    }
    Some(change(state, Change::Mark(id, Mark::Read(true))))
}

/// Leaving the search box with a query: it goes into the history.
pub(super) fn remember(state: &mut State) -> Option<Effect> {
    state.history_pos = None;
    let query = state.query.text().trim().to_string();
    if query.is_empty() || state.user.history.last() == Some(&query) {
        return None;
    }
    Some(change(state, Change::Remember(query)))
}

/// ↑/↓ in the search box: walk the history, newest first; past the newest, an empty box.
pub(super) fn walk_history(state: &mut State, older: bool) -> bool {
    let len = state.user.history.len();
    if len == 0 {
        state.message = Some("no search history yet".to_string());
        return false;
    }
    let pos = match (state.history_pos, older) {
        (None, true) => Some(len - 1),
        (None, false) => return false,
        (Some(0), true) => Some(0),
        (Some(p), true) => Some(p - 1),
        (Some(p), false) if p + 1 < len => Some(p + 1),
        (Some(_), false) => None,
    };
    state.history_pos = pos;
    let recalled = pos
        .and_then(|p| state.user.history.get(p).cloned())
        .unwrap_or_default();
    state.query.set(&recalled);
    true
}

/// `o`: the article's URL, else its file (not for the embedded seeds).
pub(super) fn open_external(state: &mut State) -> Option<Effect> {
    let article = state.selected_article()?;
    let target = article
        .url
        .clone()
        .or_else(|| (!article.path.starts_with("seeds/")).then(|| article.path.clone()))
        .filter(|t| !t.is_empty());
    match target {
        Some(target) => {
            state.message = Some(format!("opening {}", crate::text::truncate(&target, 60)));
            Some(Effect::OpenExternal(target))
        }
        None => {
            state.message = Some("this article has no URL or file to open".to_string());
            None
        }
    }
}

/// Copy a part of the selected article to the clipboard, saying what was copied.
pub(super) fn copy(state: &mut State, what: CopyWhat) -> Option<Effect> {
    let article = state.selected_article()?;
    let path = crate::tui::reader_doc::relative_path(article, &state.roots).to_string();
    let (label, text) = match what {
        CopyWhat::Title => ("title", article.title.clone()),
        CopyWhat::Link => match &article.url {
            Some(url) => ("URL", url.clone()),
            None => ("path", path),
        },
        CopyWhat::Path => ("path", path),
        CopyWhat::Markdown => {
            let target = article.url.clone().unwrap_or(path);
            let title = article.title.replace('[', "\\[").replace(']', "\\]");
            ("Markdown link", format!("[{title}](<{target}>)"))
        }
        CopyWhat::Sentence => match sentence_at(state) {
            Some(sentence) => ("sentence", sentence),
            None => {
                state.message = Some("no sentence to copy: open the article in the reader".into());
                return None;
            }
        },
    };
    if text.is_empty() {
        state.message = Some(format!("nothing to copy: the article has no {label}"));
        return None;
    }
    state.message = Some(format!("copied the {label}"));
    Some(Effect::Copy(text))
}

/// Bytes either side of the reader's place that are searched for its sentence: a sentence is
/// rarely longer, and a 16 MB article is not split on the UI thread.
const SENTENCE_WINDOW: usize = 4096;

/// The sentence at the reader's place: where the last `n`/`]` jump landed while it is on
/// screen, else the first body line shown.
fn sentence_at(state: &State) -> Option<String> {
    state.reader.doc?;
    let article = state.selected_article()?;
    let wrapped = state.reader.wrapped.as_ref()?;
    let (lines, _) = state.reader_size();
    let scroll = state.reader.scroll;
    let on_screen = |byte: usize| {
        let line = wrapped.line_of(byte);
        line >= scroll && line < scroll + lines
    };
    let first_shown = scroll.saturating_sub(wrapped.header.len());
    let at = match state.reader.anchor.filter(|&b| on_screen(b)) {
        Some(byte) => byte,
        None => wrapped.body.get(first_shown).or(wrapped.body.last())?.0,
    };
    let body = &article.body;
    let mut start = at.saturating_sub(SENTENCE_WINDOW).min(body.len());
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + SENTENCE_WINDOW).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let window = &body[start..end];
    // The sentence holding the place, or the next one when the place is between two.
    let (a, b) = crate::facts::text::sentences(window)
        .into_iter()
        .find(|&(_, b)| start + b > at)?;
    let sentence = window[a..b]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!sentence.is_empty()).then_some(sentence)
}

/// The query to search for: the text without its state terms, and the articles those terms
/// let through.
pub(super) fn split_query(state: &State) -> (String, Option<Arc<Vec<bool>>>) {
    let split = Split::of(state.query.text());
    if split.terms.is_empty() {
        return (state.query.text().to_string(), None);
    }
    let only: Vec<bool> = state
        .articles()
        .iter()
        .map(|a| split.admits(&state.user, &a.id))
        .collect();
    (split.text, Some(Arc::new(only)))
}
