//! A new library for the browser: the first load, the whole corpus after a preview, or the
//! corpus loaded again after its files changed. The query, filters, selection and open
//! article stay (found again by article id); the results shown are carried over to the new
//! library until its own search answers.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::corpus::Diagnostic;
use crate::search::{Library, Results};
use crate::tui::action::Effect;
use crate::tui::state::{ReaderView, State};

/// Show `library`; `note` (when not empty) goes to the status bar, `None` keeps nothing of a
/// library shown before (the first load). Returns the effects: workers for the new library
/// and the search to run on it.
pub fn take(
    state: &mut State,
    library: Arc<Library>,
    diagnostics: Vec<Diagnostic>,
    note: Option<String>,
) -> Vec<Effect> {
    // A file with a problem that still gave articles was partly read, not skipped: the
    // status bar says which, as `check` does.
    let with_problems: std::collections::HashSet<&str> =
        diagnostics.iter().map(|d| d.path.as_str()).collect();
    state.partly_read = library
        .articles()
        .iter()
        .filter(|a| with_problems.contains(a.path.as_str()))
        .map(|a| a.path.clone())
        .collect();
    match (&note, state.library.take()) {
        (Some(_), Some(old)) => carry_over(state, &old, &library),
        _ => state.reader = ReaderView::default(),
    }
    state.library = Some(library);
    state.diagnostics = diagnostics;
    state.preview = false;
    state.note = note.filter(|n| !n.is_empty());
    let mut effects = vec![Effect::StartWorkers];
    effects.extend(crate::tui::update::search_effect(state));
    effects
}

/// Point the results shown and the open article at the same articles in `new` (by id);
/// what is gone from it goes from the list, and the reader closes if its article is gone.
fn carry_over(state: &mut State, old: &Library, new: &Library) {
    let by_id: FxHashMap<&str, usize> = new
        .articles()
        .iter()
        .enumerate()
        .map(|(doc, a)| (a.id.as_str(), doc))
        .collect();
    let moved = |doc: usize| {
        old.articles()
            .get(doc)
            .and_then(|a| by_id.get(a.id.as_str()).copied())
    };
    let selected = state.selected_doc().and_then(moved);
    let mut results: Results = (*state.results).clone();
    results.hits.retain_mut(|hit| match moved(hit.doc) {
        Some(doc) => {
            hit.doc = doc;
            true
        }
        None => false,
    });
    results.total = results.hits.len();
    state.selected = selected
        .and_then(|doc| results.hits.iter().position(|h| h.doc == doc))
        .unwrap_or(0);
    state.results = Arc::new(results);
    let reader_doc = state.reader.doc.and_then(moved);
    state.reader = ReaderView {
        doc: reader_doc,
        ..ReaderView::default()
    };
    if reader_doc.is_none() && state.focus == crate::tui::state::Focus::Reader {
        state.focus = crate::tui::state::Focus::List;
        state.pane = crate::tui::state::Focus::List;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Article;
    use crate::tui::action::Action;
    use crate::tui::keymap::KeyMap;
    use crate::tui::state::Focus;
    use crate::tui::theme::Theme;
    use crate::tui::update::update;
    use crate::tui::worker::run_searches_inline;

    fn library(titles: &[&str]) -> Arc<Library> {
        let articles = titles
            .iter()
            .map(|t| Article {
                id: t.to_string(),
                path: format!("{t}.txt"),
                title: t.to_string(),
                body: format!("{t} common words"),
                lang: "en".into(),
                ..Article::default()
            })
            .collect();
        Arc::new(Library::build(articles).expect("library"))
    }

    fn state() -> State {
        let mut state = State::new(KeyMap::default(), Theme::default());
        state.size = (100, 30);
        state
    }

    fn load(state: &mut State, action: Action) {
        let effects = update(state, action);
        run_searches_inline(state, effects);
    }

    fn titles(state: &State) -> Vec<String> {
        state
            .results
            .hits
            .iter()
            .map(|h| state.articles()[h.doc].title.clone())
            .collect()
    }

    #[test]
    fn a_changed_corpus_keeps_the_query_and_the_selected_article() {
        let mut state = state();
        load(
            &mut state,
            Action::Loaded(library(&["alpha", "beta", "gamma"]), vec![]),
        );
        state.query = "common".into();
        let effects = crate::tui::update::search_effect(&mut state)
            .into_iter()
            .collect();
        run_searches_inline(&mut state, effects);
        let beta = state
            .results
            .hits
            .iter()
            .position(|h| state.articles()[h.doc].id == "beta");
        state.selected = beta.expect("beta listed");
        state.focus = Focus::Reader;
        state.reader.doc = state.selected_doc();
        // A file added before beta, one removed: beta moves from one position to another.
        let changed = library(&["aaa", "alpha", "beta"]);
        let effects = update(
            &mut state,
            Action::CorpusChanged(changed, vec![], "files changed: 1 read, 1 removed".into()),
        );
        // At once (before the new search answers) the list shows the same articles.
        assert!(
            !titles(&state).contains(&"gamma".to_string()),
            "{:?}",
            titles(&state)
        );
        assert_eq!(
            state.selected_article().map(|a| a.id.as_str()),
            Some("beta")
        );
        run_searches_inline(&mut state, effects);
        assert_eq!(state.query, "common");
        assert_eq!(
            state.selected_article().map(|a| a.id.as_str()),
            Some("beta")
        );
        assert_eq!(
            state.reader.doc.map(|d| state.articles()[d].id.as_str()),
            Some("beta")
        );
        assert_eq!(state.focus, Focus::Reader);
        assert_eq!(state.results.total, 3, "the new article is found too");
        assert_eq!(
            state.note.as_deref(),
            Some("files changed: 1 read, 1 removed")
        );
    }

    #[test]
    fn the_reader_closes_when_its_article_is_gone() {
        let mut state = state();
        load(
            &mut state,
            Action::Loaded(library(&["alpha", "beta"]), vec![]),
        );
        state.selected = 1;
        state.reader.doc = state.selected_doc();
        state.focus = Focus::Reader;
        let gone = state.selected_article().map(|a| a.id.clone());
        load(
            &mut state,
            Action::CorpusChanged(library(&["alpha", "delta"]), vec![], "x".into()),
        );
        assert_ne!(state.selected_article().map(|a| a.id.clone()), gone);
        let shown = state.reader.doc.map(|d| state.articles()[d].id.clone());
        assert_ne!(
            shown, gone,
            "the reader shows an article still there, if any"
        );
        assert_eq!(state.focus, Focus::List);
    }

    #[test]
    fn a_preview_shows_at_once_and_gives_way_to_the_whole_corpus() {
        let mut state = state();
        load(&mut state, Action::Preview(library(&["alpha"]), vec![]));
        assert_eq!(titles(&state), ["alpha"]);
        assert!(state.preview);
        assert!(
            state
                .note
                .as_deref()
                .is_some_and(|n| n.contains("first 1 articles"))
        );
        load(
            &mut state,
            Action::Loaded(library(&["alpha", "beta"]), vec![]),
        );
        assert_eq!(state.results.total, 2);
        assert!(!state.preview);
        assert_eq!(state.note, None);
        // A preview that comes after the whole corpus changes nothing.
        load(&mut state, Action::Preview(library(&["zeta"]), vec![]));
        assert_eq!(state.results.total, 2);
        assert!(!state.preview);
    }

    #[test]
    fn each_larger_preview_and_then_the_whole_corpus_keep_the_query_and_selection() {
        let mut state = state();
        load(
            &mut state,
            Action::Preview(library(&["alpha", "beta"]), vec![]),
        );
        state.query = "common".into();
        let effects = crate::tui::update::search_effect(&mut state)
            .into_iter()
            .collect();
        run_searches_inline(&mut state, effects);
        state.selected = state
            .results
            .hits
            .iter()
            .position(|h| state.articles()[h.doc].id == "beta")
            .expect("beta listed");
        let steps = [
            Action::Preview(library(&["aaa", "alpha", "beta", "gamma"]), vec![]),
            Action::Loaded(library(&["aaa", "alpha", "beta", "delta", "gamma"]), vec![]),
        ];
        for (step, total) in steps.into_iter().zip([4, 5]) {
            load(&mut state, step);
            assert_eq!(state.query, "common");
            assert_eq!(state.results.total, total);
            assert_eq!(
                state.selected_article().map(|a| a.id.as_str()),
                Some("beta")
            );
        }
        assert!(!state.preview);
    }
}
