//! The browser: app loop, keymap, actions, pure update, and the widgets in `ui/`.

pub mod action;
pub mod card;
pub mod copies;
pub mod corpus_change;
pub mod effects;
pub mod export;
pub mod facets;
mod fault;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod line_input;
pub mod production;
pub mod reader_doc;
pub mod settings;
pub mod split_keys;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod update;
pub mod worker;

use std::sync::mpsc::{RecvTimeoutError, Sender};
use std::time::Duration;

use crossterm::event::Event as TermEvent;

use crate::config::Config;
use crate::corpus::Diagnostic;
use crate::load::LoadProgress as Progress;
use crate::search::Library;
use action::{Action, Effect};
pub use input::{expand_key, translate};
use keymap::KeyMap;
use state::State;
use theme::Theme;
use worker::Event;

/// Reads and indexes the corpus, reporting progress; run on a background thread.
pub type Loader = Box<dyn FnOnce(&(dyn Fn(Progress) + Sync)) -> (Library, Vec<Diagnostic>) + Send>;

/// What the browser needs: the user's config and a way to load the corpus.
pub struct Options {
    pub config: Config,
    pub loader: Loader,
    /// `--no-color`: like `NO_COLOR`, modifiers only.
    pub no_color: bool,
    /// Filters from the command line (`--brand`…), on from the start.
    pub filters: crate::search::Filters,
    /// `--sort`, if given.
    pub sort: Option<crate::search::Sort>,
    /// Run on a thread of its own from the start: sends a preview of the first files while
    /// the loader reads everything, and the corpus loaded again when its files change.
    pub updates: Option<Updates>,
    /// The query to start with (`--saved NAME`).
    pub query: String,
    /// The user's state file (marks, saved searches, history); `None`: not kept.
    pub store: Option<crate::state::Store>,
    /// The input folders, for paths relative to them in the reader.
    pub roots: Vec<std::path::PathBuf>,
}

/// A new library from the updates thread.
pub enum Update {
    Preview(Library, Vec<Diagnostic>),
    Changed(Library, Vec<Diagnostic>, String),
}

/// The updates thread's work; it sends through the function it is given.
pub type Updates = Box<dyn FnOnce(&dyn Fn(Update)) + Send>;

/// The state the browser starts in, from the config (`NO_COLOR` read from the environment).
pub fn initial_state(config: &Config, no_color: bool) -> anyhow::Result<State> {
    let keymap = KeyMap::with_overrides(&config.keys).map_err(anyhow::Error::msg)?;
    let no_color = no_color || crate::colour_env::no_color();
    let theme = Theme::from_config(&config.theme, no_color).map_err(anyhow::Error::msg)?;
    let mut state = State::new(keymap, theme);
    if let Some(width) = config.reader_width {
        state.panes.reader_width = width;
    }
    Ok(state)
}

pub use crate::panics::test_panic;

/// How the browser ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The user quit, or the terminal went away.
    Quit,
    /// A signal that ends programs (SIGTERM, SIGHUP, SIGINT…, see
    /// [`terminal::ending_signals`]), by number: the process should exit with 128 + it, as
    /// shells expect.
    Signal(i32),
}

/// Open the browser; returns when the user quits, the terminal closes, or a signal arrives.
pub fn run(options: Options) -> anyhow::Result<Ending> {
    terminal::check_tty()?;
    let mut state = initial_state(&options.config, options.no_color)?;
    state.filters = options.filters;
    state.query.set(&options.query);
    if let Some(sort) = options.sort {
        state.sort = sort;
    }
    state.roots = options
        .roots
        .iter()
        .map(|r| crate::text::display_path(r))
        .collect();
    let mut store = options.store;
    if let Some(store) = &mut store {
        let opened = store.load();
        state.user = opened.state;
        // A state file set aside or left alone is said where skipped files are.
        for note in opened.notes {
            state.diagnostics.push(crate::corpus::Diagnostic {
                path: "(state)".to_string(),
                reason: crate::text::sanitize_line(&note),
            });
        }
    }
    let terminated = terminal::termination_flag()?;
    let mut term = terminal::enter()?;
    let result = event_loop(
        &mut term,
        &mut state,
        (options.loader, options.updates),
        &terminated,
        &mut store,
    );
    terminal::leave();
    // A signal wins over the error it may have caused: a terminal closed while the browser was
    // suspended sends SIGHUP, and taking the terminal back then fails with EIO.
    match terminal::terminated(&terminated) {
        Some(signal) => Ok(Ending::Signal(signal)),
        None => result,
    }
}

fn event_loop(
    term: &mut ratatui::DefaultTerminal,
    state: &mut State,
    (loader, updates): (Loader, Option<Updates>),
    terminated: &std::sync::atomic::AtomicUsize,
    store: &mut Option<crate::state::Store>,
) -> anyhow::Result<Ending> {
    let (tx, rx) = std::sync::mpsc::channel();
    let size = term.size()?;
    update::update(state, Action::Resize(size.width, size.height));
    worker::spawn_loader(loader, tx.clone());
    if let Some(updates) = updates {
        worker::spawn_updates(updates, tx.clone());
    }
    worker::spawn_input(tx.clone());
    let mut searcher: Option<Sender<worker::Request>> = None;
    let mut highlighter: Option<Sender<action::HighlightRequest>> = None;
    let mut dirty = true;
    loop {
        if dirty {
            let mut laid = None;
            term.draw(|frame| laid = Some(ui::render_frame(frame, state)))?;
            // What was drawn where: the next clicks are hit-tested against it.
            if let Some(laid) = laid {
                state.frame = laid;
            }
            dirty = false;
        }
        let first = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => {
                // A closed terminal (its window or ssh session gone) is hung up: crossterm's
                // reader then spins without ever reporting it, and SIGHUP may be ignored
                // (nohup), but the tty stops being a terminal. End instead of spinning.
                if !terminal::still_attached() {
                    return Ok(Ending::Quit);
                }
                None
            }
            Err(RecvTimeoutError::Disconnected) => return Ok(Ending::Quit),
        };
        if let Some(signal) = terminal::terminated(terminated) {
            return Ok(Ending::Signal(signal));
        }
        // Handle everything queued before drawing again, so bursts cost one frame; of a run
        // of resizes only the last counts (each one re-wraps the open article).
        let mut batch: Vec<Event> = first
            .into_iter()
            .chain(std::iter::from_fn(|| rx.try_recv().ok()))
            .collect();
        coalesce_resizes(&mut batch);
        if batch
            .iter()
            .any(|e| matches!(e, Event::Term(TermEvent::Resize(..))))
        {
            // Repaint everything after a resize: a frame drawn while the terminal was still
            // being resized (a key pressed at that instant) could otherwise stay half shown
            // until the next change, the diff assuming cells the terminal had dropped.
            terminal::repaint(term)?;
        }
        let mut queue: std::collections::VecDeque<Event> = batch.into();
        while let Some(event) = queue.pop_front() {
            let event = match event {
                Event::Term(e @ TermEvent::Key(_)) => {
                    // An unbound Alt-b (or Alt-↓, Alt-Enter…) is Esc then the key: the key is
                    // translated after the Esc is handled, in the mode it leaves.
                    let mut keys = expand_key(state, e);
                    let first = keys.remove(0);
                    for (i, rest) in keys.into_iter().enumerate() {
                        queue.insert(i, Event::Term(rest));
                    }
                    Event::Term(first)
                }
                other => other,
            };
            let action = match event {
                Event::InputClosed => return Ok(Ending::Quit),
                Event::Term(e) => {
                    if test_panic("ui") && matches!(e, TermEvent::Key(_)) {
                        panic!("test panic on the UI thread (PLANTSCOPE_TEST_PANIC)");
                    }
                    if test_panic("abort") && matches!(e, TermEvent::Key(_)) {
                        // What running out of memory or a panic while panicking does.
                        std::process::abort();
                    }
                    translate(state, &e)
                }
                Event::Action(a) => Some(a),
            };
            let Some(action) = action else { continue };
            dirty = true;
            for effect in update::update(state, action) {
                match effect {
                    Effect::Quit => return Ok(Ending::Quit),
                    Effect::StartWorkers => {
                        if let Some(library) = &state.library {
                            searcher = Some(worker::spawn_searcher(library.clone(), tx.clone()));
                            highlighter =
                                Some(worker::spawn_highlighter(library.clone(), tx.clone()));
                        }
                    }
                    Effect::Search(seq, query) => {
                        if let Some(s) = &searcher {
                            let _ = s.send((seq, query));
                        }
                    }
                    Effect::Highlight(request) => {
                        if let Some(h) = &highlighter {
                            let _ = h.send(request);
                        }
                    }
                    Effect::Suspend => {
                        terminal::suspend(term)?;
                    }
                    Effect::Persist(change) => effects::persist(store, state, &change),
                    Effect::OpenExternal(target) => effects::open(state, &target),
                    Effect::Export(query, docs) => effects::export(state, &query, &docs),
                    Effect::Copy(text) => {
                        if let Err(e) = effects::copy(&text) {
                            state.message = Some(format!("could not copy: {e}"));
                        }
                    }
                }
            }
        }
    }
}

/// Drop every resize that is followed by another resize in the same batch.
fn coalesce_resizes(batch: &mut Vec<Event>) {
    let is_resize = |e: &Event| matches!(e, Event::Term(TermEvent::Resize(..)));
    let Some(last) = batch.iter().rposition(is_resize) else {
        return;
    };
    let mut index = 0;
    batch.retain(|e| {
        let keep = index == last || !is_resize(e);
        index += 1;
        keep
    });
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_daily;
#[cfg(test)]
mod tests_menus;
