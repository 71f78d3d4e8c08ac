//! Pure tests of the daily-use keys (issue 14): pickers apply the highlighted row, `gg`,
//! what `n` says, the prefix note, marks, open and copy.

use super::tests::{last_search, loaded, press};
use crate::search::Facet;
use crate::tui::state::Overlay;
use crate::tui::ui::status_bar;

#[test]
fn enter_in_a_facet_picker_with_nothing_ticked_applies_the_highlighted_row() {
    let mut state = loaded();
    press(&mut state, "b");
    let effects = press(&mut state, "\n");
    assert!(state.overlay.is_none());
    let q = last_search(&effects).expect("Enter applies");
    assert_eq!(q.filters.get(Facet::Brand), ["Peugeot".to_string()]);
    // Narrowed: the best match is highlighted, and Enter takes it.
    let mut state = loaded();
    let effects = press(&mut state, "bpole\n");
    let q = last_search(&effects).expect("Enter applies");
    assert_eq!(q.filters.get(Facet::Brand), ["Polestar".to_string()]);
}

#[test]
fn gg_goes_to_the_top_and_g_then_a_letter_still_narrows_groups() {
    let mut state = loaded();
    press(&mut state, "jj");
    assert_eq!(state.selected, 2);
    press(&mut state, "gg");
    assert!(state.overlay.is_none(), "no group picker left open");
    assert_eq!(state.selected, 0);
    press(&mut state, "gs");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("the group picker")
    };
    assert_eq!(p.narrow, "s");
}

#[test]
fn n_says_when_it_wraps_and_when_there_is_no_search() {
    let mut state = loaded();
    press(&mut state, "\n");
    press(&mut state, "n");
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("no search: n/N jump between hits of a query (/ to search)")
    );
    press(&mut state, "]");
    let said = status_bar::note(&state).unwrap_or_default();
    assert!(
        said.starts_with("mention 1 of") || said.starts_with("no entity"),
        "{said}"
    );
    // The message lasts until the next key.
    press(&mut state, "j");
    assert_eq!(status_bar::note(&state), None);
}

#[test]
fn the_status_bar_says_when_the_last_word_is_a_prefix() {
    let mut state = loaded();
    press(&mut state, "/kalou");
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("prefix: kalou… (a space ends it)")
    );
    press(&mut state, " ");
    assert_eq!(status_bar::note(&state), None, "a space ends the word");
    press(&mut state, "\"south korea\"");
    assert_eq!(status_bar::note(&state), None, "a closed phrase is whole");
}

#[test]
fn enter_reads_the_query_whole_until_it_is_edited_again() {
    let mut state = loaded();
    let typed = press(&mut state, "/kalou");
    assert!(last_search(&typed).expect("typing searches").typing);
    let entered = press(&mut state, "\n");
    let q = last_search(&entered).expect("Enter searches the whole word");
    assert!(
        !q.typing,
        "after Enter the last word is whole, as on the command line"
    );
    assert_eq!(status_bar::note(&state), None, "no prefix note after Enter");
    // Enter again on the same text asks nothing new.
    press(&mut state, "/");
    assert!(last_search(&press(&mut state, "\n")).is_none());
    // Editing makes the (new) last word a prefix again.
    let edited = press(&mut state, "/ka");
    assert!(last_search(&edited).expect("typing searches").typing);
    assert!(status_bar::note(&state).is_some());
}

#[test]
fn slash_on_a_query_starts_a_new_word() {
    let mut state = loaded();
    press(&mut state, "/kaluga\n");
    press(&mut state, "/polo");
    assert_eq!(state.query, "kaluga polo");
    // A query that already ends in a space is left as it is.
    press(&mut state, " \n/");
    assert_eq!(state.query, "kaluga polo ");
}

#[test]
fn a_new_query_starts_at_its_best_hit_while_filters_keep_the_article() {
    use super::tests::results;
    use crate::tui::action::Action;
    use crate::tui::update::update;
    let mut state = loaded();
    press(&mut state, "jj");
    assert_eq!(state.selected, 2);
    // Same text, a filter added: the selected article stays selected.
    let effects = press(&mut state, "b\n");
    assert!(last_search(&effects).is_some(), "the filter searches");
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, results(&[1, 2])));
    assert_eq!(state.selected_doc(), Some(2), "kept across a filter");
    // Other text: the list starts at the top and the reader follows it.
    press(&mut state, "/busan");
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, results(&[0, 2])));
    assert_eq!(state.selected, 0);
    assert_eq!(state.selected_doc(), Some(0));
}

#[test]
fn star_and_read_marks_are_kept_and_filter_with_state_terms() {
    use crate::state::{Change, Mark};
    use crate::tui::action::Effect;
    let mut state = loaded();
    let effects = press(&mut state, "*");
    assert_eq!(
        effects,
        [Effect::Persist(Change::Mark(
            "Kaluga".into(),
            Mark::Starred(true)
        ))]
    );
    assert!(state.user.marks("Kaluga").is_some_and(|m| m.starred));
    assert_eq!(status_bar::note(&state).as_deref(), Some("starred"));
    // Opening marks read; `u` makes it unread again.
    let effects = press(&mut state, "\n");
    assert!(effects.contains(&Effect::Persist(Change::Mark(
        "Kaluga".into(),
        Mark::Read(true)
    ))));
    press(&mut state, "u");
    assert!(state.user.marks("Kaluga").is_some_and(|m| !m.read));
    // `is:starred` searches the text without it, among the starred articles only.
    let effects = press(&mut state, "\x1b/is:starred");
    let q = last_search(&effects).expect("searches");
    assert_eq!(q.text, "");
    assert_eq!(q.only.as_deref(), Some(&vec![true, false, false]));
}

#[test]
fn up_and_down_in_the_search_box_walk_the_history() {
    let mut state = loaded();
    for q in ["kaluga", "busan"] {
        press(&mut state, "/");
        press(&mut state, &format!("{q}\n"));
        press(&mut state, "x");
    }
    assert_eq!(state.user.history, ["kaluga", "busan"]);
    let up = |state: &mut crate::tui::state::State| {
        let action = crate::tui::action::Action::HistoryPrev;
        crate::tui::update::update(state, action)
    };
    press(&mut state, "/");
    let effects = up(&mut state);
    assert_eq!(state.query, "busan");
    assert_eq!(
        last_search(&effects).map(|q| q.text.as_str()),
        Some("busan")
    );
    up(&mut state);
    assert_eq!(state.query, "kaluga");
    up(&mut state);
    assert_eq!(state.query, "kaluga", "stays at the oldest");
    crate::tui::update::update(&mut state, crate::tui::action::Action::HistoryNext);
    assert_eq!(state.query, "busan");
    crate::tui::update::update(&mut state, crate::tui::action::Action::HistoryNext);
    assert_eq!(state.query, "", "past the newest: an empty box");
}

#[test]
fn o_opens_and_y_copies_through_effects() {
    use crate::tui::action::Effect;
    let mut state = loaded();
    // The test articles have neither URL nor file (the pty test opens a real one).
    let effects = press(&mut state, "o");
    assert!(effects.is_empty());
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("this article has no URL or file to open")
    );
    let effects = press(&mut state, "Y");
    assert_eq!(effects, [Effect::Copy("Kaluga".into())]);
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("copied the title")
    );
}

#[test]
fn the_language_picker_shows_language_names() {
    assert_eq!(crate::tui::facets::language_label("nl"), "nl  Dutch");
    assert_eq!(crate::tui::facets::language_label("xx"), "xx");
    // Beyond the table: the detector's English names (the trial saw bare `ja`, `sv`, `tr`).
    assert_eq!(crate::tui::facets::language_label("ja"), "ja  Japanese");
    assert_eq!(crate::tui::facets::language_label("sv"), "sv  Swedish");
    assert_eq!(crate::tui::facets::language_label("tr"), "tr  Turkish");
    let mut state = super::tests::loaded();
    state.results = std::sync::Arc::new(crate::search::Results {
        facets: [(
            Facet::Lang,
            vec![crate::search::FacetCount {
                value: "en".into(),
                count: 3,
            }],
        )]
        .into_iter()
        .collect(),
        ..(*state.results).clone()
    });
    press(&mut state, "L");
    let (w, h) = state.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| crate::tui::ui::render(f, &state))
        .expect("draw");
    let frame = terminal.backend().to_string();
    assert!(frame.contains("en  English"), "{frame}");
}

#[test]
fn braces_go_through_the_mentions_of_one_entity() {
    use crate::tui::action::Action;
    use crate::tui::update::update;
    let loaded = crate::load::load(&crate::load::Request::default(), &|_| {}).expect("seeds");
    let library = std::sync::Arc::new(loaded.library);
    let mut state = crate::tui::state::State::new(
        crate::tui::keymap::KeyMap::default(),
        crate::tui::theme::Theme::default(),
    );
    update(&mut state, Action::Resize(120, 40));
    update(&mut state, Action::Loaded(library.clone(), Vec::new()));
    let results = library.search(&crate::search::Query {
        text: "kalouga".into(),
        ..crate::search::Query::default()
    });
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, std::sync::Arc::new(results)),
    );
    let article = state.selected_article().expect("an article").clone();
    // The first mention's entity, and how often it is named.
    // Body mentions only: the reader shows the body (title mentions count in the title).
    let first = article
        .mentions
        .iter()
        .filter(|m| m.in_body())
        .min_by_key(|m| m.start)
        .expect("mentions");
    let same = article
        .mentions
        .iter()
        .filter(|m| m.in_body() && m.kind == first.kind && m.entity == first.entity)
        .count();
    press(&mut state, "\n}");
    let said = status_bar::note(&state).unwrap_or_default();
    assert_eq!(
        said,
        format!("{}: mention 1 of {same}", first.entity),
        "{said}"
    );
    for _ in 1..same {
        press(&mut state, "}");
    }
    press(&mut state, "}");
    let said = status_bar::note(&state).unwrap_or_default();
    assert!(
        said.ends_with(&format!("1 of {same}: wrapped to the first")),
        "{said}"
    );
    // `{` from the first goes round to the last.
    press(&mut state, "{");
    let said = status_bar::note(&state).unwrap_or_default();
    assert!(said.contains(&format!("{same} of {same}")), "{said}");
    assert_eq!(
        state.current_mention().map(|(s, _)| s),
        article
            .mentions
            .iter()
            .filter(|m| m.kind == first.kind && m.entity == first.entity)
            .map(|m| m.start)
            .max()
    );
}
