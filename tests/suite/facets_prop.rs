//! Property test: on generated corpora, for random queries and filters, every facet count and
//! the total equal a brute-force count over the articles.

use std::sync::{Arc, OnceLock};

use plantscope::Article;
use plantscope::article::EntitySet;
use plantscope::entities::{EntityKind, Gazetteer};
use plantscope::search::{Facet, Filters, Library, Query, oracle};
use proptest::prelude::*;

const BRANDS: [&str; 5] = ["Peugeot", "Opel", "Renault", "Polestar", "Lada"];
const COUNTRIES: [&str; 4] = ["Russia", "France", "China", "South Korea"];
const PLANTS: [&str; 3] = ["Kaluga", "Busan", "Sevel Nord"];
const LANGS: [&str; 3] = ["fr", "nl", "en"];
const WORDS: [&str; 6] = ["usine", "fabriek", "plant", "voiture", "auto", "export"];

fn gazetteer() -> Arc<Gazetteer> {
    static G: OnceLock<Arc<Gazetteer>> = OnceLock::new();
    G.get_or_init(|| Arc::new(Gazetteer::builtin().expect("gazetteer")))
        .clone()
}

fn pick(pool: &[&str], mask: u8) -> Vec<String> {
    let mut v: Vec<String> = pool
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, s)| s.to_string())
        .collect();
    v.sort();
    v
}

fn article(i: usize, spec: &(u8, u8, u8, usize, u8)) -> Article {
    let &(brands, countries, plants, lang, words) = spec;
    let body = pick(&WORDS, words).join(" ");
    Article {
        id: format!("{i:016x}"),
        path: format!("gen/{i}.txt"),
        title: format!("Article {i}"),
        body,
        lang: LANGS[lang % LANGS.len()].into(),
        entities: EntitySet::default()
            .with(EntityKind::Brand, pick(&BRANDS, brands))
            .with(EntityKind::Country, pick(&COUNTRIES, countries))
            .with(EntityKind::Plant, pick(&PLANTS, plants)),
        ..Article::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn facet_counts_match_brute_force(
        specs in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), 0usize..3, any::<u8>()), 1..40),
        word in prop::option::of(0usize..WORDS.len()),
        brand_mask in 0u8..32, country_mask in 0u8..16, lang_mask in 0u8..8,
    ) {
        let articles: Vec<Article> = specs.iter().enumerate().map(|(i, s)| article(i, s)).collect();
        let library = Library::with_gazetteer(articles.clone(), gazetteer(), &|_| {}).expect("index");
        let text = word.map(|w| format!("{} ", WORDS[w])).unwrap_or_default();
        let mut filters = Filters::default();
        for (facet, values) in [
            (Facet::Brand, pick(&BRANDS, brand_mask)),
            (Facet::Country, pick(&COUNTRIES, country_mask)),
            (Facet::Lang, pick(&LANGS, lang_mask)),
        ] {
            if !values.is_empty() {
                filters.values.insert(facet, values);
            }
        }
        // The text part alone, by brute force: every word of the body is a token.
        let matching: Vec<usize> = (0..articles.len())
            .filter(|&i| word.is_none_or(|w| articles[i].body.split(' ').any(|b| b == WORDS[w])))
            .collect();
        let results = library.search(&Query { text, filters: filters.clone(), ..Query::default() });
        let expected_total = matching.iter().filter(|&&i| oracle::passes(&articles[i], &filters, None)).count();
        prop_assert_eq!(results.total, expected_total);
        prop_assert_eq!(results.facets, oracle::facet_counts(&articles, &matching, &filters));
    }
}
