//! Markdown: optional YAML (`---`) or TOML (`+++`) front matter for the metadata, and a body
//! kept readable as plain text (heading markers, link and emphasis syntax removed).

use super::build::Raw;
use super::fields::{self, Fields};

/// The article, and a problem when the front matter could not be read (the text is kept).
pub(super) fn parse(text: &str) -> (Raw, Option<String>) {
    let Some((fence, front, body)) = split_front_matter(text) else {
        return (Raw { body: plain(text), ..Raw::default() }, None);
    };
    let parsed = if fence == "---" { yaml_fields(front) } else { toml_fields(front) };
    let body = plain(body);
    match parsed.and_then(|f| f.into_raw(Some(body.clone()))) {
        Ok(raw) => (raw, None),
        Err(problem) => (Raw { body, ..Raw::default() }, Some(problem)),
    }
}

/// `(fence, front matter, rest)` when the text opens with a `---` or `+++` block that closes.
fn split_front_matter(text: &str) -> Option<(&'static str, &str, &str)> {
    let fence = ["---", "+++"].into_iter().find(|f| text.starts_with(f))?;
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != fence {
        return None;
    }
    let after = &text[first_end + 1..];
    let mut offset = 0;
    for line in after.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            return Some((fence, &after[..offset], &after[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn yaml_fields(front: &str) -> Result<Fields, String> {
    let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(front)
        .map_err(|e| format!("malformed YAML front matter: {e}"))?;
    let mut fields = Fields::default();
    match value {
        serde_yaml_ng::Value::Mapping(map) => {
            for (key, value) in &map {
                if let Some(key) = key.as_str() {
                    fields.push(key, fields::from_yaml(value));
                }
            }
        }
        serde_yaml_ng::Value::Null => {}
        _ => return Err("YAML front matter is not a list of fields".to_string()),
    }
    Ok(fields)
}

fn toml_fields(front: &str) -> Result<Fields, String> {
    let table: toml::Table =
        toml::from_str(front).map_err(|e| format!("malformed TOML front matter: {}", e.message()))?;
    let mut fields = Fields::default();
    for (key, value) in &table {
        fields.push(key, fields::from_toml(value));
    }
    Ok(fields)
}

/// Markdown made readable as plain text, line by line.
fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t', '\n', '\r']) {
            let heading = trimmed[hashes..].trim().trim_end_matches('#').trim_end();
            out.push_str(&inline(heading));
            out.push('\n');
        } else {
            out.push_str(&inline(line));
        }
    }
    out
}

/// Links and images become their text; `**` and `__` emphasis markers go.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else { break };
        let after = &rest[close + 1..];
        let target_end = if after.starts_with('(') {
            after.find(')')
        } else if after.starts_with('[') {
            after.find(']')
        } else {
            None
        };
        let before = &rest[..open];
        out.push_str(before.strip_suffix('!').unwrap_or(before));
        match target_end {
            Some(end) => {
                out.push_str(&rest[open + 1..close]);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[open..=close]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_links_become_text() {
        let md = "# Renault in Flins\n\nSee [the plant](https://example.com) and ![a photo](p.png).\n";
        assert_eq!(plain(md), "Renault in Flins\n\nSee the plant and a photo.\n");
        assert_eq!(plain("#hashtag stays\n"), "#hashtag stays\n");
        assert_eq!(plain("**bold** [unclosed\n"), "bold [unclosed\n");
    }

    #[test]
    fn yaml_and_toml_front_matter() {
        let (raw, problem) = parse("---\ntitle: Kaluga\nlang: fr-FR\n---\nBody text\n");
        assert_eq!(problem, None);
        assert_eq!(raw.title.as_deref(), Some("Kaluga"));
        assert_eq!(raw.lang.as_deref(), Some("fr-FR"));
        assert_eq!(raw.body, "Body text\n");
        let (raw, problem) = parse("+++\ntitle = \"Busan\"\ndate = 2023-11-09\n+++\nBody\n");
        assert_eq!(problem, None);
        assert_eq!(raw.title.as_deref(), Some("Busan"));
        assert_eq!(raw.date.as_deref(), Some("2023-11-09"));
        let (raw, problem) = parse("---\ntitle: [unclosed\n---\nBody\n");
        assert!(problem.is_some_and(|p| p.starts_with("malformed YAML front matter")));
        assert_eq!(raw.body, "Body\n");
    }
}
