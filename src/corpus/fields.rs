//! Article fields from key/value metadata (JSON objects, YAML and TOML front matter): which
//! keys mean title, body, language, date, url and source, and what counts as a wrong type.

use super::build::Raw;

const TITLE: &[&str] = &["title", "headline", "name"];
const BODY: &[&str] = &[
    "body",
    "text",
    "content",
    "articlebody",
    // JSON Feed (jsonfeed.org): plain text first, else HTML reduced to text.
    "content_text",
    "content_html",
    "description",
    "summary",
];
const LANG: &[&str] = &["lang", "language", "inlanguage", "locale"];
const DATE: &[&str] = &[
    "date",
    "published",
    "pubdate",
    "published_at",
    "date_published",
    "datepublished",
    "publishdate",
    "created",
    "created_at",
    "updated",
    "date_modified",
];
const URL: &[&str] = &["url", "link", "permalink", "canonical", "canonical_url"];
const SOURCE: &[&str] = &[
    "source",
    "site",
    "sitename",
    "site_name",
    "publisher",
    "author",
    "feed",
];

/// One metadata value, reduced to what an article can use.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    Text(String),
    /// A number, as written: not text, but a date may be one (`date: 2023`).
    Number(String),
    /// Present but not text: the name of its type, for the diagnostic.
    Other(&'static str),
}

/// Top-level metadata fields, keys lowercased, in file order.
#[derive(Debug, Default)]
pub(super) struct Fields(Vec<(String, Value)>);

impl Fields {
    pub(super) fn push(&mut self, key: &str, value: Option<Value>) {
        if let Some(value) = value {
            self.0.push((key.to_lowercase(), value));
        }
    }

    /// The first of `keys` (in priority order) that is present, with its key.
    fn get(&self, keys: &[&'static str]) -> Option<(&'static str, &Value)> {
        keys.iter().find_map(|key| {
            self.0
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, value)| (*key, value))
        })
    }

    /// Text of the first present key; other types are ignored.
    fn text(&self, keys: &[&'static str]) -> Option<String> {
        keys.iter().find_map(|key| {
            self.0.iter().find_map(|(k, v)| match v {
                Value::Text(t) if k == key && !t.trim().is_empty() => Some(t.clone()),
                _ => None,
            })
        })
    }

    /// Text of the first present key, or an error when that key holds another type.
    fn strict_text(&self, keys: &[&'static str]) -> Result<Option<String>, String> {
        match self.get(keys) {
            None => Ok(None),
            Some((_, Value::Text(t))) => Ok(Some(t.clone())),
            Some((key, Value::Number(_))) => Err(format!("\"{key}\" is a number, expected text")),
            Some((key, Value::Other(kind))) => Err(format!("\"{key}\" is {kind}, expected text")),
        }
    }

    /// The date as text (a number such as a year included), or a note when the date field
    /// holds something that cannot be a date: it must not vanish without a word.
    fn date(&self) -> (Option<String>, Option<String>) {
        match self.get(DATE) {
            Some((_, Value::Text(t) | Value::Number(t))) => (Some(t.clone()), None),
            Some((key, Value::Other(kind))) => (
                None,
                Some(format!("\"{key}\" is {kind}, expected a date; ignored")),
            ),
            None => (None, None),
        }
    }

    /// An article from these fields; `body` is used when no body field is present (front
    /// matter: the text after it).
    pub(super) fn into_raw(self, body: Option<String>) -> Result<Raw, String> {
        let title = self.strict_text(TITLE)?;
        let body = match body {
            Some(body) => body,
            None => match self.get(BODY) {
                Some(("content_html", _)) => self
                    .strict_text(BODY)?
                    .map(|html| super::html::fragment_text(&html))
                    .unwrap_or_default(),
                _ => self.strict_text(BODY)?.unwrap_or_default(),
            },
        };
        let (date, date_note) = self.date();
        Ok(Raw {
            title,
            body,
            lang: self.text(LANG),
            date,
            url: self.text(URL),
            source: self.text(SOURCE),
            notes: date_note.into_iter().collect(),
            keep_first_line: false,
        })
    }
}

pub(super) fn from_json(value: &serde_json::Value) -> Option<Value> {
    use serde_json::Value as J;
    Some(match value {
        J::Null => return None,
        J::String(s) => Value::Text(s.clone()),
        J::Bool(_) => Value::Other("a boolean"),
        J::Number(n) => Value::Number(n.to_string()),
        J::Array(items) => strings(items.iter().map(|v| v.as_str()), "a list"),
        J::Object(map) => match map.get("name").and_then(|n| n.as_str()) {
            Some(name) => Value::Text(name.to_string()),
            None => Value::Other("an object"),
        },
    })
}

pub(super) fn from_yaml(value: &serde_yaml_ng::Value) -> Option<Value> {
    use serde_yaml_ng::Value as Y;
    Some(match value {
        Y::Null => return None,
        Y::String(s) => Value::Text(s.clone()),
        Y::Bool(_) => Value::Other("a boolean"),
        Y::Number(n) => Value::Number(n.to_string()),
        Y::Sequence(items) => strings(items.iter().map(|v| v.as_str()), "a list"),
        Y::Mapping(map) => match map.get("name").and_then(|n| n.as_str()) {
            Some(name) => Value::Text(name.to_string()),
            None => Value::Other("a mapping"),
        },
        Y::Tagged(tagged) => return from_yaml(&tagged.value),
    })
}

pub(super) fn from_toml(value: &toml::Value) -> Option<Value> {
    use toml::Value as T;
    Some(match value {
        T::String(s) => Value::Text(s.clone()),
        T::Datetime(d) => Value::Text(d.to_string()),
        T::Boolean(_) => Value::Other("a boolean"),
        T::Integer(n) => Value::Number(n.to_string()),
        T::Float(n) => Value::Number(n.to_string()),
        T::Array(items) => strings(items.iter().map(|v| v.as_str()), "a list"),
        T::Table(map) => match map.get("name").and_then(|n| n.as_str()) {
            Some(name) => Value::Text(name.to_string()),
            None => Value::Other("a table"),
        },
    })
}

/// A list of strings becomes lines of text; a list of anything else is the wrong type.
fn strings<'a>(items: impl Iterator<Item = Option<&'a str>>, kind: &'static str) -> Value {
    let parts: Option<Vec<&str>> = items.collect();
    match parts {
        Some(parts) => Value::Text(parts.join("\n")),
        None => Value::Other(kind),
    }
}
