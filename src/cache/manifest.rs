//! The manifest: what a cache holds — the program and gazetteer it was made with, and per
//! file read, the path, size and modification time it had, its report and problems, and the
//! slots of its articles in the index; and every article's summary (all of it but the body
//! and the mentions, which stay in the index's document store until an article is opened),
//! so that a start reads one file instead of every document. One file per commit of the
//! index, named in the commit's payload, so the manifest and the index always change together.
//!
//! On disk: the head (format, program, gazetteer, next slot, how many chunks), then the
//! files and then the summaries in chunks of [`CHUNK`], each a length (4 bytes, little
//! endian) and its postcard bytes, so that the chunks decode on every core (at 1,000,000
//! articles decoding the manifest on one thread took 4 s). A chunk of summaries names its
//! entities once, the summaries by place ([`super::summaries`]).

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::article::{Summary, SummaryRef};

/// Bumped when the manifest or the stored article changes shape.
pub const FORMAT: u32 = 6;

/// Files or summaries per chunk.
const CHUNK: usize = 4096;

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
    /// The articles of `files`, one file after the other (`files[i].articles` each).
    pub summaries: Vec<Summary>,
}

/// The first fields of a manifest, read alone to tell whose it is.
#[derive(Deserialize)]
struct Head {
    #[allow(dead_code)] // read past: postcard is positional
    format: u32,
    program: String,
}

/// What comes before the chunks.
#[derive(Serialize, Deserialize)]
struct Top<P> {
    format: u32,
    program: P,
    gazetteer: u64,
    next_slot: u32,
    file_chunks: u32,
    summary_chunks: u32,
}

/// A manifest to write, borrowing the articles' summaries; read back as a [`Manifest`].
pub struct ManifestRef<'a> {
    pub format: u32,
    pub program: &'a str,
    pub gazetteer: u64,
    pub next_slot: u32,
    pub files: &'a [FileEntry],
    pub summaries: Vec<SummaryRef<'a>>,
}

impl ManifestRef<'_> {
    pub fn to_bytes(&self) -> anyhow::Result<Vec<u8>> {
        use rayon::prelude::*;
        let (files, summaries) = rayon::join(
            || {
                self.files
                    .par_chunks(CHUNK)
                    .map(postcard::to_stdvec)
                    .collect::<Result<Vec<_>, _>>()
            },
            || {
                self.summaries
                    .par_chunks(CHUNK)
                    .map(super::summaries::encode)
                    .collect::<Result<Vec<_>, _>>()
            },
        );
        let (files, summaries) = (files?, summaries?);
        let mut out = postcard::to_stdvec(&Top {
            format: self.format,
            program: self.program,
            gazetteer: self.gazetteer,
            next_slot: self.next_slot,
            file_chunks: u32::try_from(files.len())?,
            summary_chunks: u32::try_from(summaries.len())?,
        })?;
        out.reserve(files.iter().chain(&summaries).map(|c| c.len() + 4).sum());
        for chunk in files.iter().chain(&summaries) {
            out.extend_from_slice(&u32::try_from(chunk.len())?.to_le_bytes());
            out.extend_from_slice(chunk);
        }
        Ok(out)
    }
}

/// The next `n` chunks of `bytes`, and what follows them.
fn chunks(mut bytes: &[u8], n: u32) -> anyhow::Result<(Vec<&[u8]>, &[u8])> {
    let mut out = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let (len, rest) = bytes
            .split_first_chunk::<4>()
            .ok_or_else(|| anyhow::anyhow!("the manifest is cut short"))?;
        let len = u32::from_le_bytes(*len) as usize;
        if rest.len() < len {
            anyhow::bail!("the manifest is cut short");
        }
        let (chunk, rest) = rest.split_at(len);
        out.push(chunk);
        bytes = rest;
    }
    Ok((out, bytes))
}

/// Every chunk decoded (in parallel), one after the other.
fn decode<T: serde::de::DeserializeOwned + Send>(chunks: &[&[u8]]) -> anyhow::Result<Vec<T>> {
    use rayon::prelude::*;
    let parts: Vec<Vec<T>> = chunks
        .par_iter()
        .map(|c| postcard::from_bytes(c))
        .collect::<Result<_, _>>()?;
    let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        all.extend(part);
    }
    Ok(all)
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
    /// Bytes of the articles' text (titles and bodies), for `--stats`.
    pub text_bytes: u64,
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
    /// Read a manifest; one whose files and summaries disagree is an error.
    pub fn read(path: &Path) -> anyhow::Result<Manifest> {
        Ok(Manifest::read_of(path, None)?.unwrap_or_default())
    }

    /// Read a manifest written by `program` (any when `None`): another program's is `None`,
    /// found from its first fields without decoding the summaries.
    pub fn read_of(path: &Path, program: Option<&str>) -> anyhow::Result<Option<Manifest>> {
        let bytes = std::fs::read(path)?;
        if let Some(program) = program {
            let (head, _) = postcard::take_from_bytes::<Head>(&bytes)?;
            if head.program != program {
                return Ok(None);
            }
        }
        let (top, rest) = postcard::take_from_bytes::<Top<String>>(&bytes)?;
        let (file_chunks, rest) = chunks(rest, top.file_chunks)?;
        let (summary_chunks, rest) = chunks(rest, top.summary_chunks)?;
        if !rest.is_empty() {
            anyhow::bail!("{} bytes after the manifest", rest.len());
        }
        let (files, summaries) = rayon::join(
            || decode::<FileEntry>(&file_chunks),
            || -> anyhow::Result<Vec<Summary>> {
                use rayon::prelude::*;
                let parts: Vec<Vec<Summary>> = summary_chunks
                    .par_iter()
                    .map(|c| super::summaries::decode(c))
                    .collect::<Result<_, _>>()?;
                let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
                for part in parts {
                    all.extend(part);
                }
                Ok(all)
            },
        );
        let manifest = Manifest {
            format: top.format,
            program: top.program,
            gazetteer: top.gazetteer,
            next_slot: top.next_slot,
            files: files?,
            summaries: summaries?,
        };
        if manifest.articles() != manifest.summaries.len() {
            anyhow::bail!(
                "the manifest names {} articles and summarises {}",
                manifest.articles(),
                manifest.summaries.len()
            );
        }
        Ok(Some(manifest))
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
        let articles: Vec<crate::Article> = (0..3)
            .map(|i| crate::Article {
                id: format!("{i}"),
                title: format!("Title {i}"),
                body: "not in the manifest".into(),
                ..crate::Article::default()
            })
            .collect();
        let files = vec![FileEntry {
            path: b"/news/a\xff.txt".to_vec(),
            size: 10,
            mtime: -5,
            display: "/news/a\u{fffd}.txt".into(),
            problems: vec!["item 2: no title or text".into()],
            first_slot: 0,
            articles: 3,
            text_bytes: 64,
        }];
        let written = ManifestRef {
            format: FORMAT,
            program: "0.1.0 1 2",
            gazetteer: 7,
            next_slot: 3,
            files: &files,
            summaries: articles.iter().map(crate::Article::summary_ref).collect(),
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("files.bin");
        std::fs::write(&path, written.to_bytes().expect("serialise")).expect("write");
        assert_eq!(
            Manifest::read_of(&path, Some("another build")).expect("read the head"),
            None,
            "another program's manifest counts as none"
        );
        let back = Manifest::read(&path).expect("read back");
        assert_eq!(back.files, files);
        assert_eq!(
            (back.format, back.gazetteer, back.next_slot),
            (FORMAT, 7, 3)
        );
        assert_eq!(back.articles(), 3);
        let summaries: Vec<crate::Article> = back
            .summaries
            .into_iter()
            .map(crate::Article::from)
            .collect();
        assert_eq!(summaries[2].title, "Title 2");
        assert!(
            summaries.iter().all(|a| a.body.is_empty()),
            "bodies stay out"
        );
        assert_ne!(file_key(b"/a"), file_key(b"/b"));
    }

    #[test]
    fn a_manifest_whose_counts_disagree_is_refused() {
        let files = vec![FileEntry {
            articles: 2,
            ..FileEntry::default()
        }];
        let written = ManifestRef {
            format: FORMAT,
            program: "",
            gazetteer: 0,
            next_slot: 2,
            files: &files,
            summaries: Vec::new(),
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("files.bin");
        std::fs::write(&path, written.to_bytes().expect("serialise")).expect("write");
        assert!(Manifest::read(&path).is_err());
    }

    #[test]
    fn a_manifest_of_several_chunks_reads_back_in_order_and_a_cut_one_is_refused() {
        let n = CHUNK * 2 + 5;
        let articles: Vec<crate::Article> = (0..n)
            .map(|i| crate::Article {
                id: format!("{i}"),
                title: format!("Title {i}"),
                ..crate::Article::default()
            })
            .collect();
        let files: Vec<FileEntry> = (0..n)
            .map(|i| FileEntry {
                path: format!("/news/{i}.txt").into_bytes(),
                first_slot: i as u32,
                articles: 1,
                ..FileEntry::default()
            })
            .collect();
        let written = ManifestRef {
            format: FORMAT,
            program: "p",
            gazetteer: 1,
            next_slot: n as u32,
            files: &files,
            summaries: articles.iter().map(crate::Article::summary_ref).collect(),
        };
        let bytes = written.to_bytes().expect("serialise");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("files.bin");
        std::fs::write(&path, &bytes).expect("write");
        let back = Manifest::read(&path).expect("read back");
        assert_eq!(back.files, files);
        let titles: Vec<&str> = back.summaries.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles[CHUNK + 1], format!("Title {}", CHUNK + 1));
        assert_eq!(titles.len(), n);
        std::fs::write(&path, &bytes[..bytes.len() - 3]).expect("write cut");
        assert!(Manifest::read(&path).is_err(), "a cut manifest is an error");
        let mut longer = bytes.clone();
        longer.push(0);
        std::fs::write(&path, &longer).expect("write longer");
        assert!(
            Manifest::read(&path).is_err(),
            "trailing bytes are an error"
        );
    }

    #[test]
    fn times_before_1970_stay_distinct() {
        let before = UNIX_EPOCH - std::time::Duration::from_secs(1);
        assert_eq!(nanos(before), -1_000_000_000);
        assert_eq!(nanos(UNIX_EPOCH + std::time::Duration::from_nanos(5)), 5);
    }
}
