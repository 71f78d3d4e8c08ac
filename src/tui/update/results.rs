//! What the background threads answer: the corpus loaded (or failed), a search done (or
//! failed). Stale answers (an older sequence number) are dropped.

use std::sync::Arc;

use crate::corpus::Diagnostic;
use crate::search::Results;
use crate::tui::action::{Effect, HighlightRequest};
use crate::tui::state::State;

/// The corpus is loaded: keep it and say which files were only partly read.
pub(super) fn load_failed(state: &mut State, message: &str) {
    let reason = crate::text::sanitize_line(&format!("loading failed: {message}"));
    state.diagnostics.push(Diagnostic {
        path: "(plantscope)".to_string(),
        reason: reason.clone(),
    });
    state.error = Some(reason);
}

pub(super) fn search_failed(state: &mut State, seq: u64, message: &str) {
    if seq == state.seq {
        state.shown_seq = seq;
    }
    state.error = Some(crate::text::sanitize_line(&format!(
        "search failed: {message}"
    )));
}

/// New results: shown when they answer the last search, keeping the selected article.
pub(super) fn search_done(state: &mut State, seq: u64, results: Arc<Results>) {
    state.error = None;
    if seq == state.seq {
        let current = state.selected_doc();
        let (results, copies) = fold_copies(state, results);
        state.results = results;
        state.copies = copies;
        state.shown_seq = seq;
        state.selected = current
            .and_then(|doc| state.results.hits.iter().position(|h| h.doc == doc))
            .unwrap_or(0);
        // Same article perhaps, but another query: its highlights are redone.
        state.reader.highlights = None;
        state.reader.highlights_asked = None;
        super::picker::refresh_facet_picker(state);
    }
}

/// The open article's highlights, when they are not known nor asked for yet: taken from the
/// hit when the search worked them out, else asked of the highlighter (a 16 MB article takes
/// it a while; the UI thread does not wait).
pub(super) fn ask_highlights(state: &mut State) -> Option<Effect> {
    let doc = state.reader.doc?;
    let key = (state.shown_seq, doc);
    if state.reader.highlights.is_some() || state.reader.highlights_asked == Some(key) {
        return None;
    }
    let hit = state.results.hits.get(state.selected)?;
    if !hit.highlights.is_empty() || state.library.is_none() {
        state.reader.highlights = Some(hit.highlights.clone());
        return None;
    }
    state.reader.highlights_asked = Some(key);
    Some(Effect::Highlight(HighlightRequest {
        seq: state.shown_seq,
        index: state.selected,
        doc,
        results: state.results.clone(),
    }))
}

/// The highlighter's answer, kept when it is for the article and results still shown.
pub(super) fn highlighted(state: &mut State, seq: u64, doc: usize, ranges: Vec<(usize, usize)>) {
    if seq == state.shown_seq && state.reader.doc == Some(doc) {
        state.reader.highlights = Some(ranges);
        state.reader.highlights_asked = None;
    }
}

/// The results with copies of an article folded into their first ([`crate::tui::copies`]),
/// when folding is on and there are copies; the count of copies per row shown.
fn fold_copies(state: &State, results: Arc<Results>) -> (Arc<Results>, Vec<usize>) {
    if !state.fold_copies {
        let none = vec![0; results.hits.len()];
        return (results, none);
    }
    let (kept, copies) = crate::tui::copies::fold(state.articles(), &results.hits);
    if kept.len() == results.hits.len() {
        return (results, copies);
    }
    let mut folded = Results::clone(&results);
    folded.hits = kept;
    (Arc::new(folded), copies)
}
