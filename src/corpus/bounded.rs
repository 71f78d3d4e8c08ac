//! Reading the user's own small files (the config, `--gazetteer` files) with a bound on size
//! and type: a path to `/dev/zero`, `/dev/urandom` or a FIFO is refused with a clear message
//! instead of hanging or filling memory.

use std::io::{self, Read};
use std::path::Path;

/// The whole file, if it is a regular file of at most `max` bytes. Devices, FIFOs, sockets
/// and folders are refused before they are opened (opening a FIFO blocks; a device such as
/// `/dev/zero` reports size 0 and never ends); a file that grows while it is read is cut off
/// at `max + 1` bytes and refused.
pub fn read_small_file(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(io::Error::other("is a directory, not a file"));
    }
    if !kind.is_file() {
        return Err(io::Error::other(super::walk::special_reason(kind)));
    }
    if meta.len() > max {
        return Err(too_large(max));
    }
    let file = std::fs::File::open(path)?;
    // Opened: make sure it is still what was looked at.
    if !file.metadata()?.file_type().is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large(max));
    }
    Ok(bytes)
}

fn too_large(max: u64) -> io::Error {
    io::Error::other(format!(
        "larger than the {} limit for this file",
        super::read::human_size(max)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_fifos_folders_and_big_files_are_refused_at_once() {
        let started = std::time::Instant::now();
        let reason = |path: &Path, max| {
            read_small_file(path, max)
                .map(|b| b.len())
                .map_err(|e| e.to_string())
        };
        assert_eq!(
            reason(Path::new("/dev/zero"), 1024),
            Err("not a regular file (device)".to_string())
        );
        assert_eq!(
            reason(Path::new("/dev/urandom"), 1024),
            Err("not a regular file (device)".to_string())
        );
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            reason(dir.path(), 1024),
            Err("is a directory, not a file".to_string())
        );
        #[cfg(unix)]
        {
            let fifo = dir.path().join("fifo");
            let made = std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .expect("mkfifo");
            assert!(made.success());
            assert_eq!(
                reason(&fifo, 1024),
                Err("not a regular file (FIFO)".to_string())
            );
        }
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; 2049]).expect("write");
        assert_eq!(
            reason(&big, 2048),
            Err("larger than the 2.0 KiB limit for this file".to_string())
        );
        assert_eq!(reason(&big, 4096), Ok(2049));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
