//! User state through the command line (PRODUCT.md §7): marks and saved searches survive a
//! restart and a crash mid-write, a corrupt state file is set aside and reported, nothing is
//! written in the input folders.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The binary with its data dir (and config dir) in `home`.
fn run(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plantscope"));
    command
        .args(args)
        .env_remove("PLANTSCOPE_CONFIG")
        .env_remove("PLANTSCOPE_TEST_CRASH")
        .env("PLANTSCOPE_NO_CONFIG", "1")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .current_dir(std::env::temp_dir());
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("binary runs")
}

fn total(home: &Path, query: &str) -> u64 {
    let out = run(home, &["search", "--json", query], &[]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc["total"].as_u64().unwrap_or(u64::MAX)
}

fn state_file(home: &Path) -> std::path::PathBuf {
    home.join("data").join("plantscope").join("state.json")
}

#[test]
fn marks_survive_a_restart_and_select_with_query_terms() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    assert_eq!(total(h, "is:starred"), 0);
    assert_eq!(total(h, "is:unread"), 3);
    let out = run(h, &["mark", "--star", "kaluga"], &[]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 articles marked"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert!(state_file(h).is_file(), "kept in the data dir");
    // Each command is a new process: what the last one wrote is what this one reads.
    assert_eq!(total(h, "is:starred"), 2);
    assert_eq!(total(h, "-is:starred"), 1);
    assert_eq!(total(h, "is:starred plant:busan"), 0);
    run(h, &["mark", "--read", "plant:busan"], &[]);
    assert_eq!(total(h, "is:unread"), 2);
    assert_eq!(total(h, "is:read"), 1);
    run(h, &["mark", "--tag", "Electric Cars", "polestar"], &[]);
    assert_eq!(total(h, "tag:electric-cars"), 1);
    assert_eq!(total(h, "tag:electric-cars is:starred"), 0);
    run(
        h,
        &["mark", "--unstar", "--untag", "electric cars", ""],
        &[],
    );
    assert_eq!(total(h, "is:starred"), 0);
    assert_eq!(total(h, "tag:electric-cars"), 0);
    // Facet counts follow the marks too.
    run(h, &["mark", "--star", "plant:busan"], &[]);
    let out = run(h, &["search", "--json", "is:starred"], &[]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let plants = doc["facets"]["plant"].as_array().expect("plants");
    assert!(
        plants
            .iter()
            .any(|p| p["value"] == "Busan" && p["count"] == 1)
    );
    assert!(!plants.iter().any(|p| p["value"] == "Kaluga"), "{plants:?}");
}

#[test]
fn nothing_is_written_in_the_input_folder() {
    let home = tempfile::tempdir().expect("tempdir");
    let corpus = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        corpus.path().join("a.txt"),
        "Renault builds the Clio in Flins, France.\n",
    )
    .expect("write");
    let path = corpus.path().to_str().unwrap_or("");
    let out = run(
        home.path(),
        &["mark", "--star", "--tag", "x", "", path],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let names: Vec<_> = std::fs::read_dir(corpus.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["a.txt"]);
    // A data dir inside the input folder is refused, with a note.
    let out = run(
        home.path(),
        &["mark", "--star", "", home.path().to_str().unwrap_or("")],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Said once, then what it means for this command.
    assert_eq!(
        stderr.matches("inside an input folder").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("no marks were changed"), "{stderr}");
}

#[test]
fn saved_searches_are_recalled_by_name() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let out = run(
        h,
        &[
            "search",
            "--save",
            "russia",
            "--country",
            "russie",
            "",
            "--sort",
            "title",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(h, &["list", "--json", "--saved", "russia"], &[]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["total"], 2);
    // The saved query ANDs with the one given.
    let out = run(
        h,
        &["search", "--json", "--saved", "russia", "kazakhstan"],
        &[],
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["total"], 1);
    let listed = run(h, &["saved"], &[]);
    assert_eq!(
        String::from_utf8_lossy(&listed.stdout),
        "russia\t\t--country \"Russia\"\n"
    );
    let missing = run(h, &["list", "--saved", "nope"], &[]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .contains("no saved search called \"nope\" (saved: russia)")
    );
}

#[test]
fn a_crash_mid_write_leaves_the_previous_state() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    run(h, &["mark", "--star", "kaluga"], &[]);
    let before = std::fs::read(state_file(h)).expect("state");
    let crashed = run(
        h,
        &["mark", "--tag", "x", ""],
        &[("PLANTSCOPE_TEST_CRASH", "state-write")],
    );
    assert_ne!(crashed.status.code(), Some(0), "the write was interrupted");
    assert_eq!(
        std::fs::read(state_file(h)).expect("state"),
        before,
        "old state whole"
    );
    let out = run(h, &["search", "--json", "is:starred"], &[]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(total(h, "is:starred"), 2);
    assert_eq!(total(h, "tag:x"), 0);
    // The next write succeeds and clears the half-written temporary.
    run(h, &["mark", "--tag", "x", ""], &[]);
    assert_eq!(total(h, "tag:x"), 3);
    let dir = state_file(h).with_file_name("");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(left, ["state.json"]);
}

#[test]
fn a_corrupt_state_file_is_reported_and_set_aside() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let file = state_file(h);
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(&file, "{\"schema_version\": 1, \"articles\": [oops").expect("write");
    let out = run(h, &["search", "is:starred"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("could not be read") && err.contains("set aside as"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
    let aside: Vec<_> = std::fs::read_dir(file.parent().expect("parent"))
        .expect("dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .collect();
    assert_eq!(
        aside,
        ["{\"schema_version\": 1, \"articles\": [oops"],
        "kept, not lost"
    );
}
