//! Microsoft's Channel Definition Format (CDF, 1997): a root `<CHANNEL>` whose `<ITEM>`s give
//! their address and date as attributes (`HREF`, `LASTMOD`) and their text as `<TITLE>` and
//! `<ABSTRACT>`, names in any case. feed-rs does not read it (the file was refused: "the root
//! element is <CHANNEL>"): it is written as the RSS 2.0 feed it amounts to, which feed-rs reads.

use super::xml_root;

/// The RSS 2.0 text of a CDF document, or `None` when `text` is not one (its root is not
/// `<CHANNEL>`).
pub(super) fn as_rss(text: &str) -> Option<String> {
    let root = xml_root::find(text)?;
    if !root.name.eq_ignore_ascii_case("channel") || text.contains("<rss") {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 256);
    let mut rest = text;
    // Channels nest in CDF; RSS has one: the outer one is the feed, the inner ones' tags go
    // (their items are the feed's) and so do their titles and abstracts.
    let mut channels = 0usize;
    let mut skip_until: Option<&'static str> = None;
    while let Some(at) = rest.find('<') {
        let (before, tail) = rest.split_at(at);
        if skip_until.is_none() {
            out.push_str(before);
        }
        // Comments, CDATA, declarations and processing instructions pass as they are.
        if let Some((open, close)) = [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>")]
            .into_iter()
            .find(|(open, _)| tail.starts_with(open))
            .or_else(|| tail.starts_with("<!").then_some(("<!", ">")))
        {
            let len = tail[open.len()..]
                .find(close)
                .map_or(tail.len(), |c| open.len() + c + close.len());
            if skip_until.is_none() {
                out.push_str(&tail[..len]);
            }
            rest = &tail[len..];
            continue;
        }
        let len = xml_root::tag_len(tail).unwrap_or(tail.len());
        let tag = &tail[..len];
        rest = &tail[len..];
        let closing = tag.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name_len = tag[name_start..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(tag.len() - name_start);
        let name = tag[name_start..name_start + name_len].to_ascii_lowercase();
        let empty = tag.ends_with("/>");
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("channel", false) => {
                channels += 1;
                if channels == 1 {
                    out.push_str("<rss version=\"2.0\"><channel>");
                    push_attributes(&mut out, tag);
                    if empty {
                        out.push_str("</channel></rss>");
                    }
                }
            }
            ("channel", true) => {
                channels = channels.saturating_sub(1);
                if channels == 0 {
                    out.push_str("</channel></rss>");
                }
            }
            ("item", false) => {
                out.push_str("<item>");
                push_attributes(&mut out, tag);
                if empty {
                    out.push_str("</item>");
                }
            }
            ("item", true) => out.push_str("</item>"),
            // An inner channel's title and abstract are not the feed's.
            ("title" | "abstract", false) if channels > 1 && !inside_item(&out) && !empty => {
                skip_until = Some(if name == "title" { "title" } else { "abstract" });
            }
            ("title" | "abstract", _) if channels > 1 && !inside_item(&out) => {}
            ("title", _) => out.push_str(&renamed(tag, name_start, name_len, "title")),
            ("abstract", _) => out.push_str(&renamed(tag, name_start, name_len, "description")),
            // Everything else of CDF (`LOGO`, `SCHEDULE`, `USAGE`, `A`…) is not the text.
            _ => {}
        }
    }
    if skip_until.is_none() {
        out.push_str(rest);
    }
    Some(out)
}

/// `tag` with its element name (at `start`, `len` bytes) replaced by `name`.
fn renamed(tag: &str, start: usize, len: usize, name: &str) -> String {
    format!("{}{name}{}", &tag[..start], &tag[start + len..])
}

/// Whether the text written so far is inside an item.
fn inside_item(out: &str) -> bool {
    out.rfind("<item>")
        .is_some_and(|open| out.rfind("</item>").is_none_or(|close| close < open))
}

/// A CDF start tag's `HREF` and `LASTMOD` as the RSS `<link>` and `<pubDate>`.
fn push_attributes(out: &mut String, tag: &str) {
    for (attribute, element) in [("href", "link"), ("lastmod", "pubDate")] {
        if let Some(value) = attribute_value(tag, attribute).filter(|v| !v.trim().is_empty()) {
            out.push_str(&format!("<{element}>{}</{element}>", value.trim()));
        }
    }
}

/// The value of `name` (any case) in a start tag, as written (entities left escaped, which
/// is right for element text too).
fn attribute_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before_ok = lower[..at].ends_with(|c: char| c.is_whitespace());
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - after[1..].trim_start().len();
        let quote = tag[value_at..].chars().next()?;
        if quote != '"' && quote != '\'' {
            return None;
        }
        let inner = &tag[value_at + 1..];
        return inner.find(quote).map(|end| &inner[..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cdf_channel_is_written_as_rss() {
        let cdf = r#"<?xml version="1.0"?>
<CHANNEL BASE="http://base.example.org/" HREF="http://www.example.org/"
  LASTMOD="2004-04-06T23:05:43-05:00">
  <TITLE>channel title</TITLE>
  <ABSTRACT>channel abstract</ABSTRACT>
  <LOGO HREF="logo.gif" STYLE="IMAGE"/>
  <ITEM HREF="http://www.example.org/item/1?a=1&amp;b=2" LASTMOD='2004-04-06T23:05:43-05:00'>
    <TITLE>item title</TITLE>
    <ABSTRACT>item abstract</ABSTRACT>
  </ITEM>
  <CHANNEL HREF="http://sub.example.org/"><TITLE>sub channel</TITLE>
    <item href="http://sub.example.org/2"><title>second</title></item>
  </CHANNEL>
</CHANNEL>"#;
        let rss = as_rss(cdf).expect("a CDF channel");
        assert!(rss.contains("<rss version=\"2.0\"><channel><link>http://www.example.org/</link>"));
        assert!(rss.contains(
            "<item><link>http://www.example.org/item/1?a=1&amp;b=2</link>\
             <pubDate>2004-04-06T23:05:43-05:00</pubDate>"
        ));
        assert!(rss.contains("<description>item abstract</description>"));
        assert!(!rss.contains("sub channel"), "{rss}");
        assert!(rss.contains("<item><link>http://sub.example.org/2</link><title>second</title>"));
        assert!(rss.trim_end().ends_with("</channel></rss>"), "{rss}");
        assert_eq!(
            as_rss("<rss version=\"2.0\"><channel></channel></rss>"),
            None
        );
        assert_eq!(as_rss("<feed></feed>"), None);
    }
}
