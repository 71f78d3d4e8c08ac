//! Command-line arguments (clap derive): the browser by default, or a headless command.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::entities::EntityKind;
use crate::search::Sort;

#[derive(Debug, Parser)]
#[command(
    name = "plantscope",
    version,
    about = "Browse automotive-industry news by brand, group, model, country and plant.",
    long_about = "Browse automotive-industry news by brand, group, model, country and plant.\n\n\
        With no command, opens the browser on PATHs (files or folders; default: the bundled \
        seed articles).",
    args_conflicts_with_subcommands = false
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or folders to read (default: the bundled seed articles).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print one line per article.
    List {
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Search: QUERY "" matches all.
    Search {
        /// Words (AND), "phrases", -word, OR, brand: group: model: country: plant: lang:
        /// (a query may start with `-`: `search -renault`)
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Save the query, its filters and sort under NAME (recall with --saved NAME).
        #[arg(long, value_name = "NAME")]
        save: Option<String>,
    },
    /// Print the corpus-level entity table with counts (--limit: the first N rows).
    Entities {
        /// Only entities of this kind (repeatable).
        #[arg(long, value_name = "KIND", value_parser = parse_kind)]
        kind: Vec<EntityKind>,
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the production facts (plant, status, model or brand, date): who builds what, where.
    Facts {
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Only facts with this status: builds, built, will_build, may_build, will_not_build,
        /// will_stop, stopped (repeatable: OR).
        #[arg(long, value_name = "S", value_parser = parse_status)]
        status: Vec<crate::facts::Status>,
    },
    /// Report what was read, what was skipped and why (exit 1: some files were skipped or only
    /// partly read).
    Check {
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Mark every article the query finds: read or unread, starred or not, tags (kept in the
    /// data dir; select them with is:unread, is:starred, tag:x).
    Mark {
        #[command(flatten)]
        changes: MarkChanges,
        /// The articles to mark, as for `search` ("" marks all that pass the filters).
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Files or folders to read (default: the bundled seed articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List the saved searches (NAME, query, filters; --json for all of it).
    Saved,
    /// Print a shell completion script: `plantscope completions bash > ~/.local/share/bash-completion/completions/plantscope`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `plantscope man | man -l -`.
    Man,
    /// Show where the cache is, its size and what it holds; `cache clear` removes it.
    Cache {
        #[command(subcommand)]
        action: Option<CacheAction>,
    },
}

/// What `plantscope cache` does.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum CacheAction {
    /// Remove every cached corpus (the next start reads everything again).
    Clear,
}

/// What `mark` changes (at least one).
#[derive(Debug, Clone, Args)]
#[group(required = true, multiple = true)]
pub struct MarkChanges {
    /// Mark as read.
    #[arg(long, conflicts_with = "unread")]
    pub read: bool,
    /// Mark as unread.
    #[arg(long)]
    pub unread: bool,
    /// Star.
    #[arg(long, conflicts_with = "unstar")]
    pub star: bool,
    /// Remove the star.
    #[arg(long)]
    pub unstar: bool,
    /// Add this tag (repeatable; lower case, spaces become `-`).
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Remove this tag (repeatable).
    #[arg(long, value_name = "TAG")]
    pub untag: Vec<String>,
}

/// Options shared by every command.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Only articles about this brand (any alias, any case or accents; repeatable: OR).
    #[arg(long, value_name = "X", global = true)]
    pub brand: Vec<String>,
    /// Only articles about this group (repeatable).
    #[arg(long, value_name = "X", global = true)]
    pub group: Vec<String>,
    /// Only articles about this model (repeatable).
    #[arg(long, value_name = "X", global = true)]
    pub model: Vec<String>,
    /// Only articles about this country, in any language: --country russie (repeatable).
    #[arg(long, value_name = "X", global = true)]
    pub country: Vec<String>,
    /// Only articles about this plant: --plant kalouga (repeatable).
    #[arg(long, value_name = "X", global = true)]
    pub plant: Vec<String>,
    /// Only articles in this language, ISO 639-1: --lang nl (repeatable).
    #[arg(long, value_name = "L", global = true)]
    pub lang: Vec<String>,
    /// Start from the saved search NAME: its query (AND the one given) and filters.
    #[arg(long, value_name = "NAME", global = true)]
    pub saved: Option<String>,
    /// Result order [default: relevance with a query, date without].
    #[arg(long, value_enum, global = true)]
    pub sort: Option<SortArg>,
    /// Print at most N results.
    #[arg(long, value_name = "N", global = true)]
    pub limit: Option<usize>,
    /// Print JSON instead of text.
    #[arg(long, global = true, conflicts_with_all = ["tsv", "csv"])]
    pub json: bool,
    /// Print tab-separated text: a header line, then one row per result, for cut and awk.
    #[arg(long, global = true, conflicts_with = "csv")]
    pub tsv: bool,
    /// Print CSV (RFC 4180): a header line, then one row per result.
    #[arg(long, global = true)]
    pub csv: bool,
    /// With --json (list, search): add each article's `body`, the text that `mentions` and
    /// `highlights` count their byte offsets in.
    #[arg(long, global = true, requires = "json")]
    pub body: bool,
    /// Add or override gazetteer entries from a TOML file (repeatable; added to the config
    /// file's `gazetteer` list).
    #[arg(long, value_name = "FILE", global = true)]
    pub gazetteer: Vec<PathBuf>,
    /// Ignore the config file (its keys, theme and gazetteer files); also when
    /// PLANTSCOPE_NO_CONFIG is set to a non-empty value.
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Print the time of each stage on stderr.
    #[arg(long, global = true)]
    pub stats: bool,
    /// Read everything and keep nothing: do not use the cache (see `plantscope cache`).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// When to colour the output: auto (a terminal, unless NO_COLOR is set or CLICOLOR=0;
    /// CLICOLOR_FORCE=1 forces it), always, never.
    #[arg(long, value_enum, value_name = "WHEN", global = true)]
    pub color: Option<ColorArg>,
    /// Same as --color never.
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Read this config file instead of the one in the platform's config dir (also
    /// PLANTSCOPE_CONFIG).
    #[arg(long, value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,
    /// Skip files larger than this (bytes; K, M, G suffixes allowed).
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size, global = true)]
    pub max_file_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

impl Common {
    /// Whether to colour text written to a stream that `is_terminal` or not: `--color` (or
    /// `--no-color`) first, then NO_COLOR, CLICOLOR_FORCE and CLICOLOR (bixense.com/clicolors).
    pub fn use_color(&self, is_terminal: bool) -> bool {
        match (self.no_color, self.color) {
            (true, _) | (false, Some(ColorArg::Never)) => false,
            (false, Some(ColorArg::Always)) => true,
            (false, Some(ColorArg::Auto) | None) => crate::colour_env::auto(is_terminal),
        }
    }
}

/// `--kind plant` → the entity kind.
fn parse_kind(text: &str) -> Result<EntityKind, String> {
    EntityKind::parse(&text.to_lowercase()).ok_or_else(|| {
        let names: Vec<&str> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("not a kind: {text:?} (one of {})", names.join(", "))
    })
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Relevance,
    Date,
    Title,
}

impl From<SortArg> for Sort {
    fn from(s: SortArg) -> Sort {
        match s {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
            SortArg::Title => Sort::Title,
        }
    }
}

/// A fact status as typed: `will_build`, `will-build`, `Will build`.
pub fn parse_status(text: &str) -> Result<crate::facts::Status, String> {
    crate::facts::Status::parse(text).ok_or_else(|| {
        format!("unknown status {text:?} (builds, built, will_build, may_build, will_not_build, will_stop, stopped)")
    })
}

/// `16M`, `200k`, `1G`, `12345` → bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("not a size: {text:?} (try 16M)"))?;
    let factor: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("unknown size unit in {text:?} (use K, M or G)")),
    };
    n.checked_mul(factor)
        .ok_or_else(|| format!("size too large: {text:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("100"), Ok(100));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert!(parse_size("abc").is_err());
        assert!(parse_size("5Q").is_err());
    }
}
