//! Copies of one article folded into one row of the list: the same title and the same number
//! of words in the same language (archives and feeds repeat articles; the 100k test archive is
//! full of them). The first in the results' order stands for the others and says how many
//! there are; `D` shows them all again.

use std::collections::HashMap;

use crate::Article;
use crate::search::Hit;

/// The hits with later copies left out, and for each hit kept the number of copies it stands
/// for besides itself.
pub fn fold(articles: &[Article], hits: &[Hit]) -> (Vec<Hit>, Vec<usize>) {
    let mut first: HashMap<(&str, usize, &str), usize> = HashMap::with_capacity(hits.len());
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    let mut copies: Vec<usize> = Vec::with_capacity(hits.len());
    for hit in hits {
        let Some(article) = articles.get(hit.doc) else {
            kept.push(hit.clone());
            copies.push(0);
            continue;
        };
        // An untitled article is not a copy of another untitled one.
        if article.title.trim().is_empty() {
            kept.push(hit.clone());
            copies.push(0);
            continue;
        }
        let key = (article.title.as_str(), article.words, article.lang.as_str());
        match first.get(&key) {
            Some(&at) => copies[at] += 1,
            None => {
                first.insert(key, kept.len());
                kept.push(hit.clone());
                copies.push(0);
            }
        }
    }
    (kept, copies)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, words: usize, lang: &str) -> Article {
        Article {
            title: title.into(),
            words,
            lang: lang.into(),
            ..Article::default()
        }
    }

    fn hit(doc: usize) -> Hit {
        Hit {
            doc,
            score: 1.0,
            snippet: String::new(),
            highlights: Vec::new(),
        }
    }

    #[test]
    fn copies_fold_into_the_first_and_count() {
        let articles = [
            article("Kaluga restarts", 120, "en"),
            article("Busan", 80, "fr"),
            article("Kaluga restarts", 120, "en"),
            article("Kaluga restarts", 121, "en"),
            article("Kaluga restarts", 120, "de"),
            article("", 5, "en"),
            article("Kaluga restarts", 120, "en"),
            article("", 5, "en"),
        ];
        let hits: Vec<Hit> = (0..articles.len()).map(hit).collect();
        let (kept, copies) = fold(&articles, &hits);
        let docs: Vec<usize> = kept.iter().map(|h| h.doc).collect();
        // Another length or another language is another article; untitled ones stay apart.
        assert_eq!(docs, [0, 1, 3, 4, 5, 7]);
        assert_eq!(copies, [2, 0, 0, 0, 0, 0]);
    }
}
