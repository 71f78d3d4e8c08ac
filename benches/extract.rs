//! Entity extraction throughput (folding included) on one core, over synthetic articles.

use std::sync::Arc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use plantscope::Article;
use plantscope::entities::{Gazetteer, Matcher};

fn extraction(c: &mut Criterion) {
    let gazetteer = Arc::new(Gazetteer::builtin().expect("gazetteer"));
    let matcher = Matcher::new(gazetteer.clone());
    let articles: Vec<Article> = plantscope::synth::generate(&gazetteer, 2_000, 4096, 7)
        .into_iter()
        .map(|g| Article {
            body: g.text,
            lang: "fr".into(),
            ..Article::default()
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("annotate_2000_articles_one_core", |b| {
        // The copy the matcher writes into is made outside the timed part.
        b.iter_batched(
            || articles.clone(),
            |mut batch| {
                for a in &mut batch {
                    matcher.annotate(a);
                }
                batch
            },
            BatchSize::LargeInput,
        )
    });
    group.bench_function("fold_only_baseline", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| plantscope::text::fold::fold(&a.body).text.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
