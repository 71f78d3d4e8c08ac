//! Background threads: the corpus loader and the search worker. Both report through the
//! loop's event channel, so the UI thread never blocks on them.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use crate::search::Library;
use crate::search::Query;
use crate::tui::Loader;
use crate::tui::action::{Action, HighlightRequest};

/// What arrives on the loop's channel.
pub enum Event {
    /// A terminal event (key, mouse, resize).
    Term(crossterm::event::Event),
    /// The terminal's input ended (closed, read error).
    InputClosed,
    /// An action from a background thread.
    Action(Action),
}

/// A search request: sequence number and query.
pub type Request = (u64, Query);

/// Run the searches and highlights `effects` ask for on this thread, as the workers would,
/// and feed the answers back through `update` until nothing more is asked. For tests,
/// benchmarks and latency measurements, which want the browser's exact requests without its
/// threads.
pub fn run_searches_inline(
    state: &mut crate::tui::state::State,
    effects: Vec<crate::tui::action::Effect>,
) {
    use crate::tui::action::Effect;
    for effect in effects {
        let Some(library) = state.library.clone() else {
            continue;
        };
        let answer = match effect {
            Effect::Search(seq, key) => Action::SearchDone(seq, Arc::new(library.search(&key))),
            Effect::Highlight(request) => highlight(&library, &request),
            _ => continue,
        };
        let more = crate::tui::update::update(state, answer);
        run_searches_inline(state, more);
    }
}

/// The highlighter's work: where the query matched in the requested article.
fn highlight(library: &Library, request: &HighlightRequest) -> Action {
    Action::Highlighted {
        seq: request.seq,
        doc: request.doc,
        ranges: library.hit_highlights(&request.results, request.index),
    }
}

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "internal error".to_string()
    }
}

/// Run the loader on its own thread, forwarding progress. A panic in it (or in the rayon
/// threads it uses) becomes [`Action::LoadFailed`]: the browser stays up and says so.
pub fn spawn_loader(loader: Loader, events: Sender<Event>) {
    std::thread::spawn(move || {
        let progress_tx = std::sync::Mutex::new(events.clone());
        let progress = move |p| {
            if let Ok(tx) = progress_tx.lock() {
                let _ = tx.send(Event::Action(Action::Progress(p)));
            }
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| loader(&progress)));
        let (action, library) = match outcome {
            Ok((library, diagnostics)) => {
                let library = Arc::new(library);
                (Action::Loaded(library.clone(), diagnostics), Some(library))
            }
            Err(payload) => (Action::LoadFailed(panic_message(payload.as_ref())), None),
        };
        let _ = events.send(Event::Action(action));
        // The production facts are laid out once the list is on screen, here rather than on
        // the first card or production view.
        if let Some(library) = library {
            let _ = catch_unwind(AssertUnwindSafe(|| {
                library.fact_index();
            }));
        }
    });
}

/// Run the updates (preview, changes on disk) on their own thread. A panic there ends the
/// updates only: the browser goes on with what it has.
pub fn spawn_updates(updates: crate::tui::Updates, events: Sender<Event>) {
    std::thread::spawn(move || {
        let events = std::sync::Mutex::new(events);
        let send = |update: crate::tui::Update| {
            let action = match update {
                crate::tui::Update::Preview(library, diagnostics) => {
                    Action::Preview(Arc::new(library), diagnostics)
                }
                crate::tui::Update::Changed(library, diagnostics, note) => {
                    Action::CorpusChanged(Arc::new(library), diagnostics, note)
                }
            };
            let changed = match &action {
                Action::CorpusChanged(library, ..) => Some(library.clone()),
                _ => None,
            };
            if let Ok(tx) = events.lock() {
                let _ = tx.send(Event::Action(action));
            }
            if let Some(library) = changed {
                library.fact_index();
            }
        };
        let _ = catch_unwind(AssertUnwindSafe(|| updates(&send)));
    });
}

/// Start the search worker: it answers the newest request, skipping any that queued up behind
/// it, and tags each answer with its sequence number. A search that panics is answered with
/// [`Action::SearchFailed`] and the worker goes on with the next request.
pub fn spawn_searcher(library: Arc<Library>, events: Sender<Event>) -> Sender<Request> {
    let (tx, rx): (Sender<Request>, Receiver<Request>) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(mut request) = rx.recv() {
            while let Ok(newer) = rx.try_recv() {
                request = newer;
            }
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                if crate::tui::test_panic("search") && !request.1.text.is_empty() {
                    panic!("test panic in the search worker (PLANTSCOPE_TEST_PANIC)");
                }
                library.search(&request.1)
            }));
            let action = match outcome {
                Ok(results) => Action::SearchDone(request.0, Arc::new(results)),
                Err(payload) => Action::SearchFailed(request.0, panic_message(payload.as_ref())),
            };
            if events.send(Event::Action(action)).is_err() {
                break;
            }
        }
    });
    tx
}

/// Start the highlighter: it works out the reader's highlights for the newest request,
/// skipping any that queued up behind it (the article was left before they were asked). A
/// panic leaves the article unhighlighted.
pub fn spawn_highlighter(library: Arc<Library>, events: Sender<Event>) -> Sender<HighlightRequest> {
    let (tx, rx): (Sender<HighlightRequest>, Receiver<HighlightRequest>) =
        std::sync::mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(mut request) = rx.recv() {
            while let Ok(newer) = rx.try_recv() {
                request = newer;
            }
            let action = catch_unwind(AssertUnwindSafe(|| highlight(&library, &request)))
                .unwrap_or(Action::Highlighted {
                    seq: request.seq,
                    doc: request.doc,
                    ranges: Vec::new(),
                });
            if events.send(Event::Action(action)).is_err() {
                break;
            }
        }
    });
    tx
}

/// Read terminal events on their own thread; a read error or EOF ends the stream.
pub fn spawn_input(events: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let read = crossterm::event::read().and_then(|event| {
                if matches!(&event, crossterm::event::Event::Key(k) if k.code == crossterm::event::KeyCode::Esc)
                {
                    with_what_came_along(event)
                } else {
                    Ok(vec![event])
                }
            });
            match read {
                Ok(batch) => {
                    for event in batch {
                        if events.send(Event::Term(event)).is_err() {
                            return;
                        }
                    }
                }
                Err(_) => {
                    let _ = events.send(Event::InputClosed);
                    return;
                }
            }
        }
    });
}

/// An Esc and the few events read in the same instant after it, with an escape sequence
/// that crossterm split (`ESC ESC [ B`) put back together ([`crate::tui::split_keys`]).
fn with_what_came_along(
    esc: crossterm::event::Event,
) -> std::io::Result<Vec<crossterm::event::Event>> {
    let mut batch = vec![esc];
    while batch.len() < 5 && crossterm::event::poll(std::time::Duration::ZERO)? {
        batch.push(crossterm::event::read()?);
    }
    Ok(crate::tui::split_keys::rejoin(batch))
}
