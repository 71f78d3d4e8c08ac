//! Reading a corpus: walking paths, choosing a format, decoding, and turning files into clean
//! [`Article`]s, with a diagnostic for every file that was not (fully) read.
//!
//! The pipeline: [`walk`] lists the files (in a stable order), then each file is read in
//! parallel by [`read`]: size check, bytes, [`decode`], [`format`], one parser per format
//! ([`text`], [`markdown`], [`html`], [`json`], [`feed`]), and [`build`] which sanitises every
//! field exactly once and fills in title, language and word count.

mod bounded;
mod build;
mod cdf;
mod date;
mod declared;
mod decode;
mod decode_wide;
mod feed;
mod feed_fixups;
mod fields;
mod format;
mod garble;
mod html;
mod json;
pub mod lang;
mod markdown;
pub(crate) mod months;
mod read;
mod seeds;
mod text;
pub mod title;
mod walk;
mod words;
mod xml_root;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::Article;

pub use bounded::read_small_file;
pub(crate) use read::human_size;
pub use seeds::SEED_NAMES;

/// Files larger than this are skipped unless `--max-file-size` says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// A hook run just before a file is opened (tests use it to delete a file between the walk
/// and the read, or to inject the I/O error a real disk would give, e.g. permission denied
/// when the tests run as root). An error it returns is reported as the file's read error.
pub type ReadHook = Arc<dyn Fn(&Path) -> std::io::Result<()> + Send + Sync>;

/// How to read.
#[derive(Clone)]
pub struct LoadOptions {
    pub max_file_size: u64,
    /// Test hook; `None` in the program.
    #[doc(hidden)]
    pub before_read: Option<ReadHook>,
}

impl std::fmt::Debug for LoadOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadOptions")
            .field("max_file_size", &self.max_file_size)
            .field("before_read", &self.before_read.is_some())
            .finish()
    }
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            before_read: None,
        }
    }
}

/// A file (or a part of one) that was not read, and why. Both strings are sanitised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub reason: String,
}

/// The `path` of a diagnostic about the cache rather than a file.
pub const CACHE_NOTE: &str = "(cache)";
/// The `path` of a diagnostic about the index (it could not be built) rather than a file.
pub const INDEX_NOTE: &str = "(index)";

impl Diagnostic {
    /// A note about the cache or the index: listed with the diagnostics, but not a file that
    /// was skipped (the browser's status bar counts it apart).
    pub fn is_note(&self) -> bool {
        self.path == CACHE_NOTE || self.path == INDEX_NOTE
    }
}

/// What happened to one input file, for `plantscope check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileReport {
    pub path: String,
    /// Articles read from it.
    pub articles: usize,
    /// Bytes in the file.
    pub bytes: u64,
    /// `None` when the file was read entirely; otherwise why it was (partly) skipped.
    pub problem: Option<String>,
    /// A folder that could not be listed (`"folder": true` in JSON), not a file.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub folder: bool,
}

/// Progress while loading, reported as files are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// Everything read from the inputs.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub files: Vec<FileReport>,
    pub diagnostics: Vec<Diagnostic>,
    /// Inputs named on the command line that do not exist (the CLI exits with 2).
    pub missing_inputs: Vec<PathBuf>,
}

impl Corpus {
    /// True when an input named by the user does not exist.
    pub fn has_missing_inputs(&self) -> bool {
        !self.missing_inputs.is_empty()
    }
}

/// The result of reading one file: its report, its articles and one diagnostic per problem.
#[derive(Debug, Clone)]
pub struct FileOutcome {
    pub report: FileReport,
    pub articles: Vec<Article>,
    pub problems: Vec<String>,
    /// The file could not be read (or is not a file): the same read may go otherwise next
    /// time, so a cache must not keep this outcome.
    pub retry: bool,
}

impl FileOutcome {
    /// A file that was not read at all.
    fn skipped(path: &str, bytes: u64, reason: impl Into<String>) -> FileOutcome {
        FileOutcome::new(path, bytes, Vec::new(), vec![reason.into()])
    }

    /// A file that could not be read now (an I/O error, a size over the limit).
    fn failed(path: &str, bytes: u64, reason: impl Into<String>) -> FileOutcome {
        FileOutcome {
            retry: true,
            ..FileOutcome::skipped(path, bytes, reason)
        }
    }

    /// Reasons are untrusted (they can quote file content), so they are sanitised here.
    pub fn new(
        path: &str,
        bytes: u64,
        articles: Vec<Article>,
        problems: Vec<String>,
    ) -> FileOutcome {
        let problems: Vec<String> = problems
            .iter()
            .map(|p| crate::text::sanitize_line(p))
            .collect();
        let problem = match problems.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            [first, rest @ ..] => Some(format!("{first} (and {} more problems)", rest.len())),
        };
        FileOutcome {
            report: FileReport {
                path: path.to_string(),
                articles: articles.len(),
                bytes,
                problem,
                folder: false,
            },
            articles,
            problems,
            retry: false,
        }
    }
}

/// How many files under `inputs` the ignore rules (`.ignore`; in a git repository `.gitignore`,
/// `.git/info/exclude` and git's global excludes) left out of `corpus`, read from them.
pub fn ignored_files(inputs: &[PathBuf], corpus: &Corpus) -> usize {
    let listed = corpus.files.iter().filter(|f| !f.folder).count();
    walk::ignored_files(inputs, listed.saturating_sub(corpus.missing_inputs.len()))
}

/// Read the inputs (files or folders). An empty list reads the embedded seed articles.
pub fn load(
    inputs: &[PathBuf],
    options: &LoadOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Corpus {
    if inputs.is_empty() {
        let outcomes = seeds::read_all();
        let total: u64 = outcomes.iter().map(|o| o.report.bytes).sum();
        progress(Progress {
            files_done: outcomes.len(),
            files_total: outcomes.len(),
            bytes_done: total,
            bytes_total: total,
        });
        return assemble(outcomes, Vec::new());
    }

    let scan = scan(inputs);
    let outcomes = scan
        .read(options, &|_| true, progress)
        .into_iter()
        .flatten()
        .collect();
    assemble(outcomes, scan.listing.missing)
}

/// The files the inputs name, walked but not read: what a cache compares with what it holds.
#[derive(Debug, Default)]
pub struct Scan {
    listing: walk::Listing,
}

/// A regular file found by [`scan`]: where it is and what says whether it changed.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    pub path: &'a Path,
    /// The path as shown (and as the file's article ids are made from).
    pub display: &'a str,
    pub size: u64,
    pub mtime: Option<std::time::SystemTime>,
}

/// Walk the inputs (never the embedded seeds: an empty list scans nothing).
pub fn scan(inputs: &[PathBuf]) -> Scan {
    Scan {
        listing: walk::walk(inputs),
    }
}

/// The first `limit` entries [`scan`] would give, without walking the rest (on one thread).
pub fn scan_first(inputs: &[PathBuf], limit: usize) -> Scan {
    Scan {
        listing: walk::walk_first(inputs, limit),
    }
}

impl Scan {
    /// How many entries the walk found (files to read and things it will not read).
    pub fn len(&self) -> usize {
        self.listing.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.listing.entries.is_empty()
    }

    /// Entry `i` when it is a regular file.
    pub fn stamp(&self, i: usize) -> Option<Stamp<'_>> {
        match self.listing.entries.get(i)? {
            walk::Entry::File {
                path,
                display,
                size,
                mtime,
            } => Some(Stamp {
                path,
                display,
                size: *size,
                mtime: *mtime,
            }),
            walk::Entry::Skipped { .. } => None,
        }
    }

    /// Inputs named that do not exist.
    pub fn missing(&self) -> &[PathBuf] {
        &self.listing.missing
    }

    /// Read (in parallel) the entries `wanted` picks, by index; `None` for the others.
    /// Progress counts the wanted entries only.
    pub fn read(
        &self,
        options: &LoadOptions,
        wanted: &(dyn Fn(usize) -> bool + Sync),
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Vec<Option<FileOutcome>> {
        let entries = &self.listing.entries;
        let picked = |i: usize| wanted(i);
        let files_total = (0..entries.len()).filter(|&i| picked(i)).count();
        let bytes_total: u64 = (0..entries.len())
            .filter(|&i| picked(i))
            .map(|i| entries[i].size())
            .sum();
        let files_done = AtomicUsize::new(0);
        let bytes_done = AtomicU64::new(0);
        entries
            .par_iter()
            .enumerate()
            .map(|(i, entry)| {
                if !picked(i) {
                    return None;
                }
                let outcome = read::read_entry(entry, options);
                let size = entry.size();
                progress(Progress {
                    files_done: files_done.fetch_add(1, Ordering::Relaxed) + 1,
                    files_total,
                    bytes_done: bytes_done.fetch_add(size, Ordering::Relaxed) + size,
                    bytes_total,
                });
                Some(outcome)
            })
            .collect()
    }
}

/// Read one file's bytes as if it had been found on disk under `name` (the extension chooses
/// the format, as for a real file): the in-memory entry point used by the fuzz targets. The
/// size limit applies; nothing touches the file system.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    options: &LoadOptions,
) -> (Vec<Article>, Vec<Diagnostic>) {
    let display = crate::text::display_path(Path::new(name));
    let outcome = if bytes.len() as u64 > options.max_file_size {
        FileOutcome::skipped(
            &display,
            bytes.len() as u64,
            read::too_large(bytes.len() as u64, options.max_file_size),
        )
    } else {
        read::parse_bytes(&display, Path::new(name), bytes)
    };
    let corpus = assemble(vec![outcome], Vec::new());
    (corpus.articles, corpus.diagnostics)
}

/// Outcomes in order → the corpus: articles, one report per file, one diagnostic per problem.
pub fn assemble(outcomes: Vec<FileOutcome>, missing_inputs: Vec<PathBuf>) -> Corpus {
    let mut corpus = Corpus {
        missing_inputs,
        ..Corpus::default()
    };
    corpus
        .articles
        .reserve(outcomes.iter().map(|o| o.articles.len()).sum());
    corpus.files.reserve(outcomes.len());
    for outcome in outcomes {
        corpus.push(outcome);
    }
    corpus
}

impl Corpus {
    /// Add the next file's outcome: its articles, report and diagnostics.
    pub fn push(&mut self, outcome: FileOutcome) {
        for reason in outcome.problems {
            self.diagnostics.push(Diagnostic {
                path: outcome.report.path.clone(),
                reason,
            });
        }
        self.articles.extend(outcome.articles);
        self.files.push(outcome.report);
    }
}
