//! HTML pages: the main text (not menus, comments, related links or footers) as lines, the
//! title, language, date and canonical URL.
//!
//! The main text is found by dom_smoothie, a port of Mozilla's Readability (F1 0.951 on the
//! scrapinghub article-extraction benchmark, where the hand-written walk below scored 0.832;
//! `scripts/peer_suites.py extraction`). That walk is kept for feed summaries, which are
//! fragments with no boilerplate, and for pages too deep for the scorer. It uses an explicit
//! stack, never recursion, so absurdly deep nesting cannot overflow the stack.

use std::sync::LazyLock;

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use scraper::{ElementRef, Html, Node, Selector};

use super::build::Raw;

fn selector(css: &str) -> Selector {
    // The selectors are constants of this file, so a failure is a bug, not bad input.
    Selector::parse(css).unwrap_or_else(|e| panic!("bad built-in selector {css:?}: {e}"))
}

/// Where the simple walk looks for the main text, in this order.
static MAIN: LazyLock<[Selector; 4]> = LazyLock::new(|| {
    [
        selector("article"),
        selector("main"),
        selector("[role=main]"),
        selector("body"),
    ]
});
/// Metadata, read with dom_query from the document the scorer then works on (one parse).
const TITLE: &str = "title";
const OG_TITLE: &str = "meta[property='og:title']";
const H1: &str = "h1";
const ARTICLE_H1: &str = "article h1, main h1, [role=main] h1";
const CHROME_H1: &str = "header h1, nav h1, footer h1";
const DATE: &str = "meta[name=date], meta[property='article:published_time'], \
                    meta[name='article:published_time'], meta[itemprop=datePublished]";
const CANONICAL: &str = "link[rel=canonical]";
const OG_URL: &str = "meta[property='og:url']";
const SITE: &str = "meta[property='og:site_name']";

/// Deeper pages are refused: html5ever's time grows with the square of the depth (100,000
/// nested `<div>`s take about a minute), and real pages nest a few dozen levels.
pub(super) const MAX_DEPTH: usize = 5_000;

/// Deeper pages get the simple walk instead of the readability scorer, whose time grows
/// faster still (1,000 levels: 0.17 s; 2,000: 0.7 s; 5,000: 4.8 s). The deepest of the
/// benchmark's 181 real pages nests under 300 levels.
pub(super) const READABLE_DEPTH: usize = 1_000;

/// Never article text, whatever the scorer thinks of them: removed before it runs (on the
/// benchmark this costs no recall, and a page that is only a menu then gives nothing).
const NEVER_MAIN: &str = "nav, footer, aside";

pub(super) fn parse(html: &str) -> Result<Raw, String> {
    let depth = nesting_depth(html);
    if depth > MAX_DEPTH {
        return Err(format!(
            "HTML nested too deeply (more than {MAX_DEPTH} levels)"
        ));
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // Without a URL this cannot fail; the page is parsed once, for the metadata and the scorer.
    let mut page = Readability::new(html, None, Some(config)).map_err(|e| e.to_string())?;
    let mut raw = metadata(&page.doc);
    if depth > READABLE_DEPTH {
        raw.notes.push(format!(
            "HTML nested more than {READABLE_DEPTH} levels: main text taken without the \
             readability scorer"
        ));
        raw.body = simple_main_text(html);
        return Ok(raw);
    }
    match readable(&mut page) {
        Some((body, date)) => {
            raw.body = body;
            // The scorer also reads JSON-LD's `datePublished`, which many pages give only there.
            raw.date = raw.date.or(date);
        }
        None => {
            raw.notes.push(
                "the readability scorer failed on this page: main text taken without it"
                    .to_string(),
            );
            raw.body = simple_main_text(html);
        }
    }
    Ok(raw)
}

/// Everything but the body.
fn metadata(doc: &Document) -> Raw {
    // The article's own headline beats the <title>, which usually carries " | Site Name";
    // an <h1> in the page's <header> or <nav> is the site's name, not the headline.
    let title = first_text(doc, ARTICLE_H1, false)
        .or_else(|| first_attr(doc, OG_TITLE, "content"))
        .or_else(|| first_text(doc, H1, true))
        .or_else(|| first_text(doc, TITLE, false).map(|t| without_site_suffix(&t)))
        .or_else(|| first_text(doc, H1, false));
    Raw {
        title,
        lang: doc.html_root().attr("lang").map(|l| l.to_string()),
        date: first_attr(doc, DATE, "content"),
        url: first_attr(doc, CANONICAL, "href").or_else(|| first_attr(doc, OG_URL, "content")),
        source: first_attr(doc, SITE, "content"),
        ..Raw::default()
    }
}

/// The main text by the readability scorer, one line per paragraph (empty when it finds
/// none), and the publication date it read; `None` if it panicked. It is a third-party
/// crate fed untrusted pages: a panic there must cost this page its scorer, not the load.
fn readable(page: &mut Readability) -> Option<(String, Option<String>)> {
    crate::panics::quietly(|| {
        if crate::panics::test_panic("html") {
            panic!("test panic in the main-text scorer (PLANTSCOPE_TEST_PANIC)");
        }
        page.doc.select(NEVER_MAIN).remove();
        // `GrabFailed` (nothing that looks like text) is an empty page, not an error.
        match page.parse() {
            Ok(article) => (
                one_line_per_paragraph(&article.text_content),
                article.published_time,
            ),
            Err(_) => (String::new(), None),
        }
    })
}

/// The scorer separates paragraphs by a blank line; plantscope's bodies hold one per line.
fn one_line_per_paragraph(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// The main text by the simple walk: of the elements the first matching selector finds, the
/// one with the most text (a page may hold two `<main>` of which the first is empty).
fn simple_main_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    MAIN.iter()
        .find_map(|s| {
            doc.select(s)
                .take(64)
                .map(extract_text)
                .filter(|text| !text.trim().is_empty())
                .max_by_key(String::len)
        })
        .unwrap_or_else(|| extract_text(doc.root_element()))
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

/// The text of the first element `css` matches that has any, its text nodes joined by a space
/// and whitespace collapsed; with `outside_chrome`, elements in a header, nav or footer are
/// passed over.
fn first_text(doc: &Document, css: &str, outside_chrome: bool) -> Option<String> {
    doc.select(css)
        .nodes()
        .iter()
        .filter(|e| !(outside_chrome && e.is(CHROME_H1)))
        .map(|e| {
            let parts: Vec<_> = e
                .descendants_it()
                .filter(|n| n.is_text())
                .map(|n| n.text())
                .collect();
            let joined = parts.iter().map(|p| &**p).collect::<Vec<&str>>().join(" ");
            joined.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .find(|t| !t.is_empty())
}

fn first_attr(doc: &Document, css: &str, attr: &str) -> Option<String> {
    doc.select(css)
        .nodes()
        .iter()
        .filter_map(|e| e.attr(attr))
        .find(|v| !v.trim().is_empty())
        .map(|v| v.to_string())
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
        // The scorer leaves out the headline (it is the title); the list stays.
        assert_eq!(raw.body, "Volkswagen baut mehr Autos.\nGolf\nTiguan");
        assert_eq!(raw.lang.as_deref(), Some("de-DE"));
        assert_eq!(raw.date.as_deref(), Some("2024-03-01"));
    }

    /// A blog post as WordPress lays it out, with a comment thread longer than the post.
    const BLOG_POST: &str = r#"<html><head><title>Skoda adds a shift in Kvasiny | Autoblatt</title></head><body>
<header class="site-header"><a href="/">Autoblatt</a></header>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/plants">Plants</a></li></ul></nav>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-7" class="post-7 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Skoda adds a shift in Kvasiny</h1></header>
<div class="entry-content">
<p>Skoda will add a third shift at its Kvasiny plant from March, the carmaker said on Tuesday, to keep up with orders for the Kodiaq and the Karoq, which are built only there and in Mlada Boleslav.</p>
<p>The plant in eastern Bohemia builds about 300,000 cars a year and employs some 5,000 people. The new shift brings 400 jobs, most of them filled by agency workers taken on last year.</p>
</div></article>
<div id="comments" class="comments-area">
<h2 class="comments-title">4 thoughts on Skoda adds a shift in Kvasiny</h2>
<ol class="comment-list">
<li id="comment-1" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">Jan says:</footer><div class="comment-content"><p>My uncle worked on the line at Kvasiny for thirty years and he always said the third shift was the hardest one to staff, because the buses from the villages stop running before midnight and nobody wants to drive.</p></div></article></li>
<li id="comment-2" class="comment odd thread-odd depth-1"><article class="comment-body"><footer class="comment-meta">Petra says:</footer><div class="comment-content"><p>Four hundred agency jobs is not the same as four hundred real jobs, and everybody in Rychnov knows it, whatever the press release says about the future of the region and its suppliers.</p></div></article></li>
<li id="comment-3" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">Karel says:</footer><div class="comment-content"><p>They said the same thing about a third shift in 2018 and it lasted eight months before the chip shortage ended it, so I will believe it when I see the car park full at two in the morning.</p></div></article></li>
<li id="comment-4" class="comment odd thread-odd depth-1"><article class="comment-body"><footer class="comment-meta">Eva says:</footer><div class="comment-content"><p>Does anyone know whether the new shift also covers the paint shop, or only final assembly, because the paint shop has been the bottleneck since the new robots came in last summer?</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p><label for="comment">Comment</label><textarea id="comment"></textarea></p></form></div>
</div></main></div>
<footer class="site-footer"><p>Copyright Autoblatt. All rights reserved.</p></footer></body></html>"#;

    #[test]
    fn the_post_not_its_comments() {
        let raw = parse(BLOG_POST).expect("read");
        assert_eq!(raw.title.as_deref(), Some("Skoda adds a shift in Kvasiny"));
        assert!(
            raw.body.contains("third shift at its Kvasiny plant"),
            "{}",
            raw.body
        );
        assert!(
            raw.body.contains("The new shift brings 400 jobs"),
            "{}",
            raw.body
        );
        for comment in [
            "My uncle",
            "agency jobs is not",
            "chip shortage",
            "paint shop",
            "Leave a Reply",
        ] {
            assert!(!raw.body.contains(comment), "{comment:?} in {}", raw.body);
        }
    }

    #[test]
    fn menus_related_links_and_footers_are_dropped() {
        let page = r#"<html lang="en"><head><title>Toyota starts the Yaris Cross in Onnaing</title></head><body>
<div class="top-bar"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
<nav><a href="/">Home</a> <a href="/europe">Europe</a> <a href="/asia">Asia</a> <a href="/electric">Electric</a></nav>
<div class="layout"><div class="story">
<h1>Toyota starts the Yaris Cross in Onnaing</h1>
<div class="share-buttons"><a href="/share/fb">Share</a> <a href="/share/tw">Tweet</a> <a href="/share/mail">Email</a></div>
<div class="story-body">
<p>Toyota has started building the Yaris Cross at its plant in Onnaing, near Valenciennes in northern France, next to the Yaris it has made there since 2001.</p>
<p>The plant will build up to 300,000 cars a year once both models run at full rate, the company said, and it has hired 500 people for the new line since the spring.</p>
<p>Most of the cars will be sold in Europe, where small hybrid crossovers have become the best-selling kind of car in several markets over the last three years.</p>
</div>
<div class="related-posts"><h3>Related articles</h3><ul>
<li><a href="/a">Renault hires in Douai</a></li><li><a href="/b">Stellantis cuts a shift in Mulhouse</a></li><li><a href="/c">Ford sells Saarlouis</a></li></ul></div>
<div class="newsletter"><p>Get our newsletter every morning.</p><form><input type="email"><button>Sign up</button></form></div>
</div>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/d">Tesla in Grunheide</a></li><li><a href="/e">BYD in Szeged</a></li></ol></aside>
</div>
<footer><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a> Copyright 2024 Autowire</footer>
</body></html>"#;
        let raw = parse(page).expect("read");
        assert!(
            raw.body.contains("Yaris Cross at its plant in Onnaing"),
            "{}",
            raw.body
        );
        assert!(
            raw.body.contains("best-selling kind of car"),
            "{}",
            raw.body
        );
        for noise in [
            "Log in",
            "Asia",
            "Tweet",
            "Related articles",
            "Douai",
            "Mulhouse",
            "newsletter",
            "Sign up",
            "Most read",
            "Grunheide",
            "Imprint",
            "Copyright",
        ] {
            assert!(!raw.body.contains(noise), "{noise:?} in {}", raw.body);
        }
        assert_eq!(raw.lang.as_deref(), Some("en"));
    }

    #[test]
    fn of_two_mains_the_article() {
        let page = "<html><body><main><p>Cookies help us deliver our services.</p></main>\
            <main><article><h1>Hyundai expands Nosovice</h1>\
            <p>Hyundai will build a second paint shop at its plant in Nosovice, in the \
            Czech Republic, where it makes the i30 and the Kona Electric for Europe.</p>\
            <p>The plant built 330,000 cars last year, its most since it opened in 2008.</p>\
            </article></main></body></html>";
        let raw = parse(page).expect("read");
        assert_eq!(raw.title.as_deref(), Some("Hyundai expands Nosovice"));
        assert!(raw.body.contains("second paint shop"), "{}", raw.body);
        assert!(raw.body.contains("330,000 cars last year"), "{}", raw.body);
        assert!(!raw.body.contains("Cookies"), "{}", raw.body);
    }

    #[test]
    fn a_page_of_menus_has_no_main_text() {
        let page = "<html><head><title>Autoblatt</title></head><body>\
            <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
            <footer><a href='/imprint'>Imprint</a></footer></body></html>";
        assert_eq!(parse(page).map(|r| r.body), Ok(String::new()));
    }

    #[test]
    fn a_date_only_in_json_ld_is_read() {
        let page = r#"<html><head><title>Kia in Zilina</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Kia in Zilina","datePublished":"2024-05-02T08:00:00Z"}</script></head>
            <body><article><p>The Kia plant in Zilina builds the Sportage and the Ceed.</p></article></body></html>"#;
        assert_eq!(
            parse(page).map(|r| r.date),
            Ok(Some("2024-05-02T08:00:00Z".into()))
        );
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
            raw.notes,
            ["HTML nested more than 1000 levels: main text taken without the readability scorer"]
        );
        let raw = parse(&nested(READABLE_DEPTH)).expect("read");
        assert_eq!((raw.body.as_str(), raw.notes.len()), ("deep text", 0));
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
