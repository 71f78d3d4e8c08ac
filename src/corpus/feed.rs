//! RSS and Atom feeds (feed-rs): one article per item or entry, HTML content reduced to text
//! by the HTML extractor, the feed's title as the source.

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeDelta, Utc};
use feed_rs::model::{Entry, Text};

use feed_rs::parser::{ParseErrorKind, ParseFeedError};

use super::build::{Item, Parsed, Raw};
use super::{date, feed_fixups, html, xml_root};

pub(super) fn parse(text: &str) -> Parsed {
    let text = &*feed_fixups::prepare(text);
    let root = xml_root::find(text);
    let unread = Unread::default();
    let mut current = Cow::Borrowed(text);
    let mut outcome = attempt(&current, &unread);
    // feed-rs only reads an `<rss>` whose version it knows; many feeds omit the attribute.
    if outcome.is_err()
        && let Some(patched) = root.and_then(|r| r.with_rss_version(&current))
    {
        current = Cow::Owned(patched);
        outcome = attempt(&current, &unread);
    }
    // One Atom title or summary of a type feed-rs refuses fails the whole feed.
    if matches!(&outcome, Err(Failure::Parse(e)) if e.to_string().contains("unsupported content type"))
        && let Some(fixed) = feed_fixups::atom_text_types(&current)
    {
        current = Cow::Owned(fixed);
        outcome = attempt(&current, &unread);
    }
    // A bare `&` (`Q&A`, an address's query) makes the XML malformed from there on.
    if matches!(&outcome, Err(Failure::Parse(ParseFeedError::XmlReader(_))))
        && let Some(fixed) = feed_fixups::bare_ampersands_escaped(&current)
    {
        current = Cow::Owned(fixed);
        outcome = attempt(&current, &unread);
    }
    // A file cut short (a download that stopped) or broken further on: the items before the
    // break are read, and the loss is said.
    let mut broken = None;
    if let Err(Failure::Parse(ParseFeedError::XmlReader(xml))) = &outcome
        && let Some((feed, kept)) = readable_prefix(&current, root.map(|r| r.name), &unread)
    {
        broken = Some((kept, xml.to_string()));
        outcome = Ok(feed);
    }
    // Cut short after a closed channel (RSS 0.91 puts its items after it), the XML reader
    // sees no error, and feed-rs no item.
    let written = count_items(text);
    if let Ok(feed) = &outcome
        && feed.entries.len() < written
        && let Some((longer, kept)) = readable_prefix(&current, root.map(|r| r.name), &unread)
        && longer.entries.len() > feed.entries.len()
    {
        broken = Some((kept, "the feed is never closed".to_string()));
        outcome = Ok(longer);
    }
    let feed = match outcome {
        Ok(feed) => feed,
        Err(Failure::Parse(err)) => {
            return Parsed::failed(failure_reason(&err, root.map(|r| r.name)));
        }
        Err(Failure::Panic) => {
            return Parsed::failed("not a readable feed: the feed parser failed on it".into());
        }
    };
    let source = feed.title.as_ref().map(plain);
    let blocks = item_blocks(&current);
    let items = feed
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let raw = raw(entry, source.clone(), feed.language.clone(), &unread);
            // feed-rs keeps nothing of an entry's `<source>` (the feed it was copied from):
            // an entry with only that has no title or text of its own, and is no article.
            let sourced = blocks.get(index).is_some_and(|b| b.contains("<source"));
            let why_empty = (sourced && raw.title.is_none()).then(|| {
                "no title or text of its own (the only title in it is its <source>'s, the \
                 feed it was copied from)"
                    .to_string()
            });
            Item {
                index,
                label: Some(format!("item {}", index + 1)),
                raw,
                why_empty,
            }
        })
        .collect();
    // Items in the text that feed-rs did not give back must not vanish without a word.
    let mut problems = Vec::new();
    if let Some((kept, reason)) = broken {
        problems.push(format!(
            "malformed XML after item {kept} of {written} ({reason}): the items after it could \
             not be read"
        ));
    } else if feed.entries.len() < written {
        problems.push(format!(
            "{} of the {written} items or entries in the file could not be read",
            written - feed.entries.len()
        ));
    }
    Parsed { items, problems }
}

/// Why an attempt at reading a feed failed.
enum Failure {
    Parse(ParseFeedError),
    /// feed-rs panicked (a third-party parser fed the file: its panic costs this file only).
    Panic,
}

/// One reading of `text` by a parser of its own: feed-rs' parser keeps state between the
/// entries it reads, and one reused after a failure mid-entry panicked on the next feed.
/// The dates it could not read are `unread`'s afresh.
fn attempt(text: &str, unread: &Unread) -> Result<feed_rs::model::Feed, Failure> {
    if let Ok(mut list) = unread.lock() {
        list.clear();
    }
    crate::panics::quietly(|| parser(unread).parse(text.as_bytes()))
        .ok_or(Failure::Panic)?
        .map_err(Failure::Parse)
}

/// The feed made of the most whole items at the start of `text` that can be read (the
/// elements around them closed after the last), and how many items that is.
fn readable_prefix(
    text: &str,
    root: Option<&str>,
    unread: &Unread,
) -> Option<(feed_rs::model::Feed, usize)> {
    let closing = match root? {
        "rss" => "</channel></rss>",
        "rdf:RDF" | "RDF" => "</rdf:RDF>",
        "feed" => "</feed>",
        _ => return None,
    };
    let mut ends: Vec<usize> = ["</item>", "</entry>"]
        .iter()
        .flat_map(|tag| text.match_indices(tag).map(|(at, tag)| at + tag.len()))
        .collect();
    ends.sort_unstable();
    if ends.is_empty() {
        return None;
    }
    let read = |kept: usize| {
        let head = &text[..ends[kept - 1]];
        // RSS 0.91 items after a closed channel: only the feed is closed, and the items go
        // into the channel as in any such feed.
        let closing = match closing {
            "</channel></rss>" if head.contains("</channel>") => "</rss>",
            other => other,
        };
        let cut = format!("{head}{closing}");
        attempt(&feed_fixups::prepare(&cut), unread).ok()
    };
    // The longest readable prefix, by halving: each try is one parse of the text.
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if read(mid).is_some() {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    // Read again: the dates it could not read must be those of this parse, not the last try.
    let feed = read(lo.max(1))?;
    Some((feed, lo.max(1)))
}

/// The text of each `<item>` or `<entry>`, from its start tag to the next one's (a rough cut,
/// for the diagnostics).
fn item_blocks(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = ["<item>", "<item ", "<entry>", "<entry "]
        .iter()
        .flat_map(|tag| text.match_indices(tag).map(|(at, _)| at))
        .collect();
    starts.sort_unstable();
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    starts.iter().zip(ends).map(|(&s, e)| &text[s..e]).collect()
}

/// `<item>` and `<entry>` start tags in the text (a rough count, for the diagnostic).
fn count_items(text: &str) -> usize {
    ["<item>", "<item ", "<entry>", "<entry "]
        .iter()
        .map(|tag| text.matches(tag).count())
        .sum()
}

/// The dates feed-rs could not read, in the order met; the timestamp given back for the n-th is
/// a marker ([`DateTime::MIN_UTC`] + n seconds), so the item can say which date it lost.
type Unread = Arc<Mutex<Vec<String>>>;

fn parser(unread: &Unread) -> feed_rs::parser::Parser {
    let unread = Arc::clone(unread);
    feed_rs::parser::Builder::new()
        .timestamp_parser(move |text| {
            lenient_timestamp(text).or_else(|| {
                let mut list = unread.lock().ok()?;
                list.push(text.trim().to_string());
                DateTime::<Utc>::MIN_UTC
                    .checked_add_signed(TimeDelta::seconds(list.len() as i64 - 1))
            })
        })
        .build()
}

/// feed-rs' own lenient reading (not public: asked through a one-item feed), then the forms
/// the rest of the corpus reader knows (`9 novembre 2023`, `2023-11-09`…).
fn lenient_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
    let probe = format!(
        "<rss version=\"2.0\"><channel><item><pubDate>{escaped}</pubDate></item></channel></rss>"
    );
    let by_feed_rs = feed_rs::parser::parse(probe.as_bytes())
        .ok()
        .and_then(|f| f.entries.first().and_then(|e| e.published));
    by_feed_rs.or_else(|| {
        let normal = date::normalize(text).ok()?;
        let day = format!("{}T00:00:00Z", normal.get(..10).unwrap_or(&normal));
        [normal.as_str(), day.as_str()]
            .iter()
            .find_map(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|d| d.with_timezone(&Utc))
    })
}

/// A timestamp from [`parser`]: the date, or the note saying which one was not understood.
fn item_date(stamp: Option<DateTime<Utc>>, unread: &Unread) -> (Option<String>, Option<String>) {
    let Some(stamp) = stamp else {
        return (None, None);
    };
    let index = (stamp - DateTime::<Utc>::MIN_UTC).num_seconds();
    if (0..1 << 40).contains(&index) {
        let list = unread.lock().map(|l| l.clone()).unwrap_or_default();
        let text = usize::try_from(index)
            .ok()
            .and_then(|i| list.get(i).cloned());
        let shown: String = text.unwrap_or_default().chars().take(60).collect();
        return (
            None,
            Some(format!("date {shown:?} not understood, ignored")),
        );
    }
    (Some(date::utc(stamp)), None)
}

fn raw(entry: &Entry, source: Option<String>, feed_lang: Option<String>, unread: &Unread) -> Raw {
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .filter(|b| !b.trim().is_empty());
    // Media RSS and iTunes give an item's title and summary in their own elements, read by
    // feed-rs into its media objects: the fallbacks when the item has none of its own.
    let media_title = || entry.media.iter().find_map(|m| m.title.as_ref()).map(plain);
    let media_text = || {
        entry
            .media
            .iter()
            .find_map(|m| m.description.as_ref())
            .map(plain)
    };
    let body = match content {
        Some(body) => html::fragment_text(body),
        None => entry
            .summary
            .as_ref()
            .map(plain)
            .filter(|b| !b.trim().is_empty())
            .or_else(media_text)
            .unwrap_or_default(),
    };
    let links = || {
        entry
            .links
            .iter()
            .filter(|l| l.href != feed_fixups::NO_LINK)
    };
    let link = links()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(links().next())
        .map(|l| l.href.clone());
    let title = entry
        .title
        .as_ref()
        .map(plain)
        .filter(|t| !t.trim().is_empty())
        .or_else(|| media_title().filter(|t| !t.trim().is_empty()));
    let (date, note) = item_date(entry.published.or(entry.updated), unread);
    Raw {
        keep_first_line: title.is_none(),
        title,
        body,
        lang: entry.language.clone().or(feed_lang),
        date,
        url: link,
        source,
        notes: note.into_iter().collect(),
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
    fn rss_1_items_without_a_link_are_read() {
        let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>Feed</title></channel>
            <item rdf:about="http://e.com/1"><description>Example description</description></item>
            </rdf:RDF>"#;
        let parsed = parse(rdf);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.items[0].raw.body, "Example description");
        assert_eq!(parsed.items[0].raw.url, None);
    }

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
    fn an_unreadable_date_is_a_note_not_a_silent_loss() {
        let rss = r#"<rss version="2.0"><channel><title>T</title>
            <item><title>One</title><description>a</description><pubDate>sometime soon</pubDate></item>
            <item><title>Two</title><description>b</description><pubDate>9 novembre 2023</pubDate></item>
            <item><title>Three</title><description>c</description><pubDate>Thu, 09 Nov 2023 10:00:00 GMT</pubDate></item>
            </channel></rss>"#;
        let parsed = parse(rss);
        let [one, two, three] = [0, 1, 2].map(|i| &parsed.items[i].raw);
        assert_eq!(one.date, None);
        assert_eq!(
            one.notes,
            ["date \"sometime soon\" not understood, ignored"]
        );
        assert_eq!(two.date.as_deref(), Some("2023-11-09T00:00:00Z"));
        assert_eq!(three.date.as_deref(), Some("2023-11-09T10:00:00Z"));
        assert!(two.notes.is_empty() && three.notes.is_empty());
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

    #[test]
    fn escaped_entities_in_html_text_are_decoded() {
        // A description or an html title is HTML: `&amp;amp;` (or `&amp;` in CDATA) is `&`.
        // Without a tag in it the text was kept as it came, `&amp;` and all.
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
            <item><title>T</title><description>Ford &amp;amp; VW</description></item>\
            <item><title>U</title><description><![CDATA[Kia &amp; Hyundai &lt;3]]></description></item>\
            </channel></rss>";
        let parsed = parse(rss);
        assert_eq!(parsed.items[0].raw.body, "Ford & VW");
        assert_eq!(parsed.items[1].raw.body, "Kia & Hyundai <3");
        let atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>\
            <entry><title type=\"html\">A &amp;amp; B</title><summary>Ford &amp; VW</summary></entry></feed>";
        let parsed = parse(atom);
        assert_eq!(parsed.items[0].raw.title.as_deref(), Some("A & B"));
        assert_eq!(parsed.items[0].raw.body, "Ford & VW");
    }

    /// Issue 15 (feedparser's tests): one Atom title of a type feed-rs refuses failed the whole
    /// feed, and the retry with the parser that had failed mid-entry panicked in feed-rs.
    #[test]
    fn an_atom_title_of_an_odd_type_costs_nothing_and_the_retry_does_not_panic() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>First</title><summary>one</summary></entry>
            <entry><title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><a title="&#38;">&#38;</a></div></title></entry>
            <entry><title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title></entry>
            </feed>"#;
        let parsed = parse(atom);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let titles: Vec<_> = parsed.items.iter().map(|i| i.raw.title.clone()).collect();
        assert_eq!(
            titles,
            [
                Some("First".into()),
                Some("&".into()),
                Some("Example Atom".into())
            ]
        );
    }

    #[test]
    fn media_titles_and_descriptions_stand_in_for_the_items_own() {
        let rss = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
            <item><media:content url="http://e.com/v.mp4"><media:title>Clip</media:title>
            <media:description>About the clip</media:description></media:content></item>
            </channel></rss>"#;
        let parsed = parse(rss);
        assert_eq!(parsed.items.len(), 1, "{:?}", parsed.problems);
        assert_eq!(parsed.items[0].raw.title.as_deref(), Some("Clip"));
        assert_eq!(parsed.items[0].raw.body, "About the clip");
    }

    /// Issue 15 (chardet's feeds): a feed cut short, or broken further on, was refused whole
    /// ("malformed XML"); the items before the break are read and the loss is said.
    #[test]
    fn a_feed_cut_short_gives_the_items_before_the_cut() {
        let rss = "<rss version=\"2.0\"><channel><title>T</title>\
            <item><title>One</title><description>first</description></item>\
            <item><title>Two</title><description>second</description></item>\
            <item><title>Three</title><descr";
        let parsed = parse(rss);
        let titles: Vec<_> = parsed.items.iter().map(|i| i.raw.title.clone()).collect();
        assert_eq!(titles, [Some("One".into()), Some("Two".into())]);
        assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
        assert!(
            parsed.problems[0].starts_with("malformed XML after item 2 of 3"),
            "{:?}",
            parsed.problems
        );
        // RSS 0.91 with its items after the channel, cut short.
        let outside = "<rss version=\"0.91\"><channel><title>T</title></channel>\
            <item><title>One</title></item><item><title>Two</title></item><item><title>Th";
        assert_eq!(
            parse(outside).items.len(),
            2,
            "{:?}",
            parse(outside).problems
        );
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\
            <entry><title>One</title></entry><entry><title>Tw";
        assert_eq!(parse(atom).items.len(), 1);
        // Nothing whole to read: still refused, with the reason.
        let parsed = parse("<rss version=\"2.0\"><channel><title>T</title><item><title>On");
        assert!(parsed.items.is_empty());
        assert!(
            parsed.problems[0].contains("malformed XML"),
            "{:?}",
            parsed.problems
        );
    }

    #[test]
    fn a_bare_ampersand_does_not_break_the_feed() {
        let rss = "<rss version=\"2.0\"><channel><title>Q&A</title>\
            <item><title>Ford & VW</title><description>a &amp; b</description></item>\
            <item><title>Kia</title><description>c</description></item></channel></rss>";
        let parsed = parse(rss);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.items.len(), 2);
        assert_eq!(parsed.items[0].raw.title.as_deref(), Some("Ford & VW"));
        assert_eq!(parsed.items[0].raw.source.as_deref(), Some("Q&A"));
    }

    /// Issue 15 (feedparser's `cdf/*`): a Channel Definition Format file was refused ("the root
    /// element is <CHANNEL>, not <rss>…"); its items are read, with address, date and text.
    #[test]
    fn cdf_channels_are_read_as_feeds() {
        let cdf = r#"<CHANNEL BASE="http://base.example.org/" HREF="http://www.example.org/"
  LASTMOD="2004-04-06T23:05:43-05:00" PRECACHE="No">
  <TITLE>channel title</TITLE>
  <ABSTRACT>channel abstract</ABSTRACT>
  <ITEM HREF="http://www.example.org/item/1" PRECACHE="No" LASTMOD="2004-04-06T23:05:43-05:00">
    <TITLE>item title</TITLE>
    <ABSTRACT>item abstract</ABSTRACT>
  </ITEM>
  <ITEM><Abstract>only an abstract</Abstract></ITEM>
</CHANNEL>"#;
        let parsed = parse(cdf);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.items.len(), 2);
        let first = &parsed.items[0].raw;
        assert_eq!(first.title.as_deref(), Some("item title"));
        assert_eq!(first.body, "item abstract");
        assert_eq!(first.url.as_deref(), Some("http://www.example.org/item/1"));
        assert_eq!(first.date.as_deref(), Some("2004-04-07T04:05:43Z"));
        assert_eq!(first.source.as_deref(), Some("channel title"));
        assert_eq!(parsed.items[1].raw.body, "only an abstract");
    }

    /// Issue 15 (feedparser's `item_dcterms_modified`): a date in Dublin Core terms was lost.
    #[test]
    fn dublin_core_terms_dates_are_an_items_date() {
        let rss = r#"<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
            <item><title>Modified</title><dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified></item>
            <item><title>Issued</title><dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified>
              <dcterms:issued>2003-12-30T08:00:00Z</dcterms:issued></item>
            <item><title>Own</title><pubDate>Thu, 09 Nov 2023 10:00:00 GMT</pubDate>
              <dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified></item>
            </channel></rss>"#;
        let parsed = parse(rss);
        let dates: Vec<_> = parsed.items.iter().map(|i| i.raw.date.clone()).collect();
        assert_eq!(
            dates,
            [
                Some("2003-12-31T10:14:55Z".into()),
                Some("2003-12-30T08:00:00Z".into()),
                Some("2023-11-09T10:00:00Z".into())
            ]
        );
        // RSS 1.0 written with prefixes only (`<rss:item>`), as feedparser's
        // `rss1.0withModulesNoDefNS.xml`.
        let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns:rss="http://purl.org/rss/1.0/" xmlns:dcterms="http://purl.org/dc/terms/">
            <rss:channel rdf:about="x"><rss:title>F</rss:title></rss:channel>
            <rss:item rdf:about="http://e.com/1"><rss:title>One</rss:title>
            <rss:link>http://e.com/1</rss:link>
            <dcterms:modified>2002-09-28T20:01:19Z</dcterms:modified></rss:item></rdf:RDF>"#;
        let parsed = parse(rdf);
        assert_eq!(parsed.items.len(), 1, "{:?}", parsed.problems);
        assert_eq!(parsed.items[0].raw.title.as_deref(), Some("One"));
        assert_eq!(
            parsed.items[0].raw.date.as_deref(),
            Some("2002-09-28T20:01:19Z")
        );
    }

    /// Issue 15 (feedparser's `entry_source_title*`): an entry whose only title is its
    /// `<source>`'s (the feed it was copied from) is no article, and the reason says why.
    #[test]
    fn an_entry_with_only_its_sources_title_is_skipped_saying_so() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><source><title>Example Atom</title></source></entry>
            <entry><title>Own</title><source><title>Example Atom</title></source></entry>
            <entry><id>x</id></entry></feed>"#;
        let parsed = parse(atom);
        assert_eq!(parsed.items.len(), 3);
        assert_eq!(parsed.items[0].raw.title, None);
        assert!(
            parsed.items[0]
                .why_empty
                .as_deref()
                .is_some_and(|w| w.contains("<source>")),
            "{:?}",
            parsed.items[0].why_empty
        );
        assert_eq!(parsed.items[1].raw.title.as_deref(), Some("Own"));
        assert_eq!(parsed.items[2].why_empty, None);
    }
}
