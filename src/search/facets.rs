//! Facet counting with terms aggregations on the facet fields' fast columns.

use std::collections::BTreeMap;

use tantivy::Searcher;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::agg_result::{AggregationResult, AggregationResults, BucketResult};
use tantivy::aggregation::{AggregationCollector, Key};
use tantivy::query::Query;

use super::oracle::sorted_counts;
use super::{Facet, FacetCount};

/// Most distinct values counted per facet (far above any gazetteer kind).
const MAX_VALUES: usize = 20_000;

/// An aggregation collector counting the values of `facets`.
pub fn collector(facets: &[Facet]) -> AggregationCollector {
    let mut request = serde_json::Map::new();
    for facet in facets {
        request.insert(
            facet.as_str().to_string(),
            serde_json::json!({ "terms": { "field": facet.as_str(), "size": MAX_VALUES } }),
        );
    }
    let aggs: Aggregations =
        serde_json::from_value(serde_json::Value::Object(request)).unwrap_or_default();
    AggregationCollector::from_aggs(aggs, Default::default())
}

/// The counts of `facets` read from an aggregation result.
pub fn read(results: AggregationResults, facets: &[Facet]) -> BTreeMap<Facet, Vec<FacetCount>> {
    let mut out = BTreeMap::new();
    for &facet in facets {
        let counts = match results.0.get(facet.as_str()) {
            Some(AggregationResult::BucketResult(BucketResult::Terms { buckets, .. })) => buckets
                .iter()
                .filter_map(|b| match &b.key {
                    Key::Str(s) => Some((s.clone(), b.doc_count as usize)),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        out.insert(facet, sorted_counts(counts));
    }
    out
}

/// Count `facets` over the documents matching `query`.
pub fn count(
    searcher: &Searcher,
    query: &dyn Query,
    facets: &[Facet],
) -> tantivy::Result<BTreeMap<Facet, Vec<FacetCount>>> {
    let results = searcher.search(query, &collector(facets))?;
    Ok(read(results, facets))
}
