//! The command line: arguments (clap derive) and the headless commands `list`, `search`,
//! `entities`, `facts` and `check`, with ripgrep's exit codes (0 found, 1 nothing, 2 error).

pub mod args;
mod browse;
pub mod cache;
pub mod check;
mod config_file;
pub mod facts;
pub mod json_out;
mod live;
pub mod marks;
pub mod output;
pub mod progress;
mod query;
pub mod report;
pub mod stderr;
pub mod table;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::{CommandFactory, FromArgMatches};

use crate::corpus::LoadOptions;
use crate::load::{self, Loaded, Request};
use args::{Cli, Command, Common};
use config_file::config_file;
pub use config_file::load_config;
pub use query::{filters_from, query_from};

/// Exit code: something was found.
pub const FOUND: i32 = 0;
/// Exit code: nothing was found (or, for `check`, some files were skipped or partly read).
pub const NOTHING: i32 = 1;
/// Exit code: an error.
pub const ERROR: i32 = 2;

/// Parse the command line and run; returns the process exit code.
pub fn main() -> i32 {
    let command = Cli::command().after_help(config_help());
    // Colour for clap's errors: the same rules as the output's, before the options are known.
    let color = crate::colour_env::auto(std::io::stderr().is_terminal());
    let matches = match command.try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            report::clap_error(&e, color);
            return if e.use_stderr() { ERROR } else { FOUND };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            report::clap_error(&e, color);
            return ERROR;
        }
    };
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`plantscope list | head`): what it wanted was written, so
        // stop quietly, as ripgrep does, instead of reporting the pipe.
        Err(e) if is_broken_pipe(&e) => FOUND,
        Err(e) => {
            report::error(&format!("{e:#}"));
            ERROR
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn config_help() -> String {
    let file = match config_file(None) {
        Some(path) => format!(
            "Config file: {} (used by every command; another with --config PATH or \
             PLANTSCOPE_CONFIG; skip it with --no-config or PLANTSCOPE_NO_CONFIG=1)",
            crate::text::display_path(&path)
        ),
        None => "Config file: none (no config directory on this system)".to_string(),
    };
    format!("{file}\n\n{EXIT_HELP}")
}

/// The exit codes, for `--help`.
const EXIT_HELP: &str = "Exit codes: 0 something found; 1 nothing found (for `check`: some \
    files were skipped or only partly read); 2 an error (bad option or config, missing path, \
    unusable gazetteer file); the browser ended by a signal (SIGTERM, SIGHUP, SIGINT…): 128 + the signal (143, 129, 130).";

fn run(cli: Cli) -> anyhow::Result<i32> {
    let common = cli.common;
    match cli.command {
        None => browse::browse(&cli.paths, &common),
        Some(Command::List { paths }) => headless(&paths, &common, |loaded, out, c| {
            output::list(loaded, out, c)
        }),
        Some(Command::Search { query, .. }) if mistyped_option(&query) => {
            report::error(&format!(
                "unknown option {:?} (to search for it: plantscope search -- {:?})",
                crate::text::sanitize_line(&query),
                crate::text::sanitize_line(&query),
            ));
            Ok(ERROR)
        }
        Some(Command::Search { query, paths, save }) => {
            hint_query_is_a_path(&query, &paths);
            headless(&paths, &common, |loaded, out, c| {
                if let Some(name) = &save {
                    marks::save_search(name, &query_from(c.common, &query, loaded)?)?;
                }
                output::search(loaded, &query, out, c)
            })
        }
        Some(Command::Mark {
            changes,
            query,
            paths,
        }) => {
            let inputs = paths.clone();
            headless(&paths, &common, |loaded, out, c| {
                marks::mark(loaded, &query, &changes, &inputs, out, c)
            })
        }
        Some(Command::Saved) => marks::list_saved(&common),
        Some(Command::Entities { kind, paths }) => {
            for (given, name) in [(common.sort.is_some(), "--sort"), (common.body, "--body")] {
                if given {
                    report::error(&format!(
                        "{name} means nothing for `entities` (rows are ordered by kind, then \
                         by article count); pick rows with --kind and --limit"
                    ));
                    return Ok(ERROR);
                }
            }
            headless(&paths, &common, |loaded, out, c| {
                output::entities(loaded, &kind, out, c)
            })
        }
        Some(Command::Facts { paths, status }) => headless(&paths, &common, |loaded, out, c| {
            facts::run(loaded, &status, out, c)
        }),
        Some(Command::Check { paths }) => check_command(&paths, &common),
        Some(Command::Completions { shell }) => {
            let mut command = Cli::command();
            clap_complete::generate(shell, &mut command, "plantscope", &mut std::io::stdout());
            Ok(FOUND)
        }
        Some(Command::Cache { action }) => cache::run(action, &common),
        Some(Command::Man) => {
            let page = clap_mangen::Man::new(Cli::command().after_help(EXIT_HELP));
            let mut out = std::io::stdout().lock();
            page.render(&mut out)?;
            out.flush()?;
            Ok(FOUND)
        }
    }
}

/// `search --brand toyota ~/news` reads `~/news` as the query (the query comes first): when
/// the query names an existing file or folder and no path follows, say how to write it.
fn hint_query_is_a_path(query: &str, paths: &[PathBuf]) {
    if paths.is_empty() && !query.is_empty() && std::fs::symlink_metadata(query).is_ok() {
        crate::say!(
            "plantscope: the query {:?} is also a file or folder, and it is searched for as \
             words in the seed articles; to search that folder: plantscope search '' {:?} \
             (the query comes first, '' matches all)",
            crate::text::sanitize_line(query),
            crate::text::sanitize_line(query),
        );
    }
}

/// The query may start with `-` (`search -renault` excludes Renault), so clap lets `--jsn`
/// through as a query: a query that looks like a long option is a mistyped option, unless the
/// command line has `--` (`search -- --x`).
fn mistyped_option(query: &str) -> bool {
    let Some(name) = query.strip_prefix("--") else {
        return false;
    };
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '=')
        && !std::env::args_os().any(|a| a == "--")
}

/// Settings for printing, decided once.
pub struct Printing<'a> {
    pub common: &'a Common,
    pub color: bool,
    pub started: Instant,
    /// Set by commands that searched, for `--stats`.
    pub search_timings: std::cell::Cell<Option<crate::search::SearchTimings>>,
}

/// Load, run a command printing to stdout, add exit code 2 if an input was missing.
fn headless(
    paths: &[PathBuf],
    common: &Common,
    command: impl FnOnce(&Loaded, &mut dyn Write, &Printing) -> anyhow::Result<i32>,
) -> anyhow::Result<i32> {
    let started = Instant::now();
    let config = load_config(common)?;
    let missing = missing_inputs(paths);
    let request = request(paths, common, &config);
    let loaded = {
        let meter = progress::Meter::new(std::io::stderr().is_terminal());
        let loaded = load_with_cache(&request, common, &|p| meter.report(p));
        meter.finish();
        loaded?
    };
    let stdout = std::io::stdout();
    let color = common.use_color(stdout.is_terminal());
    let printing = Printing {
        common,
        color,
        started,
        search_timings: std::cell::Cell::new(None),
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = command(&loaded, &mut out, &printing)?;
    out.flush()?;
    report_skipped(&loaded, common, &missing);
    for note in loaded.cache.iter().flat_map(|c| &c.notes) {
        crate::say!("plantscope: cache: {note}");
    }
    if common.stats {
        let t = loaded.timings;
        let s = printing.search_timings.get().unwrap_or_default();
        cache::stats(loaded.cache.as_ref());
        crate::say!("gazetteer: {} ms", t.gazetteer.as_millis());
        crate::say!("read: {} ms", t.read.as_millis());
        crate::say!("extract: {} ms", t.extract.as_millis());
        crate::say!("index: {} ms", t.index.as_millis());
        crate::say!("query: {} ms", s.query.as_millis());
        crate::say!("facets: {} ms", s.facets.as_millis());
        crate::say!("total: {} ms", started.elapsed().as_millis());
        crate::say!("articles: {}", loaded.library.articles().len());
        crate::say!("bytes: {}", loaded.bytes);
    }
    // The process ends right after this: freeing the index, the articles and the gazetteer
    // (tens of thousands of allocations, a few ms even for three articles) would only delay
    // the exit.
    std::mem::forget(loaded);
    if !missing.is_empty() {
        report_missing(&missing);
        return Ok(ERROR);
    }
    Ok(code)
}

/// Files not (fully) read are never dropped silently: in text mode each one gets a line on
/// stderr, as ripgrep reports unreadable files; JSON output carries them in `diagnostics`.
/// Missing inputs are left out here: they get their own line, in JSON mode too.
fn report_skipped(loaded: &Loaded, common: &Common, missing: &[PathBuf]) {
    if common.json {
        return;
    }
    let missing: Vec<String> = missing
        .iter()
        .map(|p| crate::text::display_path(p))
        .collect();
    let skipped: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| !missing.contains(&d.path))
        .collect();
    for d in skipped.iter().take(MAX_SKIP_LINES) {
        crate::say!("plantscope: {}: {}", d.path, d.reason);
    }
    if skipped.len() > MAX_SKIP_LINES {
        crate::say!(
            "plantscope: … and {} more (see `plantscope check`)",
            skipped.len() - MAX_SKIP_LINES
        );
    }
}

/// At most this many skipped files are listed on stderr by list/search/entities.
const MAX_SKIP_LINES: usize = 20;

/// Load through the cache, or in memory with `--no-cache`.
pub fn load_with_cache(
    request: &Request,
    common: &Common,
    progress: &(dyn Fn(load::LoadProgress) + Sync),
) -> anyhow::Result<Loaded> {
    if common.no_cache {
        load::load(request, progress)
    } else {
        crate::cache::load(request, progress)
    }
}

/// What to load: the paths, the options, and the gazetteer files (the config file's first, then
/// every `--gazetteer`, so the command line overrides the config).
pub fn request(paths: &[PathBuf], common: &Common, config: &crate::config::Config) -> Request {
    Request {
        inputs: paths.to_vec(),
        options: LoadOptions {
            max_file_size: common.max_file_size,
            ..LoadOptions::default()
        },
        gazetteer_files: config
            .gazetteer
            .iter()
            .chain(&common.gazetteer)
            .cloned()
            .collect(),
        gazetteer: None,
    }
}

/// One line on stderr per input path that does not exist.
fn report_missing(missing: &[PathBuf]) {
    for path in missing {
        report::error(&format!(
            "{}: no such file or directory",
            crate::text::display_path(path)
        ));
    }
}

fn missing_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .filter(|p| std::fs::symlink_metadata(p).is_err())
        .cloned()
        .collect()
}

/// `check`: read only (no entities, no index) and report every file.
fn check_command(paths: &[PathBuf], common: &Common) -> anyhow::Result<i32> {
    // `check` reads no entities, but a bad config is the same error for every command.
    let config = load_config(common)?;
    let missing = missing_inputs(paths);
    let request = request(paths, common, &config);
    let corpus = load::read(&request, &|_| {});
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let ignored = crate::corpus::ignored_files(&request.inputs, &corpus);
    let code = if common.json {
        check::run_json(&corpus, ignored, &mut out)?
    } else {
        check::run(&corpus, ignored, &mut out)?
    };
    out.flush()?;
    report_missing(&missing);
    Ok(if missing.is_empty() { code } else { ERROR })
}
