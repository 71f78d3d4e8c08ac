//! The browser's updates, on a thread of their own: during a first load, a preview of the
//! first files (so the list is not blank until everything is indexed); then, for as long as
//! the browser runs, the inputs watched (`notify`) and the corpus loaded again — through the
//! cache, so only what changed is read — when files are added, changed or removed.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::load::{self, Loaded, Request};
use crate::search::Library;
use crate::tui::{Update, Updates};

/// Files in the preview.
const PREVIEW_FILES: usize = 400;
/// A corpus with fewer files than this loads too fast for a preview to help.
const PREVIEW_MIN_FILES: usize = 4 * PREVIEW_FILES;
/// Changes are taken in once the files have been quiet this long (a copy of many files is
/// one update, not one per file).
const QUIET: Duration = Duration::from_millis(700);

/// The updates of a browser on `request`; `loaded` turns true when the loader is done.
pub fn updates(request: Request, no_cache: bool, loaded: Arc<AtomicBool>) -> Updates {
    Box::new(move |send: &dyn Fn(Update)| {
        if request.inputs.is_empty() {
            return;
        }
        // Watch first: what changes while the corpus loads is taken in after it.
        let (tx, rx) = std::sync::mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |event| {
            let _ = tx.send(event);
        })
        .ok();
        if let Some(w) = &mut watcher {
            for input in &request.inputs {
                watch_tree(w, input);
            }
        }
        if !loaded.load(Ordering::Acquire)
            && wants_preview(&request, no_cache)
            && let Some((library, diagnostics)) = preview(&request)
            && !loaded.load(Ordering::Acquire)
        {
            send(Update::Preview(library, diagnostics));
        }
        let Some(mut watcher) = watcher else { return };
        let ignored = crate::cache::cache_root();
        let mut changed_at: Option<Instant> = None;
        loop {
            match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(Ok(event)) if relevant(&event, &request.inputs, ignored.as_deref()) => {
                    // A new folder is watched too (each folder is watched on its own).
                    if matches!(event.kind, EventKind::Create(_)) {
                        for path in event.paths.iter().filter(|p| p.is_dir()) {
                            watch_tree(&mut watcher, path);
                        }
                    }
                    changed_at = Some(Instant::now());
                }
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            let quiet = changed_at.is_some_and(|at| at.elapsed() >= QUIET);
            if quiet && loaded.load(Ordering::Acquire) {
                changed_at = None;
                let again = if no_cache {
                    load::load(&request, &|_| {})
                } else {
                    crate::cache::load(&request, &|_| {})
                };
                if let Ok(again) = again {
                    let note = note(&again);
                    let mut diagnostics = again.diagnostics;
                    diagnostics.extend(super::cache::notes_as_diagnostics(again.cache.as_ref()));
                    send(Update::Changed(again.library, diagnostics, note));
                }
            }
        }
    })
}

/// Watch `root` and every folder under it, each on its own. notify's recursive mode walks
/// the tree with a `stat` of every file (100,000 of them in a large archive: seconds of a
/// thread, beside the load, before the first row); the folders are known from the directory
/// entries' types alone. Symbolic links inside folders are not followed, as the walk does not.
fn watch_tree(watcher: &mut impl Watcher, root: &Path) {
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        if watcher.watch(&folder, RecursiveMode::NonRecursive).is_err() {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(entry.path());
            }
        }
    }
}

/// What the status bar says after the files changed.
fn note(loaded: &Loaded) -> String {
    let now = chrono::Local::now().format("%H:%M:%S");
    match &loaded.cache {
        Some(report) if report.status != crate::cache::Status::Off => format!(
            "files changed ({now}): {} read, {} removed",
            report.read, report.removed
        ),
        _ => format!("files changed ({now}): corpus read again"),
    }
}

/// A preview helps a first load only: not with a cache already made for these inputs.
fn wants_preview(request: &Request, no_cache: bool) -> bool {
    if no_cache {
        return true;
    }
    let Some(root) = crate::cache::cache_root() else {
        return true;
    };
    let place = crate::cache::Place::new(&root, &request.inputs);
    let has_manifest = std::fs::read_dir(&place.dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("files-"))
    });
    !has_manifest
}

/// The first files of the corpus, read, annotated and indexed in memory.
fn preview(request: &Request) -> Option<(Library, Vec<crate::corpus::Diagnostic>)> {
    let scan = crate::corpus::scan(&request.inputs);
    if scan.len() < PREVIEW_MIN_FILES {
        return None;
    }
    let (gazetteer, matcher, _) = load::matcher(request).ok()?;
    let outcomes = scan
        .read(&request.options, &|i| i < PREVIEW_FILES, &|_| {})
        .into_iter()
        .flatten()
        .collect();
    let corpus = crate::corpus::assemble(outcomes, Vec::new());
    let mut articles = corpus.articles;
    load::annotate(&matcher, &mut articles, &|_| {});
    let library = Library::with_gazetteer(articles, gazetteer, &|_| {}).ok()?;
    Some((library, corpus.diagnostics))
}

/// Whether a change may change the corpus: not a read, not the cache's own files, not a
/// hidden file (the walk skips those).
fn relevant(event: &notify::Event, inputs: &[PathBuf], cache: Option<&Path>) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|path| {
        if cache.is_some_and(|c| path.starts_with(c)) {
            return false;
        }
        let below = inputs
            .iter()
            .filter_map(|input| {
                let input = std::path::absolute(input).unwrap_or_else(|_| input.clone());
                path.strip_prefix(&input).ok().map(Path::to_path_buf)
            })
            .next();
        match below {
            Some(rest) => !rest
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.')),
            None => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn only_changes_to_files_the_walk_reads_count() {
        let inputs = [PathBuf::from("/news")];
        let modify = EventKind::Modify(notify::event::ModifyKind::Any);
        let access = EventKind::Access(notify::event::AccessKind::Any);
        let cache = Some(Path::new("/news/cachedir"));
        assert!(relevant(&event(modify, "/news/a.txt"), &inputs, cache));
        assert!(!relevant(&event(access, "/news/a.txt"), &inputs, cache));
        assert!(!relevant(
            &event(modify, "/news/.git/index"),
            &inputs,
            cache
        ));
        assert!(!relevant(
            &event(modify, "/news/cachedir/v1/x"),
            &inputs,
            cache
        ));
        assert!(relevant(
            &event(
                EventKind::Remove(notify::event::RemoveKind::Any),
                "/news/sub/b.md"
            ),
            &inputs,
            None
        ));
    }
}
