//! One cached load: under the lock, open what the cache holds, reuse unchanged files, read
//! the rest, commit the difference, and open the library over the index on disk.
//!
//! A start reads the manifest (every article's summary), not the index's documents: the
//! library reads a body when an article is opened. Only another gazetteer reads every
//! document back, to find the entities again without reading the files.

use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use super::manifest::{self, FORMAT, FileEntry, Manifest, ManifestRef, Payload};
use super::place::{self, Place};
use super::{Report, Status, store};
use crate::Article;
use crate::article::Detail;
use crate::corpus::{FileOutcome, Scan};
use crate::entities::{Gazetteer, Matcher};
use crate::load::{self, LoadProgress, Loaded, Request, Timings};
use crate::search::Library;
use crate::search::build::{self, Addition};
use crate::search::schema::Fields;

/// Everything one cached load works with.
pub(super) struct Context<'a> {
    pub place: &'a Place,
    pub request: &'a Request,
    pub scan: &'a Scan,
    pub gazetteer: &'a Arc<Gazetteer>,
    /// Made when an article needs its entities found (a start that reuses every file
    /// needs none, and compiling it is a good part of such a start).
    pub matcher: &'a OnceLock<Matcher>,
    pub fingerprint: u64,
    pub progress: &'a (dyn Fn(LoadProgress) + Sync),
}

impl Context<'_> {
    fn matcher(&self) -> &Matcher {
        self.matcher
            .get_or_init(|| Matcher::new(self.gazetteer.clone()))
    }
}

/// What the cache held when it was opened.
struct Held {
    index: tantivy::Index,
    manifest: Option<Manifest>,
    /// Per slot, the details the index stores: read only when the entities are found again.
    details: Vec<Option<Detail>>,
}

/// The cache's lock, and what it held when opened under it (an error: unreadable).
pub(super) struct Opened {
    lock: std::fs::File,
    held: anyhow::Result<Held>,
    /// How long opening took (the lock included).
    took: std::time::Duration,
}

/// Take the lock of `place` and open what it holds (the index, the manifest, and — when the
/// manifest's gazetteer fingerprint is not `fingerprint` — every detail). Fails only when the
/// lock cannot be taken.
pub(super) fn open_locked(place: &Place, fingerprint: u64) -> std::io::Result<Opened> {
    let started = Instant::now();
    let lock = place.lock(&|| {})?;
    let held = open(place, &Fields::new(), fingerprint);
    Ok(Opened {
        lock,
        held,
        took: started.elapsed(),
    })
}

/// Load through the cache in `cx.place`, from what [`open_locked`] gave if it ran already; a
/// cache that cannot be opened or does not match its index is reported in the notes and
/// rebuilt.
pub(super) fn cached(
    cx: &Context,
    opened: Option<std::io::Result<Opened>>,
) -> anyhow::Result<Loaded> {
    let Opened {
        lock: _lock,
        held,
        took: restore,
    } = match opened {
        Some(opened) => opened?,
        None => open_locked(cx.place, cx.fingerprint)?,
    };
    match held.and_then(|held| attempt(cx, held, restore)) {
        Ok(loaded) => Ok(loaded),
        Err(e) => {
            let note = format!(
                "the cache was unreadable ({}): rebuilt",
                crate::text::sanitize_line(&format!("{e:#}"))
            );
            cx.place.wipe()?;
            let fresh = Held {
                index: store::open_index(&cx.place.index_dir(), &Fields::new())?,
                manifest: None,
                details: Vec::new(),
            };
            let mut loaded = attempt(cx, fresh, Default::default())?;
            if let Some(report) = &mut loaded.cache {
                report.notes.push(note);
            }
            Ok(loaded)
        }
    }
}

/// One load from what the cache `held` (opened in `restore`).
fn attempt(cx: &Context, held: Held, restore: std::time::Duration) -> anyhow::Result<Loaded> {
    let place = cx.place;
    let fields = Fields::new();
    let Held {
        index,
        manifest,
        mut details,
    } = held;
    // Entities found with another gazetteer are found again, and every document rewritten.
    let replace_all = manifest
        .as_ref()
        .is_none_or(|m| m.gazetteer != cx.fingerprint);
    let next_slot = manifest.as_ref().map_or(0, |m| m.next_slot);

    // The old files and their summaries (one file's after the other: file `k`'s start at
    // `starts[k]`), and which files are unchanged: same path, size and time (and, when the
    // entities are found again, every detail stored).
    let (mut old, mut summaries) = match manifest {
        Some(m) => (m.files, m.summaries),
        None => (Vec::new(), Vec::new()),
    };
    let starts: Vec<usize> = old
        .iter()
        .scan(0, |at, f| {
            let start = *at;
            *at += f.articles as usize;
            Some(start)
        })
        .collect();
    // The walk gives the files in the order the manifest keeps them: each file is looked
    // for next to the last one found, and by its path (a map made at the first file out of
    // step) only when it is not there.
    let mut by_path: Option<FxHashMap<&[u8], usize>> = None;
    let max_size = cx.request.options.max_file_size;
    let mut reuse: Vec<Option<usize>> = Vec::with_capacity(cx.scan.len());
    let mut key = Vec::new();
    let mut next = 0;
    for i in 0..cx.scan.len() {
        let Some(stamp) = cx.scan.stamp(i) else {
            reuse.push(None);
            continue;
        };
        place.file_key_into(stamp.path, &mut key);
        let found = match old.get(next) {
            Some(entry) if entry.path == key => Some(next),
            _ => by_path
                .get_or_insert_with(|| {
                    old.iter()
                        .enumerate()
                        .map(|(i, f)| (f.path.as_slice(), i))
                        .collect()
                })
                .get(key.as_slice())
                .copied(),
        };
        let Some(k) = found else {
            reuse.push(None);
            continue;
        };
        next = k + 1;
        let entry = &old[k];
        let same = entry.size == stamp.size
            && stamp.mtime.map(manifest::nanos) == Some(entry.mtime)
            && entry.size <= max_size
            && (!replace_all
                || (entry.first_slot..entry.first_slot + entry.articles)
                    .all(|s| details.get(s as usize).is_some_and(Option::is_some)));
        reuse.push(same.then_some(k));
    }
    drop(by_path);

    let started = Instant::now();
    let reading = |p| (cx.progress)(load::reading_progress(p));
    let mut read = cx
        .scan
        .read(&cx.request.options, &|i| reuse[i].is_none(), &reading);
    let read_time = started.elapsed();

    // The corpus in walk order, each article moved once from the manifest into it; each
    // article with its slot (`None`: new, to be added) and the key of its file; each file
    // kept with the position of its first article.
    let mut corpus = crate::corpus::Corpus {
        missing_inputs: cx.scan.missing().to_vec(),
        ..Default::default()
    };
    corpus.articles.reserve(summaries.len());
    corpus.files.reserve(reuse.len());
    let mut slots: Vec<Option<u32>> = Vec::with_capacity(summaries.len());
    let mut keys: Vec<u64> = Vec::with_capacity(summaries.len());
    let mut entries: Vec<(FileEntry, usize)> = Vec::with_capacity(reuse.len());
    let mut kept = vec![false; old.len()];
    let (mut reused, mut fresh) = (0, 0);
    // Files found under another spelling of their path: the manifest is saved under the
    // new one, or every later start would find their ids again.
    let mut renamed_any = false;
    for (i, k) in reuse.iter().enumerate() {
        match *k {
            Some(k) => {
                reused += 1;
                kept[k] = true;
                // The entry moves to the new manifest; `old` keeps those of removed files.
                let mut entry = std::mem::take(&mut old[k]);
                let first = entry.first_slot as usize;
                // The same file named another way (`news` then `/home/me/news`): shown, and
                // its ids made, as named now.
                let renamed = cx
                    .scan
                    .stamp(i)
                    .map(|s| s.display)
                    .filter(|d| *d != entry.display)
                    .map(|d| (std::mem::replace(&mut entry.display, d.to_string()), d));
                renamed_any |= renamed.is_some();
                let n = entry.articles as usize;
                let own = summaries
                    .get_mut(starts[k]..starts[k] + n)
                    .ok_or_else(|| anyhow::anyhow!("the manifest has too few summaries"))?;
                let at = corpus.articles.len();
                corpus
                    .articles
                    .extend(own.iter_mut().enumerate().map(|(j, summary)| {
                        let mut article = Article::from(std::mem::take(summary));
                        if let Some((before, now)) = &renamed {
                            rename(&mut article, j, before, now);
                        }
                        match details.get_mut(first + j).and_then(Option::take) {
                            Some(detail) => article.with_detail(detail),
                            None => article,
                        }
                    }));
                slots.extend((entry.first_slot..entry.first_slot + entry.articles).map(Some));
                keys.extend(std::iter::repeat_n(entry.key(), n));
                let mut outcome = FileOutcome::new(
                    &entry.display,
                    entry.size,
                    Vec::new(),
                    entry.problems.clone(),
                );
                outcome.report.articles = n;
                entries.push((entry, at));
                corpus.push(outcome);
            }
            None => {
                let Some(outcome) = read.get_mut(i).and_then(Option::take) else {
                    continue;
                };
                if let Some(stamp) = cx.scan.stamp(i) {
                    fresh += 1;
                    if let (false, Some(mtime)) = (outcome.retry, stamp.mtime) {
                        let entry = FileEntry {
                            path: place.file_key(stamp.path),
                            size: stamp.size,
                            mtime: manifest::nanos(mtime),
                            display: outcome.report.path.clone(),
                            problems: outcome.problems.clone(),
                            first_slot: 0,
                            articles: outcome.articles.len() as u32,
                            text_bytes: load::text_bytes(&outcome.articles),
                        };
                        keys.extend(std::iter::repeat_n(entry.key(), outcome.articles.len()));
                        entries.push((entry, slots.len()));
                    } else {
                        keys.extend(std::iter::repeat_n(0, outcome.articles.len()));
                    }
                }
                slots.extend(outcome.articles.iter().map(|_| None));
                corpus.push(outcome);
            }
        }
    }
    drop(details);
    drop(summaries);
    drop(read);
    let removed: Vec<u64> = old
        .iter()
        .zip(&kept)
        .filter(|(_, kept)| !**kept)
        .map(|(f, _)| f.key())
        .collect();
    drop(old);
    let mut articles = corpus.articles;
    let bytes: u64 = entries.iter().map(|(e, _)| e.text_bytes).sum();

    // Slots for what is new (everything, when the whole index is rewritten).
    let mut next_slot = next_slot;
    if replace_all {
        next_slot = 0;
        slots.iter_mut().for_each(|s| *s = None);
    }
    let added: Vec<usize> = (0..articles.len())
        .filter(|&i| slots[i].is_none())
        .collect();
    let started = Instant::now();
    if replace_all {
        load::annotate(cx.matcher(), &mut articles, cx.progress);
    } else if !added.is_empty() {
        let mut new: Vec<Article> = added
            .iter()
            .map(|&i| std::mem::take(&mut articles[i]))
            .collect();
        load::annotate(cx.matcher(), &mut new, cx.progress);
        for (&i, article) in added.iter().zip(new) {
            articles[i] = article;
        }
    }
    let extract = started.elapsed();
    for &i in &added {
        slots[i] = Some(next_slot);
        next_slot += 1;
    }
    let slots: Vec<u32> = slots.into_iter().map(|s| s.unwrap_or(u32::MAX)).collect();
    let entries: Vec<(FileEntry, usize)> = entries
        .into_iter()
        .map(|(mut entry, first)| {
            entry.first_slot = slots
                .get(first)
                .copied()
                .filter(|_| entry.articles > 0)
                .unwrap_or(0);
            (entry, first)
        })
        .collect();

    let documents_changed = replace_all || !added.is_empty() || !removed.is_empty();
    let changed = documents_changed || renamed_any;
    let started = Instant::now();
    let index_progress = |n: usize| (cx.progress)(load::indexing_progress(n, added.len(), bytes));
    if changed {
        let files: Vec<FileEntry> = entries.iter().map(|(e, _)| e.clone()).collect();
        let program = super::program_version();
        let manifest = ManifestRef {
            format: FORMAT,
            program: &program,
            gazetteer: cx.fingerprint,
            next_slot,
            files: &files,
            summaries: entries
                .iter()
                .flat_map(|(e, first)| &articles[*first..*first + e.articles as usize])
                .map(Article::summary_ref)
                .collect(),
        }
        .to_bytes()?;
        drop(files);
        let change = Change {
            replace_all,
            removed: &removed,
            added: &added,
            slots: &slots,
            keys: &keys,
        };
        articles = commit(
            place,
            &index,
            &fields,
            &change,
            &manifest,
            articles,
            &index_progress,
        )?;
    }
    let write = started.elapsed();
    let started = Instant::now();
    let library = Library::from_index(index, articles, &slots, cx.gazetteer.clone())?;
    let open_time = started.elapsed();

    let status = match (reused, fresh) {
        (_, 0) if !documents_changed => Status::Hit,
        (0, _) => Status::Miss,
        _ => Status::Partial,
    };
    Ok(Loaded {
        library,
        files: corpus.files,
        diagnostics: corpus.diagnostics,
        timings: Timings {
            gazetteer: Default::default(),
            read: restore + read_time,
            extract,
            index: write + open_time,
        },
        bytes,
        cache: Some(Report {
            status,
            dir: Some(place.dir.clone()),
            reused,
            read: fresh,
            removed: removed.len(),
            notes: Vec::new(),
            timings: super::CacheTimings {
                scan: Default::default(),
                restore,
                write,
            },
        }),
    })
}

/// Show `article`, the `j`-th of its file, under the path `now` instead of `before`, its id
/// made from `now` and its position in the file — found again from the old id (ids are a
/// hash of path and position), looked for from `j` on: positions skip items without text.
fn rename(article: &mut Article, j: usize, before: &str, now: &str) {
    if article.path == before {
        article.path = now.to_string();
    }
    // Past this bound the old id stays (still unique, but not the one an uncached load gives).
    let item = (j..j + RENAME_LOOKAHEAD)
        .chain(0..j)
        .find(|&item| crate::article::stable_id(before, item) == article.id);
    if let Some(item) = item {
        article.id = crate::article::stable_id(now, item);
    }
}

/// How far past its index [`rename`] looks for an article's position in its file.
const RENAME_LOOKAHEAD: usize = 4096;

/// Open the index and its committed manifest (a cache from another program version counts
/// as empty); when the manifest's gazetteer is not `fingerprint`, read every detail back.
fn open(place: &Place, fields: &Fields, fingerprint: u64) -> anyhow::Result<Held> {
    let index = store::open_index(&place.index_dir(), fields)?;
    let manifest = store::committed_manifest(&index, &place.dir, Some(&super::program_version()))?;
    let details = match &manifest {
        Some(m) if m.gazetteer != fingerprint => store::read_details(&index, fields, m.next_slot)?,
        _ => Vec::new(),
    };
    Ok(Held {
        index,
        manifest,
        details,
    })
}

/// What a commit changes in the index.
struct Change<'a> {
    replace_all: bool,
    /// Keys of the files whose documents go.
    removed: &'a [u64],
    /// Positions of the articles to add.
    added: &'a [usize],
    /// Per article: its slot and the key of its file.
    slots: &'a [u32],
    keys: &'a [u64],
}

/// Write the manifest, then commit the index naming it; then drop the manifests no commit
/// names. Returns the articles (they travel through the index writer).
fn commit(
    place: &Place,
    index: &tantivy::Index,
    fields: &Fields,
    change: &Change,
    manifest: &[u8],
    mut articles: Vec<Article>,
    progress: &(dyn Fn(usize) + Sync),
) -> anyhow::Result<Vec<Article>> {
    let name = format!(
        "files-{:x}-{}.bin",
        manifest::nanos(std::time::SystemTime::now()),
        std::process::id()
    );
    place::write_atomic(&place.dir.join(&name), manifest)?;
    super::test_abort("manifest");
    let added = change.added;
    let addition = Addition {
        articles: added
            .iter()
            .map(|&i| std::mem::take(&mut articles[i]))
            .collect(),
        slots: added.iter().map(|&i| change.slots[i]).collect(),
        files: added.iter().map(|&i| change.keys[i]).collect(),
        before_commit: Some(|| super::test_abort("commit")),
    };
    let payload = serde_json::to_string(&Payload {
        format: FORMAT,
        manifest: name.clone(),
    })?;
    let back = build::update(
        index,
        fields,
        change.replace_all,
        change.removed,
        addition,
        &payload,
        progress,
    )?;
    for (&i, article) in added.iter().zip(back) {
        articles[i] = article;
    }
    super::test_abort("cleanup");
    // Older manifests (and those of commits that never happened) are no longer named.
    if let Ok(dir) = std::fs::read_dir(&place.dir) {
        for entry in dir.flatten() {
            let file = entry.file_name();
            let file = file.to_string_lossy();
            if file.starts_with("files-") && file != name {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(articles)
}
