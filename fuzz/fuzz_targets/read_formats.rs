#![no_main]
//! Fuzz target `read_formats`: the body lives in bodies.rs, shared with tests/suite/fuzz_replay.rs.

#[path = "bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::read_formats(data));
