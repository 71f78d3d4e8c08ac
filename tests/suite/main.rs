//! Every integration test, in one test binary. Each binary links the whole library with
//! tantivy; one link instead of ten keeps `cargo test`'s build time and disk use down (a CI
//! machine ran out of disk linking ten of them).

mod common;

#[path = "../../fuzz/fuzz_targets/bodies.rs"]
mod bodies;

mod cache;
mod cards;
mod cards_browser;
mod cli;
mod cli_use;
mod corpus;
mod e2e_pty;
mod entities;
mod entities_batch5;
mod entities_batch7;
mod entities_batch8;
mod entities_batch9;
mod entities_fresh;
mod entities_real;
mod facets_prop;
mod facts;
mod faults;
mod fuzz_replay;
mod hostile;
mod props_text;
mod read_right;
mod search;
mod state;
mod ui_snapshots;
