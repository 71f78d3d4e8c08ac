//! The lazy path: bodies read from the cache's index long after the start, from files cut or
//! changed under the running process — an error that says so, never a fault, a panic, an
//! empty or another article's body.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::{Place, update};
use crate::entities::Gazetteer;
use crate::load::{Loaded, Request};

/// Articles long enough, and enough of them, for the document store to hold many blocks.
fn corpus(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("corpus dir");
    for i in 0..n {
        let sentence = format!("The report number {i} says the plant in Bursa builds cars. ");
        let text = format!("Plant news {i}\n{}\n", sentence.repeat(12));
        std::fs::write(dir.join(format!("a{i:03}.txt")), text).expect("write article");
    }
}

fn request(inputs: &[PathBuf]) -> Request {
    Request {
        inputs: inputs.to_vec(),
        options: Default::default(),
        gazetteer_files: Vec::new(),
        gazetteer: None,
    }
}

/// A load through the cache under `root` (no size threshold).
fn cached(root: &Path, inputs: &[PathBuf]) -> Loaded {
    let request = request(inputs);
    let gazetteer = Arc::new(Gazetteer::builtin().expect("gazetteer"));
    let place = Place::new(root, inputs);
    let scan = crate::corpus::scan(inputs);
    let matcher = OnceLock::new();
    let cx = update::Context {
        place: &place,
        request: &request,
        scan: &scan,
        gazetteer: &gazetteer,
        matcher: &matcher,
        fingerprint: 0,
        progress: &|_| {},
    };
    update::cached(&cx, None).expect("a cached load")
}

/// Every article's body by id, loaded in memory.
fn bodies(inputs: &[PathBuf]) -> HashMap<String, String> {
    let loaded = crate::load::load(&request(inputs), &|_| {}).expect("load");
    loaded
        .library
        .articles()
        .iter()
        .map(|a| (a.id.clone(), a.body.clone()))
        .collect()
}

fn stores(root: &Path, inputs: &[PathBuf]) -> Vec<PathBuf> {
    let dir = Place::new(root, inputs).index_dir();
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("index dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "store"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "the index has document stores");
    out
}

/// Read every article back: each is its own body or an error naming the cache; returns how
/// many were errors.
fn read_all(loaded: &Loaded, expected: &HashMap<String, String>) -> usize {
    let library = &loaded.library;
    let mut errors = 0;
    for doc in 0..library.articles().len() {
        match library.try_article(doc) {
            Ok(Some(article)) => assert_eq!(
                Some(&article.body),
                expected.get(&article.id),
                "article {doc} is read as itself"
            ),
            Ok(None) => panic!("article {doc} is in the library"),
            Err(e) => {
                let said = e.to_string();
                assert!(
                    said.contains("could not be read back from the cache")
                        && said.contains("run plantscope again"),
                    "{said}"
                );
                errors += 1;
            }
        }
    }
    errors
}

fn setup() -> (tempfile::TempDir, Vec<PathBuf>, HashMap<String, String>) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let news = tmp.path().join("news");
    corpus(&news, 300);
    let inputs = vec![news];
    let expected = bodies(&inputs);
    assert_eq!(expected.len(), 300);
    (tmp, inputs, expected)
}

#[test]
fn bodies_read_back_whole_on_a_hit() {
    let (tmp, inputs, expected) = setup();
    let root = tmp.path().join("cache");
    cached(&root, &inputs);
    let loaded = cached(&root, &inputs);
    assert_eq!(
        loaded.cache.as_ref().map(|r| r.status),
        Some(super::Status::Hit)
    );
    assert_eq!(read_all(&loaded, &expected), 0);
    assert!(loaded.library.unreadable().is_none());
}

#[test]
fn a_store_cut_under_a_running_process_is_an_error_not_a_fault() {
    let (tmp, inputs, expected) = setup();
    let root = tmp.path().join("cache");
    cached(&root, &inputs);
    let loaded = cached(&root, &inputs);
    for store in stores(&root, &inputs) {
        let len = std::fs::metadata(&store).expect("size").len();
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&store)
            .expect("open the store");
        file.set_len(len / 3).expect("cut the store");
    }
    let errors = read_all(&loaded, &expected);
    assert!(errors > 0, "the articles past the cut are errors");
    // `article` (what the browser and the snippets use) gives none, and says why.
    let doc = (0..loaded.library.articles().len())
        .find(|&d| loaded.library.try_article(d).is_err())
        .expect("an unreadable article");
    assert!(loaded.library.article(doc).is_none());
    let said = loaded.library.unreadable().expect("the reason").to_string();
    assert!(said.contains("shorter"), "{said}");
}

#[test]
fn a_store_changed_under_a_running_process_is_refused_not_shown() {
    let (tmp, inputs, expected) = setup();
    let root = tmp.path().join("cache");
    cached(&root, &inputs);
    let loaded = cached(&root, &inputs);
    for store in stores(&root, &inputs) {
        let mut bytes = std::fs::read(&store).expect("read the store");
        // The blocks, not the footer (its index of blocks was read at the start).
        let end = bytes.len().saturating_sub(200);
        for byte in bytes.iter_mut().take(end).skip(16).step_by(97) {
            *byte ^= 0x55;
        }
        // In place, as a program writing into the file would (not a new file renamed over).
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(&store)
            .expect("open the store");
        file.write_all(&bytes).expect("change the store");
    }
    let errors = read_all(&loaded, &expected);
    assert!(errors > 0, "changed blocks are errors");
}

/// The name of the manifest the cache under `root` holds now.
fn manifest_name(root: &Path, inputs: &[PathBuf]) -> String {
    let dir = Place::new(root, inputs).dir;
    let names: Vec<String> = std::fs::read_dir(dir)
        .expect("cache dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("files-"))
        .collect();
    assert_eq!(names.len(), 1, "one manifest: {names:?}");
    names[0].clone()
}

#[test]
fn a_path_spelt_another_way_is_saved_once_not_renamed_at_every_start() {
    let (tmp, inputs, _) = setup();
    let root = tmp.path().join("cache");
    cached(&root, &inputs);
    let first = manifest_name(&root, &inputs);
    let other = vec![tmp.path().join(".").join("news")];
    let loaded = cached(&root, &other);
    assert_eq!(
        loaded.cache.as_ref().map(|r| r.status),
        Some(super::Status::Hit),
        "no article changed"
    );
    let shown = &loaded.library.articles()[0].path;
    assert!(shown.contains("/./news"), "shown as named now: {shown}");
    let saved = manifest_name(&root, &other);
    assert_ne!(saved, first, "the new spelling is saved");
    cached(&root, &other);
    assert_eq!(
        manifest_name(&root, &other),
        saved,
        "the same spelling again has nothing to save"
    );
}
