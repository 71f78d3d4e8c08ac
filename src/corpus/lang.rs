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
    // A sentence or two is mostly names (brands, places) that whatlang's trigrams read as the
    // names' language ("… near Peugeot's site in Sochaux, France" came out French); the
    // little words between them say more.
    if sample.split_whitespace().count() < SHORT_TEXT_WORDS
        && let Some(code) = by_function_words(sample)
    {
        return code.to_string();
    }
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

/// Below this many words, function words decide when they clearly can.
const SHORT_TEXT_WORDS: usize = 40;

/// Frequent short words of each language news is mostly written in, chosen to be rare in the
/// others (no `de`, `la`, `in`, `a`, shared by several).
const FUNCTION_WORDS: [(&str, &[&str]); 7] = [
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "are", "was", "with", "for", "near", "its", "will",
            "from", "at", "on", "has", "have", "this", "that", "new", "opens", "builds",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "au", "aux",
            "avec", "qui", "ses", "sera", "près", "usine",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "en", "van", "op", "voor", "met", "bij", "zijn", "wordt", "naar",
            "fabriek", "ook", "niet",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "von", "mit", "für", "bei", "ein", "eine", "ist", "im",
            "werk", "wird", "nicht", "auch",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "del", "una", "para", "con", "por", "planta", "será", "su",
        ],
    ),
    (
        "it",
        &[
            "il",
            "di",
            "e",
            "della",
            "per",
            "con",
            "gli",
            "sono",
            "stabilimento",
            "nel",
            "una",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "do", "da", "em", "um", "uma", "para", "com", "fábrica", "não", "são",
        ],
    ),
];

/// The language whose function words a short text uses clearly most (at least two, and more
/// than any other language); `None` when they do not tell.
fn by_function_words(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut votes: Vec<(usize, &'static str)> = FUNCTION_WORDS
        .iter()
        .map(|(code, list)| {
            let n = words.iter().filter(|w| list.contains(&w.as_str())).count();
            (n, *code)
        })
        .collect();
    votes.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
    match votes.as_slice() {
        [(best, code), (second, _), ..] if *best >= 2 && best > second => Some(code),
        _ => None,
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
    fn short_text_goes_by_its_function_words_not_its_names() {
        let cases = [
            (
                "Zetamobil opens a plant near Peugeot's site in Sochaux, France.",
                "en",
            ),
            (
                "Renault ouvre une usine près de Tanger pour la Dacia Sandero.",
                "fr",
            ),
            ("Volvo bouwt een nieuwe fabriek in Gent voor de EX30.", "nl"),
            ("Das Werk in Zwickau baut den ID.3 für Volkswagen.", "de"),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text), lang, "{text}");
        }
        // Nothing to go by: whatlang decides (or "und").
        assert_eq!(by_function_words("Peugeot Sochaux"), None);
    }

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
