//! RSS and Atom feeds (feed-rs): one article per item or entry, HTML content reduced to text
//! by the HTML extractor, the feed's title as the source.

use feed_rs::model::{Entry, Text};

use super::build::{Item, Parsed, Raw};
use super::{date, html};

pub(super) fn parse(text: &str) -> Parsed {
    let feed = match feed_rs::parser::parse(text.as_bytes()) {
        Ok(feed) => feed,
        Err(err) => return Parsed::failed(format!("not an RSS or Atom feed: {err}")),
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
    Parsed { items, problems: Vec::new() }
}

fn raw(entry: &Entry, source: Option<String>, feed_lang: Option<String>) -> Raw {
    let content = entry.content.as_ref().and_then(|c| c.body.as_deref()).filter(|b| !b.trim().is_empty());
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
    fn not_a_feed() {
        let parsed = parse("<note>hello</note>");
        assert!(parsed.items.is_empty());
        assert!(parsed.problems[0].starts_with("not an RSS or Atom feed"));
    }
}
