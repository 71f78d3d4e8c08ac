//! Where a query matched inside an article: byte ranges of matched words (by stem, in the
//! article's language, or by prefix) and of mentions of the entities the query names, plus a
//! one-line snippet around the first match.

use super::analyzer::{Lang, analyze, tokenize};
use super::compile::Wanted;
use crate::Article;

/// Snippets are about this many bytes of text.
const SNIPPET_BYTES: usize = 160;

/// Byte ranges in `article.body` that the query matched, sorted and non-overlapping.
pub fn highlights(article: &Article, wanted: &Wanted) -> Vec<(usize, usize)> {
    if wanted.words.is_empty() && wanted.entities.is_empty() {
        return Vec::new();
    }
    let mut analyzer = Lang::of(&article.lang).analyzer();
    let exact_stems: Vec<String> = wanted
        .words
        .iter()
        .filter(|(_, prefix)| !prefix)
        .flat_map(|(w, _)| analyze(&mut analyzer, w))
        .collect();
    let prefixes: Vec<&str> =
        wanted.words.iter().filter(|(_, p)| *p).map(|(w, _)| w.as_str()).collect();

    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for token in tokenize(&article.body) {
        let matched = prefixes.iter().any(|p| token.text.starts_with(p))
            || (!exact_stems.is_empty()
                && analyze(&mut analyzer, &token.text).iter().any(|s| exact_stems.contains(s)));
        if matched {
            ranges.push((token.offset_from, token.offset_to));
        }
    }
    for mention in &article.mentions {
        if wanted.entities.contains(&mention.entity) {
            ranges.push((mention.start, mention.end));
        }
    }
    merge(ranges)
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
        start = body[start..center].find(' ').map_or(start, |i| start + i + 1);
    }
    let mut end = (start + SNIPPET_BYTES).min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    if end < body.len() {
        end = body[start..end].rfind(' ').map_or(end, |i| start + i).max(center.min(end));
    }
    let mut text: String = body[start..end].split_whitespace().collect::<Vec<_>>().join(" ");
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
                kind: crate::entities::EntityKind::Plant,
                entity: "Kaluga".into(),
                start: 16,
                end: 23,
                text: "Kalouga".into(),
            }],
            ..Article::default()
        };
        let wanted = Wanted { words: vec![("voiture".into(), false)], entities: vec![] };
        assert_eq!(highlights(&article, &wanted), vec![(4, 12)]);
        let wanted = Wanted { words: vec![("kalu".into(), true)], entities: vec!["Kaluga".into()] };
        assert_eq!(highlights(&article, &wanted), vec![(16, 23)]);
    }
}
