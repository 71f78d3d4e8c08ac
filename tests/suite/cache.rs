//! The persistent cache, through the binary: hits, changed, new and deleted files, a kill in
//! the middle of a write, a corrupt cache, an unusable cache folder, two processes at once,
//! another gazetteer. Every run has its own cache folder (`PLANTSCOPE_CACHE_DIR`) in a
//! temporary directory: the user's cache is never touched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A corpus of `n` small articles, each naming its number (`artN`) and a plant.
fn corpus(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("corpus dir");
    for i in 0..n {
        let text = format!(
            "Plant news {i}\nThe art{i} report says Renault builds the Clio in Bursa, Turkey.\n"
        );
        std::fs::write(dir.join(format!("a{i:03}.txt")), text).expect("write article");
    }
}

struct Run {
    cache: PathBuf,
    home: PathBuf,
}

impl Run {
    fn new(tmp: &Path) -> Run {
        Run {
            cache: tmp.join("cache"),
            home: tmp.join("home"),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_plantscope"));
        cmd.args(args)
            .env("PLANTSCOPE_NO_CONFIG", "1")
            .env("PLANTSCOPE_CACHE_DIR", &self.cache)
            .env("PLANTSCOPE_CACHE_MIN_BYTES", "0")
            .env_remove("PLANTSCOPE_TEST_ABORT")
            .env("HOME", &self.home)
            .env("XDG_CACHE_HOME", &self.home);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("binary runs")
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `cache:` status line of `--stats`.
fn status(out: &Output) -> String {
    stderr(out)
        .lines()
        .find_map(|l| l.strip_prefix("cache: "))
        .unwrap_or("(none)")
        .to_string()
}

/// How many articles a `search --stats` saw.
fn articles(out: &Output) -> usize {
    stderr(out)
        .lines()
        .find_map(|l| l.strip_prefix("articles: "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

fn search(run: &Run, dir: &Path, query: &str) -> Output {
    let dir = dir.to_str().expect("utf-8 temp path");
    run.run(&["search", "--stats", "--limit", "1000", query, dir])
}

#[test]
fn a_second_run_is_a_hit_with_the_same_answers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 12);
    let run = Run::new(tmp.path());
    let first = search(&run, &dir, "renault");
    assert_eq!(status(&first), "miss", "{}", stderr(&first));
    let second = search(&run, &dir, "renault");
    assert_eq!(status(&second), "hit", "{}", stderr(&second));
    assert_eq!(stdout(&first), stdout(&second));
    let plain = run.run(&[
        "search",
        "--no-cache",
        "--limit",
        "1000",
        "renault",
        dir.to_str().expect("path"),
    ]);
    assert_eq!(
        stdout(&plain),
        stdout(&second),
        "cached answers are the in-memory ones"
    );
    // A hit keeps only summaries in memory: bodies, mentions and evidence are read from the
    // index when printed, and must be the ones the files give.
    let path = dir.to_str().expect("path");
    let commands: [&[&str]; 6] = [
        &["list", "--json"],
        &["list", "--json", "--body"],
        &["entities", "--json"],
        &["search", "--json", "--body", "renault"],
        &["search", "--color", "always", "renault"],
        &["facts", "--json"],
    ];
    for command in commands {
        let a = run.run(&[command, &["--stats", path]].concat());
        let b = run.run(&[command, &["--no-cache", path]].concat());
        assert_eq!(status(&a), "hit", "{command:?}: {}", stderr(&a));
        assert_eq!(stdout(&a), stdout(&b), "{command:?}");
    }
    assert!(stdout(&run.run(&["list", "--json", "--body", path])).contains("\"body\":\""));
    // What `plantscope cache` shows.
    let shown = run.run(&["cache"]);
    assert!(
        stdout(&shown).contains("12 files, 12 articles"),
        "{}",
        stdout(&shown)
    );
    // The same as JSON, versioned like every other document.
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&run.run(&["cache", "--json"]))).expect("JSON");
    assert_eq!(doc["schema_version"], 1, "{doc}");
    assert_eq!(doc["caches"][0]["articles"], 12, "{doc}");
}

#[test]
fn changed_new_and_deleted_files_are_taken_in() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 10);
    let run = Run::new(tmp.path());
    assert_eq!(status(&search(&run, &dir, "renault")), "miss");

    std::fs::write(
        dir.join("a003.txt"),
        "Changed\nNow about zebracar in Kaluga.\n",
    )
    .expect("change");
    std::fs::remove_file(dir.join("a005.txt")).expect("delete");
    std::fs::write(dir.join("b.txt"), "New one\nAnother zebracar story.\n").expect("add");
    let out = search(&run, &dir, "zebracar");
    assert_eq!(status(&out), "partial", "{}", stderr(&out));
    assert!(
        stderr(&out).contains("8 reused, 2 read, 2 removed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(articles(&out), 10);
    let found = stdout(&out);
    assert!(
        found.contains("a003.txt") && found.contains("b.txt"),
        "{found}"
    );
    // The old text of the changed file and the deleted file are gone.
    let old = search(&run, &dir, "art3");
    assert!(!stdout(&old).contains("a003.txt"), "{}", stdout(&old));
    let gone = search(&run, &dir, "art5");
    assert!(!stdout(&gone).contains("a005"), "{}", stdout(&gone));
    assert_eq!(status(&gone), "hit");
}

#[test]
fn a_kill_in_the_middle_of_a_write_loses_no_article() {
    for point in ["manifest", "commit", "cleanup"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("news");
        corpus(&dir, 8);
        let run = Run::new(tmp.path());
        // Killed during the first write: the next start rebuilds.
        let killed = run
            .command(&["search", "renault", dir.to_str().expect("path")])
            .env("PLANTSCOPE_TEST_ABORT", point)
            .output()
            .expect("runs");
        assert!(
            !killed.status.success(),
            "{point}: the hook ends the process"
        );
        let next = search(&run, &dir, "renault");
        assert_eq!(articles(&next), 8, "{point}: {}", stderr(&next));
        assert_eq!(stdout(&next).matches(".txt").count(), 8, "{point}");
        // Killed while adding one file to a good cache: the next start has every article.
        std::fs::write(dir.join("z.txt"), "Late\nRenault again.\n").expect("add");
        let killed = run
            .command(&["search", "renault", dir.to_str().expect("path")])
            .env("PLANTSCOPE_TEST_ABORT", point)
            .output()
            .expect("runs");
        assert!(!killed.status.success());
        let next = search(&run, &dir, "renault");
        assert_eq!(articles(&next), 9, "{point}: {}", stderr(&next));
        assert!(stdout(&next).contains("z.txt"), "{point}");
        let again = search(&run, &dir, "renault");
        assert_eq!(status(&again), "hit", "{point}: {}", stderr(&again));
    }
}

#[test]
fn a_real_kill_at_any_moment_leaves_a_usable_cache() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 200);
    let run = Run::new(tmp.path());
    for delay_ms in [5u64, 40, 120, 300] {
        let mut child = run
            .command(&["search", "renault", dir.to_str().expect("path")])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let next = search(&run, &dir, "renault");
        assert_eq!(
            articles(&next),
            200,
            "after {delay_ms} ms: {}",
            stderr(&next)
        );
        assert!(next.status.success());
    }
}

#[test]
fn a_corrupt_cache_is_reported_and_rebuilt() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 6);
    let run = Run::new(tmp.path());
    search(&run, &dir, "renault");
    // Damage every manifest and the index's meta file.
    let mut damaged = 0;
    for entry in walk(&run.cache) {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("files-") || name == "meta.json" {
            std::fs::write(&entry, b"\xff\x00garbage").expect("damage");
            damaged += 1;
        }
    }
    assert!(damaged >= 2, "found the cache files");
    let out = search(&run, &dir, "renault");
    assert_eq!(articles(&out), 6, "{}", stderr(&out));
    assert!(stderr(&out).contains("unreadable"), "{}", stderr(&out));
    assert_eq!(status(&out), "miss");
    assert_eq!(status(&search(&run, &dir, "renault")), "hit");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn an_unusable_cache_folder_still_loads_everything() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 5);
    // A folder that cannot be created, even by root: its parent is a file.
    let blocker = tmp.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").expect("file");
    let run = Run {
        cache: blocker.join("cache"),
        home: tmp.path().join("home"),
    };
    let out = search(&run, &dir, "renault");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(articles(&out), 5);
    assert_eq!(status(&out), "off");
    assert!(stderr(&out).contains("cache unusable"), "{}", stderr(&out));
}

#[test]
fn two_processes_at_once_both_answer_and_leave_one_good_cache() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 60);
    let run = Run::new(tmp.path());
    let path = dir.to_str().expect("path");
    let children: Vec<_> = (0..2)
        .map(|_| {
            run.command(&["search", "--stats", "--limit", "1000", "renault", path])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outs: Vec<Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    for out in &outs {
        assert!(out.status.success(), "{}", stderr(out));
        assert_eq!(articles(out), 60, "{}", stderr(out));
    }
    assert_eq!(stdout(&outs[0]), stdout(&outs[1]));
    let mut statuses: Vec<String> = outs.iter().map(status).collect();
    statuses.sort();
    // The second waited for the first and found its work done.
    assert_eq!(statuses, ["hit", "miss"], "{statuses:?}");
    assert_eq!(status(&search(&run, &dir, "renault")), "hit");
}

#[test]
fn another_gazetteer_finds_entities_again_without_rereading_text() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 4);
    std::fs::write(
        dir.join("x.txt"),
        "Zorbs\nThe Zorbmobile is built in Bursa.\n",
    )
    .expect("x");
    let run = Run::new(tmp.path());
    let path = dir.to_str().expect("path");
    let before = run.run(&["search", "--stats", "brand:zorbmobile", path]);
    assert_eq!(status(&before), "miss");
    assert!(!stdout(&before).contains("x.txt"));
    let extra = tmp.path().join("extra.toml");
    std::fs::write(&extra, "[[brand]]\nname = \"Zorbmobile\"\n").expect("toml");
    let extra = extra.to_str().expect("path");
    let after = run.run(&[
        "search",
        "--stats",
        "--gazetteer",
        extra,
        "brand:zorbmobile",
        path,
    ]);
    assert!(
        stderr(&after).contains("5 reused, 0 read"),
        "{}",
        stderr(&after)
    );
    assert!(
        stdout(&after).contains("x.txt"),
        "{}\n{}",
        stdout(&after),
        stderr(&after)
    );
    let again = run.run(&[
        "search",
        "--stats",
        "--gazetteer",
        extra,
        "brand:zorbmobile",
        path,
    ]);
    assert_eq!(status(&again), "hit");
    assert_eq!(stdout(&again), stdout(&after));
}

#[test]
fn cache_clear_removes_everything() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 3);
    let run = Run::new(tmp.path());
    search(&run, &dir, "renault");
    assert!(run.cache.exists());
    let out = run.run(&["cache", "clear"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!run.cache.exists());
    let shown = run.run(&["cache"]);
    assert!(
        stdout(&shown).contains("nothing cached yet"),
        "{}",
        stdout(&shown)
    );
    assert_eq!(status(&search(&run, &dir, "renault")), "miss");
}

#[test]
fn a_cache_made_with_a_relative_path_serves_the_absolute_one_and_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    corpus(&dir, 12);
    let run = Run::new(tmp.path());
    let absolute = dir.to_str().expect("utf-8 temp path");
    // `list --json` shows paths and ids: each as an uncached load of the same path gives.
    let list = |path: &str, cache: &[&str]| {
        run.command(&[&["list", "--json", "--stats"], cache, &[path]].concat())
            .current_dir(tmp.path())
            .output()
            .expect("binary runs")
    };
    let first = list("news", &[]);
    assert_eq!(status(&first), "miss", "{}", stderr(&first));
    for path in [absolute, "news", "./news/", absolute] {
        let again = list(path, &[]);
        assert_eq!(status(&again), "hit", "{path}: {}", stderr(&again));
        let plain = list(path, &["--no-cache"]);
        assert_eq!(stdout(&again), stdout(&plain), "{path}");
        assert!(stdout(&again).contains("a011.txt"), "{path}");
    }
    assert_ne!(
        stdout(&list("news", &[])),
        stdout(&list(absolute, &[])),
        "paths and ids are those of the path as given"
    );
}
