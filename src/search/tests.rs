//! The search's own order and facet counts against what tantivy's collectors gave before
//! (top-k by score or fast field), on a small corpus with ties and undated articles.

use tantivy::Order;
use tantivy::collector::TopDocs;

use tantivy::query::{AllQuery, BooleanQuery, Occur, Query as TantivyQuery};

use super::compile::Compiler;
use super::*;
use crate::Article;
use crate::article::EntitySet;
use crate::entities::EntityKind;

fn article(title: &str, body: &str, date: Option<&str>, brands: &[&str]) -> Article {
    Article {
        title: title.to_string(),
        body: body.to_string(),
        lang: "fr".into(),
        date: date.and_then(|d| d.parse().ok()),
        entities: EntitySet::default().with(EntityKind::Brand, brands.iter().copied()),
        ..Article::default()
    }
}

fn library() -> Library {
    let bodies = ["usine voiture", "usine usine", "voiture", "usine voiture"];
    let dates = [
        None,
        Some("2024-05-01"),
        Some("2023-01-01"),
        Some("2024-05-01"),
    ];
    let titles = ["Zeta", "alpha", "Été", "ete", "alpha"];
    let articles = (0..20)
        .map(|i| {
            article(
                titles[i % titles.len()],
                bodies[i % bodies.len()],
                dates[i % dates.len()],
                if i % 3 == 0 { &["Peugeot"] } else { &["Opel"] },
            )
        })
        .collect();
    Library::build(articles).expect("library")
}

/// The hits as the tantivy collectors ordered them (ties by doc id: one segment, so
/// article order).
fn reference(lib: &Library, query: &Query) -> Vec<(f32, usize)> {
    let parsed = if query.typing {
        query::parse(&query.text)
    } else {
        query::parse_whole(&query.text)
    };
    let mut compiler = Compiler::new(&lib.fields, &lib.gazetteer);
    let base = parsed.root.as_ref().map(|n| compiler.compile(n, false));
    let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> =
        base.iter().map(|b| (Occur::Must, b.box_clone())).collect();
    for facet in Facet::ALL {
        if !query.filters.get(facet).is_empty() {
            clauses.push((
                Occur::Must,
                lib.filter_query(facet, query.filters.get(facet)),
            ));
        }
    }
    let main: Box<dyn TantivyQuery> = if clauses.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    let top = TopDocs::with_limit(query.limit.unwrap_or(lib.articles.len()).max(1));
    let sort = match query.sort {
        Sort::Relevance if base.is_none() => Sort::Date,
        other => other,
    };
    let s = &lib.searcher;
    let found: Vec<(f32, tantivy::DocAddress)> = match sort {
        Sort::Relevance => s
            .search(main.as_ref(), &top.order_by_score())
            .expect("search"),
        Sort::Date => s
            .search(
                main.as_ref(),
                &top.order_by_fast_field::<i64>("date", Order::Desc),
            )
            .expect("search")
            .into_iter()
            .map(|(_, a)| (0.0, a))
            .collect(),
        Sort::Title => s
            .search(
                main.as_ref(),
                &top.order_by_string_fast_field("title_key", Order::Asc),
            )
            .expect("search")
            .into_iter()
            .map(|(_, a)| (0.0, a))
            .collect(),
    };
    found
        .into_iter()
        .take(query.limit.unwrap_or(usize::MAX))
        .map(|(score, a)| {
            (
                score,
                lib.segment_ords[a.segment_ord as usize][a.doc_id as usize] as usize,
            )
        })
        .collect()
}

#[test]
fn order_equals_the_tantivy_collectors() {
    let lib = library();
    let mut peugeot = Filters::default();
    peugeot.values.insert(Facet::Brand, vec!["Peugeot".into()]);
    for text in ["", "usine", "voiture", "usine OR voiture", "usi", "nothing"] {
        for (sort, typing) in [
            (Sort::Relevance, false),
            (Sort::Relevance, true),
            (Sort::Date, false),
            (Sort::Title, true),
        ] {
            for filters in [Filters::default(), peugeot.clone()] {
                for limit in [None, Some(3), Some(0)] {
                    let query = Query {
                        text: text.to_string(),
                        filters: filters.clone(),
                        sort,
                        limit,
                        snippets: 0,
                        typing,
                        only: None,
                    };
                    let got: Vec<(f32, usize)> = lib
                        .search(&query)
                        .hits
                        .iter()
                        .map(|h| (h.score, h.doc))
                        .collect();
                    assert_eq!(got, reference(&lib, &query), "{query:?}");
                }
            }
        }
    }
}

#[test]
fn facet_counts_equal_brute_force() {
    let lib = library();
    let mut filters = Filters::default();
    filters.values.insert(Facet::Brand, vec!["Peugeot".into()]);
    filters.values.insert(Facet::Lang, vec!["fr".into()]);
    for text in ["", "usine"] {
        let results = lib.search(&Query {
            text: text.to_string(),
            filters: filters.clone(),
            ..Query::default()
        });
        let matching: Vec<usize> = (0..lib.articles.len())
            .filter(|&i| text.is_empty() || lib.articles[i].body.contains(text))
            .collect();
        assert_eq!(
            results.facets,
            oracle::facet_counts(&lib.articles, &matching, &filters)
        );
    }
}

#[test]
fn bare_hits_are_highlighted_on_demand_like_snippet_hits() {
    let lib = library();
    let query = Query {
        text: "usine".into(),
        ..Query::default()
    };
    let full = lib.search(&query);
    let bare = lib.search(&Query {
        snippets: 0,
        ..query
    });
    assert!(
        bare.hits
            .iter()
            .all(|h| h.highlights.is_empty() && h.snippet.is_empty())
    );
    assert!(!full.hits.is_empty());
    for (i, hit) in full.hits.iter().enumerate() {
        assert!(!hit.highlights.is_empty());
        assert_eq!(lib.hit_highlights(&bare, i), hit.highlights);
        assert_eq!(lib.hit_highlights(&full, i), hit.highlights);
    }
    assert!(lib.hit_highlights(&bare, full.hits.len()).is_empty());
}

#[test]
fn kinds_and_facets_are_paired_both_ways() {
    for kind in EntityKind::ALL {
        assert_eq!(Facet::of_kind(kind).entity_kind(), Some(kind));
    }
    let entity_facets = Facet::ALL
        .iter()
        .filter(|f| f.entity_kind().is_some())
        .count();
    assert_eq!(entity_facets, EntityKind::COUNT);
}

#[test]
fn a_prefix_completes_one_word_not_a_longer_name() {
    // `usine*` is the word `usine` and the words that start with it; it is not every plant
    // with a name of several words starting `usine de …` (an article about Flins that never
    // says `usine` is not found by it). A one-word name is still completed: `Flin*` is Flins.
    let flins = Article {
        title: "Renault à Flins".into(),
        body: "Renault produit la Zoe à Flins.".into(),
        lang: "fr".into(),
        entities: EntitySet::default().with(EntityKind::Plant, ["Flins"]),
        ..Article::default()
    };
    let usine = article("Une usine", "Les usines tournent.", None, &[]);
    let lib = Library::build(vec![flins, usine]).expect("library");
    let titles = |text: &str| -> Vec<String> {
        let results = lib.search(&Query {
            text: text.into(),
            ..Query::default()
        });
        results
            .hits
            .iter()
            .map(|h| lib.articles()[h.doc].title.clone())
            .collect()
    };
    assert_eq!(titles("usine*"), ["Une usine"]);
    assert_eq!(titles("refact*"), ["Renault à Flins"]);
}

#[test]
fn a_misspelt_facet_or_value_says_what_was_meant() {
    let lib = library();
    let hints = |text: &str| {
        lib.search(&Query {
            text: text.into(),
            ..Query::default()
        })
        .hints
    };
    assert_eq!(
        hints("brand:volkswagn"),
        ["no brand called 'volkswagn' (did you mean Volkswagen?)"]
    );
    assert_eq!(
        hints("country:germny"),
        ["no country called 'germny' (did you mean Germany?)"]
    );
    assert_eq!(
        hints("brand:germany"),
        ["no brand called 'germany' (did you mean country:Germany?)"]
    );
    assert_eq!(
        hints("plnt:kaluga"),
        ["no field called 'plnt:' (did you mean plant:?): read as a word"]
    );
    assert_eq!(hints("brand:narnia"), ["no brand called 'narnia'"]);
    // A colon in an ordinary word is no field.
    assert!(hints("10:30 http://example.com").is_empty());
}
