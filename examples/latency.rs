//! Latency percentiles for BENCHMARKS.md over a corpus folder:
//! `cargo run --release --example latency -- DIR [ROUNDS]`.
//! Prints the load stages, then p50/p99 of: a query with every facet count (a mix of words,
//! entities, prefixes, sorts and filters; the query the browser asks, every hit without
//! snippets), the same with the first 200 hits and their snippets (the headless answer,
//! once per query), a keystroke in the search box to the updated frame
//! at 200×50 (update, search, answer, draw into a buffer), and drawing the list at 200×50.

use std::sync::Arc;
use std::time::{Duration, Instant};

use plantscope::search::{Facet, Filters, Query, Sort};
use plantscope::tui::action::Action;
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::state::State;
use plantscope::tui::theme::Theme;
use plantscope::tui::worker::run_searches_inline;
use plantscope::tui::{ui, update::update};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const AREA: Rect = Rect {
    x: 0,
    y: 0,
    width: 200,
    height: 50,
};

fn percentiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    format!(
        "p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (n={})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        times.len()
    )
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        anyhow::bail!("usage: latency DIR [ROUNDS]");
    };
    let rounds: usize = args.get(1).map_or(Ok(5), |s| s.parse())?;
    let request = plantscope::load::Request {
        inputs: vec![dir.into()],
        ..Default::default()
    };
    let started = Instant::now();
    let loaded = plantscope::load::load(&request, &|_| {})?;
    let t = loaded.timings;
    println!(
        "load: {} articles, {:.1} MB, searchable in {} ms (read {} ms, extract {} ms, index {} ms)",
        loaded.library.articles().len(),
        loaded.bytes as f64 / 1e6,
        started.elapsed().as_millis(),
        t.read.as_millis(),
        t.extract.as_millis(),
        t.index.as_millis()
    );
    let library = Arc::new(loaded.library);

    let top_brand = library
        .search(&Query::default())
        .facets
        .get(&Facet::Brand)
        .and_then(|c| c.first())
        .map(|c| c.value.clone())
        .unwrap_or_default();
    let mut brand = Filters::default();
    brand.values.insert(Facet::Brand, vec![top_brand]);
    let mut two = brand.clone();
    two.values.insert(Facet::Lang, vec!["fr".into()]);
    let texts = [
        "",
        "usine",
        "Volkswagen",
        "production",
        "prod*",
        "Kaluga",
        "usine AND Volkswagen",
        "\"electric cars\"",
        "werk OR fabriek",
        "batteries -moteurs",
    ];
    let mut queries = Vec::new();
    for text in texts {
        for sort in [Sort::Relevance, Sort::Date, Sort::Title] {
            for filters in [Filters::default(), brand.clone(), two.clone()] {
                // Exactly what the browser's search worker asks.
                queries.push(Query {
                    text: text.to_string(),
                    filters,
                    sort,
                    only: None,
                    typing: true,
                    limit: None,
                    snippets: 0,
                });
            }
        }
    }
    let mut times = Vec::new();
    let (mut main, mut extra) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for q in &queries {
            let started = Instant::now();
            let r = library.search(q);
            times.push(started.elapsed());
            main.push(r.timings.query);
            extra.push(r.timings.facets);
        }
    }
    println!("query + all facets: {}", percentiles(times));
    println!("  of which matching + order: {}", percentiles(main));
    println!("  of which facet counts: {}", percentiles(extra));
    // The headless `search` answer: the first 200 hits with snippets and highlights.
    let mut times = Vec::new();
    for q in &queries {
        let q = Query {
            limit: Some(plantscope::search::SNIPPET_HITS),
            snippets: plantscope::search::SNIPPET_HITS,
            ..q.clone()
        };
        let started = Instant::now();
        library.search(&q);
        times.push(started.elapsed());
    }
    println!("headless, 200 hits with snippets: {}", percentiles(times));

    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(AREA.width, AREA.height));
    let effects = update(&mut state, Action::Loaded(library.clone(), Vec::new()));
    run_searches_inline(&mut state, effects);
    let mut buf = Buffer::empty(AREA);
    let mut draws = Vec::new();
    for _ in 0..200 {
        let started = Instant::now();
        buf.reset();
        ui::draw(&state, AREA, &mut buf);
        draws.push(started.elapsed());
    }
    println!("frame 200x50 (list): {}", percentiles(draws));

    update(&mut state, Action::FocusInput);
    let mut keys = Vec::new();
    for _ in 0..rounds {
        for word in ["usine ", "volkswagen ", "production ", "werk "] {
            for c in word.chars().chain(std::iter::repeat_n('\u{8}', word.len())) {
                let action = if c == '\u{8}' {
                    Action::Backspace
                } else {
                    Action::Insert(c)
                };
                let started = Instant::now();
                let effects = update(&mut state, action);
                run_searches_inline(&mut state, effects);
                buf.reset();
                ui::draw(&state, AREA, &mut buf);
                keys.push(started.elapsed());
            }
        }
    }
    println!("keystroke to frame 200x50: {}", percentiles(keys));
    Ok(())
}
