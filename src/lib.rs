//! plantscope: read a folder of automotive-industry articles, recognise the brands, groups,
//! models, countries and plants they mention in any language, index them in memory and browse.
//!
//! Data flows one way through the layers:
//! `corpus` (files → clean [`Article`]s) → `entities` (articles + mentions) →
//! `search` (the tantivy [`search::Library`]) → `cli` (headless commands) and `tui` (the browser).

// `eprintln!`/`println!` panic on a stderr/stdout that cannot be written: use `say!` and
// writers whose errors are handled (src/cli/stderr.rs).
#![deny(clippy::print_stderr, clippy::print_stdout)]

pub mod article;
pub mod cache;
pub mod cli;
pub mod colour_env;
pub mod config;
pub mod corpus;
pub mod date;
pub mod entities;
pub mod facts;
pub mod lang;
pub mod load;
pub mod memory;
pub mod panics;
pub mod search;
pub mod state;
pub mod synth;
pub mod text;
pub mod tui;

pub use article::Article;
pub use date::Date;
pub use lang::Lang;
