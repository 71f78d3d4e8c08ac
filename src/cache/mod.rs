//! The persistent cache: the articles read, their entities, and the tantivy index, kept on
//! disk in the platform cache directory so that the next start reads only what changed.
//!
//! One folder per list of inputs ([`place`]), holding a tantivy index ([`store`]) whose
//! documents also store each article's body and mentions, and a manifest per commit
//! ([`manifest`]): per file its path, size and modification time and the slots of its
//! articles, and every article's summary. A start reads the manifest, not the documents (a
//! body is read from the index when an article is opened or highlighted); it walks the
//! inputs, reuses the articles of every file whose size and time are unchanged, reads the
//! others, removes the documents of changed and deleted files, adds the new ones and commits —
//! all under a lock. A gazetteer other than the one the cache was made with re-finds the
//! entities of the stored articles (the text is not read again); another program version
//! starts over. Anything unusable (read-only or full disk, no cache folder) falls back to the
//! in-memory load with a note.

mod directory;
pub mod manifest;
pub mod place;
pub mod store;
mod summaries;
#[cfg(test)]
mod tests;
mod update;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::load::{self, LoadProgress, Loaded, Request};

pub use place::{Place, cache_root};

/// Corpora smaller than this (bytes of files) load faster than a cache opens; overridden by
/// `PLANTSCOPE_CACHE_MIN_BYTES` (the tests cache tiny corpora).
pub const MIN_BYTES: u64 = 1 << 20;

/// What the cache did for one load.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub status: Status,
    /// The cache folder of these inputs.
    pub dir: Option<PathBuf>,
    /// Files whose articles came from the cache.
    pub reused: usize,
    /// Files read from the inputs.
    pub read: usize,
    /// Files the cache held that are gone or changed.
    pub removed: usize,
    /// For the user: why the cache was rebuilt or not used.
    pub notes: Vec<String>,
    pub timings: CacheTimings,
}

/// Where the time of a cached load went.
#[derive(Debug, Clone, Copy, Default)]
pub struct CacheTimings {
    /// Walking the inputs (sizes and times).
    pub scan: Duration,
    /// Opening the index and reading the stored articles back.
    pub restore: Duration,
    /// Writing the changes to the index and committing.
    pub write: Duration,
}

/// `hit`: everything came from the cache; `partial`: some files were read; `miss`: all were;
/// `off`: the cache was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    Hit,
    Partial,
    Miss,
    #[default]
    Off,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Hit => "hit",
            Status::Partial => "partial",
            Status::Miss => "miss",
            Status::Off => "off",
        }
    }
}

/// Load through the cache: as [`load::load`], with what the cache did in `Loaded::cache`.
/// The embedded seeds and corpora under [`MIN_BYTES`] load in memory. Fails only as the
/// in-memory load does (an unusable gazetteer file); a cache that cannot be used is a note.
pub fn load(request: &Request, progress: &(dyn Fn(LoadProgress) + Sync)) -> anyhow::Result<Loaded> {
    if request.inputs.is_empty() {
        return load::load(request, progress);
    }
    // The gazetteer only: its matcher is compiled when an article needs its entities found.
    let load_gazetteer =
        || -> anyhow::Result<(std::sync::Arc<crate::entities::Gazetteer>, Duration)> {
            let started = std::time::Instant::now();
            let gazetteer = match &request.gazetteer {
                Some(loaded) => loaded.clone(),
                None => {
                    std::sync::Arc::new(crate::entities::Gazetteer::load(&request.gazetteer_files)?)
                }
            };
            Ok((gazetteer, started.elapsed()))
        };
    let fallback = |gazetteer: std::sync::Arc<crate::entities::Gazetteer>,
                    note: Option<String>|
     -> anyhow::Result<Loaded> {
        let mut in_memory = request.clone();
        in_memory.gazetteer = Some(gazetteer);
        let mut loaded = load::load(&in_memory, progress)?;
        loaded.cache = Some(Report {
            notes: note.into_iter().collect(),
            ..Report::default()
        });
        Ok(loaded)
    };
    let Some(root) = cache_root() else {
        return fallback(
            load_gazetteer()?.0,
            Some("no cache folder on this system: loaded in memory".into()),
        );
    };
    let place = Place::new(&root, &request.inputs);
    if let Some(why) = place.refusal() {
        return fallback(
            load_gazetteer()?.0,
            Some(format!("{why}: loaded in memory")),
        );
    }
    let fingerprint = match gazetteer_fingerprint(&request.gazetteer_files) {
        Ok(f) => f,
        Err(e) => {
            return fallback(
                load_gazetteer()?.0,
                Some(format!("gazetteer unreadable for the cache ({e})")),
            );
        }
    };
    // Walking the inputs is mostly system calls, opening the cache mostly decoding: when a
    // cache exists, both at once (a corpus too small for the cache has no cache folder),
    // and the gazetteer decoded beside them.
    let scan_started = std::time::Instant::now();
    let walk = || {
        let scan = crate::corpus::scan(&request.inputs);
        (scan, scan_started.elapsed())
    };
    let ((scan, opened), gazetteer) = if place.index_dir().is_dir() {
        let ((scan, opened), gazetteer) = rayon::join(
            || rayon::join(walk, || update::open_locked(&place, fingerprint)),
            load_gazetteer,
        );
        ((scan, Some(opened)), gazetteer)
    } else {
        // No cache yet (or a corpus too small for one): no thread pool started for it.
        ((walk(), None), load_gazetteer())
    };
    let (gazetteer, gazetteer_time) = gazetteer?;
    let matcher = std::sync::OnceLock::new();
    let (scan, scan_time) = scan;
    let bytes: u64 = (0..scan.len())
        .filter_map(|i| scan.stamp(i))
        .map(|s| s.size)
        .sum();
    if bytes < min_bytes() {
        drop(opened);
        return fallback(gazetteer, None);
    }
    let context = update::Context {
        place: &place,
        request,
        scan: &scan,
        gazetteer: &gazetteer,
        matcher: &matcher,
        fingerprint,
        progress,
    };
    match update::cached(&context, opened) {
        Ok(mut loaded) => {
            loaded.timings.gazetteer = gazetteer_time;
            if let Some(report) = &mut loaded.cache {
                report.timings.scan = scan_time;
            }
            Ok(loaded)
        }
        Err(e) => fallback(
            gazetteer.clone(),
            Some(format!(
                "cache unusable ({}): loaded in memory",
                crate::text::sanitize_line(&format!("{e:#}"))
            )),
        ),
    }
}

/// Test hook: end the process at once (as a kill would) at the named point of a cache write
/// when `PLANTSCOPE_TEST_ABORT` names it (`manifest`: the manifest written, nothing
/// committed; `commit`: documents added, not committed; `cleanup`: committed, old manifests
/// not yet removed).
pub fn test_abort(point: &str) {
    if std::env::var_os("PLANTSCOPE_TEST_ABORT").is_some_and(|v| v == point) {
        std::process::abort();
    }
}

fn min_bytes() -> u64 {
    std::env::var("PLANTSCOPE_CACHE_MIN_BYTES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(MIN_BYTES)
}

/// The program's version as the cache knows it: the package version and the executable's
/// size and modification time, so that any rebuild (new fields, new extraction) starts the
/// cache over rather than misreading it.
pub fn program_version() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let mtime = m.modified().map(manifest::nanos).unwrap_or_default();
            format!("{} {mtime}", m.len())
        })
        .unwrap_or_default();
    format!("{} {exe}", env!("CARGO_PKG_VERSION"))
}

/// A hash of the gazetteer files' paths and contents (the embedded gazetteer is part of the
/// program version).
pub fn gazetteer_fingerprint(files: &[PathBuf]) -> std::io::Result<u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in files {
        feed(&place::path_bytes(file));
        feed(&std::fs::read(file)?);
        feed(&[0xff]);
    }
    Ok(hash)
}

/// What `plantscope cache` shows about one cache folder.
#[derive(Debug, Clone)]
pub struct Entry {
    pub dir: PathBuf,
    pub inputs: Vec<String>,
    pub bytes: u64,
    pub files: usize,
    pub articles: usize,
    /// The manifest could not be read (another version, damage, never committed).
    pub unreadable: Option<String>,
}

/// Every cache folder under `root`.
pub fn entries(root: &Path) -> Vec<Entry> {
    let Ok(dirs) = std::fs::read_dir(root.join(place::LAYOUT)) else {
        return Vec::new();
    };
    let mut out: Vec<Entry> = dirs
        .flatten()
        .filter(|d| d.file_type().is_ok_and(|t| t.is_dir()))
        .map(|d| describe(&d.path()))
        .collect();
    out.sort_by(|a, b| a.dir.cmp(&b.dir));
    out
}

fn describe(dir: &Path) -> Entry {
    let inputs = std::fs::read_to_string(dir.join("inputs.txt"))
        .map(|s| s.lines().map(crate::text::sanitize_line).collect())
        .unwrap_or_default();
    let manifest = (|| {
        let index = tantivy::Index::open_in_dir(dir.join("index"))?;
        store::committed_manifest(&index, dir, None)
    })();
    let (files, articles, unreadable) = match manifest {
        Ok(Some(m)) => (m.files.len(), m.articles(), None),
        Ok(None) => (0, 0, Some("nothing committed".to_string())),
        Err(e) => (0, 0, Some(crate::text::sanitize_line(&format!("{e:#}")))),
    };
    Entry {
        dir: dir.to_path_buf(),
        inputs,
        bytes: place::size_of(dir),
        files,
        articles,
        unreadable,
    }
}
