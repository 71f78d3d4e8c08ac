//! The `plantscope` binary: a thin shell over the library's command line.
//!
//! MINIMAL WIRING on the `tui` branch, for the end-to-end tests: every argument is a path and
//! the browser opens. The real command line (clap, subcommands) lives on `main`.

use std::path::PathBuf;

use plantscope::config::{Config, config_path};
use plantscope::corpus::{self, Diagnostic, LoadOptions, Progress};
use plantscope::search::Library;
use plantscope::tui;

fn load(paths: Vec<PathBuf>, progress: &(dyn Fn(Progress) + Sync)) -> (Library, Vec<Diagnostic>) {
    let corpus = corpus::load(&paths, &LoadOptions::default(), progress);
    let mut diagnostics = corpus.diagnostics;
    match Library::build(corpus.articles) {
        Ok(library) => (library, diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic {
                path: "(index)".into(),
                reason: e.to_string(),
            });
            match Library::build(Vec::new()) {
                Ok(empty) => (empty, diagnostics),
                Err(e) => panic!("an empty library always builds: {e}"),
            }
        }
    }
}

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let config = match config_path() {
        Some(path) => Config::load(&path),
        None => Ok(Config::default()),
    };
    let config = match config {
        Ok(config) => config,
        Err(e) => {
            eprintln!("plantscope: {e}");
            std::process::exit(2);
        }
    };
    let options = tui::Options {
        config,
        loader: Box::new(move |progress| load(paths, progress)),
    };
    if let Err(e) = tui::run(options) {
        eprintln!("{e:#}");
        std::process::exit(2);
    }
}
