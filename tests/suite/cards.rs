//! Entity cards, the production table and the map, drawn from the seeds' facts on a test
//! backend at 80×24 and 200×50 (snapshots), plus what their rows link to.

use crate::common;

use plantscope::entities::EntityKind;
use plantscope::facts::summary;
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::theme::Theme;
use plantscope::tui::ui::card::{Card, CardView};
use plantscope::tui::ui::map::{Pin, PlantMap};
use plantscope::tui::ui::production::{self, ProductionTable, SortBy};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn draw(w: u16, h: u16, widget: impl Widget) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| widget.render(f.area(), f.buffer_mut()))
        .expect("draw");
    terminal.backend().to_string()
}

fn card(kind: EntityKind, name: &str) -> Card {
    let seeds = common::seeds();
    let lib = &seeds.library;
    let docs: Vec<usize> = (0..lib.articles().len()).collect();
    Card::build(lib, &docs, kind, name)
}

#[test]
fn a_plant_card_says_what_articles_report_and_what_the_gazetteer_adds() {
    let kaluga = card(EntityKind::Plant, "Kaluga");
    let subjects: Vec<&str> = kaluga.rows.iter().map(|r| &*r.subject).collect();
    for s in [
        "Peugeot Expert",
        "Opel Vivaro",
        "Citroën Jumpy",
        "Fiat Scudo",
        "Peugeot 408",
    ] {
        assert!(subjects.contains(&s), "{subjects:?}");
    }
    assert!(
        kaluga
            .about
            .iter()
            .any(|a| a == "Kaluga, Russia · opened 2010"),
        "{:?}",
        kaluga.about
    );
    // Mitsubishi: the gazetteer says it is built there, no article does.
    assert!(
        kaluga
            .reference
            .contains(&(EntityKind::Brand, "Mitsubishi".into())),
        "{:?}",
        kaluga.reference
    );
    assert_eq!(
        kaluga.links,
        [
            (EntityKind::Country, "Russia".into()),
            (EntityKind::Group, "Stellantis".into())
        ]
    );
    assert_eq!(kaluga.articles.len(), 2);
    let scudo = kaluga
        .rows
        .iter()
        .position(|r| *r.subject == *"Fiat Scudo")
        .expect("Scudo");
    assert_eq!(
        kaluga.link(scudo),
        Some((EntityKind::Model, "Fiat Scudo".into()))
    );
    let seeds = common::seeds();
    for (w, h) in SIZES {
        let theme = Theme::monochrome();
        let keymap = KeyMap::default();
        let view = CardView {
            card: &kaluga,
            library: &seeds.library,
            // Items: the two links, then the facts.
            selected: 2 + scudo,
            offset: 0,
            depth: 0,
            keymap: &keymap,
            theme: &theme,
        };
        insta::assert_snapshot!(format!("plant_card_{w}x{h}"), draw(w, h, view));
    }
}

#[test]
fn a_model_card_says_where_it_is_built() {
    let polestar = card(EntityKind::Model, "Polestar 3");
    let plants: Vec<&str> = polestar.rows.iter().map(|r| &*r.plant).collect();
    assert_eq!(plants, ["Ridgeville", "Volvo Chengdu"]);
    assert_eq!(
        polestar.link(0),
        Some((EntityKind::Plant, "Ridgeville".into()))
    );
    let brand = card(EntityKind::Brand, "Peugeot");
    assert!(
        brand
            .rows
            .iter()
            .any(|r| *r.plant == *"Kostanay" && *r.subject == *"Peugeot 3008")
    );
    let country = card(EntityKind::Country, "Kazakhstan");
    assert!(country.rows.iter().all(|r| *r.plant == *"Kostanay") && !country.rows.is_empty());
    let seeds = common::seeds();
    for (w, h) in SIZES {
        let theme = Theme::monochrome();
        let keymap = KeyMap::default();
        let view = CardView {
            card: &polestar,
            library: &seeds.library,
            selected: polestar.first_fact(),
            offset: 0,
            depth: 0,
            keymap: &keymap,
            theme: &theme,
        };
        insta::assert_snapshot!(format!("model_card_{w}x{h}"), draw(w, h, view));
    }
}

#[test]
fn the_production_table_sorts_and_the_map_marks_plants() {
    let seeds = common::seeds();
    let lib = &seeds.library;
    let mut rows = summary::rows(lib.articles(), 0..lib.articles().len());
    production::sort(&mut rows, SortBy::Articles);
    assert!(rows.windows(2).all(|w| w[0].articles >= w[1].articles));
    production::sort(&mut rows, SortBy::Plant);
    assert!(rows.windows(2).all(|w| w[0].plant <= w[1].plant));
    assert_eq!(SortBy::Newest.next(), SortBy::Plant);
    let country = |plant: &str| {
        let name =
            plantscope::cli::facts::plant_country_in(lib.gazetteer(), plant).unwrap_or_default();
        let g = lib.gazetteer();
        let code = g
            .resolve(Some(EntityKind::Country), &name)
            .first()
            .and_then(|&id| g.entity(id).details.iter().find(|(l, _)| *l == "iso"))
            .map_or_else(String::new, |(_, c)| c.to_uppercase());
        (name, code)
    };
    let pins = vec![
        Pin {
            name: "Kaluga".into(),
            lat: 54.5,
            lon: 36.3,
        },
        Pin {
            name: "Busan".into(),
            lat: 35.1,
            lon: 129.0,
        },
        Pin {
            name: "Ridgeville".into(),
            lat: 33.1,
            lon: -80.3,
        },
    ];
    for (w, h) in SIZES {
        let theme = Theme::monochrome();
        let plants: std::collections::BTreeSet<&str> = rows.iter().map(|r| &*r.plant).collect();
        let table = ProductionTable {
            rows: &rows,
            plants: plants.len(),
            countries: &country,
            selected: 1,
            sort: SortBy::Plant,
            theme: &theme,
        };
        insta::assert_snapshot!(format!("production_table_{w}x{h}"), draw(w, h, table));
        let map = PlantMap {
            pins: &pins,
            selected: Some("Kaluga"),
            unplaced: 3,
            theme: &theme,
        };
        let frame = draw(w, h, map);
        assert!(frame.contains("◆ Kaluga"), "{frame}");
        assert_eq!(frame.matches('•').count(), 2, "{frame}");
        insta::assert_snapshot!(format!("map_{w}x{h}"), frame);
    }
}

#[test]
fn a_country_cards_rows_say_which_plant_builds_which_model() {
    let russia = card(EntityKind::Country, "Russia");
    assert!(russia.rows.len() >= 2, "{:?}", russia.rows.len());
    let seeds = common::seeds();
    let theme = Theme::monochrome();
    let keymap = KeyMap::default();
    let view = CardView {
        card: &russia,
        library: &seeds.library,
        selected: 0,
        offset: 0,
        depth: 0,
        keymap: &keymap,
        theme: &theme,
    };
    let frame = draw(120, 40, view);
    // Two facts at one plant read apart: the plant and what it builds.
    for row in &russia.rows {
        let shown = format!("{} · {}", row.plant, row.subject);
        assert!(frame.contains(&shown), "{shown} not in\n{frame}");
    }
}
