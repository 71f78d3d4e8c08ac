//! Text analysis for the index: a tokenizer built on the shared folding (case, accents,
//! German transliteration, hyphens and apostrophes), then per-language stemming.

use tantivy::tokenizer::{
    Language, RemoveLongFilter, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer,
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
    pub const ALL: [Lang; 8] =
        [Lang::Fr, Lang::Nl, Lang::En, Lang::De, Lang::Es, Lang::It, Lang::Pt, Lang::Other];

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
        let base = TextAnalyzer::builder(FoldTokenizer).filter(RemoveLongFilter::limit(48));
        match self.stemmer() {
            Some(language) => base.filter(Stemmer::new(language)).build(),
            None => base.build(),
        }
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
        FoldTokenStream { tokens: tokenize(text), next: 0 }
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
    fn stemming_per_language() {
        let mut fr = Lang::Fr.analyzer();
        assert_eq!(analyze(&mut fr, "voitures"), analyze(&mut fr, "voiture"));
        let mut nl = Lang::Nl.analyzer();
        assert_eq!(analyze(&mut nl, "fabrieken"), analyze(&mut nl, "fabriek"));
    }
}
