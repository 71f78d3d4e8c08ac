//! Reading a corpus: walking paths, choosing a format, decoding, and turning files into clean
//! [`Article`]s, with a diagnostic for every file that was not (fully) read.
//!
//! PLACEHOLDER API — being implemented on the `corpus` branch.

use std::path::PathBuf;

use serde::Serialize;

use crate::Article;

/// Files larger than this are skipped unless `--max-file-size` says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// How to read.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub max_file_size: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// A file (or a part of one) that was not read, and why. Both strings are sanitised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub reason: String,
}

/// What happened to one input file, for `plantscope check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileReport {
    pub path: String,
    /// Articles read from it.
    pub articles: usize,
    /// Bytes in the file.
    pub bytes: u64,
    /// `None` when the file was read entirely; otherwise why it was (partly) skipped.
    pub problem: Option<String>,
}

/// Progress while loading, reported as files are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// Everything read from the inputs.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub files: Vec<FileReport>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Read the inputs (files or folders). An empty list reads the embedded seed articles.
pub fn load(
    inputs: &[PathBuf],
    _options: &LoadOptions,
    _progress: &(dyn Fn(Progress) + Sync),
) -> Corpus {
    let _ = inputs;
    Corpus::default()
}
