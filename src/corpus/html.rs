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
    [selector("article"), selector("main"), selector("[role=main]"), selector("body")]
});
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static OG_TITLE: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:title']"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static DATE: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        "meta[name=date], meta[property='article:published_time'], \
         meta[name='article:published_time'], meta[itemprop=datePublished]",
    )
});
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static OG_URL: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:url']"));
static SITE: LazyLock<Selector> = LazyLock::new(|| selector("meta[property='og:site_name']"));

pub(super) fn parse(html: &str) -> Raw {
    let doc = Html::parse_document(html);
    let root = MAIN.iter().find_map(|s| doc.select(s).next());
    let body = extract_text(root.unwrap_or_else(|| doc.root_element()));
    let title = first_text(&doc, &TITLE)
        .or_else(|| first_attr(&doc, &OG_TITLE, "content"))
        .or_else(|| first_text(&doc, &H1));
    Raw {
        title,
        body,
        lang: doc.root_element().attr("lang").map(str::to_string),
        date: first_attr(&doc, &DATE, "content"),
        url: first_attr(&doc, &CANONICAL, "href").or_else(|| first_attr(&doc, &OG_URL, "content")),
        source: first_attr(&doc, &SITE, "content"),
    }
}

/// The text of an HTML fragment (a feed summary); text without tags is returned as it is.
pub(super) fn fragment_text(html: &str) -> String {
    if !html.contains('<') {
        return html.to_string();
    }
    let fragment = Html::parse_fragment(html);
    extract_text(fragment.root_element())
}

fn first_text(doc: &Html, selector: &Selector) -> Option<String> {
    doc.select(selector)
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

fn first_attr(doc: &Html, selector: &Selector, attr: &str) -> Option<String> {
    doc.select(selector).filter_map(|e: ElementRef| e.attr(attr)).find(|v| !v.trim().is_empty()).map(str::to_string)
}

/// Subtrees that are never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "nav" | "header" | "footer" | "aside" | "script" | "style" | "noscript" | "form"
            | "template" | "svg" | "iframe" | "head" | "button" | "select"
    )
}

/// Elements that start a new line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "dl" | "dt"
            | "dd" | "tr" | "td" | "th" | "table" | "section" | "article" | "main" | "blockquote"
            | "pre" | "figure" | "figcaption" | "address" | "hr" | "br" | "body" | "details"
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
        stack.extend(element.children().rev().filter_map(|child| match child.value() {
            Node::Text(text) => Some(Step::Text(&**text)),
            Node::Element(_) => ElementRef::wrap(child).map(Step::Enter),
            _ => None,
        }));
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
    fn main_text_without_menus() {
        let page = "<html lang='de-DE'><head><title>VW Wolfsburg</title>\
            <meta name='date' content='2024-03-01'></head><body><nav>Home | News</nav>\
            <article><h1>VW Wolfsburg</h1><p>Volkswagen baut <b>mehr</b> Autos.</p>\
            <script>alert(1)</script><ul><li>Golf</li><li>Tiguan</li></ul></article>\
            <footer>Impressum</footer></body></html>";
        let raw = parse(page);
        assert_eq!(raw.title.as_deref(), Some("VW Wolfsburg"));
        assert_eq!(raw.body, "VW Wolfsburg\nVolkswagen baut mehr Autos.\nGolf\nTiguan");
        assert_eq!(raw.lang.as_deref(), Some("de-DE"));
        assert_eq!(raw.date.as_deref(), Some("2024-03-01"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 100_000;
        let page = format!("{}deep text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let raw = parse(&page);
        assert!(raw.body.contains("deep text"));
    }

    #[test]
    fn fragments() {
        assert_eq!(fragment_text("plain &amp; simple"), "plain &amp; simple");
        assert_eq!(fragment_text("<p>One</p><p>Two <i>x</i></p>"), "One\nTwo x");
    }
}
