//! `plantscope facts`: the production facts of the (filtered) articles, one line each, or as
//! JSON (`--json`) or CSV (`--csv`) with the evidence sentence and its byte range.

use std::io::Write;

use serde_json::{Value, json};

use super::{FOUND, NOTHING, Printing, query_from};
use crate::Article;
use crate::facts::{Fact, Status};
use crate::load::Loaded;

/// The JSON layout's version: raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// Print the facts of every article the filters keep, in the usual order (date without a
/// query); `statuses` (if any) keeps only facts with one of them.
pub fn run(
    loaded: &Loaded,
    csv: bool,
    statuses: &[Status],
    out: &mut dyn Write,
    p: &Printing,
) -> anyhow::Result<i32> {
    let mut query = query_from(p.common, "", loaded);
    if p.common.sort.is_none() {
        query.sort = crate::search::Sort::Date;
    }
    // The limit counts facts, not articles.
    let limit = query.limit.take();
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    let rows: Vec<(&Article, &Fact)> = results
        .hits
        .iter()
        .filter_map(|h| articles.get(h.doc))
        .flat_map(|a| a.facts.iter().map(move |f| (a, f)))
        .filter(|(_, f)| statuses.is_empty() || statuses.contains(&f.status))
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    let country = |f: &Fact| plant_country(loaded, &f.plant);
    if p.common.json {
        let list: Vec<Value> = rows
            .iter()
            .map(|(a, f)| fact_json(a, f, country(f).as_deref()))
            .collect();
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "facts": list,
            "diagnostics": loaded.diagnostics,
        });
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else if csv {
        writeln!(
            out,
            "path,article_id,plant,plant_country,subject,subject_kind,status,date,evidence,start,end"
        )?;
        for (a, f) in &rows {
            let fields = [
                a.path.clone(),
                a.id.clone(),
                f.plant.clone(),
                country(f).unwrap_or_default(),
                f.subject.clone(),
                f.subject_kind.as_str().to_string(),
                f.status.as_str().to_string(),
                f.date.clone().unwrap_or_default(),
                f.evidence(&a.body).to_string(),
                f.start.to_string(),
                f.end.to_string(),
            ];
            let line: Vec<String> = fields.iter().map(|v| csv_field(v)).collect();
            writeln!(out, "{}", line.join(","))?;
        }
    } else {
        for (a, f) in &rows {
            writeln!(
                out,
                "{}  {}  {}  {}  {}",
                f.plant,
                f.status.as_str(),
                f.subject,
                f.date.as_deref().unwrap_or("-"),
                a.path
            )?;
        }
    }
    Ok(if rows.is_empty() { NOTHING } else { FOUND })
}

/// The country a plant is in, from the gazetteer.
pub fn plant_country(loaded: &Loaded, plant: &str) -> Option<String> {
    let g = loaded.library.gazetteer();
    let id = *g
        .resolve(Some(crate::entities::EntityKind::Plant), plant)
        .first()?;
    g.entity(id)
        .details
        .iter()
        .find(|(label, _)| *label == "country")
        .map(|(_, c)| c.clone())
}

fn fact_json(a: &Article, f: &Fact, country: Option<&str>) -> Value {
    json!({
        "path": a.path,
        "article_id": a.id,
        "plant": f.plant,
        "plant_country": country,
        "subject": f.subject,
        "subject_kind": f.subject_kind,
        "status": f.status,
        "date": f.date,
        "evidence": f.evidence(&a.body),
        "start": f.start,
        "end": f.end,
    })
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("Kaluga"), "Kaluga");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
