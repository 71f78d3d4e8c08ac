//! Faults around the headless commands: a stderr that cannot be written, a reader that goes
//! away from `--json` output, terminal controls in what JSON echoes back.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

fn command(args: &[&str]) -> Command {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("faults-no-config");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plantscope"));
    cmd.args(args)
        .env_remove("NO_COLOR")
        .env_remove("PLANTSCOPE_NO_CONFIG")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .env("XDG_CACHE_HOME", &home)
        .current_dir(std::env::temp_dir());
    cmd
}

fn run(args: &[&str]) -> Output {
    command(args).output().expect("binary runs")
}

/// `2>/dev/full`: every message is lost, but the exit code is still the command's (it was
/// 101, a panic in `eprintln!`).
#[test]
fn a_full_stderr_changes_nothing_but_the_messages() {
    let cases: [(&[&str], i32); 4] = [
        (&["list", "/no/such/plantscope/input"], 2),
        (&["search", "--json", "kia", "/no/such/plantscope/input"], 2),
        (&["search", "--jsn"], 2),
        (&["list", "--brand", "NoSuchBrandAnywhere"], 1),
    ];
    for (args, code) in cases {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = command(args)
            .stderr(Stdio::from(full))
            .output()
            .expect("binary runs");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

/// A folder of `n` JSON-lines articles, enough to fill a pipe.
fn many(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut file = std::fs::File::create(dir.path().join("many.jsonl")).expect("create");
    for i in 0..n {
        writeln!(
            file,
            r#"{{"title": "Kia builds car {i} in Zilina", "body": "The Kia plant in Zilina, Slovakia."}}"#
        )
        .expect("write");
    }
    dir
}

/// `list --json | head -c 100` and `search --json … | head -c 100`: the reader goes away,
/// plantscope ends quietly with 0, as ripgrep does (it printed "Broken pipe" and exited 2).
#[test]
fn a_closed_pipe_ends_json_output_quietly() {
    let dir = many(3000);
    let folder = dir.path().to_str().expect("utf-8 temp path");
    for args in [
        vec!["list", "--json", folder],
        vec!["search", "--json", "kia", folder],
    ] {
        let mut child = command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("binary runs");
        let mut first = Vec::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_until(b',', &mut first)
            .expect("some output");
        let output = child.wait_with_output().expect("exits");
        assert!(first.starts_with(b"{"), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
    }
}

/// The query is echoed as written, but C1 controls (U+009B is a CSI), DEL and bidi controls
/// are `\u` escapes, never raw characters in the output.
#[test]
fn search_json_escapes_terminal_controls_in_the_query() {
    let query = "kia\u{9b}2J\u{7f}\u{202e}\u{2067}x";
    let out = run(&["search", "--json", "--", query]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for c in ['\u{9b}', '\u{7f}', '\u{202e}', '\u{2067}'] {
        assert!(!text.contains(c), "{c:?} raw in {text:?}");
    }
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["query"], query);
}

/// A config file or gazetteer that is a device or a FIFO is refused at once, by name (reading
/// `/dev/zero` never ended and filled memory; opening a FIFO blocked forever).
#[test]
fn config_and_gazetteer_files_must_be_small_regular_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("fifo.toml");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let fifo = fifo.to_str().expect("utf-8 temp path").to_string();
    let big = dir.path().join("big.toml");
    std::fs::write(&big, vec![b'#'; 2 * 1024 * 1024]).expect("write");
    let big = big.to_str().expect("utf-8 temp path").to_string();
    let cases: [(Vec<&str>, &str); 5] = [
        (
            vec!["--config", "/dev/zero", "list"],
            "/dev/zero: cannot read: not a regular file (device)",
        ),
        (
            vec!["--config", &fifo, "list"],
            "cannot read: not a regular file (FIFO)",
        ),
        (
            vec!["--config", &big, "list"],
            "cannot read: larger than the 1.0 MiB limit for this file",
        ),
        (
            vec!["--no-config", "--gazetteer", "/dev/urandom", "list"],
            "/dev/urandom: cannot read: not a regular file (device)",
        ),
        (
            vec!["--no-config", "--gazetteer", &fifo, "list"],
            "cannot read: not a regular file (FIFO)",
        ),
    ];
    for (args, reason) in cases {
        let started = std::time::Instant::now();
        let mut child = command(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("binary runs");
        let deadline = started + std::time::Duration::from_secs(20);
        while child.try_wait().expect("try_wait").is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("{args:?} hangs");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().expect("exits");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert_eq!(stderr.matches(reason).count(), 1, "said once: {stderr}");
    }
}

/// An error reading the config or a gazetteer is said once, not twice through the error chain
/// ("Permission denied (os error 13): Permission denied (os error 13)").
#[test]
#[cfg(unix)]
fn a_config_read_error_is_said_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_str().expect("utf-8");
    for args in [
        vec!["--config", path, "list"],
        vec!["--no-config", "--gazetteer", path, "list"],
    ] {
        let out = run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains("is a directory"), "{args:?}: {stderr}");
        assert_eq!(stderr.matches("is a directory").count(), 1, "{stderr}");
    }
}

/// Git's global excludes hide files inside a git repository, as in ripgrep: `check` says how
/// many were left out (they vanished without a word).
#[test]
fn check_says_how_many_files_ignore_rules_hide() {
    let home = tempfile::tempdir().expect("temp home");
    std::fs::create_dir_all(home.path().join("git")).expect("mkdir");
    std::fs::write(home.path().join("git/ignore"), "*.md\n").expect("write");
    let repo = tempfile::tempdir().expect("temp repo");
    std::fs::create_dir(repo.path().join(".git")).expect("mkdir .git");
    std::fs::write(repo.path().join("a.txt"), "Kia in Zilina\n\nThe plant.").expect("write");
    std::fs::write(repo.path().join("b.md"), "# Skoda\n\nMlada Boleslav.").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_plantscope"))
        .args(["--no-config", "check"])
        .arg(repo.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("binary runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("ignored 1 file: "), "{text}");
    assert!(text.contains("global excludes"), "{text}");
    assert!(
        text.ends_with("1 file: 1 read, 0 partial, 0 skipped, 1 article\n"),
        "{text}"
    );
}

/// A file of nothing but entity names (issue 15: 2 million of them in 15 MB took 466 MB):
/// the matcher keeps the first 10,000 mentions and counts the rest, and still finds every
/// entity, one written only after the cap included. Built here, in a temp dir (never
/// committed); the peak memory it bounds is measured in docs/SAFETY.md, not in this test.
#[test]
fn mentions_are_capped_while_matching_and_the_rest_counted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names = [
        "Renault",
        "Toyota",
        "Volkswagen",
        "Dacia",
        "Skoda",
        "Audi",
        "Nissan",
    ];
    let mut text = String::from("Car makers\n\n");
    for i in 0..60_000 {
        text.push_str(names[i % names.len()]);
        text.push_str(if i % 12 == 11 { ".\n" } else { " " });
    }
    // Named once, after the cap.
    text.push_str("\nThe Kia plant in Zilina, Slovakia.\n");
    std::fs::write(dir.path().join("names.txt"), &text).expect("write");
    let path = dir.path().to_str().expect("utf-8 path");
    let out = run(&["--no-cache", "list", "--json", "--", path]);
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let article = &doc["articles"][0];
    let mentions = article["mentions"].as_array().expect("mentions");
    assert_eq!(mentions.len(), 10_000);
    let omitted = article["mentions_omitted"]
        .as_u64()
        .expect("mentions_omitted");
    assert!(omitted >= 50_000, "{omitted} omitted");
    assert!(
        article["brands"]
            .as_array()
            .expect("brands")
            .contains(&"Kia".into())
    );
    assert!(
        article["plants"]
            .as_array()
            .expect("plants")
            .iter()
            .any(|p| p
                .as_str()
                .is_some_and(|p| p.contains("Žilina") || p.contains("Zilina"))),
        "{:?}",
        article["plants"]
    );
    assert!(
        article["countries"]
            .as_array()
            .expect("countries")
            .contains(&"Slovakia".into())
    );
}

/// Peak resident memory, in bytes, of the binary run with `args` (its output thrown away),
/// from the kernel's account of that one child (`wait4`, which reaps it: std's `wait` could
/// not tell its peak).
#[allow(clippy::zombie_processes)]
fn peak_memory(args: &[&str]) -> u64 {
    let child = command(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary runs");
    let pid = libc::pid_t::try_from(child.id()).expect("pid");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, filled in by wait4 for the child we own
    // (std's Child never waits on it itself).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `usage` are valid for writes; `pid` is our child, not yet reaped.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "status {status}"
    );
    u64::try_from(usage.ru_maxrss).expect("maxrss") * 1024
}

/// Issue 15: four files of 14.8 MB of entity names (59 MB of corpus) peaked at 297 MB in
/// `list --json`: glibc's heap kept the freed bodies' space (its mmap threshold rises with the
/// blocks freed) and each file's text was held five times while it was read (bytes, decoded
/// text, parsed body, sanitised text, trimmed body). They peak at 185–196 MB now (debug build),
/// a little more when the machine is loaded and the readers run ahead of the indexers. The
/// limit here, 8 × the largest file + 6 × the largest + 48 MB (255 MB), is stricter than
/// docs/SAFETY.md's (which adds 6 × the whole text) so that the former 297 MB still fails it,
/// with room for a busy machine.
#[test]
fn four_large_files_of_entity_names_stay_within_the_memory_bound() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names = [
        "Renault",
        "Toyota",
        "Volkswagen",
        "Dacia",
        "Skoda",
        "Audi",
        "Nissan",
    ];
    let mut text = String::from("Car makers\n\n");
    let mut i = 0;
    while text.len() < 14_800_000 {
        text.push_str(names[i % names.len()]);
        text.push_str(if i % 12 == 11 { ".\n" } else { " " });
        i += 1;
    }
    for n in 0..4 {
        std::fs::write(dir.path().join(format!("names{n}.txt")), &text).expect("write");
    }
    let path = dir.path().to_str().expect("utf-8 path");
    let largest = text.len() as u64;
    let bound = 8 * largest + 6 * largest + 48_000_000;
    let peak = peak_memory(&["--no-config", "--no-cache", "list", "--json", "--", path]);
    assert!(
        peak <= bound,
        "peak {} MB over the bound {} MB",
        peak / 1_000_000,
        bound / 1_000_000
    );
}
