//! Files read right, not just read: feeds in legacy encodings and older dialects, JSON Feed,
//! encodings that need more than a guess. Each case was read wrongly (or not at all) while
//! being reported as read (issue 15).

use plantscope::corpus::{LoadOptions, read_bytes};

fn read(name: &str, bytes: &[u8]) -> (Vec<plantscope::Article>, Vec<String>) {
    let (articles, diagnostics) = read_bytes(name, bytes, &LoadOptions::default());
    (
        articles,
        diagnostics.into_iter().map(|d| d.reason).collect(),
    )
}

fn rss(declared: &str, title: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"{declared}\"?>\n<rss version=\"2.0\"><channel>\
         <title>News</title><item><title>{title}</title><description>{body}</description>\
         </item></channel></rss>\n"
    )
}

/// A feed that declares its (legacy) encoding is decoded once, by that encoding.
#[test]
fn feeds_in_declared_legacy_encodings_are_read_once() {
    let cases: [(&str, &'static encoding_rs::Encoding, &str, &str); 6] = [
        (
            "ISO-8859-1",
            encoding_rs::WINDOWS_1252,
            "Usine Renault à Flins",
            "Élève, garçon, œuvre et café.",
        ),
        (
            "windows-1250",
            encoding_rs::WINDOWS_1250,
            "Škoda v Mladé Boleslavi",
            "Závod vyrábí přes půl milionu vozů ročně.",
        ),
        (
            "KOI8-R",
            encoding_rs::KOI8_R,
            "Завод в Калуге",
            "Автомобили собирают на заводе в Калуге.",
        ),
        (
            "Shift_JIS",
            encoding_rs::SHIFT_JIS,
            "トヨタの工場",
            "愛知県の工場で自動車を生産しています。",
        ),
        (
            "EUC-JP",
            encoding_rs::EUC_JP,
            "日産の工場",
            "九州の工場で新しい車を作っています。",
        ),
        (
            "Big5",
            encoding_rs::BIG5,
            "台灣的汽車工廠",
            "這家工廠每年生產十萬輛汽車。",
        ),
    ];
    for (declared, encoding, title, body) in cases {
        let text = rss(declared, title, body);
        let (bytes, _, unmappable) = encoding.encode(&text);
        assert!(!unmappable, "{declared}");
        let (articles, problems) = read("feed.xml", &bytes);
        assert_eq!(articles.len(), 1, "{declared}: {problems:?}");
        assert_eq!(articles[0].title, title, "{declared}");
        assert_eq!(articles[0].body, body, "{declared}");
        assert!(problems.is_empty(), "{declared}: {problems:?}");
    }
}

/// UTF-16 with a BOM that says so in its declaration (it was refused).
#[test]
fn a_utf16_feed_with_a_bom_is_read() {
    let text = rss(
        "UTF-16",
        "Kia in Žilina",
        "The Kia plant in Žilina, Slovakia.",
    );
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (articles, problems) = read("feed.xml", &bytes);
    assert_eq!(articles.len(), 1, "{problems:?}");
    assert_eq!(articles[0].title, "Kia in Žilina");
}

/// Atom 0.3, RSS 0.90, RSS 0.91 with items after the channel, RSS 2.0 in the UserLand
/// namespace: every item read, with its date (each was `read (0 articles)`).
#[test]
fn older_feed_dialects_keep_their_items() {
    let atom03 = r#"<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
        <title>Plants</title><entry><title>Toyota in Kolin</title>
        <content type="text/plain" mode="escaped">Toyota builds the Aygo in Kolin.</content>
        <issued>2021-11-04T23:00:00Z</issued><modified>2021-11-05T10:00:00Z</modified></entry></feed>"#;
    let rss090 = r#"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Plants</title>
        <link>http://example.com/</link><description>d</description></channel>
        <item><title>Toyota in Kolin</title><link>http://example.com/1</link></item></rdf:RDF>"#;
    let rss091 = r#"<rss version="0.91"><channel><title>Plants</title><link>http://example.com/</link>
        <description>d</description></channel><item><title>Toyota in Kolin</title>
        <description>Toyota builds the Aygo in Kolin.</description></item></rss>"#;
    let userland = r#"<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel>
        <title>Plants</title><item><title>Toyota in Kolin</title>
        <description>Toyota builds the Aygo in Kolin.</description>
        <pubDate>Thu, 04 Nov 2021 23:00:00 GMT</pubDate></item></channel></rss>"#;
    for (name, feed) in [
        ("atom03", atom03),
        ("rss090", rss090),
        ("rss091", rss091),
        ("userland", userland),
    ] {
        let (articles, problems) = read("feed.xml", feed.as_bytes());
        assert_eq!(articles.len(), 1, "{name}: {problems:?}");
        assert_eq!(articles[0].title, "Toyota in Kolin", "{name}");
        if name != "rss090" {
            assert_eq!(
                articles[0].body, "Toyota builds the Aygo in Kolin.",
                "{name}"
            );
        }
    }
    let (articles, _) = read("feed.xml", atom03.as_bytes());
    assert_eq!(articles[0].date.as_deref(), Some("2021-11-04T23:00:00Z"));
}

/// Encodings that a guess got wrong.
#[test]
fn encodings_are_read_right_or_said_to_be_a_guess() {
    // EUC-JP is full of byte pairs that are also valid UTF-8.
    let japanese = "日産自動車は九州の工場で新しい電気自動車の生産を始めました。工場では三千人が働いています。";
    let (bytes, _, _) = encoding_rs::EUC_JP.encode(japanese);
    let (articles, problems) = read("a.txt", &bytes);
    assert_eq!(articles[0].title, japanese, "{problems:?}");
    assert!(problems.is_empty(), "{problems:?}");
    // Short English with one pound sign is Windows-1252, not Windows-1250 (`Ł500m`).
    let english = "Jaguar Land Rover invests £500m in Halewood";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(english);
    let (articles, problems) = read("a.txt", &bytes);
    assert_eq!(articles[0].title, english);
    assert_eq!(
        problems,
        ["no encoding declared; read as windows-1252 (a guess from 1 non-ASCII byte)"]
    );
}

/// ISO-2022-JP is read; ISO-2022-KR and a declared Johab or IBM855, which no decoder here
/// reads, are said in the diagnostics, and UTF-32LE with its BOM is not taken for UTF-16LE
/// (each was garbled with no note).
#[test]
fn seven_bit_and_unsupported_encodings_are_read_or_said() {
    let japanese = "トヨタは宮城県の工場で新型車の生産を始めた。";
    let (bytes, _, _) = encoding_rs::ISO_2022_JP.encode(japanese);
    let (articles, problems) = read("jp.txt", &bytes);
    assert_eq!(articles[0].title, japanese, "{problems:?}");
    // ESC $ ) C designates KS X 1001; SO/SI shift into it and out.
    let mut korean = b"\x1b$)CHyundai \x0e\x47\x76\x47\x74\x0f Ulsan plant\n".to_vec();
    korean.extend_from_slice(b"Production of the new model starts in May.\n");
    let (_, problems) = read("kr.txt", &korean);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("ISO-2022-KR, which is not supported")),
        "{problems:?}"
    );
    for declared in ["johab", "IBM855"] {
        let mut page =
            format!("<html><head><meta charset=\"{declared}\"><title>x</title></head><body><p>")
                .into_bytes();
        page.extend_from_slice(b"Kia \xb0\xa1\xb3\xaa plant in Zilina.</p></body></html>");
        let (_, problems) = read("page.html", &page);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("which is not supported")),
            "{declared}: {problems:?}"
        );
    }
    let text = "Škoda Mladá Boleslav\n\nThe plant builds the Octavia.\n";
    let mut utf32 = vec![0xff, 0xfe, 0, 0];
    for c in text.chars() {
        utf32.extend_from_slice(&(c as u32).to_le_bytes());
    }
    let (articles, problems) = read("a.txt", &utf32);
    assert_eq!(articles[0].title, "Škoda Mladá Boleslav", "{problems:?}");
}

/// JSON Feed items keep `content_html`, `content_text` and `date_published`.
#[test]
fn json_feed_items_keep_body_and_date() {
    let feed = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "Plants",
        "items": [{"id": "1", "title": "Kia in Zilina",
        "content_html": "<p>The <b>Kia</b> plant in Zilina.</p>",
        "date_published": "2021-11-04T23:00:00Z"}]}"#;
    let (articles, problems) = read("feed.json", feed);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles[0].body, "The Kia plant in Zilina.");
    assert_eq!(articles[0].date.as_deref(), Some("2021-11-04T23:00:00Z"));
}

/// An RSS item without a title gets one from its first line, and its body keeps that line (it
/// was moved into the title and lost from the body).
#[test]
fn an_untitled_feed_item_keeps_its_first_line() {
    let feed = b"<rss version=\"2.0\"><channel><title>T</title><item>\
        <description>Kia opens a plant in Zilina\nProduction starts in May.</description>\
        </item></channel></rss>";
    let (articles, problems) = read("feed.xml", feed);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles[0].title, "Kia opens a plant in Zilina");
    assert!(
        articles[0].body.starts_with("Kia opens a plant in Zilina"),
        "{}",
        articles[0].body
    );
}

/// A title given by the file is cut at 300 characters, with a note (a 48 MB title was kept).
#[test]
fn given_titles_are_capped() {
    let title = "Kia ".repeat(100_000);
    let doc = format!("{{\"title\": \"{title}\", \"body\": \"The plant in Zilina.\"}}");
    let (articles, problems) = read("a.json", doc.as_bytes());
    assert!(
        articles[0].title.chars().count() <= 300,
        "{}",
        articles[0].title.len()
    );
    assert!(articles[0].title.ends_with('…'));
    assert_eq!(problems, ["title of 399999 characters cut to 300"]);
}

/// `2021-11-04T23:00Z`: UTC, minutes only (it was refused).
#[test]
fn a_utc_time_without_seconds_is_a_date() {
    let doc = br#"{"title": "Kia", "body": "Zilina.", "date": "2021-11-04T23:00Z"}"#;
    let (articles, problems) = read("a.json", doc);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles[0].date.as_deref(), Some("2021-11-04T23:00:00Z"));
}

/// Tables and source code are skipped with a reason, not read as articles of text.
#[test]
fn tables_and_code_are_not_articles() {
    for (name, text) in [
        ("plants.csv", "brand,plant\nKia,Zilina\n"),
        ("plants.tsv", "brand\tplant\nKia\tZilina\n"),
        ("scrape.py", "import requests\nprint('Kia Zilina')\n"),
    ] {
        let (articles, problems) = read(name, text.as_bytes());
        assert!(articles.is_empty(), "{name}");
        let ext = name.rsplit('.').next().unwrap_or("");
        assert_eq!(
            problems,
            [format!("not an article (.{ext} file)")],
            "{name}"
        );
    }
}

/// A page without main text is skipped with a reason (it was "read", with an empty body); of
/// two `<main>` the one with the text is read (the first, empty, gave nothing).
#[test]
fn html_main_text_or_a_reason() {
    let empty = b"<html><head><title>Kia in Zilina | News</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
    let (articles, problems) = read("a.html", empty);
    assert!(articles.is_empty());
    assert_eq!(problems, ["no main text found in the page"]);
    let two = b"<html><body><main></main><main><h1>Kia in Zilina</h1><p>The Kia plant in Zilina builds the Sportage.</p></main></body></html>";
    let (articles, problems) = read("b.html", two);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles[0].title, "Kia in Zilina");
    assert!(
        articles[0].body.contains("builds the Sportage"),
        "{}",
        articles[0].body
    );
}

/// Blogger's Atom 0.3 declares the namespace on every entry and types its text with MIME
/// types: every entry is read (it was `read (0 articles)`, without a word).
#[test]
fn atom03_entries_that_redeclare_the_namespace_are_read() {
    let feed = br#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://purl.org/atom/ns#" version="0.3"><title mode="escaped" type="text/html">Plants</title>
<entry xmlns="http://purl.org/atom/ns#"><title mode="escaped" type="text/html">Kia in Zilina</title>
<issued>2021-11-04T23:00:00Z</issued>
<content type="application/xhtml+xml" xml:space="preserve"><div xmlns="http://www.w3.org/1999/xhtml">The Kia plant.</div></content></entry>
<entry xmlns="http://purl.org/atom/ns#"><title type="text/plain">Skoda</title>
<content type="text/plain">Mlada Boleslav.</content></entry></feed>"#;
    let (articles, problems) = read("feed.xml", feed);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0].title, "Kia in Zilina");
    assert_eq!(articles[1].body, "Mlada Boleslav.");
}

/// A file decoded in the wrong code page is not passed off as read: `check` doubts it.
#[test]
fn the_wrong_code_page_is_doubted_and_the_right_one_is_not() {
    let russian = "Завод в Калуге начнёт выпуск новых моделей в следующем году, сообщили в \
                   компании; производство будет расширено до двухсот тысяч машин в год.\n";
    // Written in IBM866, declared as windows-1251: every byte decodes, the words do not.
    let (bytes, _, _) = encoding_rs::IBM866.encode(russian);
    let mut page =
        b"<html><head><meta charset=\"windows-1251\"><title>x</title></head><body><p>".to_vec();
    page.extend_from_slice(&bytes);
    page.extend_from_slice(b"</p></body></html>");
    let (_, problems) = read("wrong.html", &page);
    assert!(
        problems.iter().any(|p| p.contains("encoding may be wrong")),
        "{problems:?}"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
    let mut right =
        b"<html><head><meta charset=\"windows-1251\"><title>x</title></head><body><p>".to_vec();
    right.extend_from_slice(&bytes);
    right.extend_from_slice(b"</p></body></html>");
    let (articles, problems) = read("right.html", &right);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(articles[0].body.contains("Калуге"));
}
