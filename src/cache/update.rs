//! One cached load: under the lock, open what the cache holds, reuse unchanged files, read
//! the rest, commit the difference, and open the library over the index on disk.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use super::manifest::{self, FORMAT, FileEntry, Manifest, Payload};
use super::place::{self, Place};
use super::{Report, Status, store};
use crate::Article;
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
    pub matcher: &'a Matcher,
    pub fingerprint: u64,
    pub progress: &'a (dyn Fn(LoadProgress) + Sync),
}

/// What the cache held when it was opened.
struct Held {
    index: tantivy::Index,
    manifest: Option<Manifest>,
    /// The stored articles, by slot.
    stored: Vec<Option<Article>>,
}

pub(super) fn cached(cx: &Context) -> anyhow::Result<Loaded> {
    let place = cx.place;
    let _lock = place.lock(&|| {})?;
    let fields = Fields::new();
    let mut notes = Vec::new();

    let started = Instant::now();
    let held = match open(cx, &fields) {
        Ok(held) => held,
        Err(e) => {
            notes.push(format!(
                "the cache was unreadable ({}): rebuilt",
                crate::text::sanitize_line(&format!("{e:#}"))
            ));
            place.wipe()?;
            Held {
                index: store::open_index(&place.index_dir(), &fields)?,
                manifest: None,
                stored: Vec::new(),
            }
        }
    };
    let restore = started.elapsed();
    let Held {
        index,
        manifest,
        mut stored,
    } = held;
    // Entities found with another gazetteer are found again, and every document rewritten.
    let replace_all = manifest
        .as_ref()
        .is_none_or(|m| m.gazetteer != cx.fingerprint);

    // Which files are unchanged: same path, size and time, every article stored.
    let old: HashMap<&[u8], &FileEntry> = manifest
        .iter()
        .flat_map(|m| &m.files)
        .map(|f| (f.path.as_slice(), f))
        .collect();
    let max_size = cx.request.options.max_file_size;
    let reuse: Vec<Option<&FileEntry>> = (0..cx.scan.len())
        .map(|i| {
            let stamp = cx.scan.stamp(i)?;
            let entry = *old.get(place::path_bytes(stamp.path).as_slice())?;
            let same = entry.size == stamp.size
                && stamp.mtime.map(manifest::nanos) == Some(entry.mtime)
                && entry.size <= max_size
                && (entry.first_slot..entry.first_slot + entry.articles)
                    .all(|s| stored.get(s as usize).is_some_and(Option::is_some));
            same.then_some(entry)
        })
        .collect();

    let started = Instant::now();
    let reading = |p| (cx.progress)(load::reading_progress(p));
    let mut read = cx
        .scan
        .read(&cx.request.options, &|i| reuse[i].is_none(), &reading);
    let read_time = started.elapsed();

    // The outcomes in walk order; each article with its slot (`None`: new, to be added) and
    // the key of its file; each file kept with the position of its first article.
    let mut outcomes: Vec<FileOutcome> = Vec::with_capacity(read.len());
    let mut slots: Vec<Option<u32>> = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    let mut entries: Vec<(FileEntry, usize)> = Vec::new();
    let (mut reused, mut fresh) = (0, 0);
    for (i, entry) in reuse.iter().enumerate() {
        let outcome = match entry {
            Some(entry) => {
                reused += 1;
                let range = entry.first_slot..entry.first_slot + entry.articles;
                let articles: Vec<Article> = range
                    .clone()
                    .filter_map(|s| stored.get_mut(s as usize).and_then(Option::take))
                    .collect();
                entries.push(((*entry).clone(), slots.len()));
                slots.extend(range.map(Some));
                keys.extend(std::iter::repeat_n(entry.key(), articles.len()));
                FileOutcome::new(&entry.display, entry.size, articles, entry.problems.clone())
            }
            None => {
                let Some(outcome) = read.get_mut(i).and_then(Option::take) else {
                    continue;
                };
                if let Some(stamp) = cx.scan.stamp(i) {
                    fresh += 1;
                    if let (false, Some(mtime)) = (outcome.retry, stamp.mtime) {
                        let entry = FileEntry {
                            path: place::path_bytes(stamp.path),
                            size: stamp.size,
                            mtime: manifest::nanos(mtime),
                            display: outcome.report.path.clone(),
                            problems: outcome.problems.clone(),
                            first_slot: 0,
                            articles: outcome.articles.len() as u32,
                        };
                        keys.extend(std::iter::repeat_n(entry.key(), outcome.articles.len()));
                        entries.push((entry, slots.len()));
                    } else {
                        keys.extend(std::iter::repeat_n(0, outcome.articles.len()));
                    }
                }
                slots.extend(outcome.articles.iter().map(|_| None));
                outcome
            }
        };
        outcomes.push(outcome);
    }
    drop(stored);
    let removed: Vec<u64> = match &manifest {
        Some(m) => {
            let kept: std::collections::HashSet<&[u8]> =
                reuse.iter().flatten().map(|e| e.path.as_slice()).collect();
            m.files
                .iter()
                .filter(|f| !kept.contains(f.path.as_slice()))
                .map(FileEntry::key)
                .collect()
        }
        None => Vec::new(),
    };
    let corpus = crate::corpus::assemble(outcomes, cx.scan.missing().to_vec());
    let mut articles = corpus.articles;
    let bytes = load::text_bytes(&articles);

    // Slots for what is new (everything, when the whole index is rewritten).
    let mut next_slot = manifest.as_ref().map_or(0, |m| m.next_slot);
    if replace_all {
        next_slot = 0;
        slots.iter_mut().for_each(|s| *s = None);
    }
    let added: Vec<usize> = (0..articles.len())
        .filter(|&i| slots[i].is_none())
        .collect();
    let started = Instant::now();
    if replace_all {
        load::annotate(cx.matcher, &mut articles, cx.progress);
    } else {
        let mut new: Vec<Article> = added
            .iter()
            .map(|&i| std::mem::take(&mut articles[i]))
            .collect();
        load::annotate(cx.matcher, &mut new, cx.progress);
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
    let entries: Vec<FileEntry> = entries
        .into_iter()
        .map(|(mut entry, first)| {
            entry.first_slot = slots
                .get(first)
                .copied()
                .filter(|_| entry.articles > 0)
                .unwrap_or(0);
            entry
        })
        .collect();

    let changed = replace_all || !added.is_empty() || !removed.is_empty();
    let started = Instant::now();
    let index_progress = |n: usize| (cx.progress)(load::indexing_progress(n, added.len(), bytes));
    if changed {
        let manifest = Manifest {
            format: FORMAT,
            program: super::program_version(),
            gazetteer: cx.fingerprint,
            next_slot,
            files: entries,
        };
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
            manifest,
            articles,
            &index_progress,
        )?;
    }
    let write = started.elapsed();
    let started = Instant::now();
    let library = Library::from_index(index, articles, &slots, cx.gazetteer.clone())?;
    let open_time = started.elapsed();

    let status = match (reused, fresh) {
        (_, 0) if !changed => Status::Hit,
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
            notes,
            timings: super::CacheTimings {
                scan: Default::default(),
                restore,
                write,
            },
        }),
    })
}

/// Open the index and its committed manifest and read the stored articles back; a cache
/// from another program version counts as empty.
fn open(cx: &Context, fields: &Fields) -> anyhow::Result<Held> {
    let index = store::open_index(&cx.place.index_dir(), fields)?;
    let manifest = store::committed_manifest(&index, &cx.place.dir)?
        .filter(|m| m.program == super::program_version());
    let stored = match &manifest {
        Some(m) => store::read_articles(&index, fields, m.next_slot)?,
        None => Vec::new(),
    };
    Ok(Held {
        index,
        manifest,
        stored,
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
    manifest: Manifest,
    mut articles: Vec<Article>,
    progress: &(dyn Fn(usize) + Sync),
) -> anyhow::Result<Vec<Article>> {
    let name = format!(
        "files-{:x}-{}.bin",
        manifest::nanos(std::time::SystemTime::now()),
        std::process::id()
    );
    place::write_atomic(&place.dir.join(&name), &manifest.to_bytes()?)?;
    super::test_abort("manifest");
    let added = change.added;
    let addition = Addition {
        articles: added
            .iter()
            .map(|&i| std::mem::take(&mut articles[i]))
            .collect(),
        slots: added.iter().map(|&i| change.slots[i]).collect(),
        files: added.iter().map(|&i| change.keys[i]).collect(),
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
