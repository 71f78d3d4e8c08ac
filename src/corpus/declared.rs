//! The encoding a file declares for itself, read from its first bytes as ASCII: the XML
//! declaration (`<?xml version="1.0" encoding="KOI8-R"?>`) or an HTML `<meta charset>` /
//! `<meta http-equiv="Content-Type" content="text/html; charset=…">`.

use encoding_rs::Encoding;

/// The declared encoding, if one is declared and encoding_rs knows it. UTF-8 and UTF-16 are
/// left out: bytes that reach this point are not UTF-8, and text declared as UTF-16 without
/// a BOM or zero bytes is not UTF-16 either.
pub(super) fn encoding(head: &[u8]) -> Option<&'static Encoding> {
    let label = label(head)?;
    let encoding = Encoding::for_label(&label).or_else(|| alias(&label))?;
    let wide = [
        encoding_rs::UTF_8,
        encoding_rs::UTF_16LE,
        encoding_rs::UTF_16BE,
    ];
    (!wide.contains(&encoding)).then_some(encoding)
}

/// The declared label, lowercased.
fn label(head: &[u8]) -> Option<Vec<u8>> {
    let head = &head[..head.len().min(2048)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let label = xml_declaration(&lower).or_else(|| meta_charset(&lower))?;
    Some(label.to_vec())
}

/// Names files use that are not WHATWG labels, for encodings encoding_rs has (Python's and
/// IANA's names: `MacCyrillic` was read as a guess, Windows-1251, its capitals as `Ђ`, `Ќ`).
fn alias(label: &[u8]) -> Option<&'static Encoding> {
    match label {
        b"maccyrillic" | b"mac-cyrillic" | b"mac_cyrillic" | b"x-mac-ukrainian" => {
            Some(encoding_rs::X_MAC_CYRILLIC)
        }
        b"macroman" | b"mac-roman" | b"mac_roman" | b"x-mac-roman" => Some(encoding_rs::MACINTOSH),
        b"ibm-866" => Some(encoding_rs::IBM866),
        _ => None,
    }
}

/// A declared encoding that no decoder here reads (IBM855, Johab, EUC-TW…), as declared:
/// the file is then read by a guess, and `check` says so.
pub(super) fn unsupported(head: &[u8]) -> Option<String> {
    let label = label(head)?;
    if Encoding::for_label(&label).is_some() || alias(&label).is_some() {
        return None;
    }
    let name = String::from_utf8_lossy(&label).into_owned();
    (name.len() <= 40
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b)))
    .then_some(name)
}

/// `encoding="…"` inside a leading `<?xml … ?>`.
fn xml_declaration(lower: &[u8]) -> Option<&[u8]> {
    let start = lower.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = lower[start..].strip_prefix(b"<?xml")?;
    let end = find(rest, b"?>")?;
    attribute_value(&rest[..end], b"encoding")
}

/// `charset=…` in a `<meta …>` tag.
fn meta_charset(lower: &[u8]) -> Option<&[u8]> {
    let mut rest = lower;
    while let Some(at) = find(rest, b"<meta") {
        let tag = &rest[at..];
        let end = find(tag, b">").unwrap_or(tag.len());
        if let Some(value) = attribute_value(&tag[..end], b"charset") {
            return Some(value);
        }
        rest = &tag[end.max(1)..];
    }
    None
}

/// The value after `name` and `=` (quoted or not) in `text`.
fn attribute_value<'a>(text: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let at = find(text, name)?;
    let mut rest = &text[at + name.len()..];
    rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    if let Some(q) = rest.first().copied().filter(|q| *q == b'"' || *q == b'\'') {
        rest = &rest[1..];
        let end = rest.iter().position(|b| *b == q)?;
        return Some(rest[..end].trim_ascii());
    }
    let end = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_found() {
        let name = |text: &[u8]| encoding(text).map(Encoding::name);
        assert_eq!(
            name(b"<?xml version='1.0' encoding='KOI8-R'?><rss>"),
            Some("KOI8-R")
        );
        assert_eq!(
            name(b"\n<?xml version=\"1.0\" encoding = \"euc-jp\" ?>"),
            Some("EUC-JP")
        );
        assert_eq!(
            name(b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"),
            Some("windows-1251")
        );
        assert_eq!(name(b"<meta charset=big5>"), Some("Big5"));
        assert_eq!(name(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), None);
        assert_eq!(name(b"<?xml version=\"1.0\" encoding=\"utf-16\"?>"), None);
        assert_eq!(name(b"<?xml version=\"1.0\"?>"), None);
        assert_eq!(name(b"plain text, charset=koi8-r"), None);
        // Not WHATWG labels, but names files use.
        assert_eq!(
            name(b"<?xml version=\"1.0\" encoding=\"MacCyrillic\"?>"),
            Some("x-mac-cyrillic")
        );
        assert_eq!(
            name(b"<?xml version='1.0' encoding='cp866'?>"),
            Some("IBM866")
        );
        assert_eq!(
            unsupported(b"<?xml version='1.0' encoding='IBM855'?>").as_deref(),
            Some("ibm855")
        );
        assert_eq!(
            unsupported(b"<?xml version='1.0' encoding='KOI8-R'?>"),
            None
        );
        assert_eq!(
            unsupported(b"<?xml version='1.0' encoding='<script>'?>"),
            None
        );
    }
}
