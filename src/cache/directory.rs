//! The cache's index folder as tantivy sees it: every file read with positioned reads, not
//! memory-mapped (a mapped file cut under the process is a `SIGBUS` at the next query) —
//! the document stores (the bodies and mentions) checked chunk by chunk, the others (terms,
//! postings, fast fields) as they are. Writes go through [`MmapDirectory`].
//!
//! A body is read long after the start, when an article is opened. Had its file been cut
//! meanwhile (by another program, a full disk being cleaned, a user), a read through a
//! memory map past the new end is a `SIGBUS` that ends the process; a positioned read is an
//! error the library reports ([`crate::search::Unreadable`]), and so is a block whose bytes
//! changed (checked by chunk against checksums taken at the start). The stores are read a
//! block at a time anyway, so a copy per read costs what decompressing the block already
//! does, and their pages stay in the page cache rather than in the process.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::HasLen;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback,
    WatchHandle, WritePtr,
};

/// The index folder at `root`.
#[derive(Debug, Clone)]
pub struct CacheDirectory {
    root: PathBuf,
    mmap: MmapDirectory,
}

impl CacheDirectory {
    pub fn open(root: &Path) -> tantivy::Result<CacheDirectory> {
        Ok(CacheDirectory {
            root: root.to_path_buf(),
            mmap: MmapDirectory::open(root)?,
        })
    }
}

/// Whether the index files other than the stores are memory-mapped as tantivy does
/// (`PLANTSCOPE_CACHE_MMAP=1`, to measure the difference) rather than read when asked.
fn mapped() -> bool {
    std::env::var_os("PLANTSCOPE_CACHE_MMAP").is_some_and(|v| v == "1")
}

/// Whether tantivy's file `path` is a segment's document store.
fn is_store(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "store")
}

impl Directory for CacheDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let wrap = |e: io::Error| match e.kind() {
            io::ErrorKind::NotFound => OpenReadError::FileDoesNotExist(path.to_path_buf()),
            _ => OpenReadError::wrap_io_error(e, path.to_path_buf()),
        };
        if !is_store(path) {
            if mapped() {
                return self.mmap.get_file_handle(path);
            }
            // Positioned reads of what tantivy asks for: a file cut under the process is
            // an error at the next read, not a fault.
            let file = File::open(self.root.join(path)).map_err(wrap)?;
            return Ok(Arc::new(Unchecked::open(file).map_err(wrap)?));
        }
        let file = File::open(self.root.join(path)).map_err(wrap)?;
        let sums = sums_path(&self.root.join(path));
        Ok(Arc::new(Positioned::open(file, &sums).map_err(wrap)?))
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.mmap.delete(path)?;
        if is_store(path) {
            // The store's checksums go with it (tantivy knows nothing of them).
            let _ = std::fs::remove_file(sums_path(&self.root.join(path)));
        }
        Ok(())
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.mmap.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.mmap.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.mmap.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.mmap.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.mmap.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.mmap.acquire_lock(lock)
    }

    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.mmap.watch(callback)
    }
}

/// Bytes of a store checked as one piece: about a compressed block, so that reading a block
/// checks one or two of them.
const CHUNK: usize = 16 * 1024;

/// A document store read with positioned reads, of the length it had when opened, every read
/// checked against the checksums taken when it was opened (which were checked against the
/// one tantivy wrote in the file's footer). tantivy trusts its files: a block changed on disk
/// can make it slice past its end (a panic) or allocate what a garbled size says, so a
/// changed block must not reach it. The handle keeps the file open: a file removed after
/// (another process's commit replaced its segment) is still read whole.
#[derive(Debug)]
struct Positioned {
    file: File,
    len: usize,
    /// CRC-32 of each [`CHUNK`] of the file, the last one shorter.
    chunks: Vec<u32>,
}

impl Positioned {
    /// Open `file`, with the checksums kept in `sums` when they are those of a file of its
    /// length and footer; else reading it once to take them (and keeping them in `sums`,
    /// where the folder can be written). A file whose bytes do not match its footer's
    /// checksum is an error.
    ///
    /// Reading every store at every start was 2 GB at 1,000,000 articles. With the kept
    /// checksums a store damaged between two runs (its footer the same) is found at the
    /// first read of a damaged chunk, as one changed under a running process is: an error,
    /// never bytes tantivy would misread.
    fn open(file: File, sums: &Path) -> io::Result<Positioned> {
        let len = usize::try_from(file.metadata()?.len())
            .map_err(|_| io::Error::other("a document store too large for this system"))?;
        let body = footer_start(&file, len)?;
        let (expected, body) = match body {
            Some((crc, body)) => (Some(crc), body),
            None => (None, len),
        };
        if let Some(chunks) = read_sums(sums, len, expected) {
            return Ok(Positioned { file, len, chunks });
        }
        let mut whole = crc32fast::Hasher::new();
        let mut chunks = Vec::with_capacity(len.div_ceil(CHUNK));
        let mut buffer = vec![0u8; 64 * CHUNK];
        let mut at = 0;
        while at < len {
            let n = buffer.len().min(len - at);
            read_at(&file, &mut buffer[..n], at as u64)?;
            for (i, chunk) in buffer[..n].chunks(CHUNK).enumerate() {
                chunks.push(crc32fast::hash(chunk));
                let from = at + i * CHUNK;
                let inside = body.saturating_sub(from).min(chunk.len());
                whole.update(&chunk[..inside]);
            }
            at += n;
        }
        if expected.is_some_and(|crc| crc != whole.finalize()) {
            return Err(changed());
        }
        // Best effort: a read-only cache takes the checksums again at the next start.
        let _ = write_sums(sums, len, expected, &chunks);
        Ok(Positioned { file, len, chunks })
    }
}

/// Where the checksums of the store at `store` are kept: beside it.
fn sums_path(store: &Path) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(".sums");
    PathBuf::from(name)
}

const SUMS_MAGIC: &[u8; 8] = b"PSSUMS1\0";

/// The bytes of a checksums file: magic, the store's length (`u64`), whether it has a
/// footer and its checksum (`u8`, `u32`), the chunk size and count (`u32` each), the chunks'
/// checksums, then a CRC-32 of all that (all little-endian).
fn sums_bytes(len: usize, footer: Option<u32>, chunks: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(33 + 4 * chunks.len());
    out.extend_from_slice(SUMS_MAGIC);
    out.extend_from_slice(&(len as u64).to_le_bytes());
    out.push(u8::from(footer.is_some()));
    out.extend_from_slice(&footer.unwrap_or(0).to_le_bytes());
    out.extend_from_slice(&(CHUNK as u32).to_le_bytes());
    out.extend_from_slice(&(chunks.len() as u32).to_le_bytes());
    for sum in chunks {
        out.extend_from_slice(&sum.to_le_bytes());
    }
    let own = crc32fast::hash(&out);
    out.extend_from_slice(&own.to_le_bytes());
    out
}

/// The checksums kept in `path` for a store of `len` bytes whose footer gives `footer`;
/// `None` when there are none, or they are damaged, cut, or of another file.
fn read_sums(path: &Path, len: usize, footer: Option<u32>) -> Option<Vec<u32>> {
    let bytes = std::fs::read(path).ok()?;
    let count = len.div_ceil(CHUNK);
    let head = sums_bytes(len, footer, &[]);
    let head = &head[..head.len() - 4];
    let (body, own) = bytes.split_last_chunk::<4>()?;
    if body.len() != head.len() + 4 * count
        || crc32fast::hash(body) != u32::from_le_bytes(*own)
        || body[..head.len() - 4] != head[..head.len() - 4]
        || body[head.len() - 4..head.len()] != (count as u32).to_le_bytes()
    {
        return None;
    }
    Some(
        body[head.len()..]
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// Keep `chunks` in `path`: a temporary file renamed over it (not flushed: a file cut by a
/// crash fails its own checksum and the sums are taken again).
fn write_sums(path: &Path, len: usize, footer: Option<u32>, chunks: &[u32]) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, sums_bytes(len, footer, chunks))?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// An index file other than a store, read with positioned reads of what tantivy asks for:
/// only what a start and a query use reaches memory (as with a map), and a file cut after
/// opening is an error. Not checked as a store is (taking checksums would read every byte
/// at every start): bytes changed in place reach tantivy as they would through a map.
#[derive(Debug)]
struct Unchecked {
    file: File,
    len: usize,
}

impl Unchecked {
    fn open(file: File) -> io::Result<Unchecked> {
        let len = usize::try_from(file.metadata()?.len())
            .map_err(|_| io::Error::other("an index file too large for this system"))?;
        Ok(Unchecked { file, len })
    }
}

impl HasLen for Unchecked {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for Unchecked {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        if range.start > range.end || range.end > self.len {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("bytes {range:?} of a file of {}", self.len),
            ));
        }
        if range.is_empty() {
            return Ok(OwnedBytes::empty());
        }
        let mut buffer = vec![0; range.len()];
        read_at(&self.file, &mut buffer, range.start as u64).map_err(|e| cut(e, self.len))?;
        Ok(OwnedBytes::new(buffer))
    }
}

/// A short read said as what it means: the file was cut after it was opened.
fn cut(e: io::Error, len: usize) -> io::Error {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("the file is shorter than the {len} bytes it had when opened"),
        ),
        _ => e,
    }
}

/// The error of bytes that are not those the file had.
fn changed() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "the document store's bytes do not match their checksum",
    )
}

/// Where a tantivy file's footer starts and the checksum it gives for the bytes before it
/// (`None`: no footer to be read; tantivy then refuses the file itself). The footer is JSON
/// (`{"version":…,"crc":N}`), then its length and a magic number, both `u32` little-endian.
fn footer_start(file: &File, len: usize) -> io::Result<Option<(u32, usize)>> {
    let Some(meta) = len.checked_sub(8) else {
        return Ok(None);
    };
    let mut tail = [0u8; 8];
    read_at(file, &mut tail, meta as u64)?;
    let footer_len = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize;
    let magic = u32::from_le_bytes([tail[4], tail[5], tail[6], tail[7]]);
    let Some(start) = meta.checked_sub(footer_len).filter(|_| magic == 1337) else {
        return Ok(None);
    };
    let mut json = vec![0u8; footer_len];
    read_at(file, &mut json, start as u64)?;
    let crc = serde_json::from_slice::<serde_json::Value>(&json)
        .ok()
        .and_then(|v| v.get("crc")?.as_u64())
        .and_then(|c| u32::try_from(c).ok());
    Ok(crc.map(|crc| (crc, start)))
}

impl HasLen for Positioned {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for Positioned {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        if range.start > range.end || range.end > self.len {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("bytes {range:?} of a file of {}", self.len),
            ));
        }
        if range.is_empty() {
            return Ok(OwnedBytes::empty());
        }
        // Whole chunks, each checked, then the bytes asked for.
        let first = range.start / CHUNK;
        let from = first * CHUNK;
        let to = (range.end.div_ceil(CHUNK) * CHUNK).min(self.len);
        let mut buffer = vec![0; to - from];
        read_at(&self.file, &mut buffer, from as u64).map_err(|e| cut(e, self.len))?;
        for (i, chunk) in buffer.chunks(CHUNK).enumerate() {
            if self.chunks.get(first + i) != Some(&crc32fast::hash(chunk)) {
                return Err(changed());
            }
        }
        Ok(OwnedBytes::new(buffer).slice(range.start - from..range.end - from))
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.read_exact_at(buffer, offset)
}

#[cfg(windows)]
fn read_at(file: &File, mut buffer: &mut [u8], mut offset: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buffer.is_empty() {
        match file.seek_read(buffer, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buffer = &mut buffer[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory holding one store of `len` bytes (no tantivy footer: nothing to check it
    /// against at the start).
    fn store(len: usize) -> (tempfile::TempDir, Arc<dyn FileHandle>) {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("seg.store"), bytes).expect("write");
        let directory = CacheDirectory::open(dir.path()).expect("open");
        let handle = directory
            .get_file_handle(Path::new("seg.store"))
            .expect("handle");
        (dir, handle)
    }

    fn rewrite(dir: &Path, change: impl FnOnce(&std::fs::File)) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(dir.join("seg.store"))
            .expect("reopen");
        change(&file);
    }

    #[test]
    fn a_store_reads_as_written() {
        let (_dir, handle) = store(3 * CHUNK + 100);
        for range in [
            0..10,
            CHUNK - 5..CHUNK + 5,
            3 * CHUNK..3 * CHUNK + 100,
            7..7,
        ] {
            let expected: Vec<u8> = range.clone().map(|i| (i % 251) as u8).collect();
            assert_eq!(handle.read_bytes(range).expect("read").as_slice(), expected);
        }
        assert!(
            handle.read_bytes(5..3 * CHUNK + 101).is_err(),
            "past the end"
        );
    }

    #[test]
    fn a_store_cut_after_opening_is_an_error_not_a_fault() {
        let (dir, handle) = store(3 * CHUNK);
        rewrite(dir.path(), |f| f.set_len(CHUNK as u64 + 10).expect("cut"));
        let err = handle
            .read_bytes(2 * CHUNK..2 * CHUNK + 10)
            .expect_err("cut");
        assert!(err.to_string().contains("shorter"), "{err}");
        assert!(
            handle.read_bytes(10..20).is_ok(),
            "a whole chunk before the cut"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_store_changed_after_opening_is_refused() {
        use std::os::unix::fs::FileExt;
        let (dir, handle) = store(3 * CHUNK);
        rewrite(dir.path(), |f| {
            f.write_all_at(b"x", CHUNK as u64 + 3).expect("write")
        });
        let err = handle
            .read_bytes(CHUNK + 100..CHUNK + 110)
            .expect_err("changed");
        assert!(err.to_string().contains("checksum"), "{err}");
        assert!(handle.read_bytes(0..10).is_ok(), "another chunk");
    }

    #[cfg(unix)]
    #[test]
    fn a_store_changed_between_two_opens_is_refused_where_it_changed() {
        use std::os::unix::fs::FileExt;
        let (dir, first) = store(3 * CHUNK);
        drop(first);
        let sums = dir.path().join("seg.store.sums");
        assert!(sums.is_file(), "the checksums are kept beside the store");
        rewrite(dir.path(), |f| {
            f.write_all_at(b"x", 2 * CHUNK as u64 + 3).expect("write")
        });
        let directory = CacheDirectory::open(dir.path()).expect("open");
        let handle = directory
            .get_file_handle(Path::new("seg.store"))
            .expect("opened with the kept checksums");
        assert!(handle.read_bytes(0..10).is_ok(), "an unchanged chunk");
        let err = handle
            .read_bytes(2 * CHUNK..2 * CHUNK + 10)
            .expect_err("changed");
        assert!(err.to_string().contains("checksum"), "{err}");
        // Damaged checksums, or those of a store of another length, are taken again.
        for damage in [&b"garbage"[..], &std::fs::read(&sums).expect("sums")[..20]] {
            std::fs::write(&sums, damage).expect("damage");
            let handle = directory
                .get_file_handle(Path::new("seg.store"))
                .expect("handle");
            assert!(handle.read_bytes(2 * CHUNK..2 * CHUNK + 10).is_ok());
        }
        rewrite(dir.path(), |f| f.set_len(CHUNK as u64).expect("cut"));
        let handle = directory
            .get_file_handle(Path::new("seg.store"))
            .expect("handle");
        assert_eq!(handle.read_bytes(0..CHUNK).expect("read").len(), CHUNK);
        directory.delete(Path::new("seg.store")).expect("delete");
        assert!(!sums.exists(), "the checksums go with their store");
    }

    #[test]
    fn an_index_file_cut_after_opening_is_an_error_not_a_fault() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes: Vec<u8> = (0..3 * CHUNK).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("seg.idx"), &bytes).expect("write");
        let directory = CacheDirectory::open(dir.path()).expect("open");
        let handle = directory
            .get_file_handle(Path::new("seg.idx"))
            .expect("handle");
        let head = handle.read_bytes(5..CHUNK + 5).expect("read");
        assert_eq!(head.as_slice(), &bytes[5..CHUNK + 5]);
        std::fs::File::options()
            .write(true)
            .open(dir.path().join("seg.idx"))
            .and_then(|f| f.set_len(10))
            .expect("cut");
        let err = handle.read_bytes(2 * CHUNK..3 * CHUNK).expect_err("cut");
        assert!(err.to_string().contains("shorter"), "{err}");
        assert_eq!(head.as_slice(), &bytes[5..CHUNK + 5], "bytes read stay");
    }
}
