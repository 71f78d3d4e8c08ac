//! Article language as an ISO 639-1 code: normalised from what the file says ("fr-FR",
//! "French", "fra" → "fr"), or detected with whatlang; `"und"` when unknown.

use whatlang::Lang;

/// The code for "undetermined".
pub const UNDETERMINED: &str = "und";

/// How much text (in bytes) detection looks at. whatlang's trigram scoring grows with the
/// sample and was ~9 % of the CPU time of a load at 4 KB (about a whole generated article);
/// ~150 words are plenty to tell the languages news is written in apart (checked on the
/// 10,000-article generated corpus: the same language for every article as with 4 KB).
const DETECT_LEN: usize = 1024;

/// Normalise a language given by a file. `None` when it names no language we know.
pub fn normalize(raw: &str) -> Option<String> {
    let lower = raw.trim().to_lowercase();
    let primary = lower.split(['-', '_', ' ', '.']).next().unwrap_or("");
    if primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(primary.to_string());
    }
    if primary.len() == 3 {
        if let Some(lang) = Lang::from_code(primary) {
            return Some(iso639_1(lang).to_string());
        }
        if let Some(code) = bibliographic(primary) {
            return Some(code.to_string());
        }
    }
    Lang::all()
        .iter()
        .find(|lang| {
            lang.eng_name().eq_ignore_ascii_case(lower.trim())
                || lang.name().to_lowercase() == lower.trim()
        })
        .map(|lang| iso639_1(*lang).to_string())
}

/// Detect the language of a text; `"und"` when the guess is not reliable.
pub fn detect(text: &str) -> String {
    let sample = sample(text);
    // Languages no car-industry news is written in, that short English or French text is
    // often mistaken for (a plain English RSS item came out as Latin).
    let unlikely = vec![
        Lang::Lat,
        Lang::Epo,
        Lang::Jav,
        Lang::Zul,
        Lang::Sna,
        Lang::Aka,
        Lang::Tgl,
    ];
    match whatlang::Detector::with_denylist(unlikely).detect(sample) {
        Some(info) if info.is_reliable() || info.confidence() >= 0.5 => {
            return iso639_1(info.lang()).to_string();
        }
        _ => {}
    }
    // Short text: a weaker guess among the languages most articles are in beats "und".
    let common = vec![
        Lang::Eng,
        Lang::Fra,
        Lang::Nld,
        Lang::Deu,
        Lang::Spa,
        Lang::Ita,
        Lang::Por,
    ];
    match whatlang::Detector::with_allowlist(common).detect(sample) {
        Some(info) if info.confidence() >= SHORT_TEXT_CONFIDENCE => {
            iso639_1(info.lang()).to_string()
        }
        _ => UNDETERMINED.to_string(),
    }
}

/// Confidence needed for the fallback guess among common languages.
const SHORT_TEXT_CONFIDENCE: f64 = 0.2;

/// The start of `text` that detection looks at, cut on a character boundary.
pub fn sample(text: &str) -> &str {
    let mut end = text.len().min(DETECT_LEN);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// ISO 639-2/B codes and other three-letter codes whatlang does not use.
fn bibliographic(code: &str) -> Option<&'static str> {
    Some(match code {
        "fre" => "fr",
        "ger" => "de",
        "dut" => "nl",
        "chi" | "zho" => "zh",
        "cze" => "cs",
        "gre" => "el",
        "per" | "fas" => "fa",
        "rum" => "ro",
        "slo" => "sk",
        "arm" => "hy",
        "geo" => "ka",
        "wel" => "cy",
        "nor" => "no",
        "nno" => "nn",
        "msa" | "may" => "ms",
        "alb" | "sqi" => "sq",
        "baq" | "eus" => "eu",
        "ice" | "isl" => "is",
        "mac" => "mk",
        "bur" => "my",
        "gle" => "ga",
        "glg" => "gl",
        "ltz" => "lb",
        _ => return None,
    })
}

/// whatlang's ISO 639-3 languages as ISO 639-1 codes.
pub fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_english_is_english_not_latin() {
        assert_eq!(
            detect("Stellantis to build new electric vans at Mirafiori plant in Turin"),
            "en"
        );
        assert_eq!(detect("Tesla builds the Model Y in Germany."), "en");
        assert_eq!(detect("Renault ferme l'usine de Flins."), "fr");
    }

    #[test]
    fn normalises_what_files_say() {
        for raw in ["fr", "fr-FR", "FR_fr", "French", "français", "fra", "fre"] {
            assert_eq!(normalize(raw).as_deref(), Some("fr"), "{raw}");
        }
        assert_eq!(normalize("nld").as_deref(), Some("nl"));
        assert_eq!(normalize("Dutch").as_deref(), Some("nl"));
        assert_eq!(normalize("de-AT").as_deref(), Some("de"));
        assert_eq!(normalize("cmn").as_deref(), Some("zh"));
        assert_eq!(normalize("klingon"), None);
        assert_eq!(normalize(""), None);
    }

    #[test]
    fn detects_on_a_bounded_sample_cut_on_a_character() {
        let long = "é".repeat(DETECT_LEN);
        let cut = sample(&long);
        assert!(cut.len() <= DETECT_LEN && cut.len() + 2 > DETECT_LEN);
        assert_eq!(sample("court"), "court");
        // The language of the start decides, however long the rest.
        let text = format!(
            "{} {}",
            "Die Fabrik in Kaluga baut seit Jahren Autos für den russischen Markt. ".repeat(20),
            "The plant in Kaluga has built cars for the Russian market for years. ".repeat(200)
        );
        assert_eq!(detect(&text), "de");
    }

    #[test]
    fn detects_or_gives_up() {
        let fr = "L'usine Renault de Flins a cessé de produire des voitures et se consacre \
                  désormais au recyclage des véhicules et des batteries électriques.";
        assert_eq!(detect(fr), "fr");
        assert_eq!(detect("ok"), UNDETERMINED);
        assert_eq!(detect(""), UNDETERMINED);
    }
}
