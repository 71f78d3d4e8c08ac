//! Text analysis for the index: a tokenizer built on the shared folding (case, accents,
//! German transliteration, hyphens and apostrophes), then per-language stemming.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    Language, RawTokenizer, RemoveLongFilter, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

use crate::Lang;
use crate::text::fold::{Folded, fold};

/// The text fields an article's language goes to: the languages with their own stemmed
/// fields, and `Other` (folded, not stemmed) for every other language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stemming {
    Fr,
    Nl,
    En,
    De,
    Es,
    It,
    Pt,
    Other,
}

impl Stemming {
    pub const ALL: [Stemming; 8] = [
        Stemming::Fr,
        Stemming::Nl,
        Stemming::En,
        Stemming::De,
        Stemming::Es,
        Stemming::It,
        Stemming::Pt,
        Stemming::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Stemming::Fr => "fr",
            Stemming::Nl => "nl",
            Stemming::En => "en",
            Stemming::De => "de",
            Stemming::Es => "es",
            Stemming::It => "it",
            Stemming::Pt => "pt",
            Stemming::Other => "xx",
        }
    }

    fn stemmer(self) -> Option<Language> {
        Some(match self {
            Stemming::Fr => Language::French,
            Stemming::Nl => Language::Dutch,
            Stemming::En => Language::English,
            Stemming::De => Language::German,
            Stemming::Es => Language::Spanish,
            Stemming::It => Language::Italian,
            Stemming::Pt => Language::Portuguese,
            Stemming::Other => return None,
        })
    }

    /// The tokenizer name registered for this language's stemmed fields.
    pub fn analyzer_name(self) -> &'static str {
        match self {
            Stemming::Fr => "fold_fr",
            Stemming::Nl => "fold_nl",
            Stemming::En => "fold_en",
            Stemming::De => "fold_de",
            Stemming::Es => "fold_es",
            Stemming::It => "fold_it",
            Stemming::Pt => "fold_pt",
            Stemming::Other => FOLD_ONLY,
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

impl From<Lang> for Stemming {
    fn from(lang: Lang) -> Stemming {
        match lang {
            Lang::FR => Stemming::Fr,
            Lang::NL => Stemming::Nl,
            Lang::EN => Stemming::En,
            Lang::DE => Stemming::De,
            Lang::ES => Stemming::Es,
            Lang::IT => Stemming::It,
            Lang::PT => Stemming::Pt,
            _ => Stemming::Other,
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

    /// Write the term of a folded word into `out` (cleared first); false when the word is
    /// dropped. Looks the word up by reference: no string is made for a cached word.
    fn stem_into(&mut self, word: &str, out: &mut String) -> bool {
        out.clear();
        if let Some(term) = self.cache.get(word) {
            return match term {
                Some(term) => {
                    out.push_str(term);
                    true
                }
                None => false,
            };
        }
        let term = {
            let mut stream = self.word.token_stream(word);
            stream.advance().then(|| stream.token().text.clone())
        };
        if let Some(term) = &term {
            out.push_str(term);
        }
        let kept = term.is_some();
        if self.cache.len() < STEM_CACHE {
            self.cache.insert(word.to_string(), term);
        }
        kept
    }
}

impl Tokenizer for StemTokenizer {
    type TokenStream<'a> = FoldTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldTokenStream<'a> {
        FoldTokenStream::new(text, Some(self))
    }
}

/// Name of the folding-only analyzer (raw fields, prefixes, phrases).
pub const FOLD_ONLY: &str = "fold";

/// Splits folded text into runs of letters and digits. Offsets point into the original text.
#[derive(Clone, Copy, Default)]
pub struct FoldTokenizer;

/// The words of folded text one at a time, written into one reused token: the same tokens as
/// [`tokenize`] (then the stemmer, if any), without a vector of tokens and a string per word
/// (allocating and freeing those was a tenth of the indexing threads' time).
pub struct FoldTokenStream<'a> {
    folded: Folded,
    /// Where the search for the next word starts, in the folded text.
    at: usize,
    /// Position of the next word; dropped words count too, as in [`tokenize`] and tantivy's
    /// `RemoveLongFilter`.
    position: usize,
    token: Token,
    stemmer: Option<&'a mut StemTokenizer>,
    /// Where the offset map was last read ([`Folded::original_in_order`]): words come in order.
    cursor: usize,
}

impl<'a> FoldTokenStream<'a> {
    fn new(text: &str, stemmer: Option<&'a mut StemTokenizer>) -> FoldTokenStream<'a> {
        FoldTokenStream {
            folded: fold(text),
            at: 0,
            position: 0,
            token: Token::default(),
            stemmer,
            cursor: 0,
        }
    }
}

impl Tokenizer for FoldTokenizer {
    type TokenStream<'a> = FoldTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldTokenStream<'a> {
        FoldTokenStream::new(text, None)
    }
}

impl TokenStream for FoldTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end)) = next_word(&self.folded.text, self.at) {
            self.at = end;
            let position = self.position;
            self.position += 1;
            let word = &self.folded.text[start..end];
            let kept = match self.stemmer.as_deref_mut() {
                Some(stemmer) => stemmer.stem_into(word, &mut self.token.text),
                None => {
                    self.token.text.clear();
                    self.token.text.push_str(word);
                    true
                }
            };
            if kept {
                self.token.offset_from = self.folded.original_in_order(&mut self.cursor, start);
                self.token.offset_to = self.folded.original_in_order(&mut self.cursor, end);
                self.token.position = position;
                self.token.position_length = 1;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// The byte range of the first run of letters and digits in `text` at or after `from`.
/// ASCII bytes are judged as bytes (folded text is mostly ASCII words and single spaces),
/// other characters decoded: the same words as walking every character.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = from;
    if i > bytes.len() || !text.is_char_boundary(i) {
        return None;
    }
    while i < bytes.len() {
        let b = bytes[i];
        let (word, width) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => break,
            }
        };
        if word {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start {
            return Some((s, i));
        }
        i += width;
    }
    start.map(|s| (s, text.len()))
}

/// Folded tokens of `text`, with original byte offsets and positions.
pub fn tokenize(text: &str) -> Vec<Token> {
    let folded = fold(text);
    let mut tokens = Vec::new();
    let mut at = 0;
    while let Some((s, e)) = next_word(&folded.text, at) {
        at = e;
        let (from, to) = folded.original_range(s, e);
        tokens.push(Token {
            offset_from: from,
            offset_to: to,
            position: tokens.len(),
            text: folded.text[s..e].to_string(),
            position_length: 1,
        });
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

    /// The tokens of [`tokenize`] as a token stream: the reference the streaming tokenizers
    /// are checked against.
    #[derive(Clone)]
    struct VecTokenizer;

    struct VecStream(Vec<Token>, usize);

    impl Tokenizer for VecTokenizer {
        type TokenStream<'a> = VecStream;
        fn token_stream<'a>(&'a mut self, text: &'a str) -> VecStream {
            VecStream(tokenize(text), 0)
        }
    }

    impl TokenStream for VecStream {
        fn advance(&mut self) -> bool {
            self.1 += 1;
            self.1 <= self.0.len()
        }
        fn token(&self) -> &Token {
            &self.0[self.1 - 1]
        }
        fn token_mut(&mut self) -> &mut Token {
            &mut self.0[self.1 - 1]
        }
    }

    fn all_tokens(a: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut stream = a.token_stream(text);
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn streamed_tokens_are_the_tokens_of_tokenize_then_the_filters() {
        let long = "x".repeat(MAX_TOKEN);
        let texts = [
            String::new(),
            " ,;- ".to_string(),
            format!("{long} début {long}x Öhringen-Straße l’usine ID.3 Citroe\u{308}n 東京 2024"),
            "Les voitures électriques de l'usine Kalouga-fabriek, voitures 2024 fin".to_string(),
            "Die Fabrik in Rüsselsheim baut Autos; Ruesselsheim ist dieselbe Stadt.".to_string(),
        ];
        for lang in Stemming::ALL {
            let mut reference = match lang.stemmer() {
                Some(language) => TextAnalyzer::builder(VecTokenizer)
                    .filter(RemoveLongFilter::limit(MAX_TOKEN))
                    .filter(Stemmer::new(language))
                    .build(),
                None => TextAnalyzer::builder(VecTokenizer)
                    .filter(RemoveLongFilter::limit(MAX_TOKEN))
                    .build(),
            };
            let mut streamed = lang.analyzer();
            for text in &texts {
                let expected = all_tokens(&mut reference, text);
                assert_eq!(all_tokens(&mut streamed, text), expected, "{lang:?} {text}");
                assert_eq!(all_tokens(&mut streamed, text), expected, "{lang:?} again");
            }
        }
    }

    /// The words of `text` from `from` on, judging every character (what [`next_word`] does
    /// with ASCII bytes as bytes).
    fn next_word_by_char(text: &str, from: usize) -> Option<(usize, usize)> {
        let mut start = None;
        for (i, c) in text.get(from..)?.char_indices() {
            if c.is_alphanumeric() {
                if start.is_none() {
                    start = Some(from + i);
                }
            } else if let Some(s) = start {
                return Some((s, from + i));
            }
        }
        start.map(|s| (s, text.len()))
    }

    #[test]
    fn words_and_offsets_read_in_order_are_those_of_a_full_search() {
        const PIECES: [&str; 24] = [
            "Usine",
            " ",
            "  ",
            "-",
            "l’",
            "Öhringen",
            "Straße",
            "ID.3",
            "2024",
            "東京",
            "工場",
            "\n",
            "Citroe\u{308}n",
            "Ruesselsheim",
            "Zoe",
            ". ",
            "ø",
            "グループ",
            "x",
            "é",
            "、",
            "Kaluga",
            "\u{00ad}",
            "!",
        ];
        let mut seed = 0x2545_f491_u32;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize % n
        };
        for _ in 0..5_000 {
            let text: String = (0..next(16)).map(|_| PIECES[next(PIECES.len())]).collect();
            let folded = fold(&text);
            for from in 0..=folded.text.len() + 1 {
                assert_eq!(
                    next_word(&folded.text, from),
                    next_word_by_char(&folded.text, from),
                    "{text:?} from {from}"
                );
            }
            let mut cursor = 0;
            let mut at = 0;
            while let Some((start, end)) = next_word(&folded.text, at) {
                at = end;
                let in_order = (
                    folded.original_in_order(&mut cursor, start),
                    folded.original_in_order(&mut cursor, end),
                );
                assert_eq!(in_order, folded.original_range(start, end), "{text:?}");
            }
            let mut fold_only = Stemming::Other.analyzer();
            let expected: Vec<_> = tokenize(&text)
                .into_iter()
                .filter(|t| t.text.len() < MAX_TOKEN)
                .map(|t| (t.text, t.position, t.offset_from, t.offset_to))
                .collect();
            assert_eq!(all_tokens(&mut fold_only, &text), expected, "{text:?}");
        }
    }

    #[test]
    fn cached_stemming_gives_the_terms_of_the_filter_chain() {
        let text = "Les voitures électriques de l'usine Kalouga-fabriek, voitures 2024 \
                    abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz fin";
        for lang in [Stemming::Fr, Stemming::Nl, Stemming::En, Stemming::De] {
            let language = lang.stemmer().expect("stemmed language");
            let mut chain = TextAnalyzer::builder(FoldTokenizer)
                .filter(RemoveLongFilter::limit(MAX_TOKEN))
                .filter(Stemmer::new(language))
                .build();
            let mut cached = lang.analyzer();
            let expected = all_tokens(&mut chain, text);
            assert_eq!(all_tokens(&mut cached, text), expected);
            assert_eq!(
                all_tokens(&mut cached, text),
                expected,
                "second pass, from the cache"
            );
        }
    }

    #[test]
    fn stemming_per_language() {
        let mut fr = Stemming::Fr.analyzer();
        assert_eq!(analyze(&mut fr, "voitures"), analyze(&mut fr, "voiture"));
        let mut nl = Stemming::Nl.analyzer();
        assert_eq!(analyze(&mut nl, "fabrieken"), analyze(&mut nl, "fabriek"));
    }
}
