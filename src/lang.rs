//! A language ([`Lang`]): an ISO 639-1 code or undetermined, its names, and the ways files and
//! users write it (`fr-FR`, `French`, `français`, `fra`, `fre` → `fr`).

use std::fmt;
use std::str::FromStr;

use whatlang::Lang as Whatlang;

/// A language: an ISO 639-1 code (two lowercase ASCII letters), or undetermined (`und`, as
/// ISO 639-2 writes it). Written as its code (serde, `Display`), so JSON output and the
/// cache hold the strings they held when this was a `String`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(Option<[u8; 2]>);

/// How undetermined is written.
const UND: &str = "und";

impl Lang {
    /// No language could be told.
    pub const UNDETERMINED: Lang = Lang(None);
    pub const EN: Lang = Lang(Some(*b"en"));
    pub const FR: Lang = Lang(Some(*b"fr"));
    pub const NL: Lang = Lang(Some(*b"nl"));
    pub const DE: Lang = Lang(Some(*b"de"));
    pub const ES: Lang = Lang(Some(*b"es"));
    pub const IT: Lang = Lang(Some(*b"it"));
    pub const PT: Lang = Lang(Some(*b"pt"));
    pub const RU: Lang = Lang(Some(*b"ru"));

    /// A language from its code exactly: two lowercase ASCII letters, or `und`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.as_bytes() {
            b"und" => Some(Lang::UNDETERMINED),
            &[a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Some(Lang(Some([a, b]))),
            _ => None,
        }
    }

    /// The ISO 639-1 code (`fr`), or `und`.
    pub fn code(&self) -> &str {
        match &self.0 {
            // Two ASCII letters (checked when made): always UTF-8.
            Some(code) => std::str::from_utf8(code).unwrap_or(UND),
            None => UND,
        }
    }

    /// The code, as `String::as_str` gives a string (for code that held the code as one).
    pub fn as_str(&self) -> &str {
        self.code()
    }

    pub fn is_determined(self) -> bool {
        self.0.is_some()
    }

    /// The English name (`French`, `Japanese`) of a language the detector knows.
    pub fn english_name(self) -> Option<&'static str> {
        self.detector().map(|lang| lang.eng_name())
    }

    /// The language's own name (`français`, `日本語`) when the detector knows it.
    pub fn own_name(self) -> Option<&'static str> {
        self.detector().map(|lang| lang.name())
    }

    /// Folded names of the languages most articles are in, in the languages most articles
    /// are in (`french`, `francais`, `frans`, `franzosisch`, …), the English one first; empty
    /// for the others.
    pub fn folded_names(self) -> &'static [&'static str] {
        match self.0.as_ref().map(|c| &c[..]) {
            Some(b"fr") => &[
                "french",
                "francais",
                "frans",
                "franzosisch",
                "frances",
                "francese",
            ],
            Some(b"nl") => &[
                "dutch",
                "nederlands",
                "neerlandais",
                "niederlandisch",
                "neerlandes",
                "olandese",
            ],
            Some(b"en") => &[
                "english", "anglais", "engels", "englisch", "ingles", "inglese",
            ],
            Some(b"de") => &[
                "german", "allemand", "duits", "deutsch", "aleman", "tedesco",
            ],
            Some(b"es") => &[
                "spanish", "espagnol", "spaans", "spanisch", "espanol", "spagnolo",
            ],
            Some(b"it") => &["italian", "italien", "italiaans", "italienisch", "italiano"],
            Some(b"pt") => &[
                "portuguese",
                "portugais",
                "portugees",
                "portugiesisch",
                "portugues",
                "portoghese",
            ],
            Some(b"ru") => &["russian", "russe", "russisch", "ruso", "russo"],
            _ => &[],
        }
    }

    /// The detector's language with this code.
    fn detector(self) -> Option<Whatlang> {
        self.0?;
        Whatlang::all()
            .iter()
            .copied()
            .find(|lang| Lang::from(*lang) == self)
    }
}

/// A language as a file or a user writes it: a code with or without a region (`fr`,
/// `fr-FR`, `FR_fr`), a three-letter code (`fra`, `fre`, `cmn`), or a name in English or in
/// the language itself (`French`, `français`); `und` is [`Lang::UNDETERMINED`].
impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(raw: &str) -> Result<Lang, UnknownLang> {
        let lower = raw.trim().to_lowercase();
        let primary = lower.split(['-', '_', ' ', '.']).next().unwrap_or("");
        if primary == UND {
            return Ok(Lang::UNDETERMINED);
        }
        if let Some(lang) = Lang::from_code(primary).filter(|l| l.is_determined()) {
            return Ok(lang);
        }
        if primary.len() == 3 {
            if let Some(lang) = Whatlang::from_code(primary) {
                return Ok(lang.into());
            }
            if let Some(lang) = bibliographic(primary) {
                return Ok(lang);
            }
        }
        Whatlang::all()
            .iter()
            .find(|lang| {
                lang.eng_name().eq_ignore_ascii_case(lower.trim())
                    || lang.name().to_lowercase() == lower.trim()
            })
            .map(|lang| Lang::from(*lang))
            .ok_or(UnknownLang)
    }
}

/// The text names no language we know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a language")]
pub struct UnknownLang;

/// A code or name as [`FromStr`] reads it, undetermined when it names no language: for
/// fixtures and tests that write `lang: "fr".into()`.
impl From<&str> for Lang {
    fn from(raw: &str) -> Lang {
        raw.parse().unwrap_or(Lang::UNDETERMINED)
    }
}

impl From<Whatlang> for Lang {
    fn from(lang: Whatlang) -> Lang {
        let code = iso639_1(lang).as_bytes();
        Lang(Some([code[0], code[1]]))
    }
}

/// Borrowed as its code, as the `String` it replaced was (`lexicon(&article.lang)`).
impl std::ops::Deref for Lang {
    type Target = str;
    fn deref(&self) -> &str {
        self.code()
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        self.code()
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.code() == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl PartialEq<String> for Lang {
    fn eq(&self, other: &String) -> bool {
        self.code() == other
    }
}

/// In the order of the codes, as the strings sorted (`uk` < `und` < `ur`).
impl Ord for Lang {
    fn cmp(&self, other: &Lang) -> std::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Lang) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Read back from its code only (what [`Lang::code`] writes), so a cache holding anything
/// else fails to load instead of holding a language nobody wrote.
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        struct Code;
        impl serde::de::Visitor<'_> for Code {
            type Value = Lang;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an ISO 639-1 code or \"und\"")
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Lang, E> {
                Lang::from_code(code)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(code), &self))
            }
        }
        deserializer.deserialize_str(Code)
    }
}

/// ISO 639-2/B codes and other three-letter codes whatlang does not use.
fn bibliographic(code: &str) -> Option<Lang> {
    let code: &[u8; 2] = match code {
        "fre" => b"fr",
        "ger" => b"de",
        "dut" => b"nl",
        "chi" | "zho" => b"zh",
        "cze" => b"cs",
        "gre" => b"el",
        "per" | "fas" => b"fa",
        "rum" => b"ro",
        "slo" => b"sk",
        "arm" => b"hy",
        "geo" => b"ka",
        "wel" => b"cy",
        "nor" => b"no",
        "nno" => b"nn",
        "msa" | "may" => b"ms",
        "alb" | "sqi" => b"sq",
        "baq" | "eus" => b"eu",
        "ice" | "isl" => b"is",
        "mac" => b"mk",
        "bur" => b"my",
        "gle" => b"ga",
        "glg" => b"gl",
        "ltz" => b"lb",
        _ => return None,
    };
    Some(Lang(Some(*code)))
}

/// whatlang's ISO 639-3 languages as ISO 639-1 codes.
fn iso639_1(lang: Whatlang) -> &'static str {
    use Whatlang as W;
    match lang {
        W::Epo => "eo",
        W::Eng => "en",
        W::Rus => "ru",
        W::Cmn => "zh",
        W::Spa => "es",
        W::Por => "pt",
        W::Ita => "it",
        W::Ben => "bn",
        W::Fra => "fr",
        W::Deu => "de",
        W::Ukr => "uk",
        W::Kat => "ka",
        W::Ara => "ar",
        W::Hin => "hi",
        W::Jpn => "ja",
        W::Heb => "he",
        W::Yid => "yi",
        W::Pol => "pl",
        W::Amh => "am",
        W::Jav => "jv",
        W::Kor => "ko",
        W::Nob => "nb",
        W::Dan => "da",
        W::Swe => "sv",
        W::Fin => "fi",
        W::Tur => "tr",
        W::Nld => "nl",
        W::Hun => "hu",
        W::Ces => "cs",
        W::Ell => "el",
        W::Bul => "bg",
        W::Bel => "be",
        W::Mar => "mr",
        W::Kan => "kn",
        W::Ron => "ro",
        W::Slv => "sl",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Mkd => "mk",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Est => "et",
        W::Tam => "ta",
        W::Vie => "vi",
        W::Urd => "ur",
        W::Tha => "th",
        W::Guj => "gu",
        W::Uzb => "uz",
        W::Pan => "pa",
        W::Aze => "az",
        W::Ind => "id",
        W::Tel => "te",
        W::Pes => "fa",
        W::Mal => "ml",
        W::Ori => "or",
        W::Mya => "my",
        W::Nep => "ne",
        W::Sin => "si",
        W::Khm => "km",
        W::Tuk => "tk",
        W::Aka => "ak",
        W::Zul => "zu",
        W::Sna => "sn",
        W::Afr => "af",
        W::Lat => "la",
        W::Slk => "sk",
        W::Cat => "ca",
        W::Tgl => "tl",
        W::Hye => "hy",
        W::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
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
}
