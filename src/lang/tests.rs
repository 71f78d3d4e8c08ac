//! Tests of the language type: parsing what files and users write, names, serde.

use super::*;

fn parse(raw: &str) -> Option<Lang> {
    raw.parse().ok()
}

#[test]
fn reads_what_files_say() {
    for raw in ["fr", "fr-FR", "FR_fr", "French", "français", "fra", "fre"] {
        assert_eq!(parse(raw), Some(Lang::FR), "{raw}");
    }
    assert_eq!(parse("nld"), Some(Lang::NL));
    assert_eq!(parse("Dutch"), Some(Lang::NL));
    assert_eq!(parse("de-AT"), Some(Lang::DE));
    assert_eq!(parse("cmn").map(|l| l.to_string()).as_deref(), Some("zh"));
    assert_eq!(parse("und"), Some(Lang::UNDETERMINED));
    assert_eq!(parse("klingon"), None);
    assert_eq!(parse(""), None);
}

#[test]
fn codes_exactly() {
    assert_eq!(Lang::from_code("fr"), Some(Lang::FR));
    assert_eq!(
        Lang::from_code("xx").map(|l| l.to_string()).as_deref(),
        Some("xx")
    );
    assert_eq!(Lang::from_code("und"), Some(Lang::UNDETERMINED));
    for not in ["FR", "fr-FR", "f", "", "fra", "é"] {
        assert_eq!(Lang::from_code(not), None, "{not}");
    }
    assert_eq!(Lang::UNDETERMINED.code(), "und");
    assert!(!Lang::UNDETERMINED.is_determined() && Lang::FR.is_determined());
    assert_eq!(Lang::default(), Lang::UNDETERMINED);
}

#[test]
fn sorts_as_its_code() {
    let mut langs: Vec<Lang> = ["ur", "und", "uk", "en"].map(Lang::from).to_vec();
    langs.sort();
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["en", "uk", "und", "ur"]);
}

#[test]
fn written_as_its_code_and_read_back() {
    for lang in [Lang::FR, Lang::UNDETERMINED, Lang::from("xx")] {
        let code = lang.code().to_string();
        assert_eq!(
            serde_json::to_string(&lang).expect("json"),
            format!("\"{code}\"")
        );
        let bytes = postcard::to_stdvec(&lang).expect("postcard");
        assert_eq!(bytes, postcard::to_stdvec(&code).expect("postcard"));
        assert_eq!(postcard::from_bytes::<Lang>(&bytes).expect("back"), lang);
    }
    assert!(serde_json::from_str::<Lang>("\"French\"").is_err());
}

#[test]
fn names() {
    assert_eq!(Lang::from("ja").english_name(), Some("Japanese"));
    assert_eq!(Lang::from("ja").own_name(), Some("日本語"));
    assert_eq!(Lang::UNDETERMINED.english_name(), None);
    assert_eq!(Lang::from("xx").english_name(), None);
    // The folded table's first name is the detector's English name.
    for lang in [
        Lang::FR,
        Lang::NL,
        Lang::EN,
        Lang::DE,
        Lang::ES,
        Lang::IT,
        Lang::PT,
        Lang::RU,
    ] {
        let english = lang.english_name().expect("known").to_lowercase();
        assert_eq!(lang.folded_names().first().copied(), Some(english.as_str()));
    }
}
