//! The browser at 200×50, at each size of `PLANTSCOPE_BENCH_SIZES`: drawing the list, drawing
//! the reader, and a keystroke in the search box through to the updated frame (update, the
//! search the worker would run, the answer, and the draw). No terminal: frames go to a buffer.

mod support;

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use plantscope::tui::action::Action;
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::state::State;
use plantscope::tui::theme::Theme;
use plantscope::tui::ui;
use plantscope::tui::update::update;
use plantscope::tui::worker::run_searches_inline;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const AREA: Rect = Rect {
    x: 0,
    y: 0,
    width: 200,
    height: 50,
};

/// A browser at 200×50 showing the whole library.
fn browser(library: &Arc<plantscope::search::Library>) -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(AREA.width, AREA.height));
    let effects = update(&mut state, Action::Loaded(library.clone(), Vec::new()));
    run_searches_inline(&mut state, effects);
    state
}

fn render(c: &mut Criterion) {
    for size in support::sizes() {
        let library = Arc::new(support::loaded(size).library);
        let state = browser(&library);
        let mut buf = Buffer::empty(AREA);

        let mut group = c.benchmark_group(format!("render/{size}"));
        group.sample_size(50);
        group.bench_function("list_200x50", |b| {
            b.iter(|| {
                buf.reset();
                ui::draw(&state, AREA, &mut buf);
            })
        });

        let mut typing = browser(&library);
        update(&mut typing, Action::FocusInput);
        group.bench_function("keystroke_to_frame_200x50", |b| {
            b.iter(|| {
                typing.query = "usin".into();
                let effects = update(&mut typing, Action::Insert('e'));
                run_searches_inline(&mut typing, effects);
                buf.reset();
                ui::draw(&typing, AREA, &mut buf);
            })
        });

        let mut reading = browser(&library);
        let effects = update(&mut reading, Action::Open);
        run_searches_inline(&mut reading, effects);
        group.bench_function("reader_200x50", |b| {
            b.iter(|| {
                buf.reset();
                ui::draw(&reading, AREA, &mut buf);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, render);
criterion_main!(benches);
