//! A feed's text made readable by feed-rs before it parses it: the text is already decoded, so
//! its XML declaration must no longer name the original encoding (feed-rs decoded the UTF-8
//! text a second time by it: Latin-1, KOI8, Shift_JIS… became mojibake, and UTF-16 feeds were
//! refused); older dialects feed-rs does not recognise are read as their successors.

use std::borrow::Cow;

/// Atom 0.3's namespace, read as Atom 1.0 (its elements are nearly the same; the dates are
/// renamed below).
const ATOM_03: &str = "http://purl.org/atom/ns#";
const ATOM_10: &str = "http://www.w3.org/2005/Atom";
/// RSS 0.90's namespace, read as RSS 1.0 (both are RDF with `<channel>` and `<item>`).
const RSS_090: &str = "http://my.netscape.com/rdf/simple/0.9/";
const RSS_10: &str = "http://purl.org/rss/1.0/";
/// UserLand's namespace for RSS 2.0: RSS has no namespace.
const USERLAND: &[&str] = &[
    "http://backend.userland.com/rss2",
    "http://blogs.law.harvard.edu/tech/rss",
];

/// The text as feed-rs should see it.
pub(super) fn prepare(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    if let Some(fixed) = without_declared_encoding(&text) {
        text = Cow::Owned(fixed);
    }
    let head_len = text.len().min(4096);
    let head = text.get(..head_len).unwrap_or(&text);
    if head.contains(ATOM_03) {
        // Every element may declare the namespace again (Blogger's entries do); Atom 0.3's
        // MIME types for text (`type="text/html"`) are Atom 1.0's `html`, `text`, `xhtml`.
        let fixed = text
            .replace(ATOM_03, ATOM_10)
            .replace("type=\"text/plain\"", "type=\"text\"")
            .replace("type=\"text/html\"", "type=\"html\"")
            .replace("type=\"application/xhtml+xml\"", "type=\"xhtml\"")
            .replace("<issued>", "<published>")
            .replace("</issued>", "</published>")
            .replace("<modified>", "<updated>")
            .replace("</modified>", "</updated>");
        text = Cow::Owned(fixed);
    } else if head.contains(RSS_090) {
        text = Cow::Owned(text.replace(RSS_090, RSS_10));
    } else if let Some(ns) = USERLAND
        .iter()
        .find(|ns| head.contains(&format!("\"{ns}\"")))
    {
        text = Cow::Owned(text.replace(ns, ""));
    }
    if let Some(fixed) = items_into_channel(&text) {
        text = Cow::Owned(fixed);
    }
    let head = text.get(..text.len().min(4096)).unwrap_or(&text);
    if head.contains(RSS_10)
        && let Some(fixed) = rdf_items_linked(&text)
    {
        text = Cow::Owned(fixed);
    }
    text
}

/// The link given to an RSS 1.0/0.90 item that has none, taken away again when it is read.
pub(super) const NO_LINK: &str = "plantscope:no-link";

/// feed-rs drops an RSS 1.0 (and 0.90) `<item>` without a `<link>` (an item with only a title
/// or a description was read as nothing): each such item is given [`NO_LINK`].
fn rdf_items_linked(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = ["<item>", "<item "]
        .iter()
        .filter_map(|tag| rest.find(tag))
        .min()
    {
        let open_end = at + rest[at..].find('>')? + 1;
        let close = rest[open_end..]
            .find("</item>")
            .map_or(rest.len(), |c| open_end + c);
        fixed.push_str(&rest[..open_end]);
        if !rest[at..open_end].ends_with("/>") && !rest[open_end..close].contains("<link") {
            fixed.push_str("<link>");
            fixed.push_str(NO_LINK);
            fixed.push_str("</link>");
            changed = true;
        }
        rest = &rest[open_end..];
    }
    fixed.push_str(rest);
    changed.then_some(fixed)
}

/// The text with `encoding="…"` removed from its XML declaration, if it has one.
fn without_declared_encoding(text: &str) -> Option<String> {
    let start = text.len() - text.trim_start().len();
    let decl_len = text[start..].strip_prefix("<?xml")?.find("?>")? + "<?xml".len();
    let decl = &text[start..start + decl_len];
    let at = decl.find("encoding")?;
    let after = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?;
    let after = after.trim_start();
    let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value_len = after[1..].find(quote)? + 2;
    let end = decl.len() - after.len() + value_len;
    let mut fixed = String::with_capacity(text.len());
    fixed.push_str(&text[..start + at]);
    fixed.push_str(&text[start + end..]);
    Some(fixed)
}

/// RSS 0.91 feeds that put their `<item>`s after `</channel>`: the channel is closed after
/// them instead.
fn items_into_channel(text: &str) -> Option<String> {
    let close = text.find("</channel>")?;
    let after = &text[close + "</channel>".len()..];
    if !after.contains("<item") {
        return None;
    }
    let end = close + "</channel>".len() + after.rfind("</rss>")?;
    let mut fixed = String::with_capacity(text.len());
    fixed.push_str(&text[..close]);
    fixed.push_str(&text[close + "</channel>".len()..end]);
    fixed.push_str("</channel>");
    fixed.push_str(&text[end..]);
    Some(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_encoding_is_dropped() {
        assert_eq!(
            prepare("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<rss/>"),
            "<?xml version=\"1.0\" ?>\n<rss/>"
        );
        assert_eq!(
            prepare("<?xml version='1.0' encoding = 'utf-16' standalone='yes'?><rss/>"),
            "<?xml version='1.0'  standalone='yes'?><rss/>"
        );
        assert!(matches!(prepare("<rss/>"), Cow::Borrowed(_)));
    }

    #[test]
    fn rdf_items_without_a_link_are_given_one() {
        let rdf = "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\"><channel/>\
            <item><description>Only a description</description></item>\
            <item rdf:about=\"x\"><title>T</title><link>http://e.com/1</link></item></rdf:RDF>";
        let fixed = prepare(rdf);
        assert_eq!(fixed.matches(NO_LINK).count(), 1, "{fixed}");
        assert!(fixed.contains("<item><link>plantscope:no-link</link><description>"));
        // RSS 2.0 keeps its items as they are (feed-rs reads them without a link).
        assert!(
            !prepare("<rss version=\"2.0\"><channel><item><title>T</title></item></channel></rss>")
                .contains(NO_LINK)
        );
    }

    #[test]
    fn items_after_the_channel_go_into_it() {
        assert_eq!(
            prepare("<rss><channel><title>T</title></channel><item>i</item></rss>"),
            "<rss><channel><title>T</title><item>i</item></channel></rss>"
        );
    }
}
