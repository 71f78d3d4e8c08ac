//! Pure tests of the bar's layout: what fits at 40, 80 and 120 columns, and where clicks land.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{BarLayout, Hit, layout};
use crate::Article;
use crate::search::{Facet, Library, Results};
use crate::text;
use crate::tui::keymap::KeyMap;
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;
use crate::tui::ui::filter_bar::FilterBar;

/// A state with a three-article library ("1 of 3") and these filters.
fn with(filters: &[(Facet, &str)]) -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    let library = Library::build(vec![
        Article {
            id: "a".into(),
            ..Article::default()
        },
        Article {
            id: "b".into(),
            ..Article::default()
        },
        Article {
            id: "c".into(),
            ..Article::default()
        },
    ])
    .expect("library");
    state.library = Some(Arc::new(library));
    state.results = Arc::new(Results {
        total: 1,
        ..Results::default()
    });
    for (facet, value) in filters {
        state
            .filters
            .values
            .entry(*facet)
            .or_default()
            .push(value.to_string());
    }
    state
}

/// The bar as the terminal shows it (a wide glyph once).
fn line(state: &State, width: u16) -> String {
    let area = Rect::new(0, 0, width, 1);
    let mut buf = Buffer::empty(area);
    FilterBar(state, &layout(state, width)).render(area, &mut buf);
    let mut out = String::new();
    let mut x = 0;
    while x < width {
        let symbol = buf[(x, 0)].symbol();
        out.push_str(symbol);
        x += text::width(symbol).max(1) as u16;
    }
    out
}

fn trimmed_labels(bar: &BarLayout) -> Vec<&str> {
    bar.chips.iter().map(|c| c.label.trim()).collect()
}

#[test]
fn no_filters_keep_the_three_empty_facets_as_before() {
    let state = with(&[]);
    assert_eq!(
        line(&state, 80),
        "/ search          Brand ▾   Country ▾   Plant ▾              sort: date  1 of 3 "
    );
}

#[test]
fn values_share_one_chip_per_facet() {
    let state = with(&[(Facet::Brand, "Opel"), (Facet::Brand, "Peugeot")]);
    let bar = layout(&state, 120);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾", "Plant ▾"]
    );
    assert_eq!(bar.hidden, 0);
    // Narrower, the box gives up its spare columns before an empty facet's chip goes…
    let bar = layout(&state, 80);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾", "Plant ▾"]
    );
    // …and only then do empty facets go, the last first.
    let bar = layout(&state, 72);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾"]
    );
}

#[test]
fn empty_facets_use_the_free_columns_with_tighter_spacing() {
    // Was: `Plant ▾` dropped with 10 columns free.
    let state = with(&[(Facet::Country, "South Korea")]);
    assert_eq!(
        line(&state, 80),
        "/ search         Brand ▾   Country ▾ South Korea ×  Plant ▾  sort: date  1 of 3 "
    );
}

#[test]
fn a_second_value_of_a_facet_fits_where_a_second_chip_did_not() {
    // Was: `Country ▾ Kazakhstan ×  +1` with 18 blank columns.
    let state = with(&[(Facet::Country, "Kazakhstan"), (Facet::Country, "Russia")]);
    let bar = layout(&state, 80);
    assert_eq!(bar.hidden, 0);
    assert!(trimmed_labels(&bar).contains(&"Country ▾ Kazakhstan × Russia ×"));
    assert!(line(&state, 80).contains("Country ▾ Kazakhstan × Russia ×"));
}

#[test]
fn empty_facets_go_before_values_collapse_into_a_count() {
    let state = with(&[
        (Facet::Brand, "Opel"),
        (Facet::Brand, "Peugeot"),
        (Facet::Country, "Russia"),
    ]);
    let bar = layout(&state, 120);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾ Russia ×", "Plant ▾"]
    );
    let bar = layout(&state, 88);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾ Russia ×", "Plant ▾"],
        "the box's spare columns go before the empty Plant chip"
    );
    let bar = layout(&state, 82);
    assert_eq!(
        trimmed_labels(&bar),
        ["Brand ▾ Opel × Peugeot ×", "Country ▾ Russia ×"]
    );
    // At 80 columns the search box gives up its spare columns so that no value hides.
    assert_eq!(
        line(&state, 80),
        "/ search    Brand ▾ Opel × Peugeot ×   Country ▾ Russia ×    sort: date  1 of 3 "
    );
    let bar = layout(&state, 40);
    assert!(bar.hidden > 0);
    assert!(bar.chips.iter().all(|c| c.active), "no empty facet offered");
}

#[test]
fn the_search_box_shrinks_to_its_text_before_a_value_hides() {
    let mut state = with(&[
        (Facet::Brand, "Opel"),
        (Facet::Brand, "Peugeot"),
        (Facet::Country, "Russia"),
    ]);
    assert_eq!(layout(&state, 80).input_width, 10);
    // A query not being edited gives up its columns too, down to `/ …` here (`sort:
    // relevance` is longer than `sort: date`), rather than a value hiding; it shows whole
    // again when focused.
    state.query = "kaluga OR sochaux".into();
    let bar = layout(&state, 80);
    assert!(bar.input_width >= 3, "{bar:?}");
    assert_eq!(bar.hidden, 0);
    // …and takes back what the chips leave free, so as much of the query as fits shows.
    assert!(
        line(&state, 80).starts_with("/ kal"),
        "{}",
        line(&state, 80)
    );
    // With room to spare the box keeps its usual 16 columns.
    state.query.clear();
    assert_eq!(layout(&state, 120).input_width, 16);
}

const FACET_ORDER: [Facet; 6] = [
    Facet::Brand,
    Facet::Country,
    Facet::Plant,
    Facet::Group,
    Facet::Model,
    Facet::Lang,
];

const VALUES: [(Facet, &str); 5] = [
    (Facet::Brand, "Opel"),
    (Facet::Brand, "Peugeot"),
    (Facet::Country, "Russia"),
    (Facet::Plant, "Kaluga"),
    (Facet::Country, "South Korea"),
];

const WIDE: [(Facet, &str); 5] = [
    (Facet::Brand, "比亚迪"),
    (Facet::Brand, "現代"),
    (Facet::Country, "대한민국"),
    (Facet::Plant, "蔚山工場"),
    (Facet::Country, "中国"),
];

/// Everything the layout promises, at each width and number of values.
fn check(state: &State, width: u16) {
    let bar = layout(state, width);
    let w = usize::from(width);
    let total: usize = state.filters.values.values().map(Vec::len).sum();
    let shown: usize = bar.chips.iter().map(|c| c.values.len()).sum();
    assert_eq!(
        shown + bar.hidden,
        total,
        "{width}: every value shown or counted"
    );
    let marker = if bar.hidden > 0 {
        text::width(&format!("+{} ", bar.hidden))
    } else {
        0
    };
    let tail = w - text::width(&bar.right) - marker;
    let mut x = usize::from(bar.input_width) + 1;
    let mut facets = Vec::new();
    for chip in &bar.chips {
        assert!(usize::from(chip.x) >= x, "{width}: chips overlap: {bar:?}");
        assert_eq!(usize::from(chip.width), text::width(&chip.label));
        x = usize::from(chip.x + chip.width);
        if !chip.values.is_empty() {
            // A highlighted chip keeps a blank column after it.
            x += 1;
            let values = state.filters.get(chip.facet);
            let here: Vec<&String> = chip.values.iter().map(|v| &v.value).collect();
            assert_eq!(here, values.iter().take(here.len()).collect::<Vec<_>>());
        } else if chip.active {
            assert_eq!(
                bar.hidden, total,
                "{width}: a bare facet name when no value fits"
            );
        } else {
            assert!(state.filters.get(chip.facet).is_empty());
            assert_eq!(
                bar.hidden, 0,
                "{width}: empty facets only when all values show"
            );
        }
        assert!(!facets.contains(&chip.facet), "{width}: one chip per facet");
        facets.push(chip.facet);
        assert!(x <= tail, "{width}: chips run into the right side: {bar:?}");
    }
    let order: Vec<usize> = bar
        .chips
        .iter()
        .map(|c| FACET_ORDER.iter().position(|f| *f == c.facet).unwrap_or(99))
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "{width}: fixed order: {bar:?}"
    );
    let rendered = line(state, width);
    assert_eq!(text::width(&rendered), w, "{rendered}");
    for chip in &bar.chips {
        assert!(rendered.contains(chip.label.trim()), "{rendered}");
    }
    if bar.hidden > 0 {
        assert!(
            rendered.contains(&format!("+{} ", bar.hidden)),
            "{rendered}"
        );
    }
    // Clicks: the label opens the picker, each value removes itself.
    for chip in &bar.chips {
        assert_eq!(bar.hit(chip.x), Some(Hit::Picker(chip.facet)));
        for v in &chip.values {
            for dx in 0..v.width {
                assert_eq!(
                    bar.hit(v.x + dx),
                    Some(Hit::Remove(chip.facet, v.value.clone()))
                );
            }
        }
    }
}

#[test]
fn layouts_fit_at_40_80_and_120_columns_with_0_to_5_values() {
    for values in [VALUES, WIDE] {
        for n in 0..=values.len() {
            let state = with(&values[..n]);
            for width in [40, 80, 120] {
                check(&state, width);
            }
        }
    }
}

#[test]
fn wider_bars_show_at_least_as_much() {
    for n in 0..=VALUES.len() {
        let state = with(&VALUES[..n]);
        let hidden: Vec<usize> = [40, 80, 120]
            .iter()
            .map(|w| layout(&state, *w).hidden)
            .collect();
        assert!(hidden.windows(2).all(|h| h[0] >= h[1]), "{n}: {hidden:?}");
        assert_eq!(layout(&state, 120).hidden, 0, "{n} values fit at 120");
    }
}

#[test]
fn chips_keep_one_facet_order_whatever_was_picked_first() {
    // Was: `Country ▾ Russia ×   Brand ▾   Plant ▾` after picking a country.
    let state = with(&[(Facet::Country, "Russia")]);
    assert_eq!(
        trimmed_labels(&layout(&state, 120)),
        ["Brand ▾", "Country ▾ Russia ×", "Plant ▾"]
    );
    let state = with(&[
        (Facet::Lang, "fr"),
        (Facet::Group, "Stellantis"),
        (Facet::Plant, "Kaluga"),
        (Facet::Brand, "Opel"),
    ]);
    let facets: Vec<Facet> = layout(&state, 200).chips.iter().map(|c| c.facet).collect();
    assert_eq!(
        facets,
        [
            Facet::Brand,
            Facet::Country,
            Facet::Plant,
            Facet::Group,
            Facet::Lang
        ]
    );
}

#[test]
fn the_empty_search_box_gives_up_its_columns_before_a_value_hides() {
    // Was, at 55 columns with `sort: date  731 of 10000` on the right:
    // `/ search                   +1 sort: date  731 of 10000`. Here the right side
    // (`1 of 3`) is 6 columns shorter, so 49 columns is the same squeeze.
    let state = with(&[(Facet::Country, "Russia")]);
    let bar = layout(&state, 49);
    assert_eq!(bar.hidden, 0);
    assert_eq!(
        line(&state, 49),
        "/     Country ▾ Russia ×      sort: date  1 of 3 "
    );
    // Narrower, `sort:` goes first (the count stays), and the value shows whole…
    assert_eq!(line(&state, 40), "/ search    Country ▾ Russia ×   1 of 3 ");
    // …then it is shortened rather than hidden (the bar alone, narrower than the 40-column
    // minimum screen, stands for a longer count such as `731 of 10000`)…
    assert!(
        line(&state, 31).contains("Country ▾ Russ… ×"),
        "{}",
        line(&state, 31)
    );
    // …and at worst the facet's name says a filter is on.
    let row = line(&state, 27);
    assert!(row.contains("Country ▾  +1  1 of 3"), "{row}");
    // A click on a shortened value still removes the whole value.
    let bar = layout(&state, 31);
    let value = &bar.chips[0].values[0];
    assert_eq!(
        bar.hit(value.x),
        Some(Hit::Remove(Facet::Country, "Russia".into()))
    );
}

#[test]
fn a_long_query_never_runs_into_the_count_on_a_narrow_bar() {
    // (Widths under 40 stand for the longer counts of real corpora: `0 of 10000`.)
    let mut state = with(&[]);
    state.query = "volkswagen wolfsburg germany plant production".into();
    for focus in [Focus::Input, Focus::List] {
        state.focus = focus;
        for width in [36u16, 38, 40, 42, 44, 60] {
            let row = line(&state, width);
            let count = row.find("1 of 3").unwrap_or(0);
            assert!(count > 0, "{row}");
            // A blank column between the box (or a chip) and the count.
            assert!(row[..count].ends_with(' '), "{focus:?} {width}: {row:?}");
            if focus == Focus::Input {
                assert!(row.contains('▏'), "cursor shown at {width}: {row:?}");
                assert!(row.starts_with("/ …"), "hidden start marked: {row:?}");
            }
        }
    }
}

#[test]
fn the_sort_label_gives_way_before_a_filter_value_folds() {
    // Was, at 100 columns: `… Country ▾ China × Fra… ×  +1 sort: date  3 of 3`: a value
    // shortened and another behind `+1` while `sort: date` kept its columns, and the `+1`
    // read as part of the sort. The sort goes first; what the bar shows of the filters is
    // what is applied.
    let state = with(&[
        (Facet::Brand, "Opel"),
        (Facet::Brand, "Peugeot"),
        (Facet::Brand, "Renault"),
        (Facet::Brand, "Citroën"),
        (Facet::Country, "China"),
        (Facet::Country, "France"),
        (Facet::Country, "Russia"),
    ]);
    assert_eq!(
        line(&state, 96),
        "/    Brand ▾ Opel × Peugeot × Renault × Citroën ×   Country ▾ China × France × Russia ×  1 of 3 "
    );
    for width in 40..=140u16 {
        let bar = layout(&state, width);
        if bar.right.starts_with("sort:") {
            assert_eq!(bar.hidden, 0, "{width}: {}", line(&state, width));
            assert!(
                !line(&state, width).contains('…'),
                "{}",
                line(&state, width)
            );
        }
    }
    // The values left out follow the chips, apart from the count.
    let row = line(&state, 60);
    assert!(row.contains(" ×  +3  1 of 3 "), "{row}");
}
