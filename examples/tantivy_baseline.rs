//! tantivy alone, for BENCHMARKS.md: read the same files as plantscope (in parallel, UTF-8,
//! title on the first line) and index title + body into a plain RAM index with tantivy's
//! default tokenizer, with plantscope's writer settings (threads and budget for the corpus
//! size, no merging while loading, one merge at the end). No extraction, no facets.
//!
//! `cargo run --release --example tantivy_baseline -- DIR [WORD]`: prints the time to
//! searchable on stderr and, with WORD, how many documents contain it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use tantivy::collector::Count;
use tantivy::indexer::NoMergePolicy;
use tantivy::query::QueryParser;
use tantivy::schema::{STORED, Schema, TEXT};
use tantivy::{Index, ReloadPolicy, TantivyDocument};

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        anyhow::bail!("usage: tantivy_baseline DIR [WORD]");
    };
    let started = Instant::now();
    let mut paths = Vec::new();
    files(Path::new(dir), &mut paths)?;
    paths.sort();
    let docs: Vec<(String, String)> = paths
        .par_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|bytes| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            match text.split_once('\n') {
                Some((title, body)) => (title.to_string(), body.to_string()),
                None => (text, String::new()),
            }
        })
        .collect();
    let read = started.elapsed();

    let mut builder = Schema::builder();
    let title = builder.add_text_field("title", TEXT | STORED);
    let body = builder.add_text_field("body", TEXT);
    let index = Index::create_in_ram(builder.build());
    // The same writer settings as plantscope's src/search/build.rs (threads by text size, an
    // arena of about the text per thread within 15–32 MB), so memory compares like for like.
    let bytes: usize = docs.iter().map(|(t, b)| t.len() + b.len()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = (bytes / 2_000_000).clamp(1, cores.min(8));
    let per_thread = (bytes / threads).clamp(15_000_000, 32_000_000);
    let mut writer =
        index.writer_with_num_threads::<TantivyDocument>(threads, per_thread * threads)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));
    for (t, b) in &docs {
        let mut doc = TantivyDocument::new();
        doc.add_text(title, t);
        doc.add_text(body, b);
        writer.add_document(doc)?;
    }
    writer.commit()?;
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    reader.reload()?;
    let searcher = reader.searcher();
    let total = started.elapsed();
    eprintln!(
        "tantivy alone: {} docs, {:.1} MB, read {} ms, searchable in {} ms",
        docs.len(),
        bytes as f64 / 1e6,
        read.as_millis(),
        total.as_millis()
    );
    if let Some(word) = args.get(1) {
        let parser = QueryParser::for_index(&index, vec![title, body]);
        let query = parser.parse_query(word)?;
        let started = Instant::now();
        let n = searcher.search(&query, &Count)?;
        println!(
            "{n} documents contain {word:?} ({} µs)",
            started.elapsed().as_micros()
        );
    }
    Ok(())
}
