//! Building the in-memory index: a writer set up for bulk loading (threads and memory budget
//! chosen for the corpus size, no merging while loading, one merge at the end).

use std::sync::Arc;

use tantivy::indexer::NoMergePolicy;
use tantivy::schema::Field;
use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::{Index, IndexReader, ReloadPolicy};

use super::analyzer::Lang;
use super::schema::Fields;
use crate::Article;

/// tantivy's smallest per-thread arena.
const MIN_BUDGET_PER_THREAD: usize = 15_000_000;
/// Largest per-thread arena: beyond this, memory grows without making indexing faster (a
/// bigger arena only means fewer, larger segments before the one final merge, and the merge
/// costs about the same for 10 segments as for 20). At 100k articles the arenas were 128 MB
/// of the peak; 32 MB each is half that.
const MAX_BUDGET_PER_THREAD: usize = 32_000_000;

/// Index `articles` in RAM; `progress` is told how many documents have been added. The
/// articles are handed back once the index is built.
pub fn build_index(
    fields: &Fields,
    articles: Vec<Article>,
    progress: &(dyn Fn(usize) + Sync),
) -> tantivy::Result<(Index, IndexReader, Vec<Article>)> {
    let index = Index::create_in_ram(fields.schema.clone());
    for lang in Lang::ALL {
        index
            .tokenizers()
            .register(lang.analyzer_name(), lang.analyzer());
    }
    let bytes: usize = articles.iter().map(|a| a.body.len() + a.title.len()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // One thread per ~2 MB of text, up to the cores: tiny corpora stay in one segment, the
    // rest use every core (the final merge costs less than an idle core).
    let threads = (bytes / 2_000_000).clamp(1, cores.min(8));
    // About the text each thread gets: enough for one segment per thread on small corpora.
    let per_thread = (bytes / threads).clamp(MIN_BUDGET_PER_THREAD, MAX_BUDGET_PER_THREAD);
    let mut writer = index.writer_with_num_threads::<ArticleDoc>(threads, per_thread * threads)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));

    let count = articles.len();
    let shared = Arc::new(Shared {
        articles,
        fields: fields.clone(),
    });
    for ord in 0..count {
        writer.add_document(ArticleDoc::new(&shared, ord))?;
        if ord % 1024 == 1023 {
            progress(ord + 1);
        }
    }
    writer.commit()?;
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
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

/// What every document of one build points into.
struct Shared {
    articles: Vec<Article>,
    fields: Fields,
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
}

impl ArticleDoc {
    fn new(shared: &Arc<Shared>, ord: usize) -> ArticleDoc {
        let article = &shared.articles[ord];
        ArticleDoc {
            title_key: crate::entities::fold::fold_str(&article.title),
            date: date_key(article.date.as_deref()),
            shared: shared.clone(),
            ord,
        }
    }
}

/// A field value of an [`ArticleDoc`].
#[derive(Debug, Clone)]
enum DocValue<'a> {
    U64(u64),
    I64(i64),
    Str(&'a str),
}

impl<'a> Value<'a> for DocValue<'a> {
    type ArrayIter = std::iter::Empty<DocValue<'a>>;
    type ObjectIter = std::iter::Empty<(&'a str, DocValue<'a>)>;

    fn as_value(&self) -> ReferenceValue<'a, Self> {
        ReferenceValue::Leaf(match *self {
            DocValue::U64(n) => ReferenceValueLeaf::U64(n),
            DocValue::I64(n) => ReferenceValueLeaf::I64(n),
            DocValue::Str(s) => ReferenceValueLeaf::Str(s),
        })
    }
}

impl Document for ArticleDoc {
    type Value<'a> = DocValue<'a>;
    type FieldsValuesIter<'a> = std::vec::IntoIter<(Field, DocValue<'a>)>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        let fields = &self.shared.fields;
        let article = &self.shared.articles[self.ord];
        let (title, body) = fields.text_fields(Lang::of(&article.lang));
        let mut values = vec![
            (fields.ord, DocValue::U64(self.ord as u64)),
            (fields.date, DocValue::I64(self.date)),
            (fields.title_key, DocValue::Str(&self.title_key)),
            (title, DocValue::Str(&article.title)),
            (body, DocValue::Str(&article.body)),
        ];
        for &(facet, field) in &fields.facets {
            match facet.entity_kind() {
                Some(kind) => values.extend(
                    article
                        .entities
                        .of_kind(kind)
                        .iter()
                        .map(|value| (field, DocValue::Str(value))),
                ),
                None => values.push((field, DocValue::Str(&article.lang))),
            }
        }
        values.into_iter()
    }
}

/// Unix seconds of an ISO 8601 date or date-time; `i64::MIN` (sorts last) when absent.
pub fn date_key(date: Option<&str>) -> i64 {
    let Some(date) = date else { return i64::MIN };
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(date) {
        return dt.timestamp();
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(date.get(..10).unwrap_or(date), "%Y-%m-%d")
        && let Some(dt) = d.and_hms_opt(0, 0, 0)
    {
        return dt.and_utc().timestamp();
    }
    i64::MIN
}

#[cfg(test)]
mod tests {
    use tantivy::collector::Count;
    use tantivy::query::TermQuery;
    use tantivy::schema::{IndexRecordOption, Term};

    use super::*;

    fn article(title: &str, body: &str, lang: &str, brand: &str) -> Article {
        let mut a = Article {
            title: title.into(),
            body: body.into(),
            lang: lang.into(),
            date: Some("2024-03-01".into()),
            ..Article::default()
        };
        a.entities.brands = vec![brand.into()];
        a
    }

    #[test]
    fn borrowed_documents_index_every_field_and_the_articles_come_back() {
        let fields = Fields::new();
        let articles = vec![
            article("Usine", "Les voitures de Kalouga.", "fr", "Peugeot"),
            article("Fabriek", "De fabriek in Gent.", "nl", "Volvo"),
        ];
        let (_index, reader, back) =
            build_index(&fields, articles.clone(), &|_| {}).expect("index");
        assert_eq!(back, articles, "same articles, same order");
        let searcher = reader.searcher();
        let count = |field, text: &str| {
            let term = Term::from_field_text(field, text);
            let query = TermQuery::new(term, IndexRecordOption::Basic);
            searcher.search(&query, &Count).expect("search")
        };
        // The terms as the language's analyzer makes them (folded, stemmed).
        let term = |lang: &str, word: &str| {
            let terms = super::super::analyzer::analyze(&mut Lang::of(lang).analyzer(), word);
            terms.into_iter().next().unwrap_or_default()
        };
        let (_, body_fr) = fields.text_fields(Lang::of("fr"));
        let (title_nl, _) = fields.text_fields(Lang::of("nl"));
        assert_eq!(count(body_fr, &term("fr", "Kalouga")), 1, "body text");
        assert_eq!(count(title_nl, &term("nl", "Fabriek")), 1, "title text");
        assert_eq!(count(fields.facet(super::super::Facet::Brand), "Volvo"), 1);
        assert_eq!(count(fields.facet(super::super::Facet::Lang), "fr"), 1);
        assert_eq!(count(fields.title_key, "usine"), 1, "folded title key");
    }
}
