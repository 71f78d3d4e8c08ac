//! Where the cache lives: the platform cache directory (`$XDG_CACHE_HOME/plantscope` on
//! Linux, or `PLANTSCOPE_CACHE_DIR`), one folder per list of inputs, and the lock that keeps
//! two processes from writing one folder at once.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// The folder of every cache, or `None` when the system names no cache directory.
pub fn cache_root() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PLANTSCOPE_CACHE_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "plantscope").map(|d| d.cache_dir().to_path_buf())
}

/// The name of the folder inside the root that holds every input list's cache: a new
/// layout gets a new name, and old ones are only removed by `plantscope cache clear`.
pub const LAYOUT: &str = "v1";

/// The cache folder of one list of inputs (their canonical paths, in the order given, which
/// is the order of the articles): `news`, `./news` and `/home/me/news` share one.
#[derive(Debug, Clone)]
pub struct Place {
    pub dir: PathBuf,
    /// The inputs made absolute (links not followed), as listed in the folder.
    pub inputs: Vec<PathBuf>,
    /// Each input as given, beside its canonical path: the files' keys in the cache.
    roots: Vec<(PathBuf, PathBuf)>,
}

impl Place {
    /// The folder for `inputs` under `root` (not created yet).
    pub fn new(root: &Path, inputs: &[PathBuf]) -> Place {
        let roots: Vec<(PathBuf, PathBuf)> =
            inputs.iter().map(|p| (p.clone(), canonical(p))).collect();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (_, input) in &roots {
            for byte in path_bytes(input).iter().chain(&[0u8]) {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        Place {
            dir: root.join(LAYOUT).join(format!("{hash:016x}")),
            inputs: inputs.iter().map(|p| absolute(p)).collect(),
            roots,
        }
    }

    /// The key of a walked file in the cache: its path under its input's canonical path, so
    /// that a cache made from `news` serves `/home/me/news` (one `canonicalize` per input,
    /// none per file).
    pub fn file_key(&self, path: &Path) -> Vec<u8> {
        let under = self.roots.iter().find_map(|(given, canonical)| {
            let rest = path.strip_prefix(given).ok()?;
            Some(if rest.as_os_str().is_empty() {
                canonical.clone()
            } else {
                canonical.join(rest)
            })
        });
        path_bytes(&under.unwrap_or_else(|| absolute(path)))
    }

    /// [`Place::file_key`] written into `out` (one buffer for a whole walk: a start from the
    /// cache compares 100,000s of keys). On Unix a path under an input is matched by its
    /// bytes first, without splitting it into components.
    pub fn file_key_into(&self, path: &Path, out: &mut Vec<u8>) {
        #[cfg(unix)]
        {
            use std::ffi::OsStr;
            use std::os::unix::ffi::OsStrExt;
            let bytes = path.as_os_str().as_bytes();
            for (given, canonical) in &self.roots {
                let given = given.as_os_str().as_bytes();
                let rest = match bytes.strip_prefix(given) {
                    Some(rest) if given.ends_with(b"/") || rest.first() == Some(&b'/') => rest,
                    Some([]) => &[][..],
                    _ => {
                        if path.strip_prefix(OsStr::from_bytes(given)).is_ok() {
                            // Not a plain byte prefix (`./x`, `x/.`): as `file_key` does.
                            *out = self.file_key(path);
                            return;
                        }
                        continue;
                    }
                };
                let rest = &rest[rest.iter().take_while(|&&c| c == b'/').count()..];
                let canonical = canonical.as_os_str().as_bytes();
                out.clear();
                out.extend_from_slice(canonical);
                if !rest.is_empty() {
                    if !canonical.ends_with(b"/") {
                        out.push(b'/');
                    }
                    out.extend_from_slice(rest);
                }
                return;
            }
        }
        *out = self.file_key(path);
    }

    /// Why this folder must not be used, if it must not: inside an input folder where a walk
    /// would read it.
    pub fn refusal(&self) -> Option<String> {
        self.inputs.iter().find_map(|input| {
            let inside = self.dir.strip_prefix(input).ok()?;
            let hidden = inside
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            (!hidden).then(|| {
                format!(
                    "the cache folder {} is inside the input {}",
                    crate::text::display_path(&self.dir),
                    crate::text::display_path(input)
                )
            })
        })
    }

    pub fn index_dir(&self) -> PathBuf {
        self.dir.join("index")
    }

    /// Create the folder and take its lock, waiting while another process holds it. The
    /// lock is released when the returned file is dropped (or the process ends, however).
    pub fn lock(&self, waiting: &dyn Fn()) -> io::Result<File> {
        fs::create_dir_all(self.index_dir())?;
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join("lock"))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                waiting();
                file.lock()?;
            }
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
        // The inputs, for people looking into the folder and for `plantscope cache`.
        let listed: Vec<String> = self
            .inputs
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        // Written only when it says something else: a rewrite is a flush to disk on every
        // start, while the lock is held (0.1 s of a relaunch on a busy disk).
        let listed = listed.join("\n");
        let path = self.dir.join("inputs.txt");
        if fs::read(&path).ok().as_deref() != Some(listed.as_bytes()) {
            write_atomic(&path, listed.as_bytes())?;
        }
        Ok(file)
    }

    /// Remove what the folder holds (a corrupt or foreign cache), keeping the lock file and
    /// the list of inputs.
    pub fn wipe(&self) -> io::Result<()> {
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if entry.file_name() == "lock" || entry.file_name() == "inputs.txt" {
                continue;
            }
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                fs::remove_dir_all(&path)?;
            } else {
                fs::remove_file(&path)?;
            }
        }
        fs::create_dir_all(self.index_dir())
    }
}

/// Write a file so that a reader sees the old content or the new, never a part: a temporary
/// file in the same folder, flushed to disk, renamed over the old one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A path made absolute (against the current folder) without following links, so that the
/// same folder named twice the same way finds the same cache.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A path with its links resolved, or made absolute where it cannot be (it does not exist).
fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| absolute(path))
}

/// The bytes of a path, as the system has them.
pub fn path_bytes(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

/// Bytes in every file under `dir` (0 when it does not exist).
pub fn size_of(dir: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(t) if t.is_dir() => size_of(&entry.path()),
            Ok(_) => entry.metadata().map_or(0, |m| m.len()),
            Err(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folder_per_input_list() {
        let root = Path::new("/cache");
        let a = Place::new(root, &[PathBuf::from("/news")]);
        let b = Place::new(root, &[PathBuf::from("/news"), PathBuf::from("/more")]);
        assert_ne!(a.dir, b.dir);
        assert_eq!(a.dir, Place::new(root, &[PathBuf::from("/news")]).dir);
        assert!(a.dir.starts_with("/cache/v1"));
    }

    #[test]
    fn a_cache_inside_an_input_is_refused_unless_the_walk_skips_it() {
        let inputs = [PathBuf::from("/data")];
        assert!(
            Place::new(Path::new("/data/cache"), &inputs)
                .refusal()
                .is_some()
        );
        assert!(
            Place::new(Path::new("/data/.cache"), &inputs)
                .refusal()
                .is_none()
        );
        assert!(
            Place::new(Path::new("/elsewhere"), &inputs)
                .refusal()
                .is_none()
        );
    }

    #[test]
    fn a_key_written_into_a_buffer_is_the_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let news = dir.path().join("news");
        std::fs::create_dir_all(news.join("sub")).expect("folders");
        let inputs = [
            news.clone(),
            PathBuf::from(format!("{}/", dir.path().join("other").display())),
            PathBuf::from("."),
            PathBuf::from("/"),
        ];
        let place = Place::new(Path::new("/cache"), &inputs);
        let mut buf = b"left over".to_vec();
        for path in [
            news.clone(),
            news.join("a.txt"),
            news.join("sub/ b.txt"),
            dir.path().join("other/x.md"),
            dir.path().join("newsy/x.md"),
            PathBuf::from("./rel/y.txt"),
            PathBuf::from("rel/y.txt"),
            PathBuf::from("/etc/z"),
        ] {
            place.file_key_into(&path, &mut buf);
            assert_eq!(buf, place.file_key(&path), "{}", path.display());
        }
    }
}
