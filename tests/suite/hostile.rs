//! Hostile input (issue 6): each scenario expects the program to keep running, a per-file
//! diagnostic where a file is involved, the input folder unchanged and nothing that could
//! drive the terminal in what reaches it. The pseudo-terminal versions are in e2e_pty.rs;
//! symlink loops and FIFOs (scenario 14) are `links_and_fifos_are_never_followed_or_opened`
//! in corpus.rs.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use plantscope::Article;
use plantscope::corpus::{Corpus, Diagnostic, LoadOptions, load};
use plantscope::search::{Hit, Library, Query, Results};
use plantscope::tui::action::{Action, Back};
use plantscope::tui::keymap::KeyMap;
use plantscope::tui::state::State;
use plantscope::tui::theme::Theme;
use plantscope::tui::ui;
use plantscope::tui::update::{MAX_INPUT_BYTES, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

// ---------------------------------------------------------------------------------------------
// Helpers

fn load_dir(dir: &Path) -> Corpus {
    load(&[dir.to_path_buf()], &LoadOptions::default(), &|_| {})
}

/// Every file under `dir` with its size and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read_dir").flatten() {
            let meta = entry.path().symlink_metadata().expect("meta");
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                out.insert(entry.path(), (meta.len(), meta.modified().expect("mtime")));
            }
        }
    }
    out
}

/// Load a folder and check it was left exactly as it was.
fn load_untouched(dir: &Path) -> Corpus {
    let before = snapshot(dir);
    let corpus = load_dir(dir);
    assert_eq!(before, snapshot(dir), "the input folder was changed");
    corpus
}

/// No character in `s` can drive a terminal: no C0/C1 control but newline, no bidi override.
#[track_caller]
fn assert_inert(s: &str) {
    for c in s.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}');
        assert!(!bad, "{:?} in {s:?}", c);
    }
}

#[track_caller]
fn assert_articles_inert(corpus: &Corpus) {
    for a in &corpus.articles {
        assert_inert(&a.title);
        assert_inert(&a.body);
        assert_inert(&a.path);
        for field in [a.date.as_deref(), a.url.as_deref(), a.source.as_deref()]
            .into_iter()
            .flatten()
        {
            assert_inert(field);
        }
    }
    for d in &corpus.diagnostics {
        assert_inert(&d.path);
        assert_inert(&d.reason);
    }
}

fn article(path: &str, title: &str, body: &str) -> Article {
    Article {
        id: path.into(),
        path: path.into(),
        title: title.into(),
        body: body.into(),
        lang: "en".into(),
        words: body.split_whitespace().count(),
        ..Article::default()
    }
}

/// A browser state with these articles loaded, every one a hit, at this size.
fn browser(articles: Vec<Article>, size: (u16, u16)) -> State {
    let n = articles.len();
    let library = Arc::new(Library::build(articles).expect("library"));
    browser_with(library, n, size)
}

fn browser_with(library: Arc<Library>, n: usize, size: (u16, u16)) -> State {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(size.0, size.1));
    update(&mut state, Action::Loaded(library, Vec::new()));
    let hits = (0..n)
        .map(|doc| Hit {
            doc,
            score: 1.0,
            snippet: String::new(),
            highlights: Vec::new(),
        })
        .collect();
    let results = Results {
        total: n,
        hits,
        ..Results::default()
    };
    let seq = state.seq;
    update(&mut state, Action::SearchDone(seq, Arc::new(results)));
    state
}

/// Every cell of a frame, checked for anything a terminal would interpret.
#[track_caller]
fn assert_frame_inert(state: &State) -> String {
    let (w, h) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| ui::render(f, state)).expect("draw");
    if w == 0 || h == 0 {
        return String::new();
    }
    let buffer = terminal.backend().buffer().clone();
    for cell in buffer.content() {
        for c in cell.symbol().chars() {
            assert!(
                !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'),
                "{c:?} in a cell"
            );
        }
    }
    terminal.backend().to_string()
}

fn search(library: &Library, text: &str) -> Results {
    library.search(&Query {
        text: text.into(),
        ..Query::default()
    })
}

// ---------------------------------------------------------------------------------------------
// 1. A 200 MB file

#[test]
fn s01_sparse_200mb_file_is_skipped_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = fs::File::create(dir.path().join("huge.txt")).expect("create");
    big.set_len(200 * 1024 * 1024).expect("sparse file");
    drop(big);
    fs::write(
        dir.path().join("ok.txt"),
        "Renault Flins\n\nLa Clio est produite à Flins.",
    )
    .expect("write");
    let started = Instant::now();
    let corpus = load_untouched(dir.path());
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(
        common::reasons(&corpus, "/huge.txt"),
        ["too large: 200.0 MiB > 16.0 MiB limit (--max-file-size)"]
    );
    assert_eq!(corpus.articles.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// 2. A 100,000-line article

#[test]
fn s02_reader_scrolls_to_the_end_of_100k_lines() {
    let body: String = (1..=100_000).map(|i| format!("line {i:06}\n")).collect();
    let mut state = browser(vec![article("long.txt", "Long", &body)], (120, 40));
    update(&mut state, Action::Open);
    update(&mut state, Action::Bottom);
    let shown = common::frame(&state);
    assert!(shown.contains("line 100000"), "{shown}");
    // Past u16::MAX lines, one line at a time too.
    update(&mut state, Action::Up);
    update(&mut state, Action::Down);
    assert!(state.reader.scroll > 65_535, "{}", state.reader.scroll);
    let shown = common::frame(&state);
    assert!(shown.contains("line 100000"), "{shown}");
    let total = state.reader.wrapped.as_ref().expect("layout").total();
    assert!(total > 100_000);
    let label = format!("L{}/{total}", state.reader.scroll + 1);
    assert!(shown.contains(&label), "position label {label}: {shown}");
    update(&mut state, Action::Top);
    assert!(common::frame(&state).contains("line 000001"));
}

// ---------------------------------------------------------------------------------------------
// 3. A 5 MB single-line article

#[test]
fn s03_five_megabyte_line_opens_and_scrolls() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "Kalouga usine Peugeot ".repeat(5 * 1024 * 1024 / 22);
    fs::write(dir.path().join("one-line.txt"), &line).expect("write");
    let corpus = load_untouched(dir.path());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    assert_eq!(corpus.articles.len(), 1);
    assert!(corpus.articles[0].body.len() > 4 * 1024 * 1024);
    let mut state = browser(corpus.articles, (120, 40));
    update(&mut state, Action::Open);
    common::frame(&state);
    update(&mut state, Action::PageDown);
    common::frame(&state);
    update(&mut state, Action::Bottom);
    let shown = common::frame(&state);
    assert!(shown.contains("Peugeot"), "{shown}");
    // A few width changes, each a new layout, and a burst of resizes.
    for (w, h) in [(100, 30), (80, 24), (200, 50)] {
        update(&mut state, Action::Resize(w, h));
        common::frame(&state);
    }
    update(&mut state, Action::Top);
    assert!(common::frame(&state).contains("Kalouga"));
}

// ---------------------------------------------------------------------------------------------
// 4. Escape sequences in titles and bodies

const ESCAPES: &str = "Rouge\u{1b}]52;c;ZWNobyBwd25lZA==\u{7} \u{1b}]0;pwned title\u{7} \
                       \u{1b}]2;pwned\u{7} \u{1b}]8;;https://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\ \
                       \u{1b}[2J\u{1b}[H \u{9b}31m csi \u{1b}P dcs \u{1b}\\ fake\rREAL";

#[test]
fn s04_escape_sequences_are_rendered_harmlessly() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("escapes.txt"),
        format!("{ESCAPES}\n\nBody {ESCAPES} with Renault at Flins.\r\nSecond\rline\ttab."),
    )
    .expect("write");
    fs::write(
        dir.path().join("escapes.json"),
        serde_json::json!({
            "title": format!("JSON {ESCAPES}"),
            "body": format!("{ESCAPES} Peugeot"),
            "source": "\u{1b}]0;src\u{7}",
            "url": "https://x.example/\u{1b}[2J",
        })
        .to_string(),
    )
    .expect("write");
    fs::write(
        dir.path().join("escapes.md"),
        format!("---\ntitle: \"MD \\e]52;c;eA==\\a \\x9b\"\nsource: \"\\e[2J\"\n---\n{ESCAPES}\n"),
    )
    .expect("write");
    let corpus = load_untouched(dir.path());
    assert_eq!(corpus.articles.len(), 3, "{:?}", corpus.diagnostics);
    assert_articles_inert(&corpus);
    let text = &corpus
        .articles
        .iter()
        .find(|a| a.path.ends_with("escapes.txt"))
        .expect("txt")
        .body;
    // `\r` is a line break, never an overwrite.
    assert!(text.contains("fake\nREAL"), "{text:?}");
    assert!(text.contains("Second\nline    tab."), "{text:?}");
    let n = corpus.articles.len();
    let mut state = browser_with(
        Arc::new(Library::build(corpus.articles).expect("library")),
        n,
        (120, 40),
    );
    update(&mut state, Action::Open);
    let shown = assert_frame_inert(&state);
    assert!(
        shown.contains("Rouge") && shown.contains("link") && !shown.contains("pwned"),
        "the text is shown, each escape sequence gone whole: {shown}"
    );
    // Diagnostics popup with hostile paths and reasons.
    state.diagnostics.push(Diagnostic {
        path: plantscope::text::display_path(Path::new("a\u{1b}]52;c;eA==\u{7}.txt")),
        reason: plantscope::text::sanitize_line("bad \u{1b}[2J\u{9b}reason"),
    });
    update(&mut state, Action::Diagnostics);
    assert_frame_inert(&state);
}

#[test]
fn s04_sanitiser_removes_every_sequence_introducer() {
    let clean = plantscope::text::sanitize(ESCAPES);
    assert_inert(&clean);
    assert!(!clean.contains('\u{1b}') && !clean.contains('\u{9b}') && !clean.contains('\r'));
    let line = plantscope::text::sanitize_line(ESCAPES);
    assert_inert(&line);
    assert!(!line.contains('\n'));
}

// ---------------------------------------------------------------------------------------------
// 5. NUL bytes and a PNG renamed .txt

#[test]
fn s05_binary_files_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("nul.txt"), b"Renault\0\0\0Flins\0").expect("write");
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    png.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    fs::write(dir.path().join("photo.txt"), &png).expect("write");
    fs::write(dir.path().join("ok.txt"), "Renault Flins").expect("write");
    let corpus = load_untouched(dir.path());
    assert_eq!(common::reasons(&corpus, "/nul.txt"), ["binary file"]);
    assert_eq!(common::reasons(&corpus, "/photo.txt"), ["binary file"]);
    assert_eq!(corpus.articles.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// 6. Latin-1, UTF-16 with BOM, UTF-8 cut mid-character

#[test]
fn s06_legacy_encodings_are_decoded_and_searchable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(
        "L'usine de Sochaux fabrique la Peugeot 3008.\n\nLes ouvriers de Sochaux ont célébré l'événement après la journée.",
    );
    fs::write(dir.path().join("latin1.txt"), &latin1).expect("write");
    let mut utf16 = vec![0xff, 0xfe];
    for unit in
        "Wolfsburg Werk\n\nIm Werk Wolfsburg läuft die Produktion des Golfes weiter.".encode_utf16()
    {
        utf16.extend(unit.to_le_bytes());
    }
    fs::write(dir.path().join("utf16.txt"), &utf16).expect("write");
    let cut = "Zwickau Elektroautos\n\nIn Zwickau baut Volkswagen Elektroautos für Europa.";
    fs::write(dir.path().join("cut.txt"), &cut.as_bytes()[..cut.len() - 2]).expect("write");
    let corpus = load_untouched(dir.path());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    assert_articles_inert(&corpus);
    let library = Library::build(corpus.articles).expect("library");
    for (word, file) in [
        ("célébré", "latin1.txt"),
        ("ouvriers", "latin1.txt"),
        ("läuft", "utf16.txt"),
        ("Produktion", "utf16.txt"),
        ("Elektroautos", "cut.txt"),
    ] {
        let results = search(&library, word);
        let paths: Vec<&str> = results
            .hits
            .iter()
            .map(|h| library.articles()[h.doc].path.as_str())
            .collect();
        assert!(
            paths.iter().any(|p| p.ends_with(file)),
            "{word} → {paths:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Empty and whitespace-only files

#[test]
fn s07_empty_files_are_listed_as_empty() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("empty.txt"), "").expect("write");
    fs::write(dir.path().join("blank.md"), " \n\t\r\n  \u{a0}\n").expect("write");
    fs::write(dir.path().join("empty.json"), "").expect("write");
    fs::write(dir.path().join("ok.txt"), "Renault Flins").expect("write");
    let corpus = load_untouched(dir.path());
    for name in ["/empty.txt", "/blank.md", "/empty.json"] {
        assert_eq!(common::reasons(&corpus, name), ["empty file"], "{name}");
        let report = corpus
            .files
            .iter()
            .find(|f| f.path.ends_with(name))
            .expect("reported");
        assert_eq!(report.problem.as_deref(), Some("empty file"));
    }
    assert_eq!(corpus.articles.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// 8. Bad JSON

#[test]
fn s08_bad_json_is_a_per_file_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files: &[(&str, String)] = &[
        (
            "types.json",
            r#"{"title": 42, "body": ["x"], "date": {}}"#.into(),
        ),
        ("missing.json", r#"{"author": "nobody"}"#.into()),
        ("scalar.json", "\"just a string\"".into()),
        ("number.json", "12345".into()),
        ("deep.json", "[".repeat(10_000) + &"]".repeat(10_000)),
        (
            "deep-object.json",
            "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000),
        ),
        (
            "deep.jsonl",
            "[".repeat(10_000) + "\n{\"title\": \"ok\", \"body\": \"fine\"}\n",
        ),
        (
            "truncated.json",
            r#"{"title": "Renault", "body": "Fl"#.into(),
        ),
    ];
    for (name, content) in files {
        fs::write(dir.path().join(name), content).expect("write");
    }
    let corpus = load_untouched(dir.path());
    for (name, _) in files {
        let r = common::reasons(&corpus, &format!("/{name}"));
        assert_eq!(r.len(), 1, "{name}: {r:?}");
    }
    assert!(common::reasons(&corpus, "/deep.json")[0].starts_with("JSON nested too deeply"));
    assert!(common::reasons(&corpus, "/deep-object.json")[0].starts_with("JSON nested too deeply"));
    assert!(common::reasons(&corpus, "/scalar.json")[0].contains("a string"));
    assert!(
        common::reasons(&corpus, "/types.json")[0].contains("expected text"),
        "{:?}",
        common::reasons(&corpus, "/types.json")
    );
    // The good line of the JSON Lines file is kept.
    assert_eq!(corpus.articles.len(), 1, "{:?}", corpus.articles);
}

// ---------------------------------------------------------------------------------------------
// 9. Absurd HTML

#[test]
fn s09_deep_and_huge_html() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = format!(
        "<html><body>{}Renault Flins{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    fs::write(dir.path().join("deep.html"), deep).expect("write");
    let script = format!(
        "<html><head><title>Usine de Flins</title><script>var x = \"{}\";</script></head>\
         <body><article><p>La Renault Clio est produite à Flins depuis 1990.</p></article>\
         <script>{}</script></body></html>",
        "SCRIPTDATA ".repeat(6 * 1024 * 1024 / 11),
        "alert('SCRIPTDATA'); ".repeat(6 * 1024 * 1024 / 21)
    );
    assert!(script.len() > 10 * 1024 * 1024);
    fs::write(dir.path().join("script.html"), script).expect("write");
    let corpus = load_untouched(dir.path());
    assert_eq!(
        common::reasons(&corpus, "/deep.html"),
        ["HTML nested too deeply (more than 5000 levels)"]
    );
    assert!(common::reasons(&corpus, "/script.html").is_empty());
    assert_eq!(corpus.articles.len(), 1);
    let page = &corpus.articles[0];
    assert_eq!(page.title, "Usine de Flins");
    assert!(page.body.contains("produite à Flins"), "{}", page.body);
    assert!(!page.body.contains("SCRIPTDATA"));
}

// ---------------------------------------------------------------------------------------------
// 10. Arabic, Hebrew and U+202E

#[test]
fn s10_bidi_overrides_are_stripped_and_the_list_not_spoofed() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("rlo.txt"),
        "Invoice \u{202e}fdp.exe\u{202c} Renault\n\nPeugeot \u{2066}isolated\u{2069} \u{200f}mark\u{200e} \u{61c}.",
    )
    .expect("write");
    fs::write(
        dir.path().join("arabic.txt"),
        "مصنع رينو في طنجة\n\nينتج مصنع رينو في طنجة سيارات داسيا.",
    )
    .expect("write");
    fs::write(
        dir.path().join("hebrew.txt"),
        "מפעל יונדאי בקוריאה\n\nהמפעל בבוסאן מייצר מכוניות.",
    )
    .expect("write");
    let corpus = load_untouched(dir.path());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    assert_articles_inert(&corpus);
    let rlo = corpus
        .articles
        .iter()
        .find(|a| a.path.ends_with("rlo.txt"))
        .expect("rlo");
    assert_eq!(rlo.title, "Invoice fdp.exe Renault");
    assert!(
        corpus
            .articles
            .iter()
            .any(|a| a.title == "مصنع رينو في طنجة")
    );
    let n = corpus.articles.len();
    let state = browser_with(
        Arc::new(Library::build(corpus.articles).expect("library")),
        n,
        (100, 20),
    );
    let shown = assert_frame_inert(&state);
    assert!(shown.contains("Invoice fdp.exe"), "{shown}");
}

// ---------------------------------------------------------------------------------------------
// 11. Wide and combining text keeps borders (snapshot in ui_snapshots.rs:
//     frame_wide_glyphs_keep_borders, frame_soft_hyphens_and_rtl_titles).

#[test]
fn s11_wide_glyphs_never_break_borders() {
    let titles = [
        "👨\u{200d}👩\u{200d}👧 family ZWJ emoji title that is long enough to be cut",
        "🇫🇷🇰🇷🇷🇺 flags and ❤\u{fe0f} VS16 hearts ❤\u{fe0f}❤\u{fe0f}❤\u{fe0f}",
        "現代自動車の蔚山工場で新型車の生産が始まった日本語と한국어",
        "e\u{301}le\u{300}ve combining Z\u{30c}\u{30c}\u{30c}\u{30c}algo",
        "Elek\u{ad}tro\u{ad}auto\u{ad}fa\u{ad}brik soft hyphens everywhere",
        "مصنع رينو في طنجة",
        "מפעל יונדאי בקוריאה",
    ];
    let articles: Vec<Article> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| article(&format!("{i}.txt"), t, &format!("{t}\n{t} {t}")))
        .collect();
    for size in [(80, 24), (41, 12), (120, 40)] {
        let mut state = browser(articles.clone(), size);
        for _ in 0..titles.len() {
            let (w, h) = size;
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| ui::render(f, &state)).expect("draw");
            let buffer = terminal.backend().buffer();
            // Every pane row starts and ends with a border, where the borders are drawn.
            for y in 2..h - 2 {
                let first = buffer[(0, y)].symbol();
                let last = buffer[(w - 1, y)].symbol();
                assert!(
                    ["│", "├", "└", "┌"].contains(&first),
                    "{size:?} row {y}: {first:?}"
                );
                assert!(
                    ["│", "┤", "┘", "┐"].contains(&last),
                    "{size:?} row {y}: {last:?}\n{}",
                    terminal.backend()
                );
            }
            update(&mut state, Action::Down);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 12. Hostile file names

#[cfg(unix)]
#[test]
fn s12_file_names_are_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let names: [&[u8]; 3] = [
        b"esc\x1b]52;c;eA==\x07.txt",
        b"new\nline.txt",
        b"latin\xe9\xff.txt",
    ];
    for name in names {
        let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
        fs::write(path, "Renault Flins\n\nLa Clio est produite à Flins.").expect("write");
    }
    // Also one that is skipped, so its name shows in the diagnostics.
    fs::write(
        dir.path()
            .join(std::ffi::OsStr::from_bytes(b"bin\x1b[2J\xfe.txt")),
        b"\0\0\0",
    )
    .expect("write");
    let corpus = load_untouched(dir.path());
    assert_articles_inert(&corpus);
    let paths: Vec<&str> = corpus.files.iter().map(|f| f.path.as_str()).collect();
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("esc\\u{1b}]52;c;eA==\\u{7}.txt")),
        "{paths:?}"
    );
    assert!(
        paths.iter().any(|p| p.ends_with("new\\u{a}line.txt")),
        "{paths:?}"
    );
    assert!(
        paths.iter().any(|p| p.ends_with("latin\\xe9\\xff.txt")),
        "{paths:?}"
    );
    assert_eq!(
        common::reasons(&corpus, "bin\\u{1b}[2J\\xfe.txt"),
        ["binary file"]
    );

    // The same through the command line: `check` and `list --json`.
    let bin = env!("CARGO_BIN_EXE_plantscope");
    for args in [vec!["check"], vec!["list", "--json"], vec!["list"]] {
        let out = std::process::Command::new(bin)
            .args(&args)
            .arg(dir.path())
            .env("HOME", dir.path().join("no-home"))
            .env("XDG_CONFIG_HOME", dir.path().join("no-home"))
            .env("XDG_CACHE_HOME", dir.path().join("no-home"))
            .output()
            .expect("run");
        let stdout = String::from_utf8(out.stdout).expect("utf-8 output");
        let stderr = String::from_utf8(out.stderr).expect("utf-8 errors");
        assert!(
            !stdout.contains('\u{1b}') && !stderr.contains('\u{1b}'),
            "{args:?}: {stdout}"
        );
        assert!(!stdout.contains("new\nline"), "{args:?}: {stdout}");
        assert!(
            stdout.contains("latin\\xe9\\xff.txt") || stdout.contains("latin\\\\xe9\\\\xff.txt"),
            "{args:?}: {stdout}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 13. Unreadable and vanishing files

#[test]
fn s13_unreadable_and_deleted_files_get_diagnostics() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["a-ok.txt", "locked.txt", "vanishing.txt", "z-ok.txt"] {
        fs::write(dir.path().join(name), "Renault Flins\n\nLa Clio.").expect("write");
    }
    // Tests run as root, where permissions do not stop a read: the hook injects the error
    // the kernel gives a normal user; the vanishing file is really deleted after the walk.
    let options = LoadOptions {
        before_read: Some(Arc::new(|path: &Path| {
            match path.file_name().and_then(|n| n.to_str()) {
                Some("locked.txt") => {
                    Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
                }
                Some("vanishing.txt") => fs::remove_file(path),
                _ => Ok(()),
            }
        })),
        ..LoadOptions::default()
    };
    let corpus = load(&[dir.path().to_path_buf()], &options, &|_| {});
    assert_eq!(
        common::reasons(&corpus, "/locked.txt"),
        ["permission denied"]
    );
    assert_eq!(
        common::reasons(&corpus, "/vanishing.txt"),
        ["no such file or directory"]
    );
    assert_eq!(corpus.articles.len(), 2);
    assert_eq!(corpus.files.len(), 4);
}

#[cfg(unix)]
#[test]
fn s13_a_directory_where_a_file_was_is_reported() {
    // Walked as a file, replaced by a folder before the read.
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("swap.txt"), "Renault").expect("write");
    let options = LoadOptions {
        before_read: Some(Arc::new(|path: &Path| {
            fs::remove_file(path)?;
            fs::create_dir(path)
        })),
        ..LoadOptions::default()
    };
    let corpus = load(&[dir.path().to_path_buf()], &options, &|_| {});
    assert_eq!(
        common::reasons(&corpus, "/swap.txt"),
        ["not a regular file"]
    );
}

// ---------------------------------------------------------------------------------------------
// 15. Hostile queries

fn hostile_queries() -> Vec<String> {
    let mut paste: String = (0..100 * 1024)
        .map(|i| char::from_u32(i % 0xa0).unwrap_or('x'))
        .collect();
    paste.push_str("\u{1b}]52;c;eA==\u{7}\u{202e}");
    vec![
        "- *".into(),
        "\"".into(),
        "(".repeat(10_000),
        ")".repeat(10_000),
        "brand: country: -".into(),
        "\"unterminated Kaluga".into(),
        "OR OR AND - -- \"\"".into(),
        paste,
    ]
}

#[test]
fn s15_hostile_queries_through_the_library() {
    let library = Library::build(vec![
        article("a.txt", "Kaluga plant", "Peugeot builds vans in Kaluga."),
        article("b.txt", "Flins", "Renault builds the Clio at Flins."),
    ])
    .expect("library");
    for q in hostile_queries() {
        let started = Instant::now();
        let results = search(&library, &q);
        assert!(
            started.elapsed().as_secs() < 10,
            "slow: {:?}",
            started.elapsed()
        );
        for hint in &results.hints {
            assert_inert(hint);
        }
        assert!(results.hints.len() < 10, "{:?}", results.hints);
        let parsed = plantscope::search::query::parse(&q);
        assert!(parsed.hints.len() < 10);
    }
}

#[test]
fn s15_hostile_queries_typed_and_pasted_into_the_browser() {
    let articles = vec![
        article("a.txt", "Kaluga plant", "Peugeot builds vans in Kaluga."),
        article("b.txt", "Flins", "Renault builds the Clio at Flins."),
    ];
    for q in hostile_queries() {
        // Pasted (bracketed paste): one edit, sanitised and capped.
        let mut state = browser(articles.clone(), (80, 24));
        let effects = update(&mut state, Action::Paste(q.clone()));
        assert_eq!(effects.len(), 1, "one search per paste");
        assert!(state.query.text().len() <= MAX_INPUT_BYTES);
        assert_inert(state.query.text());
        let shown = assert_frame_inert(&state);
        assert!(shown.contains("/ "));
        // Typed: every char through the keymap's Insert action (controls refused).
        let mut state = browser(articles.clone(), (80, 24));
        update(&mut state, Action::FocusInput);
        let started = Instant::now();
        for c in q.chars() {
            update(&mut state, Action::Insert(c));
        }
        assert!(state.query.text().len() <= MAX_INPUT_BYTES);
        assert_inert(state.query.text());
        assert_frame_inert(&state);
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
        // And the search worker's side: the query as the browser would send it.
        let library = state.library.clone().expect("library");
        let results = library.search(&Query {
            text: state.query.text().to_string(),
            ..Query::default()
        });
        let seq = state.seq;
        update(&mut state, Action::SearchDone(seq, Arc::new(results)));
        assert_frame_inert(&state);
    }
}

#[test]
fn s15_paste_in_the_list_goes_to_the_input_not_the_keymap() {
    let mut state = browser(vec![article("a.txt", "Kaluga", "Kaluga plant.")], (80, 24));
    update(&mut state, Action::Paste("q\u{3}x".into()));
    assert!(!state.quit);
    assert_eq!(state.query, "qx");
    // From the help overlay too: the popup closes, the text lands at the end of the input.
    update(&mut state, Action::Back(Back::Input));
    update(&mut state, Action::Help);
    update(&mut state, Action::Paste("\u{1b}[2J kaluga\n".into()));
    assert!(state.overlay.is_none());
    assert_eq!(state.query, "qxkaluga");
}

// ---------------------------------------------------------------------------------------------
// 16. Tiny terminals and resize storms (see also ui_snapshots.rs resize_storm_never_panics and
//     the pty version in e2e_pty.rs)

#[test]
fn s16_tiny_sizes_and_resize_storm_with_a_hostile_corpus() {
    let body: String = (0..200).map(|i| format!("{ESCAPES} 日本 {i}\n")).collect();
    let mut state = browser(
        vec![
            article(
                "a.txt",
                &plantscope::text::sanitize_line(ESCAPES),
                &plantscope::text::sanitize(&body),
            ),
            article("b.txt", "👨\u{200d}👩\u{200d}👧", "x"),
        ],
        (80, 24),
    );
    update(&mut state, Action::Open);
    for (w, h) in [(0, 0), (1, 1), (0, 10), (10, 0), (1, 40), (300, 1)] {
        update(&mut state, Action::Resize(w, h));
        update(&mut state, Action::Bottom);
        assert_frame_inert(&state);
    }
    for i in 0..1000u32 {
        let (w, h) = ((i * 37 % 250) as u16, (i * 13 % 80) as u16);
        update(&mut state, Action::Resize(w, h));
        if i % 25 == 0 {
            update(&mut state, Action::PageDown);
            common::frame(&state);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Worker failures (a panic in the loader or the search worker)

#[test]
fn worker_failures_are_shown_not_fatal() {
    let mut state = State::new(KeyMap::default(), Theme::default());
    update(&mut state, Action::Resize(80, 24));
    update(
        &mut state,
        Action::LoadFailed("index \u{1b}[2Jexploded".into()),
    );
    let shown = assert_frame_inert(&state);
    assert!(shown.contains("loading failed: index exploded"), "{shown}");
    assert_eq!(state.diagnostics.len(), 1);

    let mut state = browser(vec![article("a.txt", "Kaluga", "Kaluga plant.")], (80, 24));
    update(&mut state, Action::FocusInput);
    update(&mut state, Action::Insert('k'));
    let seq = state.seq;
    update(&mut state, Action::SearchFailed(seq, "boom".into()));
    let shown = common::frame(&state);
    assert!(shown.contains("search failed: boom"), "{shown}");
    assert!(!state.quit);
}

#[test]
fn a_panicking_loader_thread_reports_instead_of_hanging() {
    use plantscope::tui::worker::{Event, spawn_loader};
    let (tx, rx) = std::sync::mpsc::channel();
    spawn_loader(Box::new(|_| panic!("loader exploded")), tx);
    let event = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("an event");
    match event {
        Event::Action(Action::LoadFailed(message)) => assert_eq!(message, "loader exploded"),
        _ => panic!("expected LoadFailed"),
    }
}

#[test]
fn a_panicking_search_is_answered_and_the_worker_lives_on() {
    use plantscope::tui::worker::{Event, spawn_searcher};
    let library = Arc::new(
        Library::build(vec![article("a.txt", "Kaluga", "Kaluga plant.")]).expect("library"),
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let requests = spawn_searcher(library, tx);
    let key = |text: &str| Query {
        text: text.into(),
        typing: true,
        ..Query::default()
    };
    requests.send((1, key("kaluga"))).expect("send");
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("answer");
    assert!(matches!(first, Event::Action(Action::SearchDone(1, _))));
    requests
        .send((2, key("(".repeat(10_000).as_str())))
        .expect("send");
    let second = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("answer");
    assert!(matches!(second, Event::Action(Action::SearchDone(2, _))));
}

#[test]
fn an_empty_corpus_says_so_rather_than_that_nothing_matches() {
    let shown = common::frame(&browser(Vec::new(), (80, 24)));
    assert!(shown.contains("no articles were read"), "{shown}");
    assert!(!shown.contains("no articles match"), "{shown}");
    let one = Article {
        title: "Kaluga".into(),
        body: "Kaluga".into(),
        ..Article::default()
    };
    let mut state = browser(vec![one], (80, 24));
    let seq = state.seq;
    update(
        &mut state,
        Action::SearchDone(seq, Arc::new(Results::default())),
    );
    assert!(common::frame(&state).contains("no articles match"));
}
