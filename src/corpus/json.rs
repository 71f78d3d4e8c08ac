//! JSON (one article object, or an array of them) and JSON Lines (one object per line).
//! A bad item or line is reported and the others kept; serde_json's recursion limit (128)
//! guards against absurd nesting.

use serde_json::{Map, Value};

use super::build::{Item, Parsed};
use super::fields::{self, Fields};

/// Keys of a wrapper object holding the articles (`{"articles": [...]}`).
const WRAPPERS: &[&str] = &["articles", "items", "entries", "data", "results"];

pub(super) fn parse_document(text: &str) -> Parsed {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => return Parsed::failed(describe(&err, None)),
    };
    match value {
        Value::Object(map) => match wrapped_array(&map) {
            Some(items) => parse_array(items),
            None => {
                let mut parsed = Parsed::default();
                push_object(&mut parsed, &map, 0, None);
                parsed
            }
        },
        Value::Array(items) => parse_array(&items),
        other => Parsed::failed(format!(
            "not an article: the JSON is {}, expected an object or an array of objects",
            kind(&other)
        )),
    }
}

pub(super) fn parse_lines(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => {
                push_object(&mut parsed, &map, index, Some(format!("line {number}")));
            }
            Ok(other) => parsed.problems.push(format!(
                "line {number}: {} is not an article (expected an object)",
                kind(&other)
            )),
            Err(err) => parsed.problems.push(describe(&err, Some(number))),
        }
    }
    parsed
}

fn wrapped_array(map: &Map<String, Value>) -> Option<&Vec<Value>> {
    WRAPPERS.iter().find_map(|key| map.get(*key)?.as_array())
}

fn parse_array(items: &[Value]) -> Parsed {
    let mut parsed = Parsed::default();
    for (index, item) in items.iter().enumerate() {
        let label = format!("item {}", index + 1);
        match item {
            Value::Object(map) => push_object(&mut parsed, map, index, Some(label)),
            other => parsed.problems.push(format!(
                "{label}: {} is not an article (expected an object)",
                kind(other)
            )),
        }
    }
    parsed
}

fn push_object(parsed: &mut Parsed, map: &Map<String, Value>, index: usize, label: Option<String>) {
    let mut fields = Fields::default();
    for (key, value) in map {
        fields.push(key, fields::from_json(value));
    }
    match fields.into_raw(None) {
        Ok(raw) => parsed.items.push(Item {
            index,
            label,
            raw,
            why_empty: None,
        }),
        Err(problem) => parsed.problems.push(match label {
            Some(label) => format!("{label}: {problem}"),
            None => problem,
        }),
    }
}

/// A serde_json error in a user's words, with the line it happened on.
fn describe(err: &serde_json::Error, jsonl_line: Option<usize>) -> String {
    let message = err.to_string();
    // serde_json appends " at line L column C"; the line is given separately below.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let line = jsonl_line.unwrap_or(err.line());
    if message.contains("recursion limit exceeded") {
        return format!("JSON nested too deeply (more than 128 levels) at line {line}");
    }
    match err.column() {
        0 => format!("malformed JSON at line {line}: {message}"),
        column => format!("malformed JSON at line {line}: {message} (column {column})"),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_feed_items_keep_their_content_and_date() {
        let feed = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Plant news",
            "items": [
              {"id": "1", "title": "Kia in Zilina", "content_html": "<p>The <b>Kia</b> plant.</p>",
               "date_published": "2021-11-04T23:00:00Z"},
              {"id": "2", "title": "Skoda", "content_text": "Mlada Boleslav.",
               "content_html": "<p>ignored</p>", "date_modified": "2022-01-02T03:04:05Z"}
            ]}"#;
        let parsed = parse_document(feed);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let first = &parsed.items[0].raw;
        assert_eq!(first.body, "The Kia plant.");
        assert_eq!(first.date.as_deref(), Some("2021-11-04T23:00:00Z"));
        let second = &parsed.items[1].raw;
        assert_eq!(second.body, "Mlada Boleslav.");
        assert_eq!(second.date.as_deref(), Some("2022-01-02T03:04:05Z"));
    }

    #[test]
    fn wrong_types_reported_others_kept() {
        let parsed = parse_document(r#"[{"title": "A", "body": "x"}, {"title": 5}, 3]"#);
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(
            parsed.problems,
            [
                "item 2: \"title\" is a number, expected text",
                "item 3: a number is not an article (expected an object)"
            ]
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let parsed = parse_document(&"[".repeat(10_000));
        assert!(parsed.items.is_empty());
        assert!(
            parsed.problems[0].starts_with("JSON nested too deeply"),
            "{:?}",
            parsed.problems
        );
    }

    #[test]
    fn jsonl_names_the_bad_line() {
        let parsed = parse_lines("{\"title\": \"a\"}\n\n{oops\n{\"title\": \"b\"}\n");
        assert_eq!(parsed.items.len(), 2);
        assert_eq!(parsed.items[1].index, 3);
        assert!(
            parsed.problems[0].starts_with("malformed JSON at line 3: "),
            "{:?}",
            parsed.problems
        );
    }
}
