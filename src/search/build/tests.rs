use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::Value;
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::*;
use crate::entities::EntityKind;

fn articles() -> Vec<Article> {
    let texts = [
        (
            "fr",
            "Usine de Kalouga",
            "L'usine PSMA Rus de Kalouga reprend la production.",
        ),
        (
            "nl",
            "Kaluga-fabriek",
            "De fabriek in Kaluga bouwt weer auto's voor Rusland.",
        ),
        (
            "en",
            "Plant news",
            "Stellantis restarts its Kaluga plant in Russia.",
        ),
        (
            "de",
            "Werk",
            "Das Kaluga-Werk läuft wieder; Peugeot und Citroën.",
        ),
    ];
    texts
        .iter()
        .enumerate()
        .map(|(i, (lang, title, body))| {
            let mut a = Article {
                path: format!("a{i}.txt"),
                lang: (*lang).into(),
                title: title.to_string(),
                body: body.to_string(),
                date: (i % 2 == 0)
                    .then(|| format!("2024-05-0{}", i + 1).parse().ok())
                    .flatten(),
                ..Article::default()
            };
            let mut plants = a.entities.of_kind(EntityKind::Plant).to_vec();
            plants.push("Kaluga".into());
            a.entities.set(EntityKind::Plant, plants);
            a
        })
        .collect()
}

/// Every term of every field with its document frequency, and every stored document.
fn contents(fields: &Fields, searcher: &Searcher) -> (Vec<String>, Vec<String>) {
    let mut terms = Vec::new();
    for reader in searcher.segment_readers() {
        for (field, entry) in fields.schema.fields() {
            let Ok(index) = reader.inverted_index(field) else {
                continue;
            };
            let mut stream = index.terms().stream().expect("term stream");
            while stream.advance() {
                terms.push(format!(
                    "{} {} {}",
                    entry.name(),
                    String::from_utf8_lossy(stream.key()),
                    stream.value().doc_freq
                ));
            }
        }
    }
    terms.sort();
    let mut docs = Vec::new();
    for (segment, reader) in searcher.segment_readers().iter().enumerate() {
        for doc in 0..reader.max_doc() {
            let stored: TantivyDocument = searcher
                .doc(DocAddress::new(segment as u32, doc))
                .expect("stored doc");
            let values: Vec<String> = stored
                .field_values()
                .map(|(f, v)| format!("{f:?}={:?}", v.as_value().as_str()))
                .collect();
            docs.push(values.join(" "));
        }
    }
    docs.sort();
    (terms, docs)
}

#[test]
fn one_segment_on_this_thread_indexes_like_the_writer_threads() {
    let fields = Fields::new();
    let articles = articles();
    let bytes = articles.iter().map(|a| a.body.len() + a.title.len()).sum();
    let tokenizers = tokenizers();
    let shared = Arc::new(Shared::new(articles.clone(), &fields));
    let single =
        single_segment(&shared, tokenizers.clone(), bytes, &|_| {}).expect("single segment");
    let bulk = Index::builder()
        .schema(fields.schema.clone())
        .tokenizers(tokenizers)
        .create_in_ram()
        .expect("index");
    bulk_load(&bulk, &shared, bytes, &|_| {}).expect("bulk load");
    let searcher = |index: &Index| index.reader().expect("reader").searcher();
    let (a, b) = (searcher(&single), searcher(&bulk));
    assert_eq!(a.num_docs(), articles.len() as u64);
    assert_eq!(b.num_docs(), articles.len() as u64);
    let (terms_a, docs_a) = contents(&fields, &a);
    let (terms_b, docs_b) = contents(&fields, &b);
    assert!(terms_a.iter().any(|t| t.contains("kaluga")), "{terms_a:?}");
    assert_eq!(terms_a, terms_b);
    assert_eq!(docs_a, docs_b);
}

#[test]
fn writer_shape_gives_room_for_one_segment_per_thread_up_to_the_cap() {
    // 10k generated articles: 42 MB of text on 2 cores.
    assert_eq!(writer_shape(42_000_000, 2), (2, MAX_BUDGET_PER_THREAD));
    // 8 MB on 2 cores: 12 MB per thread, raised to tantivy's minimum.
    assert_eq!(writer_shape(8_000_000, 2), (2, MIN_BUDGET_PER_THREAD));
    // 20 MB: 30 MB each, three times the text of each thread.
    assert_eq!(writer_shape(20_000_000, 2), (2, 30_000_000));
    // Large corpora stay at the cap, whatever the cores.
    assert_eq!(writer_shape(422_000_000, 16), (8, MAX_BUDGET_PER_THREAD));
    assert_eq!(writer_shape(3_000_000, 1), (1, MIN_BUDGET_PER_THREAD));
    assert_eq!(writer_shape(usize::MAX, 2).1, MAX_BUDGET_PER_THREAD);
}

#[test]
fn an_empty_corpus_gives_an_empty_index() {
    let fields = Fields::new();
    let (_, reader, _) = build_index(&fields, Vec::new(), &|_| {}).expect("empty index");
    assert_eq!(reader.searcher().num_docs(), 0);
}

fn article(title: &str, body: &str, lang: &str, brand: &str) -> Article {
    let mut a = Article {
        title: title.into(),
        body: body.into(),
        lang: lang.into(),
        date: "2024-03-01".parse().ok(),
        ..Article::default()
    };
    a.entities.set(EntityKind::Brand, vec![brand.into()]);
    a
}

#[test]
fn borrowed_documents_index_every_field_and_the_articles_come_back() {
    let fields = Fields::new();
    let articles = vec![
        article("Usine", "Les voitures de Kalouga.", "fr", "Peugeot"),
        article("Fabriek", "De fabriek in Gent.", "nl", "Volvo"),
    ];
    let (_index, reader, back) = build_index(&fields, articles.clone(), &|_| {}).expect("index");
    assert_eq!(back, articles, "same articles, same order");
    let searcher = reader.searcher();
    let count = |field, text: &str| {
        let term = Term::from_field_text(field, text);
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        searcher.search(&query, &Count).expect("search")
    };
    // The terms as the language's analyzer makes them (folded, stemmed).
    let term = |lang: &str, word: &str| {
        let terms = super::super::analyzer::analyze(
            &mut Stemming::from(crate::Lang::from(lang)).analyzer(),
            word,
        );
        terms.into_iter().next().unwrap_or_default()
    };
    let (_, body_fr) = fields.text_fields(Stemming::Fr);
    let (title_nl, _) = fields.text_fields(Stemming::Nl);
    assert_eq!(count(body_fr, &term("fr", "Kalouga")), 1, "body text");
    assert_eq!(count(title_nl, &term("nl", "Fabriek")), 1, "title text");
    assert_eq!(count(fields.facet(super::super::Facet::Brand), "Volvo"), 1);
    assert_eq!(count(fields.facet(super::super::Facet::Lang), "fr"), 1);
    assert_eq!(count(fields.title_key, "usine"), 1, "folded title key");
}

#[test]
fn years_and_months_sort_as_their_first_day() {
    let key = |text: &str| date_key(text.parse().ok().as_ref());
    let day = key("2023-01-01");
    assert_eq!(key("2023"), day);
    assert_eq!(key("2023-01"), day);
    assert!(key("2023-05") > day);
    assert_eq!(key("20x3"), i64::MIN);
    assert_eq!(date_key(None), i64::MIN);
    // Offsets kept from the file sort by the instant they name.
    assert_eq!(
        key("2023-05-01T01:30:00+02:00"),
        key("2023-04-30T23:30:00Z")
    );
}
