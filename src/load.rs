//! From paths to a searchable [`Library`]: read the corpus, find entities (in parallel),
//! build the index — timing each stage and reporting progress as it goes.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::corpus::{self, Diagnostic, FileReport, LoadOptions, Progress};
use crate::entities::{Gazetteer, Matcher};
use crate::search::Library;

/// Up to this much text, entities are found on the calling thread: it takes well under a
/// millisecond, less than starting the thread pool and waiting for its threads to be
/// scheduled (several ms on a busy machine, for the three seed articles).
const SEQUENTIAL_MAX_BYTES: u64 = 256 * 1024;

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Files and folders; empty means the embedded seed articles.
    pub inputs: Vec<PathBuf>,
    pub options: LoadOptions,
    /// Extra gazetteer files (`--gazetteer`), applied over the embedded one.
    pub gazetteer_files: Vec<PathBuf>,
    /// A gazetteer already loaded from those files (the browser checks them before taking
    /// over the terminal), so the load does not parse them again.
    pub gazetteer: Option<Arc<Gazetteer>>,
}

/// The stage a load is in, for progress displays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    #[default]
    Reading,
    Extracting,
    Indexing,
}

/// Progress of a load: the stage and how far it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadProgress {
    pub stage: Stage,
    /// Files while reading, articles while extracting and indexing.
    pub done: usize,
    pub total: usize,
    /// Bytes read so far (reading stage) or in all (later stages).
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// How long each stage took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Loading the gazetteer, compiling the matcher and the fact lexicons.
    pub gazetteer: Duration,
    pub read: Duration,
    pub extract: Duration,
    pub index: Duration,
}

/// A loaded corpus.
pub struct Loaded {
    pub library: Library,
    pub files: Vec<FileReport>,
    pub diagnostics: Vec<Diagnostic>,
    pub timings: Timings,
    /// Bytes of article text (titles and bodies).
    pub bytes: u64,
    /// What the persistent cache did (`None`: not used).
    pub cache: Option<crate::cache::Report>,
}

/// The gazetteer a request asks for and its matcher, and how long they took.
pub fn matcher(request: &Request) -> anyhow::Result<(Arc<Gazetteer>, Matcher, Duration)> {
    let started = Instant::now();
    let gazetteer = match &request.gazetteer {
        Some(loaded) => loaded.clone(),
        None => Arc::new(Gazetteer::load(&request.gazetteer_files)?),
    };
    let matcher = Matcher::new(gazetteer.clone());
    Ok((gazetteer, matcher, started.elapsed()))
}

/// Reading progress in the words of a load.
pub fn reading_progress(p: Progress) -> LoadProgress {
    LoadProgress {
        stage: Stage::Reading,
        done: p.files_done,
        total: p.files_total,
        bytes_done: p.bytes_done,
        bytes_total: p.bytes_total,
    }
}

/// Bytes of article text (titles and bodies).
pub fn text_bytes(articles: &[crate::Article]) -> u64 {
    articles
        .iter()
        .map(|a| (a.title.len() + a.body.len()) as u64)
        .sum()
}

/// Find the entities of `articles` and then their production facts (in parallel unless there
/// is little text).
pub fn annotate(
    matcher: &Matcher,
    articles: &mut [crate::Article],
    progress: &(dyn Fn(LoadProgress) + Sync),
) {
    let facts = crate::facts::Extractor::new(matcher.gazetteer());
    let total = articles.len();
    let bytes = text_bytes(articles);
    let done = AtomicUsize::new(0);
    let annotate = |article: &mut crate::Article| {
        matcher.annotate(article);
        article.facts = facts.extract(article);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n.is_multiple_of(512) || n == total {
            progress(LoadProgress {
                stage: Stage::Extracting,
                done: n,
                total,
                bytes_done: bytes,
                bytes_total: bytes,
            });
        }
    };
    if bytes <= SEQUENTIAL_MAX_BYTES {
        articles.iter_mut().for_each(annotate);
    } else {
        articles.par_iter_mut().for_each(annotate);
    }
}

/// Indexing progress: `n` of `total` articles.
pub fn indexing_progress(n: usize, total: usize, bytes: u64) -> LoadProgress {
    LoadProgress {
        stage: Stage::Indexing,
        done: n,
        total,
        bytes_done: bytes,
        bytes_total: bytes,
    }
}

/// The reading stage alone: every input read into articles, with a report per file, under
/// the request's options. A whole load starts with it; `check` reports it and stops there.
pub fn read(request: &Request, progress: &(dyn Fn(LoadProgress) + Sync)) -> corpus::Corpus {
    let reading = |p: Progress| progress(reading_progress(p));
    corpus::load(&request.inputs, &request.options, &reading)
}

/// Load a corpus in memory. Fails only when a gazetteer file is unusable or the index cannot
/// be built; unreadable inputs are diagnostics, not errors.
pub fn load(request: &Request, progress: &(dyn Fn(LoadProgress) + Sync)) -> anyhow::Result<Loaded> {
    let (gazetteer, matcher, gazetteer_time) = matcher(request)?;

    let started = Instant::now();
    let corpus = read(request, progress);
    let read = started.elapsed();

    let started = Instant::now();
    let mut articles = corpus.articles;
    let total = articles.len();
    let bytes = text_bytes(&articles);
    annotate(&matcher, &mut articles, progress);
    let extract = started.elapsed();

    let started = Instant::now();
    let indexing = |n: usize| progress(indexing_progress(n, total, bytes));
    let library = Library::with_gazetteer(articles, gazetteer, &indexing)?;
    let index = started.elapsed();

    Ok(Loaded {
        library,
        files: corpus.files,
        diagnostics: corpus.diagnostics,
        timings: Timings {
            gazetteer: gazetteer_time,
            read,
            extract,
            index,
        },
        bytes,
        cache: None,
    })
}
