//! The per-language cue lexicons of `assets/facts/*.toml` (see its README): parsed once,
//! indexed by the first letters of their first word, matched on a sentence's tokens.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::text::{Token, words};
use crate::Lang;

/// What a cue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    Produce,
    Future,
    Past,
    Until,
    Hedge,
    Negation,
    NotNegation,
    NoLonger,
    Stop,
    Last,
    Transfer,
    Anaphora,
    Pronoun,
    AuxPassive,
    Participle,
    /// An exception (`except`, `escludendo`, `außer`): the subjects after it in its clause are
    /// set apart, not said to be built.
    Except,
    /// A pause (`temporarily`, `next week`, `vorübergehend`): a stop near one is not an end.
    Pause,
    /// A plant's founding or opening (`créée en`, `opened in`): the year after it dates the
    /// plant, not what it builds.
    Founded,
    /// Vehicles not named (`cars`, `carros`, `Autos`): what a plant referred back to builds,
    /// listed in the next sentence.
    Vehicles,
    /// An anniversary (`50 anos`, `Jubiläum`, `周年`): a year near one is the jubilee's, not
    /// the time of what the plant builds.
    Anniversary,
    /// A plan only weighed, said of the whole clause wherever it stands ("… a Melfi è in
    /// valutazione", "is under consideration"): the clause's facts are `may_build`.
    Weighed,
    /// A purpose (`para`, `pour`, `in order to`): a country after one is where the plan
    /// aims, not where the production cue before it takes place.
    Purpose,
    /// The source of a move (`from`, `depuis`, `から`): in a sentence that moves production,
    /// the plant beside one is the one left, wherever it stands.
    From,
    /// A denial of what it follows or leads (`わけではない`, `does not mean the end`): the stop
    /// it denies is no stop, its negation no refusal.
    Denial,
    /// A first one (`first`, `primer`, `erste`): with a year before the article's, production
    /// that began then and was built, not what the plant builds now.
    First,
    /// A time written with an end or last word (`at the end of 2020`, `last spring`, `l'an
    /// dernier`, `Ende 2024`): it dates, so the stop or last cue inside it is none.
    DatePhrase,
    /// A part built for cars (`engines`, `battery housings`, `moteurs`, `Getriebe`): the
    /// models after one, with no production cue between, are what it goes into, not built.
    Component,
    /// A coordination that starts another object (`as well as`, `ainsi que`, `sowie`): after
    /// a component, what follows one may be built again.
    Coordination,
}

/// The lexicon files, embedded: (language, TOML).
const FILES: [(&str, &str); 16] = [
    ("cs", include_str!("../../assets/facts/cs.toml")),
    ("de", include_str!("../../assets/facts/de.toml")),
    ("en", include_str!("../../assets/facts/en.toml")),
    ("es", include_str!("../../assets/facts/es.toml")),
    ("fr", include_str!("../../assets/facts/fr.toml")),
    ("it", include_str!("../../assets/facts/it.toml")),
    ("ja", include_str!("../../assets/facts/ja.toml")),
    ("ko", include_str!("../../assets/facts/ko.toml")),
    ("nl", include_str!("../../assets/facts/nl.toml")),
    ("no", include_str!("../../assets/facts/no.toml")),
    ("pl", include_str!("../../assets/facts/pl.toml")),
    ("pt", include_str!("../../assets/facts/pt.toml")),
    ("ru", include_str!("../../assets/facts/ru.toml")),
    ("sv", include_str!("../../assets/facts/sv.toml")),
    ("tr", include_str!("../../assets/facts/tr.toml")),
    ("zh", include_str!("../../assets/facts/zh.toml")),
];

/// The embedded lexicons, by language code.
pub fn builtin() -> Result<HashMap<Lang, Lexicon>, String> {
    FILES
        .iter()
        .map(|(lang, text)| {
            Lexicon::from_toml(text)
                .and_then(|l| {
                    if l.lang == *lang {
                        Ok((l.lang, l))
                    } else {
                        Err(format!("its lang is {}, not its file's", l.lang))
                    }
                })
                .map_err(|e| format!("assets/facts/{lang}.toml: {e}"))
        })
        .collect()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: Lang,
    #[serde(default = "default_before")]
    window_before: usize,
    #[serde(default = "default_after")]
    window_after: usize,
    #[serde(default)]
    zero_subject: bool,
    #[serde(default)]
    verb_first: bool,
    #[serde(default)]
    founding_year_before: bool,
    #[serde(default)]
    produce: Vec<String>,
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    past: Vec<String>,
    #[serde(default)]
    until: Vec<String>,
    #[serde(default)]
    hedge: Vec<String>,
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    not_negation: Vec<String>,
    #[serde(default)]
    no_longer: Vec<String>,
    #[serde(default)]
    stop: Vec<String>,
    #[serde(default)]
    last: Vec<String>,
    #[serde(default)]
    transfer: Vec<String>,
    #[serde(default)]
    anaphora: Vec<String>,
    #[serde(default)]
    pronoun: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    locative: Vec<String>,
    #[serde(default)]
    aux_passive: Vec<String>,
    #[serde(default)]
    participle: Vec<String>,
    #[serde(default)]
    founded: Vec<String>,
    #[serde(default)]
    vehicles: Vec<String>,
    #[serde(default)]
    anniversary: Vec<String>,
    #[serde(default)]
    pause: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    from: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    first: Vec<String>,
    #[serde(default)]
    weighed: Vec<String>,
    #[serde(default)]
    purpose: Vec<String>,
    #[serde(default)]
    date_phrase: Vec<String>,
    #[serde(default)]
    component: Vec<String>,
    #[serde(default)]
    coordination: Vec<String>,
    #[serde(default)]
    from_after: bool,
}

fn default_before() -> usize {
    8
}
fn default_after() -> usize {
    5
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    Exact(String),
    Prefix(String),
    /// `*acak`: the end of a word (Turkish and other suffixing languages put tense there).
    Suffix(String),
    /// `*acag*`: a piece anywhere inside a word.
    Inner(String),
    /// `..`: up to [`GAP`] words of anything (`ne .. plus` = `ne devrait plus`).
    Gap,
}

/// At most this many words stand for a `..` in a cue.
const GAP: usize = 3;

impl Word {
    fn matches(&self, token: &str) -> bool {
        match self {
            Word::Exact(w) => w == token,
            Word::Prefix(p) => token.starts_with(p.as_str()),
            Word::Suffix(p) => token.len() > p.len() && token.ends_with(p.as_str()),
            Word::Inner(p) => token.len() > p.len() && token.contains(p.as_str()),
            Word::Gap => true,
        }
    }

    /// The letters an index key is taken from, for a word that can start a cue.
    fn anchor(&self) -> Option<&str> {
        match self {
            Word::Exact(w) | Word::Prefix(w) => Some(w),
            Word::Suffix(_) | Word::Inner(_) | Word::Gap => None,
        }
    }
}

/// Where `words` match `tokens` from the start: the index of the last token matched. A gap
/// takes as few words as it can.
fn match_from(words: &[Word], tokens: &[Token], at: usize) -> Option<usize> {
    let (first, rest) = words.split_first()?;
    if *first == Word::Gap {
        return (0..=GAP).find_map(|skip| match_from(rest, tokens, at + skip));
    }
    let token = tokens.get(at)?;
    if !first.matches(token.text) {
        return None;
    }
    if rest.is_empty() {
        Some(at)
    } else {
        match_from(rest, tokens, at + 1)
    }
}

#[derive(Debug, Clone)]
struct Cue {
    words: Vec<Word>,
    cat: Cat,
}

/// A cue found in a sentence: its category and the tokens it spans (indices, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub cat: Cat,
    pub first: usize,
    pub last: usize,
}

/// One language's cues.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub lang: Lang,
    /// Modifiers count this many tokens before a production cue…
    pub before: usize,
    /// …and this many after.
    pub after: usize,
    cues: Vec<Cue>,
    /// First one to four letters of a cue's first word (packed by [`key`]) → cues.
    index: FxHashMap<u128, Vec<usize>>,
    /// By a key's first byte, the lengths (in letters, bit 0 for one letter) of the keys
    /// starting with it: a word is looked up only at those lengths, and most words, with
    /// no key starting like them, not at all. 256 entries once a cue is added.
    lengths: Vec<u8>,
    /// Cues whose first word is a suffix or an inner piece: tried at every word.
    unanchored: Vec<usize>,
    /// Words that may stand between a brand and its plant (folded).
    pub links: Vec<String>,
    /// Prepositions of place, folded.
    pub locative: Vec<String>,
    /// The language leaves out what is known: a production cue with no place is about the
    /// plant named just before.
    pub zero_subject: bool,
    /// The language drops a subject pronoun before its verb (Spanish, Italian, Portuguese,
    /// Polish, Czech): a sentence that opens with a production verb ("Producen el León…")
    /// builds at the one plant named just before.
    pub verb_first: bool,
    /// The language writes a founding's year before its cue (`1959年8月から稼働`): a year
    /// just before a founding cue is the founding's too.
    pub founding_year_before: bool,
    /// The language marks a move's source after the plant (`九州工場から`, `Bursa'dan`), not
    /// before it (`from Wolfsburg`).
    pub from_after: bool,
}

/// At most this many letters of a first word make its index key.
const KEY: usize = 4;

/// The index key of a word's first `KEY` letters (at most 16 bytes of UTF-8), packed into an
/// integer: hashing it is one multiplication, comparing it one instruction. Zero padding is
/// unambiguous because a word never holds a NUL (words are letters and digits).
fn key(word: &str) -> u128 {
    let end = word.char_indices().nth(KEY).map_or(word.len(), |(i, _)| i);
    pack(&word.as_bytes()[..end])
}

/// `bytes` (at most 16) as the low bytes of an integer.
fn pack(bytes: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    buf[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(buf)
}

impl Lexicon {
    pub fn from_toml(text: &str) -> Result<Lexicon, String> {
        let file: File = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let mut lexicon = Lexicon {
            lang: file.lang,
            before: file.window_before,
            after: file.window_after,
            zero_subject: file.zero_subject,
            verb_first: file.verb_first,
            founding_year_before: file.founding_year_before,
            from_after: file.from_after,
            ..Lexicon::default()
        };
        let lists = [
            (Cat::Produce, &file.produce),
            (Cat::Future, &file.future),
            (Cat::Past, &file.past),
            (Cat::Until, &file.until),
            (Cat::Hedge, &file.hedge),
            (Cat::Negation, &file.negation),
            (Cat::NotNegation, &file.not_negation),
            (Cat::NoLonger, &file.no_longer),
            (Cat::Stop, &file.stop),
            (Cat::Last, &file.last),
            (Cat::Transfer, &file.transfer),
            (Cat::Anaphora, &file.anaphora),
            (Cat::Pronoun, &file.pronoun),
            (Cat::AuxPassive, &file.aux_passive),
            (Cat::Participle, &file.participle),
            (Cat::Founded, &file.founded),
            (Cat::Vehicles, &file.vehicles),
            (Cat::Anniversary, &file.anniversary),
            (Cat::Pause, &file.pause),
            (Cat::Except, &file.except),
            (Cat::From, &file.from),
            (Cat::Denial, &file.denial),
            (Cat::First, &file.first),
            (Cat::Weighed, &file.weighed),
            (Cat::Purpose, &file.purpose),
            (Cat::DatePhrase, &file.date_phrase),
            (Cat::Component, &file.component),
            (Cat::Coordination, &file.coordination),
        ];
        for (cat, list) in lists {
            for cue in list {
                lexicon.add(cat, cue)?;
            }
        }
        lexicon.links = file.links.iter().flat_map(|l| words(l)).collect();
        lexicon.locative = file.locative.iter().flat_map(|l| words(l)).collect();
        Ok(lexicon)
    }

    /// Another lexicon's cues added to this one (the union used for unknown languages).
    pub fn merge(&mut self, other: &Lexicon) {
        for cue in &other.cues {
            self.push(cue.clone());
        }
        self.links.extend(other.links.iter().cloned());
        self.locative.extend(other.locative.iter().cloned());
        self.before = self.before.max(other.before);
        self.after = self.after.max(other.after);
    }

    fn add(&mut self, cat: Cat, cue: &str) -> Result<(), String> {
        let pieces: Vec<&str> = cue.split_whitespace().collect();
        let mut words = Vec::new();
        for piece in &pieces {
            if *piece == ".." {
                if words.is_empty() {
                    return Err(format!("cue {cue:?} starts with a gap"));
                }
                words.push(Word::Gap);
                continue;
            }
            let (body, prefix) = match piece.strip_suffix('*') {
                Some(b) => (b, true),
                None => (*piece, false),
            };
            let (body, suffix) = match body.strip_prefix('*') {
                Some(b) => (b, true),
                None => (body, false),
            };
            let toks = super::text::words(body);
            if toks.is_empty() {
                return Err(format!("cue {cue:?} has an empty word"));
            }
            if suffix && toks.len() > 1 {
                return Err(format!("cue {cue:?}: a `*piece` must be one word"));
            }
            let count = toks.len();
            for (i, t) in toks.into_iter().enumerate() {
                let last_of_piece = i + 1 == count;
                words.push(match (suffix, prefix && last_of_piece) {
                    (true, true) => Word::Inner(t),
                    (true, false) => Word::Suffix(t),
                    (false, true) => Word::Prefix(t),
                    (false, false) => Word::Exact(t),
                });
            }
        }
        if words.last() == Some(&Word::Gap) {
            return Err(format!("cue {cue:?} ends with a gap"));
        }
        self.push(Cue { words, cat });
        Ok(())
    }

    fn push(&mut self, cue: Cue) {
        let Some(first) = cue.words.first() else {
            return;
        };
        match first.anchor() {
            Some(w) => {
                self.index.entry(key(w)).or_default().push(self.cues.len());
                if let Some(&b) = w.as_bytes().first() {
                    self.lengths.resize(256, 0);
                    let letters = w.chars().take(KEY).count();
                    self.lengths[usize::from(b)] |= 1 << (letters - 1);
                }
            }
            None => self.unanchored.push(self.cues.len()),
        }
        self.cues.push(cue);
    }

    fn try_cues(&self, list: &[usize], tokens: &[Token], i: usize, hits: &mut Vec<Hit>) {
        for &c in list {
            let cue = &self.cues[c];
            if let Some(last) = match_from(&cue.words, tokens, i) {
                hits.push(Hit {
                    cat: cue.cat,
                    first: i,
                    last,
                });
            }
        }
    }

    /// Every cue occurrence in `tokens`, less the stop and last cues inside a phrase that
    /// only dates (`at the end of 2020`, `last spring`).
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let word = token.text.as_bytes();
            let lengths = word
                .first()
                .and_then(|&b| self.lengths.get(usize::from(b)))
                .copied()
                .unwrap_or(0);
            if lengths != 0 {
                // The word's first one to four letters, shortest first: each may be a key.
                let mut end = 0;
                for n in 0..KEY {
                    end += token.text[end..].chars().next().map_or(0, char::len_utf8);
                    if lengths & (1 << n) != 0
                        && let Some(list) = self.index.get(&pack(&word[..end]))
                    {
                        self.try_cues(list, tokens, i, &mut hits);
                    }
                    if end == word.len() {
                        break;
                    }
                }
            }
            self.try_cues(&self.unanchored, tokens, i, &mut hits);
        }
        if hits.iter().any(|h| h.cat == Cat::DatePhrase) {
            let dates: Vec<(usize, usize)> = hits
                .iter()
                .filter(|h| h.cat == Cat::DatePhrase)
                .map(|h| (h.first, h.last))
                .collect();
            hits.retain(|h| {
                !matches!(h.cat, Cat::Stop | Cat::Last)
                    || !dates.iter().any(|&(f, l)| f <= h.first && h.last <= l)
            });
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(lex: &Lexicon, text: &str) -> Vec<(Cat, usize, usize)> {
        let mut arena = String::new();
        lex.find(&crate::facts::text::tokens(text, 0, &mut arena))
            .into_iter()
            .map(|h| (h.cat, h.first, h.last))
            .collect()
    }

    #[test]
    fn every_builtin_lexicon_parses() {
        let all = builtin();
        assert!(
            all.as_ref().is_ok_and(|m| m.len() == FILES.len()),
            "{:?}",
            all.err()
        );
    }

    #[test]
    fn cues_match_words_prefixes_and_sequences() {
        let lex = Lexicon::from_toml(
            "lang = \"fr\"\nproduce = [\"produi*\", \"sort de\"]\nanaphora = [\"l'usine\"]\nfuture = [\"va\"]",
        )
        .unwrap_or_default();
        assert_eq!(
            cats(&lex, "L'usine va produire; elle sort de"),
            [
                (Cat::Anaphora, 0, 1),
                (Cat::Future, 2, 2),
                (Cat::Produce, 3, 3),
                (Cat::Produce, 5, 6)
            ]
        );
        // An exact word is not a prefix: "vapeur" is not "va"; "sort" alone is not "sort de".
        assert!(cats(&lex, "vapeur sort").is_empty());
        let zh = Lexicon::from_toml("lang = \"zh\"\nproduce = [\"生产\"]").unwrap_or_default();
        assert_eq!(cats(&zh, "在上海生产Model 3"), [(Cat::Produce, 3, 4)]);
    }

    #[test]
    fn cues_match_gaps_word_ends_and_inner_pieces() {
        let lex = Lexicon::from_toml(
            "lang = \"xx\"\nno_longer = [\"ne .. plus\"]\nfuture = [\"*acak\", \"*acag*\"]",
        )
        .unwrap_or_default();
        assert_eq!(cats(&lex, "ne plus"), [(Cat::NoLonger, 0, 1)]);
        assert_eq!(cats(&lex, "elle ne devrait plus"), [(Cat::NoLonger, 1, 3)]);
        // At most three words stand between.
        assert!(cats(&lex, "ne a b c d plus").is_empty());
        assert_eq!(
            cats(&lex, "yapilacak durdurulacagi acak"),
            [(Cat::Future, 0, 0), (Cat::Future, 1, 1)]
        );
    }

    #[test]
    fn a_bad_lexicon_is_an_error() {
        assert!(Lexicon::from_toml("lang = \"xx\"\nstop = [\".. plus\"]").is_err());
        assert!(Lexicon::from_toml("lang = \"xx\"\nstop = [\"ne ..\"]").is_err());
        assert!(Lexicon::from_toml("lang = \"xx\"\nproduce = [\"*\"]").is_err());
        assert!(Lexicon::from_toml("lang = \"xx\"\nunknown = []").is_err());
    }
}
