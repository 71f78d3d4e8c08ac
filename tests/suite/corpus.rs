//! The corpus reader end to end: every fixture format and encoding, the seeds, bad files,
//! and the walk's behaviour with hidden, ignored, linked and special files.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use plantscope::Article;
use plantscope::corpus::{Corpus, LoadOptions, load};

fn fixtures(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

fn load_paths(paths: &[PathBuf]) -> Corpus {
    load(paths, &LoadOptions::default(), &|_| {})
}

fn load_dir(dir: &Path) -> Corpus {
    load_paths(&[dir.to_path_buf()])
}

/// The articles of the file whose path ends with `name`.
fn articles_of<'a>(corpus: &'a Corpus, name: &str) -> Vec<&'a Article> {
    corpus
        .articles
        .iter()
        .filter(|a| a.path.ends_with(&format!("/{name}")))
        .collect()
}

fn only<'a>(corpus: &'a Corpus, name: &str) -> &'a Article {
    let found = articles_of(corpus, name);
    assert_eq!(found.len(), 1, "{name}: {found:#?}");
    found[0]
}

#[track_caller]
fn assert_article(corpus: &Corpus, name: &str, title: &str, lang: &str, body_start: &str) {
    let article = only(corpus, name);
    assert_eq!(article.title, title, "{name}");
    assert_eq!(article.lang, lang, "{name}");
    assert!(
        article.body.starts_with(body_start),
        "{name}: {:?}",
        article.body
    );
    assert!(article.words >= 40, "{name}: {} words", article.words);
}

#[test]
fn every_fixture_format_and_encoding() {
    let corpus = load_dir(&fixtures("corpus"));
    assert_eq!(corpus.files.len(), 15);
    assert_eq!(corpus.articles.len(), 22);
    assert_article(
        &corpus,
        "plain_en.txt",
        "Renault will stop building cars at its Flins plant near Paris by 2024",
        "en",
        "Renault will stop building cars at its Flins plant near Paris by 2024. The French",
    );
    assert_article(
        &corpus,
        "titled_nl.txt",
        "Volkswagen verhoogt productie in Wolfsburg",
        "nl",
        "De Duitse autobouwer Volkswagen gaat",
    );
    assert_article(
        &corpus,
        "windows1252_fr.txt",
        "L'usine Stellantis de Sochaux à l'heure de la voiture électrique",
        "fr",
        "Le groupe Stellantis a annoncé que l'usine de Sochaux, berceau historique de Peugeot",
    );
    assert!(
        only(&corpus, "windows1252_fr.txt")
            .body
            .contains("cette œuvre industrielle : garçons")
    );
    assert_article(
        &corpus,
        "utf16le_bom_de.txt",
        "BMW baut neues Werk in Debrecen",
        "de",
        "Der Münchner Autobauer BMW hat in Ungarn",
    );
    assert_article(
        &corpus,
        "utf16be_bom_fr.txt",
        "Renault relance la production à Douai",
        "fr",
        "Le constructeur Renault a inauguré à Douai",
    );
    assert_article(
        &corpus,
        "utf8_bom_es.txt",
        "SEAT fabricará coches eléctricos en Martorell",
        "es",
        "La marca española SEAT, filial del grupo Volkswagen",
    );
    assert_article(
        &corpus,
        "front_yaml.md",
        "Ferrari amplia lo stabilimento di Maranello",
        "it",
        "La casa automobilistica Ferrari ha inaugurato a Maranello",
    );
    let yaml = only(&corpus, "front_yaml.md");
    assert_eq!(yaml.date.as_deref(), Some("2023-06-15"));
    assert_eq!(
        yaml.url.as_deref(),
        Some("https://example.com/ferrari-maranello")
    );
    assert_eq!(yaml.source.as_deref(), Some("Notizie Auto"));
    assert!(yaml.body.contains("il nuovo e-building permetterà"));
    assert_article(
        &corpus,
        "front_toml.md",
        "Toyota expands its plant in Valenciennes",
        "en",
        "Toyota Motor Manufacturing France will add a third shift",
    );
    let toml = only(&corpus, "front_toml.md");
    assert_eq!(toml.date.as_deref(), Some("2023-09-01T08:30:00Z"));
    assert_eq!(
        toml.url.as_deref(),
        Some("https://example.com/toyota-valenciennes")
    );
    assert_eq!(toml.source.as_deref(), Some("Auto Desk"));

    assert_article(
        &corpus,
        "page.html",
        "Volkswagen startet ID.3-Produktion in Wolfsburg",
        "de",
        "Im Stammwerk von Volkswagen in Wolfsburg ist die Produktion des Elektroautos ID.3 \
         angelaufen. Bisher wurde das Modell nur in Zwickau und Dresden gebaut.\nDer Konzern",
    );
    let page = only(&corpus, "page.html");
    for noise in [
        "Startseite",
        "Nachrichten",
        "Impressum",
        "Werbung",
        "nicht lesen",
        "Angebote",
    ] {
        assert!(!page.body.contains(noise), "{noise} in {:?}", page.body);
    }
    assert_eq!(page.date.as_deref(), Some("2024-01-10T09:00:00+01:00"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://example.com/vw-wolfsburg-id3")
    );
    assert_eq!(page.source.as_deref(), Some("Autowelt"));

    assert_article(
        &corpus,
        "one.json",
        "Hyundai opens its first plant in Indonesia",
        "en",
        "Hyundai Motor has opened a new factory in Cikarang",
    );
    let one = only(&corpus, "one.json");
    assert_eq!(one.date.as_deref(), Some("2022-03-16"));
    assert_eq!(one.source.as_deref(), Some("Asia Auto Report"));

    let array = articles_of(&corpus, "array.json");
    assert_eq!(array.len(), 3);
    let titles: Vec<&str> = array.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Nissan to build new Qashqai in Sunderland",
            "Tesla agrandit sa Gigafactory de Grünheide",
            "Fiat keert terug naar Italië met de nieuwe Panda"
        ]
    );
    let langs: Vec<&str> = array.iter().map(|a| a.lang.as_str()).collect();
    assert_eq!(langs, ["en", "fr", "nl"]);
    assert!(array[1].body.starts_with("Tesla veut doubler la capacité"));
    assert!(
        array[2]
            .body
            .starts_with("Stellantis gaat de nieuwe elektrische Fiat Panda")
    );

    let lines = articles_of(&corpus, "lines.jsonl");
    let titles: Vec<&str> = lines.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kia startet Produktion in der Slowakei",
            "Skoda amplía su fábrica en Mladá Boleslav",
            "Lada riprende la produzione a Togliatti"
        ]
    );
    let langs: Vec<&str> = lines.iter().map(|a| a.lang.as_str()).collect();
    assert_eq!(langs, ["de", "es", "it"]);
    let jsonl = common::reasons(&corpus, "lines.jsonl");
    assert_eq!(jsonl.len(), 1);
    assert!(
        jsonl[0].starts_with("malformed JSON at line 3: "),
        "{jsonl:?}"
    );

    let rss = articles_of(&corpus, "feed.rss");
    assert_eq!(rss.len(), 3);
    assert_eq!(rss[0].title, "Ford ends production in Saarlouis");
    assert!(
        rss[0]
            .body
            .starts_with("Ford built the last Focus at its Saarlouis plant")
    );
    assert_eq!(rss[0].lang, "en");
    assert_eq!(rss[0].source.as_deref(), Some("Plant Watch"));
    assert_eq!(rss[0].date.as_deref(), Some("2023-11-27T10:00:00Z"));
    assert_eq!(
        rss[0].url.as_deref(),
        Some("https://example.com/ford-saarlouis")
    );
    assert_eq!(rss[2].title, "Honda to close its Swindon plant");
    assert_eq!(rss[2].date, None);

    let atom = articles_of(&corpus, "feed.atom");
    assert_eq!(atom.len(), 2);
    assert_eq!(atom[0].title, "Renault produira la R5 électrique à Douai");
    assert!(
        atom[0]
            .body
            .starts_with("La nouvelle Renault 5 électrique sera assemblée")
    );
    assert_eq!(atom[0].lang, "fr");
    assert_eq!(atom[0].source.as_deref(), Some("Usines Auto"));
    assert_eq!(atom[0].date.as_deref(), Some("2024-01-15T09:30:00Z"));
    assert_eq!(atom[1].title, "Stellantis investit à Mulhouse");
    assert!(atom[1].body.starts_with("Le groupe Stellantis va investir"));
    assert_eq!(atom[1].date.as_deref(), Some("2024-02-01T12:00:00Z"));

    assert_article(
        &corpus,
        "noext",
        "PSA bouwt nieuwe bestelwagens in Hordain",
        "nl",
        "PSA en Fiat hebben in de fabriek van Sevel Nord",
    );

    // Ids are distinct and every file but the JSONL one was read entirely.
    let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), corpus.articles.len());
    let partial: Vec<&str> = corpus
        .files
        .iter()
        .filter(|f| f.problem.is_some())
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(partial.len(), 1);
    assert!(partial[0].ends_with("/lines.jsonl"));
    assert_eq!(corpus.diagnostics.len(), 1);
}

#[test]
fn files_are_listed_in_a_stable_order() {
    let corpus = load_dir(&fixtures("corpus"));
    let names: Vec<&str> = corpus
        .files
        .iter()
        .map(|f| f.path.rsplit('/').next().unwrap_or(""))
        .collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);
    assert_eq!(load_dir(&fixtures("corpus")).articles, corpus.articles);
}

#[test]
fn seeds_are_embedded() {
    let corpus = load_paths(&[]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "seeds/000_8311333597d3a747.txt",
            "seeds/001_0a06343e63b4a1ba.txt",
            "seeds/004_f970cb47d538b08d.txt"
        ]
    );
    let langs: Vec<&str> = corpus.articles.iter().map(|a| a.lang.as_str()).collect();
    assert_eq!(langs, ["fr", "nl", "fr"]);
    assert_eq!(
        corpus.articles[1].title,
        "PSA gaat auto's bouwen in Kazachstan"
    );
    assert!(
        corpus.articles[1]
            .body
            .starts_with("De inkt van de handtekeningen")
    );
    assert_eq!(
        corpus.articles[0].title,
        "En décembre 2021, l'usine Stellantis de Kalouga assembvlait les premiers fourgons \
         utilitaires…"
    );
    for french in [&corpus.articles[0], &corpus.articles[2]] {
        assert!(french.title.ends_with('…'), "{}", french.title);
        let cut = french.title.trim_end_matches('…');
        // Cut on a word boundary: what precedes `…` is a whole word of the body.
        assert!(french.body.starts_with(cut), "{}", french.title);
        let next = french.body[cut.len()..].chars().next();
        assert_eq!(next, Some(' '), "{}", french.title);
        assert!(french.title.chars().count() <= 101);
    }
    // The body of a first-sentence title is the whole text.
    assert!(corpus.articles[0].body.starts_with("En décembre 2021"));
    // Read from disk, the seeds give the same articles with their real paths.
    let on_disk = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    assert_eq!(on_disk.articles.len(), 3);
    for (a, b) in on_disk.articles.iter().zip(&corpus.articles) {
        assert_eq!((&a.title, &a.body, &a.lang), (&b.title, &b.body, &b.lang));
    }
}

#[test]
fn bad_files_are_reported_with_a_reason() {
    let corpus = load_dir(&fixtures("bad"));
    assert!(corpus.articles.is_empty(), "{:#?}", corpus.articles);
    assert_eq!(common::reasons(&corpus, "/binary.txt"), ["binary file"]);
    assert_eq!(common::reasons(&corpus, "/image.txt"), ["binary file"]);
    assert_eq!(common::reasons(&corpus, "/empty.txt"), ["empty file"]);
    assert_eq!(common::reasons(&corpus, "/blank.txt"), ["empty file"]);
    let broken = common::reasons(&corpus, "/broken.json");
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0].starts_with("malformed JSON at line 3: "),
        "{broken:?}"
    );
    assert_eq!(
        common::reasons(&corpus, "/scalar.json"),
        ["not an article: the JSON is a number, expected an object or an array of objects"]
    );
    assert_eq!(corpus.files.len(), 6);
    assert!(
        corpus
            .files
            .iter()
            .all(|f| f.problem.is_some() && f.articles == 0)
    );
    assert!(!corpus.has_missing_inputs());
}

#[test]
fn deep_json_and_oversized_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("deep.json"), "[".repeat(10_000)).expect("write");
    fs::write(dir.path().join("big.txt"), "Renault Flins ".repeat(1500)).expect("write");
    fs::write(dir.path().join("small.txt"), "Renault Flins").expect("write");
    let options = LoadOptions {
        max_file_size: 12 * 1024,
        ..LoadOptions::default()
    };
    let corpus = load(&[dir.path().to_path_buf()], &options, &|_| {});
    let deep = common::reasons(&corpus, "/deep.json");
    assert_eq!(deep.len(), 1);
    assert!(deep[0].starts_with("JSON nested too deeply"), "{deep:?}");
    assert_eq!(
        common::reasons(&corpus, "/big.txt"),
        ["too large: 20.5 KiB > 12.0 KiB limit (--max-file-size)"]
    );
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.articles[0].title, "Renault Flins");
}

#[test]
fn huge_files_are_skipped_without_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(dir.path().join("huge.txt")).expect("create");
    // Sparse: 200 MiB on paper, nothing on disk; reading it would take a noticeable time.
    file.set_len(200 * 1024 * 1024).expect("set_len");
    let start = std::time::Instant::now();
    let corpus = load_dir(dir.path());
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
    assert_eq!(
        common::reasons(&corpus, "/huge.txt"),
        ["too large: 200.0 MiB > 16.0 MiB limit (--max-file-size)"]
    );
    assert_eq!(corpus.files[0].bytes, 200 * 1024 * 1024);
}

#[test]
fn very_long_lines_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "Renault assemble la Clio à Bursa en Turquie ".repeat(50_000);
    assert!(line.len() > 2 * 1024 * 1024);
    fs::write(dir.path().join("long.txt"), &line).expect("write");
    let corpus = load_dir(dir.path());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let article = &corpus.articles[0];
    assert!(article.title.ends_with('…'));
    assert!(article.title.chars().count() <= 101);
    assert_eq!(article.body.len(), line.trim().len());
    assert_eq!(article.lang, "fr");
}

#[test]
fn missing_inputs_are_reported() {
    let corpus = load_paths(&[PathBuf::from("/no/such/plantscope/input")]);
    assert!(corpus.has_missing_inputs());
    assert_eq!(
        common::reasons(&corpus, "/no/such/plantscope/input"),
        ["no such file or directory"]
    );
}

#[test]
fn hidden_and_ignored_files_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Renault assembles the Clio in Bursa, Turkey, and in Novo Mesto, Slovenia.";
    fs::write(dir.path().join(".hidden.txt"), text).expect("write");
    fs::create_dir(dir.path().join(".git-like")).expect("mkdir");
    fs::write(dir.path().join(".git-like/inside.txt"), text).expect("write");
    fs::write(dir.path().join(".ignore"), "private.txt\n").expect("write");
    fs::write(dir.path().join("private.txt"), text).expect("write");
    fs::write(dir.path().join(".gitignore"), "ignored.txt\nbuild/\n").expect("write");
    fs::write(dir.path().join("ignored.txt"), text).expect("write");
    fs::create_dir(dir.path().join("build")).expect("mkdir");
    fs::write(dir.path().join("build/out.txt"), text).expect("write");
    fs::write(dir.path().join("kept.txt"), text).expect("write");
    let names = |corpus: &Corpus| -> Vec<String> {
        let mut names: Vec<String> = corpus
            .files
            .iter()
            .map(|f| f.path.rsplit('/').next().unwrap_or("").to_string())
            .collect();
        names.sort();
        names
    };
    // Outside a git repository `.gitignore` means nothing, as with ripgrep; `.ignore` does.
    assert_eq!(
        names(&load_dir(dir.path())),
        ["ignored.txt", "kept.txt", "out.txt"]
    );
    // Inside one, `.gitignore` is honoured too.
    fs::create_dir(dir.path().join(".git")).expect("mkdir");
    assert_eq!(names(&load_dir(dir.path())), ["kept.txt"]);
    // A hidden file named explicitly is read, as with ripgrep.
    let explicit = load_paths(&[dir.path().join(".hidden.txt")]);
    assert_eq!(explicit.articles.len(), 1);
}

#[cfg(unix)]
#[test]
fn links_and_fifos_are_never_followed_or_opened() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).expect("mkdir");
    fs::write(
        sub.join("a.txt"),
        "Kia builds the Ceed in Zilina, Slovakia.",
    )
    .expect("write");
    symlink(dir.path(), sub.join("loop")).expect("symlink");
    symlink(sub.join("a.txt"), sub.join("link.txt")).expect("symlink");
    let fifo = sub.join("pipe.txt");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());

    // If the FIFO were opened, the load would block forever: run it on a thread with a deadline.
    let (tx, rx) = std::sync::mpsc::channel();
    let input = dir.path().to_path_buf();
    let fifo_input = fifo.clone();
    std::thread::spawn(move || {
        let folder = load_dir(&input);
        let explicit = load_paths(&[fifo_input]);
        let _ = tx.send((folder, explicit));
    });
    let (corpus, explicit) = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("load must not hang");
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(
        common::reasons(&corpus, "/pipe.txt"),
        ["not a regular file (FIFO)"]
    );
    assert_eq!(
        common::reasons(&corpus, "/link.txt"),
        ["symbolic link (not followed)"]
    );
    assert_eq!(
        common::reasons(&corpus, "/loop"),
        ["symbolic link (not followed)"]
    );
    assert_eq!(
        common::reasons(&explicit, "/pipe.txt"),
        ["not a regular file (FIFO)"]
    );
    // A link named on the command line is followed, as ripgrep does.
    let named = load_paths(&[sub.join("link.txt")]);
    assert_eq!(named.articles.len(), 1);
    assert!(named.diagnostics.is_empty(), "{:?}", named.diagnostics);
}

#[cfg(unix)]
#[test]
fn invalid_utf8_file_names_are_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9\x1b[31m.txt");
    fs::write(
        dir.path().join(name),
        "Opel builds the Astra in Russelsheim, Germany.",
    )
    .expect("write");
    let corpus = load_dir(dir.path());
    assert_eq!(corpus.articles.len(), 1);
    assert!(
        corpus.articles[0]
            .path
            .ends_with("/caf\\xe9\\u{1b}[31m.txt"),
        "{}",
        corpus.articles[0].path
    );
    assert_eq!(corpus.files[0].path, corpus.articles[0].path);
}

/// Every path under `dir` with its size and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read_dir") {
            let entry = entry.expect("entry");
            let meta = entry.metadata().expect("metadata");
            if meta.is_dir() {
                stack.push(entry.path());
            }
            out.insert(entry.path(), (meta.len(), meta.modified().expect("mtime")));
        }
    }
    out
}

#[test]
fn input_folders_are_never_written() {
    let before = (snapshot(&fixtures("corpus")), snapshot(&fixtures("bad")));
    let _ = load_paths(&[fixtures("corpus"), fixtures("bad")]);
    let after = (snapshot(&fixtures("corpus")), snapshot(&fixtures("bad")));
    assert_eq!(before, after);
}

#[test]
fn progress_is_reported() {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let last = std::sync::Mutex::new((0, 0));
    let corpus = load(&[fixtures("corpus")], &LoadOptions::default(), &|p| {
        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut last) = last.lock() {
            *last = (last.0.max(p.files_done), p.files_total);
        }
    });
    assert_eq!(done.into_inner(), corpus.files.len());
    assert_eq!(last.into_inner().ok(), Some((15, 15)));
}

#[test]
fn check_reports_each_file() {
    let corpus = load_paths(&[fixtures("bad"), fixtures("corpus").join("one.json")]);
    let mut out = Vec::new();
    let code = plantscope::cli::check::run(&corpus, 0, &mut out).expect("write");
    let text = String::from_utf8(out).expect("utf8");
    assert_eq!(code, 1);
    assert!(text.contains("skipped "), "{text}");
    assert!(text.contains("/bad/binary.txt  binary file\n"), "{text}");
    assert!(text.contains("/corpus/one.json  (1 article)\n"), "{text}");
    assert!(
        text.ends_with("7 files: 1 read, 0 partial, 6 skipped, 1 article\n"),
        "{text}"
    );
}

#[test]
fn one_stray_byte_does_not_garble_a_utf8_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = b"Peugeot \xc3\xa0 Kalouga : les premi\xc3\xa8res voitures\n\
        Le constructeur fran\xc3\xa7ais Peugeot a commenc\xc3\xa9 la production \xc3\xa0 Kalouga, \
        en Russie. Une erreur : caf\xe9.\n";
    fs::write(dir.path().join("one_bad_byte.txt"), bytes).expect("write");
    let loaded = plantscope::load::load(
        &plantscope::load::Request {
            inputs: vec![dir.path().to_path_buf()],
            ..plantscope::load::Request::default()
        },
        &|_| {},
    )
    .expect("loads");
    let article = &loaded.library.articles()[0];
    assert_eq!(article.title, "Peugeot à Kalouga : les premières voitures");
    assert!(
        article.body.ends_with("Une erreur : café."),
        "{}",
        article.body
    );
    let countries = article
        .entities
        .of_kind(plantscope::entities::EntityKind::Country);
    assert!(countries.iter().any(|c| c == "France"), "{countries:?}");
    // The user learns that a byte was not UTF-8: the file is reported as partly read.
    assert_eq!(
        loaded.files[0].problem.as_deref(),
        Some("1 byte not valid UTF-8, read as Windows-1252")
    );
    assert_eq!(loaded.diagnostics.len(), 1);
}

#[test]
fn an_rss_feed_without_a_version_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("f.rss"),
        "<rss><channel><title>T</title><item><title>Feed item Kia</title>\
         <description>Kia Slovakia plant</description></item></channel></rss>",
    )
    .expect("write");
    fs::write(dir.path().join("g.xml"), "<note>hello</note>").expect("write");
    let corpus = load_dir(dir.path());
    let article = only(&corpus, "f.rss");
    assert_eq!(article.title, "Feed item Kia");
    assert_eq!(article.body, "Kia Slovakia plant");
    assert_eq!(article.source.as_deref(), Some("T"));
    assert!(common::reasons(&corpus, "/f.rss").is_empty());
    assert_eq!(
        common::reasons(&corpus, "/g.xml"),
        ["not an RSS or Atom feed: the root element is <note>, not <rss>, <feed> or <rdf:RDF>"]
    );
}

#[test]
fn front_matter_dates_are_read_or_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = "Kia builds the Ceed at its plant in Žilina, Slovakia.\n";
    let cases = [
        (
            "jekyll.md",
            "2023-05-01 10:00:00 +0200",
            Some("2023-05-01T10:00:00+02:00"),
        ),
        (
            "minutes.md",
            "2023-05-01 10:00",
            Some("2023-05-01T10:00:00Z"),
        ),
        (
            "t_minutes.md",
            "2023-05-01T10:00",
            Some("2023-05-01T10:00:00Z"),
        ),
        ("written.md", "May 1, 2023", Some("2023-05-01")),
        ("day_first.md", "1 May 2023", Some("2023-05-01")),
        ("year.md", "2023", Some("2023")),
        ("ambiguous.md", "01/05/2023", None),
        ("nonsense.md", "soon", None),
    ];
    for (name, date, _) in cases {
        let text = format!("---\ntitle: {name}\ndate: {date}\n---\n{body}");
        fs::write(dir.path().join(name), text).expect("write");
    }
    fs::write(
        dir.path().join("list.md"),
        format!("---\ntitle: list\ndate: [1, 2]\n---\n{body}"),
    )
    .expect("write");
    let corpus = load_dir(dir.path());
    // Every file gives its article, dated or not.
    assert_eq!(corpus.articles.len(), cases.len() + 1);
    for (name, _, expected) in cases {
        assert_eq!(only(&corpus, name).date.as_deref(), expected, "{name}");
    }
    assert_eq!(
        common::reasons(&corpus, "/ambiguous.md"),
        [
            "date \"01/05/2023\" is ambiguous (day 1 of month 5, or month 1 day 5?), ignored: \
          write it as YYYY-MM-DD"
        ]
    );
    assert_eq!(
        common::reasons(&corpus, "/nonsense.md"),
        ["date \"soon\" not understood, ignored"]
    );
    assert_eq!(
        common::reasons(&corpus, "/list.md"),
        ["\"date\" is a list, expected a date; ignored"]
    );
    assert_eq!(corpus.diagnostics.len(), 3);
    // `check` shows them: the article was read, its date was not.
    let mut out = Vec::new();
    let code = plantscope::cli::check::run(&corpus, 0, &mut out).expect("write");
    let text = String::from_utf8(out).expect("utf8");
    assert_eq!(code, 1);
    assert!(
        text.contains("/nonsense.md  (1 article)  date \"soon\" not understood, ignored\n"),
        "{text}"
    );
}
