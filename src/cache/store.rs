//! The index on disk: opening it (with the manifest its last commit names) and reading the
//! articles' details (bodies and mentions) it stores back, in parallel — only when they are
//! all needed again (another gazetteer: the entities are found again).

use std::path::Path;

use rayon::prelude::*;
use tantivy::schema::Value;
use tantivy::{DocId, Index, TantivyDocument};

use super::manifest::{FORMAT, Manifest, Payload};
use crate::article::Detail;
use crate::search::build::tokenizers;
use crate::search::schema::Fields;

/// Documents read by one task: enough to keep both cores busy, few enough to start quickly.
const DOCS_PER_TASK: u32 = 2048;

/// The index in `dir`, created empty if there is none (or an error: corrupt, foreign).
pub fn open_index(dir: &Path, fields: &Fields) -> anyhow::Result<Index> {
    let directory = super::directory::CacheDirectory::open(dir)?;
    Ok(Index::builder()
        .schema(fields.schema.clone())
        .tokenizers(tokenizers())
        .open_or_create(directory)?)
}

/// The manifest the index's last commit names, `None` when nothing was committed yet or
/// (with `program`) when another program wrote it.
pub fn committed_manifest(
    index: &Index,
    dir: &Path,
    program: Option<&str>,
) -> anyhow::Result<Option<Manifest>> {
    let Some(payload) = index.load_metas()?.payload else {
        return Ok(None);
    };
    let payload: Payload = serde_json::from_str(&payload)?;
    if payload.format != FORMAT {
        anyhow::bail!(
            "cache format {} (this program writes {FORMAT})",
            payload.format
        );
    }
    // A name, never a path: nothing outside the folder is read.
    if payload.manifest.contains(['/', '\\']) {
        anyhow::bail!("bad manifest name {:?}", payload.manifest);
    }
    Manifest::read_of(&dir.join(&payload.manifest), program)
}

/// Every article's detail the index stores, by slot (`None` where no live document has the
/// slot).
pub fn read_details(
    index: &Index,
    fields: &Fields,
    slots: u32,
) -> anyhow::Result<Vec<Option<Detail>>> {
    let reader = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()?;
    let searcher: tantivy::Searcher = reader.searcher();
    let mut tasks: Vec<(usize, DocId, DocId)> = Vec::new();
    for (segment, reader) in searcher.segment_readers().iter().enumerate() {
        let max = reader.max_doc();
        let mut start = 0;
        while start < max {
            let end = start.saturating_add(DOCS_PER_TASK).min(max);
            tasks.push((segment, start, end));
            start = end;
        }
    }
    let found: Vec<Vec<(u32, Detail)>> = tasks
        .par_iter()
        .map(|&(segment, start, end)| {
            let reader = &searcher.segment_readers()[segment];
            let store = reader.get_store_reader(1)?;
            let column = reader.fast_fields().u64("ord")?;
            let alive = reader.alive_bitset();
            let mut out = Vec::with_capacity((end - start) as usize);
            for doc in start..end {
                if alive.is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                let slot = column
                    .first(doc)
                    .and_then(|s| u32::try_from(s).ok())
                    .ok_or_else(|| anyhow::anyhow!("a document without a slot"))?;
                let stored: TantivyDocument = store.get(doc)?;
                let blob = stored
                    .get_first(fields.blob)
                    .and_then(|v| v.as_bytes())
                    .ok_or_else(|| anyhow::anyhow!("a document without its article"))?;
                let detail = crate::search::blob::open(blob, slot)
                    .map_err(|e| anyhow::anyhow!("the stored article of slot {slot}: {e}"))?;
                out.push((slot, detail));
            }
            Ok(out)
        })
        .collect::<anyhow::Result<_>>()?;
    let mut by_slot: Vec<Option<Detail>> = Vec::new();
    by_slot.resize_with(slots as usize, || None);
    for (slot, article) in found.into_iter().flatten() {
        match by_slot.get_mut(slot as usize) {
            Some(place @ None) => *place = Some(article),
            Some(Some(_)) => anyhow::bail!("two documents with slot {slot}"),
            None => anyhow::bail!("slot {slot} beyond the manifest's {slots}"),
        }
    }
    Ok(by_slot)
}
