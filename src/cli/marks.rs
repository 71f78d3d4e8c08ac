//! The user's state on the command line: `--saved NAME` (a saved query and its filters),
//! `search --save NAME`, the `is:unread` / `is:starred` / `tag:x` query terms, `mark` and
//! `saved`.

use std::io::Write;
use std::sync::Arc;

use super::args::{Common, MarkChanges};
use super::{FOUND, NOTHING, Printing};
use crate::load::Loaded;
use crate::search::{Facet, Filters, Query, Sort};
use crate::state::terms::Split;
use crate::state::{Mark, SavedSearch, Store, UserState, normalize_tag};

/// The store, with a note on stderr for anything wrong with its file; `None` (with a note)
/// when the system has no data directory.
pub fn open_store(inputs: &[std::path::PathBuf]) -> (Option<Store>, UserState) {
    let Some(mut store) = Store::open_default() else {
        crate::say!(
            "plantscope: no data directory on this system: marks and saved searches are off"
        );
        return (None, UserState::default());
    };
    if let Some(note) = store.refuse_inside(inputs) {
        crate::say!("plantscope: {note}");
    }
    let opened = store.load();
    for note in &opened.notes {
        crate::say!("plantscope: {note}");
    }
    (Some(store), opened.state)
}

/// What the state adds to a query: `--saved NAME` and the state terms in `text`.
pub struct StateQuery {
    pub text: String,
    pub filters: Filters,
    pub sort: Option<Sort>,
    pub only: Option<Arc<Vec<bool>>>,
}

/// Apply `--saved` and the state terms to `text`; the state file is read only when one of
/// them is there.
pub fn state_query(common: &Common, text: &str, loaded: &Loaded) -> anyhow::Result<StateQuery> {
    let split = Split::of(text);
    let mut out = StateQuery {
        text: text.to_string(),
        filters: Filters::default(),
        sort: None,
        only: None,
    };
    if split.terms.is_empty() && common.saved.is_none() {
        return Ok(out);
    }
    let (_, state) = open_store(&[]);
    let mut text = split.text.clone();
    let mut terms = split;
    if let Some(name) = &common.saved {
        let Some(saved) = state.saved.get(name) else {
            let names: Vec<&str> = state.saved.keys().map(String::as_str).collect();
            anyhow::bail!(
                "no saved search called {name:?} (saved: {})",
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            );
        };
        let saved_split = Split::of(&saved.query);
        terms.terms.extend(saved_split.terms);
        text = match (saved_split.text.trim(), text.trim()) {
            ("", given) => given.to_string(),
            (kept, "") => kept.to_string(),
            (kept, given) => format!("({kept}) {given}"),
        };
        for (facet, values) in &saved.filters {
            if let Some(facet) = Facet::parse(facet) {
                out.filters
                    .values
                    .entry(facet)
                    .or_default()
                    .extend(values.iter().cloned());
            }
        }
        out.sort = saved.sort.as_deref().and_then(parse_sort);
    }
    out.text = text;
    if !terms.terms.is_empty() {
        let admits: Vec<bool> = loaded
            .library
            .articles()
            .iter()
            .map(|a| terms.admits(&state, &a.id))
            .collect();
        out.only = Some(Arc::new(admits));
    }
    Ok(out)
}

pub use crate::state::parse_sort;

/// `search --save NAME QUERY`: keep the query, its filters and sort under NAME.
pub fn save_search(name: &str, query: &Query) -> anyhow::Result<()> {
    let saved = SavedSearch::of(&query.text, &query.filters, query.sort);
    let (store, _) = open_store(&[]);
    let Some(mut store) = store else {
        anyhow::bail!("no data directory to save the search in");
    };
    // Why the file cannot be written was said as it was opened: not twice.
    if store.read_only().is_some() {
        anyhow::bail!("the search {name:?} was not saved");
    }
    store
        .update(|state| {
            state.saved.insert(name.to_string(), saved);
        })
        .map_err(anyhow::Error::msg)?;
    crate::say!("plantscope: saved search {name:?}");
    Ok(())
}

/// `mark`: change the marks of every article the query finds; each is printed as `list` does.
pub fn mark(
    loaded: &Loaded,
    text: &str,
    changes: &MarkChanges,
    inputs: &[std::path::PathBuf],
    out: &mut dyn Write,
    p: &Printing,
) -> anyhow::Result<i32> {
    let query = super::query_from(p.common, text, loaded)?;
    let results = loaded.library.search(&query);
    let articles = loaded.library.articles();
    let mut list = Vec::new();
    let on_off = [
        (changes.read, Mark::Read(true)),
        (changes.unread, Mark::Read(false)),
        (changes.star, Mark::Starred(true)),
        (changes.unstar, Mark::Starred(false)),
    ];
    list.extend(on_off.into_iter().filter(|(on, _)| *on).map(|(_, m)| m));
    list.extend(
        changes
            .tag
            .iter()
            .map(|t| Mark::Tag(normalize_tag(t), true)),
    );
    list.extend(
        changes
            .untag
            .iter()
            .map(|t| Mark::Tag(normalize_tag(t), false)),
    );
    let (store, _) = open_store(inputs);
    let Some(mut store) = store else {
        anyhow::bail!("no data directory to keep marks in");
    };
    if store.read_only().is_some() {
        anyhow::bail!("no marks were changed");
    }
    let ids: Vec<&str> = results
        .hits
        .iter()
        .map(|h| articles[h.doc].id.as_str())
        .collect();
    store
        .update(|state| {
            for id in &ids {
                for change in &list {
                    state.mark(id, change);
                }
            }
        })
        .map_err(anyhow::Error::msg)?;
    for hit in &results.hits {
        writeln!(
            out,
            "{}",
            super::output::article_line(&articles[hit.doc], p.color)
        )?;
    }
    crate::say!("plantscope: {} marked", plural(ids.len()));
    Ok(if ids.is_empty() { NOTHING } else { FOUND })
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

/// `saved`: the saved searches, one per line (`NAME<TAB>QUERY<TAB>filters`), or JSON.
pub fn list_saved(common: &Common) -> anyhow::Result<i32> {
    let (_, state) = open_store(&[]);
    let mut out = std::io::stdout().lock();
    if common.json {
        let doc = serde_json::json!({
            "schema_version": super::output::SCHEMA_VERSION,
            "saved": state.saved,
        });
        serde_json::to_writer(&mut out, &doc)?;
        writeln!(out)?;
    } else {
        for (name, saved) in &state.saved {
            let filters: Vec<String> = saved
                .filters
                .iter()
                .flat_map(|(f, vs)| vs.iter().map(move |v| format!("--{f} {v:?}")))
                .collect();
            let name = crate::text::sanitize_line(name);
            let query = crate::text::sanitize_line(&saved.query);
            writeln!(out, "{name}\t{query}\t{}", filters.join(" "))?;
        }
    }
    Ok(if state.saved.is_empty() {
        NOTHING
    } else {
        FOUND
    })
}
