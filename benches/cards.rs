//! Entity cards and the production view over a generated corpus, at each size of
//! `PLANTSCOPE_BENCH_SIZES` (10,000 by default): opening the busiest plant's card from the
//! production view and drawing the frame (the key press through to the frame), gathering the
//! production view when results change, drawing the map and the whole view at 200×50, and
//! building the fact index (part of every load).
//! Issue 12's target: a card opened and the map drawn in ≤ 16 ms p99 at 100k articles.
//! Criterion's estimates, then p50/p99 over 200 timed runs of each, printed on stderr.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use plantscope::facts::index::FactIndex;
use plantscope::facts::summary;
use plantscope::search::Library;
use plantscope::tui::action::{Action, Back};
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::production::Production;
use plantscope::tui::state::State;
use plantscope::tui::theme::Theme;
use plantscope::tui::ui;
use plantscope::tui::ui::map::PlantMap;
use plantscope::tui::update::update;
use plantscope::tui::worker::run_searches_inline;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

const AREA: Rect = Rect {
    x: 0,
    y: 0,
    width: 200,
    height: 50,
};

/// A browser at 200×50 showing the whole library in the production view, the busiest
/// plant's first row selected.
fn production_browser(library: &Arc<Library>) -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(AREA.width, AREA.height));
    let effects = update(&mut state, Action::Loaded(library.clone(), Vec::new()));
    run_searches_inline(&mut state, effects);
    update(&mut state, Action::ToggleProduction);
    let rows = summary::rows(library.articles(), 0..library.articles().len());
    let mut facts: std::collections::HashMap<&str, usize> = Default::default();
    for r in &rows {
        *facts.entry(&*r.plant).or_default() += r.articles;
    }
    let busiest = facts
        .into_iter()
        .max_by_key(|&(p, n)| (n, std::cmp::Reverse(p)))
        .map(|(p, _)| p.to_string());
    if let Some(plant) = busiest {
        state.production.selected = state
            .production
            .rows
            .iter()
            .position(|r| *r.plant == *plant)
            .unwrap_or(0);
        eprintln!(
            "cards: {} articles, {} production rows, busiest plant {plant}",
            library.articles().len(),
            state.production.rows.len()
        );
    }
    state
}

/// p50 and p99 of `runs` timed calls of `f`, printed as one line.
fn percentiles(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    eprintln!(
        "{name}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({runs} runs)",
        at(0.50).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
    );
}

fn cards(c: &mut Criterion) {
    for size in support::sizes() {
        let library = Arc::new(support::loaded(size).library);
        let mut state = production_browser(&library);
        let mut buf = Buffer::empty(AREA);
        let mut group = c.benchmark_group(format!("cards/{size}"));
        group.sample_size(support::samples(size).max(20));

        // Enter on the busiest plant's row: its card gathered over every article, drawn.
        let mut open = || {
            update(&mut state, Action::FollowCard);
            buf.reset();
            ui::draw(&state, AREA, &mut buf);
            update(&mut state, Action::Back(Back::Card));
        };
        group.bench_function("open_plant_card_and_draw_200x50", |b| b.iter(&mut open));
        percentiles(
            &format!("cards/{size}/open_plant_card_and_draw_200x50"),
            200,
            &mut open,
        );

        let (_, map_area) = plantscope::tui::layout::production(Rect::new(0, 1, 200, 48));
        let theme = Theme::default();
        let view = &state.production;
        let mut map_buf = Buffer::empty(AREA);
        let mut map = || {
            map_buf.reset();
            PlantMap {
                pins: &view.pins,
                selected: view.selected_plant(),
                unplaced: view.unplaced,
                theme: &theme,
            }
            .render(map_area, &mut map_buf);
        };
        group.bench_function("map_200x50", |b| b.iter(&mut map));
        percentiles(&format!("cards/{size}/map_200x50"), 200, &mut map);

        let mut frame = || {
            buf.reset();
            ui::draw(&state, AREA, &mut buf);
        };
        group.bench_function("production_view_200x50", |b| b.iter(&mut frame));
        percentiles(
            &format!("cards/{size}/production_view_200x50"),
            200,
            &mut frame,
        );

        let docs: Vec<usize> = state.results.hits.iter().map(|h| h.doc).collect();
        let mut gather = || {
            std::hint::black_box(Production::gather(
                &library,
                docs.iter().copied(),
                &Default::default(),
                Default::default(),
            ));
        };
        group.bench_function("production_gather", |b| b.iter(&mut gather));
        percentiles(&format!("cards/{size}/production_gather"), 50, &mut gather);

        // What the fact index adds to every load (built with the library).
        let articles = library.articles();
        let mut index = || {
            std::hint::black_box(FactIndex::build(articles, library.gazetteer()));
        };
        group.bench_function("fact_index_build", |b| b.iter(&mut index));
        percentiles(&format!("cards/{size}/fact_index_build"), 20, &mut index);
        group.finish();
    }
}

criterion_group!(benches, cards);
criterion_main!(benches);
