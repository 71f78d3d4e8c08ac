//! Text analysis for the index: a tokenizer built on the shared folding (case, accents,
//! German transliteration, hyphens and apostrophes), then per-language stemming.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    Language, RawTokenizer, RemoveLongFilter, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

use crate::entities::fold::fold;

/// Languages with their own stemmed fields; every other language goes to `Other` (folded,
/// not stemmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    Nl,
    En,
    De,
    Es,
    It,
    Pt,
    Other,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::Fr,
        Lang::Nl,
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Other,
    ];

    pub fn of(code: &str) -> Lang {
        match code {
            "fr" => Lang::Fr,
            "nl" => Lang::Nl,
            "en" => Lang::En,
            "de" => Lang::De,
            "es" => Lang::Es,
            "it" => Lang::It,
            "pt" => Lang::Pt,
            _ => Lang::Other,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Other => "xx",
        }
    }

    fn stemmer(self) -> Option<Language> {
        Some(match self {
            Lang::Fr => Language::French,
            Lang::Nl => Language::Dutch,
            Lang::En => Language::English,
            Lang::De => Language::German,
            Lang::Es => Language::Spanish,
            Lang::It => Language::Italian,
            Lang::Pt => Language::Portuguese,
            Lang::Other => return None,
        })
    }

    /// The tokenizer name registered for this language's stemmed fields.
    pub fn analyzer_name(self) -> &'static str {
        match self {
            Lang::Fr => "fold_fr",
            Lang::Nl => "fold_nl",
            Lang::En => "fold_en",
            Lang::De => "fold_de",
            Lang::Es => "fold_es",
            Lang::It => "fold_it",
            Lang::Pt => "fold_pt",
            Lang::Other => FOLD_ONLY,
        }
    }

    pub fn analyzer(self) -> TextAnalyzer {
        match self.stemmer() {
            Some(language) => TextAnalyzer::from(StemTokenizer::new(language)),
            None => TextAnalyzer::builder(FoldTokenizer)
                .filter(RemoveLongFilter::limit(MAX_TOKEN))
                .build(),
        }
    }
}

/// Tokens this long or longer are dropped (as tantivy's `RemoveLongFilter` does).
const MAX_TOKEN: usize = 48;

/// Words remembered per stemming tokenizer; beyond this, new words are stemmed every time.
const STEM_CACHE: usize = 500_000;

/// Folding, then `RemoveLongFilter` and the stemmer applied word by word through a cache:
/// the same terms as chaining the filters, without stemming each occurrence again (a corpus
/// repeats its words; stemming was a seventh of the indexing time). Each indexing thread
/// works on its own clone, so the cache needs no lock.
#[derive(Clone)]
pub struct StemTokenizer {
    /// The whole input as one token, then the length filter and the stemmer.
    word: TextAnalyzer,
    /// Folded word → its term (`None`: dropped as too long). Fx hashing: SipHash was most
    /// of the lookup's cost, and the keys are our own folded words.
    cache: FxHashMap<String, Option<String>>,
}

impl StemTokenizer {
    fn new(language: Language) -> StemTokenizer {
        StemTokenizer {
            word: TextAnalyzer::builder(RawTokenizer::default())
                .filter(RemoveLongFilter::limit(MAX_TOKEN))
                .filter(Stemmer::new(language))
                .build(),
            cache: FxHashMap::default(),
        }
    }

    /// Replace a folded word by its term in place; false when the word is dropped.
    fn stem(&mut self, word: &mut String) -> bool {
        if let Some(term) = self.cache.get(word.as_str()) {
            return match term {
                Some(term) => {
                    word.clear();
                    word.push_str(term);
                    true
                }
                None => false,
            };
        }
        let term = {
            let mut stream = self.word.token_stream(word);
            stream.advance().then(|| stream.token().text.clone())
        };
        if self.cache.len() < STEM_CACHE {
            self.cache.insert(word.clone(), term.clone());
        }
        match term {
            Some(term) => {
                *word = term;
                true
            }
            None => false,
        }
    }
}

impl Tokenizer for StemTokenizer {
    type TokenStream<'a> = FoldTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldTokenStream {
        let mut tokens = tokenize(text);
        tokens.retain_mut(|token| self.stem(&mut token.text));
        FoldTokenStream { tokens, next: 0 }
    }
}

/// Name of the folding-only analyzer (raw fields, prefixes, phrases).
pub const FOLD_ONLY: &str = "fold";

/// Splits folded text into runs of letters and digits. Offsets point into the original text.
#[derive(Clone, Copy, Default)]
pub struct FoldTokenizer;

pub struct FoldTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for FoldTokenizer {
    type TokenStream<'a> = FoldTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldTokenStream {
        FoldTokenStream {
            tokens: tokenize(text),
            next: 0,
        }
    }
}

impl TokenStream for FoldTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// Folded tokens of `text`, with original byte offsets and positions.
pub fn tokenize(text: &str) -> Vec<Token> {
    let folded = fold(text);
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let push = |tokens: &mut Vec<Token>, s: usize, e: usize| {
        let (from, to) = folded.original_range(s, e);
        tokens.push(Token {
            offset_from: from,
            offset_to: to,
            position: tokens.len(),
            text: folded.text[s..e].to_string(),
            position_length: 1,
        });
    };
    for (i, c) in folded.text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(&mut tokens, s, i);
        }
    }
    if let Some(s) = start {
        push(&mut tokens, s, folded.text.len());
    }
    tokens
}

/// The analysed terms of `text` for one language (folded, then stemmed).
pub fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_folded_with_original_offsets() {
        let text = "L'usine de Kalouga-fabriek";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["l", "usine", "de", "kalouga", "fabriek"]);
        assert_eq!(&text[tokens[3].offset_from..tokens[3].offset_to], "Kalouga");
    }

    #[test]
    fn cached_stemming_gives_the_terms_of_the_filter_chain() {
        let text = "Les voitures électriques de l'usine Kalouga-fabriek, voitures 2024 \
                    abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz fin";
        for lang in [Lang::Fr, Lang::Nl, Lang::En, Lang::De] {
            let language = lang.stemmer().expect("stemmed language");
            let mut chain = TextAnalyzer::builder(FoldTokenizer)
                .filter(RemoveLongFilter::limit(MAX_TOKEN))
                .filter(Stemmer::new(language))
                .build();
            let mut cached = lang.analyzer();
            let tokens = |a: &mut TextAnalyzer| {
                let mut out = Vec::new();
                let mut stream = a.token_stream(text);
                while stream.advance() {
                    let t = stream.token();
                    out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
                }
                out
            };
            let expected = tokens(&mut chain);
            assert_eq!(tokens(&mut cached), expected);
            assert_eq!(tokens(&mut cached), expected, "second pass, from the cache");
        }
    }

    #[test]
    fn stemming_per_language() {
        let mut fr = Lang::Fr.analyzer();
        assert_eq!(analyze(&mut fr, "voitures"), analyze(&mut fr, "voiture"));
        let mut nl = Lang::Nl.analyzer();
        assert_eq!(analyze(&mut nl, "fabrieken"), analyze(&mut nl, "fabriek"));
    }
}
