//! `plantscope cache` (where the cache is, its size, what it holds), `plantscope cache clear`,
//! and the cache's lines of `--stats`.

use std::io::Write;

use super::args::{CacheAction, Common};
use crate::cache::{self, Report};
use crate::corpus::Diagnostic;
use crate::text::display_path;

/// Run `plantscope cache [clear]`.
pub fn run(action: Option<CacheAction>, common: &Common) -> anyhow::Result<i32> {
    let Some(root) = cache::cache_root() else {
        crate::say!("plantscope: no cache folder on this system: nothing is cached");
        return Ok(super::NOTHING);
    };
    let mut out = std::io::stdout().lock();
    match action {
        Some(CacheAction::Clear) => {
            let bytes = crate::cache::place::size_of(&root);
            match std::fs::remove_dir_all(&root) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => anyhow::bail!("cannot remove {}: {e}", display_path(&root)),
            }
            writeln!(
                out,
                "removed {} ({})",
                display_path(&root),
                crate::corpus::human_size(bytes)
            )?;
            Ok(super::FOUND)
        }
        None => {
            let entries = cache::entries(&root);
            if common.json {
                let list: Vec<serde_json::Value> = entries
                    .iter()
                    .map(|e| {
                        serde_json::json!({
                            "dir": display_path(&e.dir),
                            "inputs": e.inputs,
                            "bytes": e.bytes,
                            "files": e.files,
                            "articles": e.articles,
                            "problem": e.unreadable,
                        })
                    })
                    .collect();
                let doc = serde_json::json!({
                    "schema_version": super::output::SCHEMA_VERSION,
                    "root": display_path(&root),
                    "bytes": crate::cache::place::size_of(&root),
                    "caches": list,
                });
                serde_json::to_writer(&mut out, &doc)?;
                writeln!(out)?;
            } else {
                writeln!(
                    out,
                    "cache: {} ({})",
                    display_path(&root),
                    crate::corpus::human_size(crate::cache::place::size_of(&root))
                )?;
                if entries.is_empty() {
                    writeln!(out, "nothing cached yet")?;
                }
                for e in &entries {
                    let what = match &e.unreadable {
                        None => format!("{} files, {} articles", e.files, e.articles),
                        Some(problem) => format!("unreadable: {problem}"),
                    };
                    writeln!(
                        out,
                        "{}  {}  {}",
                        e.inputs.join(", "),
                        crate::corpus::human_size(e.bytes),
                        what
                    )?;
                }
            }
            Ok(if entries.is_empty() {
                super::NOTHING
            } else {
                super::FOUND
            })
        }
    }
}

/// The cache's lines of `--stats`.
pub fn stats(report: Option<&Report>) {
    let Some(report) = report else {
        crate::say!("cache: off");
        return;
    };
    crate::say!("cache: {}", report.status.as_str());
    crate::say!(
        "cache files: {} reused, {} read, {} removed",
        report.reused,
        report.read,
        report.removed
    );
    let t = report.timings;
    crate::say!("cache scan: {} ms", t.scan.as_millis());
    crate::say!("cache restore: {} ms", t.restore.as_millis());
    crate::say!("cache write: {} ms", t.write.as_millis());
}

/// The cache's notes as diagnostics, for the browser's list of problems.
pub fn notes_as_diagnostics(report: Option<&Report>) -> Vec<Diagnostic> {
    report
        .iter()
        .flat_map(|r| &r.notes)
        .map(|note| Diagnostic {
            path: crate::corpus::CACHE_NOTE.into(),
            reason: note.clone(),
        })
        .collect()
}
