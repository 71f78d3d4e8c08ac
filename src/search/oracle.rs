//! Brute-force reference for filters and disjunctive facet counts, computed straight from the
//! articles without the index. Tests compare the engine against it.

use std::collections::BTreeMap;

use super::{Facet, FacetCount, Filters};
use crate::Article;

/// The values an article has for a facet.
pub fn values_of(article: &Article, facet: Facet) -> Vec<&str> {
    match facet.entity_kind() {
        Some(kind) => article
            .entities
            .of_kind(kind)
            .iter()
            .map(crate::entities::Name::as_str)
            .collect(),
        None => vec![article.lang.code()],
    }
}

/// Does the article pass every facet's filter, except the one named in `skip`?
pub fn passes(article: &Article, filters: &Filters, skip: Option<Facet>) -> bool {
    Facet::ALL
        .iter()
        .filter(|f| Some(**f) != skip)
        .all(|&facet| {
            let wanted = filters.get(facet);
            wanted.is_empty()
                || values_of(article, facet)
                    .iter()
                    .any(|v| wanted.iter().any(|w| w == v))
        })
}

/// Disjunctive facet counts over the articles whose indices are in `matching` (the text
/// query's matches, before filters): each facet counts with every filter except its own.
pub fn facet_counts(
    articles: &[Article],
    matching: &[usize],
    filters: &Filters,
) -> BTreeMap<Facet, Vec<FacetCount>> {
    let mut out = BTreeMap::new();
    for facet in Facet::ALL {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for &doc in matching {
            let article = &articles[doc];
            if passes(article, filters, Some(facet)) {
                for value in values_of(article, facet) {
                    *counts.entry(value).or_default() += 1;
                }
            }
        }
        out.insert(
            facet,
            sorted_counts(counts.into_iter().map(|(v, c)| (v.to_string(), c))),
        );
    }
    out
}

/// Most frequent first, then alphabetical: the order every facet list is shown in.
pub fn sorted_counts(counts: impl IntoIterator<Item = (String, usize)>) -> Vec<FacetCount> {
    let mut list: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    list
}
