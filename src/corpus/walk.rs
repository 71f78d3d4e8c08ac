//! Inputs (files or folders) → the list of files to read, like ripgrep: hidden files, files
//! named in `.ignore` and (inside a git repository) `.gitignore` skipped, symbolic links never
//! followed, FIFOs, sockets and devices never opened.

use std::fs::FileType;
use std::io;
use std::path::PathBuf;

use ignore::WalkBuilder;

use crate::text::display_path;

/// One thing found while walking: a regular file to read, or something that will not be read.
#[derive(Debug)]
pub(super) enum Entry {
    File {
        path: PathBuf,
        display: String,
        size: u64,
        /// Modification time as seen while walking (`None` where the system gives none).
        mtime: Option<std::time::SystemTime>,
    },
    Skipped {
        display: String,
        reason: String,
        /// A folder that could not be listed, not a file.
        folder: bool,
    },
}

impl Entry {
    /// The size in bytes as seen while walking (0 for what will not be read).
    pub(super) fn size(&self) -> u64 {
        match self {
            Entry::File { size, .. } => *size,
            Entry::Skipped { .. } => 0,
        }
    }
}

/// Everything the walk found, in a stable order: inputs as given, each folder sorted by name.
#[derive(Debug, Default)]
pub(super) struct Listing {
    pub(super) entries: Vec<Entry>,
    /// Inputs that do not exist.
    pub(super) missing: Vec<PathBuf>,
}

pub(super) fn walk(inputs: &[PathBuf]) -> Listing {
    walk_up_to(inputs, None)
}

/// The first `limit` entries [`walk`] would give (fewer when there are fewer), found by a
/// walk on one thread that visits each folder sorted by name and stops there: the browser's
/// first preview needs the first 400 files, not a walk of 1,000,000.
pub(super) fn walk_first(inputs: &[PathBuf], limit: usize) -> Listing {
    walk_up_to(inputs, Some(limit))
}

fn walk_up_to(inputs: &[PathBuf], limit: Option<usize>) -> Listing {
    let mut listing = Listing::default();
    for input in inputs {
        if limit.is_some_and(|limit| listing.entries.len() >= limit) {
            break;
        }
        let meta = match std::fs::symlink_metadata(input) {
            Ok(meta) => meta,
            Err(err) => {
                if err.kind() == io::ErrorKind::NotFound {
                    listing.missing.push(input.clone());
                }
                listing.entries.push(Entry::Skipped {
                    display: display_path(input),
                    reason: io_reason(&err),
                    folder: false,
                });
                continue;
            }
        };
        let mut builder = WalkBuilder::new(input);
        builder
            .hidden(true)
            // As ripgrep: `.gitignore` only counts inside a git repository (a stray one in a
            // folder of articles must not hide files); `.ignore` files count everywhere.
            .git_ignore(true)
            .require_git(true)
            .ignore(true)
            .follow_links(false);
        let mut stater = Stater::default();
        if let Some(limit) = limit {
            // The same walk as below, in its order: entries sorted by name in each folder.
            let left = limit - listing.entries.len();
            if meta.is_dir() {
                builder.sort_by_file_name(|a, b| a.cmp(b));
            }
            listing.entries.extend(
                builder
                    .build()
                    .filter_map(|r| entry_of(r, input, &mut stater))
                    .map(with_path)
                    .take(left),
            );
            continue;
        }
        if !meta.is_dir() {
            listing.entries.extend(
                builder
                    .build()
                    .filter_map(|r| entry_of(r, input, &mut stater))
                    .map(with_path),
            );
            continue;
        }
        // A folder is listed on every core (each file's metadata is a system call: at 100k
        // files, most of a start from the cache), then sorted in the order of a walk that
        // visits each folder sorted by name (see `walk_order`).
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        let found = std::sync::Mutex::new(Vec::new());
        builder.threads(threads).build_parallel().run(|| {
            let mut batch = Batch {
                mine: Vec::new(),
                found: &found,
            };
            let mut stater = Stater::default();
            Box::new(move |result| {
                if let Some(entry) = entry_of(result, input, &mut stater) {
                    batch.mine.push(entry);
                    if batch.mine.len() >= 256 {
                        lock(batch.found).append(&mut batch.mine);
                    }
                }
                ignore::WalkState::Continue
            })
        });
        let mut found = found.into_inner().unwrap_or_else(|e| e.into_inner());
        found.sort_unstable_by(|a, b| walk_order(&a.0, &b.0));
        listing.entries.extend(found.into_iter().map(with_path));
    }
    listing
}

/// The order of a walk that visits each folder's entries sorted by name: the paths' bytes
/// with the separator lowest, which orders them component by component as `Path`'s own
/// comparison does (the walker's paths are clean: no `.`, no doubled separator), without
/// splitting every path into components (that was a tenth of a start from the cache).
fn walk_order(a: &std::path::Path, b: &std::path::Path) -> std::cmp::Ordering {
    fn key(c: u8) -> u8 {
        if std::path::is_separator(char::from(c)) {
            0
        } else {
            c
        }
    }
    // Paths hold no NUL byte, so the first byte that differs decides (the separator taken as
    // 0): found eight bytes at a time, most paths sharing a long folder prefix.
    let (a, b) = (
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    );
    let mut at = 0;
    while let (Some(x), Some(y)) = (a.get(at..at + 8), b.get(at..at + 8)) {
        if x != y {
            break;
        }
        at += 8;
    }
    match a[at..].iter().zip(&b[at..]).position(|(x, y)| x != y) {
        Some(i) => key(a[at + i]).cmp(&key(b[at + i])),
        None => a.len().cmp(&b.len()),
    }
}

/// The entry of [`entry_of`] with its path: a file's path is kept once per file, as the
/// key it sorts by, until here.
fn with_path((sorted_by, mut entry): (PathBuf, Entry)) -> Entry {
    if let Entry::File { path, .. } = &mut entry {
        *path = sorted_by;
    }
    entry
}

/// One walker thread's entries, handed over in batches and the rest when the thread ends.
struct Batch<'a> {
    mine: Vec<(PathBuf, Entry)>,
    found: &'a std::sync::Mutex<Vec<(PathBuf, Entry)>>,
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        lock(self.found).append(&mut self.mine);
    }
}

/// The found list, whatever a panicking walker thread left (entries are only appended).
fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What one result of a walk under `input` gives: an entry, with the path it sorts by
/// (`None` for the folders themselves).
fn entry_of(
    result: Result<ignore::DirEntry, ignore::Error>,
    input: &std::path::Path,
    stater: &mut Stater,
) -> Option<(PathBuf, Entry)> {
    match result {
        Ok(dent) => {
            let file_type = dent.file_type()?;
            if file_type.is_dir() {
                return None;
            }
            let display = display_path(dent.path());
            let entry = if file_type.is_file() {
                // Metadata of the entry itself (lstat), so nothing is opened here: relative
                // to its folder where the system allows, else by its whole path.
                let (size, mtime) = stater.stat(dent.path()).unwrap_or_else(|| {
                    let meta = dent.metadata().ok();
                    (
                        meta.as_ref().map_or(0, |m| m.len()),
                        meta.and_then(|m| m.modified().ok()),
                    )
                });
                Entry::File {
                    // Filled from the returned path (not copied twice per file).
                    path: PathBuf::new(),
                    display,
                    size,
                    mtime,
                }
            } else {
                Entry::Skipped {
                    display,
                    reason: special_reason(file_type).to_string(),
                    folder: false,
                }
            };
            Some((dent.into_path(), entry))
        }
        Err(err) => {
            let (path, reason) = walk_error(&err);
            let path = path.unwrap_or_else(|| input.to_path_buf());
            let folder = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            let entry = Entry::Skipped {
                display: display_path(&path),
                reason,
                folder,
            };
            Some((path, entry))
        }
    }
}

/// The size and modification time of files, each found relative to its folder (`fstatat`
/// on a descriptor of the folder, kept while the files come from it): a walk of 1,000,000
/// files spent a third of its system time resolving each whole path again. `None` where it
/// cannot tell (then the caller asks by path).
#[derive(Default)]
struct Stater {
    #[cfg(target_os = "linux")]
    folder: Option<(PathBuf, std::os::fd::OwnedFd)>,
    #[cfg(target_os = "linux")]
    name: Vec<u8>,
}

impl Stater {
    #[cfg(target_os = "linux")]
    fn stat(&mut self, path: &std::path::Path) -> Option<(u64, Option<std::time::SystemTime>)> {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        use std::os::unix::ffi::OsStrExt;
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
        let name = path.file_name()?.as_bytes();
        let same = self
            .folder
            .as_ref()
            .is_some_and(|(p, _)| p.as_os_str().as_bytes() == parent.as_os_str().as_bytes());
        if !same {
            self.folder = None;
            let c = std::ffi::CString::new(parent.as_os_str().as_bytes()).ok()?;
            // SAFETY: `c` is a NUL-terminated path; the descriptor returned is owned here.
            let fd = unsafe {
                libc::open(
                    c.as_ptr(),
                    libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC,
                )
            };
            if fd < 0 {
                return None;
            }
            // SAFETY: `fd` was just opened and nothing else owns it.
            self.folder = Some((parent.to_path_buf(), unsafe { OwnedFd::from_raw_fd(fd) }));
        }
        let (_, folder) = self.folder.as_ref()?;
        self.name.clear();
        self.name.extend_from_slice(name);
        self.name.push(0);
        if self.name[..name.len()].contains(&0) {
            return None;
        }
        let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
        // SAFETY: `folder` is an open descriptor, `name` NUL-terminated, `st` written by the
        // call before it is read (only when it succeeds).
        let done = unsafe {
            libc::fstatat(
                folder.as_raw_fd(),
                self.name.as_ptr().cast(),
                st.as_mut_ptr(),
                libc::AT_SYMLINK_NOFOLLOW,
            )
        };
        if done != 0 {
            return None;
        }
        // SAFETY: fstatat succeeded, so it filled `st`.
        let st = unsafe { st.assume_init() };
        if st.st_mode & libc::S_IFMT != libc::S_IFREG {
            return None;
        }
        Some((
            u64::try_from(st.st_size).ok()?,
            system_time(st.st_mtime, st.st_mtime_nsec),
        ))
    }

    #[cfg(not(target_os = "linux"))]
    fn stat(&mut self, _: &std::path::Path) -> Option<(u64, Option<std::time::SystemTime>)> {
        None
    }
}

/// The time `seconds` and `nanos` after 1970 (as the standard library reads a `stat`).
#[cfg(target_os = "linux")]
fn system_time(seconds: i64, nanos: i64) -> Option<std::time::SystemTime> {
    use std::time::{Duration, UNIX_EPOCH};
    let nanos = Duration::from_nanos(u64::try_from(nanos).ok().filter(|&n| n < 1_000_000_000)?);
    if seconds >= 0 {
        UNIX_EPOCH
            .checked_add(Duration::from_secs(seconds.unsigned_abs()))?
            .checked_add(nanos)
    } else {
        UNIX_EPOCH
            .checked_sub(Duration::from_secs(seconds.unsigned_abs()))?
            .checked_add(nanos)
    }
}

/// How many files the ignore rules hide from [`walk`]: `.ignore`, and inside a git repository
/// `.gitignore`, `.git/info/exclude` and git's global excludes (`core.excludesFile`, by default
/// `~/.config/git/ignore`) — rules of the user's own that `check` must mention, or files
/// would vanish without a word. Hidden files are not counted.
pub(super) fn ignored_files(inputs: &[PathBuf], listed: usize) -> usize {
    let mut all = 0;
    for input in inputs {
        let walker = WalkBuilder::new(input)
            .standard_filters(false)
            .hidden(true)
            .follow_links(false)
            .build();
        all += walker
            .filter_map(Result::ok)
            .filter(|d| d.file_type().is_some_and(|t| !t.is_dir()))
            .count();
    }
    all.saturating_sub(listed)
}

/// Why a file that is neither a regular file nor a folder is not read.
pub(super) fn special_reason(file_type: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "not a regular file (FIFO)";
        }
        if file_type.is_socket() {
            return "not a regular file (socket)";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "not a regular file (device)";
        }
    }
    if file_type.is_symlink() {
        return "symbolic link (not followed)";
    }
    "not a regular file"
}

/// An I/O error in the words a user expects.
pub(super) fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => format!("cannot read: {err}"),
    }
}

/// The path an ignore error is about, when it says, and a reason a user understands.
fn walk_error(err: &ignore::Error) -> (Option<PathBuf>, String) {
    match err {
        ignore::Error::WithPath { path, err } => {
            let (_, reason) = walk_error(err);
            (Some(path.clone()), reason)
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err)
        }
        ignore::Error::Loop { child, .. } => (
            Some(child.clone()),
            "symbolic link loop (not followed)".to_string(),
        ),
        ignore::Error::Io(io_err) => (None, io_reason(io_err)),
        other => (None, format!("cannot read: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::walk_order;
    use std::path::Path;

    #[test]
    fn the_first_entries_of_a_walk_are_those_of_the_whole_walk() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in [
            "b/x.txt",
            "a.txt",
            "a/c/d.txt",
            "a/b.txt",
            "a b.txt",
            "c.txt",
            ".h/x.txt",
        ] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(&path, "x").expect("write");
        }
        std::fs::write(dir.path().join(".ignore"), "c.txt\n").expect("ignore file");
        let inputs = [dir.path().to_path_buf(), dir.path().join("a.txt")];
        let paths = |l: super::Listing| -> Vec<String> {
            l.entries
                .iter()
                .map(|e| match e {
                    super::Entry::File { path, .. } => path.display().to_string(),
                    super::Entry::Skipped { display, .. } => display.clone(),
                })
                .collect()
        };
        let all = paths(super::walk(&inputs));
        assert_eq!(all.len(), 6, "{all:?}");
        for n in 0..=all.len() + 1 {
            assert_eq!(
                paths(super::walk_first(&inputs, n)),
                all[..n.min(all.len())]
            );
        }
    }

    #[test]
    fn sizes_and_times_relative_to_the_folder_are_those_of_the_whole_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut stater = super::Stater::default();
        for name in ["a.txt", "b.txt", "sub/c.txt"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(&path, name.repeat(3)).expect("write");
            let meta = std::fs::symlink_metadata(&path).expect("metadata");
            let expected = (meta.len(), meta.modified().ok());
            let found = stater.stat(&path);
            if cfg!(target_os = "linux") {
                assert_eq!(found, Some(expected), "{name}");
            }
        }
        // Before 1970, and with nanoseconds.
        let old = dir.path().join("sub/old.txt");
        let file = std::fs::File::create(&old).expect("create");
        let then = std::time::UNIX_EPOCH - std::time::Duration::from_millis(1_500);
        file.set_modified(then).expect("set time");
        drop(file);
        let meta = std::fs::symlink_metadata(&old).expect("metadata");
        if cfg!(target_os = "linux") {
            assert_eq!(stater.stat(&old), Some((0, meta.modified().ok())));
        }
        assert_eq!(stater.stat(&dir.path().join("missing.txt")), None);
        assert_eq!(
            stater.stat(&dir.path().join("sub")),
            None,
            "a folder is no file"
        );
    }

    #[test]
    fn the_walk_order_is_the_component_order() {
        let mut paths = [
            "a/x",
            "a-b/x",
            "a.txt",
            "a/b/c",
            "ab",
            "a",
            "a b/z",
            "a/b.txt",
            "folder1234/x/y",
            "folder1234-x",
            "folder1234/x",
            "folder1234.txt",
            "folder12345678/a",
            "folder1234567/a",
            "folder12345678",
        ];
        let mut by_components = paths;
        by_components.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
        paths.sort_by(|a, b| walk_order(Path::new(a), Path::new(b)));
        assert_eq!(paths, by_components);
        assert_eq!(paths[..3], ["a", "a/b/c", "a/b.txt"]);
    }
}
