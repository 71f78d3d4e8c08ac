//! Shared set-up for the criterion benches: which corpus sizes to run
//! (`PLANTSCOPE_BENCH_SIZES=10000,100000`, 10,000 by default) and generated corpora written
//! once to the temporary directory and reused by every bench binary.

#![allow(dead_code)]

use std::path::PathBuf;

use plantscope::entities::Gazetteer;
use plantscope::load::{self, Loaded, Request};

/// The seed of every bench corpus (the same as `gen_corpus`'s default).
pub const SEED: u64 = 42;

/// Corpus sizes to bench, from `PLANTSCOPE_BENCH_SIZES` (comma-separated), 10,000 by default.
pub fn sizes() -> Vec<usize> {
    let sizes: Vec<usize> = std::env::var("PLANTSCOPE_BENCH_SIZES")
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().replace('_', "").parse().ok())
        .filter(|&n| n > 0)
        .collect();
    if sizes.is_empty() {
        vec![10_000]
    } else {
        sizes
    }
}

/// Criterion's sample count for a corpus size: the smallest it allows for big corpora.
pub fn samples(size: usize) -> usize {
    if size >= 50_000 { 10 } else { 20 }
}

/// A generated corpus of `count` articles on disk (written once; a marker file says complete).
pub fn corpus_dir(count: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plantscope-bench-{count}-{SEED}"));
    let done = dir.join(".complete");
    if done.exists() {
        return dir;
    }
    let gazetteer = Gazetteer::builtin().expect("embedded gazetteer");
    for article in plantscope::synth::generate(&gazetteer, count, 4096, SEED) {
        let path = dir.join(&article.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create corpus folder");
        }
        std::fs::write(path, article.text).expect("write corpus file");
    }
    std::fs::write(&done, b"").expect("write marker");
    dir
}

/// The load request for a corpus folder.
pub fn request(dir: PathBuf) -> Request {
    Request {
        inputs: vec![dir],
        ..Request::default()
    }
}

/// A fully loaded corpus of `count` generated articles.
pub fn loaded(count: usize) -> Loaded {
    load::load(&request(corpus_dir(count)), &|_| {}).expect("load corpus")
}
