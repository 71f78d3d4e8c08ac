//! RSS and Atom feeds (feed-rs): one article per item or entry, HTML content reduced to text
//! by the HTML extractor, the feed's title as the source.

use feed_rs::model::{Entry, Text};

use feed_rs::parser::{ParseErrorKind, ParseFeedError};

use super::build::{Item, Parsed, Raw};
use super::{date, feed_fixups, html, xml_root};

pub(super) fn parse(text: &str) -> Parsed {
    let text = &*feed_fixups::prepare(text);
    let root = xml_root::find(text);
    let first_try = feed_rs::parser::parse(text.as_bytes());
    // feed-rs only reads an `<rss>` whose version it knows; many feeds omit the attribute.
    let retried = match (&first_try, root.and_then(|r| r.with_rss_version(text))) {
        (Err(_), Some(patched)) => Some(feed_rs::parser::parse(patched.as_bytes())),
        _ => None,
    };
    let feed = match retried.unwrap_or(first_try) {
        Ok(feed) => feed,
        Err(err) => return Parsed::failed(failure_reason(&err, root.map(|r| r.name))),
    };
    let source = feed.title.as_ref().map(plain);
    let items = feed
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| Item {
            index,
            label: Some(format!("item {}", index + 1)),
            raw: raw(entry, source.clone(), feed.language.clone()),
        })
        .collect();
    Parsed {
        items,
        problems: Vec::new(),
    }
}

fn raw(entry: &Entry, source: Option<String>, feed_lang: Option<String>) -> Raw {
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .filter(|b| !b.trim().is_empty());
    let body = match content {
        Some(body) => html::fragment_text(body),
        None => entry.summary.as_ref().map(plain).unwrap_or_default(),
    };
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone());
    Raw {
        title: entry.title.as_ref().map(plain),
        body,
        lang: entry.language.clone().or(feed_lang),
        date: entry.published.or(entry.updated).map(date::utc),
        url: link,
        source,
        notes: Vec::new(),
    }
}

/// Why a file is not a feed, in the words of what was found rather than feed-rs' "no root
/// element", which it also says of a well-formed document with the wrong root.
fn failure_reason(err: &ParseFeedError, root: Option<&str>) -> String {
    match (err, root) {
        (ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot), None) => {
            "not an RSS or Atom feed: no XML element found".to_string()
        }
        (ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot), Some("rss")) => {
            "not a readable RSS feed: no <channel> in <rss>, or malformed XML".to_string()
        }
        (ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot), Some(name))
            if matches!(name, "feed" | "rdf:RDF" | "RDF") =>
        {
            format!(
                "not a feed plantscope reads: <{name}> is not in the Atom, RSS 0.90 or RSS 1.0 \
                 namespace, or its XML is malformed"
            )
        }
        (ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot), Some(name)) => {
            // The name is the file's text: a long one is cut so the reason stays one line.
            let name: String = name.chars().take(40).collect();
            format!(
                "not an RSS or Atom feed: the root element is <{name}>, not <rss>, <feed> or <rdf:RDF>"
            )
        }
        (ParseFeedError::XmlReader(xml), _) => format!("not a readable feed: malformed XML: {xml}"),
        (other, _) => format!("not a readable feed: {other}"),
    }
}

/// Feed text, which may be HTML, as plain text.
fn plain(text: &Text) -> String {
    html::fragment_text(&text.content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_articles() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Auto News</title>
            <item><title>One</title><link>https://e.com/1</link>
            <description>&lt;p&gt;First &lt;b&gt;item&lt;/b&gt;&lt;/p&gt;</description>
            <pubDate>Thu, 09 Nov 2023 10:00:00 GMT</pubDate></item>
            <item><title>Two</title><description>Second</description></item>
            </channel></rss>"#;
        let parsed = parse(rss);
        assert!(parsed.problems.is_empty());
        assert_eq!(parsed.items.len(), 2);
        let first = &parsed.items[0].raw;
        assert_eq!(first.title.as_deref(), Some("One"));
        assert_eq!(first.body, "First item");
        assert_eq!(first.source.as_deref(), Some("Auto News"));
        assert_eq!(first.date.as_deref(), Some("2023-11-09T10:00:00Z"));
        assert_eq!(first.url.as_deref(), Some("https://e.com/1"));
    }

    #[test]
    fn deep_nesting_neither_overflows_nor_stalls() {
        let depth = 100_000;
        let item = |inner: String| {
            format!(
                "<rss version=\"2.0\"><channel><title>T</title><item>{inner}</item></channel></rss>"
            )
        };
        let xml = item(format!(
            "<title>x</title><x>{}</x>",
            "<a>".repeat(depth) + &"</a>".repeat(depth)
        ));
        let parsed = parse(&xml);
        assert!(parsed.items.is_empty());
        assert!(
            parsed.problems[0].starts_with("not a readable"),
            "{:?}",
            parsed.problems
        );
        let html = "&lt;div&gt;".repeat(depth) + "deep" + &"&lt;/div&gt;".repeat(depth);
        let parsed = parse(&item(format!(
            "<title>x</title><description>{html}</description>"
        )));
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.items[0].raw.body, "deep");
    }

    #[test]
    fn not_a_feed() {
        let parsed = parse("<note>hello</note>");
        assert!(parsed.items.is_empty());
        assert!(parsed.problems[0].starts_with("not an RSS or Atom feed"));
    }

    #[test]
    fn rss_without_a_version_is_read() {
        let rss = "<rss><channel><title>T</title><item><title>Feed item Kia</title>\
            <description>Kia Slovakia plant</description></item></channel></rss>";
        let parsed = parse(rss);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.items[0].raw.title.as_deref(), Some("Feed item Kia"));
        assert_eq!(parsed.items[0].raw.body, "Kia Slovakia plant");
        let odd_version = rss.replace("<rss>", "<rss version=\"2.01\">");
        assert_eq!(parse(&odd_version).items.len(), 1);
    }

    #[test]
    fn a_feed_root_is_not_said_to_be_missing() {
        let no_root = ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot);
        for root in ["feed", "rdf:RDF"] {
            let reason = failure_reason(&no_root, Some(root));
            assert!(!reason.contains("not <rss>, <feed>"), "{reason}");
            assert!(
                reason.starts_with("not a feed plantscope reads"),
                "{reason}"
            );
        }
    }

    #[test]
    fn reasons_say_what_was_found() {
        assert_eq!(
            parse("<note>hello</note>").problems,
            ["not an RSS or Atom feed: the root element is <note>, not <rss>, <feed> or <rdf:RDF>"]
        );
        assert_eq!(
            parse("just words").problems,
            ["not an RSS or Atom feed: no XML element found"]
        );
        assert_eq!(
            parse("<rss><item><title>x</title></item></rss>").problems,
            ["not a readable RSS feed: no <channel> in <rss>, or malformed XML"]
        );
    }
}
