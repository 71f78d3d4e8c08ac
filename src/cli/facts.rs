//! `plantscope facts`: the production facts of the (filtered) articles, one line each, or as
//! JSON (`--json`), CSV (`--csv`) or TSV (`--tsv`) with the evidence sentence and its byte
//! range.

use std::collections::HashMap;
use std::io::Write;

use serde_json::{Value, json};

use super::output::SCHEMA_VERSION;
use super::table::Format;
use super::{FOUND, NOTHING, Printing, query_from};
use crate::Article;
use crate::entities::EntityKind;
use crate::facts::{Fact, Status};
use crate::load::Loaded;

/// The columns of `--csv` / `--tsv`, the fields of `--json`.
pub const COLUMNS: [&str; 11] = [
    "path",
    "article_id",
    "plant",
    "plant_country",
    "subject",
    "subject_kind",
    "status",
    "date",
    "evidence",
    "start",
    "end",
];

/// Print the facts of every article the filters keep, in the usual order (date without a
/// query); `statuses` (if any) keeps only facts with one of them.
pub fn run(
    loaded: &Loaded,
    statuses: &[Status],
    out: &mut dyn Write,
    p: &Printing,
) -> anyhow::Result<i32> {
    let mut query = query_from(p.common, "", loaded)?;
    if query.sort == crate::search::Sort::Relevance && query.text.trim().is_empty() {
        query.sort = crate::search::Sort::Date;
    }
    // The limit counts facts, not articles.
    let limit = query.limit.take();
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    let wanted = crate::facts::filter::FactFilter::new(&query.filters, loaded.library.gazetteer());
    let mut rows: Vec<(usize, &Article, &Fact)> = results
        .hits
        .iter()
        .filter_map(|h| Some((h.doc, articles.get(h.doc)?)))
        .flat_map(|(doc, a)| a.facts.iter().map(move |f| (doc, a, f)))
        .filter(|(_, _, f)| statuses.is_empty() || statuses.contains(&f.status))
        .filter(|(_, a, f)| wanted.keeps(&f.plant, &f.subject, f.subject_kind, a.date.as_ref()))
        .collect();
    // What the limit leaves out is said, as `list` and `entities` say it.
    let total = rows.len();
    rows.truncate(limit.unwrap_or(usize::MAX));
    let country = |f: &Fact| plant_country(loaded, &f.plant);
    // The evidence is in the body, which a library over the cache reads from its index: one
    // read per article (its facts are together in `rows`).
    // A body that cannot be read back is an error, not an empty evidence.
    let mut whole: Option<(usize, std::borrow::Cow<Article>)> = None;
    let mut body_of = |doc: usize| -> anyhow::Result<String> {
        if whole.as_ref().is_none_or(|(d, _)| *d != doc) {
            whole = loaded.library.try_article(doc)?.map(|a| (doc, a));
        }
        Ok(whole
            .as_ref()
            .map(|(_, a)| a.body.clone())
            .unwrap_or_default())
    };
    if p.common.json {
        let list: Vec<Value> = rows
            .iter()
            .map(|(doc, a, f)| Ok(fact_json(a, &body_of(*doc)?, f, country(f).as_deref())))
            .collect::<anyhow::Result<_>>()?;
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "facts": list,
            "diagnostics": loaded.diagnostics,
        });
        super::json_out::write_line(out, &doc)?;
    } else if let Some(format) = Format::from_common(p.common) {
        format.row(out, &COLUMNS)?;
        for (doc, a, f) in &rows {
            let body = body_of(*doc)?;
            let fields = [
                a.path.clone(),
                a.id.clone(),
                f.plant.clone(),
                country(f).unwrap_or_default(),
                f.subject.clone(),
                f.subject_kind.as_str().to_string(),
                f.status.as_str().to_string(),
                f.date.clone().unwrap_or_default(),
                f.evidence(&body).to_string(),
                f.start.to_string(),
                f.end.to_string(),
            ];
            format.row(out, &fields)?;
        }
    } else {
        for (_, a, f) in &rows {
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
    if !p.common.json && total > rows.len() {
        crate::say!("plantscope: … {} more (use --limit)", total - rows.len());
    }
    Ok(if rows.is_empty() { NOTHING } else { FOUND })
}

/// The country a plant is in, from the gazetteer.
pub fn plant_country(loaded: &Loaded, plant: &str) -> Option<String> {
    plant_country_in(loaded.library.gazetteer(), plant)
}

/// The country a plant is in, from `g`.
pub fn plant_country_in(g: &crate::entities::Gazetteer, plant: &str) -> Option<String> {
    let id = *g
        .resolve(Some(crate::entities::EntityKind::Plant), plant)
        .first()?;
    g.entity(id)
        .details
        .iter()
        .find(|(label, _)| *label == "country")
        .map(|(_, c)| c.clone())
}

fn fact_json(a: &Article, body: &str, f: &Fact, country: Option<&str>) -> Value {
    json!({
        "path": a.path,
        "article_id": a.id,
        "plant": f.plant,
        "plant_country": country,
        "subject": f.subject,
        "subject_kind": f.subject_kind,
        "status": f.status,
        "date": f.date,
        "evidence": f.evidence(body),
        "start": f.start,
        "end": f.end,
    })
}

/// How many facts each plant and each subject has, for `entities --json`.
#[derive(Default)]
pub struct Counts {
    plants: HashMap<String, HashMap<Status, usize>>,
    subjects: HashMap<String, HashMap<Status, usize>>,
}

impl Counts {
    pub fn of<'a>(articles: impl Iterator<Item = &'a Article>) -> Counts {
        let mut c = Counts::default();
        for f in articles.flat_map(|a| &a.facts) {
            *c.plants
                .entry(f.plant.clone())
                .or_default()
                .entry(f.status)
                .or_default() += 1;
            *c.subjects
                .entry(f.subject.clone())
                .or_default()
                .entry(f.status)
                .or_default() += 1;
        }
        c
    }

    /// A plant row gains its `city`, `country`, `operator` and `group` (reference data from
    /// the gazetteer) and, like a brand or model row, `facts` (the count, what articles say)
    /// and `facts_by_status`.
    pub fn add_to(&self, row: &mut Value, loaded: &Loaded, kind: EntityKind, name: &str) {
        let counts = match kind {
            EntityKind::Plant => {
                let g = loaded.library.gazetteer();
                let details = g
                    .resolve(Some(EntityKind::Plant), name)
                    .first()
                    .map(|&id| g.entity(id).details.clone())
                    .unwrap_or_default();
                for label in ["city", "country", "operator", "group"] {
                    let value = details.iter().find(|(l, _)| *l == label).map(|(_, v)| v);
                    row[label] = json!(value);
                }
                self.plants.get(name)
            }
            EntityKind::Brand | EntityKind::Model => self.subjects.get(name),
            _ => return,
        };
        let by_status: serde_json::Map<String, Value> = Status::ALL
            .iter()
            .filter_map(|s| {
                let n = counts.and_then(|c| c.get(s)).copied().unwrap_or(0);
                (n > 0).then(|| (s.as_str().to_string(), json!(n)))
            })
            .collect();
        row["facts"] = json!(counts.map_or(0, |c| c.values().sum::<usize>()));
        row["facts_by_status"] = Value::Object(by_status);
    }
}
