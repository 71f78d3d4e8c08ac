//! The user's state in the browser: stars and read marks on the selected article, the query
//! history walked with ↑/↓, the state terms of a query; opening and copying the article.
//! Each change is made in memory and handed to the loop as an effect to keep in the file.

use std::sync::Arc;

use crate::state::terms::Split;
use crate::state::{Change, Mark};
use crate::tui::action::Effect;
use crate::tui::state::State;

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
    let query = state.query.trim().to_string();
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
    state.query = pos
        .and_then(|p| state.user.history.get(p).cloned())
        .unwrap_or_default();
    state.cursor = state.query.len();
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

/// `y`: copy the URL (else the path); `Y`: copy the title.
pub(super) fn copy(state: &mut State, title: bool) -> Option<Effect> {
    let article = state.selected_article()?;
    let (what, text) = match (&article.url, title) {
        (_, true) => ("title", article.title.clone()),
        (Some(url), false) => ("URL", url.clone()),
        (None, false) => ("path", article.path.clone()),
    };
    state.message = Some(format!("copied the {what}"));
    Some(Effect::Copy(text))
}

/// The query to search for: the text without its state terms, and the articles those terms
/// let through.
pub(super) fn split_query(state: &State) -> (String, Option<Arc<Vec<bool>>>) {
    let split = Split::of(&state.query);
    if split.terms.is_empty() {
        return (state.query.clone(), None);
    }
    let only: Vec<bool> = state
        .articles()
        .iter()
        .map(|a| split.admits(&state.user, &a.id))
        .collect();
    (split.text, Some(Arc::new(only)))
}
