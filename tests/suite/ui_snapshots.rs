//! Whole-frame snapshots of the browser at fixed sizes, from hand-made articles (independent
//! of the search engine): 80×24, 120×40, 200×50, 40×12, wide glyphs, help and a picker.

use crate::common;

use std::collections::BTreeMap;
use std::sync::Arc;

use plantscope::Article;
use plantscope::article::EntitySet;
use plantscope::entities::{EntityKind, Mention};
use plantscope::search::{Facet, FacetCount, Hit, Library, Results};
use plantscope::tui::action::Action;
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::state::State;
use plantscope::tui::theme::Theme;
use plantscope::tui::ui;
use plantscope::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn mention(body: &str, kind: EntityKind, entity: &str, text: &str) -> Mention {
    let start = body.find(text).expect("mention text in body");
    Mention {
        field: plantscope::entities::Field::Body,
        kind,
        entity: entity.into(),
        start,
        end: start + text.len(),
    }
}

fn article(id: &str, path: &str, lang: &str, title: &str, body: &str, brands: &[&str]) -> Article {
    Article {
        id: id.into(),
        path: path.into(),
        title: title.into(),
        body: body.into(),
        lang: lang.into(),
        words: body.split_whitespace().count(),
        entities: EntitySet::default().with(EntityKind::Brand, brands.iter().copied()),
        ..Article::default()
    }
}

fn corpus() -> Vec<Article> {
    let kaluga_body = "En décembre 2021, l'usine Stellantis de Kalouga assemblait les premiers fourgons utilitaires Peugeot Expert, Opel Vivaro, Citroën Jumpy pour des livraisons à l'export.\n\nLe volume de production des marques Peugeot, Citroën et Opel à l'usine PSMA Rus a doublé en 2021 par rapport à 2020.";
    let mut kaluga = article(
        "8311333597d3a747",
        "seeds/000_8311333597d3a747.txt",
        "fr",
        "Stellantis Kaluga assemble les premiers fourgons pour l'export",
        kaluga_body,
        &["Citroën", "Opel", "Peugeot"],
    );
    kaluga
        .entities
        .set(EntityKind::Group, vec!["Stellantis".into()]);
    kaluga
        .entities
        .set(EntityKind::Country, vec!["Russia".into()]);
    kaluga
        .entities
        .set(EntityKind::Plant, vec!["Kaluga".into()]);
    kaluga.mentions = vec![
        mention(kaluga_body, EntityKind::Group, "Stellantis", "Stellantis"),
        mention(kaluga_body, EntityKind::Plant, "Kaluga", "Kalouga"),
        mention(kaluga_body, EntityKind::Brand, "Peugeot", "Peugeot"),
    ];
    let psa_body = "De inkt van de handtekeningen onder het contract is nog maar net droog. Een vijfde model, de 408, komt van Peugeots Kaluga-fabriek in Rusland.";
    let mut psa = article(
        "0a06343e63b4a1ba",
        "seeds/001_0a06343e63b4a1ba.txt",
        "nl",
        "PSA gaat auto's bouwen in Kazachstan",
        psa_body,
        &["Lada", "Peugeot"],
    );
    psa.date = "2013-05-14".parse().ok();
    psa.mentions = vec![mention(psa_body, EntityKind::Plant, "Kaluga", "Kaluga")];
    let busan_body = "L'installation industrielle de Renault Korea Motors, sise à Busan, se prépare à initier la production de la Polestar 4.";
    let mut busan = article(
        "f970cb47d538b08d",
        "seeds/004_f970cb47d538b08d.txt",
        "fr",
        "Découvrons la nouvelle voiture Polestar 4",
        busan_body,
        &["Polestar", "Renault"],
    );
    busan.date = "2023-11-09".parse().ok();
    busan.mentions = vec![
        mention(busan_body, EntityKind::Plant, "Busan", "Busan"),
        mention(busan_body, EntityKind::Brand, "Polestar", "Polestar"),
    ];
    vec![kaluga, psa, busan]
}

fn wide_corpus() -> Vec<Article> {
    vec![
        article(
            "c1",
            "cjk/日本語.txt",
            "ja",
            "トヨタ自動車が新工場を建設へ 上海 北京 广州 深圳 成都 武汉",
            "トヨタ自動車は中国に新しい工場を建設すると発表した。",
            &["トヨタ", "レクサス"],
        ),
        article(
            "e1",
            "emoji.txt",
            "en",
            "Family 👨‍👩‍👧‍👦 flag 🇫🇷 heart ❤️ and more 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦🇰🇷🇰🇷🇰🇷",
            "Emoji 👨‍👩‍👧‍👦 in the body 🇫🇷 ❤️.",
            &["Ford"],
        ),
        article(
            "m1",
            "combining.txt",
            "fr",
            "Citroe\u{301}n et Sko\u{30c}da: combining marks e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
            "Citroe\u{301}n.",
            &["Citroën", "Škoda"],
        ),
    ]
}

/// A loaded state with hand-made results (every article, facet counts, hits in the 1st).
fn state_with(articles: Vec<Article>, size: (u16, u16)) -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    let n = articles.len();
    let kaluga = articles[0].body.find("Kalouga");
    let library = Arc::new(Library::build(articles).expect("library"));
    update(&mut state, Action::Resize(size.0, size.1));
    update(
        &mut state,
        Action::Loaded(
            library,
            vec![plantscope::corpus::Diagnostic {
                path: "corpus/broken.bin".into(),
                reason: "binary file".into(),
            }],
        ),
    );
    let mut facets = BTreeMap::new();
    facets.insert(
        Facet::Brand,
        vec![
            FacetCount {
                value: "Peugeot".into(),
                count: 2,
            },
            FacetCount {
                value: "Citroën".into(),
                count: 1,
            },
            FacetCount {
                value: "Polestar".into(),
                count: 1,
            },
        ],
    );
    let hits = (0..n)
        .map(|doc| Hit {
            doc,
            score: 1.0,
            snippet: String::new(),
            highlights: match (doc, kaluga) {
                (0, Some(at)) => vec![(at, at + "Kalouga".len())],
                _ => Vec::new(),
            },
        })
        .collect();
    let results = Results {
        total: n,
        hits,
        facets,
        hints: Vec::new(),
        ..Results::default()
    };
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, Arc::new(results)));
    state
}

#[test]
fn frame_80x24() {
    insta::assert_snapshot!(common::frame(&state_with(corpus(), (80, 24))));
}

#[test]
fn frame_120x40_with_filter_and_reader() {
    let mut state = state_with(corpus(), (120, 40));
    state
        .filters
        .values
        .insert(Facet::Brand, vec!["Peugeot".into()]);
    state
        .filters
        .values
        .insert(Facet::Country, vec!["Russia".into()]);
    state.query = "kalou".into();
    update(&mut state, Action::Open);
    insta::assert_snapshot!(common::frame(&state));
}

/// Two brands share one chip; what is left of 80 columns goes to the next facet or `+N`.
#[test]
fn frame_80x24_grouped_chips() {
    let mut state = state_with(corpus(), (80, 24));
    state
        .filters
        .values
        .insert(Facet::Brand, vec!["Peugeot".into(), "Opel".into()]);
    state
        .filters
        .values
        .insert(Facet::Country, vec!["Russia".into()]);
    insta::assert_snapshot!(common::frame(&state));
}

#[test]
fn frame_200x50() {
    insta::assert_snapshot!(common::frame(&state_with(corpus(), (200, 50))));
}

#[test]
fn frame_40x12_single_pane() {
    insta::assert_snapshot!(common::frame(&state_with(corpus(), (40, 12))));
}

#[test]
fn frame_too_small() {
    insta::assert_snapshot!(common::frame(&state_with(corpus(), (39, 11))));
}

#[test]
fn frame_wide_glyphs_keep_borders() {
    for size in [(120, 30), (80, 24)] {
        let state = state_with(wide_corpus(), size);
        let text = common::frame(&state);
        // Every row keeps its width: nothing spills past the borders.
        let (w, _) = size;
        let mut terminal = Terminal::new(TestBackend::new(w, size.1)).expect("terminal");
        terminal.draw(|f| ui::render(f, &state)).expect("draw");
        let buf = terminal.backend().buffer();
        for y in 1..size.1 - 1 {
            let right = buf[(w - 1, y)].symbol();
            assert!(
                right == "│" || right == "┐" || right == "┘",
                "row {y} right edge {right:?}"
            );
        }
        insta::assert_snapshot!(format!("wide_{}x{}", size.0, size.1), text);
    }
}

/// Soft hyphens, Arabic and Hebrew, VS16 and a title that tried U+202E (stripped by the
/// sanitiser, as the corpus reader does): borders intact, the list in logical order.
#[test]
fn frame_soft_hyphens_and_rtl_titles() {
    let clean = plantscope::text::sanitize_line;
    let corpus = vec![
        article(
            "s1",
            "soft.txt",
            "de",
            &clean(
                "Elek\u{ad}tro\u{ad}au\u{ad}to\u{ad}fa\u{ad}brik in Zwi\u{ad}ckau er\u{ad}öff\u{ad}net",
            ),
            &clean(
                "Die Elek\u{ad}tro\u{ad}au\u{ad}to\u{ad}fa\u{ad}brik in Zwickau läuft.\nZweite Zeile ❤\u{fe0f}.",
            ),
            &["Volkswagen"],
        ),
        article(
            "a1",
            "arabic.txt",
            "ar",
            &clean("مصنع رينو في طنجة ينتج سيارات داسيا للتصدير"),
            &clean("ينتج مصنع رينو في طنجة سيارات داسيا."),
            &["Renault", "Dacia"],
        ),
        article(
            "h1",
            "hebrew.txt",
            "he",
            &clean("מפעל יונדאי בקוריאה מייצר מכוניות חשמליות"),
            &clean("המפעל בבוסאן מייצר מכוניות."),
            &["Hyundai"],
        ),
        article(
            "r1",
            "rlo.txt",
            "en",
            &clean("Invoice \u{202e}fdp.exe\u{202c} Renault \u{2067}Flins\u{2069}"),
            &clean("Body \u{202e}reversed\u{202c} text."),
            &["Renault"],
        ),
    ];
    for size in [(80, 24), (120, 30)] {
        let state = state_with(corpus.clone(), size);
        let (w, h) = size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal.draw(|f| ui::render(f, &state)).expect("draw");
        let buf = terminal.backend().buffer();
        for y in 1..h - 1 {
            let right = buf[(w - 1, y)].symbol();
            assert!(
                right == "│" || right == "┐" || right == "┘",
                "row {y} right edge {right:?}"
            );
        }
        let text = common::frame(&state);
        assert!(text.contains("Invoice fdp.exe Renault Flins"), "{text}");
        insta::assert_snapshot!(format!("soft_rtl_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn frame_help_overlay() {
    let mut state = state_with(corpus(), (120, 40));
    update(&mut state, Action::Help);
    insta::assert_snapshot!(common::frame(&state));
}

#[test]
fn frame_copy_menu_80x24() {
    let mut state = state_with(corpus(), (80, 24));
    update(&mut state, Action::Open);
    update(&mut state, Action::CopyMenu);
    insta::assert_snapshot!(common::frame(&state));
}

#[test]
fn frame_save_search_prompt_and_saved_searches_80x24() {
    let mut state = state_with(corpus(), (80, 24));
    update(&mut state, Action::FocusInput);
    for c in "kaluga".chars() {
        update(&mut state, Action::Insert(c));
    }
    update(&mut state, Action::Submit);
    update(&mut state, Action::PromptSaveSearch);
    for c in "vans in Russia".chars() {
        update(&mut state, Action::Insert(c));
    }
    insta::assert_snapshot!("save_prompt_80x24", common::frame(&state));
    update(&mut state, Action::Submit);
    update(&mut state, Action::OpenSavedSearches);
    insta::assert_snapshot!("saved_searches_80x24", common::frame(&state));
}

#[test]
fn frame_zoomed_reader_200x50() {
    let mut state = state_with(corpus(), (200, 50));
    update(&mut state, Action::Open);
    update(&mut state, Action::Zoom);
    insta::assert_snapshot!(common::frame(&state));
}

#[test]
fn frame_brand_picker_narrowed() {
    let mut state = state_with(corpus(), (80, 24));
    update(&mut state, Action::OpenPicker(Facet::Brand));
    update(&mut state, Action::Insert('p'));
    update(&mut state, Action::Toggle);
    insta::assert_snapshot!(common::frame(&state));
}

#[test]
fn resize_storm_never_panics() {
    let mut state = state_with(corpus(), (80, 24));
    for i in 0..1000u32 {
        let w = (i * 37 % 230) as u16;
        let h = (i * 13 % 70) as u16;
        update(&mut state, Action::Resize(w, h));
        if i % 10 == 0 {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| ui::render(f, &state)).expect("draw");
        }
    }
    for (w, h) in [(0, 0), (1, 1), (2, 1), (40, 12)] {
        update(&mut state, Action::Resize(w, h));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal.draw(|f| ui::render(f, &state)).expect("draw");
    }
}

#[test]
fn help_overlay_lists_every_binding_of_the_keymap() {
    // Tall enough for the whole help without scrolling.
    let mut state = state_with(corpus(), (120, 70));
    update(&mut state, Action::Help);
    let screen = common::frame(&state);
    for binding in &state.keymap.bindings {
        let keys = KeyMap::keys_label(binding);
        assert!(screen.contains(&keys), "keys {keys:?} missing from help");
        let start: String = binding.help.chars().take(20).collect();
        assert!(screen.contains(&start), "help {start:?} missing");
    }
}

#[test]
fn list_of_100k_articles_is_virtualised() {
    let articles: Vec<Article> = (0..100_000)
        .map(|i| {
            article(
                &format!("{i}"),
                "a.txt",
                "en",
                &format!("Article number {i}"),
                "body",
                &["Peugeot"],
            )
        })
        .collect();
    let mut state = state_with(articles, (120, 40));
    update(&mut state, Action::Bottom);
    assert_eq!(state.selected, 99_999);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let start = std::time::Instant::now();
    for _ in 0..20 {
        update(&mut state, Action::Up);
        terminal.draw(|f| ui::render(f, &state)).expect("draw");
    }
    let per_frame = start.elapsed() / 20;
    assert!(
        per_frame < std::time::Duration::from_millis(50),
        "{per_frame:?} per frame"
    );
    assert!(
        terminal
            .backend()
            .to_string()
            .contains("Article number 99979")
    );
}

#[test]
fn no_color_theme_uses_no_colours() {
    let mut state = state_with(corpus(), (120, 40));
    state.theme = Theme::monochrome();
    update(&mut state, Action::Open);
    update(&mut state, Action::NextMention);
    update(&mut state, Action::OpenPicker(Facet::Brand));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal.draw(|f| ui::render(f, &state)).expect("draw");
    for cell in terminal.backend().buffer().content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "{cell:?}");
    }
}

#[test]
fn reader_shows_the_jump_position() {
    let mut state = state_with(corpus(), (120, 40));
    update(&mut state, Action::Open);
    update(&mut state, Action::NextHit);
    // The next mention after the hit (on `Kalouga`, mention 2): `Peugeot`.
    update(&mut state, Action::NextMention);
    let screen = common::frame(&state);
    assert!(screen.contains("hit 1/1 · entity 3/3"), "{screen}");
}

#[test]
fn parser_hints_show_under_the_input() {
    let mut state = state_with(corpus(), (80, 24));
    let mut results = (*state.results).clone();
    results.hints = vec!["unclosed quote: read as a phrase to the end".into()];
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, Arc::new(results)));
    let screen = common::frame(&state);
    let second_row = screen.lines().nth(1).unwrap_or_default();
    assert!(second_row.contains("⚠ unclosed quote"), "{screen}");
}

#[test]
fn frame_loading_shows_progress() {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(80, 24));
    update(
        &mut state,
        Action::Progress(plantscope::load::LoadProgress {
            stage: plantscope::load::Stage::Reading,
            done: 120,
            total: 300,
            bytes_done: 12 * 1_048_576,
            bytes_total: 40 * 1_048_576,
        }),
    );
    let screen = common::frame(&state);
    assert!(
        screen.contains("reading 120/300 files · 12.0/40.0 MiB"),
        "{screen}"
    );
    for (stage, label) in [
        (
            plantscope::load::Stage::Extracting,
            "finding entities 10/80 articles",
        ),
        (plantscope::load::Stage::Indexing, "indexing 10/80 articles"),
    ] {
        update(
            &mut state,
            Action::Progress(plantscope::load::LoadProgress {
                stage,
                done: 10,
                total: 80,
                bytes_done: 0,
                bytes_total: 0,
            }),
        );
        let screen = common::frame(&state);
        assert!(screen.contains(label), "{screen}");
    }
    assert!(screen.contains("loading…"));
    insta::assert_snapshot!(screen);
}

/// The diagnostics popup at 80 and 200 columns, with the paths and reasons of a real folder:
/// the shared folder shown once, no file name cut, every reason wrapped in full.
#[test]
fn frame_diagnostics_popup() {
    for size in [(80, 24), (200, 50)] {
        let mut state = state_with(corpus(), size);
        let dir = "/work/main/tests/fixtures/";
        state.diagnostics = [
            ("bad/binary.txt", "binary file"),
            (
                "bad/broken.jsonl",
                "malformed JSON at line 3: EOF while parsing a value (column 33)",
            ),
            (
                "bad/broken.jsonl",
                "malformed JSON at line 7: expected value at line 1 column 1 (and the rest of the line was not read either)",
            ),
            ("bad/empty.txt", "empty file"),
            (
                "corpus/a/very/deeply/nested/folder/with/a-rather-long-file-name-for-a-news-article.html",
                "too large: 20 MB (the limit is 16 MB; raise it with --max-file-size)",
            ),
        ]
        .iter()
        .map(|(p, r)| plantscope::corpus::Diagnostic {
            path: format!("{dir}{p}"),
            reason: (*r).into(),
        })
        .collect();
        update(&mut state, Action::Diagnostics);
        let text = common::frame(&state);
        for needle in [
            "/work/main/tests/fixtures/",
            "bad/broken.jsonl",
            "a-rather-long-file-name-for-a-news",
            "-article.html",
            "(column 33)",
            "--max-file-size)",
            "5 problems in 4 files",
            "4 files skipped (!)",
        ] {
            assert!(text.contains(needle), "{needle}\n{text}");
        }
        insta::assert_snapshot!(format!("diagnostics_{}x{}", size.0, size.1), text);
    }
}
