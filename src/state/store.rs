//! The state file: `state.json` in the platform data dir (`$XDG_DATA_HOME/plantscope` on
//! Linux). Written atomically — a temporary file in the same folder, flushed to disk, then
//! renamed over the old one — so a crash mid-write leaves the previous state whole. A file that
//! cannot be read as state is reported and set aside (renamed `state.json.corrupt-<time>`),
//! never overwritten silently; one written by a newer plantscope is left untouched.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{STATE_VERSION, UserState};

/// A state file larger than this is not read (it would be hundreds of thousands of marks).
pub const MAX_STATE_BYTES: u64 = 64 << 20;

/// Where the state lives, and whether it may be written.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    /// Why the file must not be written this run (unreadable, newer, inside an input folder).
    read_only: Option<String>,
}

/// The state as loaded, and what the user should be told about it.
#[derive(Debug, Default)]
pub struct Opened {
    pub state: UserState,
    pub notes: Vec<String>,
}

impl Store {
    /// The default state file, `None` when the system has no home or data directory.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "plantscope")
            .map(|d| d.data_dir().join("state.json"))
    }

    /// The default store (see [`Store::default_path`]).
    pub fn open_default() -> Option<Store> {
        Store::default_path().map(Store::at)
    }

    pub fn at(path: PathBuf) -> Store {
        Store {
            path,
            read_only: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why writes are refused, if they are.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The state is never written inside the folders being read: when the state file would
    /// be there (a data dir under an input root), writes are refused with a note.
    pub fn refuse_inside(&mut self, inputs: &[PathBuf]) -> Option<String> {
        let dir = resolved(self.path.parent()?);
        let inside = inputs.iter().any(|input| {
            std::fs::canonicalize(input).is_ok_and(|root| root.is_dir() && dir.starts_with(root))
        });
        if !inside {
            return None;
        }
        let why = format!(
            "the state file {} is inside an input folder: marks are not saved this run",
            shown(&self.path)
        );
        self.read_only = Some(why.clone());
        Some(why)
    }

    /// Read the state. Never fails: a missing file is the empty state; a corrupt one is set
    /// aside and reported; an unreadable or newer one is reported and left as it is.
    pub fn load(&mut self) -> Opened {
        match self.read() {
            Ok(state) => Opened {
                state,
                notes: Vec::new(),
            },
            Err(note) => Opened {
                state: UserState::default(),
                notes: vec![note],
            },
        }
    }

    fn read(&mut self) -> Result<UserState, String> {
        let file = shown(&self.path);
        let meta = match std::fs::metadata(&self.path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(UserState::default()),
            Err(e) => return Err(self.refuse(format!("cannot read the state file {file}: {e}"))),
        };
        if !meta.is_file() || meta.len() > MAX_STATE_BYTES {
            return Err(self.refuse(format!(
                "the state file {file} is not a regular file of at most {} MB: left as it is",
                MAX_STATE_BYTES >> 20
            )));
        }
        let bytes = std::fs::read(&self.path)
            .map_err(|e| self.refuse(format!("cannot read the state file {file}: {e}")))?;
        let value: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
        if let Ok(value) = &value
            && value["schema_version"]
                .as_u64()
                .is_some_and(|v| v > u64::from(STATE_VERSION))
        {
            return Err(self.refuse(format!(
                "the state file {file} was written by a newer plantscope: left as it is, \
                 marks are not saved this run"
            )));
        }
        match serde_json::from_slice::<UserState>(&bytes) {
            Ok(state) => Ok(state),
            Err(e) => Err(self.set_aside(&e.to_string())),
        }
    }

    fn refuse(&mut self, why: String) -> String {
        self.read_only = Some(why.clone());
        why
    }

    /// Rename a corrupt state file out of the way, so that nothing in it is lost.
    fn set_aside(&mut self, reason: &str) -> String {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let aside = self
            .path
            .with_file_name(format!("state.json.corrupt-{stamp}"));
        let file = shown(&self.path);
        match std::fs::rename(&self.path, &aside) {
            Ok(()) => format!(
                "the state file {file} could not be read ({reason}): set aside as {}, \
                 starting with no marks",
                shown(&aside)
            ),
            Err(e) => self.refuse(format!(
                "the state file {file} could not be read ({reason}) nor set aside ({e}): \
                 left as it is, marks are not saved this run"
            )),
        }
    }

    /// Write `state` atomically: a temporary file beside the state file, flushed, renamed.
    pub fn save(&self, state: &UserState) -> Result<(), String> {
        if let Some(why) = &self.read_only {
            return Err(why.clone());
        }
        let file = shown(&self.path);
        let fail = |e: std::io::Error| format!("cannot save the state file {file}: {e}");
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(fail)?;
        let bytes = serde_json::to_vec_pretty(state).map_err(|e| e.to_string())?;
        let tmp = dir.join(format!(".state.json.tmp-{}", std::process::id()));
        let written = (|| {
            let mut out = std::fs::File::create(&tmp)?;
            let (head, tail) = bytes.split_at(bytes.len() / 2);
            out.write_all(head)?;
            if std::env::var("PLANTSCOPE_TEST_CRASH").is_ok_and(|v| v == "state-write") {
                // The end-to-end test of a crash mid-write: half the file is on disk.
                out.sync_all()?;
                std::process::abort();
            }
            out.write_all(tail)?;
            out.write_all(b"\n")?;
            out.sync_all()?;
            std::fs::rename(&tmp, &self.path)
        })();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(fail(e));
        }
        // The rename is durable once the folder is flushed (best effort: not every system
        // lets a folder be opened for that).
        if let Ok(folder) = std::fs::File::open(dir) {
            let _ = folder.sync_all();
        }
        remove_stale_temporaries(dir);
        Ok(())
    }

    /// Read the file again, apply `change`, write it: a change made meanwhile by another
    /// plantscope (the browser, a `mark` command) is kept. Returns the state written.
    pub fn update(&mut self, change: impl FnOnce(&mut UserState)) -> Result<Opened, String> {
        let mut opened = self.load();
        change(&mut opened.state);
        self.save(&opened.state)?;
        Ok(opened)
    }
}

/// `path` with its nearest existing ancestor resolved (symbolic links, `..`), the rest as is.
fn resolved(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut here = path;
    loop {
        if let Ok(real) = std::fs::canonicalize(here) {
            return rest.iter().rev().fold(real, |p, part| p.join(part));
        }
        match (here.parent(), here.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                here = parent;
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// Temporary files left by a process that died mid-write.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with(".state.json.tmp-") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn shown(path: &Path) -> String {
    crate::text::display_path(path)
}

#[cfg(test)]
mod tests {
    use super::super::Mark;
    use super::*;

    fn store(dir: &Path) -> Store {
        Store::at(dir.join("data").join("state.json"))
    }

    #[test]
    fn state_survives_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut first = store(dir.path());
        let mut opened = first.load();
        assert!(opened.notes.is_empty());
        opened.state.mark("abc", &Mark::Starred(true));
        opened.state.remember("kaluga");
        first.save(&opened.state).expect("save");
        let again = store(dir.path()).load();
        assert_eq!(again.state, opened.state);
        assert!(again.notes.is_empty());
    }

    #[test]
    fn a_corrupt_file_is_set_aside_and_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        std::fs::create_dir_all(dir.path().join("data")).expect("mkdir");
        std::fs::write(s.path(), "{\"schema_version\": 1, \"articles\": {\"a\": ").expect("write");
        let opened = s.load();
        assert_eq!(opened.state, UserState::default());
        assert!(
            opened.notes[0].contains("set aside as"),
            "{:?}",
            opened.notes
        );
        let aside: Vec<_> = std::fs::read_dir(dir.path().join("data"))
            .expect("dir")
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("state.json.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1, "kept, not lost");
        assert!(!s.path().exists());
        // Writing goes on with a fresh file.
        s.update(|st| st.remember("x")).expect("update");
        assert_eq!(store(dir.path()).load().state.history, ["x"]);
    }

    #[test]
    fn a_newer_file_is_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        std::fs::create_dir_all(dir.path().join("data")).expect("mkdir");
        let newer = "{\"schema_version\": 9, \"future\": true}";
        std::fs::write(s.path(), newer).expect("write");
        let opened = s.load();
        assert!(opened.notes[0].contains("newer plantscope"));
        assert!(s.update(|st| st.remember("x")).is_err());
        assert_eq!(
            std::fs::read_to_string(s.path()).ok().as_deref(),
            Some(newer)
        );
    }

    #[test]
    fn a_half_written_temporary_never_replaces_the_state() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        s.update(|st| st.remember("before")).expect("update");
        // What a crash mid-write leaves: a half temporary file beside the good one.
        let tmp = dir.path().join("data").join(".state.json.tmp-99999");
        std::fs::write(&tmp, "{\"schema_version\": 1, \"hist").expect("write");
        let opened = store(dir.path()).load();
        assert_eq!(opened.state.history, ["before"]);
        assert!(opened.notes.is_empty());
        s.update(|st| st.remember("after")).expect("update");
        assert!(!tmp.exists(), "stale temporary removed");
    }

    #[test]
    fn never_written_inside_an_input_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut s = store(dir.path());
        assert!(s.refuse_inside(&[dir.path().to_path_buf()]).is_some());
        assert!(s.save(&UserState::default()).is_err());
        assert!(!dir.path().join("data").exists());
        let mut elsewhere = store(dir.path());
        let other = tempfile::tempdir().expect("tempdir");
        assert!(
            elsewhere
                .refuse_inside(&[other.path().to_path_buf()])
                .is_none()
        );
    }
}
