//! Telling an article's language from its text (function words, then whatlang), when the
//! file does not say it; [`Lang::UNDETERMINED`] when the guess is not reliable.

use whatlang::Lang as Whatlang;

use crate::Lang;

/// How much text (in bytes) detection looks at. whatlang's trigram scoring grows with the
/// sample and was ~9 % of the CPU time of a load at 4 KB (about a whole generated article);
/// ~150 words are plenty to tell the languages news is written in apart (checked on the
/// 10,000-article generated corpus: the same language for every article as with 4 KB).
const DETECT_LEN: usize = 1024;

/// Detect the language of a text; [`Lang::UNDETERMINED`] when the guess is not reliable.
pub fn detect(text: &str) -> Lang {
    let sample = sample(text);
    // A sentence or two is mostly names (brands, places) that whatlang's trigrams read as the
    // names' language ("… near Peugeot's site in Sochaux, France" came out French); the
    // little words between them say more.
    let votes = FunctionWordVotes::count(sample);
    if sample.split_whitespace().count() < SHORT_TEXT_WORDS
        && let Some(code) = votes.clear_winner()
    {
        return code;
    }
    // Longer text whose little words all point one way needs no trigram scoring, which was
    // about 10 % of a whole load's CPU. Languages that share some of those words (Afrikaans
    // and Dutch, the Scandinavian "en") split the vote and still go to whatlang.
    if let Some(code) = votes.landslide() {
        return code;
    }
    // Languages no car-industry news is written in, that short English or French text is
    // often mistaken for (a plain English RSS item came out as Latin).
    let unlikely = vec![
        Whatlang::Lat,
        Whatlang::Epo,
        Whatlang::Jav,
        Whatlang::Zul,
        Whatlang::Sna,
        Whatlang::Aka,
        Whatlang::Tgl,
    ];
    match whatlang::Detector::with_denylist(unlikely).detect(sample) {
        Some(info) if info.is_reliable() || info.confidence() >= 0.5 => {
            return info.lang().into();
        }
        _ => {}
    }
    // Short text: a weaker guess among the languages most articles are in beats "und".
    let common = vec![
        Whatlang::Eng,
        Whatlang::Fra,
        Whatlang::Nld,
        Whatlang::Deu,
        Whatlang::Spa,
        Whatlang::Ita,
        Whatlang::Por,
    ];
    match whatlang::Detector::with_allowlist(common).detect(sample) {
        Some(info) if info.confidence() >= SHORT_TEXT_CONFIDENCE => info.lang().into(),
        _ => Lang::UNDETERMINED,
    }
}

/// Below this many words, function words decide when they clearly can.
const SHORT_TEXT_WORDS: usize = 40;

/// Frequent short words of each language news is mostly written in, chosen to be rare in the
/// others (no `de`, `la`, `in`, `a`, shared by several).
const FUNCTION_WORDS: [(Lang, &[&str]); 7] = [
    (
        Lang::EN,
        &[
            "the", "and", "of", "to", "is", "are", "was", "with", "for", "near", "its", "will",
            "from", "at", "on", "has", "have", "this", "that", "new", "opens", "builds",
        ],
    ),
    (
        Lang::FR,
        &[
            "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "au", "aux",
            "avec", "qui", "ses", "sera", "près", "usine",
        ],
    ),
    (
        Lang::NL,
        &[
            "het", "een", "en", "van", "op", "voor", "met", "bij", "zijn", "wordt", "naar",
            "fabriek", "ook", "niet",
        ],
    ),
    (
        Lang::DE,
        &[
            "der", "die", "das", "und", "von", "mit", "für", "bei", "ein", "eine", "ist", "im",
            "werk", "wird", "nicht", "auch",
        ],
    ),
    (
        Lang::ES,
        &[
            "el", "los", "las", "y", "del", "una", "para", "con", "por", "planta", "será", "su",
        ],
    ),
    (
        Lang::IT,
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
        Lang::PT,
        &[
            "o", "os", "do", "da", "em", "um", "uma", "para", "com", "fábrica", "não", "são",
        ],
    ),
];

/// How many of each language's function words a text uses: occurrences and distinct words,
/// in the order of `FUNCTION_WORDS`.
struct FunctionWordVotes {
    hits: [usize; FUNCTION_WORDS.len()],
    distinct: [usize; FUNCTION_WORDS.len()],
}

/// Each function word → the languages it belongs to, as (language, word) bits: one hash
/// lookup per word of the sample instead of a comparison with every word of every list (the
/// vote was ~40 µs an article, about 2 s of a 100k-article load).
fn function_word_table() -> &'static rustc_hash::FxHashMap<&'static str, Vec<(usize, u32)>> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<(usize, u32)>>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: rustc_hash::FxHashMap<&'static str, Vec<(usize, u32)>> =
            rustc_hash::FxHashMap::default();
        for (lang, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            for (i, word) in words.iter().enumerate() {
                table.entry(word).or_default().push((lang, 1 << i));
            }
        }
        table
    })
}

impl FunctionWordVotes {
    fn count(text: &str) -> Self {
        let table = function_word_table();
        let mut hits = [0; FUNCTION_WORDS.len()];
        // Per language, one bit per function word seen (no list has 32 words).
        let mut seen = [0u32; FUNCTION_WORDS.len()];
        let mut lower = String::new();
        for word in text.split(|c: char| !c.is_alphabetic()) {
            // The longest function word is 12 letters ("stabilimento"); skip longer words
            // without lowercasing them.
            if word.is_empty() || word.len() > 2 * 12 {
                continue;
            }
            let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
                word
            } else {
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                lower.as_str()
            };
            for &(lang, bit) in table.get(key).map_or(&[][..], Vec::as_slice) {
                hits[lang] += 1;
                seen[lang] |= bit;
            }
        }
        Self {
            hits,
            distinct: seen.map(|bits| bits.count_ones() as usize),
        }
    }

    /// The languages ordered by hits, most first: (hits, distinct words, code).
    fn ranked(&self) -> Vec<(usize, usize, Lang)> {
        let mut ranked: Vec<_> = FUNCTION_WORDS
            .iter()
            .enumerate()
            .map(|(i, (code, _))| (self.hits[i], self.distinct[i], *code))
            .collect();
        ranked.sort_by_key(|&(hits, _, _)| std::cmp::Reverse(hits));
        ranked
    }

    /// The language a short text uses clearly most (at least two hits, and more than any
    /// other language); `None` when they do not tell.
    fn clear_winner(&self) -> Option<Lang> {
        match self.ranked().as_slice() {
            [(best, _, code), (second, _, _), ..] if *best >= 2 && best > second => Some(*code),
            _ => None,
        }
    }

    /// The language a longer text's function words point to beyond doubt: many hits, many
    /// different words, and four times the runner-up.
    fn landslide(&self) -> Option<Lang> {
        match self.ranked().as_slice() {
            [(best, distinct, code), (second, _, _), ..]
                if *best >= LANDSLIDE_HITS
                    && *distinct >= LANDSLIDE_DISTINCT
                    && *best >= 4 * *second =>
            {
                Some(*code)
            }
            _ => None,
        }
    }
}

/// Function-word hits a landslide needs (a 1 KB sample of news prose has 30–60).
const LANDSLIDE_HITS: usize = 12;
/// Different function words a landslide needs.
const LANDSLIDE_DISTINCT: usize = 5;

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
        assert_eq!(
            FunctionWordVotes::count("Peugeot Sochaux").clear_winner(),
            None
        );
    }

    #[test]
    fn long_prose_is_decided_by_a_landslide_of_function_words() {
        let cases = [
            (
                "fr",
                "Le groupe a confirmé que l'usine de Sochaux produira la nouvelle 3008 dès \
                 l'automne. Les syndicats demandent des garanties sur l'emploi et sur les \
                 salaires, et la direction promet des embauches pour la ligne électrique qui \
                 sera installée dans le bâtiment est. Les fournisseurs locaux livrent aussi \
                 les batteries du site.",
            ),
            (
                "nl",
                "Het concern bevestigt dat de fabriek in Gent vanaf het najaar een nieuwe \
                 elektrische auto bouwt. De vakbonden vragen garanties voor de banen en de \
                 lonen, en de directie belooft extra personeel voor de nieuwe lijn. Ook de \
                 leveranciers uit de regio zijn blij met het nieuws, want zij leveren de \
                 batterijen van het model.",
            ),
            (
                "de",
                "Der Konzern hat bestätigt, dass das Werk in Zwickau ab dem Herbst ein neues \
                 Elektroauto baut. Die Gewerkschaft fordert Garantien für die Arbeitsplätze \
                 und die Löhne, und die Geschäftsführung verspricht neue Stellen für die \
                 Linie. Auch die Zulieferer aus der Region sind mit der Entscheidung \
                 zufrieden, denn sie liefern die Batterien.",
            ),
            (
                "en",
                "The group has confirmed that the plant in Sunderland will build a new \
                 electric car from the autumn. The unions are asking for guarantees on jobs \
                 and wages, and the management has promised new hires for the line. Local \
                 suppliers are also pleased with the decision, as they deliver the batteries \
                 for the model.",
            ),
        ];
        for (lang, text) in cases {
            assert_eq!(
                FunctionWordVotes::count(text).landslide(),
                Some(Lang::from(lang)),
                "{text}"
            );
            assert_eq!(detect(text), lang);
        }
    }

    #[test]
    fn languages_sharing_function_words_are_left_to_whatlang() {
        let afrikaans = "Die groep het bevestig dat die fabriek in Rosslyn vanaf die herfs \
                         'n nuwe elektriese motor gaan bou. Die vakbonde vra waarborge vir die \
                         werk en die lone, en die bestuur beloof nuwe poste vir die lyn. Die \
                         plaaslike verskaffers is ook tevrede met die besluit, want hulle \
                         lewer die batterye vir die model.";
        let swedish = "Koncernen har bekräftat att fabriken i Torslanda bygger en ny elbil \
                       från hösten. Facket kräver garantier för jobben och lönerna, och \
                       ledningen lovar en ny tjänst för linjen. Även de lokala \
                       leverantörerna är nöjda med beslutet, eftersom de levererar \
                       batterierna till en modell som säljs i hela Europa.";
        for text in [afrikaans, swedish] {
            assert_eq!(FunctionWordVotes::count(text).landslide(), None, "{text}");
        }
        assert_eq!(detect(afrikaans), "af");
        assert_eq!(detect(swedish), "sv");
    }

    #[test]
    fn the_vote_table_counts_as_the_word_lists_do() {
        assert!(FUNCTION_WORDS.iter().all(|(_, words)| words.len() <= 32));
        let texts = [
            "L'usine de Kalouga et les voitures du groupe sont près de Paris. Le Usine!",
            "Het werk van de fabriek en de auto's: niet meer, ook niet. Das Werk und die Fabrik.",
            "The plant is near the port and its new line opens; FÁBRICA não são da em um.",
        ];
        for text in texts {
            let votes = FunctionWordVotes::count(text);
            for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
                let words: Vec<String> = text
                    .split(|c: char| !c.is_alphabetic())
                    .map(str::to_lowercase)
                    .filter(|w| list.contains(&w.as_str()))
                    .collect();
                let mut distinct = words.clone();
                distinct.sort();
                distinct.dedup();
                assert_eq!(votes.hits[i], words.len(), "{text} {i}");
                assert_eq!(votes.distinct[i], distinct.len(), "{text} {i}");
            }
        }
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
        assert_eq!(detect("ok"), Lang::UNDETERMINED);
        assert_eq!(detect(""), Lang::UNDETERMINED);
    }
}
