//! JSON for scripts, streamed: each article is serialised straight to the output as it comes
//! (a corpus' worth of `serde_json::Value` trees once took 4.1 GB for a 15 MB file full of
//! entity names), and strings never carry characters that drive or reorder a terminal.
//!
//! Keys come in alphabetical order, as they did when documents were built as `Value` maps.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use crate::Article;
use crate::entities::{EntityKind, Name};
use crate::search::Hit;

/// At most this many mentions of one article are listed in `list --json`; the rest are
/// counted in `mentions_omitted` (the article's entities are complete regardless).
pub const MAX_JSON_MENTIONS: usize = 10_000;

/// Compact JSON in which DEL, the C1 controls (U+0080–U+009F, U+009B is a CSI) and the bidi
/// controls are written as `\uXXXX` escapes: serde_json escapes only U+0000–U+001F, so a
/// query or a name holding them reached the terminal of whoever ran `search --json` raw.
#[derive(Debug, Default, Clone, Copy)]
pub struct SafeFormatter;

/// Characters escaped on top of what JSON requires.
pub fn needs_escape(c: char) -> bool {
    matches!(c,
        '\u{7f}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

/// Write `value` as one line of safe JSON. An I/O error (a closed pipe) comes back as itself,
/// so that the caller can recognise it.
pub fn write_line<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, SafeFormatter);
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    writeln!(out)
}

/// The fields of an article in `list --json` and `search --json`.
#[derive(Serialize)]
pub struct ArticleJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    brands: &'a [Name],
    countries: &'a [Name],
    date: &'a Option<crate::Date>,
    groups: &'a [Name],
    #[serde(skip_serializing_if = "Option::is_none")]
    highlights: Option<&'a [(usize, usize)]>,
    id: &'a str,
    lang: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentions: Option<Mentions<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentions_omitted: Option<usize>,
    models: &'a [Name],
    path: &'a str,
    plants: &'a [Name],
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<&'a str>,
    source: &'a Option<String>,
    title: &'a str,
    url: &'a Option<String>,
    words: usize,
}

impl<'a> ArticleJson<'a> {
    /// The fields every article has; the body only when asked for.
    pub fn new(a: &'a Article, body: bool) -> ArticleJson<'a> {
        ArticleJson {
            body: body.then_some(a.body.as_str()),
            brands: &a.entities[EntityKind::Brand],
            countries: &a.entities[EntityKind::Country],
            date: &a.date,
            groups: &a.entities[EntityKind::Group],
            highlights: None,
            id: &a.id,
            lang: &a.lang,
            mentions: None,
            mentions_omitted: None,
            models: &a.entities[EntityKind::Model],
            path: &a.path,
            plants: &a.entities[EntityKind::Plant],
            score: None,
            snippet: None,
            source: &a.source,
            title: &a.title,
            url: &a.url,
            words: a.words,
        }
    }

    /// With its mentions (`list`), at most [`MAX_JSON_MENTIONS`].
    pub fn with_mentions(mut self, a: &'a Article) -> ArticleJson<'a> {
        self.mentions = Some(Mentions(a));
        let omitted = a.mentions.len().saturating_sub(MAX_JSON_MENTIONS) + a.mentions_omitted;
        self.mentions_omitted = (omitted > 0).then_some(omitted);
        self
    }

    /// With its score, snippet and highlights (`search`).
    pub fn with_hit(mut self, hit: &'a Hit) -> ArticleJson<'a> {
        self.score = Some((f64::from(hit.score) * 1000.0).round() / 1000.0);
        self.snippet = Some(&hit.snippet);
        self.highlights = Some(&hit.highlights);
        self
    }
}

/// An article to print whole (read from the cache's index when needed) and what to print of
/// it: the body when asked for, the mentions (`list`), the hit (`search`).
pub struct Printed<'a> {
    /// An article whose text could not be read back from the cache ends the output with
    /// the reason (never printed with an empty or wrong body).
    pub article: Result<std::borrow::Cow<'a, Article>, crate::search::Unreadable>,
    pub body: bool,
    pub mentions: bool,
    pub hit: Option<&'a Hit>,
}

impl Serialize for Printed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let article = self.article.as_ref().map_err(serde::ser::Error::custom)?;
        let mut json = ArticleJson::new(article, self.body);
        if self.mentions {
            json = json.with_mentions(article);
        }
        if let Some(hit) = self.hit {
            json = json.with_hit(hit);
        }
        json.serialize(serializer)
    }
}

/// An article's mentions, each with its field (`title` or `body`) and the text as written,
/// read back from that field.
pub struct Mentions<'a>(&'a Article);

#[derive(Serialize)]
struct MentionJson<'a> {
    end: usize,
    entity: &'a str,
    field: crate::entities::Field,
    kind: crate::entities::EntityKind,
    start: usize,
    text: &'a str,
}

impl Serialize for Mentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let shown = a.mentions.len().min(MAX_JSON_MENTIONS);
        let mut seq = serializer.serialize_seq(Some(shown))?;
        for m in &a.mentions[..shown] {
            seq.serialize_element(&MentionJson {
                end: m.end,
                entity: &m.entity,
                field: m.field,
                kind: m.kind,
                start: m.start,
                text: m.written(a),
            })?;
        }
        seq.end()
    }
}

/// A sequence serialised from an iterator, one element at a time.
pub struct Each<F>(pub F);

impl<I, F> Serialize for Each<F>
where
    F: Fn() -> I,
    I: ExactSizeIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = (self.0)();
        let mut seq = serializer.serialize_seq(Some(items.len()))?;
        for item in items {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line<T: Serialize>(value: &T) -> String {
        let mut out = Vec::new();
        write_line(&mut out, value).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn terminal_controls_are_escaped_and_read_back_as_written() {
        let query = "a\u{7f}b\u{9b}31mc\u{202e}d\u{2066}e\u{1b}f é ß";
        let json = line(&serde_json::json!({ "query": query }));
        for raw in ['\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{1b}'] {
            assert!(!json.contains(raw), "{raw:?} written raw: {json:?}");
        }
        assert!(
            json.contains("\\u009b") && json.contains("\\u202e"),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(back["query"], query);
    }

    #[test]
    fn mentions_are_capped_with_a_count_of_the_rest() {
        let mut a = Article {
            body: "Kia ".repeat(MAX_JSON_MENTIONS + 5),
            ..Article::default()
        };
        a.mentions = (0..MAX_JSON_MENTIONS + 5)
            .map(|i| crate::entities::Mention {
                field: crate::entities::Field::Body,
                kind: crate::entities::EntityKind::Brand,
                entity: "Kia".into(),
                start: i * 4,
                end: i * 4 + 3,
            })
            .collect();
        let json = line(&ArticleJson::new(&a, false).with_mentions(&a));
        let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(
            back["mentions"].as_array().map(Vec::len),
            Some(MAX_JSON_MENTIONS)
        );
        assert_eq!(back["mentions_omitted"], 5);
        assert_eq!(back["mentions"][1]["text"], "Kia");
        assert!(back.get("body").is_none());
    }
}
