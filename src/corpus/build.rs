//! Raw fields from a parser → a clean [`Article`]: every text field sanitised exactly once here,
//! the title rule applied when the file gives no title, language, date and word count filled.

use super::{date, lang, title, words};
use crate::article::stable_id;
use crate::text::{sanitize, sanitize_line};
use crate::{Article, Lang};

/// What a parser found, before sanitising. `title: None` means "apply the title rule".
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Raw {
    pub(super) title: Option<String>,
    pub(super) body: String,
    pub(super) lang: Option<String>,
    pub(super) date: Option<String>,
    pub(super) url: Option<String>,
    pub(super) source: Option<String>,
    /// Problems with fields that did not stop the article from being read (a date that is
    /// a list, say), for the file's diagnostics.
    pub(super) notes: Vec<String>,
    /// Without a title, one is still made from the first line or sentence, but the body keeps
    /// it (a feed item's text is all body; its first line is not a heading).
    pub(super) keep_first_line: bool,
}

/// A title given by the file longer than this (in characters) is cut on a word, with a note:
/// one file had a 48 MB title on one line.
pub(super) const MAX_GIVEN_TITLE: usize = 300;

/// A clean article, and what the reader should know about how it was read.
#[derive(Debug)]
pub(super) struct Built {
    pub(super) article: Article,
    /// A date that was not understood, a field of the wrong type.
    pub(super) notes: Vec<String>,
}

/// The article, or `None` when it has neither title nor text.
pub(super) fn article(raw: Raw, path: &str, item: usize) -> Option<Built> {
    let mut notes = raw.notes;
    let given_title = raw
        .title
        .as_deref()
        .map(sanitize_line)
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.chars().nth(MAX_GIVEN_TITLE).is_some() {
                notes.push(format!(
                    "title of {} characters cut to {MAX_GIVEN_TITLE}",
                    t.chars().count()
                ));
                title::cut_on_word(&t, MAX_GIVEN_TITLE)
            } else {
                t
            }
        });
    let clean = sanitize(&raw.body);
    drop(raw.body);
    let (title, body) = match given_title {
        Some(title) => {
            let body = without_repeated_title(&clean, &title);
            (title, body)
        }
        None if raw.keep_first_line => (title::split(&clean).0, clean.as_str()),
        None => title::split(&clean),
    };
    // The body is a piece of the clean text: it keeps that text's buffer, not a copy of it,
    // so a large body is not held twice while its article is built (issue 15).
    let body = match range_within(&clean, body.trim()) {
        Some(range) => kept(clean, range),
        None => body.trim().to_string(),
    };
    if title.is_empty() && body.is_empty() {
        return None;
    }
    let lang = raw
        .lang
        .as_deref()
        .and_then(|l| sanitize_line(l).parse::<Lang>().ok())
        // A file saying `und` says nothing: the text may still tell.
        .filter(|l| l.is_determined())
        .unwrap_or_else(|| lang::detect(&format!("{title}\n{}", lang::sample(&body))));
    let optional =
        |field: Option<String>| field.map(|f| sanitize_line(&f)).filter(|f| !f.is_empty());
    // A date that cannot be read is dropped, but said so: the article itself is fine.
    let date = match optional(raw.date).map(|d| date::normalize(&d)) {
        Some(Ok(date)) => Some(date),
        Some(Err(reason)) => {
            notes.push(reason);
            None
        }
        None => None,
    };
    let article = Article {
        id: stable_id(path, item),
        path: path.to_string(),
        words: words::count(&body),
        title,
        body,
        lang,
        date,
        url: optional(raw.url),
        source: optional(raw.source),
        ..Article::default()
    };
    Some(Built { article, notes })
}

/// Where `piece` lies in `text`, if it is a slice of it.
fn range_within(text: &str, piece: &str) -> Option<std::ops::Range<usize>> {
    let start = (piece.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + piece.len() <= text.len()).then_some(start..start + piece.len())
}

/// `text[range]`, in `text`'s own buffer.
fn kept(mut text: String, range: std::ops::Range<usize>) -> String {
    text.truncate(range.end);
    text.drain(..range.start);
    text
}

/// Pages and front-matter documents often repeat the title as their first heading.
fn without_repeated_title<'a>(body: &'a str, title: &str) -> &'a str {
    let body = body.trim_start();
    let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
    if first.split_whitespace().eq(title.split_whitespace()) && !rest.trim().is_empty() {
        rest
    } else {
        body
    }
}

/// One article-to-be in a file: its position (for the id) and how to name it in a diagnostic.
#[derive(Debug)]
pub(super) struct Item {
    pub(super) index: usize,
    /// `item 3`, `line 7`; `None` when the file holds a single article.
    pub(super) label: Option<String>,
    pub(super) raw: Raw,
    /// Why the item is no article if it turns out to have no title or text, when there is
    /// more to say than that (a feed entry whose only title is its `<source>`'s).
    pub(super) why_empty: Option<String>,
}

/// What a parser made of a file: articles to build, and problems with parts of it (or all).
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub(super) items: Vec<Item>,
    pub(super) problems: Vec<String>,
}

impl Parsed {
    /// A file that is one article.
    pub(super) fn single(raw: Raw) -> Parsed {
        Parsed {
            items: vec![Item {
                index: 0,
                label: None,
                raw,
                why_empty: None,
            }],
            problems: Vec::new(),
        }
    }

    /// A file that could not be read at all.
    pub(super) fn failed(problem: String) -> Parsed {
        Parsed {
            items: Vec::new(),
            problems: vec![problem],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_kept_in_the_clean_texts_buffer() {
        let text = String::from("Title\n\n  the body  \n");
        let piece = text[5..].trim();
        let range = range_within(&text, piece).expect("a slice of the text");
        let pointer = text.as_ptr();
        let body = kept(text, range);
        assert_eq!(body, "the body");
        assert_eq!(body.as_ptr(), pointer, "the same buffer");
        assert_eq!(range_within("abc", "other"), None);
    }

    #[test]
    fn an_article_built_from_a_file_has_its_title_and_trimmed_body() {
        let raw = Raw {
            body: "A title line\n\n  First paragraph.\n\nSecond.  \n".to_string(),
            ..Raw::default()
        };
        let built = article(raw, "a.txt", 0).expect("an article");
        assert_eq!(built.article.title, "A title line");
        assert_eq!(built.article.body, "First paragraph.\n\nSecond.");
    }
}
