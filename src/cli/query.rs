//! The [`Query`] a command's options describe: the query text, the filter options resolved
//! through the gazetteer, and a saved search's filters.

use super::args::Common;
use super::marks;
use crate::load::Loaded;
use crate::search::{Facet, Filters, Query};

/// The query the options describe. Filter values are resolved through the gazetteer (any
/// alias, any language); a value nothing is called is kept as typed (it will match nothing)
/// and reported on stderr.
pub fn query_from(common: &Common, text: &str, loaded: &Loaded) -> anyhow::Result<Query> {
    let from_state = marks::state_query(common, text, loaded)?;
    let (mut filters, unknown) = filters_from(common, &|facet, value| {
        loaded.library.resolve_filter(facet, value)
    });
    for (facet, value) in unknown {
        let meant = loaded
            .library
            .did_you_mean(facet, &value)
            .map(|m| format!(" (did you mean {}?)", as_option(&m)))
            .unwrap_or_default();
        crate::say!(
            "plantscope: no {} called {:?}: it matches nothing{meant}",
            facet.as_str(),
            crate::text::sanitize_line(&value)
        );
        let list = filters.values.entry(facet).or_default();
        if !list.contains(&value) {
            list.push(value);
        }
    }
    for lang in filters.get(Facet::Lang) {
        if lang.parse::<crate::lang::Lang>().is_err() {
            // Not a language at all: saying no article is in it would blame the archive.
            crate::say!(
                "plantscope: no language called {:?}: --lang takes a code (nl) or a name (Dutch, Nederlands)",
                crate::text::sanitize_line(lang)
            );
        } else if !loaded.library.articles().iter().any(|a| &a.lang == lang) {
            crate::say!(
                "plantscope: no article is in language {:?}: --lang matches nothing",
                crate::text::sanitize_line(lang)
            );
        }
    }
    for (facet, values) in from_state.filters.values {
        let list = filters.values.entry(facet).or_default();
        for value in values {
            if !list.contains(&value) {
                list.push(value);
            }
        }
    }
    Ok(Query {
        text: from_state.text,
        filters,
        sort: common
            .sort
            .map(Into::into)
            .or(from_state.sort)
            .unwrap_or_default(),
        limit: common.limit,
        only: from_state.only,
        ..Query::default()
    })
}

/// A [`crate::search::did_you_mean`] as the command line writes it: `country:Germany` is
/// `--country Germany`; a bare name stays as it is.
pub fn as_option(meant: &str) -> String {
    match meant.split_once(':') {
        Some((facet, value)) => format!("--{facet} {value}"),
        None => meant.to_string(),
    }
}

/// The filter options (`--brand`, `--country`…), each value resolved to its canonical name by
/// `resolve`; the values nothing is called come back apart, as typed.
pub fn filters_from(
    common: &Common,
    resolve: &dyn Fn(Facet, &str) -> Option<String>,
) -> (Filters, Vec<(Facet, String)>) {
    let mut filters = Filters::default();
    let mut unknown = Vec::new();
    let given: [(Facet, &Vec<String>); 6] = [
        (Facet::Brand, &common.brand),
        (Facet::Group, &common.group),
        (Facet::Model, &common.model),
        (Facet::Country, &common.country),
        (Facet::Plant, &common.plant),
        (Facet::Lang, &common.lang),
    ];
    for (facet, values) in given {
        for value in values {
            let Some(canonical) = resolve(facet, value) else {
                unknown.push((facet, value.clone()));
                continue;
            };
            let list = filters.values.entry(facet).or_default();
            if !list.contains(&canonical) {
                list.push(canonical);
            }
        }
    }
    (filters, unknown)
}
