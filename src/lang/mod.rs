//! A language ([`Lang`]): an ISO 639-1 code or undetermined, its names, and the ways files and
//! users write it (`fr-FR`, `French`, `français`, `fra`, `fre` → `fr`).

use std::fmt;
use std::str::FromStr;

use whatlang::Lang as Whatlang;

mod codes;
use codes::{bibliographic, iso639_1};

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

    /// A language from a two-letter code written in the program (`Lang::iso(b"pl")`): only
    /// two lowercase ASCII letters, checked when compiling where used in a `const`.
    pub const fn iso(code: &[u8; 2]) -> Lang {
        assert!(code[0].is_ascii_lowercase() && code[1].is_ascii_lowercase());
        Lang(Some(*code))
    }

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

#[cfg(test)]
mod tests;
