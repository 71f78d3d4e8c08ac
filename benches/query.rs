//! A warm query with every facet count, at each size of `PLANTSCOPE_BENCH_SIZES`: a word, an
//! entity name, the whole corpus by date (the browser's first screen), and a word with a
//! brand filter (one extra facet pass). The index is built once per size.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use plantscope::search::{Facet, Filters, Query, Sort};

fn query(c: &mut Criterion) {
    for size in support::sizes() {
        let loaded = support::loaded(size);
        let library = &loaded.library;
        let everything = library.search(&Query::default());
        let top_brand = everything
            .facets
            .get(&Facet::Brand)
            .and_then(|counts| counts.first())
            .map(|fc| fc.value.clone())
            .unwrap_or_default();
        let mut filters = Filters::default();
        filters.values.insert(Facet::Brand, vec![top_brand]);
        let cases = [
            (
                "word",
                Query {
                    text: "usine".into(),
                    ..Query::default()
                },
            ),
            (
                "entity",
                Query {
                    text: "Volkswagen".into(),
                    ..Query::default()
                },
            ),
            (
                "all_by_date",
                Query {
                    sort: Sort::Date,
                    ..Query::default()
                },
            ),
            (
                "word_brand_filter",
                Query {
                    text: "production".into(),
                    filters,
                    ..Query::default()
                },
            ),
        ];
        let mut group = c.benchmark_group(format!("query/{size}"));
        group.sample_size(50);
        for (name, q) in &cases {
            group.bench_function(*name, |b| b.iter(|| library.search(q).total));
        }
        group.finish();
    }
}

criterion_group!(benches, query);
criterion_main!(benches);
