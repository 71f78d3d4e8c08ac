//! No command: the browser. The options that make sense there pre-filter it (`--brand`,
//! `--country`, `--sort`…: a value nothing is called is an error before the terminal is taken
//! over); those that only shape printed output are refused with a message.

use std::path::PathBuf;

use super::args::Common;
use super::{ERROR, FOUND, load_config, missing_inputs, report, report_missing, request};
use crate::load;

/// Open the browser: config from the platform config dir, the corpus loaded on a background
/// thread while the first frame shows progress.
pub fn browse(paths: &[PathBuf], common: &Common) -> anyhow::Result<i32> {
    if let Some(option) = printing_option(common) {
        report::error(&format!(
            "{option} is for the commands that print (list, search, entities, facts, check), not the \
             browser: plantscope list {option} …"
        ));
        return Ok(ERROR);
    }
    // A mistyped path is said at once, before the terminal is taken over, rather than as an
    // empty browser with "1 file skipped"; a mistyped command (`serch`) gets a suggestion.
    let missing = missing_inputs(paths);
    if let Some(first) = paths.first().filter(|p| missing.contains(p))
        && let Some(command) = first.to_str().and_then(report::did_you_mean)
    {
        report::error(&format!(
            "no such command or path {:?}; did you mean `{command}`?",
            crate::text::sanitize_line(&first.to_string_lossy())
        ));
        return Ok(ERROR);
    }
    if !missing.is_empty() {
        report_missing(&missing);
        return Ok(ERROR);
    }
    let config = load_config(common)?;
    let mut request = request(paths, common, &config);
    // An unusable gazetteer file is an error before the terminal is taken over; the loaded
    // gazetteer then goes to the loader, and resolves the filter options.
    let gazetteer =
        std::sync::Arc::new(crate::entities::Gazetteer::load(&request.gazetteer_files)?);
    let (mut filters, unknown) =
        super::filters_from(common, &|facet, value| match facet.entity_kind() {
            Some(kind) => gazetteer.canonical(kind, value).map(str::to_string),
            None => Some(crate::search::normalize_lang(value)).filter(|l| !l.is_empty()),
        });
    if let Some((facet, value)) = unknown.first() {
        let why = match crate::search::did_you_mean(&gazetteer, *facet, value) {
            Some(meant) => format!("did you mean {}?", super::query::as_option(&meant)),
            None => format!(
                "the browser's --{} takes any name or alias the gazetteer knows",
                facet.as_str()
            ),
        };
        report::error(&format!(
            "no {} called {:?} ({why})",
            facet.as_str(),
            crate::text::sanitize_line(value),
        ));
        return Ok(ERROR);
    }
    let mut query = String::new();
    let mut sort = common.sort.map(Into::into);
    if let Some(name) = &common.saved {
        let (_, state) = super::marks::open_store(&[]);
        let Some(saved) = state.saved.get(name) else {
            report::error(&format!("no saved search called {name:?}"));
            return Ok(ERROR);
        };
        query = saved.query.clone();
        for (facet, values) in &saved.filters {
            if let Some(facet) = crate::search::Facet::parse(facet) {
                let list = filters.values.entry(facet).or_default();
                list.extend(
                    values
                        .iter()
                        .filter(|v| !list.contains(v))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
        }
        sort = sort.or(saved.sort.as_deref().and_then(super::marks::parse_sort));
    }
    let store = crate::state::Store::open_default().map(|mut store| {
        store.refuse_inside(paths);
        store
    });
    if let Err(e) = crate::tui::terminal::check_tty() {
        report::error(&e.to_string());
        return Ok(ERROR);
    }
    request.gazetteer = Some(gazetteer);
    let no_cache = common.no_cache;
    let loaded_flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let updates = super::live::updates(request.clone(), no_cache, loaded_flag.clone());
    let loader: crate::tui::Loader = Box::new(move |progress| {
        if crate::tui::test_panic("loader") {
            panic!("test panic in the loader (PLANTSCOPE_TEST_PANIC)");
        }
        let loaded = if no_cache {
            load::load(&request, progress)
        } else {
            crate::cache::load(&request, progress)
        };
        loaded_flag.store(true, std::sync::atomic::Ordering::Release);
        match loaded {
            Ok(loaded) => {
                let mut diagnostics = loaded.diagnostics;
                diagnostics.extend(super::cache::notes_as_diagnostics(loaded.cache.as_ref()));
                (loaded.library, diagnostics)
            }
            Err(e) => {
                let diagnostic = crate::corpus::Diagnostic {
                    path: crate::corpus::INDEX_NOTE.into(),
                    reason: crate::text::sanitize_line(&format!("{e:#}")),
                };
                let empty = crate::search::Library::build(Vec::new())
                    .expect("the embedded gazetteer was checked above");
                (empty, vec![diagnostic])
            }
        }
    });
    let ending = crate::tui::run(crate::tui::Options {
        config,
        loader,
        no_color: !common.use_color(true),
        filters,
        sort,
        query,
        updates: Some(updates),
        store,
        roots: paths.to_vec(),
    })?;
    Ok(match ending {
        crate::tui::Ending::Quit => FOUND,
        crate::tui::Ending::Signal(signal) => 128 + signal,
    })
}

/// The first option given that only shapes printed output, which the browser has none of.
fn printing_option(common: &Common) -> Option<&'static str> {
    [
        (common.json, "--json"),
        (common.tsv, "--tsv"),
        (common.csv, "--csv"),
        (common.body, "--body"),
        (common.limit.is_some(), "--limit"),
        (common.stats, "--stats"),
    ]
    .into_iter()
    .find_map(|(given, name)| given.then_some(name))
}
