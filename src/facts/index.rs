//! The facts of a whole library laid out once, when the library is built (at load, off the
//! UI thread), so that a card or the production view gathers its rows over any result set
//! without walking every article: each fact a small record, sorted by plant and subject and
//! reachable by subject, with names interned; and per entity the articles naming it.
//! Walking 100k articles' fact lists cost a card ~20 ms in memory latency alone.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::summary::{Evidence, Row};
use super::{Status, SubjectKind};
use crate::Article;
use crate::entities::{EntityKind, Gazetteer};

/// One fact, by ids.
#[derive(Debug, Clone, Copy)]
struct Flat {
    plant: u32,
    subject: u32,
    doc: u32,
    status: Status,
    /// Rank of the date among the library's date strings (0: none), so that comparing ranks
    /// is comparing the strings, as [`super::summary::rows`] does.
    date: u32,
    start: usize,
    end: usize,
}

/// Which articles count: the results shown, as a set over the library's articles.
#[derive(Debug, Clone)]
pub struct Shown(Vec<bool>);

impl Shown {
    /// The set of `docs` (library indices) among `len` articles.
    pub fn of(len: usize, docs: impl IntoIterator<Item = usize>) -> Shown {
        let mut set = vec![false; len];
        for d in docs {
            if let Some(slot) = set.get_mut(d) {
                *slot = true;
            }
        }
        Shown(set)
    }

    pub fn contains(&self, doc: usize) -> bool {
        self.0.get(doc).copied().unwrap_or(false)
    }

    /// How many articles are in the set.
    pub fn len(&self) -> usize {
        self.0.iter().filter(|&&b| b).count()
    }

    pub fn is_empty(&self) -> bool {
        !self.0.iter().any(|&b| b)
    }
}

/// The library's facts and entity postings.
#[derive(Debug, Default)]
pub struct FactIndex {
    /// Plant and subject names, sorted (an id is a position).
    plants: Vec<Arc<str>>,
    subjects: Vec<(Arc<str>, SubjectKind)>,
    /// Each subject's name folded, for narrowing pickers by it.
    subjects_folded: Arc<[String]>,
    /// Each subject's brand (itself for a brand; the gazetteer's for a model).
    subject_brand: Vec<Option<String>>,
    dates: Vec<Arc<str>>,
    /// Every fact, sorted by plant, subject, then article and body order.
    facts: Vec<Flat>,
    /// Where each plant's facts start in `facts` (one more entry at the end).
    plant_starts: Vec<usize>,
    /// Positions in `facts`, sorted by subject then plant (then article and body order).
    by_subject: Vec<u32>,
    subject_starts: Vec<usize>,
    plant_ids: FxHashMap<String, u32>,
    subject_ids: FxHashMap<String, u32>,
    /// Per entity kind (in [`EntityKind::ALL`] order): name → the articles naming it.
    named: Vec<FxHashMap<String, Vec<u32>>>,
}

fn kind_slot(kind: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// `starts[i]..starts[i + 1]` for each id, from ids in sorted order.
fn starts(ids: impl Iterator<Item = u32>, count: usize) -> Vec<usize> {
    let mut out = vec![0; count + 1];
    for id in ids {
        out[id as usize + 1] += 1;
    }
    for i in 1..out.len() {
        out[i] += out[i - 1];
    }
    out
}

impl FactIndex {
    pub fn build(articles: &[Article], gazetteer: &Gazetteer) -> FactIndex {
        // Distinct names first (a hash set), then only those are sorted: sorting every
        // fact's strings cost most of the build at 100k articles.
        let mut plant_set: FxHashMap<&str, u32> = FxHashMap::default();
        let mut subject_set: FxHashMap<&str, SubjectKind> = FxHashMap::default();
        let mut date_set: FxHashMap<&str, u32> = FxHashMap::default();
        for a in articles {
            for f in &a.facts {
                plant_set.entry(&f.plant).or_insert(0);
                subject_set.entry(&f.subject).or_insert(f.subject_kind);
                if let Some(d) = &f.date {
                    date_set.entry(d).or_insert(0);
                }
            }
        }
        let mut plants: Vec<&str> = plant_set.keys().copied().collect();
        plants.sort_unstable();
        let mut subjects: Vec<(&str, SubjectKind)> =
            subject_set.iter().map(|(&n, &k)| (n, k)).collect();
        subjects.sort_unstable();
        let mut dates: Vec<&str> = date_set.keys().copied().collect();
        dates.sort_unstable();
        for (i, p) in plants.iter().enumerate() {
            plant_set.insert(p, i as u32);
        }
        let mut subject_rank: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, (n, _)) in subjects.iter().enumerate() {
            subject_rank.insert(n, i as u32);
        }
        // Rank 0 is "no date".
        for (i, d) in dates.iter().enumerate() {
            date_set.insert(d, i as u32 + 1);
        }
        let plant_ids: FxHashMap<String, u32> = plants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.to_string(), i as u32))
            .collect();
        let subject_ids: FxHashMap<String, u32> = subjects
            .iter()
            .enumerate()
            .map(|(i, s)| (s.0.to_string(), i as u32))
            .collect();
        let mut facts = Vec::new();
        for (doc, a) in articles.iter().enumerate() {
            for f in &a.facts {
                facts.push(Flat {
                    plant: plant_set[f.plant.as_str()],
                    subject: subject_rank[f.subject.as_str()],
                    doc: doc as u32,
                    status: f.status,
                    date: f.date.as_deref().map_or(0, |d| date_set[d]),
                    start: f.start,
                    end: f.end,
                });
            }
        }
        // Stable: within a plant and subject, articles and body order stay as pushed.
        facts.sort_by_key(|f| (f.plant, f.subject));
        let plant_starts = starts(facts.iter().map(|f| f.plant), plants.len());
        let mut by_subject: Vec<u32> = (0..facts.len() as u32).collect();
        by_subject.sort_by_key(|&i| facts[i as usize].subject);
        let subject_starts = starts(
            by_subject.iter().map(|&i| facts[i as usize].subject),
            subjects.len(),
        );
        let brand_of = |name: &str| {
            let id = *gazetteer.resolve(Some(EntityKind::Model), name).first()?;
            gazetteer
                .entity(id)
                .details
                .iter()
                .find(|(l, _)| *l == "brand")
                .map(|(_, b)| b.clone())
        };
        let subject_brand = subjects
            .iter()
            .map(|&(name, kind)| match kind {
                SubjectKind::Brand => Some(name.to_string()),
                SubjectKind::Model => brand_of(name),
            })
            .collect();
        let subjects_folded: Arc<[String]> = subjects
            .iter()
            .map(|(name, _)| crate::entities::fold::fold_str(name))
            .collect();
        let mut named: Vec<FxHashMap<String, Vec<u32>>> = EntityKind::ALL
            .iter()
            .map(|_| FxHashMap::default())
            .collect();
        for (doc, a) in articles.iter().enumerate() {
            for (slot, &kind) in EntityKind::ALL.iter().enumerate() {
                for name in a.entities.of_kind(kind) {
                    match named[slot].get_mut(name.as_str()) {
                        Some(docs) => docs.push(doc as u32),
                        None => {
                            named[slot].insert(name.to_string(), vec![doc as u32]);
                        }
                    }
                }
            }
        }
        FactIndex {
            plants: plants.into_iter().map(Arc::from).collect(),
            subjects: subjects
                .into_iter()
                .map(|(n, k)| (Arc::from(n), k))
                .collect(),
            subjects_folded,
            subject_brand,
            dates: dates.into_iter().map(Arc::from).collect(),
            facts,
            plant_starts,
            by_subject,
            subject_starts,
            plant_ids,
            subject_ids,
            named,
        }
    }

    /// The articles naming an entity, in library order.
    pub fn named(&self, kind: EntityKind, name: &str) -> &[u32] {
        self.named
            .get(kind_slot(kind))
            .and_then(|m| m.get(name))
            .map_or(&[], Vec::as_slice)
    }

    /// One row per plant and subject over the shown articles, sorted by plant then subject
    /// (what [`super::summary::rows`] gives over them in library order).
    pub fn rows(&self, shown: &Shown) -> Vec<Row> {
        self.rows_of(self.facts.iter(), shown)
    }

    /// The rows of some plants.
    pub fn plant_rows<'a>(
        &self,
        plants: impl IntoIterator<Item = &'a str>,
        shown: &Shown,
    ) -> Vec<Row> {
        let mut ids: Vec<u32> = plants
            .into_iter()
            .filter_map(|p| self.plant_ids.get(p).copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let facts = ids.into_iter().flat_map(|id| {
            let id = id as usize;
            self.facts[self.plant_starts[id]..self.plant_starts[id + 1]].iter()
        });
        self.rows_of(facts, shown)
    }

    /// The rows of some subjects, sorted by plant then subject.
    pub fn subject_rows<'a>(
        &self,
        subjects: impl IntoIterator<Item = &'a str>,
        shown: &Shown,
    ) -> Vec<Row> {
        let mut ids: Vec<u32> = subjects
            .into_iter()
            .filter_map(|s| self.subject_ids.get(s).copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let mut rows = Vec::new();
        for id in ids {
            let id = id as usize;
            let positions = &self.by_subject[self.subject_starts[id]..self.subject_starts[id + 1]];
            rows.extend(self.rows_of(positions.iter().map(|&i| &self.facts[i as usize]), shown));
        }
        rows.sort_by(|a, b| {
            a.plant
                .cmp(&b.plant)
                .then_with(|| a.subject.cmp(&b.subject))
        });
        rows
    }

    /// The subjects that are `brand` or one of its models.
    pub fn subjects_of_brand(&self, brand: &str) -> Vec<&str> {
        self.subjects
            .iter()
            .zip(&self.subject_brand)
            .filter(|(_, b)| b.as_deref() == Some(brand))
            .map(|((name, _), _)| &**name)
            .collect()
    }

    /// Each plant with a shown fact → the ids of its subjects (see [`FactIndex::folded`]).
    pub fn plant_subjects(&self, shown: &Shown) -> Vec<(&str, Vec<u32>)> {
        let mut out: Vec<(&str, Vec<u32>)> = Vec::new();
        for f in self.facts.iter().filter(|f| shown.contains(f.doc as usize)) {
            let plant = &*self.plants[f.plant as usize];
            match out.last_mut() {
                Some((p, subjects)) if *p == plant => {
                    if subjects.last() != Some(&f.subject) {
                        subjects.push(f.subject);
                    }
                }
                _ => out.push((plant, vec![f.subject])),
            }
        }
        out
    }

    /// Every subject's folded name, by id.
    pub fn folded(&self) -> Arc<[String]> {
        self.subjects_folded.clone()
    }

    /// Rows of facts grouped by plant and subject (consecutive), over the shown articles.
    fn rows_of<'a>(&self, facts: impl Iterator<Item = &'a Flat>, shown: &Shown) -> Vec<Row> {
        let mut rows: Vec<Row> = Vec::new();
        // The group being read: (plant, subject), its newest date rank, its last article.
        let mut current: Option<(u32, u32, u32, u32)> = None;
        for f in facts.filter(|f| shown.contains(f.doc as usize)) {
            match &mut current {
                Some((p, s, newest, last)) if *p == f.plant && *s == f.subject => {
                    let Some(row) = rows.last_mut() else { continue };
                    if f.date > *newest {
                        *newest = f.date;
                        row.newest = self.date(f.date);
                        row.status = f.status;
                        row.evidence = evidence(f);
                    }
                    if *last != f.doc {
                        *last = f.doc;
                        row.articles += 1;
                    }
                }
                _ => {
                    current = Some((f.plant, f.subject, f.date, f.doc));
                    let (subject, kind) = &self.subjects[f.subject as usize];
                    rows.push(Row {
                        plant: self.plants[f.plant as usize].clone(),
                        subject: subject.clone(),
                        kind: *kind,
                        status: f.status,
                        newest: self.date(f.date),
                        articles: 1,
                        evidence: evidence(f),
                    });
                }
            }
        }
        rows
    }

    fn date(&self, rank: u32) -> Option<Arc<str>> {
        rank.checked_sub(1)
            .and_then(|i| self.dates.get(i as usize))
            .cloned()
    }
}

fn evidence(f: &Flat) -> Evidence {
    Evidence {
        article: f.doc as usize,
        start: f.start,
        end: f.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Fact;

    fn fact(plant: &str, subject: &str, status: Status, date: Option<&str>, start: usize) -> Fact {
        Fact {
            plant: plant.into(),
            subject: subject.into(),
            subject_kind: SubjectKind::Model,
            status,
            date: date.map(str::to_string),
            start,
            end: start + 3,
        }
    }

    /// The index gives what `summary::rows` gives over the same articles in library order,
    /// for every subset of them.
    #[test]
    fn rows_agree_with_the_summary_over_any_subset() {
        let g = Gazetteer::builtin().expect("gazetteer");
        let dates = [None, Some("2021"), Some("2021-05-01"), Some("2019")];
        let statuses = Status::ALL;
        let plants = ["Kaluga", "Busan", "Sochaux"];
        let subjects = ["Peugeot 3008", "Polestar 4", "Opel Vivaro"];
        let articles: Vec<Article> = (0..12)
            .map(|i| Article {
                facts: (0..(i % 4) + 1)
                    .map(|j| {
                        fact(
                            plants[(i + j) % 3],
                            subjects[(i * j + j) % 3],
                            statuses[(i + 2 * j) % 7],
                            dates[(i + j) % 4],
                            j * 10,
                        )
                    })
                    .collect(),
                ..Article::default()
            })
            .collect();
        let index = FactIndex::build(&articles, &g);
        for mask in [0xfffu32, 0x0, 0x5a5, 0x0f0, 0x801, 0x3c3] {
            let docs: Vec<usize> = (0..12).filter(|i| mask & (1 << i) != 0).collect();
            let shown = Shown::of(articles.len(), docs.iter().copied());
            let expected = super::super::summary::rows(&articles, docs.iter().copied());
            assert_eq!(index.rows(&shown), expected, "mask {mask:x}");
            let kaluga: Vec<Row> = expected
                .iter()
                .filter(|r| &*r.plant == "Kaluga")
                .cloned()
                .collect();
            assert_eq!(index.plant_rows(["Kaluga"], &shown), kaluga);
            let polestar: Vec<Row> = expected
                .iter()
                .filter(|r| &*r.subject == "Polestar 4")
                .cloned()
                .collect();
            assert_eq!(index.subject_rows(["Polestar 4"], &shown), polestar);
        }
        assert_eq!(index.subjects_of_brand("Peugeot"), ["Peugeot 3008"]);
    }
}
