//! End-to-end: the real binary in a 120×40 pseudo-terminal, read back through a vt100 parser.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running `plantscope` in a pty, with the screen as a vt100 parser sees it.
struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_plantscope"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // No user config can leak into the test.
        let home = tempfile::tempdir().expect("temp home");
        cmd.env("HOME", home.path());
        cmd.env("XDG_CONFIG_HOME", home.path());
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        let child = pty.slave.spawn_command(cmd).expect("spawn plantscope");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(40), nz(120), 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        // Keep the master (and the temp home) alive as long as the session.
        std::mem::forget(pty.master);
        std::mem::forget(home);
        Session {
            parser,
            writer,
            child,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Poll the screen until `text` appears; panic with the screen on timeout.
    fn wait_for(&self, text: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {text:?}; screen:\n{}", self.screen());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
        // Give the app a moment, as a typist would.
        std::thread::sleep(Duration::from_millis(80));
    }

    fn wait_exit(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

const T: Duration = Duration::from_secs(20);

/// Works whatever the corpus: opens, shows help, quits and leaves the alternate screen.
#[test]
fn opens_shows_help_and_quits_restoring_the_screen() {
    let mut s = Session::start(&[]);
    s.wait_for(" of ", T);
    assert!(s.parser.lock().expect("parser").screen().alternate_screen());
    s.send(b"?");
    s.wait_for("Help", T);
    s.wait_for("facet picker: brand", T);
    s.send(b"\x1b");
    s.send(b"q");
    assert!(s.wait_exit(T), "q exits");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !s.parser.lock().expect("parser").screen().alternate_screen(),
        "alternate screen left"
    );
}

/// The three seed articles, through the real corpus reader, entities and search engine.
#[test]
fn seed_scenarios_kalou_brand_picker_highlight_help_quit() {
    let mut s = Session::start(&[]);
    s.wait_for("3 of 3", T);
    s.send(b"/");
    for c in "kalou".bytes() {
        s.send(&[c]);
    }
    s.wait_for("2 of 3", T);
    s.send(b"\r");
    s.send(b"x");
    s.wait_for("3 of 3", T);
    s.send(b"b");
    s.wait_for("Brand", T);
    for c in "pole".bytes() {
        s.send(&[c]);
    }
    s.send(b" ");
    s.send(b"\r");
    s.wait_for("1 of 3", T);
    s.wait_for("Busan", T);
    s.send(b"\r");
    s.wait_for("Polestar", T);
    std::thread::sleep(Duration::from_millis(300));
    if std::env::var_os("PLANTSCOPE_E2E_SHOW").is_some() {
        eprintln!("{}", s.screen());
    }
    // "Polestar" in the reader body (right of column 54, below the header) is coloured as a
    // brand mention: the default theme's cyan.
    let parser = s.parser.lock().expect("parser");
    let screen = parser.screen();
    let mut coloured = false;
    for row in 0..40u16 {
        let line: String = (54..120u16)
            .map(|col| {
                screen
                    .cell(row, col)
                    .map_or(" ".to_string(), |c| c.contents().to_string())
            })
            .map(|c| if c.is_empty() { " ".to_string() } else { c })
            .collect();
        if line.trim_start_matches('│').starts_with("Brands") {
            continue;
        }
        let mut from = 0;
        while let Some(found) = line[from..].find("Polestar") {
            let byte = from + found;
            let col = 54 + line[..byte].chars().count() as u16;
            coloured |= screen
                .cell(row, col)
                .is_some_and(|c| c.fgcolor() == vt100::Color::Idx(6));
            from = byte + 1;
        }
    }
    drop(parser);
    assert!(coloured, "Polestar highlighted; screen:\n{}", s.screen());
    s.send(b"?");
    s.wait_for("every binding", T);
    s.send(b"\x1b");
    s.send(b"q");
    assert!(s.wait_exit(T));
    std::thread::sleep(Duration::from_millis(200));
    assert!(!s.parser.lock().expect("parser").screen().alternate_screen());
}

#[test]
fn refuses_to_start_when_stdout_is_not_a_terminal() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plantscope"))
        .env("HOME", env!("CARGO_TARGET_TMPDIR"))
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .expect("run plantscope");
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("plantscope: plantscope:"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("plantscope: stdout is not a terminal; use `plantscope list` or `plantscope search` for scripts"),
        "{stderr}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    for signal in ["-TERM", "-HUP"] {
        let mut s = Session::start(&[]);
        s.wait_for(" of ", T);
        let pid = s.child.process_id().expect("child pid");
        let status = std::process::Command::new("kill")
            .arg(signal)
            .arg(pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success());
        assert!(s.wait_exit(T), "{signal} ends the browser");
        std::thread::sleep(Duration::from_millis(200));
        let parser = s.parser.lock().expect("parser");
        assert!(
            !parser.screen().alternate_screen(),
            "{signal}: alternate screen left"
        );
    }
}

#[test]
fn ctrl_z_suspends_and_the_browser_comes_back() {
    let mut s = Session::start(&[]);
    s.wait_for(" of ", T);
    s.send(b"\x1a");
    // In the test's orphaned process group the kernel ignores SIGTSTP, so the browser resumes
    // at once: it must have re-entered the alternate screen and still answer keys.
    if let Some(pid) = s.child.process_id() {
        let _ = std::process::Command::new("kill")
            .arg("-CONT")
            .arg(pid.to_string())
            .status();
    }
    s.send(b"?");
    s.wait_for("every binding", T);
    assert!(s.parser.lock().expect("parser").screen().alternate_screen());
    s.send(b"\x1b");
    s.send(b"q");
    assert!(s.wait_exit(T));
}
