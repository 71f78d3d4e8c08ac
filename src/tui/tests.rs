//! Pure tests of `update`: key sequences through the key map, without a terminal.

use std::collections::BTreeMap;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use crate::Article;
use crate::article::EntitySet;
use crate::entities::EntityKind;
use crate::search::{Facet, FacetCount, Hit, Library, Results, Sort};
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::KeyMap;
use crate::tui::state::{Focus, Overlay, PickItem, Picker, State};
use crate::tui::theme::Theme;
use crate::tui::update::update;
use crate::tui::worker::run_searches_inline;

fn art(title: &str, brands: &[&str], countries: &[&str]) -> Article {
    Article {
        id: title.to_string(),
        title: title.to_string(),
        body: format!("{title} body text"),
        lang: "en".into(),
        entities: EntitySet::default()
            .with(EntityKind::Brand, brands.iter().copied())
            .with(EntityKind::Country, countries.iter().copied()),
        ..Article::default()
    }
}

pub(super) fn results(docs: &[usize]) -> Arc<Results> {
    let mut facets = BTreeMap::new();
    facets.insert(
        Facet::Brand,
        vec![
            FacetCount {
                value: "Peugeot".into(),
                count: 2,
            },
            FacetCount {
                value: "Polestar".into(),
                count: 1,
            },
            FacetCount {
                value: "Citroën".into(),
                count: 1,
            },
        ],
    );
    Arc::new(Results {
        total: docs.len(),
        hits: docs
            .iter()
            .map(|&doc| Hit {
                doc,
                score: 1.0,
                snippet: String::new(),
                highlights: vec![],
            })
            .collect(),
        facets,
        hints: vec![],
        ..Results::default()
    })
}

/// A loaded browser over three articles, showing all of them.
pub(super) fn loaded() -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(120, 40));
    let library = Library::build(vec![
        art("Kaluga", &["Peugeot", "Opel"], &["Russia"]),
        art("Kazakhstan", &["Peugeot"], &["Kazakhstan"]),
        art("Busan", &["Polestar"], &["South Korea"]),
    ])
    .expect("library");
    let effects = update(&mut state, Action::Loaded(Arc::new(library), vec![]));
    assert!(matches!(
        effects.as_slice(),
        [Effect::StartWorkers, Effect::Search(1, _)]
    ));
    update(&mut state, Action::SearchDone(1, results(&[0, 1, 2])));
    state
}

/// Press keys (one char each, `\x1b` = Esc, `\n` = Enter, `\t` = Tab) through the key map.
pub(super) fn press(state: &mut State, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in keys.chars() {
        let event = match c {
            '\x1b' => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            '\n' => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            '\t' => KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
            c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        };
        if let Some(action) = state.keymap.resolve(state.context(), &event) {
            effects.extend(update(state, action));
        }
    }
    effects
}

pub(super) fn last_search(effects: &[Effect]) -> Option<&crate::search::Query> {
    effects.iter().rev().find_map(|e| match e {
        Effect::Search(_, q) => Some(q),
        _ => None,
    })
}

#[test]
fn slash_then_j_types_but_j_in_the_list_moves() {
    let mut state = loaded();
    press(&mut state, "j");
    assert_eq!(state.selected, 1);
    assert!(state.query.is_empty());
    let effects = press(&mut state, "/j");
    assert_eq!(state.focus, Focus::Input);
    assert_eq!(state.query, "j");
    assert_eq!(last_search(&effects).map(|q| q.text.as_str()), Some("j"));
    assert_eq!(state.selected, 1, "typing does not move the list");
    press(&mut state, "\n");
    assert_eq!(state.focus, Focus::List);
    press(&mut state, "k");
    assert_eq!(state.selected, 0);
}

#[test]
fn every_keystroke_searches_and_stale_results_are_dropped() {
    let mut state = loaded();
    let effects = press(&mut state, "/ka");
    let seqs: Vec<u64> = effects
        .iter()
        .filter_map(|e| {
            if let Effect::Search(s, _) = e {
                Some(*s)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(seqs, vec![2, 3]);
    update(&mut state, Action::SearchDone(2, results(&[0])));
    assert_eq!(state.results.total, 3, "stale answer ignored");
    update(&mut state, Action::SearchDone(3, results(&[0, 1])));
    assert_eq!(state.results.total, 2);
}

#[test]
fn selection_follows_the_article_across_searches() {
    let mut state = loaded();
    press(&mut state, "jj");
    assert_eq!(state.selected_doc(), Some(2));
    press(&mut state, "/b");
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, results(&[1, 2])));
    }
    assert_eq!(state.selected_doc(), Some(1), "other text: its best hit");
    state.selected = 1;
    {
        let seq = state.seq + 1;
        update(&mut state, Action::SearchDone(seq, results(&[0])));
    }
    assert_eq!(state.selected_doc(), Some(2), "future seq is not ours");
    press(&mut state, "x");
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, results(&[0, 1])));
    }
    assert_eq!(state.selected, 0, "gone from the results: back to the top");
}

#[test]
fn picker_narrow_toggle_apply() {
    let mut state = loaded();
    press(&mut state, "b");
    assert!(matches!(state.overlay, Some(Overlay::Picker(_))));
    let effects = press(&mut state, "pole ");
    assert!(effects.is_empty(), "narrowing and toggling do not search");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("picker open")
    };
    assert_eq!(p.visible().len(), 1);
    let effects = press(&mut state, "\n");
    assert!(state.overlay.is_none());
    let q = last_search(&effects).expect("apply searches");
    assert_eq!(q.filters.get(Facet::Brand), ["Polestar".to_string()]);
}

#[test]
fn picker_narrowing_ignores_accents_and_case() {
    let mut state = loaded();
    press(&mut state, "bCITROEN");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("picker open")
    };
    assert_eq!(p.current().map(|i| i.value.as_str()), Some("Citroën"));
}

#[test]
fn picker_cancel_keeps_filters() {
    let mut state = loaded();
    press(&mut state, "b \n");
    assert_eq!(state.filters.get(Facet::Brand), ["Peugeot".to_string()]);
    let effects = press(&mut state, "bj \x1b");
    assert!(effects.is_empty());
    assert!(state.overlay.is_none());
    assert_eq!(state.filters.get(Facet::Brand), ["Peugeot".to_string()]);
    // Reopening shows the active value chosen; toggling it off and applying removes it.
    let effects = press(&mut state, "b \n");
    assert!(state.filters.is_empty());
    assert!(last_search(&effects).is_some());
}

#[test]
fn f_filters_for_one_of_the_articles_entities() {
    let mut state = loaded();
    press(&mut state, "f");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("entity picker open")
    };
    let values: Vec<_> = p
        .items
        .iter()
        .map(|i| (i.facet, i.value.as_str()))
        .collect();
    assert_eq!(
        values,
        [
            (Facet::Brand, "Peugeot"),
            (Facet::Brand, "Opel"),
            (Facet::Country, "Russia")
        ]
    );
    let effects = press(&mut state, "russ\n");
    let q = last_search(&effects).expect("searches");
    assert_eq!(q.filters.get(Facet::Country), ["Russia".to_string()]);
    assert!(q.filters.get(Facet::Brand).is_empty());
}

#[test]
fn x_clears_query_and_filters() {
    let mut state = loaded();
    press(&mut state, "/kal\x1bb \n");
    assert!(!state.filters.is_empty());
    let effects = press(&mut state, "x");
    assert!(state.query.is_empty() && state.filters.is_empty());
    let q = last_search(&effects).expect("searches");
    assert!(q.text.is_empty() && q.filters.is_empty());
}

#[test]
fn s_cycles_sort() {
    let mut state = loaded();
    press(&mut state, "/kaluga\n");
    assert_eq!(state.sort, Sort::Relevance);
    let effects = press(&mut state, "s");
    assert_eq!(last_search(&effects).map(|q| q.sort), Some(Sort::Date));
    press(&mut state, "s");
    assert_eq!(state.sort, Sort::Title);
    press(&mut state, "s");
    assert_eq!(state.sort, Sort::Relevance);
}

#[test]
fn without_a_query_every_press_of_s_visibly_changes_the_order() {
    // Was: date → date → title → date → date (relevance is shown as date without a query).
    let mut state = loaded();
    let shown = |state: &State| crate::tui::layout::bar::shown_sort(state);
    let mut seen = vec![shown(&state)];
    for _ in 0..4 {
        let effects = press(&mut state, "s");
        assert_eq!(last_search(&effects).map(|q| q.sort), Some(state.sort));
        seen.push(shown(&state));
    }
    assert_eq!(
        seen,
        [Sort::Date, Sort::Title, Sort::Date, Sort::Title, Sort::Date]
    );
    let bar = draw_text(&state, 120, 40);
    assert!(bar.lines().next().is_some_and(|l| l.contains("sort: date")));
}

#[test]
fn esc_closes_popup_then_leaves_input_then_reader() {
    let mut state = loaded();
    press(&mut state, "\n");
    assert_eq!(state.focus, Focus::Reader);
    press(&mut state, "?");
    assert!(matches!(state.overlay, Some(Overlay::Help { .. })));
    let effects = press(&mut state, "\x1b");
    assert!(state.overlay.is_none() && effects.is_empty());
    assert_eq!(state.focus, Focus::Reader);
    press(&mut state, "\x1b");
    assert_eq!(state.focus, Focus::List);
    press(&mut state, "/q\x1b");
    assert_eq!(state.query, "q", "q types in the input");
    assert_eq!(state.focus, Focus::List);
    assert_eq!(press(&mut state, "q"), vec![Effect::Quit]);
}

#[test]
fn tab_cycles_focus_and_reader_scrolls_past_u16() {
    let mut state = loaded();
    press(&mut state, "\t");
    assert_eq!(state.focus, Focus::Reader);
    press(&mut state, "\t");
    assert_eq!(state.focus, Focus::List);
    // A body of 70,000 lines scrolls to its end with usize offsets.
    let mut long = art("Long", &[], &[]);
    long.body = "line\n".repeat(70_000);
    let library = Library::build(vec![long]).expect("library");
    update(&mut state, Action::Loaded(Arc::new(library), vec![]));
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, results(&[0])));
    }
    press(&mut state, "\n");
    update(&mut state, Action::Bottom);
    assert!(
        state.reader.scroll > 65_535,
        "scroll {}",
        state.reader.scroll
    );
}

#[test]
fn hits_and_mentions_scroll_into_view() {
    let mut state = loaded();
    let mut long = art("Long", &[], &[]);
    long.body = format!(
        "{}Kaluga here\n{}Busan",
        "x\n".repeat(200),
        "y\n".repeat(200)
    );
    let kaluga = long.body.find("Kaluga").expect("in body");
    let busan = long.body.find("Busan").expect("in body");
    long.mentions = vec![crate::entities::Mention {
        field: crate::entities::Field::Body,
        kind: crate::entities::EntityKind::Plant,
        entity: "Busan".into(),
        start: busan,
        end: busan + 5,
    }];
    update(
        &mut state,
        Action::Loaded(Arc::new(Library::build(vec![long]).expect("lib")), vec![]),
    );
    let mut r = (*results(&[0])).clone();
    r.hits[0].highlights = vec![(kaluga, kaluga + 6)];
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, Arc::new(r)));
    }
    press(&mut state, "\nn");
    let (height, _) = state.reader_size();
    let wrapped = state.reader.wrapped.clone().expect("layout cached");
    let line = wrapped.line_of(kaluga);
    assert!(line >= state.reader.scroll && line < state.reader.scroll + height);
    press(&mut state, "]");
    let line = wrapped.line_of(busan);
    assert!(line >= state.reader.scroll && line < state.reader.scroll + height);
}

#[test]
fn clicks_select_rows_and_remove_chips() {
    let mut state = loaded();
    press(&mut state, "b \n");
    let areas = state.areas().expect("fits");
    let list = areas.list.expect("list shown");
    click(&mut state, list.x + 3, list.y + 3);
    assert_eq!(state.selected, 2);
    let bar = crate::tui::layout::bar::layout(&state, areas.filter_bar.width);
    let chip = bar.chips.first().expect("a chip");
    // On `Peugeot ×` (its `Brand ▾` opens the picker).
    let effects = click(&mut state, chip.x + chip.label_width + 1, 0);
    assert!(state.filters.is_empty());
    assert!(last_search(&effects).is_some());
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut state = loaded();
    let mut long = art("Long", &[], &[]);
    long.body = "line\n".repeat(500);
    update(
        &mut state,
        Action::Loaded(
            Arc::new(Library::build(vec![long, art("b", &[], &[])]).expect("lib")),
            vec![],
        ),
    );
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, results(&[0, 1])));
    let areas = state.areas().expect("fits");
    let reader = areas.reader.expect("reader");
    mouse(
        &mut state,
        MouseEventKind::ScrollDown,
        reader.x + 5,
        reader.y + 5,
    );
    assert_eq!(state.reader.scroll, 3);
    assert_eq!(state.focus, Focus::List, "the wheel does not move focus");
    let list = areas.list.expect("list");
    mouse(
        &mut state,
        MouseEventKind::ScrollDown,
        list.x + 5,
        list.y + 2,
    );
    assert_eq!(state.selected, 1);
}

#[test]
fn pickers_narrow_by_alias_in_any_language() {
    let mut state = loaded();
    let mut with_countries = (*state.results).clone();
    with_countries.facets.insert(
        Facet::Country,
        ["Russia", "South Korea", "Kazakhstan"]
            .iter()
            .map(|v| FacetCount {
                value: v.to_string(),
                count: 1,
            })
            .collect(),
    );
    state.results = Arc::new(with_countries);
    press(&mut state, "crusland");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("picker open")
    };
    assert_eq!(p.current().map(|i| i.value.as_str()), Some("Russia"));
    press(&mut state, "\x1b");
    press(&mut state, "cZuid-Kor");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("picker open")
    };
    let visible: Vec<&str> = p
        .visible()
        .iter()
        .map(|&i| p.items[i].value.as_str())
        .collect();
    assert_eq!(visible, ["South Korea"]);
}

#[test]
fn a_stale_jump_is_not_shown_after_the_results_change() {
    let mut state = loaded();
    state.reader.hit = Some(5);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|f| crate::tui::ui::render(f, &state))
        .expect("draw");
    let screen = format!("{:?}", terminal.backend().buffer());
    assert!(!screen.contains("hit 6/"), "stale counter shown");
}

#[test]
fn empty_facet_chips_open_their_picker() {
    let mut state = loaded();
    let areas = state.areas().expect("fits");
    let bar = crate::tui::layout::bar::layout(&state, areas.filter_bar.width);
    let labels: Vec<&str> = bar.chips.iter().map(|c| c.label.trim()).collect();
    assert_eq!(labels, ["Brand ▾", "Country ▾", "Plant ▾"]);
    let plant = bar
        .chips
        .iter()
        .find(|c| c.facet == Facet::Plant)
        .expect("plant chip");
    let effects = click(&mut state, plant.x + 1, 0);
    assert!(effects.is_empty());
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("the plant picker opens")
    };
    assert_eq!(p.facet, Some(Facet::Plant));
}

#[test]
fn the_reader_highlights_its_article_for_the_query_shown() {
    let mut state = loaded();
    let effects = press(&mut state, "/body");
    run_searches_inline(&mut state, effects);
    // The browser's searches come without highlights: the reader works out its own.
    assert!(state.results.hits.iter().all(|h| h.highlights.is_empty()));
    let body = state.selected_article().expect("selected").body.clone();
    let marked: Vec<&str> = state
        .highlights()
        .iter()
        .map(|&(s, e)| &body[s..e])
        .collect();
    assert_eq!(marked, ["body"]);
    // Another query, the same article selected: its highlights follow the query.
    let selected = state.selected_doc();
    let effects = press(&mut state, " text");
    run_searches_inline(&mut state, effects);
    assert_eq!(state.selected_doc(), selected);
    let marked: Vec<&str> = state
        .highlights()
        .iter()
        .map(|&(s, e)| &body[s..e])
        .collect();
    assert_eq!(marked, ["body", "text"]);
    // Moving the selection highlights the next article.
    let effects = press(&mut state, "\nj");
    run_searches_inline(&mut state, effects);
    let body = state.selected_article().expect("selected").body.clone();
    let marked: Vec<&str> = state
        .highlights()
        .iter()
        .map(|&(s, e)| &body[s..e])
        .collect();
    assert_eq!(marked, ["body", "text"]);
}

#[test]
fn picker_narrowing_puts_names_that_start_with_the_text_first() {
    let item = |value: &str, aliases: &[&str]| PickItem {
        facet: Facet::Brand,
        value: value.to_string(),
        count: Some(1),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    };
    let mut picker = Picker {
        title: "Brand".into(),
        facet: Some(Facet::Brand),
        // Most frequent first, as the picker lists them.
        items: vec![
            item("Opel", &[]),
            item("Land Rover", &[]),
            item("Peugeot", &[]),
            item("Alpine", &[]),
            item("Volkswagen", &["vw"]),
        ],
        narrow: "pe".into(),
        cursor: 0,
        chosen: Default::default(),
        pinned: Vec::new(),
        builds: Default::default(),
    };
    let names = |p: &Picker| -> Vec<String> {
        p.visible()
            .iter()
            .map(|&i| p.items[i].value.clone())
            .collect()
    };
    assert_eq!(names(&picker), ["Peugeot", "Opel"]);
    picker.narrow = "ro".into();
    assert_eq!(names(&picker), ["Land Rover"], "a word of the name");
    picker.narrow = "VW".into();
    assert_eq!(names(&picker), ["Volkswagen"], "an alias");
    picker.narrow = "l".into();
    assert_eq!(
        names(&picker),
        ["Land Rover", "Opel", "Alpine", "Volkswagen"],
        "starts, then contains, each in count order"
    );
    picker.narrow.clear();
    assert_eq!(names(&picker).len(), 5, "no text: everything, in order");
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// One key event through the key map (as the loop does, Alt-<char> expansion included).
fn press_event(state: &mut State, event: KeyEvent) -> Vec<Effect> {
    let mut effects = Vec::new();
    for e in crate::tui::expand_key(state, crossterm::event::Event::Key(event)) {
        if let Some(action) = crate::tui::translate(state, &e) {
            effects.extend(update(state, action));
        }
    }
    effects
}

/// A mouse event as the loop handles it: a frame is drawn first (its layout kept, as the loop
/// keeps it), then the event goes through the translator, which hit-tests it against that.
fn mouse(state: &mut State, kind: MouseEventKind, x: u16, y: u16) -> Vec<Effect> {
    let (w, h) = state.size;
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, w, h));
    state.frame = crate::tui::ui::draw(state, buf.area, &mut buf);
    let event = crossterm::event::Event::Mouse(MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    match crate::tui::translate(state, &event) {
        Some(action) => update(state, action),
        None => Vec::new(),
    }
}

/// A left click at (column, row).
fn click(state: &mut State, x: u16, y: u16) -> Vec<Effect> {
    mouse(state, MouseEventKind::Down(MouseButton::Left), x, y)
}

fn picker(state: &State) -> &Picker {
    match &state.overlay {
        Some(Overlay::Picker(p)) => p,
        _ => panic!("a picker is open"),
    }
}

#[test]
fn a_picker_opened_while_loading_fills_in_when_the_data_arrives() {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(120, 40));
    press(&mut state, "bpe");
    assert!(picker(&state).items.is_empty(), "nothing counted yet");
    let library = Library::build(vec![
        art("Kaluga", &["Peugeot", "Opel"], &["Russia"]),
        art("Kazakhstan", &["Peugeot"], &["Kazakhstan"]),
        art("Busan", &["Polestar"], &["South Korea"]),
    ])
    .expect("library");
    update(&mut state, Action::Loaded(Arc::new(library), vec![]));
    update(&mut state, Action::SearchDone(1, results(&[0, 1, 2])));
    let p = picker(&state);
    assert_eq!(p.narrow, "pe", "the typed text is kept");
    assert_eq!(p.items.len(), 3, "values and counts filled in");
    assert_eq!(p.current().map(|i| i.count), Some(Some(2)));
    let screen = draw_text(&state, 120, 40);
    assert!(
        screen.contains("Peugeot"),
        "the picker is drawn with its values"
    );
    let effects = press(&mut state, " \n");
    assert!(state.overlay.is_none());
    let q = last_search(&effects).expect("apply searches");
    assert_eq!(q.filters.get(Facet::Brand), ["Peugeot".to_string()]);
}

fn multi_word_picker() -> State {
    let mut state = loaded();
    let item = |value: &str| PickItem {
        facet: Facet::Country,
        value: value.to_string(),
        count: Some(1),
        aliases: vec![],
    };
    state.overlay = Some(Overlay::Picker(Picker {
        title: "Country".into(),
        facet: Some(Facet::Country),
        items: vec![
            item("South Africa"),
            item("South Korea"),
            item("Korea"),
            item("Poland"),
        ],
        narrow: Default::default(),
        cursor: 0,
        chosen: Default::default(),
        pinned: Vec::new(),
        builds: Default::default(),
    }));
    state
}

#[test]
fn space_types_a_space_inside_a_multi_word_name_and_toggles_otherwise() {
    let mut state = multi_word_picker();
    press(&mut state, "south k");
    assert_eq!(picker(&state).narrow, "south k");
    assert!(
        picker(&state).chosen.is_empty(),
        "nothing ticked while typing"
    );
    assert_eq!(
        picker(&state).current().map(|i| i.value.as_str()),
        Some("South Korea")
    );
    // "south k " matches nothing: Space toggles.
    press(&mut state, " ");
    assert!(
        picker(&state)
            .chosen
            .contains(&(Facet::Country, "South Korea".to_string()))
    );
    // Tab always toggles, even where Space would type.
    let mut state = multi_word_picker();
    press(&mut state, "south\t");
    assert_eq!(picker(&state).narrow, "south");
    assert_eq!(picker(&state).chosen.len(), 1);
    // Empty text: Space toggles; `pol` + Space toggles Poland (PRODUCT's flow).
    let mut state = multi_word_picker();
    press(&mut state, " ");
    assert_eq!(picker(&state).chosen.len(), 1);
    let mut state = multi_word_picker();
    press(&mut state, "pol \n");
    assert_eq!(state.filters.get(Facet::Country), ["Poland".to_string()]);
    // Text no name answers to: there is nothing it chose to toggle, so Space types.
    let mut state = multi_word_picker();
    press(&mut state, "this is");
    assert_eq!(picker(&state).narrow, "this is");
    assert!(picker(&state).chosen.is_empty());
    // The footer says so.
    let footer =
        crate::tui::ui::help::footer(&state.keymap, crate::tui::keymap::Mode::Picker, usize::MAX);
    assert!(footer.contains("Space toggle/space"), "{footer}");
    assert!(footer.contains("Tab toggle"), "{footer}");
}

#[test]
fn clicking_an_active_chips_label_opens_its_picker_and_its_value_removes_it() {
    let mut state = loaded();
    press(&mut state, "b \n");
    assert_eq!(state.filters.get(Facet::Brand), ["Peugeot".to_string()]);
    // A second brand joins the same chip.
    state
        .filters
        .values
        .entry(Facet::Brand)
        .or_default()
        .push("Opel".to_string());
    let areas = state.areas().expect("fits");
    let bar = crate::tui::layout::bar::layout(&state, areas.filter_bar.width);
    let chip = bar.chips.first().expect("a chip").clone();
    assert_eq!(chip.label.trim(), "Brand ▾ Peugeot × Opel ×");
    assert_eq!(
        bar.chips.iter().filter(|c| c.facet == Facet::Brand).count(),
        1
    );
    for dx in 0..chip.label_width {
        state.overlay = None;
        let effects = click(&mut state, chip.x + dx, 0);
        assert!(
            effects.is_empty(),
            "column {dx} of `Brand ▾` does not search"
        );
        assert_eq!(picker(&state).facet, Some(Facet::Brand), "column {dx}");
        assert_eq!(state.filters.get(Facet::Brand).len(), 2);
    }
    state.overlay = None;
    // `Peugeot ×` removes Peugeot only.
    let peugeot = &chip.values[0];
    assert_eq!(peugeot.value, "Peugeot");
    let effects = click(&mut state, peugeot.x + peugeot.width - 1, 0);
    assert_eq!(state.filters.get(Facet::Brand), ["Opel".to_string()]);
    assert!(state.overlay.is_none());
    assert!(last_search(&effects).is_some());
    // The chip closes up: `Brand ▾ Opel ×`, and `Opel ×` removes the last one.
    let bar = crate::tui::layout::bar::layout(&state, areas.filter_bar.width);
    let chip = bar.chips.first().expect("a chip").clone();
    assert_eq!(chip.label.trim(), "Brand ▾ Opel ×");
    let effects = click(&mut state, chip.x + chip.width - 2, 0);
    assert!(state.filters.is_empty());
    assert!(state.overlay.is_none());
    assert!(last_search(&effects).is_some());
}

#[test]
fn q_closes_help_and_diagnostics_but_types_in_a_picker() {
    let mut state = loaded();
    let effects = press(&mut state, "?q");
    assert!(state.overlay.is_none() && !state.quit && effects.is_empty());
    let effects = press(&mut state, "!q");
    assert!(state.overlay.is_none() && !state.quit && effects.is_empty());
    press(&mut state, "bq");
    assert_eq!(picker(&state).narrow, "q");
    press(&mut state, "\x1bq");
    assert!(state.quit, "q still quits from the list");
}

#[test]
fn an_unbound_alt_char_is_esc_then_the_char() {
    let mut state = loaded();
    press(&mut state, "/ab");
    assert_eq!(state.focus, Focus::Input);
    press_event(
        &mut state,
        KeyEvent::new(KeyCode::Char('b'), KeyModifiers::ALT),
    );
    assert_eq!(state.query, "ab", "the b was not typed");
    assert_eq!(state.focus, Focus::List, "Esc left the input");
    assert_eq!(picker(&state).facet, Some(Facet::Brand), "then b opened");
    // In the help: Esc closes it, then `j` moves the list.
    let mut state = loaded();
    press(&mut state, "?");
    press_event(
        &mut state,
        KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT),
    );
    assert!(state.overlay.is_none());
    assert_eq!(state.selected, 1);
}

#[test]
fn the_pickers_text_edits_like_the_search_input() {
    let mut state = loaded();
    press(&mut state, "bpe");
    press_event(&mut state, ctrl('u'));
    press(&mut state, "psa");
    assert_eq!(picker(&state).narrow, "psa");
    press_event(&mut state, ctrl('a'));
    press(&mut state, "x");
    assert_eq!(picker(&state).narrow, "xpsa");
    press_event(&mut state, ctrl('e'));
    press_event(
        &mut state,
        KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
    );
    assert_eq!(picker(&state).narrow, "xps");
    press_event(&mut state, KeyEvent::new(KeyCode::Home, KeyModifiers::NONE));
    press_event(
        &mut state,
        KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE),
    );
    press_event(&mut state, KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
    press(&mut state, "!");
    assert_eq!(picker(&state).narrow, "ps!");
    assert_eq!(picker(&state).narrow.cursor(), 3);
}

fn draw_buffer(state: &State, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| {
            crate::tui::ui::draw(state, f.area(), f.buffer_mut());
        })
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn draw_text(state: &State, w: u16, h: u16) -> String {
    let buf = draw_buffer(state, w, h);
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_pickers_selected_count_is_readable() {
    let mut state = loaded();
    press(&mut state, "b");
    let buf = draw_buffer(&state, 120, 40);
    let text = draw_text(&state, 120, 40);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("[ ] Peugeot"))
        .expect("Peugeot row");
    let x = line.chars().position(|c| c == '2').expect("its count 2") as u16;
    let cell = &buf[(x, y as u16)];
    assert_eq!(cell.bg, state.theme.selection.bg.expect("selection bg"));
    assert_ne!(
        cell.fg, cell.bg,
        "count drawn in the selection's own colour"
    );
}

#[test]
fn the_help_stops_scrolling_at_its_last_line_and_says_where_it_is() {
    let mut state = loaded();
    update(&mut state, Action::Resize(80, 20));
    press(&mut state, "?");
    update(&mut state, Action::Bottom);
    let last_scroll = crate::tui::layout::help::max_scroll(&state.keymap, state.screen());
    let rows = 20 - 2;
    // Every binding, and more rows than that where long descriptions wrap.
    let total = last_scroll + rows;
    assert!(total > state.keymap.bindings.len(), "{total}");
    assert_eq!(
        state.overlay,
        Some(Overlay::Help {
            scroll: last_scroll
        })
    );
    let text = draw_text(&state, 80, 20);
    let title = text.lines().next().expect("title row");
    let position = format!("{}–{total} of {total}", last_scroll + 1);
    assert!(title.contains(&position), "{title}");
    let last = text.lines().nth(18).expect("last row");
    assert!(last.contains("arrives as Alt"), "{last}");
    press(&mut state, "k");
    assert_eq!(
        state.overlay,
        Some(Overlay::Help {
            scroll: last_scroll - 1
        }),
        "one line up from the end"
    );
}

#[test]
fn mentions_and_hits_jump_from_where_the_reader_is() {
    let mut state = loaded();
    let mut long = art("Long", &[], &[]);
    let mut body = String::from("Opel at the top\n");
    for part in ["Kaluga", "Busan", "Kaluga", "Busan", "Kaluga"] {
        body.push_str(&"x\n".repeat(60));
        body.push_str(part);
        body.push('\n');
    }
    long.body = body.clone();
    let at = |needle: &str, nth: usize| {
        body.match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("in body")
    };
    let mention = |start: usize, len: usize| crate::entities::Mention {
        field: crate::entities::Field::Body,
        kind: crate::entities::EntityKind::Plant,
        entity: "X".into(),
        start,
        end: start + len,
    };
    long.mentions = vec![
        mention(at("Opel", 0), 4),
        mention(at("Busan", 0), 5),
        mention(at("Busan", 1), 5),
    ];
    update(
        &mut state,
        Action::Loaded(Arc::new(Library::build(vec![long]).expect("lib")), vec![]),
    );
    let mut r = (*results(&[0])).clone();
    r.hits[0].highlights = (0..3)
        .map(|n| (at("Kaluga", n), at("Kaluga", n) + 6))
        .collect();
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, Arc::new(r)));
    }
    press(&mut state, "\nnn");
    assert_eq!(state.reader.hit, Some(1), "on the second hit");
    press(&mut state, "]");
    assert_eq!(
        state.reader.mention,
        Some(2),
        "the mention after the second hit"
    );
    press(&mut state, "[");
    assert_eq!(state.reader.mention, Some(1), "the one before it");
    press(&mut state, "N");
    assert_eq!(state.reader.hit, Some(0), "the hit before that mention");
    // Scrolled by hand to the top: the next mention is the first one on screen.
    update(&mut state, Action::Top);
    press(&mut state, "]");
    assert_eq!(state.reader.mention, Some(0));
    // Scrolled by hand past everything but the last hit: `n` goes to it, not to hit 2.
    update(&mut state, Action::Bottom);
    press(&mut state, "n");
    assert_eq!(state.reader.hit, Some(2));
}

#[test]
fn a_wide_status_bar_shows_every_picker_and_the_pane_keys() {
    let state = loaded();
    let text = draw_text(&state, 200, 40);
    let status = text.lines().last().expect("status row");
    for hint in [
        "g group",
        "L lang",
        "f filter",
        "Tab next pane",
        "? help",
        "q quit",
    ] {
        assert!(status.contains(hint), "{hint:?} missing from {status:?}");
    }
    let narrow = draw_text(&state, 80, 24);
    let status = narrow.lines().last().expect("status row");
    assert!(status.starts_with(" ? help  q quit  / search"), "{status}");
}

#[test]
fn the_status_bar_counts_files_skipped_and_partly_read() {
    use crate::tui::ui::status_bar::skipped_label;
    let problem = |path: &str, reason: &str| crate::corpus::Diagnostic {
        path: path.into(),
        reason: reason.into(),
    };
    let mut state = State::new(KeyMap::default(), Theme::default());
    assert_eq!(skipped_label(&state), "");
    state.diagnostics = vec![
        problem("a.jsonl", "malformed JSON at line 2"),
        problem("a.jsonl", "malformed JSON at line 5"),
        problem("b.png", "binary file"),
    ];
    assert_eq!(skipped_label(&state), "2 files skipped (!) ");
    state.partly_read.insert("a.jsonl".into());
    assert_eq!(skipped_label(&state), "1 file skipped · 1 partly read (!) ");
    state.diagnostics.pop();
    assert_eq!(skipped_label(&state), "1 file partly read (!) ");
}

#[test]
fn a_cache_note_is_not_a_skipped_file() {
    use crate::tui::ui::status_bar::skipped_label;
    let mut state = State::new(KeyMap::default(), Theme::default());
    let report = crate::cache::Report {
        notes: vec!["the cache was unreadable: rebuilt".into()],
        ..crate::cache::Report::default()
    };
    state.diagnostics = crate::cli::cache::notes_as_diagnostics(Some(&report));
    assert_eq!(skipped_label(&state), "1 note (!) ");
    state.diagnostics.push(crate::corpus::Diagnostic {
        path: "b.png".into(),
        reason: "binary file".into(),
    });
    assert_eq!(skipped_label(&state), "1 file skipped · 1 note (!) ");
}

#[test]
fn a_name_that_is_two_entities_is_one_stop_for_the_mention_jumps() {
    let mut state = loaded();
    let mut article = art("Chery", &[], &[]);
    article.body = "Chery opens a plant in Barcelona.".into();
    let mention = |kind, entity: &str, start: usize, len: usize| crate::entities::Mention {
        field: crate::entities::Field::Body,
        kind,
        entity: entity.into(),
        start,
        end: start + len,
    };
    use crate::entities::EntityKind::{Brand, Group, Plant};
    article.mentions = vec![
        mention(Brand, "Chery", 0, 5),
        mention(Group, "Chery", 0, 5),
        mention(Plant, "Barcelona", 23, 9),
    ];
    update(
        &mut state,
        Action::Loaded(
            Arc::new(Library::build(vec![article]).expect("lib")),
            vec![],
        ),
    );
    {
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, results(&[0])));
    }
    press(&mut state, "\n");
    assert_eq!(state.mention_starts(), [0, 23]);
    press(&mut state, "]");
    assert_eq!(state.reader.mention, Some(0));
    press(&mut state, "]");
    assert_eq!(state.reader.mention, Some(1), "Barcelona, not Chery again");
    assert_eq!(
        state.current_mention(),
        Some((23, 32)),
        "and Barcelona is drawn as current"
    );
    press(&mut state, "]");
    assert_eq!(state.reader.mention, Some(0), "round to the first");
}

/// The filter bar's row as drawn at the state's size.
fn bar_row(state: &State) -> String {
    let (w, h) = state.size;
    draw_text(state, w, h)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

fn key_event(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

const LONG_QUERY: &str = "kaluga peugeot citroen opel fiat stellantis premiers";

#[test]
fn the_search_box_grows_into_free_columns_while_editing() {
    // Was: `/ itroen opel fiat stellantis premiers▏` with ~30 blank columns after it.
    let mut state = loaded();
    press(&mut state, "/");
    press(&mut state, LONG_QUERY);
    let row = bar_row(&state);
    assert!(row.starts_with(&format!("/ {LONG_QUERY}▏")), "{row}");
}

#[test]
fn the_search_box_scrolls_to_keep_the_cursor_in_view_and_marks_hidden_text() {
    let mut state = loaded();
    update(&mut state, Action::Resize(80, 24));
    press(&mut state, "/");
    press(&mut state, LONG_QUERY);
    let row = bar_row(&state);
    assert!(row.starts_with("/ …"), "the hidden start is marked: {row}");
    assert!(row.contains("premiers▏"), "{row}");
    // Home scrolls back: the start shows, the hidden end is marked.
    press_event(&mut state, key_event(KeyCode::Home));
    let row = bar_row(&state);
    assert!(row.starts_with("/ ▏kaluga peugeot"), "{row}");
    let input = &row[..row.find("Brand").unwrap_or(row.len())];
    assert!(input.trim_end().ends_with('…'), "{row}");
    // Typing there is seen where it goes.
    press(&mut state, "-");
    assert_eq!(state.query, format!("-{LONG_QUERY}"));
    assert!(bar_row(&state).starts_with("/ -▏kaluga"));
    // → moves the drawn cursor, always in view, the text around it the query's.
    for _ in 0..state.query.text().chars().count() {
        press_event(&mut state, key_event(KeyCode::Right));
        let row = bar_row(&state);
        let at = row.find('▏').expect("the cursor is drawn");
        let shown_before = row[..at].trim_start_matches("/ ").trim_start_matches('…');
        let typed = &state.query.text()[..state.query.cursor()];
        assert!(typed.ends_with(shown_before), "{row} / {typed}");
    }
    assert_eq!(state.query.cursor(), state.query.text().len());
    assert!(bar_row(&state).contains("premiers▏"));
}

#[test]
fn the_cursor_moves_by_grapheme() {
    let mut state = loaded();
    press(&mut state, "/");
    update(&mut state, Action::Paste("Cite\u{301}".to_string()));
    press_event(&mut state, key_event(KeyCode::Left));
    assert_eq!(state.query.cursor(), 3, "over e and its accent at once");
    press_event(&mut state, key_event(KeyCode::Right));
    assert_eq!(state.query.cursor(), state.query.text().len());
}

/// Opel (counted 0 in the shown results) as an active brand filter.
fn with_opel_active() -> State {
    let mut state = loaded();
    state
        .filters
        .values
        .insert(Facet::Brand, vec!["Opel".to_string()]);
    state
}

#[test]
fn facet_pickers_pin_active_values_ticked_at_the_top() {
    // Was: `[x] Opel` below every value with a higher count.
    let mut state = with_opel_active();
    press(&mut state, "b");
    let p = picker(&state);
    assert_eq!(p.current().map(|i| i.value.as_str()), Some("Opel"));
    assert!(p.chosen.contains(&(Facet::Brand, "Opel".to_string())));
    // Typed text ranks the rest below it, the cursor on the best match.
    press(&mut state, "po");
    let p = picker(&state);
    assert_eq!(p.items[p.visible()[0]].value, "Opel");
    assert_eq!(p.current().map(|i| i.value.as_str()), Some("Polestar"));
    // Unticking it and applying removes the filter.
    press(&mut state, "\x1b");
    press(&mut state, "b\t\n");
    assert!(state.filters.get(Facet::Brand).is_empty());
}

#[test]
fn the_filter_for_value_picker_ticks_active_values_and_unticks_them() {
    // Was: `[ ] Opel  Brand` with Opel active, and toggling + Enter changed nothing.
    let mut state = with_opel_active();
    assert_eq!(
        state.selected_article().map(|a| a.title.as_str()),
        Some("Kaluga")
    );
    press(&mut state, "f");
    let p = picker(&state);
    assert_eq!(p.current().map(|i| i.value.as_str()), Some("Opel"));
    assert!(p.chosen.contains(&(Facet::Brand, "Opel".to_string())));
    let text = draw_text(&state, 120, 40);
    assert!(text.contains("[x] Opel"), "{text}");
    press(&mut state, "\t\n");
    assert!(state.filters.get(Facet::Brand).is_empty(), "Opel removed");
    // Enter without a change still adds the value under the cursor.
    press(&mut state, "f\n");
    assert_eq!(state.filters.get(Facet::Brand), ["Peugeot".to_string()]);
}

#[test]
fn an_unbound_alt_key_of_any_kind_is_esc_then_the_key() {
    // Under tmux a fast Esc then ↓ / Enter / Ctrl-p arrives as Alt-↓ / Alt-Enter / Ctrl-Alt-p.
    let mut state = loaded();
    press(&mut state, "/ab");
    press_event(&mut state, KeyEvent::new(KeyCode::Down, KeyModifiers::ALT));
    assert_eq!(state.focus, Focus::List, "Esc left the input");
    assert_eq!(state.selected, 1, "then ↓ moved the list");
    press(&mut state, "/");
    press_event(&mut state, KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    assert_eq!(
        state.focus,
        Focus::Reader,
        "Esc, then Enter opened the article"
    );
    press(&mut state, "\x1bb");
    press_event(
        &mut state,
        KeyEvent::new(
            KeyCode::Char('p'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ),
    );
    assert!(state.overlay.is_none(), "Esc closed the picker");
    assert_eq!(state.selected, 0, "then Ctrl-p moved up");
}

#[test]
fn capital_g_jumps_to_the_end_and_g_stays_the_group_picker() {
    let mut state = loaded();
    press(&mut state, "G");
    assert_eq!(state.selected, 2);
    press(&mut state, "g");
    assert_eq!(picker(&state).facet, Some(Facet::Group));
}

#[test]
fn the_help_uses_the_width_it_has_and_wraps_instead_of_cutting() {
    // Was: `Space  picker: toggle, or type a space inside a nam…` at 120 columns.
    let mut state = loaded();
    press(&mut state, "?");
    let text = draw_text(&state, 120, 40);
    assert!(!text.contains('…'), "{text}");
    // Ordered by need: searching comes first, the editing keys last.
    assert!(
        text.find("Search").expect("search section") < text.find("Moving").unwrap_or(usize::MAX)
    );
    for word in ["(`south", "k`)"] {
        assert!(text.contains(word), "{word} missing: {text}");
    }
    // The end of the help, scrolled to: the search syntax and the rules of no one key.
    update(&mut state, Action::Resize(120, 40));
    press(&mut state, "G");
    let text = draw_text(&state, 120, 40);
    assert!(!text.contains('…'), "{text}");
    for word in ["Search syntax", "builds:3008", "mouse", "Alt-x", "tmux)"] {
        assert!(text.contains(word), "{word} missing: {text}");
    }
    let bottom = state
        .keymap
        .get(crate::tui::keymap::Command::Bottom)
        .expect("bottom");
    assert!(crate::tui::keymap::KeyMap::keys_label(bottom).contains('G'));
}

#[test]
fn a_long_picker_filter_keeps_its_cursor_in_view() {
    let mut state = multi_word_picker();
    update(&mut state, Action::Resize(120, 40));
    for _ in 0..7 {
        for c in "volkswagen".chars() {
            update(&mut state, Action::Insert(c));
        }
    }
    let row_with_filter = |state: &State| {
        draw_text(state, 120, 40)
            .lines()
            .find(|l| l.contains("filter: "))
            .map(str::to_string)
            .unwrap_or_default()
    };
    let at_end = row_with_filter(&state);
    assert!(at_end.contains("filter: …"), "{at_end}");
    assert!(at_end.contains("volkswagen▏"), "{at_end}");
    update(&mut state, Action::CursorHome);
    let at_start = row_with_filter(&state);
    assert!(at_start.contains("filter: ▏volkswagen"), "{at_start}");
    assert!(at_start.contains("…"), "{at_start}");
}

#[test]
fn a_narrow_popup_drops_whole_footer_hints_instead_of_cutting_words() {
    let keymap = crate::tui::keymap::KeyMap::default();
    let mode = crate::tui::keymap::Mode::Picker;
    let full = crate::tui::ui::help::footer(&keymap, mode, usize::MAX);
    let narrow = crate::tui::ui::help::footer(&keymap, mode, 38);
    assert!(crate::text::width(&narrow) <= 38, "{narrow}");
    assert!(
        full.starts_with(narrow.trim_end()),
        "{narrow} not a start of {full}"
    );
    let mut state = multi_word_picker();
    update(&mut state, Action::Resize(40, 12));
    let frame = draw_text(&state, 40, 12);
    let bottom = frame.lines().rfind(|l| l.contains('└')).unwrap_or("");
    assert!(bottom.contains(narrow.trim()), "{bottom}");
}

#[test]
fn values_keep_the_bar_order_in_the_bar_and_in_the_pickers() {
    let mut state = loaded();
    // Polestar first (the brand picker lists it below Peugeot), then Citroën… added after.
    state
        .filters
        .values
        .insert(Facet::Brand, vec!["Polestar".into()]);
    press(&mut state, "b");
    let first = |state: &State| {
        let p = picker(state);
        p.visible()
            .iter()
            .map(|&i| p.items[i].value.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(first(&state)[0], "Polestar", "pinned first");
    // Tick Peugeot (now the first unpinned row) and apply.
    press(&mut state, "pe\t\n");
    assert_eq!(
        state.filters.get(Facet::Brand),
        ["Polestar".to_string(), "Peugeot".to_string()],
        "the value already on keeps its place; the new one follows"
    );
    press(&mut state, "b");
    assert_eq!(
        first(&state)[..2],
        ["Polestar", "Peugeot"],
        "as the chips show them"
    );
}

#[test]
fn page_down_in_a_picker_moves_by_the_rows_it_shows() {
    // At 120×40 the picker's box is 20 rows, 17 of them items; PgDn moved 34 (height − 6), past
    // a whole page of items nobody saw.
    let mut state = loaded();
    state.overlay = Some(Overlay::Picker(Picker {
        title: "Brand".into(),
        facet: Some(Facet::Brand),
        items: (0..100)
            .map(|i| PickItem {
                facet: Facet::Brand,
                value: format!("value{i:03}"),
                count: Some(1),
                aliases: Vec::new(),
            })
            .collect(),
        narrow: Default::default(),
        cursor: 0,
        chosen: Default::default(),
        pinned: Vec::new(),
        builds: Default::default(),
    }));
    assert_eq!(crate::tui::layout::picker_rows(state.screen()), 17);
    update(&mut state, Action::PageDown);
    assert_eq!(picker(&state).cursor, 16, "one row less than shown");
    let shown = draw_text(&state, 120, 40);
    assert!(
        shown.contains("value000") && shown.contains("value016"),
        "{shown}"
    );
    update(&mut state, Action::PageUp);
    assert_eq!(picker(&state).cursor, 0);
}

#[test]
fn page_down_in_the_help_moves_by_the_rows_it_shows() {
    // At 80×20 the help shows 18 rows; PgDn moved 14 (height − 6).
    let mut state = loaded();
    update(&mut state, Action::Resize(80, 20));
    press(&mut state, "?");
    let visible = crate::tui::layout::help::visible_rows(state.screen());
    assert_eq!(visible, 18);
    update(&mut state, Action::PageDown);
    assert_eq!(state.overlay, Some(Overlay::Help { scroll: 17 }));
}

#[test]
fn the_reader_asks_the_highlighter_once_and_drops_stale_answers() {
    // `State::sync` ran the highlighter over the open article on the UI thread after each
    // search (about 64 MB allocated for a 16 MB article); it is an effect now.
    let mut state = loaded();
    let effects = press(&mut state, "/body");
    let Some(Effect::Search(seq, key)) = effects.last().cloned() else {
        panic!("a search: {effects:?}")
    };
    let library = state.library.clone().expect("loaded");
    let results = Arc::new(library.search(&key));
    let effects = update(&mut state, Action::SearchDone(seq, results));
    let Some(Effect::Highlight(request)) = effects.last().cloned() else {
        panic!("the highlights are asked for: {effects:?}")
    };
    assert!(state.highlights().is_empty(), "not worked out here");
    // Asked once: the next key does not ask again.
    let again = press(&mut state, "\n");
    assert!(!again.iter().any(|e| matches!(e, Effect::Highlight(_))));
    // An answer for other results is dropped; the right one is kept.
    update(
        &mut state,
        Action::Highlighted {
            seq: seq - 1,
            doc: request.doc,
            ranges: vec![(0, 1)],
        },
    );
    assert!(state.highlights().is_empty());
    let ranges = library.hit_highlights(&request.results, request.index);
    assert!(!ranges.is_empty());
    update(
        &mut state,
        Action::Highlighted {
            seq,
            doc: request.doc,
            ranges: ranges.clone(),
        },
    );
    assert_eq!(state.highlights(), ranges.as_slice());
}

/// A loaded browser with these `[keys]` overrides.
fn remapped(pairs: &[(&str, &[&str])]) -> State {
    let overrides = pairs
        .iter()
        .map(|(name, keys)| {
            (
                name.to_string(),
                keys.iter().map(|k| k.to_string()).collect(),
            )
        })
        .collect();
    let mut state = loaded();
    state.keymap = KeyMap::with_overrides(&overrides).expect("valid overrides");
    state
}

#[test]
fn the_bars_prompt_and_the_helps_close_key_follow_remaps() {
    // The bar always drew `/ ` and the help always said "`q` closes", whatever the config.
    let mut state = remapped(&[("search", &["ctrl-f"]), ("close", &["x"])]);
    let row = bar_row(&state);
    assert!(row.starts_with("Ctrl-f search"), "{row}");
    assert!(!row.starts_with('/'), "{row}");
    press_event(&mut state, ctrl('f'));
    assert_eq!(state.focus, Focus::Input);
    press(&mut state, "kaluga");
    assert!(
        bar_row(&state).starts_with("Ctrl-f kaluga▏"),
        "{}",
        bar_row(&state)
    );
    let lines = crate::tui::layout::help::help_lines(&state.keymap);
    let quit = lines
        .iter()
        .filter_map(|l| l.entry())
        .find(|(keys, _)| keys.starts_with("q "))
        .expect("quit listed");
    assert!(quit.1.contains("`x` closes"), "{quit:?}");
    // The defaults read as before.
    let lines = crate::tui::layout::help::help_lines(&KeyMap::default());
    assert!(
        lines
            .iter()
            .filter_map(|l| l.entry())
            .any(|(_, help)| help.contains("`q` closes"))
    );
    assert!(bar_row(&loaded()).starts_with("/ search"));
}

#[test]
fn actions_name_themselves() {
    assert_eq!(Action::OpenPicker(Facet::Brand).name(), "open_picker");
    assert_eq!(Action::SearchDone(1, results(&[])).name(), "search_done");
    assert_eq!(format!("{:?}", Action::HalfPageDown), "half_page_down");
    // Every config name is a command, and back: `[keys]` names come from the enum.
    for name in crate::tui::keymap::action_names() {
        let command: crate::tui::keymap::Command = name.parse().expect("a command");
        assert_eq!(command.name(), name);
        assert!(KeyMap::default().get(command).is_some(), "{name} has a row");
    }
}

#[test]
fn space_in_a_picker_is_two_rows_of_one_command() {
    // Remapping `space` moves both rows: the new key types inside a name and toggles
    // otherwise, as Space did.
    let mut state = remapped(&[("space", &["ctrl-t"])]);
    press(&mut state, "b");
    press_event(&mut state, ctrl('t'));
    assert_eq!(picker(&state).chosen.len(), 1, "toggles: no text typed");
    let map = &state.keymap;
    assert_eq!(map.commands().filter(|b| b.name == "space").count(), 1);
    assert_eq!(map.bindings.iter().filter(|b| b.name == "space").count(), 2);
    assert!(
        map.hints(crate::tui::keymap::Mode::Picker)
            .contains(&("Ctrl-t".to_string(), "toggle/space"))
    );
}
