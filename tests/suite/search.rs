//! Search through the library API: the gold file's `searches` and `filters` sections,
//! disjunctive facets checked against brute force, malformed queries.

use crate::common;

use plantscope::search::{Facet, Filters, Query, Sort, oracle};

fn ids(query: &Query) -> Vec<String> {
    let seeds = common::seeds();
    let results = seeds.library.search(query);
    let mut ids: Vec<String> = results
        .hits
        .iter()
        .map(|h| common::seed_id(&seeds.library.articles()[h.doc].path))
        .collect();
    ids.sort();
    ids
}

#[test]
fn gold_searches() {
    let gold = common::gold();
    let mut failures = Vec::new();
    for case in gold["searches"].as_array().expect("searches") {
        let text = case["query"].as_str().unwrap_or("");
        let expected = common::strings(&case["ids"]);
        // The gold's searches are typed, as in the browser (`Kalou` is a word being typed).
        let got = ids(&Query {
            text: text.into(),
            typing: true,
            ..Query::default()
        });
        if got != expected {
            failures.push(format!("{text:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn gold_filters() {
    let gold = common::gold();
    let seeds = common::seeds();
    let mut failures = Vec::new();
    for case in gold["filters"].as_array().expect("filters") {
        let args = common::strings(&case["args"]);
        let mut filters = Filters::default();
        for pair in args.chunks(2) {
            let facet = Facet::parse(pair[0].trim_start_matches("--")).expect("facet");
            let value = seeds
                .library
                .resolve_filter(facet, &pair[1])
                .expect("resolves");
            filters.values.entry(facet).or_default().push(value);
        }
        let expected = common::strings(&case["ids"]);
        let got = ids(&Query {
            filters,
            ..Query::default()
        });
        if got != expected {
            failures.push(format!("{args:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn facets_are_disjunctive_on_the_seeds() {
    let seeds = common::seeds();
    let mut filters = Filters::default();
    filters.values.insert(Facet::Brand, vec!["Polestar".into()]);
    let results = seeds.library.search(&Query {
        filters: filters.clone(),
        ..Query::default()
    });
    assert_eq!(results.total, 1);
    // The brand facet ignores its own filter: every brand of the corpus is still offered.
    let brands = &results.facets[&Facet::Brand];
    assert!(
        brands.iter().any(|c| c.value == "Peugeot" && c.count == 2),
        "{brands:?}"
    );
    // Other facets are narrowed by it.
    let countries = &results.facets[&Facet::Country];
    assert!(
        !countries.iter().any(|c| c.value == "Russia"),
        "{countries:?}"
    );
    let all: Vec<usize> = (0..seeds.library.articles().len()).collect();
    assert_eq!(
        results.facets,
        oracle::facet_counts(seeds.library.articles(), &all, &filters)
    );
}

#[test]
fn sorts() {
    let seeds = common::seeds();
    let by_title = seeds.library.search(&Query {
        sort: Sort::Title,
        ..Query::default()
    });
    let titles: Vec<&str> = by_title
        .hits
        .iter()
        .map(|h| seeds.library.articles()[h.doc].title.as_str())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| plantscope::text::fold::fold_str(t));
    assert_eq!(titles, sorted);
    let limited = seeds.library.search(&Query {
        limit: Some(1),
        ..Query::default()
    });
    assert_eq!((limited.total, limited.hits.len()), (3, 1));
}

#[test]
fn highlights_point_at_matches_in_any_spelling() {
    let seeds = common::seeds();
    let results = seeds.library.search(&Query {
        text: "Kaluga".into(),
        ..Query::default()
    });
    for hit in &results.hits {
        let body = &seeds.library.articles()[hit.doc].body;
        let words: Vec<&str> = hit.highlights.iter().map(|&(s, e)| &body[s..e]).collect();
        assert!(
            words
                .iter()
                .any(|w| w.starts_with("Kalou") || w.starts_with("Kaluga")),
            "{words:?}"
        );
        assert!(
            hit.snippet.contains("Kalou") || hit.snippet.contains("Kaluga"),
            "{}",
            hit.snippet
        );
    }
}

#[test]
fn malformed_queries_never_fail() {
    let seeds = common::seeds();
    let mut long = String::new();
    for i in 0..20_000 {
        long.push_str(&format!("mot{i} \u{1b}[2J\u{7}\u{0} "));
    }
    let deep = "(".repeat(10_000);
    for text in [
        // Left open and moved on from (an open quote at the very end is still being typed).
        "\"abc ",
        "brand:",
        "(((",
        "a AND",
        "- *",
        deep.as_str(),
        long.as_str(),
        "\"",
        "-",
        "OR OR",
        "brand:nosuchbrand",
        "lang:",
    ] {
        let results = seeds.library.search(&Query {
            text: text.into(),
            ..Query::default()
        });
        assert!(
            !results.hints.is_empty() || results.total > 0,
            "{:?} gave neither results nor hints",
            text.chars().take(40).collect::<String>()
        );
    }
}

#[test]
fn every_spelling_of_a_city_finds_all_its_plants() {
    use plantscope::load::{self, Request};
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        (
            "vw.txt",
            "Volkswagen Kaluga restarts the Polo line after the summer break.",
        ),
        (
            "psma.txt",
            "L'usine de Kalouga assemble des Peugeot Expert pour l'export.",
        ),
        (
            "jv.txt",
            "PSMA Rus will build vans for Peugeot and Citroën.",
        ),
        ("other.txt", "Renault builds the Clio in Bursa, Turkey."),
    ];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let loaded = load::load(
        &Request {
            inputs: vec![dir.path().to_path_buf()],
            ..Request::default()
        },
        &|_| {},
    )
    .expect("load");
    let found = |text: &str| {
        let results = loaded.library.search(&Query {
            text: text.into(),
            typing: true,
            ..Query::default()
        });
        let mut names: Vec<String> = results
            .hits
            .iter()
            .map(|h| {
                let path = &loaded.library.articles()[h.doc].path;
                path.rsplit('/').next().unwrap_or(path).to_string()
            })
            .collect();
        names.sort();
        names
    };
    let all_kaluga = ["jv.txt", "psma.txt", "vw.txt"];
    for spelling in ["kaluga", "Kalouga", "Калуга", "kalou"] {
        assert_eq!(found(spelling), all_kaluga, "{spelling}");
    }
    // The joint venture's own name means that plant, not the city.
    assert_eq!(found("\"PSMA Rus\""), ["jv.txt", "psma.txt"]);
}

#[test]
fn a_field_value_being_typed_matches_as_a_prefix() {
    let seeds = common::seeds();
    let search = |text: &str| {
        seeds.library.search(&Query {
            text: text.into(),
            typing: true,
            ..Query::default()
        })
    };
    let full = search("brand:peugeot");
    assert!(full.total > 0);
    let typing = search("brand:peu");
    assert_eq!(typing.total, full.total, "{:?}", typing.hints);
    assert!(typing.hints.is_empty(), "{:?}", typing.hints);
    // Once the word is left behind, it must be a whole name.
    let done = search("brand:peu ");
    assert_eq!(done.total, 0);
    assert!(
        done.hints
            .iter()
            .any(|h| h.contains("no brand called 'peu'"))
    );
}

#[test]
fn a_phrase_being_typed_matches_its_last_word_as_a_prefix() {
    let seeds = common::seeds();
    let total = |text: &str| {
        let results = seeds.library.search(&Query {
            text: text.into(),
            typing: true,
            ..Query::default()
        });
        (results.total, results.hints)
    };
    let (whole, _) = total("\"premiers fourgons\"");
    assert!(whole > 0);
    let (typing, hints) = total("\"premiers fourg");
    assert_eq!(typing, whole, "{hints:?}");
    assert!(hints.is_empty(), "still typing: {hints:?}");
    // Left open with a space after: the phrase as typed, and a hint about the quote.
    let (_, hints) = total("\"premiers fourg ");
    assert!(!hints.is_empty());
}

#[test]
fn a_whole_query_left_open_at_the_end_gets_its_hint() {
    // The command line's query is whole: what the browser forgives while typing is a repair
    // worth saying there. No word is a prefix unless written with `*` (PRODUCT.md §4).
    let seeds = common::seeds();
    let whole = |text: &str| {
        seeds.library.search(&Query {
            text: text.into(),
            ..Query::default()
        })
    };
    for (text, hint) in [
        ("\"kaluga", "missing closing quote"),
        ("kaluga -", "a lone '-'"),
        ("kaluga brand:", "brand:"),
    ] {
        let results = whole(text);
        assert!(
            results.hints.iter().any(|h| h.contains(hint)),
            "{text}: {:?}",
            results.hints
        );
        assert!(results.total > 0, "{text}: the rest still searches");
    }
    // The phrase left open is the phrase as written, not a prefix.
    assert_eq!(whole("\"premiers fourg").total, 0);
    assert_eq!(whole("Kalou").total, 0);
    assert!(whole("Kalou*").total > 0);
}
