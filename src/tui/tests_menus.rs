//! Pure tests of the menus and prompts (issue 14): the copy menu, saving and recalling a
//! search, tags from the browser, the model picker, zoom and resize, the reading width, and
//! what the list says before the first answer.

use super::tests::{last_search, loaded, press};
use crate::search::{Facet, Sort};
use crate::state::Change;
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::Mode;
use crate::tui::state::{Focus, Overlay};
use crate::tui::ui::status_bar;
use crate::tui::update::update;

fn persisted(effects: &[Effect]) -> Vec<&Change> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Persist(change) => Some(change),
            _ => None,
        })
        .collect()
}

#[test]
fn y_opens_the_copy_menu_and_a_letter_copies() {
    let mut state = loaded();
    press(&mut state, "y");
    assert_eq!(state.mode(), Mode::Menu);
    // The test articles have no URL and no path: `yy` says so rather than copy nothing.
    let effects = press(&mut state, "y");
    assert!(state.overlay.is_none());
    assert!(effects.is_empty());
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("nothing to copy: the article has no path")
    );
    let effects = press(&mut state, "yt");
    assert_eq!(effects, [Effect::Copy("Kaluga".into())]);
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("copied the title")
    );
    state.roots = vec!["/news".into()];
    let path = "/news/ru/kaluga.md".to_string();
    let doc = state.selected_doc().expect("selected");
    let mut articles = state.articles().to_vec();
    articles[doc].path = path;
    let library = crate::search::Library::build(articles).expect("library");
    update(
        &mut state,
        Action::Loaded(std::sync::Arc::new(library), vec![]),
    );
    let effects = press(&mut state, "yp");
    assert_eq!(effects, [Effect::Copy("ru/kaluga.md".into())]);
    let effects = press(&mut state, "ym");
    assert_eq!(effects, [Effect::Copy("[Kaluga](<ru/kaluga.md>)".into())]);
    // A letter the menu does not have says so and leaves the menu open.
    let effects = press(&mut state, "yq");
    assert!(effects.is_empty());
    assert_eq!(
        state.mode(),
        Mode::Menu,
        "q types in a menu, it does not quit"
    );
    assert!(!state.quit);
    press(&mut state, "\x1b");
    assert!(state.overlay.is_none());
}

#[test]
fn the_copy_menu_copies_the_sentence_the_reader_is_on() {
    let mut state = loaded();
    let article = crate::Article {
        id: "s".into(),
        title: "Sentences".into(),
        body: "Kaluga builds vans. The plant opened in 2007. Nothing else.".into(),
        lang: "en".into(),
        ..crate::Article::default()
    };
    let library = crate::search::Library::build(vec![article]).expect("library");
    update(
        &mut state,
        Action::Loaded(std::sync::Arc::new(library), vec![]),
    );
    let done = crate::search::Results {
        hits: vec![crate::search::Hit {
            doc: 0,
            score: 1.0,
            snippet: String::new(),
            highlights: Vec::new(),
        }],
        total: 1,
        ..crate::search::Results::default()
    };
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, std::sync::Arc::new(done)),
    );
    press(&mut state, "\n");
    assert_eq!(state.focus, Focus::Reader);
    // No jump yet: the first sentence shown.
    let effects = press(&mut state, "ys");
    assert_eq!(effects, [Effect::Copy("Kaluga builds vans.".into())]);
    // After a jump, the sentence of the place jumped to.
    state.reader.anchor = Some(22);
    let effects = press(&mut state, "ys");
    assert_eq!(effects, [Effect::Copy("The plant opened in 2007.".into())]);
}

#[test]
fn s_saves_the_search_under_a_name_and_quote_recalls_it() {
    let mut state = loaded();
    press(&mut state, "/kaluga\n");
    press(&mut state, "bpeugeot\n");
    press(&mut state, "s");
    let sort = state.sort;
    press(&mut state, "S");
    assert!(matches!(state.overlay, Some(Overlay::Prompt(_))));
    assert_eq!(state.mode(), Mode::Input);
    // Typing in the prompt does not search, and `j`/`q` are letters of the name.
    let effects = press(&mut state, "vans jq");
    assert!(last_search(&effects).is_none());
    let effects = press(&mut state, "\n");
    let changes = persisted(&effects);
    let [Change::Save(name, saved)] = changes.as_slice() else {
        panic!("one save: {changes:?}")
    };
    assert_eq!(name, "vans jq");
    assert_eq!(saved.query, "kaluga");
    assert_eq!(saved.filters["brand"], ["Peugeot".to_string()]);
    assert!(state.user.saved.contains_key("vans jq"));
    // Clear everything, then recall it from the menu by its number.
    press(&mut state, "x");
    assert!(state.query.is_empty() && state.filters.is_empty());
    press(&mut state, "'");
    assert_eq!(state.mode(), Mode::Menu);
    let effects = press(&mut state, "1");
    assert!(state.overlay.is_none());
    assert_eq!(state.query, "kaluga");
    assert_eq!(state.sort, sort);
    let q = last_search(&effects).expect("recalling searches");
    assert_eq!(q.filters.get(Facet::Brand), ["Peugeot".to_string()]);
    // Enter takes the highlighted one too.
    press(&mut state, "x'");
    let effects = press(&mut state, "\n");
    assert!(last_search(&effects).is_some());
    assert_eq!(state.query, "kaluga");
}

#[test]
fn saving_without_a_name_saves_nothing_and_no_saved_searches_says_how() {
    let mut state = loaded();
    let effects = press(&mut state, "S  \n");
    assert!(persisted(&effects).is_empty());
    assert_eq!(
        status_bar::note(&state).as_deref(),
        Some("not saved: a saved search needs a name")
    );
    press(&mut state, "'");
    let Some(Overlay::Menu(menu)) = &state.overlay else {
        panic!("the saved searches")
    };
    assert!(menu.items.is_empty());
    assert!(menu.empty.contains("`S` saves"), "{}", menu.empty);
    assert_eq!(state.sort, Sort::Relevance);
}

#[test]
fn t_tags_the_article_and_minus_removes_the_tag() {
    let mut state = loaded();
    let effects = press(&mut state, "tElectric Vans\n");
    let changes = persisted(&effects);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let marks = state.user.marks("Kaluga").expect("marked");
    assert!(marks.tags.contains("electric-vans"), "{marks:?}");
    // The prompt shows the tags it has.
    press(&mut state, "t");
    let Some(Overlay::Prompt(prompt)) = &state.overlay else {
        panic!("the tag prompt")
    };
    assert_eq!(prompt.note, "tags: electric-vans");
    press(&mut state, "-electric vans\n");
    assert!(state.user.marks("Kaluga").is_none(), "no mark left");
}

#[test]
fn m_opens_the_model_picker() {
    let mut state = loaded();
    press(&mut state, "m");
    let Some(Overlay::Picker(p)) = &state.overlay else {
        panic!("a picker")
    };
    assert_eq!(p.facet, Some(Facet::Model));
}

#[test]
fn z_zooms_the_focused_pane_and_angle_brackets_resize_the_list() {
    let mut state = loaded();
    let shared = state.areas().expect("fits");
    assert!(shared.list.is_some() && shared.reader.is_some());
    press(&mut state, "z");
    let zoomed = state.areas().expect("fits");
    assert!(zoomed.reader.is_none());
    assert_eq!(zoomed.list.map(|r| r.width), Some(120));
    press(&mut state, "\n");
    let reading = state.areas().expect("fits");
    assert!(
        reading.list.is_none() && reading.reader.is_some(),
        "the reader has it all"
    );
    press(&mut state, "z");
    let before = state.areas().and_then(|a| a.list).map(|r| r.width);
    press(&mut state, ">>");
    let after = state.areas().and_then(|a| a.list).map(|r| r.width);
    assert!(after > before, "{before:?} → {after:?}");
    press(&mut state, "<<<<");
    let smaller = state.areas().and_then(|a| a.list).map(|r| r.width);
    assert!(smaller < before, "{before:?} → {smaller:?}");
}

#[test]
fn the_reader_wraps_at_its_reading_width() {
    let mut state = loaded();
    update(&mut state, Action::Resize(240, 40));
    assert_eq!(
        state.reader_size().1,
        crate::tui::layout::DEFAULT_READER_WIDTH
    );
    state.panes.reader_width = 0;
    assert!(state.reader_size().1 > crate::tui::layout::DEFAULT_READER_WIDTH);
    state.panes.reader_width = 60;
    assert_eq!(state.reader_size().1, 60);
}

#[test]
fn the_list_says_searching_until_the_first_answer_not_that_nothing_matches() {
    // Issue 15: after a long load the list said "no articles match" until the first search
    // came back.
    let mut state = crate::tui::state::State::new(
        crate::tui::keymap::KeyMap::default(),
        crate::tui::theme::Theme::default(),
    );
    update(&mut state, Action::Resize(80, 24));
    let library = crate::search::Library::build(vec![crate::Article {
        id: "a".into(),
        title: "Kaluga".into(),
        body: "Kaluga body".into(),
        lang: "en".into(),
        ..crate::Article::default()
    }])
    .expect("library");
    update(
        &mut state,
        Action::Loaded(std::sync::Arc::new(library), vec![]),
    );
    let frame = draw(&state);
    assert!(frame.contains("searching…"), "{frame}");
    assert!(!frame.contains("no articles match"), "{frame}");
    // The answer, empty: now it is true that nothing matches.
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, std::sync::Arc::new(crate::search::Results::default())),
    );
    assert!(draw(&state).contains("no articles match"));
}

fn draw(state: &crate::tui::state::State) -> String {
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 80, 24));
    crate::tui::ui::draw(state, buf.area, &mut buf);
    (0..24)
        .map(|y| (0..80).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn copies_fold_into_one_row_and_d_shows_them() {
    let mut state = loaded();
    let copy = |title: &str| crate::Article {
        id: title.into(),
        title: title.into(),
        body: "Kaluga restarts production.".into(),
        words: 3,
        lang: "en".into(),
        ..crate::Article::default()
    };
    let mut articles = vec![copy("Kaluga restarts"), copy("Busan")];
    for i in 0..3 {
        let mut again = copy("Kaluga restarts");
        again.id = format!("copy-{i}");
        articles.push(again);
    }
    let library = crate::search::Library::build(articles).expect("library");
    update(
        &mut state,
        Action::Loaded(std::sync::Arc::new(library), vec![]),
    );
    let all = crate::search::Results {
        total: 5,
        hits: (0..5)
            .map(|doc| crate::search::Hit {
                doc,
                score: 1.0,
                snippet: String::new(),
                highlights: Vec::new(),
            })
            .collect(),
        ..crate::search::Results::default()
    };
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, std::sync::Arc::new(all.clone())),
    );
    assert_eq!(state.results.hits.len(), 2);
    assert_eq!(state.copies, [3, 0]);
    let frame = draw(&state);
    assert!(frame.contains("×4 Kaluga restarts"), "{frame}");
    assert!(frame.contains("3 copies folded: D shows them"), "{frame}");
    // `D`: every copy, after the search it asks for.
    let effects = press(&mut state, "D");
    assert!(last_search(&effects).is_some());
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, std::sync::Arc::new(all)),
    );
    assert_eq!(state.results.hits.len(), 5);
    assert!(!draw(&state).contains('×'));
}
