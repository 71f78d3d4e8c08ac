//! What the headless commands print: text for people, JSON for scripts (PRODUCT.md §4).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use anstyle::{AnsiColor, Color, Style};

use serde_json::{Value, json};

use super::json_out;
use super::table::{self, Format};
use super::{FOUND, NOTHING, Printing, query_from};
use crate::Article;
use crate::entities::EntityKind;
use crate::load::Loaded;
use crate::search::{Hit, Results};

/// The version of every JSON document's shape (`schema_version`): raised when a field is
/// removed or changes meaning; new fields may appear without it.
pub const SCHEMA_VERSION: u32 = 1;

/// An error when some article's text could not be read back from the cache since the
/// library was opened: what was printed from it would be wrong, so nothing is.
pub fn readable(library: &crate::search::Library) -> anyhow::Result<()> {
    match library.unreadable() {
        Some(e) => Err(e.clone().into()),
        None => Ok(()),
    }
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const HIT: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
/// What ends any of them (`{style:#}` writes the same).
const RESET: anstyle::Reset = anstyle::Reset;

/// `list`: every article passing the filters, in the requested order.
pub fn list(loaded: &Loaded, out: &mut dyn Write, p: &Printing) -> anyhow::Result<i32> {
    let mut query = query_from(p.common, "", loaded)?;
    if query.sort == crate::search::Sort::Relevance && query.text.trim().is_empty() {
        query.sort = crate::search::Sort::Date;
    }
    let results = loaded.library.search(&query);
    readable(&loaded.library)?;
    let articles = loaded.library.articles();
    if p.common.json {
        #[derive(serde::Serialize)]
        struct Doc<'a, A: serde::Serialize> {
            articles: A,
            diagnostics: &'a [crate::corpus::Diagnostic],
            schema_version: u32,
            total: usize,
        }
        // The mentions (and the body) are read from the cache's index when it holds them.
        let each = json_out::Each(|| {
            results.hits.iter().map(|h| json_out::Printed {
                article: loaded
                    .library
                    .try_article(h.doc)
                    .map(Option::unwrap_or_default),
                body: p.common.body,
                mentions: true,
                hit: None,
            })
        });
        let doc = Doc {
            articles: each,
            diagnostics: &loaded.diagnostics,
            schema_version: SCHEMA_VERSION,
            total: results.total,
        };
        json_out::write_line(out, &doc)?;
    } else {
        let format = Format::from_common(p.common);
        if let Some(format) = format {
            format.row(out, &table::ARTICLE_COLUMNS)?;
        }
        for hit in &results.hits {
            let a = &articles[hit.doc];
            match format {
                Some(format) => format.row(out, &table::article_fields(a))?,
                None => writeln!(out, "{}", article_line(a, p.color))?,
            }
        }
        // Standard output stays one line per article (for `wc -l` and friends); what
        // `--limit` left out is said beside it.
        if results.total > results.hits.len() {
            crate::say!(
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
    let query = query_from(p.common, text, loaded)?;
    let results = loaded.library.search(&query);
    // The snippets come from the bodies.
    readable(&loaded.library)?;
    let articles = loaded.library.articles();
    if p.common.json {
        #[derive(serde::Serialize)]
        struct Doc<'a, H: serde::Serialize> {
            diagnostics: &'a [crate::corpus::Diagnostic],
            facets: BTreeMap<&'a str, &'a Vec<crate::search::FacetCount>>,
            hints: &'a [String],
            hits: H,
            query: &'a str,
            schema_version: u32,
            total: usize,
        }
        let hits = json_out::Each(|| {
            results.hits.iter().map(|h| json_out::Printed {
                article: if p.common.body {
                    loaded
                        .library
                        .try_article(h.doc)
                        .map(Option::unwrap_or_default)
                } else {
                    Ok(std::borrow::Cow::Borrowed(&articles[h.doc]))
                },
                body: p.common.body,
                mentions: false,
                hit: Some(h),
            })
        });
        let doc = Doc {
            diagnostics: &loaded.diagnostics,
            facets: results
                .facets
                .iter()
                .map(|(f, v)| (f.as_str(), v))
                .collect(),
            hints: &results.hints,
            hits,
            query: text,
            schema_version: SCHEMA_VERSION,
            total: results.total,
        };
        json_out::write_line(out, &doc)?;
    } else {
        for hint in &results.hints {
            crate::say!("plantscope: query: {hint}");
        }
        let format = Format::from_common(p.common);
        if let Some(format) = format {
            let mut header = table::ARTICLE_COLUMNS.to_vec();
            header.extend(["score", "snippet"]);
            format.row(out, &header)?;
        }
        for hit in &results.hits {
            let a = &articles[hit.doc];
            if let Some(format) = format {
                let mut row = table::article_fields(a);
                row.push(format!("{:.3}", hit.score));
                row.push(hit.snippet.clone());
                format.row(out, &row)?;
                continue;
            }
            writeln!(out, "{}", article_line(a, p.color))?;
            // Colouring the snippet's words needs the body they are found in.
            let whole = if p.color && !hit.highlights.is_empty() {
                loaded.library.try_article(hit.doc)?
            } else {
                None
            };
            let a = whole.as_deref().unwrap_or(a);
            writeln!(out, "    {}", highlight_snippet(a, hit, p.color))?;
        }
        if format.is_some() && results.total > results.hits.len() {
            crate::say!(
                "plantscope: … {} more (use --limit)",
                results.total - results.hits.len()
            );
        } else if results.total > results.hits.len() {
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
/// counts, most frequent first; `kinds` (empty: all) picks the kinds, `--limit` the first rows.
pub fn entities(
    loaded: &Loaded,
    kinds: &[EntityKind],
    out: &mut dyn Write,
    p: &Printing,
) -> anyhow::Result<i32> {
    let mut query = query_from(p.common, "", loaded)?;
    // `--limit` is about rows of the table, not the articles it is counted from.
    query.limit = None;
    query.snippets = 0;
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    let mut table: BTreeMap<(EntityKind, String), (usize, usize)> = BTreeMap::new();
    let wanted = |kind: &EntityKind| kinds.is_empty() || kinds.contains(kind);
    for hit in &results.hits {
        let a = &articles[hit.doc];
        for kind in EntityKind::ALL.into_iter().filter(wanted) {
            for name in a.entities.of_kind(kind) {
                table.entry((kind, name.to_string())).or_default().0 += 1;
            }
        }
    }
    for ((kind, name), count) in mention_counts(&loaded.library, &results.hits) {
        if let Some(row) = table.get_mut(&(kind, name.to_string())) {
            row.1 += count;
        }
    }
    // An article whose mentions could not be read would leave its counts short.
    readable(&loaded.library)?;
    let mut rows: Vec<_> = table.into_iter().collect();
    rows.sort_by(|a, b| {
        a.0.0
            .cmp(&b.0.0)
            .then(b.1.0.cmp(&a.1.0))
            .then_with(|| a.0.1.cmp(&b.0.1))
    });
    let total = rows.len();
    if let Some(limit) = p.common.limit {
        rows.truncate(limit);
    }
    let format = Format::from_common(p.common);
    if p.common.json {
        let facts = super::facts::Counts::of(results.hits.iter().map(|h| &articles[h.doc]));
        let list: Vec<Value> = rows
            .iter()
            .map(|((kind, name), (arts, mentions))| {
                let mut v =
                    json!({"entity": name, "kind": kind, "articles": arts, "mentions": mentions});
                facts.add_to(&mut v, loaded, *kind, name);
                v
            })
            .collect();
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "total": total,
            "entities": list,
            "diagnostics": loaded.diagnostics,
        });
        json_out::write_line(out, &doc)?;
    } else if let Some(format) = format {
        format.row(out, &["kind", "entity", "articles", "mentions"])?;
        for ((kind, name), (arts, mentions)) in &rows {
            let (arts, mentions) = (arts.to_string(), mentions.to_string());
            format.row(out, &[kind.as_str(), name, &arts, &mentions])?;
        }
    } else if !rows.is_empty() {
        // No rows, no header: like `list`, an empty answer prints nothing (exit 1), so
        // `entities … | wc -l` counts entities and a shell test reads the exit code.
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
    if !p.common.json && total > rows.len() {
        crate::say!("plantscope: … {} more (use --limit)", total - rows.len());
    }
    stats(p, &results);
    Ok(if rows.is_empty() { NOTHING } else { FOUND })
}

/// How many times the articles of `hits` mention each entity, counted in parallel (a library
/// over the cache reads each article's mentions from its index).
fn mention_counts(
    library: &crate::search::Library,
    hits: &[Hit],
) -> rustc_hash::FxHashMap<(EntityKind, crate::entities::Name), usize> {
    use rayon::prelude::*;
    type Counts = rustc_hash::FxHashMap<(EntityKind, crate::entities::Name), usize>;
    hits.par_iter()
        .fold(Counts::default, |mut counts, hit| {
            if let Some(article) = library.article(hit.doc) {
                for m in &article.mentions {
                    *counts.entry((m.kind, m.entity.clone())).or_default() += 1;
                }
            }
            counts
        })
        .reduce(Counts::default, |mut a, b| {
            for (key, n) in b {
                *a.entry(key).or_default() += n;
            }
            a
        })
}

/// Keep the search's timings for `--stats`, printed with the load's after the output.
fn stats(p: &Printing, results: &Results) {
    p.search_timings.set(Some(results.timings));
}

/// An article as one line of text: path, language, date, title, brands.
pub fn article_line(a: &Article, color: bool) -> String {
    let date = a.date.as_ref().map_or("          ", crate::Date::day_text);
    let brands = a.entities[EntityKind::Brand].join(", ");
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
    // Colour the snippet's words that the highlights cover. Where each occurs is found in the
    // plain snippet and the codes go in once: replacing word after word also matched inside
    // the codes already inserted (`33` in `\x1b[1;33m`).
    let snippet = hit.snippet.as_str();
    let mut ranges: Vec<(usize, usize)> = hit
        .highlights
        .iter()
        .filter_map(|&(s, e)| a.body.get(s..e))
        .filter(|word| !word.is_empty())
        .flat_map(|word| {
            snippet
                .match_indices(word)
                .map(move |(at, _)| (at, at + word.len()))
        })
        .collect();
    ranges.sort_unstable();
    // Overlapping matches (`Kal` within `Kaluga`) are coloured as one.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = String::with_capacity(snippet.len() + merged.len() * 12);
    let mut at = 0;
    for (start, end) in merged {
        out.push_str(&snippet[at..start]);
        // Writing to a String cannot fail.
        let _ = write!(out, "{HIT}{}{RESET}", &snippet[start..end]);
        at = end;
    }
    out.push_str(&snippet[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_colours_go_in_once_and_never_inside_a_code() {
        // `33` was replaced again inside the `\x1b[1;33m` put in for `1`.
        let body = "Model 1 and 33 at Kaluga";
        let article = Article {
            body: body.to_string(),
            ..Article::default()
        };
        let at = |w: &str| body.find(w).map(|s| (s, s + w.len())).expect("in body");
        let hit = Hit {
            doc: 0,
            score: 1.0,
            snippet: body.to_string(),
            highlights: vec![
                at("1"),
                at("33"),
                at("Kaluga"),
                (at("Kaluga").0, at("Kaluga").0 + 3),
            ],
        };
        assert_eq!(
            highlight_snippet(&article, &hit, true),
            format!("Model {HIT}1{RESET} and {HIT}33{RESET} at {HIT}Kaluga{RESET}")
        );
        assert_eq!(highlight_snippet(&article, &hit, false), body);
    }
}
