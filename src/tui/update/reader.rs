//! The reader: scrolling, and the jumps to the next or previous search hit or entity mention
//! from where the reader is.

use crate::tui::state::State;

/// What `n`/`N` and `]`/`[` jump between.
#[derive(Clone, Copy)]
pub(super) enum Target {
    Hit,
    Mention,
    /// `}`/`{`: the mentions of the entity of the current mention (the one last jumped to,
    /// else the first on screen).
    SameEntity,
}

/// The entity `}`/`{` go through, and where its mentions start.
fn same_entity_starts(state: &State) -> Option<(String, Vec<usize>)> {
    let article = state.selected_article()?;
    let current = match state.current_mention() {
        Some((start, _)) => start,
        None => {
            let top = state.reader.scroll;
            let wrapped = state.reader.wrapped.as_ref();
            let line_of = |byte: usize| wrapped.map_or(0, |w| w.line_of(byte));
            article
                .mentions
                .iter()
                .find(|m| m.in_body() && line_of(m.start) >= top)?
                .start
        }
    };
    // The reader shows the body: title mentions count in the title.
    let m = article
        .mentions
        .iter()
        .find(|m| m.in_body() && m.start == current)?;
    let mut starts: Vec<usize> = article
        .mentions
        .iter()
        .filter(|o| o.in_body() && o.kind == m.kind && o.entity == m.entity)
        .map(|o| o.start)
        .collect();
    starts.dedup();
    Some((m.entity.to_string(), starts))
}

/// Scroll the reader to the next/previous search hit or entity mention.
pub(super) fn jump(state: &mut State, target: Target, forward: bool) {
    let mut entity = None;
    let starts: Vec<usize> = match target {
        Target::Hit => state.highlights().iter().map(|r| r.0).collect(),
        Target::Mention => state.mention_starts(),
        Target::SameEntity => match same_entity_starts(state) {
            Some((name, starts)) => {
                entity = Some(name);
                starts
            }
            None => Vec::new(),
        },
    };
    if starts.is_empty() {
        state.message = Some(
            match target {
                Target::Hit if state.query.text().trim().is_empty() => {
                    "no search: n/N jump between hits of a query (/ to search)"
                }
                Target::Hit => "no hit of the search in this article",
                Target::Mention | Target::SameEntity => "no entity mention in this article",
            }
            .to_string(),
        );
        return;
    }
    let height = state.reader_size().0;
    let scroll = state.reader.scroll;
    let wrapped = state.reader.wrapped.as_ref();
    let line_of = |byte: usize| wrapped.map_or(0, |w| w.line_of(byte));
    // Where the reader is: the hit or mention last jumped to while it is on screen, else the
    // view's top line (after scrolling by hand).
    let anchor = state.reader.anchor.filter(|&byte| {
        let line = line_of(byte);
        line >= scroll && line < scroll + height
    });
    let after = |s: usize| anchor.map_or(line_of(s) >= scroll, |a| s > a);
    let before = |s: usize| anchor.map_or(line_of(s) < scroll, |a| s < a);
    let indexed = starts.iter().copied().enumerate();
    let found = if forward {
        indexed.filter(|&(_, s)| after(s)).min_by_key(|&(_, s)| s)
    } else {
        indexed.filter(|&(_, s)| before(s)).max_by_key(|&(_, s)| s)
    };
    // Past the last one: round to the first (or from the first to the last).
    let wrap = || {
        let indexed = starts.iter().copied().enumerate();
        if forward {
            indexed.min_by_key(|&(_, s)| s)
        } else {
            indexed.max_by_key(|&(_, s)| s)
        }
    };
    let wrapped_round = found.is_none();
    let Some((next, byte)) = found.or_else(wrap) else {
        return;
    };
    let what = match (&entity, target) {
        (Some(name), _) => format!("{name}: mention"),
        (None, Target::Hit) => "hit".to_string(),
        (None, _) => "mention".to_string(),
    };
    state.message = Some(match (wrapped_round, forward) {
        (true, true) => format!(
            "{what} {} of {}: wrapped to the first",
            next + 1,
            starts.len()
        ),
        (true, false) => format!(
            "{what} {} of {}: wrapped to the last",
            next + 1,
            starts.len()
        ),
        (false, _) => format!("{what} {} of {}", next + 1, starts.len()),
    });
    let line = line_of(byte);
    match target {
        Target::Hit => state.reader.hit = Some(next),
        Target::Mention => state.reader.mention = Some(next),
        // The mention drawn as current is counted among all the places, as `]` counts.
        Target::SameEntity => {
            state.reader.mention = state.mention_starts().iter().position(|&s| s == byte)
        }
    }
    state.reader.anchor = Some(byte);
    if wrapped.is_some() && (line < scroll || line >= scroll + height) {
        state.reader.scroll = line.saturating_sub(height / 3);
    }
}

/// Scroll the reader by `delta` lines (clamped to the article by `State::sync`).
pub(super) fn scroll(state: &mut State, delta: isize) {
    state.reader.scroll = super::nav::add(state.reader.scroll, delta);
}
