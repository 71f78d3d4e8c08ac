//! Facts gathered over a set of articles: one row per plant and subject, with the status of
//! the newest report, the newest date, how many articles say it, and one evidence sentence —
//! what entity cards, the production view and the map show.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Fact, Status, SubjectKind};
use crate::Article;

/// Where a row's evidence sentence is: the article (index in the library) and the byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

/// What the articles say about one plant and one subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Names are shared (the fact index holds them once): a view of 100k articles makes
    /// ~70k rows, and three string copies each were most of its cost.
    pub plant: Arc<str>,
    pub subject: Arc<str>,
    pub kind: SubjectKind,
    /// The status of the newest report (by date; the first one when undated).
    pub status: Status,
    /// The newest date any report gives.
    pub newest: Option<Arc<str>>,
    /// How many articles report it.
    pub articles: usize,
    pub evidence: Evidence,
}

/// One row per (plant, subject) over the articles `docs` (indices into `articles`), sorted by
/// plant then subject.
pub fn rows(articles: &[Article], docs: impl IntoIterator<Item = usize>) -> Vec<Row> {
    rows_where(articles, docs, |_| true)
}

/// [`rows`] of the facts `keep` accepts only: a card asks for one plant's or one subject's
/// facts, and testing a fact is cheaper than hashing it into a row that is thrown away.
pub fn rows_where(
    articles: &[Article],
    docs: impl IntoIterator<Item = usize>,
    mut keep: impl FnMut(&Fact) -> bool,
) -> Vec<Row> {
    let mut table: HashMap<(&str, &str), (Row, Vec<usize>)> = HashMap::new();
    for doc in docs {
        let Some(article) = articles.get(doc) else {
            continue;
        };
        for f in article.facts.iter().filter(|f| keep(f)) {
            let key = (f.plant.as_str(), f.subject.as_str());
            let entry = table
                .entry(key)
                .or_insert_with(|| (row_of(f, doc), Vec::new()));
            if !entry.1.contains(&doc) {
                entry.1.push(doc);
            }
            let row = &mut entry.0;
            if f.date.as_deref() > row.newest.as_deref() {
                row.newest = f.date.as_deref().map(Arc::from);
                row.status = f.status;
                row.evidence = evidence_of(f, doc);
            }
        }
    }
    let mut out: Vec<Row> = table
        .into_values()
        .map(|(mut row, docs)| {
            row.articles = docs.len();
            row
        })
        .collect();
    out.sort_by(|a, b| {
        a.plant
            .cmp(&b.plant)
            .then_with(|| a.subject.cmp(&b.subject))
    });
    out
}

fn row_of(f: &Fact, doc: usize) -> Row {
    Row {
        plant: f.plant.as_str().into(),
        subject: f.subject.as_str().into(),
        kind: f.subject_kind,
        status: f.status,
        newest: f.date.as_deref().map(Arc::from),
        articles: 0,
        evidence: evidence_of(f, doc),
    }
}

fn evidence_of(f: &Fact, doc: usize) -> Evidence {
    Evidence {
        article: doc,
        start: f.start,
        end: f.end,
    }
}

/// A one-character mark per status, readable without colour.
pub fn mark(status: Status) -> &'static str {
    match status {
        Status::Builds => "●",
        Status::Built => "○",
        Status::WillBuild => "▶",
        Status::MayBuild => "?",
        Status::WillNotBuild => "✗",
        Status::WillStop => "▼",
        Status::Stopped => "■",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(plant: &str, subject: &str, status: Status, date: &str, start: usize) -> Fact {
        Fact {
            plant: plant.into(),
            subject: subject.into(),
            subject_kind: SubjectKind::Model,
            status,
            date: Some(date.into()),
            start,
            end: start + 5,
        }
    }

    #[test]
    fn rows_keep_the_newest_report_and_count_articles() {
        let a = Article {
            facts: vec![
                fact("Kaluga", "Peugeot Expert", Status::Builds, "2021", 0),
                fact("Kaluga", "Fiat Scudo", Status::WillBuild, "2022", 10),
            ],
            ..Article::default()
        };
        let b = Article {
            facts: vec![fact("Kaluga", "Peugeot Expert", Status::Stopped, "2023", 7)],
            ..Article::default()
        };
        let rows = rows(&[a, b], [0, 1, 7]);
        assert_eq!(rows.len(), 2);
        assert_eq!((&*rows[0].subject, rows[0].articles), ("Fiat Scudo", 1));
        let expert = &rows[1];
        assert_eq!(expert.status, Status::Stopped);
        assert_eq!(expert.newest.as_deref(), Some("2023"));
        assert_eq!(expert.articles, 2);
        assert_eq!(
            expert.evidence,
            Evidence {
                article: 1,
                start: 7,
                end: 12
            }
        );
        assert!(Status::ALL.iter().all(|&s| !mark(s).is_empty()));
    }
}
