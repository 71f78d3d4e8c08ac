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
/// Dublin Core's elements, whose `date` feed-rs reads as an item's.
const DUBLIN_CORE: &str = "http://purl.org/dc/elements/1.1/";
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
    if let Some(fixed) = bare_rdf_root(&text) {
        text = Cow::Owned(fixed);
    }
    if let Some(fixed) = super::cdf::as_rss(&text) {
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
    let head = text.get(..text.len().min(4096)).unwrap_or(&text);
    if (head.contains("<rss") || head.contains(":rss") || head.contains("<rdf:RDF"))
        && let Some(fixed) = rss_items_texts(&text)
    {
        text = Cow::Owned(fixed);
    }
    text
}

/// RSS items whose text is where feed-rs does not look for it: `<dc:title>` and
/// `<dc:description>` without their RSS elements, an XHTML `<body>` (or `<xhtml:body>`) as the
/// only text, a `<description>` of bare markup (feed-rs read all three as nothing, and such
/// an item was skipped as having no title or text). Each is rewritten as the RSS element.
fn rss_items_texts(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some((at, prefix)) = next_item(rest) {
        let open_end = at + rest[at..].find('>')? + 1;
        let closing = format!("</{prefix}item>");
        let Some(close) = rest[open_end..].find(&closing).map(|c| open_end + c) else {
            break;
        };
        fixed.push_str(&rest[..open_end]);
        let item = &rest[open_end..close];
        match item_texts(item, prefix.is_empty()) {
            Some(item) => {
                fixed.push_str(&item);
                changed = true;
            }
            None => fixed.push_str(item),
        }
        rest = &rest[close..];
    }
    fixed.push_str(rest);
    changed.then_some(fixed)
}

/// Where the next `<item>` start tag is, and its prefix (`rss:` in an RSS 1.0 feed without a
/// default namespace, empty mostly).
fn next_item(text: &str) -> Option<(usize, &str)> {
    let mut from = 0;
    while let Some(found) = text[from..].find("item") {
        let at = from + found;
        from = at + "item".len();
        if !text[from..].starts_with(['>', ' ', '\n', '\t', '\r']) {
            continue;
        }
        let before = &text[..at];
        if before.ends_with('<') {
            return Some((at - 1, ""));
        }
        let Some(colon) = before.strip_suffix(':') else {
            continue;
        };
        let name_len = colon.len()
            - colon
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == '-' || c == '.')
                .len();
        let start = colon.len() - name_len;
        if name_len > 0 && colon[..start].ends_with('<') {
            return Some((start - 1, &text[start..at]));
        }
    }
    None
}

/// One item's inside with its texts where feed-rs reads them, if any had to move. The title
/// and text stand-ins are for unprefixed RSS items only (an `<rss:item>` has `<rss:title>`).
fn item_texts(item: &str, unprefixed: bool) -> Option<String> {
    let has = |tag: &str| item.contains(&format!("<{tag}>")) || item.contains(&format!("<{tag} "));
    // An element of that local name under any prefix (`<r:pubDate>`), or none.
    let has_local = |name: &str| {
        has(name)
            || item.match_indices(&format!(":{name}")).any(|(at, _)| {
                item[at + name.len() + 1..].starts_with(['>', ' '])
                    && item[..at]
                        .rfind('<')
                        .is_some_and(|lt| !item[lt..at].contains(['>', ' ', '/']))
            })
    };
    if !unprefixed {
        return dcterms_date(item, &has, &has_local).map(Cow::into_owned);
    }
    let mut out = Cow::Borrowed(item);
    // The first of these an item has stands for its missing RSS element (Media RSS titles
    // and iTunes summaries feed-rs keeps only beside media content, Dublin Core never).
    let stand_ins: [(&str, &[&str]); 2] = [
        ("title", &["dc:title", "media:title", "itunes:title"]),
        (
            "description",
            &[
                "dc:description",
                "itunes:summary",
                "media:description",
                "itunes:subtitle",
            ],
        ),
    ];
    for (rss, others) in stand_ins {
        if has(rss) {
            continue;
        }
        // Beside media content feed-rs keeps Media RSS texts itself (feed.rs reads them there).
        let media_content = out.contains("<media:content") || out.contains("<media:group");
        if let Some(other) = others
            .iter()
            .find(|other| has(other) && !(media_content && other.starts_with("media:")))
        {
            let renamed = out
                .replacen(&format!("<{other}"), &format!("<{rss}"), 1)
                .replacen(&format!("</{other}>"), &format!("</{rss}>"), 1);
            out = Cow::Owned(renamed);
        }
    }
    if let Some(dated) = dcterms_date(&out, &has, &has_local) {
        out = Cow::Owned(dated.into_owned());
    }
    let described = out.contains("<description>") || out.contains("<description ");
    if !described && !out.contains("<content:encoded") {
        for (open, close) in [("<body", "</body>"), ("<xhtml:body", "</xhtml:body>")] {
            if let Some(markup) = element_inside(&out, open, close) {
                let (start, inner, end) = markup;
                if inner.contains("]]>") {
                    break;
                }
                let moved = format!(
                    "{}<description><![CDATA[{inner}]]></description>{}",
                    &out[..start],
                    &out[end..]
                );
                out = Cow::Owned(moved);
                break;
            }
        }
    } else if let Some((start, inner, end)) = element_inside(&out, "<description", "</description>")
        && inner.contains('<')
        && !inner.contains("<![CDATA[")
        && !inner.contains("]]>")
    {
        let wrapped = format!(
            "{}<description><![CDATA[{inner}]]></description>{}",
            &out[..start],
            &out[end..]
        );
        out = Cow::Owned(wrapped);
    }
    match out {
        Cow::Owned(out) => Some(out),
        Cow::Borrowed(_) => None,
    }
}

/// Dublin Core terms' dates, which feed-rs does not read, for an item without a date of its
/// own: read as the Dublin Core element date it does read (feedparser takes them too).
fn dcterms_date<'a>(
    item: &'a str,
    has: &dyn Fn(&str) -> bool,
    has_local: &dyn Fn(&str) -> bool,
) -> Option<Cow<'a, str>> {
    if has_local("pubDate") || has("dc:date") {
        return None;
    }
    let term = ["dcterms:issued", "dcterms:created", "dcterms:modified"]
        .into_iter()
        .find(|term| has(term))?;
    let renamed = item
        .replacen(
            &format!("<{term}"),
            &format!("<dc:date xmlns:dc=\"{DUBLIN_CORE}\""),
            1,
        )
        .replacen(&format!("</{term}>"), "</dc:date>", 1);
    Some(Cow::Owned(renamed))
}

/// The first element opened by `open` (`<body`, followed by `>` or a space) and closed by
/// `close`: where it starts, its inside, and where it ends.
fn element_inside<'a>(text: &'a str, open: &str, close: &str) -> Option<(usize, &'a str, usize)> {
    let start = text
        .match_indices(open)
        .map(|(i, _)| i)
        .find(|&i| text[i + open.len()..].starts_with(['>', ' ', '\n', '\t']))?;
    let inner_start = start + text[start..].find('>')? + 1;
    if text[..inner_start].ends_with("/>") {
        return None;
    }
    let inner_end = inner_start + text[inner_start..].find(close)?;
    Some((
        start,
        &text[inner_start..inner_end],
        inner_end + close.len(),
    ))
}

/// The text with every `&` that starts no entity or character reference written `&amp;`
/// (outside CDATA sections, where `&` is itself); `None` when there is none.
pub(super) fn bare_ampersands_escaped(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len() + 64);
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find(['&', '<']) {
        fixed.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(cdata) = tail.strip_prefix("<![CDATA[") {
            let end = cdata
                .find("]]>")
                .map_or(tail.len(), |e| "<![CDATA[".len() + e + 3);
            fixed.push_str(&tail[..end]);
            rest = &tail[end..];
            continue;
        }
        if tail.starts_with('&') && !starts_reference(&tail[1..]) {
            fixed.push_str("&amp;");
            changed = true;
        } else {
            fixed.push_str(&tail[..1]);
        }
        rest = &tail[1..];
    }
    fixed.push_str(rest);
    changed.then_some(fixed)
}

/// `name;`, `#123;` or `#x1F;` (what may follow `&` in XML).
fn starts_reference(after: &str) -> bool {
    let Some(end) = after.find(';').filter(|&e| e > 0 && e <= 32) else {
        return false;
    };
    let name = &after[..end];
    if let Some(digits) = name.strip_prefix("#x") {
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit())
    } else if let Some(digits) = name.strip_prefix('#') {
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    } else {
        name.starts_with(|c: char| c.is_alphabetic() || c == '_')
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
    }
}

/// Atom text constructs (`<title>`, `<summary>`, `<subtitle>`, `<rights>`) whose `type` feed-rs
/// refuses, failing the whole feed: MIME types for text and XHTML (`text/plain`,
/// `application/xhtml+xml`), an empty type, and base64 content (`application/octet-stream`),
/// which is decoded. `None` when there is none.
pub(super) fn atom_text_types(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find(" type=\"") {
        let value_start = at + " type=\"".len();
        let Some(value_len) = rest[value_start..].find('"') else {
            break;
        };
        let value = &rest[value_start..value_start + value_len];
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let tag = rest[tag_start + 1..at]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let text_construct = matches!(tag, "title" | "summary" | "subtitle" | "rights");
        let new = match value {
            "text/plain" | "" => Some("text"),
            "application/xhtml+xml" => Some("xhtml"),
            v if v.starts_with("text/") && v != "text/html" => Some("text"),
            _ => None,
        };
        fixed.push_str(&rest[..value_start]);
        rest = &rest[value_start + value_len..];
        match new {
            Some(new) if text_construct => {
                fixed.push_str(new);
                changed = true;
            }
            _ if text_construct
                && value.starts_with("application/")
                && value != "application/xhtml+xml" =>
            {
                // Base64 content: its decoded text, escaped, as plain text.
                let close = format!("</{tag}>");
                let inner_start = rest.find('>').map(|i| i + 1);
                let decoded = inner_start.and_then(|s| {
                    let end = s + rest[s..].find(&close)?;
                    let bytes = base64_decode(rest[s..end].trim())?;
                    Some((s, end, String::from_utf8(bytes).ok()?))
                });
                match decoded {
                    Some((s, end, decoded)) => {
                        fixed.push_str("html");
                        fixed.push_str(&rest[..s]);
                        fixed.push_str(&xml_escape(&decoded));
                        rest = &rest[end..];
                        changed = true;
                    }
                    None => fixed.push_str(value),
                }
            }
            _ => fixed.push_str(value),
        }
    }
    fixed.push_str(rest);
    changed.then_some(fixed)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Standard base64 (whitespace allowed), or `None` when it is not.
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(compact)
        .ok()
}

/// A bare `<rdf>` root with items and no namespace (feed-rs' `xml_iso8859.xml` fixture, an
/// RSS 1.0 feed written without its RDF): read as RSS 1.0.
fn bare_rdf_root(text: &str) -> Option<String> {
    let root = super::xml_root::find(text)?;
    if root.name != "rdf" || !text.contains("<item") {
        return None;
    }
    let (before, after) = root.split(text);
    let body = after
        .rsplit_once("</rdf>")
        .map_or(after, |(inside, _)| inside);
    Some(format!(
        "{before}<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" \
         xmlns=\"{RSS_10}\"><channel rdf:about=\"\"><title></title></channel>{body}</rdf:RDF>"
    ))
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

    /// Issue 15 (feedparser's tests): feed-rs skips these items' texts, and each such item
    /// was read as having no title or text.
    #[test]
    fn rss_item_texts_are_moved_where_feed_rs_reads_them() {
        let rss = |item: &str| {
            format!("<rss version=\"2.0\"><channel><item>{item}</item></channel></rss>")
        };
        let cases = [
            (
                "<dc:description>Example</dc:description>",
                "<description>Example</description>",
            ),
            (
                "<dc:title>T</dc:title><description>d</description>",
                "<title>T</title><description>d</description>",
            ),
            ("<media:title>bar</media:title>", "<title>bar</title>"),
            (
                "<itunes:summary>S</itunes:summary>",
                "<description>S</description>",
            ),
            (
                "<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Example content</p></body>",
                "<description><![CDATA[<p>Example content</p>]]></description>",
            ),
            (
                "<description><p>Naked</p></description>",
                "<description><![CDATA[<p>Naked</p>]]></description>",
            ),
        ];
        for (item, want) in cases {
            assert_eq!(prepare(&rss(item)), rss(want), "{item}");
        }
        // An item with its own elements is left as it is.
        let whole = rss("<title>T</title><dc:title>U</dc:title><description>d</description>");
        assert!(matches!(prepare(&whole), Cow::Borrowed(_)));
    }

    #[test]
    fn atom_text_types_feed_rs_refuses_are_made_its_own() {
        let title = |attrs: &str, inner: &str| {
            format!("<feed><entry><title{attrs}>{inner}</title></entry></feed>")
        };
        assert_eq!(
            atom_text_types(&title(
                " type=\"application/xhtml+xml\" mode=\"xml\"",
                "<div>x</div>"
            )),
            Some(title(" type=\"xhtml\" mode=\"xml\"", "<div>x</div>"))
        );
        assert_eq!(
            atom_text_types(&title(" type=\"\"", "x")),
            Some(title(" type=\"text\"", "x"))
        );
        assert_eq!(
            atom_text_types(&title(" type=\"text/plain\"", "x")),
            Some(title(" type=\"text\"", "x"))
        );
        // Base64: `Example <b>Atom</b>`.
        assert_eq!(
            atom_text_types(&title(
                " type=\"application/octet-stream\"",
                "\n  RXhhbXBsZSA8Yj5BdG9tPC9iPg==\n"
            )),
            Some(title(" type=\"html\"", "Example &lt;b&gt;Atom&lt;/b&gt;"))
        );
        // Links and content keep their types.
        assert_eq!(
            atom_text_types("<feed><link type=\"text/plain\" href=\"x\"/></feed>"),
            None
        );
    }

    #[test]
    fn bare_ampersands_are_escaped_but_not_references_or_cdata() {
        assert_eq!(
            bare_ampersands_escaped("<t>Q&A &amp; &#38; &#x26; &copy; a&b</t><![CDATA[x&y]]>"),
            Some("<t>Q&amp;A &amp; &#38; &#x26; &copy; a&amp;b</t><![CDATA[x&y]]>".to_string())
        );
        assert_eq!(bare_ampersands_escaped("<t>&amp; <![CDATA[&]]></t>"), None);
    }

    #[test]
    fn a_bare_rdf_root_is_read_as_rss_1() {
        let fixed =
            prepare("<?xml version=\"1.0\"?>\n<rdf>\n<item><title>T</title></item>\n</rdf>\n");
        assert!(
            fixed.starts_with("<?xml version=\"1.0\"?>\n<rdf:RDF "),
            "{fixed}"
        );
        assert!(
            fixed.contains("<item><link>plantscope:no-link</link><title>T</title></item>"),
            "{fixed}"
        );
        assert!(fixed.trim_end().ends_with("</rdf:RDF>"), "{fixed}");
    }
}
