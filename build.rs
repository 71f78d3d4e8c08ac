//! Compiles the embedded gazetteer (`assets/gazetteer/*.toml`) into the binary form that
//! start-up decodes (`src/entities/compiled/`): parsing the TOML, folding ~15,000 forms and
//! building the matcher's automaton at every start was most of the time to open three
//! articles. The TOML files stay the source of truth; this runs the library's own code on
//! them (the modules below are the library's files), so both can never disagree.

// The shared modules hold more than the build needs (folding with offset maps, decoding).
#![allow(dead_code)]

#[path = "src/entities/compiled/mod.rs"]
mod compiled;
#[path = "src/text/fold.rs"]
mod fold;
#[path = "src/entities/info.rs"]
mod info;
#[path = "src/entities/kind.rs"]
mod kind;
#[path = "src/entities/source/mod.rs"]
mod source;

use kind::EntityKind;

/// The embedded files, in the order the library loads them (later ones may refer to earlier).
const FILES: [&str; 5] = [
    "groups.toml",
    "brands.toml",
    "models.toml",
    "countries.toml",
    "plants.toml",
];

/// The library files compiled in above: a change to any of them changes the output.
const SHARED: [&str; 6] = [
    "src/entities/compiled.rs",
    "src/text/fold.rs",
    // Embedded by fold.rs (traditional → simplified Han).
    "scripts/data/t2s.tsv",
    "src/entities/info.rs",
    "src/entities/kind.rs",
    "src/entities/source.rs",
];

fn main() {
    if let Err(message) = run() {
        eprintln!("build.rs: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    println!("cargo::rerun-if-changed=build.rs");
    for path in SHARED {
        println!("cargo::rerun-if-changed={path}");
    }
    let dir = std::path::Path::new("assets/gazetteer");
    let mut entries = source::Entries::default();
    for name in FILES {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        entries
            .add_file(&format!("assets/gazetteer/{name}"), &text)
            .map_err(|e| e.to_string())?;
    }
    let entities = source::resolve(entries).map_err(|e| e.to_string())?;
    let sorted_forms = source::form_index(&entities);
    let patterns = compiled::Patterns::new(&entities);
    let bytes = compiled::encode(&entities, &sorted_forms, &patterns);
    let out = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let path = std::path::Path::new(&out).join("gazetteer.bin");
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
