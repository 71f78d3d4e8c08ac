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

/// Files in the first preview.
const PREVIEW_FILES: usize = 400;
/// A corpus with fewer files than this loads too fast for a preview to help.
const PREVIEW_MIN_FILES: usize = 4 * PREVIEW_FILES;
/// Each later preview holds this many times the files of the one before, while the load
/// runs and the previews stay under [`PREVIEW_SHARE`] of the files: the list fills in steps
/// (400, 2,000, 10,000… files) at a few per cent of the load's work.
const PREVIEW_GROWTH: usize = 5;
/// Previews beyond the first stop at this fraction of the files (1/10).
const PREVIEW_SHARE: usize = 10;
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
        if !loaded.load(Ordering::Acquire) && wants_preview(&request, no_cache) {
            previews(&request, &loaded, send);
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

/// The first files of the corpus, read, annotated and indexed in memory, sent as previews
/// of growing size until `loaded` turns true.
///
/// The work runs in a one-thread pool of its own: in the global pool its reading and
/// annotating queued behind the loader's (rayon runs injected jobs only when its workers run
/// out of their own), so the first rows came after the loader's extraction stage — 10.9 s
/// at 100,000 files instead of well under 2 s.
fn previews(request: &Request, loaded: &AtomicBool, send: &dyn Fn(Update)) {
    let Ok(pool) = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "preview".into())
        .build()
    else {
        return;
    };
    // Only the work goes into the pool (`send` is not for other threads). The first
    // preview comes from the first files of a walk that stops there (at 1,000,000 files the
    // whole walk took 4 s before the first row); the whole walk follows, for the others.
    let Some((first, gazetteer, matcher)) = pool.install(|| {
        let first = crate::corpus::scan_first(&request.inputs, PREVIEW_MIN_FILES);
        if first.len() < PREVIEW_MIN_FILES {
            return None;
        }
        let (gazetteer, matcher, _) = load::matcher(request).ok()?;
        Some((first, gazetteer, matcher))
    }) else {
        return;
    };
    let mut articles: Vec<crate::Article> = Vec::new();
    let mut diagnostics = Vec::new();
    let mut whole: Option<crate::corpus::Scan> = None;
    let mut steps = vec![(0, PREVIEW_FILES)];
    let mut step = 0;
    while let Some(&(start, end)) = steps.get(step) {
        step += 1;
        if loaded.load(Ordering::Acquire) {
            return;
        }
        let scan = whole.as_ref().unwrap_or(&first);
        let library = pool.install(|| {
            let outcomes = scan
                .read(&request.options, &|i| (start..end).contains(&i), &|_| {})
                .into_iter()
                .flatten()
                .collect();
            let corpus = crate::corpus::assemble(outcomes, Vec::new());
            let mut batch = corpus.articles;
            load::annotate(&matcher, &mut batch, &|_| {});
            articles.extend(batch);
            diagnostics.extend(corpus.diagnostics);
            Library::with_gazetteer(articles.clone(), gazetteer.clone(), &|_| {}).ok()
        });
        // The whole corpus may have come while this one was built: it would replace it.
        let Some(library) = library else { return };
        if loaded.load(Ordering::Acquire) {
            return;
        }
        send(Update::Preview(library, diagnostics.clone()));
        if whole.is_none() {
            let scan = pool.install(|| crate::corpus::scan(&request.inputs));
            steps = preview_steps(scan.len());
            whole = Some(scan);
        }
    }
}

/// The ranges of walk entries each preview adds, for a walk of `files` entries: the first
/// [`PREVIEW_FILES`], then growing by [`PREVIEW_GROWTH`] while under 1/[`PREVIEW_SHARE`].
fn preview_steps(files: usize) -> Vec<(usize, usize)> {
    let mut steps = vec![(0, PREVIEW_FILES.min(files))];
    let mut end = PREVIEW_FILES;
    while end * PREVIEW_GROWTH <= files / PREVIEW_SHARE {
        steps.push((end, end * PREVIEW_GROWTH));
        end *= PREVIEW_GROWTH;
    }
    steps
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

    #[test]
    fn previews_grow_and_stay_a_small_share_of_the_load() {
        assert_eq!(preview_steps(1_600), [(0, 400)]);
        assert_eq!(preview_steps(10_000), [(0, 400)]);
        assert_eq!(
            preview_steps(100_000),
            [(0, 400), (400, 2_000), (2_000, 10_000)]
        );
    }

    /// A corpus folder of `n` small files, each an article of its own.
    fn corpus(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for i in 0..n {
            let text =
                format!("Plant note {i}\n\nThe assembly line number {i} ran a second shift.\n");
            std::fs::write(dir.path().join(format!("note-{i:05}.txt")), text).expect("write");
        }
        dir
    }

    #[test]
    fn a_first_batch_reaches_the_browser_while_the_load_runs() {
        let dir = corpus(PREVIEW_MIN_FILES);
        let request = Request {
            inputs: vec![dir.path().to_path_buf()],
            ..Request::default()
        };
        // The whole load has not finished (the flag stays false): the preview still comes.
        let loaded = AtomicBool::new(false);
        let sent = std::sync::Mutex::new(Vec::new());
        previews(&request, &loaded, &|update| {
            if let Update::Preview(library, _) = update {
                sent.lock().expect("lock").push(library.articles().len());
            }
        });
        assert_eq!(*sent.lock().expect("lock"), [PREVIEW_FILES]);
        // Once the whole corpus is in, no preview replaces it.
        let loaded = AtomicBool::new(true);
        let late = AtomicBool::new(false);
        previews(&request, &loaded, &|_| late.store(true, Ordering::Relaxed));
        assert!(!late.load(Ordering::Relaxed));
    }

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
