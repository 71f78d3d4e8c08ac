//! Which parser reads a file: by extension first, otherwise by sniffing the decoded content
//! (never by magic bytes alone: a Dutch article may well start with "PSA").

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
    Feed,
}

/// The format an extension names, if it is one plantscope knows.
pub(super) fn by_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::Jsonl,
        "xml" | "rss" | "atom" | "cdf" => Format::Feed,
        _ => return None,
    })
}

/// Extensions of text files that are not articles — tables, source code, styles, notebooks,
/// lock files — which read as text made articles of code and CSV rows.
const NOT_ARTICLES: &[&str] = &[
    "csv", "tsv", "py", "pyi", "ipynb", "js", "mjs", "cjs", "ts", "tsx", "jsx", "rs", "c", "h",
    "cc", "cpp", "hpp", "cs", "java", "kt", "go", "rb", "php", "pl", "lua", "swift", "scala", "sh",
    "bash", "zsh", "fish", "ps1", "bat", "cmd", "css", "scss", "sass", "less", "sql", "lock",
    "svg", "map", "diff", "patch",
];

/// Why a file is skipped for its extension alone, if it is: `not an article (.csv file)`.
pub(super) fn not_an_article(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    NOT_ARTICLES
        .contains(&ext.as_str())
        .then(|| format!("not an article (.{ext} file)"))
}

/// Guess the format of text whose name says nothing.
pub(super) fn sniff(text: &str) -> Format {
    let start = text.trim_start();
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with('{') || head.starts_with('[') {
        let lines = start
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(2)
            .count();
        let first = start.lines().next().unwrap_or("");
        if lines > 1 && serde_json::from_str::<serde_json::Value>(first).is_ok() {
            return Format::Jsonl;
        }
        return Format::Json;
    }
    if ["<rss", "<feed", "<rdf", "<channel"]
        .iter()
        .any(|root| head.starts_with(root))
    {
        return Format::Feed;
    }
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return Format::Html;
    }
    if head.starts_with("<?xml") {
        if head.contains("<html") {
            return Format::Html;
        }
        return Format::Feed;
    }
    if head.starts_with("---\n") || head.starts_with("+++\n") || head.starts_with("---\r\n") {
        return Format::Markdown;
    }
    Format::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_win() {
        assert_eq!(by_extension(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(by_extension(Path::new("x.ndjson")), Some(Format::Jsonl));
        assert_eq!(by_extension(Path::new("feed.atom")), Some(Format::Feed));
        assert_eq!(by_extension(Path::new("page.xhtml")), Some(Format::Html));
        assert_eq!(by_extension(Path::new("noext")), None);
        assert_eq!(by_extension(Path::new("a.pdf")), None);
        assert_eq!(
            not_an_article(Path::new("plants.CSV")).as_deref(),
            Some("not an article (.csv file)")
        );
        assert_eq!(
            not_an_article(Path::new("a.py")).as_deref(),
            Some("not an article (.py file)")
        );
        assert_eq!(not_an_article(Path::new("a.txt")), None);
        assert_eq!(not_an_article(Path::new("README")), None);
    }

    #[test]
    fn content_sniffing() {
        assert_eq!(sniff("PSA gaat auto's bouwen in Kazachstan"), Format::Text);
        assert_eq!(sniff("  {\"title\": \"x\"}"), Format::Json);
        assert_eq!(sniff("[{\"title\": \"x\"}]"), Format::Json);
        assert_eq!(sniff("{\"a\": 1}\n{\"a\": 2}\n"), Format::Jsonl);
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff("<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff("---\ntitle: x\n---\nbody"), Format::Markdown);
        assert_eq!(sniff("+++\ntitle = \"x\"\n+++\nbody"), Format::Markdown);
    }
}
