//! Building the in-memory index: a writer set up for bulk loading (threads and memory budget
//! chosen for the corpus size, no merging while loading nor after), or, for a
//! corpus small enough for one thread, a single segment written on the calling thread.
//! Documents borrow the articles' text instead of copying it.

use std::sync::Arc;

use tantivy::directory::RamDirectory;
use tantivy::indexer::NoMergePolicy;
use tantivy::schema::Field;
use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{Index, IndexReader, IndexSettings, ReloadPolicy, Term};

use super::analyzer::Stemming;
use super::schema::Fields;
use crate::Article;

/// tantivy's smallest per-thread arena.
const MIN_BUDGET_PER_THREAD: usize = 15_000_000;
/// Up to this much text, one segment written on the calling thread: no writer threads to
/// start, no segment bookkeeping, and a hash table sized for the text rather than the 15 MB
/// minimum — on the embedded seeds, that was most of the index stage.
const SINGLE_SEGMENT_MAX_BYTES: usize = 2_000_000;

/// Largest per-thread arena: beyond this, memory grows without making indexing faster (a
/// bigger arena only means fewer, larger segments). At 100k articles the arenas were 128 MB
/// of the peak; 32 MB each is half that.
const MAX_BUDGET_PER_THREAD: usize = 32_000_000;

/// Index `articles` in RAM; `progress` is told how many documents have been added. The
/// articles are handed back once the index is built.
pub fn build_index(
    fields: &Fields,
    articles: Vec<Article>,
    progress: &(dyn Fn(usize) + Sync),
) -> tantivy::Result<(Index, IndexReader, Vec<Article>)> {
    let bytes: usize = articles.iter().map(|a| a.body.len() + a.title.len()).sum();
    let count = articles.len();
    let tokenizers = tokenizers();
    let shared = Arc::new(Shared::new(articles, fields));
    let index = if count == 0 {
        // Nothing to write: an index without segments searches fine and starts no thread.
        Index::builder()
            .schema(fields.schema.clone())
            .tokenizers(tokenizers)
            .create_in_ram()?
    } else if bytes <= SINGLE_SEGMENT_MAX_BYTES {
        single_segment(&shared, tokenizers, bytes, progress)?
    } else {
        let index = Index::builder()
            .schema(fields.schema.clone())
            .tokenizers(tokenizers)
            .create_in_ram()?;
        bulk_load(&index, &shared, bytes, progress)?;
        index
    };
    progress(count);

    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    reader.reload()?;
    // Every document was dropped by the indexing threads, which have all been joined: the
    // articles are ours again. (A clone if tantivy ever kept one: correct, only costlier.)
    let articles = Arc::try_unwrap(shared).map_or_else(|s| s.articles.clone(), |s| s.articles);
    Ok((index, reader, articles))
}

/// The analyzers every index of the library uses, registered by name.
pub fn tokenizers() -> TokenizerManager {
    let tokenizers = TokenizerManager::default();
    for lang in Stemming::ALL {
        tokenizers.register(lang.analyzer_name(), lang.analyzer());
    }
    tokenizers
}

/// Articles to add to an index kept on disk, each with its slot and the key of its file.
#[derive(Debug, Default)]
pub struct Addition {
    pub articles: Vec<Article>,
    pub slots: Vec<u32>,
    pub files: Vec<u64>,
    /// Run once the documents are added, before the commit (the cache's crash tests stop the
    /// process there); the index knows nothing of the cache.
    pub before_commit: Option<fn()>,
}

/// Change an index kept on disk in one commit: remove everything (`replace_all`) or the
/// articles of the files `removed`, add `addition` (each article stored whole, for reading
/// back), and commit with `payload`. Nothing is visible to another opener before the commit,
/// and a process killed before it leaves the last commit as it was. Many small segments
/// (of earlier updates) are then merged into one (the merge keeps the payload); the large
/// ones of a first load never are. The articles are handed back.
pub fn update(
    index: &Index,
    fields: &Fields,
    replace_all: bool,
    removed: &[u64],
    addition: Addition,
    payload: &str,
    progress: &(dyn Fn(usize) + Sync),
) -> tantivy::Result<Vec<Article>> {
    let bytes: usize = addition
        .articles
        .iter()
        .map(|a| a.body.len() + a.title.len())
        .sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (threads, per_thread) = writer_shape(bytes, cores);
    let mut writer = index.writer_with_num_threads::<ArticleDoc>(threads, per_thread * threads)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));
    if replace_all {
        writer.delete_all_documents()?;
    }
    for &file in removed {
        writer.delete_term(Term::from_field_u64(fields.file, file));
    }
    let shared = Arc::new(Shared {
        articles: addition.articles,
        fields: fields.clone(),
        slots: Some(addition.slots),
        files: Some(addition.files),
    });
    for ord in 0..shared.articles.len() {
        writer.add_document(ArticleDoc::new(&shared, ord))?;
        if ord % 1024 == 1023 {
            progress(ord + 1);
        }
    }
    if let Some(hook) = addition.before_commit {
        hook();
    }
    let mut commit = writer.prepare_commit()?;
    commit.set_payload(payload);
    commit.commit()?;
    let small = small_segments(&index.searchable_segment_metas()?);
    if small.len() > MAX_SMALL_SEGMENTS {
        writer.merge(&small).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(Arc::try_unwrap(shared).map_or_else(|s| s.articles.clone(), |s| s.articles))
}

/// An index on disk updated file by file gathers a small segment per update: beyond this
/// many small ones, they are merged into one.
const MAX_SMALL_SEGMENTS: usize = 8;

/// The segments much smaller than the largest (an eighth of its documents or fewer): those
/// of updates, cheap to merge. The segments of a first load are about the same size and are
/// never merged: a merge of the whole index took seconds on one thread, and searching a few
/// dozen segments costs little more than one.
fn small_segments(metas: &[tantivy::SegmentMeta]) -> Vec<tantivy::index::SegmentId> {
    let largest = metas.iter().map(|m| m.num_docs()).max().unwrap_or(0);
    metas
        .iter()
        .filter(|m| u64::from(m.num_docs()) * 8 <= u64::from(largest))
        .map(|m| m.id())
        .collect()
}

/// The whole corpus as one segment, written on this thread.
///
/// `IndexBuilder::single_segment_index_writer` is `#[doc(hidden)]` in tantivy 0.27 and has no
/// public equivalent: `IndexWriter` (the public way) always starts indexing threads and sizes
/// its hash table for at least a 15 MB arena, which was most of the seeds' start-up (102 →
/// 33 ms, BENCHMARKS.md). It is kept here, behind this one function; the test
/// `one_segment_on_this_thread_indexes_like_the_writer_threads` holds it to index exactly what
/// the public writer does, and should tantivy drop it, `bulk_load` alone is correct.
fn single_segment(
    shared: &Arc<Shared>,
    tokenizers: TokenizerManager,
    bytes: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> tantivy::Result<Index> {
    // The budget only sizes the term hash table, which grows as needed: a few times the text
    // is plenty, and a megabyte at least keeps tiny corpora from growing it at all.
    let budget = (bytes * 4).clamp(1 << 20, MIN_BUDGET_PER_THREAD);
    // The document store is compressed on this thread too: a dedicated one (tantivy's
    // default) is one more thread to start and wait for, for a few kilobytes.
    let settings = IndexSettings {
        docstore_compress_dedicated_thread: false,
        ..IndexSettings::default()
    };
    let mut writer = Index::builder()
        .schema(shared.fields.schema.clone())
        .settings(settings)
        .tokenizers(tokenizers)
        .single_segment_index_writer::<ArticleDoc>(RamDirectory::create(), budget)?;
    for ord in 0..shared.articles.len() {
        writer.add_document(ArticleDoc::new(shared, ord))?;
        if ord % 1024 == 1023 {
            progress(ord + 1);
        }
    }
    writer.finalize()
}

/// Index with writer threads, a few segments per thread, kept as they are.
fn bulk_load(
    index: &Index,
    shared: &Arc<Shared>,
    bytes: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> tantivy::Result<()> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (threads, per_thread) = writer_shape(bytes, cores);
    let mut writer = index.writer_with_num_threads::<ArticleDoc>(threads, per_thread * threads)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));

    for ord in 0..shared.articles.len() {
        writer.add_document(ArticleDoc::new(shared, ord))?;
        if ord % 1024 == 1023 {
            progress(ord + 1);
        }
    }
    writer.commit()?;
    // No final merge: it ran on one thread for seconds at 100k articles (while the other
    // core idled), and a search over the few dozen segments of a bulk load costs about the
    // same as over one.
    writer.wait_merging_threads()
}

/// Writer threads and the arena of each for `bytes` of text on `cores` cores.
fn writer_shape(bytes: usize, cores: usize) -> (usize, usize) {
    // One thread per ~2 MB of text, up to the cores: tiny corpora stay in one segment, the
    // rest use every core (the final merge costs less than an idle core).
    let threads = (bytes / 2_000_000).clamp(1, cores.min(8));
    // A thread's postings, positions and term table take ~2.5 times its text: an arena of
    // three times the text holds it in one segment. With the text alone (the old rule) each
    // thread flushed three segments at 10k articles, and writing and then merging six
    // segments instead of two cost ~10 % more CPU. Large corpora are capped anyway.
    let per_thread =
        (bytes.saturating_mul(3) / threads).clamp(MIN_BUDGET_PER_THREAD, MAX_BUDGET_PER_THREAD);
    (threads, per_thread)
}

/// What every document of one build points into.
struct Shared {
    articles: Vec<Article>,
    fields: Fields,
    /// Per article: its slot in an index kept on disk (else its position).
    slots: Option<Vec<u32>>,
    /// Per article, in an index kept on disk: the key of its file. Such an index stores each
    /// article whole.
    files: Option<Vec<u64>>,
}

impl Shared {
    fn new(articles: Vec<Article>, fields: &Fields) -> Shared {
        Shared {
            articles,
            fields: fields.clone(),
            slots: None,
            files: None,
        }
    }
}

/// One article as a tantivy document that borrows its text instead of copying it. tantivy
/// queues up to 10,000 documents between the caller and its indexing threads, and a
/// `TantivyDocument` owns its strings: the queue held a second copy of the corpus text (all
/// of it at 10k articles) at the moment memory peaks.
struct ArticleDoc {
    shared: Arc<Shared>,
    ord: usize,
    /// The folded title, for the title sort: the only text not already in the article.
    title_key: String,
    date: i64,
    /// The article serialised, when the index stores it (made on the indexing thread that
    /// first asks, not on the thread that queues documents).
    blob: std::sync::OnceLock<Vec<u8>>,
}

impl ArticleDoc {
    fn new(shared: &Arc<Shared>, ord: usize) -> ArticleDoc {
        let article = &shared.articles[ord];
        ArticleDoc {
            title_key: crate::text::fold::fold_str(&article.title),
            date: date_key(article.date.as_ref()),
            shared: shared.clone(),
            ord,
            blob: std::sync::OnceLock::new(),
        }
    }
}

/// A field value of an [`ArticleDoc`].
#[derive(Debug, Clone)]
enum DocValue<'a> {
    U64(u64),
    I64(i64),
    Str(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Value<'a> for DocValue<'a> {
    type ArrayIter = std::iter::Empty<DocValue<'a>>;
    type ObjectIter = std::iter::Empty<(&'a str, DocValue<'a>)>;

    fn as_value(&self) -> ReferenceValue<'a, Self> {
        ReferenceValue::Leaf(match *self {
            DocValue::U64(n) => ReferenceValueLeaf::U64(n),
            DocValue::I64(n) => ReferenceValueLeaf::I64(n),
            DocValue::Str(s) => ReferenceValueLeaf::Str(s),
            DocValue::Bytes(b) => ReferenceValueLeaf::Bytes(b),
        })
    }
}

impl Document for ArticleDoc {
    type Value<'a> = DocValue<'a>;
    type FieldsValuesIter<'a> = std::vec::IntoIter<(Field, DocValue<'a>)>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        let fields = &self.shared.fields;
        let article = &self.shared.articles[self.ord];
        let (title, body) = fields.text_fields(Stemming::from(article.lang));
        let slot = self
            .shared
            .slots
            .as_ref()
            .and_then(|slots| slots.get(self.ord))
            .map_or(self.ord as u64, |&slot| u64::from(slot));
        let mut values = vec![
            (fields.ord, DocValue::U64(slot)),
            (fields.date, DocValue::I64(self.date)),
            (fields.title_key, DocValue::Str(&self.title_key)),
            (title, DocValue::Str(&article.title)),
            (body, DocValue::Str(&article.body)),
        ];
        for (facet, field) in fields.facets() {
            values.extend(
                super::facets::values_of(article, facet).map(|value| (field, DocValue::Str(value))),
            );
        }
        for fact in &article.facts {
            values.push((fields.builds, DocValue::Str(&fact.subject)));
            values.push((fields.status, DocValue::Str(fact.status.as_str())));
        }
        if let Some(files) = &self.shared.files {
            let file = files.get(self.ord).copied().unwrap_or_default();
            values.push((fields.file, DocValue::U64(file)));
            let blob = self.blob.get_or_init(|| {
                super::blob::seal(
                    &article.detail_ref(),
                    u32::try_from(slot).unwrap_or(u32::MAX),
                )
            });
            values.push((fields.blob, DocValue::Bytes(blob)));
        }
        values.into_iter()
    }
}

/// The date field's value: Unix seconds of the article's date (a year or a month counts from
/// its first day, [`crate::Date::timestamp`]); `i64::MIN` (sorts last) when it has none.
pub fn date_key(date: Option<&crate::Date>) -> i64 {
    date.map_or(i64::MIN, crate::Date::timestamp)
}

#[cfg(test)]
mod tests;
