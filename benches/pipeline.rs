//! The loading pipeline stage by stage, at each size of `PLANTSCOPE_BENCH_SIZES`: reading the
//! files, finding entities (all cores), reading production facts from the annotated articles
//! (`facts`: what fact extraction adds to `extract`), building the index, and the whole load.

mod support;

use std::sync::Arc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use plantscope::corpus::{self, LoadOptions};
use plantscope::entities::{Gazetteer, Matcher};
use plantscope::search::Library;
use rayon::prelude::*;

fn pipeline(c: &mut Criterion) {
    let gazetteer = Arc::new(Gazetteer::builtin().expect("gazetteer"));
    let matcher = Matcher::new(gazetteer.clone());
    for size in support::sizes() {
        let dir = support::corpus_dir(size);
        let read = corpus::load(std::slice::from_ref(&dir), &LoadOptions::default(), &|_| {});
        let bytes: u64 = read
            .articles
            .iter()
            .map(|a| (a.title.len() + a.body.len()) as u64)
            .sum();
        let mut annotated = read.articles.clone();
        annotated.par_iter_mut().for_each(|a| matcher.annotate(a));
        let extractor = plantscope::facts::Extractor::new(&gazetteer);

        let mut group = c.benchmark_group(format!("pipeline/{size}"));
        group.sample_size(support::samples(size));
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function("read", |b| {
            b.iter(|| {
                corpus::load(std::slice::from_ref(&dir), &LoadOptions::default(), &|_| {})
                    .articles
                    .len()
            })
        });
        group.bench_function("extract", |b| {
            b.iter_batched(
                || read.articles.clone(),
                |mut articles| {
                    articles.par_iter_mut().for_each(|a| matcher.annotate(a));
                    articles
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function("facts", |b| {
            b.iter(|| {
                annotated
                    .par_iter()
                    .map(|a| extractor.extract(a).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("index", |b| {
            b.iter_batched(
                || annotated.clone(),
                |articles| {
                    Library::with_gazetteer(articles, gazetteer.clone(), &|_| {}).expect("index")
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function("load_total", |b| {
            b.iter(|| {
                plantscope::load::load(&support::request(dir.clone()), &|_| {})
                    .expect("load")
                    .library
                    .articles()
                    .len()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
