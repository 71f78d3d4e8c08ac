//! Entity cards and the production view wired into the browser, over the seeds: the keys
//! that open them, following a card's rows to articles and to other cards, going back, the
//! production view's gathering and sorting, the plant picker's `builds:`; whole frames.

use std::sync::{Arc, OnceLock};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use plantscope::entities::EntityKind;
use plantscope::load::{self, Request};
use plantscope::search::Library;
use plantscope::tui::action::Action;
use plantscope::tui::card::Item;
use plantscope::tui::keymap::{KeyMap, Mode};
use plantscope::tui::state::{Focus, Overlay, State, View};
use plantscope::tui::theme::Theme;
use plantscope::tui::update::update;
use plantscope::tui::worker::run_searches_inline;

use crate::common;

fn library() -> Arc<Library> {
    static LIBRARY: OnceLock<Arc<Library>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| match load::load(&Request::default(), &|_| {}) {
            Ok(loaded) => Arc::new(loaded.library),
            Err(e) => panic!("seeds failed to load: {e:#}"),
        })
        .clone()
}

/// A browser of `w`×`h` over the seeds, all three shown, monochrome.
fn browser(w: u16, h: u16) -> State {
    let mut state = State::new(KeyMap::default(), Theme::monochrome());
    update(&mut state, Action::Resize(w, h));
    let effects = update(&mut state, Action::Loaded(library(), Vec::new()));
    run_searches_inline(&mut state, effects);
    assert_eq!(state.results.hits.len(), 3);
    state
}

/// Send one key through the key map, running the searches it asks for.
fn key(state: &mut State, code: KeyCode, modifiers: KeyModifiers) {
    let event = KeyEvent::new(code, modifiers);
    if let Some(action) = state.keymap.resolve(state.context(), &event) {
        let effects = update(state, action);
        run_searches_inline(state, effects);
    }
}

/// Type characters (`\n` Enter, `\x1b` Esc, `\x0f` Ctrl-o).
fn press(state: &mut State, keys: &str) {
    for c in keys.chars() {
        match c {
            '\n' => key(state, KeyCode::Enter, KeyModifiers::NONE),
            '\x1b' => key(state, KeyCode::Esc, KeyModifiers::NONE),
            '\x0f' => key(state, KeyCode::Char('o'), KeyModifiers::CONTROL),
            '\t' => key(state, KeyCode::Tab, KeyModifiers::NONE),
            c => key(state, KeyCode::Char(c), KeyModifiers::NONE),
        }
    }
}

/// The cards open, bottom first.
fn cards(state: &State) -> Vec<(EntityKind, String)> {
    match &state.overlay {
        Some(Overlay::Card(stack)) => stack
            .iter()
            .map(|o| (o.card.kind, o.card.name.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn top(state: &State) -> &plantscope::tui::card::OpenCard {
    match &state.overlay {
        Some(Overlay::Card(stack)) => stack.last().expect("a card"),
        other => panic!("no card open: {other:?}"),
    }
}

/// Move the top card's selection to the fact whose subject or plant is `name`.
fn select_fact(state: &mut State, name: &str) {
    let target = {
        let open = top(state);
        (0..open.card.len())
            .find(|&i| match open.card.item(i) {
                Some(Item::Fact(j)) => {
                    let row = &open.card.rows[j];
                    *row.subject == *name || *row.plant == *name
                }
                _ => false,
            })
            .expect("the fact row")
    };
    key(state, KeyCode::Home, KeyModifiers::NONE);
    while top(state).selected < target {
        press(state, "j");
    }
}

#[test]
fn ctrl_o_in_the_plant_picker_opens_kalugas_card_and_enter_the_evidence() {
    let mut state = browser(120, 40);
    press(&mut state, "pkaluga\x0f");
    assert_eq!(cards(&state), [(EntityKind::Plant, "Kaluga".to_string())]);
    assert_eq!(state.mode(), Mode::Card);
    // It opens on its first fact.
    let open = top(&state);
    assert!(matches!(open.card.item(open.selected), Some(Item::Fact(_))));
    select_fact(&mut state, "Peugeot Expert");
    let row = {
        let open = top(&state);
        let Some(Item::Fact(j)) = open.card.item(open.selected) else {
            panic!("a fact row")
        };
        open.card.rows[j].clone()
    };
    press(&mut state, "\n");
    assert!(state.overlay.is_none());
    assert_eq!(state.focus, Focus::Reader);
    assert_eq!(state.selected_doc(), Some(row.evidence.article));
    assert_eq!(
        state.reader.evidence,
        Some((row.evidence.start, row.evidence.end))
    );
    // The evidence sentence is on screen.
    let wrapped = state.reader.wrapped.as_ref().expect("laid out");
    let line = wrapped.line_of(row.evidence.start);
    let height = state.reader_size().0;
    assert!(line >= state.reader.scroll && line < state.reader.scroll + height);
    let frame = common::frame(&state);
    assert!(frame.contains("evidence underlined"), "{frame}");
    // Esc: back to the card, on the same row; Esc again closes it; Esc then leaves the reader.
    press(&mut state, "\x1b");
    assert_eq!(cards(&state), [(EntityKind::Plant, "Kaluga".to_string())]);
    press(&mut state, "\x1b");
    assert!(state.overlay.is_none());
    assert_eq!(state.focus, Focus::Reader);
    press(&mut state, "\x1b");
    assert_eq!(state.focus, Focus::List);
}

#[test]
fn cards_link_to_cards_and_esc_goes_back_one_card_at_a_time() {
    let mut state = browser(120, 40);
    press(&mut state, "pkaluga\x0f");
    select_fact(&mut state, "Fiat Scudo");
    // `i` on a fact: the card of its other end.
    press(&mut state, "i");
    assert_eq!(
        cards(&state),
        [
            (EntityKind::Plant, "Kaluga".to_string()),
            (EntityKind::Model, "Fiat Scudo".to_string())
        ]
    );
    let frame = common::frame(&state);
    assert!(frame.contains("Model · Fiat Scudo"), "{frame}");
    assert!(frame.contains("1 back"), "{frame}");
    press(&mut state, "\x1b");
    assert_eq!(cards(&state).len(), 1);
    // Enter on the first link (the country): the country's card, listing its plants.
    key(&mut state, KeyCode::Home, KeyModifiers::NONE);
    press(&mut state, "\n");
    assert_eq!(
        cards(&state)[1],
        (EntityKind::Country, "Russia".to_string())
    );
    assert!(top(&state).card.rows.iter().all(|r| *r.plant == *"Kaluga"));
    // `q` goes back too; off the last card, the plant picker it was opened from is back,
    // with its text; Esc closes it.
    press(&mut state, "qq");
    match &state.overlay {
        Some(Overlay::Picker(p)) => assert_eq!(p.narrow, "kaluga"),
        other => panic!("the picker again: {other:?}"),
    }
    press(&mut state, "\x1b");
    assert!(state.overlay.is_none());
}

#[test]
fn i_takes_the_lists_first_entity_and_the_readers_current_mention() {
    let mut state = browser(120, 40);
    // Sorted by date, newest first: the selected article's first entity, a plant first.
    let first = state
        .selected_article()
        .map(|a| a.entities[EntityKind::Plant].first().map(|p| p.to_string()))
        .expect("an article");
    press(&mut state, "i");
    let (kind, name) = cards(&state).pop().expect("a card");
    match first {
        Some(plant) => assert_eq!((kind, name), (EntityKind::Plant, plant)),
        None => assert_ne!(kind, EntityKind::Plant),
    }
    press(&mut state, "\x1b");
    // In the reader, after `]`: the mention it landed on.
    press(&mut state, "\t]");
    let (start, _) = state.current_mention().expect("a mention");
    let article = state.selected_article().expect("an article");
    let mention = article
        .mentions
        .iter()
        .find(|m| m.in_body() && m.start == start)
        .expect("the mention")
        .clone();
    press(&mut state, "i");
    assert_eq!(
        cards(&state),
        [(mention.kind, mention.entity.as_str().to_string())]
    );
}

#[test]
fn the_production_view_follows_the_results_sorts_and_opens_plant_cards() {
    let mut state = browser(120, 40);
    press(&mut state, "P");
    assert_eq!(state.view, View::Production);
    assert_eq!(state.mode(), Mode::Production);
    let plants: std::collections::BTreeSet<std::sync::Arc<str>> = state
        .production
        .rows
        .iter()
        .map(|r| r.plant.clone())
        .collect();
    for p in ["Kaluga", "Busan", "Kostanay", "Ridgeville"] {
        assert!(plants.contains(p), "{plants:?}");
    }
    assert!(state.production.pins.iter().any(|p| p.name == "Kaluga"));
    // `s` sorts the table (not the articles), by the next column.
    press(&mut state, "s");
    assert_eq!(
        state.production.sort,
        plantscope::tui::ui::production::SortBy::Subject
    );
    let subjects: Vec<&str> = state.production.rows.iter().map(|r| &*r.subject).collect();
    assert!(subjects.windows(2).all(|w| w[0] <= w[1]), "{subjects:?}");
    // A query narrows it: only the Polestar article's plants.
    press(&mut state, "/busan\n");
    assert_eq!(state.view, View::Production);
    let plants: std::collections::BTreeSet<&str> =
        state.production.rows.iter().map(|r| &*r.plant).collect();
    assert_eq!(
        plants.into_iter().collect::<Vec<_>>(),
        ["Busan", "Ridgeville", "Volvo Chengdu"]
    );
    // Enter: the selected plant's card; Esc back to the view; Esc (or P) back to the articles.
    press(&mut state, "j");
    let plant = state
        .production
        .selected_plant()
        .expect("a row")
        .to_string();
    press(&mut state, "\n");
    assert_eq!(cards(&state), [(EntityKind::Plant, plant)]);
    press(&mut state, "\x1b");
    assert_eq!(state.view, View::Production);
    press(&mut state, "\x1b");
    assert_eq!(state.view, View::Articles);
    press(&mut state, "PP");
    assert_eq!(state.view, View::Articles);
}

#[test]
fn a_plant_filter_shows_that_plants_rows_in_the_production_view() {
    // The Kazakhstan seed names Kaluga and Kostanay: filtering on Kaluga keeps the article,
    // and the view keeps only Kaluga's rows of it.
    let mut state = browser(120, 40);
    press(&mut state, "P");
    press(&mut state, "pkaluga\n");
    assert_eq!(
        state.filters.get(plantscope::search::Facet::Plant),
        ["Kaluga".to_string()]
    );
    assert_eq!(state.view, View::Production);
    let plants: std::collections::BTreeSet<&str> =
        state.production.rows.iter().map(|r| &*r.plant).collect();
    assert_eq!(plants.into_iter().collect::<Vec<_>>(), ["Kaluga"]);
    assert!(
        state
            .production
            .rows
            .iter()
            .any(|r| &*r.subject == "Peugeot 408"),
        "the Kazakhstan article's Kaluga row"
    );
}

#[test]
fn builds_in_the_plant_picker_lists_the_plants_that_build_it() {
    let mut state = browser(120, 40);
    press(&mut state, "pbuilds:3008");
    let Some(Overlay::Picker(picker)) = &state.overlay else {
        panic!("the plant picker")
    };
    let shown: Vec<&str> = picker
        .visible()
        .iter()
        .map(|&i| picker.items[i].value.as_str())
        .collect();
    assert_eq!(shown, ["Kostanay"]);
    // A subject with a space, quoted or not; and one nobody builds. (Ridgeville builds the
    // Polestar 3 too, but the article names it only as "South Carolina": no article is
    // filed under the plant, so the picker, whose values filter articles, does not list it.)
    for (text, expected) in [
        ("builds:\"polestar 3\"", vec!["Volvo Chengdu"]),
        ("builds:Polestar 4", vec!["Busan"]),
        ("BUILDS:nothing", vec![]),
    ] {
        let mut state = browser(120, 40);
        press(&mut state, "p");
        let effects = update(&mut state, Action::Paste(text.to_string()));
        run_searches_inline(&mut state, effects);
        let Some(Overlay::Picker(picker)) = &state.overlay else {
            panic!("the plant picker")
        };
        let mut shown: Vec<&str> = picker
            .visible()
            .iter()
            .map(|&i| picker.items[i].value.as_str())
            .collect();
        shown.sort_unstable();
        assert_eq!(shown, expected, "{text}");
    }
    // Enter applies the plant under the cursor, as for any narrowing.
    press(&mut state, "\n");
    assert_eq!(
        state.filters.get(plantscope::search::Facet::Plant),
        ["Kostanay".to_string()]
    );
}

#[test]
fn frames_of_the_wired_cards_and_the_production_view() {
    for (w, h) in [(80, 24), (200, 50)] {
        let mut state = browser(w, h);
        press(&mut state, "pkaluga\x0f");
        insta::assert_snapshot!(format!("browser_plant_card_{w}x{h}"), common::frame(&state));
        let mut state = browser(w, h);
        let effects = update(
            &mut state,
            Action::OpenPicker(plantscope::search::Facet::Model),
        );
        run_searches_inline(&mut state, effects);
        press(&mut state, "polestar 3\x0f");
        assert_eq!(
            cards(&state),
            [(EntityKind::Model, "Polestar 3".to_string())]
        );
        insta::assert_snapshot!(format!("browser_model_card_{w}x{h}"), common::frame(&state));
        let mut state = browser(w, h);
        press(&mut state, "Pj");
        let frame = common::frame(&state);
        let selected = state
            .production
            .selected_plant()
            .expect("a plant")
            .to_string();
        assert!(frame.contains(&format!("◆ {selected}")), "{frame}");
        insta::assert_snapshot!(format!("browser_production_{w}x{h}"), frame);
    }
}

#[test]
fn cards_and_the_production_view_survive_small_terminals_and_a_changed_corpus() {
    for (w, h) in [(40, 12), (59, 14), (100, 20), (39, 11)] {
        let mut state = browser(w, h);
        press(&mut state, "P");
        let frame = common::frame(&state);
        if w >= 40 && h >= 12 {
            assert!(frame.contains("Production"), "{w}×{h}:\n{frame}");
        }
        press(&mut state, "j\n");
        let frame = common::frame(&state);
        if w >= 40 && h >= 12 {
            assert!(frame.contains("Plant ·"), "{w}×{h}:\n{frame}");
        }
        // Scrolling a card to its end and back in a small box.
        key(&mut state, KeyCode::End, KeyModifiers::NONE);
        let open = top(&state);
        assert_eq!(open.selected, open.card.len() - 1);
        common::frame(&state);
        key(&mut state, KeyCode::Home, KeyModifiers::NONE);
        assert_eq!(top(&state).offset, 0);
    }
    // The files change: the cards open are gathered again from the new library, on the same
    // row; the article to come back to is forgotten.
    let mut state = browser(120, 40);
    press(&mut state, "pkaluga\x0f");
    select_fact(&mut state, "Fiat Scudo");
    let before = top(&state).clone();
    let effects = update(
        &mut state,
        Action::CorpusChanged(library(), Vec::new(), "1 file changed".into()),
    );
    run_searches_inline(&mut state, effects);
    let after = top(&state);
    assert_eq!(after.card, before.card);
    assert_eq!(after.selected, before.selected);
    assert!(state.card_return.is_none());
}
