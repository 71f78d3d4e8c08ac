//! Disjunctive facet counts from tables built once with the library: per facet, the distinct
//! values and, per article, the ids of its values. A search counts them over its matches in
//! one pass, with integer increments.
//!
//! tantivy's terms aggregations did the same on the facet fields' fast columns, but each
//! search paid for turning term ords back into strings and merging intermediate results, and
//! each facet with a filter needed its own pass over the index (re-running the text query).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::oracle::sorted_counts;
use super::{Facet, FacetCount, Filters};
use crate::Article;

/// The values an article has for a facet, as the index stores them.
pub fn values_of(article: &Article, facet: Facet) -> impl Iterator<Item = &str> {
    let (names, lang) = match facet.entity_kind() {
        Some(kind) => (article.entities.of_kind(kind), None),
        None => (&[][..], Some(article.lang.code())),
    };
    names.iter().map(crate::entities::Name::as_str).chain(lang)
}

/// One facet: its distinct values and each article's value ids.
#[derive(Debug, Default)]
struct Table {
    /// Value id → value.
    names: Vec<String>,
    /// Value → id.
    ids_by_name: FxHashMap<String, u32>,
    /// Article ord → range in `ids` (`starts[ord]..starts[ord + 1]`).
    starts: Vec<u32>,
    /// Each article's distinct value ids, one article after the other.
    ids: Vec<u32>,
}

impl Table {
    fn new(articles: &[Article], facet: Facet) -> Table {
        let mut table = Table {
            starts: Vec::with_capacity(articles.len() + 1),
            ..Table::default()
        };
        table.starts.push(0);
        // Entity names are shared (one allocation per entity and thread): each is looked up
        // by its address first, one integer hashed instead of its text. The articles hold
        // every name while the table is built, so no address is reused.
        let mut by_address: FxHashMap<usize, u32> = FxHashMap::default();
        let mut by_lang: FxHashMap<crate::Lang, u32> = FxHashMap::default();
        for article in articles {
            let from = table.ids.len();
            match facet.entity_kind() {
                Some(kind) => {
                    for name in article.entities.of_kind(kind) {
                        let address = name.as_str().as_ptr() as usize;
                        let id = match by_address.get(&address) {
                            Some(&id) => id,
                            None => {
                                let id = table.id_of(name);
                                by_address.insert(address, id);
                                id
                            }
                        };
                        table.ids.push(id);
                    }
                }
                None => {
                    let id = match by_lang.get(&article.lang) {
                        Some(&id) => id,
                        None => {
                            let id = table.id_of(article.lang.code());
                            by_lang.insert(article.lang, id);
                            id
                        }
                    };
                    table.ids.push(id);
                }
            }
            // An article counts once per value, as a document does in a terms count.
            table.ids[from..].sort_unstable();
            let mut kept = from;
            for i in from..table.ids.len() {
                if i == from || table.ids[i] != table.ids[kept - 1] {
                    table.ids[kept] = table.ids[i];
                    kept += 1;
                }
            }
            table.ids.truncate(kept);
            table.starts.push(table.ids.len() as u32);
        }
        table
    }

    /// The id of `value`, given it if it is new.
    fn id_of(&mut self, value: &str) -> u32 {
        if let Some(&id) = self.ids_by_name.get(value) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids_by_name.insert(value.to_string(), id);
        self.names.push(value.to_string());
        id
    }

    fn of(&self, ord: u32) -> &[u32] {
        let ord = ord as usize;
        match (self.starts.get(ord), self.starts.get(ord + 1)) {
            (Some(&a), Some(&b)) => self.ids.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Every facet's table, in [`Facet::ALL`] order.
#[derive(Debug, Default)]
pub struct FacetTables {
    tables: Vec<Table>,
}

impl FacetTables {
    pub fn new(articles: &[Article]) -> FacetTables {
        FacetTables {
            tables: if articles.len() >= super::order::PARALLEL_MIN {
                use rayon::prelude::*;
                Facet::ALL
                    .par_iter()
                    .map(|&f| Table::new(articles, f))
                    .collect()
            } else {
                Facet::ALL
                    .iter()
                    .map(|&f| Table::new(articles, f))
                    .collect()
            },
        }
    }

    /// Disjunctive counts for every facet over `matches`, the articles matching the text
    /// query alone (before filters): each facet counts the articles that pass every filter
    /// except its own (values within a facet OR-ed, facets AND-ed).
    pub fn count(
        &self,
        matches: impl Iterator<Item = u32>,
        filters: &Filters,
    ) -> BTreeMap<Facet, Vec<FacetCount>> {
        // Per filtered facet: which value ids it accepts (a value no article has accepts none).
        let active: Vec<(usize, Vec<bool>)> = Facet::ALL
            .iter()
            .enumerate()
            .filter(|(_, f)| !filters.get(**f).is_empty())
            .filter_map(|(i, &f)| {
                let table = self.tables.get(i)?;
                let mut accepts = vec![false; table.names.len()];
                for value in filters.get(f) {
                    if let Some(&id) = table.ids_by_name.get(value) {
                        accepts[id as usize] = true;
                    }
                }
                Some((i, accepts))
            })
            .collect();
        let mut counts: Vec<Vec<u32>> =
            self.tables.iter().map(|t| vec![0; t.names.len()]).collect();
        for ord in matches {
            // The one filtered facet the article fails, if it fails exactly one.
            let mut failed = None;
            let mut failures = 0;
            for (i, accepts) in &active {
                let ids = self.tables[*i].of(ord);
                if !ids.iter().any(|&id| accepts[id as usize]) {
                    failures += 1;
                    failed = Some(*i);
                    if failures > 1 {
                        break;
                    }
                }
            }
            match (failures, failed) {
                // Passes every filter: it counts for every facet.
                (0, _) => {
                    for (table, counts) in self.tables.iter().zip(counts.iter_mut()) {
                        for &id in table.of(ord) {
                            counts[id as usize] += 1;
                        }
                    }
                }
                // Fails only facet `i`'s own filter: it counts for facet `i` alone.
                (1, Some(i)) => {
                    for &id in self.tables[i].of(ord) {
                        counts[i][id as usize] += 1;
                    }
                }
                _ => {}
            }
        }
        Facet::ALL
            .iter()
            .zip(self.tables.iter().zip(counts))
            .map(|(&facet, (table, counts))| {
                let found = counts
                    .into_iter()
                    .enumerate()
                    .filter(|&(_, n)| n > 0)
                    .map(|(id, n)| (table.names[id].clone(), n as usize));
                (facet, sorted_counts(found))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::EntitySet;
    use crate::entities::EntityKind;
    use crate::search::oracle;

    fn article(lang: &str, brands: &[&str], countries: &[&str]) -> Article {
        Article {
            lang: lang.into(),
            entities: EntitySet::default()
                .with(EntityKind::Brand, brands.iter().copied())
                .with(EntityKind::Country, countries.iter().copied()),
            ..Article::default()
        }
    }

    #[test]
    fn counts_equal_brute_force() {
        let articles = vec![
            article("fr", &["Peugeot", "Opel"], &["Russia"]),
            article("nl", &["Peugeot"], &["France", "Russia"]),
            article("fr", &[], &["France"]),
            article("en", &["Lada"], &[]),
            article("", &["Opel"], &["Russia"]),
        ];
        let tables = FacetTables::new(&articles);
        let mut filter_sets = vec![Filters::default()];
        let mut f = Filters::default();
        f.values
            .insert(Facet::Brand, vec!["Peugeot".into(), "Lada".into()]);
        filter_sets.push(f.clone());
        f.values.insert(Facet::Country, vec!["Russia".into()]);
        filter_sets.push(f.clone());
        f.values.insert(Facet::Lang, vec!["fr".into(), "xx".into()]);
        filter_sets.push(f.clone());
        f.values.insert(Facet::Plant, vec!["Nowhere".into()]);
        filter_sets.push(f);
        for matching in [vec![0, 1, 2, 3, 4], vec![1, 3, 4], vec![]] {
            for filters in &filter_sets {
                let got = tables.count(matching.iter().map(|&o| o as u32), filters);
                assert_eq!(
                    got,
                    oracle::facet_counts(&articles, &matching, filters),
                    "{matching:?} {filters:?}"
                );
            }
        }
    }
}
