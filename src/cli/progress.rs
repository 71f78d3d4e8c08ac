//! Progress of long headless loads on stderr: one line rewritten with `\r`, only when stderr
//! is a terminal, nothing for the first second (short loads stay silent), cleared at the end.

use std::io::Write;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::load::{LoadProgress, Stage};

/// Loads shorter than this print nothing.
const QUIET_FOR: Duration = Duration::from_secs(1);
/// At most one line per this interval.
const EVERY: Duration = Duration::from_millis(100);

/// Throttled progress line on stderr.
pub struct Meter {
    enabled: bool,
    started: Instant,
    /// When the line was last written, and its width (to blank it at the end).
    last: Mutex<Option<(Instant, usize)>>,
}

impl Meter {
    /// A meter that prints only when `enabled` (stderr is a terminal).
    pub fn new(enabled: bool) -> Meter {
        Meter {
            enabled,
            started: Instant::now(),
            last: Mutex::new(None),
        }
    }

    /// Called from the loader's threads; cheap when nothing is to be printed.
    pub fn report(&self, p: LoadProgress) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.started) < QUIET_FOR {
            return;
        }
        let Ok(mut last) = self.last.try_lock() else {
            return;
        };
        if last.is_some_and(|(at, _)| now.duration_since(at) < EVERY) {
            return;
        }
        let line = line(p);
        let width = last.map_or(0, |(_, w)| w);
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{line:width$}");
        let _ = err.flush();
        *last = Some((now, line.len().max(width)));
    }

    /// Blank the line, if one was printed.
    pub fn finish(&self) {
        let Ok(last) = self.last.lock() else { return };
        if let Some((_, width)) = *last {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{:width$}\r", "");
            let _ = err.flush();
        }
    }
}

/// The text of a progress line.
pub fn line(p: LoadProgress) -> String {
    // Binary megabytes, as `--max-file-size 16M` and the diagnostics count them (this line said
    // "MB" for 10^6 bytes while the browser said it for 2^20).
    let mb = |b: u64| b as f64 / 1_048_576.0;
    match p.stage {
        Stage::Reading => format!(
            "plantscope: reading {}/{} files, {:.0}/{:.0} MiB",
            p.done,
            p.total,
            mb(p.bytes_done),
            mb(p.bytes_total)
        ),
        Stage::Extracting => format!(
            "plantscope: finding entities {}/{} articles",
            p.done, p.total
        ),
        Stage::Indexing => format!("plantscope: indexing {}/{} articles", p.done, p.total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_the_stage() {
        let p = LoadProgress {
            stage: Stage::Reading,
            done: 5,
            total: 10,
            bytes_done: 2 << 20,
            bytes_total: 4 << 20,
        };
        assert_eq!(line(p), "plantscope: reading 5/10 files, 2/4 MiB");
        // 4,000,000 bytes are 3.8 MiB, not "4 MB".
        let p = LoadProgress {
            bytes_done: 0,
            bytes_total: 4_000_000,
            ..p
        };
        assert_eq!(line(p), "plantscope: reading 5/10 files, 0/4 MiB");
        let p = LoadProgress {
            stage: Stage::Indexing,
            ..p
        };
        assert_eq!(line(p), "plantscope: indexing 5/10 articles");
    }
}
