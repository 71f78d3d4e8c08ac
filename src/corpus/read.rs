//! One file → its articles and problems: size checked before reading, bytes read (never more
//! than the limit), decoded, its format chosen and parsed, each article built.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::build::{self, Parsed};
use super::format::{self, Format};
use super::walk::{self, Entry};
use super::{FileOutcome, LoadOptions, decode, feed, html, json, markdown, text};

pub(super) fn read_entry(entry: &Entry, options: &LoadOptions) -> FileOutcome {
    match entry {
        Entry::Skipped {
            display,
            reason,
            folder,
        } => {
            let mut outcome = FileOutcome::failed(display, 0, reason.clone());
            outcome.report.folder = *folder;
            outcome
        }
        Entry::File {
            path,
            display,
            size,
            ..
        } => match format::not_an_article(path).map_or_else(|| read_file(path, options), Err) {
            // A bug of the readers on one file (a panic) costs that file, said, not the load.
            Ok(bytes) => crate::panics::quietly(|| parse_owned(display, path, bytes))
                .unwrap_or_else(|| FileOutcome::failed(display, *size, READER_FAILED)),
            Err(reason) => FileOutcome::failed(display, *size, reason),
        },
    }
}

/// What a file whose reading panicked says.
const READER_FAILED: &str = "the reader failed on this file (a bug in plantscope)";

/// The bytes of a regular file no larger than the limit, or why not.
fn read_file(path: &Path, options: &LoadOptions) -> Result<Vec<u8>, String> {
    let max = options.max_file_size;
    if let Some(hook) = &options.before_read {
        hook(path).map_err(|e| walk::io_reason(&e))?;
    }
    // Checked again here: the file may have changed since the walk, and a FIFO must never be
    // opened, as opening one blocks. Links inside folders never get here (the walk refuses
    // them); a link named on the command line is followed, as ripgrep does.
    let meta = std::fs::metadata(path).map_err(|e| walk::io_reason(&e))?;
    if !meta.file_type().is_file() {
        return Err(walk::special_reason(meta.file_type()).to_string());
    }
    if meta.len() > max {
        return Err(too_large(meta.len(), max));
    }
    let file = File::open(path).map_err(|e| walk::io_reason(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow while it is read: never hold more than the limit.
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| walk::io_reason(&e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64, max));
    }
    Ok(bytes)
}

pub(super) fn too_large(size: u64, max: u64) -> String {
    format!(
        "too large: {} > {} limit (--max-file-size)",
        human_size(size),
        human_size(max)
    )
}

/// `200.0 MiB`, `12.5 KiB`, `300 bytes`.
pub(crate) fn human_size(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if b >= KIB * KIB {
        format!("{:.1} MiB", b / (KIB * KIB))
    } else if b >= KIB {
        format!("{:.1} KiB", b / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Decode, choose the format (by the name's extension, else by the content) and parse.
pub(super) fn parse_bytes(display: &str, name: &Path, bytes: &[u8]) -> FileOutcome {
    parse_decoded(display, name, bytes.len() as u64, || decode::decode(bytes))
}

/// [`parse_bytes`] of bytes read for this alone: they become the text without a copy when
/// they are UTF-8 (a file's text is then held at most twice at once, not five times).
fn parse_owned(display: &str, name: &Path, bytes: Vec<u8>) -> FileOutcome {
    if crate::panics::test_panic("reader") {
        panic!("test panic in a file's reader (PLANTSCOPE_TEST_PANIC)");
    }
    parse_decoded(display, name, bytes.len() as u64, || {
        decode::decode_owned(bytes)
    })
}

fn parse_decoded(
    display: &str,
    name: &Path,
    size: u64,
    decode: impl FnOnce() -> Result<decode::Decoded, decode::Binary>,
) -> FileOutcome {
    if let Some(reason) = format::not_an_article(name) {
        return FileOutcome::skipped(display, size, reason);
    }
    if size == 0 {
        return FileOutcome::skipped(display, size, "empty file");
    }
    let (text, decode_note) = match decode() {
        Ok(decoded) => (decoded.text, decoded.note),
        Err(binary) => return FileOutcome::skipped(display, size, binary.to_string()),
    };
    if text.trim().is_empty() {
        return FileOutcome::skipped(display, size, "empty file");
    }
    let parsed = match format::by_extension(name) {
        // An `.xml` (`.rss`…) file that is a web page (a feed address that served its site's
        // page instead) is read as the page, not refused as a feed.
        Some(Format::Feed)
            if super::xml_root::find(&text)
                .is_some_and(|root| root.name.eq_ignore_ascii_case("html")) =>
        {
            parse_as(Format::Html, &text)
        }
        Some(format) => parse_as(format, &text),
        None => {
            let format = format::sniff(&text);
            let parsed = parse_as(format, &text);
            // A guess that did not work out: the file is text that only looked like data.
            if parsed.items.is_empty() && format != Format::Text {
                parse_as(Format::Text, &text)
            } else {
                parsed
            }
        }
    };
    // Every article owns its text now: the file's goes before they are built.
    drop(text);
    // Replaced bytes come first: they concern the whole file, whatever its articles.
    let mut problems: Vec<String> = decode_note.into_iter().collect();
    problems.extend(parsed.problems);
    let mut articles = Vec::with_capacity(parsed.items.len());
    for item in parsed.items {
        match build::article(item.raw, display, item.index) {
            Some(built) => {
                problems.extend(built.notes.into_iter().map(|note| match &item.label {
                    Some(label) => format!("{label}: {note}"),
                    None => note,
                }));
                articles.push(built.article);
            }
            None => problems.push(match (item.label, item.why_empty) {
                (Some(label), Some(why)) => format!("{label}: {why}"),
                (Some(label), None) => format!("{label}: no title or text"),
                (None, why) => why.unwrap_or_else(|| "no article text found".to_string()),
            }),
        }
    }
    FileOutcome::new(display, size, articles, problems)
}

fn parse_as(format: Format, text: &str) -> Parsed {
    match format {
        Format::Text => Parsed::single(text::parse(text)),
        Format::Markdown => {
            let (raw, problem) = markdown::parse(text);
            let mut parsed = Parsed::single(raw);
            parsed.problems.extend(problem);
            parsed
        }
        Format::Html => match html::parse(text) {
            // A page without main text is not an article, even with a title (it was listed
            // as read, with an empty body).
            Ok(raw) if raw.body.trim().is_empty() => {
                Parsed::failed("no main text found in the page".to_string())
            }
            Ok(raw) => Parsed::single(raw),
            Err(problem) => Parsed::failed(problem),
        },
        Format::Json => json::parse_document(text),
        Format::Jsonl => json::parse_lines(text),
        Format::Feed => feed::parse(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// chardet's CP932/hardsoft.at.webry.info.xml: a feed address that served a web page was
    /// refused ("the root element is <html>"); it is read as the page.
    #[test]
    fn an_xml_file_that_is_a_web_page_is_read_as_one() {
        let page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\">\n\
            <html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Kia Zilina</title></head>\
            <body><article><p>The Kia plant in Zilina builds the Sportage and the Ceed for \
            Europe, and it will build an electric car from 2026.</p></article></body></html>";
        let outcome = parse_bytes("feed.xml", Path::new("feed.xml"), page.as_bytes());
        assert_eq!(outcome.articles.len(), 1, "{:?}", outcome.report);
        assert_eq!(outcome.articles[0].title, "Kia Zilina");
        assert!(outcome.articles[0].body.contains("Sportage"));
    }

    #[test]
    fn sizes_for_humans() {
        assert_eq!(human_size(200 * 1024 * 1024), "200.0 MiB");
        assert_eq!(human_size(16 * 1024 * 1024), "16.0 MiB");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(10), "10 bytes");
    }
}
