//! What the headless commands print: text for people, JSON for scripts (PRODUCT.md §4).

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{Value, json};

use super::{FOUND, NOTHING, Printing, query_from};
use crate::Article;
use crate::entities::EntityKind;
use crate::load::Loaded;
use crate::search::{Hit, Results};

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const HIT: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

/// `list`: every article passing the filters, in the requested order.
pub fn list(loaded: &Loaded, out: &mut dyn Write, p: &Printing) -> anyhow::Result<i32> {
    let mut query = query_from(p.common, "", loaded);
    if p.common.sort.is_none() {
        query.sort = crate::search::Sort::Date;
    }
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    if p.common.json {
        let list: Vec<Value> = results
            .hits
            .iter()
            .map(|h| {
                let a = &articles[h.doc];
                let mut v = article_json(a);
                v["mentions"] = mentions_json(a);
                if p.common.body {
                    v["body"] = json!(a.body);
                }
                v
            })
            .collect();
        let doc = json!({
            "total": results.total,
            "articles": list,
            "diagnostics": loaded.diagnostics,
        });
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        for hit in &results.hits {
            let a = &articles[hit.doc];
            writeln!(out, "{}", article_line(a, p.color))?;
        }
        // Standard output stays one line per article (for `wc -l` and friends); what
        // `--limit` left out is said beside it.
        if results.total > results.hits.len() {
            eprintln!(
                "plantscope: … {} more (use --limit)",
                results.total - results.hits.len()
            );
        }
    }
    stats(p, &results);
    Ok(if results.total > 0 { FOUND } else { NOTHING })
}

/// `search QUERY`: hits with snippets, facet counts, diagnostics.
pub fn search(
    loaded: &Loaded,
    text: &str,
    out: &mut dyn Write,
    p: &Printing,
) -> anyhow::Result<i32> {
    let query = query_from(p.common, text, loaded);
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    if p.common.json {
        let hits: Vec<Value> = results
            .hits
            .iter()
            .map(|h| {
                let a = &articles[h.doc];
                let mut v = hit_json(a, h);
                if p.common.body {
                    v["body"] = json!(a.body);
                }
                v
            })
            .collect();
        let facets: BTreeMap<&str, &Vec<crate::search::FacetCount>> = results
            .facets
            .iter()
            .map(|(f, v)| (f.as_str(), v))
            .collect();
        let doc = json!({
            "query": text,
            "total": results.total,
            "hits": hits,
            "facets": facets,
            "hints": results.hints,
            "diagnostics": loaded.diagnostics,
        });
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        for hint in &results.hints {
            eprintln!("plantscope: query: {hint}");
        }
        for hit in &results.hits {
            let a = &articles[hit.doc];
            writeln!(out, "{}", article_line(a, p.color))?;
            writeln!(out, "    {}", highlight_snippet(a, hit, p.color))?;
        }
        if results.total > results.hits.len() {
            writeln!(
                out,
                "… {} more (use --limit)",
                results.total - results.hits.len()
            )?;
        }
    }
    stats(p, &results);
    Ok(if results.total > 0 { FOUND } else { NOTHING })
}

/// `entities`: one row per entity found in the (filtered) corpus, with article and mention
/// counts, most frequent first.
pub fn entities(loaded: &Loaded, out: &mut dyn Write, p: &Printing) -> anyhow::Result<i32> {
    let query = query_from(p.common, "", loaded);
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    let mut table: BTreeMap<(EntityKind, String), (usize, usize)> = BTreeMap::new();
    for hit in &results.hits {
        let a = &articles[hit.doc];
        for kind in EntityKind::ALL {
            for name in a.entities.of_kind(kind) {
                table.entry((kind, name.clone())).or_default().0 += 1;
            }
        }
        for m in &a.mentions {
            if let Some(row) = table.get_mut(&(m.kind, m.entity.to_string())) {
                row.1 += 1;
            }
        }
    }
    let mut rows: Vec<_> = table.into_iter().collect();
    rows.sort_by(|a, b| {
        a.0.0
            .cmp(&b.0.0)
            .then(b.1.0.cmp(&a.1.0))
            .then_with(|| a.0.1.cmp(&b.0.1))
    });
    if let Some(limit) = p.common.limit {
        rows.truncate(limit);
    }
    if p.common.json {
        let list: Vec<Value> = rows
            .iter()
            .map(|((kind, name), (arts, mentions))| {
                json!({"entity": name, "kind": kind, "articles": arts, "mentions": mentions})
            })
            .collect();
        let doc = json!({ "entities": list, "diagnostics": loaded.diagnostics });
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        let width = rows
            .iter()
            .map(|r| crate::text::width(&r.0.1))
            .max()
            .unwrap_or(6)
            .max(6);
        writeln!(
            out,
            "{:<8} {} {:>8} {:>8}",
            "KIND",
            crate::text::fit("ENTITY", width),
            "ARTICLES",
            "MENTIONS"
        )?;
        for ((kind, name), (arts, mentions)) in &rows {
            writeln!(
                out,
                "{:<8} {} {arts:>8} {mentions:>8}",
                kind.as_str(),
                crate::text::fit(name, width)
            )?;
        }
    }
    stats(p, &results);
    Ok(if rows.is_empty() { NOTHING } else { FOUND })
}

/// Keep the search's timings for `--stats`, printed with the load's after the output.
fn stats(p: &Printing, results: &Results) {
    p.search_timings.set(Some(results.timings));
}

/// The fields every article has in JSON.
pub fn article_json(a: &Article) -> Value {
    json!({
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "lang": a.lang,
        "date": a.date,
        "url": a.url,
        "source": a.source,
        "words": a.words,
        "brands": a.entities.brands,
        "groups": a.entities.groups,
        "models": a.entities.models,
        "countries": a.entities.countries,
        "plants": a.entities.plants,
    })
}

/// `mentions` for `list --json`: each with the text as written, read back from the body.
fn mentions_json(a: &Article) -> Value {
    a.mentions
        .iter()
        .map(|m| {
            json!({
                "kind": m.kind,
                "entity": m.entity,
                "field": m.field,
                "start": m.start,
                "end": m.end,
                "text": m.written(a),
            })
        })
        .collect()
}

fn hit_json(a: &Article, hit: &Hit) -> Value {
    let mut v = article_json(a);
    v["score"] = json!((hit.score * 1000.0).round() / 1000.0);
    v["snippet"] = json!(hit.snippet);
    v["highlights"] = json!(hit.highlights);
    v
}

fn article_line(a: &Article, color: bool) -> String {
    let date = a
        .date
        .as_deref()
        .map_or("          ", |d| d.get(..10).unwrap_or(d));
    let brands = a.entities.brands.join(", ");
    let title = crate::text::truncate(&a.title, 90);
    // No trailing spaces when there are no brands (scripts split on two spaces).
    let gap = if brands.is_empty() { "" } else { "  " };
    if color {
        format!(
            "{DIM}{}{RESET}  {}  {date}  {BOLD}{title}{RESET}{gap}{DIM}{brands}{RESET}",
            a.path, a.lang
        )
    } else {
        format!("{}  {}  {date}  {title}{gap}{brands}", a.path, a.lang)
    }
}

fn highlight_snippet(a: &Article, hit: &Hit, color: bool) -> String {
    if !color || hit.highlights.is_empty() {
        return hit.snippet.clone();
    }
    // Colour the snippet's words that the highlights cover.
    let marked: Vec<&str> = hit
        .highlights
        .iter()
        .filter_map(|&(s, e)| a.body.get(s..e))
        .collect();
    let mut out = hit.snippet.clone();
    for word in marked.iter().collect::<std::collections::BTreeSet<_>>() {
        out = out.replace(*word, &format!("{HIT}{word}{RESET}"));
    }
    out
}
