//! Markdown: optional YAML (`---`) or TOML (`+++`) front matter for the metadata, and a body
//! rendered as plain text by a CommonMark parser (pulldown-cmark): blocks, bullets and table
//! rows kept, link, emphasis and HTML syntax removed.

use super::build::Raw;
use super::fields::{self, Fields};
use crate::text::fold::is_han_or_kana;

/// The article, and a problem when the front matter could not be read (the text is kept).
pub(super) fn parse(text: &str) -> (Raw, Option<String>) {
    let Some((fence, front, body)) = split_front_matter(text) else {
        return (
            Raw {
                body: plain(text),
                ..Raw::default()
            },
            None,
        );
    };
    let parsed = if fence == "---" {
        yaml_fields(front)
    } else {
        toml_fields(front)
    };
    let body = plain(body);
    match parsed.and_then(|f| f.into_raw(Some(body.clone()))) {
        Ok(raw) => (raw, None),
        Err(problem) => (
            Raw {
                body,
                ..Raw::default()
            },
            Some(problem),
        ),
    }
}

/// `(fence, front matter, rest)` when the text opens with a `---` or `+++` block that closes.
fn split_front_matter(text: &str) -> Option<(&'static str, &str, &str)> {
    let fence = ["---", "+++"].into_iter().find(|f| text.starts_with(f))?;
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != fence {
        return None;
    }
    let after = &text[first_end + 1..];
    let mut offset = 0;
    for line in after.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            return Some((fence, &after[..offset], &after[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn yaml_fields(front: &str) -> Result<Fields, String> {
    let value: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(front).map_err(|e| format!("malformed YAML front matter: {e}"))?;
    let mut fields = Fields::default();
    match value {
        serde_yaml_ng::Value::Mapping(map) => {
            for (key, value) in &map {
                if let Some(key) = key.as_str() {
                    fields.push(key, fields::from_yaml(value));
                }
            }
        }
        serde_yaml_ng::Value::Null => {}
        _ => return Err("YAML front matter is not a list of fields".to_string()),
    }
    Ok(fields)
}

fn toml_fields(front: &str) -> Result<Fields, String> {
    let table: toml::Table = toml::from_str(front)
        .map_err(|e| format!("malformed TOML front matter: {}", e.message()))?;
    let mut fields = Fields::default();
    for (key, value) in &table {
        fields.push(key, fields::from_toml(value));
    }
    Ok(fields)
}

/// Markdown rendered as plain text by a CommonMark parser: headings, paragraphs and quotes as
/// blocks of their own, list items with a bullet (`•`, or their number), table rows with `|`
/// between cells, links and images as their text, emphasis and code markers gone, HTML tags
/// dropped (the text between them kept). A line broken inside a paragraph is joined with a
/// space: a sentence hard-wrapped in the file is one sentence for the facts.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut out = Text::default();
    // One entry per open list: the next item's number, `None` for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::HtmlBlock
                | Tag::FootnoteDefinition(_),
            ) => out.block(),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::Table
                | TagEnd::HtmlBlock
                | TagEnd::FootnoteDefinition,
            ) => out.line(),
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() {
                    out.block();
                } else {
                    out.line();
                }
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                out.line();
            }
            Event::Start(Tag::Item) => {
                out.line();
                let depth = lists.len().saturating_sub(1);
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_string(),
                };
                out.marker(&format!("{}{marker}", "  ".repeat(depth)));
            }
            Event::End(TagEnd::Item) => out.line(),
            Event::Start(Tag::TableCell) => out.cell(),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.line(),
            Event::Text(text) | Event::Code(text) => out.push(&text),
            Event::InlineMath(text) | Event::DisplayMath(text) => out.push(&text),
            Event::Html(html) => out.push(&strip_tags(&html)),
            Event::SoftBreak => out.soft_break = true,
            Event::HardBreak => out.line(),
            Event::Rule => out.block(),
            Event::TaskListMarker(done) => out.push(if done { "[x] " } else { "[ ] " }),
            // A tag alone in a line (`<br>`, `<span>`) or a footnote's mark is no text.
            _ => {}
        }
    }
    out.finish()
}

/// The plain text being written, and whether a list item's marker was the last thing in it.
#[derive(Default)]
struct Text {
    out: String,
    after_marker: bool,
    /// A line break inside a paragraph, not yet written: a space, except between two Chinese
    /// or Japanese characters, where it is only where the source wrapped ("田原\n工場").
    soft_break: bool,
    /// Cells written in the current table row.
    cells: usize,
}

impl Text {
    fn push(&mut self, text: &str) {
        if std::mem::take(&mut self.soft_break) {
            let cjk_both = self.out.chars().next_back().is_some_and(is_han_or_kana)
                && text.chars().next().is_some_and(is_han_or_kana);
            if !cjk_both {
                self.out.push(' ');
            }
        }
        self.out.push_str(text);
        if !text.is_empty() {
            self.after_marker = false;
        }
    }

    /// End the line, unless at the start of one.
    fn line(&mut self) {
        if std::mem::take(&mut self.soft_break) {
            self.out.push(' ');
        }
        self.cells = 0;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Start a block: a blank line before it (not right after a list item's marker).
    fn block(&mut self) {
        if self.after_marker {
            return;
        }
        self.line();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn marker(&mut self, marker: &str) {
        if std::mem::take(&mut self.soft_break) {
            self.out.push(' ');
        }
        self.out.push_str(marker);
        self.after_marker = true;
    }

    fn cell(&mut self) {
        if self.cells > 0 {
            self.out.push_str(" | ");
        }
        self.cells += 1;
    }

    fn finish(self) -> String {
        let mut out = self.out;
        out.truncate(out.trim_end().len());
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// HTML with its tags taken out (`<p>Kaluga</p>` → `Kaluga`); comments go whole.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let is_tag = after[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        if !is_tag {
            // `a < b` is text.
            out.push('<');
            rest = &after[1..];
            continue;
        }
        let close = if after.starts_with("<!--") {
            after.find("-->").map(|c| c + 3)
        } else {
            after.find('>').map(|c| c + 1)
        };
        match close {
            Some(end) => rest = &after[end..],
            None => {
                // An unclosed `<` is text (`a < b`).
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_wrapped_inside_chinese_or_japanese_text_joins_without_a_space() {
        assert_eq!(
            plain("トヨタ自動車田原\n工場は愛知県にある。\n"),
            "トヨタ自動車田原工場は愛知県にある。\n"
        );
        assert_eq!(plain("丰田汽车\nToyota plant\n"), "丰田汽车 Toyota plant\n");
        assert_eq!(plain("현대자동차\n공장\n"), "현대자동차 공장\n");
    }

    #[test]
    fn lists_tables_quotes_code_and_html_read_as_text() {
        let md = "Intro line one\nwraps here.\n\n* Kaluga\n* Busan\n  1. Polestar 4\n  2. XM3\n\n\
                  > quoted *emphasis* and `code`\n\n| plant | model |\n|---|---|\n| Sochaux | 3008 |\n\n\
                  <div class=\"x\">Inside <b>html</b></div>\n\n```\nfn main() {}\n```\n\n- [x] done\n";
        assert_eq!(
            plain(md),
            "Intro line one wraps here.\n\n• Kaluga\n• Busan\n  1. Polestar 4\n  2. XM3\n\n\
             quoted emphasis and code\n\nplant | model\nSochaux | 3008\n\nInside html\n\n\
             fn main() {}\n\n• [x] done\n"
        );
        assert_eq!(strip_tags("a < b <!-- c --> d"), "a < b  d");
    }

    #[test]
    fn headings_and_links_become_text() {
        let md =
            "# Renault in Flins\n\nSee [the plant](https://example.com) and ![a photo](p.png).\n";
        assert_eq!(
            plain(md),
            "Renault in Flins\n\nSee the plant and a photo.\n"
        );
        assert_eq!(plain("#hashtag stays\n"), "#hashtag stays\n");
        assert_eq!(plain("**bold** [unclosed\n"), "bold [unclosed\n");
        assert_eq!(plain("[a](x [b]"), "[a](x [b]\n");
        let hostile = "[a](".repeat(10_000);
        assert_eq!(plain(&hostile), hostile + "\n");
    }

    #[test]
    fn yaml_and_toml_front_matter() {
        let (raw, problem) = parse("---\ntitle: Kaluga\nlang: fr-FR\n---\nBody text\n");
        assert_eq!(problem, None);
        assert_eq!(raw.title.as_deref(), Some("Kaluga"));
        assert_eq!(raw.lang.as_deref(), Some("fr-FR"));
        assert_eq!(raw.body, "Body text\n");
        let (raw, problem) = parse("+++\ntitle = \"Busan\"\ndate = 2023-11-09\n+++\nBody\n");
        assert_eq!(problem, None);
        assert_eq!(raw.title.as_deref(), Some("Busan"));
        assert_eq!(raw.date.as_deref(), Some("2023-11-09"));
        let (raw, problem) = parse("---\ntitle: [unclosed\n---\nBody\n");
        assert!(problem.is_some_and(|p| p.starts_with("malformed YAML front matter")));
        assert_eq!(raw.body, "Body\n");
    }
}
