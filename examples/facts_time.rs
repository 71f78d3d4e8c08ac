//! Fact extraction alone, on one core, for comparing two builds:
//! `cargo run --release --example facts_time -- [SIZE] [ROUNDS] [DIR]`.
//! Reads the generated bench corpus of SIZE articles (the one `cargo bench` writes to the
//! temporary directory, seed 42; written here if missing) or DIR, annotates it, then times
//! `Extractor::extract` over every article ROUNDS times and prints each round, the median and
//! a digest of every fact (two builds with the same digest gave the same facts).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use plantscope::corpus::{self, LoadOptions};
use plantscope::entities::{Gazetteer, Matcher};
use plantscope::facts::Extractor;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5);
    let gazetteer = Arc::new(Gazetteer::builtin().expect("embedded gazetteer"));
    let dir = match args.get(2) {
        Some(d) => PathBuf::from(d),
        None => corpus_dir(&gazetteer, size),
    };
    let mut articles =
        corpus::load(std::slice::from_ref(&dir), &LoadOptions::default(), &|_| {}).articles;
    let matcher = Matcher::new(gazetteer.clone());
    for a in &mut articles {
        matcher.annotate(a);
    }
    let extractor = Extractor::new(&gazetteer);
    let mut digest = DefaultHasher::new();
    let mut count = 0;
    for a in &articles {
        for f in extractor.extract(a) {
            format!("{f:?}").hash(&mut digest);
            count += 1;
        }
    }
    let mut times = Vec::new();
    for round in 0..rounds {
        let t = Instant::now();
        let n: usize = articles.iter().map(|a| extractor.extract(a).len()).sum();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(n, count);
        println!("round {round}: {ms:.1} ms");
        times.push(ms);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{} articles, {count} facts, digest {:016x}, median {:.1} ms",
        articles.len(),
        digest.finish(),
        times.get(times.len() / 2).copied().unwrap_or(0.0)
    );
}

/// The bench corpus folder (as `benches/support` writes it).
fn corpus_dir(gazetteer: &Gazetteer, count: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plantscope-bench-{count}-42"));
    if dir.join(".complete").exists() {
        return dir;
    }
    for article in plantscope::synth::generate(gazetteer, count, 4096, 42) {
        let path = dir.join(&article.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create corpus folder");
        }
        std::fs::write(path, article.text).expect("write corpus file");
    }
    std::fs::write(dir.join(".complete"), b"").expect("write marker");
    dir
}
