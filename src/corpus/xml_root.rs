//! The start tag of an XML document's root element, found by a light scan rather than a
//! parser: enough to say what a file that is not a feed holds, and to give an `<rss>` root the
//! `version` attribute feed-rs insists on.

/// The root element's start tag, `text[start..end]`, and its qualified name (`rss`, `rdf:RDF`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RootTag<'a> {
    pub(super) name: &'a str,
    start: usize,
    end: usize,
}

/// The RSS versions feed-rs reads; any other `<rss>` is read as RSS 2.0, the superset.
const KNOWN_RSS_VERSIONS: &[&str] = &["2.0", "", "0.91", "0.92"];

/// The root start tag, after the XML declaration, comments, processing instructions and a
/// doctype; `None` when the text does not open with an element.
pub(super) fn find(text: &str) -> Option<RootTag<'_>> {
    let mut pos = 0;
    loop {
        pos = text.len() - text[pos..].trim_start().len();
        let rest = &text[pos..];
        let close = if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<!") {
            ">"
        } else {
            break;
        };
        pos += rest.find(close)? + close.len();
    }
    let after_bracket = text[pos..].strip_prefix('<')?;
    let name_len = after_bracket
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(after_bracket.len());
    let name = &after_bracket[..name_len];
    if name.is_empty() {
        return None;
    }
    let end = pos + tag_len(&text[pos..])?;
    Some(RootTag {
        name,
        start: pos,
        end,
    })
}

impl RootTag<'_> {
    /// The text before the root's start tag and the text after it.
    pub(super) fn split<'t>(&self, text: &'t str) -> (&'t str, &'t str) {
        (&text[..self.start], &text[self.end..])
    }
}

/// The length of the start tag that `tag` opens with, up to and including its `>` (a `>` in a
/// quoted attribute value does not end it).
pub(super) fn tag_len(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// `(name, whole attribute text)` for each attribute of a start tag's inside (after the name).
fn attributes(inside: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = inside;
    loop {
        rest = rest.trim_start();
        let name_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len());
        if name_len == 0 {
            return found;
        }
        let start = rest;
        let name = &rest[..name_len];
        rest = rest[name_len..].trim_start();
        let Some(after_equals) = rest.strip_prefix('=') else {
            // An attribute without a value is not XML; keep it as written.
            found.push((name, &start[..name_len]));
            continue;
        };
        let value = after_equals.trim_start();
        let value_len = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].find(q).map_or(value.len(), |i| i + 2),
            _ => value
                .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .unwrap_or(value.len()),
        };
        let consumed = start.len() - value.len() + value_len;
        found.push((name, &start[..consumed]));
        rest = &start[consumed..];
    }
}

/// The attribute's value, quotes removed.
fn value_of(attribute: &str) -> &str {
    let value = attribute
        .split_once('=')
        .map_or("", |(_, value)| value.trim());
    value.trim_matches(|c| c == '"' || c == '\'')
}

impl RootTag<'_> {
    /// The text again, with an `<rss>` root that has no version (or one feed-rs does not
    /// know) declared as RSS 2.0; `None` when nothing needs changing.
    pub(super) fn with_rss_version(&self, text: &str) -> Option<String> {
        if self.name != "rss" {
            return None;
        }
        let tag = &text[self.start..self.end];
        let inside = tag["<rss".len()..]
            .trim_end_matches('>')
            .trim_end_matches('/');
        let attributes = attributes(inside);
        let version = attributes
            .iter()
            .find(|(name, _)| *name == "version")
            .map(|(_, attribute)| value_of(attribute));
        if version.is_some_and(|v| KNOWN_RSS_VERSIONS.contains(&v)) {
            return None;
        }
        let mut patched = String::with_capacity(text.len() + 16);
        patched.push_str(&text[..self.start]);
        patched.push_str("<rss version=\"2.0\"");
        for (name, attribute) in &attributes {
            if *name != "version" {
                patched.push(' ');
                patched.push_str(attribute);
            }
        }
        patched.push_str(if tag.ends_with("/>") { "/>" } else { ">" });
        patched.push_str(&text[self.end..]);
        Some(patched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_found_after_the_prolog() {
        let xml = "<?xml version=\"1.0\"?>\n<!-- news -->\n<!DOCTYPE rss>\n<rss a='>'>x</rss>";
        let root = find(xml).expect("root");
        assert_eq!(root.name, "rss");
        assert_eq!(&xml[root.start..root.end], "<rss a='>'>");
        assert_eq!(
            find("<rdf:RDF xmlns:rdf='x'>").map(|r| r.name),
            Some("rdf:RDF")
        );
        assert_eq!(find("plain text"), None);
        assert_eq!(find("<rss unclosed"), None);
    }

    #[test]
    fn rss_gets_a_version_feed_rs_reads() {
        let patch = |xml: &str| find(xml).and_then(|root| root.with_rss_version(xml));
        assert_eq!(
            patch("<rss><channel/></rss>").as_deref(),
            Some("<rss version=\"2.0\"><channel/></rss>")
        );
        assert_eq!(
            patch(
                "<?xml version='1.0'?><rss xmlns:dc='d' version=\"2.01\" x = 'y'><channel/></rss>"
            )
            .as_deref(),
            Some("<?xml version='1.0'?><rss version=\"2.0\" xmlns:dc='d' x = 'y'><channel/></rss>")
        );
        assert_eq!(patch("<rss version=\"2.0\"><channel/></rss>"), None);
        assert_eq!(patch("<rss version='0.91'><channel/></rss>"), None);
        assert_eq!(patch("<feed><entry/></feed>"), None);
    }
}
