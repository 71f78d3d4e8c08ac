//! The three sample articles of `seeds/`, embedded in the binary so `plantscope` with no path
//! works from anywhere; read through the same pipeline as any file.

use std::path::Path;

use super::FileOutcome;
use super::read::parse_bytes;

/// File names of the embedded seeds, in order.
pub const SEED_NAMES: [&str; 3] =
    ["000_8311333597d3a747.txt", "001_0a06343e63b4a1ba.txt", "004_f970cb47d538b08d.txt"];

const SEED_BYTES: [&[u8]; 3] = [
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_8311333597d3a747.txt")),
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/001_0a06343e63b4a1ba.txt")),
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/004_f970cb47d538b08d.txt")),
];

pub(super) fn read_all() -> Vec<FileOutcome> {
    SEED_NAMES
        .iter()
        .zip(SEED_BYTES)
        .map(|(name, bytes)| {
            let display = format!("seeds/{name}");
            parse_bytes(&display, Path::new(name), bytes)
        })
        .collect()
}
