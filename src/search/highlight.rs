//! Where a query matched inside an article: byte ranges of matched words (by stem, in the
//! article's language, or by prefix) and of mentions of the entities the query names, plus a
//! one-line snippet around the first match.

use std::collections::HashMap;

use super::analyzer::{Stemming, analyze};
use super::compile::Wanted;
use crate::Article;
use crate::text::fold::fold;

/// Snippets are about this many bytes of text.
const SNIPPET_BYTES: usize = 160;

/// Byte ranges in `article.body` that the query matched, sorted and non-overlapping.
pub fn highlights(article: &Article, wanted: &Wanted) -> Vec<(usize, usize)> {
    Highlighter::new(wanted).highlights(article)
}

/// Highlights for many articles of one query: whether a folded word matches is decided once
/// per language and word (stemming every word of every body was most of a search's time).
pub struct Highlighter<'a> {
    wanted: &'a Wanted,
    prefixes: Vec<&'a str>,
    languages: Vec<(Stemming, Matcher)>,
}

/// One language's exact stems and its verdicts so far.
struct Matcher {
    analyzer: tantivy::tokenizer::TextAnalyzer,
    exact_stems: Vec<String>,
    verdicts: HashMap<String, bool>,
}

impl Matcher {
    fn new(lang: Stemming, wanted: &Wanted) -> Matcher {
        let mut analyzer = lang.analyzer();
        let exact_stems = wanted
            .words
            .iter()
            .filter(|(_, prefix)| !prefix)
            .flat_map(|(w, _)| analyze(&mut analyzer, w))
            .collect();
        Matcher {
            analyzer,
            exact_stems,
            verdicts: HashMap::new(),
        }
    }

    /// Whether a folded word has one of the stems (the same for every occurrence of it).
    fn matches(&mut self, word: &str) -> bool {
        if self.exact_stems.is_empty() {
            return false;
        }
        if let Some(&verdict) = self.verdicts.get(word) {
            return verdict;
        }
        let verdict = analyze(&mut self.analyzer, word)
            .iter()
            .any(|s| self.exact_stems.contains(s));
        self.verdicts.insert(word.to_string(), verdict);
        verdict
    }
}

impl<'a> Highlighter<'a> {
    pub fn new(wanted: &'a Wanted) -> Highlighter<'a> {
        let prefixes = wanted
            .words
            .iter()
            .filter(|(_, p)| *p)
            .map(|(w, _)| w.as_str())
            .collect();
        Highlighter {
            wanted,
            prefixes,
            languages: Vec::new(),
        }
    }

    /// Byte ranges in `article.body` that the query matched, sorted and non-overlapping.
    pub fn highlights(&mut self, article: &Article) -> Vec<(usize, usize)> {
        let wanted = self.wanted;
        if wanted.words.is_empty() && wanted.entities.is_empty() {
            return Vec::new();
        }
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        if !wanted.words.is_empty() {
            let lang = Stemming::from(article.lang);
            let at = match self.languages.iter().position(|(l, _)| *l == lang) {
                Some(at) => at,
                None => {
                    self.languages.push((lang, Matcher::new(lang, wanted)));
                    self.languages.len() - 1
                }
            };
            let matcher = &mut self.languages[at].1;
            let prefixes = &self.prefixes;
            // The words of `tokenize`, without building a token for each.
            let folded = fold(&article.body);
            let mut check = |s: usize, e: usize| {
                let word = &folded.text[s..e];
                if prefixes.iter().any(|p| word.starts_with(p)) || matcher.matches(word) {
                    ranges.push(folded.original_range(s, e));
                }
            };
            let mut start: Option<usize> = None;
            for (i, c) in folded.text.char_indices() {
                if c.is_alphanumeric() {
                    if start.is_none() {
                        start = Some(i);
                    }
                } else if let Some(s) = start.take() {
                    check(s, i);
                }
            }
            if let Some(s) = start {
                check(s, folded.text.len());
            }
        }
        for mention in &article.mentions {
            if mention.in_body() && wanted.entities.iter().any(|e| mention.entity == *e) {
                ranges.push((mention.start, mention.end));
            }
        }
        merge(ranges)
    }
}

fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// One line of the body around the first highlight (or its start), cut on word boundaries.
pub fn snippet(body: &str, highlights: &[(usize, usize)]) -> String {
    let center = highlights.first().map_or(0, |&(s, _)| s);
    let mut start = center.saturating_sub(SNIPPET_BYTES / 3);
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = body[start..center]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let mut end = (start + SNIPPET_BYTES).min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    if end < body.len() {
        end = body[start..end]
            .rfind(' ')
            .map_or(end, |i| start + i)
            .max(center.min(end));
    }
    let mut text: String = body[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if start > 0 {
        text.insert(0, '…');
    }
    if end < body.len() {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_one_line_around_the_match() {
        let body = "First line.\nSecond line with Kaluga in it and more words after it.";
        let at = body.find("Kaluga").unwrap_or(0);
        let s = snippet(body, &[(at, at + 6)]);
        assert!(s.contains("Kaluga"));
        assert!(!s.contains('\n'));
    }

    #[test]
    fn highlights_by_stem_prefix_and_entity() {
        let article = Article {
            lang: "fr".into(),
            body: "Les voitures de Kalouga.".into(),
            mentions: vec![crate::entities::Mention {
                field: crate::entities::Field::Body,
                kind: crate::entities::EntityKind::Plant,
                entity: "Kaluga".into(),
                start: 16,
                end: 23,
            }],
            ..Article::default()
        };
        let wanted = Wanted {
            words: vec![("voiture".into(), false)],
            entities: vec![],
        };
        assert_eq!(highlights(&article, &wanted), vec![(4, 12)]);
        let wanted = Wanted {
            words: vec![("kalu".into(), true)],
            entities: vec!["Kaluga".into()],
        };
        assert_eq!(highlights(&article, &wanted), vec![(16, 23)]);
    }
}
