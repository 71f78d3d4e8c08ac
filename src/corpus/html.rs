//! HTML pages: the main text (not menus, scripts or footers) as lines, the title, language,
//! date and canonical URL. The tree is walked with an explicit stack, never recursion, so
//! absurdly deep nesting cannot overflow the stack.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};

use super::build::Raw;

fn selector(css: &str) -> Selector {
    // The selectors are constants of this file, so a failure is a bug, not bad input.
    Selector::parse(css).unwrap_or_else(|e| panic!("bad built-in selector {css:?}: {e}"))
}

static MAIN: LazyLock<[Selector; 4]> = LazyLock::new(|| {
    [
        selector("article"),
        selector("main"),
        selector("[role=main]"),
        selector("body"),
    ]
});
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static OG_TITLE: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:title']"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static ARTICLE_H1: LazyLock<Selector> =
    LazyLock::new(|| selector("article h1, main h1, [role=main] h1"));
static DATE: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        "meta[name=date], meta[property='article:published_time'], \
         meta[name='article:published_time'], meta[itemprop=datePublished]",
    )
});
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static OG_URL: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:url']"));
static SITE: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:site_name']"));

/// Deeper pages are refused: html5ever's time grows with the square of the depth (100,000
/// nested `<div>`s take about a minute), and real pages nest a few dozen levels.
pub(super) const MAX_DEPTH: usize = 5_000;

pub(super) fn parse(html: &str) -> Result<Raw, String> {
    if nesting_depth(html) > MAX_DEPTH {
        return Err(format!(
            "HTML nested too deeply (more than {MAX_DEPTH} levels)"
        ));
    }
    let doc = Html::parse_document(html);
    // Of the elements the first matching selector finds, the one with the most text: a page
    // may hold two `<main>` (or `<article>`) of which the first is empty (it gave nothing).
    let body = MAIN
        .iter()
        .find_map(|s| {
            doc.select(s)
                .take(64)
                .map(extract_text)
                .filter(|text| !text.trim().is_empty())
                .max_by_key(String::len)
        })
        .unwrap_or_else(|| extract_text(doc.root_element()));
    // The article's own headline beats the <title>, which usually carries " | Site Name";
    // an <h1> in the page's <header> or <nav> is the site's name, not the headline.
    let title = first_text(&doc, &ARTICLE_H1)
        .or_else(|| first_attr(&doc, &OG_TITLE, "content"))
        .or_else(|| first_text_outside_chrome(&doc, &H1))
        .or_else(|| first_text(&doc, &TITLE).map(|t| without_site_suffix(&t)))
        .or_else(|| first_text(&doc, &H1));
    Ok(Raw {
        title,
        body,
        lang: doc.root_element().attr("lang").map(str::to_string),
        date: first_attr(&doc, &DATE, "content"),
        url: first_attr(&doc, &CANONICAL, "href").or_else(|| first_attr(&doc, &OG_URL, "content")),
        source: first_attr(&doc, &SITE, "content"),
        notes: Vec::new(),
        keep_first_line: false,
    })
}

/// "BMW expands Debrecen plant | AutoNews" → "BMW expands Debrecen plant": a page title's
/// last ` | `, ` – ` or ` — ` part is the site's name when what comes before is long enough.
fn without_site_suffix(title: &str) -> String {
    for separator in [" | ", " – ", " — ", " - "] {
        if let Some((head, _)) = title.rsplit_once(separator)
            && head.chars().count() >= 20
        {
            return head.trim().to_string();
        }
    }
    title.trim().to_string()
}

/// The text of an HTML fragment (a feed summary); text without tags is returned as it is.
pub(super) fn fragment_text(html: &str) -> String {
    // Text with neither a tag nor an entity is already plain; `&amp;` alone still needs the
    // parser (feed summaries kept it).
    if !html.contains('<') && !html.contains('&') {
        return html.to_string();
    }
    if nesting_depth(html) > MAX_DEPTH {
        return strip_tags(html);
    }
    let fragment = Html::parse_fragment(html);
    extract_text(fragment.root_element())
}

/// Text with everything between `<` and `>` removed: the cheap fallback for absurd markup.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An estimate of the deepest element nesting, by a linear scan of the tags: void elements,
/// `<x/>`, and elements whose end tag is optional (`p`, `li`, `td`…) are not counted.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'<') {
        let mut start = i + offset + 1;
        let closing = bytes.get(start) == Some(&b'/');
        if closing {
            start += 1;
        }
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || !bytes[start].is_ascii_alphabetic() {
            i = start;
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'>')
            .map(|p| start + p);
        let self_closing = end.is_some_and(|e| bytes[e - 1] == b'/');
        if !is_unbalanced(&name) {
            if closing {
                depth = depth.saturating_sub(1);
            } else if !self_closing {
                depth += 1;
                max = max.max(depth);
            }
        }
        i = end.map_or(bytes.len(), |e| e + 1);
    }
    max
}

/// Void elements and elements whose end tag may be left out.
fn is_unbalanced(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "rb"
            | "rt"
            | "rtc"
            | "rp"
            | "html"
            | "head"
            | "body"
    )
}

fn first_text(doc: &Html, selector: &Selector) -> Option<String> {
    doc.select(selector)
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

/// Like [`first_text`], skipping elements inside a `<header>`, `<nav>` or `<footer>`.
fn first_text_outside_chrome(doc: &Html, selector: &Selector) -> Option<String> {
    doc.select(selector)
        .filter(|e| {
            !e.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "header" | "nav" | "footer"))
        })
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

fn first_attr(doc: &Html, selector: &Selector, attr: &str) -> Option<String> {
    doc.select(selector)
        .filter_map(|e: ElementRef| e.attr(attr))
        .find(|v| !v.trim().is_empty())
        .map(str::to_string)
}

/// Subtrees that are never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "nav"
            | "header"
            | "footer"
            | "aside"
            | "script"
            | "style"
            | "noscript"
            | "form"
            | "template"
            | "svg"
            | "iframe"
            | "head"
            | "button"
            | "select"
    )
}

/// Elements that start a new line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "address"
            | "hr"
            | "br"
            | "body"
            | "details"
            | "summary"
    )
}

enum Step<'a> {
    Enter(ElementRef<'a>),
    Text(&'a str),
    /// The end of a block element: what follows starts a new line.
    Break,
}

/// Visible text under `root`, one line per paragraph, heading or list item, whitespace
/// collapsed. Iterative: depth costs heap, not stack.
fn extract_text(root: ElementRef<'_>) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let element = match step {
            Step::Break => {
                flush(&mut current, &mut lines);
                continue;
            }
            Step::Text(text) => {
                current.push_str(text);
                continue;
            }
            Step::Enter(element) => element,
        };
        let name = element.value().name();
        if is_skipped(name) || element.attr("hidden").is_some() {
            continue;
        }
        if is_block(name) {
            flush(&mut current, &mut lines);
            stack.push(Step::Break);
        }
        stack.extend(
            element
                .children()
                .rev()
                .filter_map(|child| match child.value() {
                    Node::Text(text) => Some(Step::Text(text)),
                    Node::Element(_) => ElementRef::wrap(child).map(Step::Enter),
                    _ => None,
                }),
        );
    }
    flush(&mut current, &mut lines);
    lines.join("\n")
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !line.is_empty() {
        lines.push(line);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_header_is_not_the_headline() {
        let page = "<html><head><title>Kia opens Zilina line - Autoblatt</title></head><body>\
                    <header><h1>Autoblatt</h1></header>\
                    <article><h1>Kia opens a second line in Zilina</h1><p>Text.</p></article>\
                    </body></html>";
        assert_eq!(
            parse(page).map(|r| r.title),
            Ok(Some("Kia opens a second line in Zilina".into()))
        );
        let no_article = page
            .replace(
                "<article><h1>Kia opens a second line in Zilina</h1>",
                "<div>",
            )
            .replace("</article>", "</div>");
        assert_eq!(
            parse(&no_article).map(|r| r.title),
            Ok(Some("Kia opens Zilina line".into())),
            "<title> minus the site's name"
        );
        let og = no_article.replace(
            "</head>",
            "<meta property='og:title' content='Kia: second Zilina line'></head>",
        );
        assert_eq!(
            parse(&og).map(|r| r.title),
            Ok(Some("Kia: second Zilina line".into()))
        );
    }

    #[test]
    fn headline_beats_title_with_site_name() {
        let page = "<html><head><title>BMW expands Debrecen plant | AutoNews</title></head>\
                    <body><h1>BMW expands Debrecen plant</h1><p>Text.</p></body></html>";
        assert_eq!(
            parse(page).map(|r| r.title),
            Ok(Some("BMW expands Debrecen plant".into()))
        );
        let page = "<html><head><title>BMW expands Debrecen plant | AutoNews</title></head>\
                    <body><p>Text.</p></body></html>";
        assert_eq!(
            parse(page).map(|r| r.title),
            Ok(Some("BMW expands Debrecen plant".into()))
        );
    }

    #[test]
    fn main_text_without_menus() {
        let page = "<html lang='de-DE'><head><title>VW Wolfsburg</title>\
            <meta name='date' content='2024-03-01'></head><body><nav>Home | News</nav>\
            <article><h1>VW Wolfsburg</h1><p>Volkswagen baut <b>mehr</b> Autos.</p>\
            <script>alert(1)</script><ul><li>Golf</li><li>Tiguan</li></ul></article>\
            <footer>Impressum</footer></body></html>";
        let raw = parse(page).expect("read");
        assert_eq!(raw.title.as_deref(), Some("VW Wolfsburg"));
        assert_eq!(
            raw.body,
            "VW Wolfsburg\nVolkswagen baut mehr Autos.\nGolf\nTiguan"
        );
        assert_eq!(raw.lang.as_deref(), Some("de-DE"));
        assert_eq!(raw.date.as_deref(), Some("2024-03-01"));
    }

    #[test]
    fn deep_nesting_is_read_or_refused_quickly() {
        let nested = |depth| {
            format!(
                "{}deep text{}",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            )
        };
        let raw = parse(&nested(MAX_DEPTH)).expect("read");
        assert_eq!(raw.body, "deep text");
        assert_eq!(
            parse(&nested(100_000)),
            Err("HTML nested too deeply (more than 5000 levels)".to_string())
        );
        assert_eq!(fragment_text(&nested(100_000)), "deep text");
    }

    #[test]
    fn depth_estimate() {
        assert_eq!(nesting_depth("<div><p>a<p>b<br><img src=x/></div>"), 1);
        assert_eq!(nesting_depth("<a><b></b><c><d></d></c></a>"), 3);
        assert_eq!(nesting_depth("1 < 2 and <3"), 0);
    }

    #[test]
    fn fragments() {
        // Every caller passes HTML: an entity is decoded even without a tag around it.
        assert_eq!(fragment_text("plain &amp; simple"), "plain & simple");
        assert_eq!(fragment_text("plain and simple"), "plain and simple");
        assert_eq!(fragment_text("<p>One</p><p>Two <i>x</i></p>"), "One\nTwo x");
    }
}
