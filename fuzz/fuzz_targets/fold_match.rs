#![no_main]
//! Fuzz target `fold_match`: the body lives in bodies.rs, shared with tests/suite/fuzz_replay.rs.

#[path = "bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::fold_match(data));
