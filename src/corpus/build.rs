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
    let (title, body) = match given_title {
        Some(title) => {
            let body = without_repeated_title(&clean, &title);
            (title, body)
        }
        None if raw.keep_first_line => (title::split(&clean).0, clean.as_str()),
        None => title::split(&clean),
    };
    let body = body.trim().to_string();
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
