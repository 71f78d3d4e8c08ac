//! The manifest: what a cache holds — the program and gazetteer it was made with, and per
//! file read, the path, size and modification time it had, its report and problems, and the
//! slots of its articles in the index. One file per commit of the index, named in the
//! commit's payload, so the manifest and the index always change together.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Bumped when the manifest or the stored article changes shape.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub format: u32,
    /// [`super::program_version`] of the program that wrote it.
    pub program: String,
    /// [`super::gazetteer_fingerprint`] of the gazetteer the entities were found with.
    pub gazetteer: u64,
    /// The next slot free for an article.
    pub next_slot: u32,
    /// In the order of the walk.
    pub files: Vec<FileEntry>,
}

/// One file as it was read.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FileEntry {
    /// The path as the system has it (bytes: names need not be UTF-8).
    pub path: Vec<u8>,
    pub size: u64,
    /// Nanoseconds since 1970 (negative before).
    pub mtime: i128,
    /// The path as shown.
    pub display: String,
    pub problems: Vec<String>,
    /// The file's articles, in order, have the slots `first_slot..first_slot + articles`.
    pub first_slot: u32,
    pub articles: u32,
}

impl FileEntry {
    /// The key of the file's documents in the index.
    pub fn key(&self) -> u64 {
        file_key(&self.path)
    }
}

/// A hash of a path's bytes: the key of its file's documents in the index.
pub fn file_key(path: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in path {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A modification time as nanoseconds since 1970.
pub fn nanos(time: SystemTime) -> i128 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    }
}

/// What the commit payload says: the manifest's file name.
#[derive(Debug, Serialize, Deserialize)]
pub struct Payload {
    pub format: u32,
    pub manifest: String,
}

impl Manifest {
    pub fn read(path: &Path) -> anyhow::Result<Manifest> {
        let bytes = std::fs::read(path)?;
        Ok(postcard::from_bytes(&bytes)?)
    }

    pub fn to_bytes(&self) -> anyhow::Result<Vec<u8>> {
        Ok(postcard::to_stdvec(self)?)
    }

    /// Articles in all.
    pub fn articles(&self) -> usize {
        self.files.iter().map(|f| f.articles as usize).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_as_written() {
        let manifest = Manifest {
            format: FORMAT,
            program: "0.1.0 1 2".into(),
            gazetteer: 7,
            next_slot: 3,
            files: vec![FileEntry {
                path: b"/news/a\xff.txt".to_vec(),
                size: 10,
                mtime: -5,
                display: "/news/a\u{fffd}.txt".into(),
                problems: vec!["item 2: no title or text".into()],
                first_slot: 0,
                articles: 3,
            }],
        };
        let bytes = manifest.to_bytes().expect("serialise");
        let back: Manifest = postcard::from_bytes(&bytes).expect("deserialise");
        assert_eq!(back, manifest);
        assert_eq!(back.articles(), 3);
        assert_ne!(file_key(b"/a"), file_key(b"/b"));
    }

    #[test]
    fn times_before_1970_stay_distinct() {
        let before = UNIX_EPOCH - std::time::Duration::from_secs(1);
        assert_eq!(nanos(before), -1_000_000_000);
        assert_eq!(nanos(UNIX_EPOCH + std::time::Duration::from_nanos(5)), 5);
    }
}
