//! Text pieces for fact extraction: word tokens (folded, with byte offsets), sentences (byte
//! ranges over the body) and the years a sentence gives.

use crate::entities::fold::{is_unspaced_script, push_stripped, strip_accents};

/// One word of the text, lowercased and without accents, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    /// The folded word: a slice of the text itself when it is already folded, else of the
    /// arena `tokens` was given (one buffer for the sentence, not a `String` per word).
    pub text: &'a str,
}

/// A word's start and end in the text, and where its folded form is in the arena if it had
/// to be folded.
type Span = (usize, usize, Option<(usize, usize)>);

/// The words of `text`, offsets counted from `base`. Letters and digits make words; every
/// other character separates them (apostrophes and hyphens too: `l'usine` is `l` + `usine`).
/// In scripts written without spaces (Chinese, Japanese, Korean) each character is a word.
/// Words that need folding are folded into `arena` (cleared first), which the tokens borrow.
pub fn tokens<'a>(text: &'a str, base: usize, arena: &'a mut String) -> Vec<Token<'a>> {
    arena.clear();
    // About one word in six bytes: one allocation for most sentences.
    let mut spans: Vec<Span> = Vec::with_capacity(text.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut flush = |arena: &mut String, from: usize, to: usize| {
        let folded = fold_into(&text[from..to], arena);
        spans.push((from, to, folded));
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII, most of the text, is told apart without decoding a character.
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                flush(arena, s, i);
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_unspaced_script(c) {
            if let Some(s) = start.take() {
                flush(arena, s, i);
            }
            flush(arena, i, i + c.len_utf8());
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            flush(arena, s, i);
        }
        i += c.len_utf8();
    }
    if let Some(s) = start {
        flush(arena, s, text.len());
    }
    let arena: &'a String = arena;
    spans
        .into_iter()
        .map(|(from, to, folded)| Token {
            start: base + from,
            end: base + to,
            text: folded.map_or(&text[from..to], |(a, b)| &arena[a..b]),
        })
        .collect()
}

/// The folded words of `text`, owned (for lexicon entries, read once).
pub fn words(text: &str) -> Vec<String> {
    let mut arena = String::new();
    tokens(text, 0, &mut arena)
        .into_iter()
        .map(|t| t.text.to_string())
        .collect()
}

/// Appends `word` folded to `arena` and says where, or `None` when the word is folded already
/// (lowercase ASCII letters and digits: most words, which then cost nothing).
fn fold_into(word: &str, arena: &mut String) -> Option<(usize, usize)> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return None;
    }
    let from = arena.len();
    if word.is_ascii() {
        arena.push_str(word);
        arena[from..].make_ascii_lowercase();
    } else if word.contains('Σ') {
        // `str::to_lowercase` writes a final sigma at the end of a word; keep its result.
        arena.push_str(&fold_word(word));
    } else {
        for c in word.chars() {
            for l in c.to_lowercase() {
                push_letter(l, arena);
            }
        }
    }
    Some((from, arena.len()))
}

/// A lowercase letter without its accents; the letters Unicode does not decompose that the
/// cue lists write plain (`był` as `byl`, `kjøretøy` as `kjoretoy`, `đ` as `d`) plain too,
/// and `ß` as the lists write it, `ss` (`schließt` is `schliesst`).
fn push_letter(l: char, out: &mut String) {
    match l {
        'ł' => out.push('l'),
        'ß' => out.push_str("ss"),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        _ => push_stripped(l, out),
    }
}

/// Lowercase, accents stripped: `Prévoit` → `prevoit`, `Läuft` → `lauft`, `był` → `byl`.
pub fn fold_word(word: &str) -> String {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word.to_string();
    }
    if word.contains('Σ') {
        return strip_accents(&word.to_lowercase());
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        for l in c.to_lowercase() {
            push_letter(l, &mut out);
        }
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence (in the languages read,
/// the ones a name or a capital often follows: "tzw. LCV", "vgl. Golf", "env. Renault").
const ABBREVIATIONS: [&str; 40] = [
    "St", "Dr", "Mr", "Mrs", "Ms", "Nr", "No", "bzw", "ca", "vs", "Jr", "Sr", "Prof", "Inc", "Co",
    "Mio", "Mrd", "Mld", "Ltd", "Corp", "approx", "vgl", "sog", "inkl", "Mme", "env", "cf", "Sra",
    "aprox", "ecc", "Sig", "bijv", "mln", "tzw", "np", "tj", "ul", "mld", "n", "nr",
];

/// The sentences of `body` as byte ranges, trimmed of surrounding white space. A line break
/// always ends a sentence; `.`, `!`, `?` and `…` do when white space and then a capital, a
/// digit or an opening quote follow; `。`, `！`, `？` always do.
pub fn sentences(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in marks(body.as_bytes()) {
        let Some(c) = body[i..].chars().next() else {
            break;
        };
        let end = i + c.len_utf8();
        let ends = match c {
            '\n' | '\r' => {
                push_trimmed(body, start, i, &mut out);
                start = end;
                continue;
            }
            '。' | '！' | '？' => Some(end),
            '.' if glued_sentence(body, i) => Some(end),
            '.' | '!' | '?' | '…' if !(c == '.' && abbreviation_before(body, i)) => {
                full_stop_ends(body, end)
            }
            _ => None,
        };
        if let Some(end) = ends.filter(|&e| e > start) {
            push_trimmed(body, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(body, start, body.len(), &mut out);
    out
}

/// The offsets of the bytes that may begin a mark ending a sentence, in order: line breaks,
/// `.`, `!`, `?`, and the lead bytes of `…` (0xE2), `。` (0xE3), `！` and `？` (0xEF), found
/// with memchr's vectorised search rather than byte by byte. (Each is the first byte of a
/// character: none of them can continue a UTF-8 sequence.)
fn marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut lines_and_stops = memchr::memchr3_iter(b'\n', b'\r', b'.', bytes).peekable();
    let mut other_stops = memchr::memchr2_iter(b'!', b'?', bytes).peekable();
    let mut wide = memchr::memchr3_iter(0xE2, 0xE3, 0xEF, bytes).peekable();
    std::iter::from_fn(move || {
        let next = [lines_and_stops.peek(), other_stops.peek(), wide.peek()]
            .into_iter()
            .flatten()
            .min()
            .copied()?;
        // The three sets are disjoint: exactly one of them stands at `next`.
        if lines_and_stops.next_if_eq(&next).is_none() && other_stops.next_if_eq(&next).is_none() {
            wide.next();
        }
        Some(next)
    })
}

/// After a mark ending at byte `after`: white space, then a capital, digit or opening quote
/// (or the end of the text). The sentence's end, after any closing quotes, if it ends there.
fn full_stop_ends(body: &str, after: usize) -> Option<usize> {
    let rest = &body[after..];
    // Closing quotes and brackets stay with the sentence they close.
    let quotes = rest
        .find(|c: char| !matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']'))
        .unwrap_or(rest.len());
    let end = after + quotes;
    let rest = &body[end..];
    let next = rest.trim_start();
    let spaced = next.len() < rest.len();
    let ends = match next.chars().next() {
        None => true,
        Some(c) => {
            spaced
                && (c.is_uppercase()
                    || c.is_numeric()
                    || matches!(c, '"' | '«' | '“' | '„' | '‘' | '(' | '-' | '–' | '—')
                    || is_unspaced_script(c))
        }
    };
    ends.then_some(end)
}

/// `Trafic.Si Maubeuge`: a full stop (at byte `dot`) without its space, as scraped pages have
/// them — a lowercase letter before, a capital then a lowercase letter after.
fn glued_sentence(body: &str, dot: usize) -> bool {
    let mut after = body[dot + 1..].chars();
    body[..dot]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
}

/// A known abbreviation or a single capital letter (an initial) just before byte `dot`.
fn abbreviation_before(body: &str, dot: usize) -> bool {
    let before = &body[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || ABBREVIATIONS.contains(&word)
}

/// The longest sentence read whole, in bytes. A longer one (a page without full stops, a file
/// of names on one line) is read in pieces of at most this, cut at a space: reading a
/// sentence weighs each of its plants against each of its subjects, so a 4.5 MB "sentence"
/// took seconds (issue 15), and no real sentence is this long.
pub const LONGEST_SENTENCE: usize = 2_000;

fn push_trimmed(body: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return;
    }
    let (mut start, end) = (start + lead, end - trail);
    while end - start > LONGEST_SENTENCE {
        let mut cut = start + LONGEST_SENTENCE;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        // At the last space; text without spaces (Chinese, Japanese) at a character.
        if let Some(space) = body[start..cut]
            .rfind(char::is_whitespace)
            .filter(|&i| i > 0)
        {
            cut = start + space;
        }
        let head = body[start..cut].trim_end();
        out.push((start, start + head.len()));
        let rest = &body[cut..end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    out.push((start, end));
}

/// The years a sentence's tokens give (1950–2039), with their byte offsets.
pub fn years(tokens: &[Token]) -> Vec<(usize, i32)> {
    tokens
        .iter()
        .filter(|t| t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|t| {
            let y: i32 = t.text.parse().ok()?;
            (1950..=2039).contains(&y).then_some((t.start, y))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        sentences(body).iter().map(|&(s, e)| &body[s..e]).collect()
    }

    #[test]
    fn abbreviations_before_a_capital_do_not_end_a_sentence() {
        for body in [
            "Od kwietnia produkowane będą tzw. LCV: Peugeot Boxer i Fiat Ducato.",
            "Das Werk baut vgl. Golf und Passat.",
            "L'usine emploie env. Trois mille personnes.",
        ] {
            assert_eq!(texts(body), [body]);
        }
    }

    #[test]
    fn sentences_end_at_stops_before_capitals_and_at_line_breaks() {
        let body = "L'usine produit la 308. Elle emploie 3.000 personnes, dit M. Dupont.\nNouveau titre\n\n  Et puis ? non. Fin";
        assert_eq!(
            texts(body),
            [
                "L'usine produit la 308.",
                "Elle emploie 3.000 personnes, dit M. Dupont.",
                "Nouveau titre",
                "Et puis ? non.",
                "Fin"
            ]
        );
        assert_eq!(
            texts("特斯拉在上海生产Model 3。它也生产Model Y。"),
            ["特斯拉在上海生产Model 3。", "它也生产Model Y。"]
        );
        assert_eq!(
            texts("Der ID.3 läuft. \"Zitat.\" Ende"),
            ["Der ID.3 läuft.", "\"Zitat.\"", "Ende"]
        );
        assert_eq!(
            texts("du Trafic.Si Maubeuge"),
            ["du Trafic.", "Si Maubeuge"]
        );
        assert_eq!(texts("le ID.Buzz roule"), ["le ID.Buzz roule"]);
        // "n." is numero: "la nuova Ds n. 8" goes on.
        assert_eq!(
            texts("sarà prodotta la nuova Ds n. 8, la nuova Jeep Compass."),
            ["sarà prodotta la nuova Ds n. 8, la nuova Jeep Compass."]
        );
        assert!(sentences("").is_empty() && sentences(" \n ").is_empty());
    }

    /// Issue 15: a one-line file of 4.5 MB was one sentence, and reading it took 8.5 s.
    #[test]
    fn an_overlong_sentence_is_read_in_pieces_cut_at_spaces() {
        let body = "Renault builds the Clio at Flins ".repeat(1_000);
        let pieces = texts(&body);
        assert!(
            pieces.len() >= body.len() / LONGEST_SENTENCE,
            "{}",
            pieces.len()
        );
        assert!(
            pieces
                .iter()
                .all(|p| p.len() <= LONGEST_SENTENCE && !p.is_empty())
        );
        assert!(
            pieces
                .iter()
                .all(|p| p.starts_with(|c: char| !c.is_whitespace()))
        );
        let words: Vec<&str> = pieces.iter().flat_map(|p| p.split(' ')).collect();
        assert_eq!(words, body.split_whitespace().collect::<Vec<_>>());
        // No spaces: cut between characters.
        let body = "特斯拉在上海生产".repeat(500);
        let pieces = texts(&body);
        assert!(pieces.len() > 1 && pieces.iter().all(|p| p.len() <= LONGEST_SENTENCE));
        assert_eq!(pieces.concat(), body);
    }

    #[test]
    fn tokens_fold_and_split_apostrophes_and_unspaced_scripts() {
        let mut arena = String::new();
        let t = tokens("L'usine Prévoit-", 10, &mut arena);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["l", "usine", "prevoit"]);
        assert_eq!((t[1].start, t[1].end), (12, 17));
        assert_eq!(
            super::words("在上海生产Model 3"),
            ["在", "上", "海", "生", "产", "model", "3"]
        );
    }

    #[test]
    fn years_are_four_digit_numbers_in_range() {
        let mut arena = String::new();
        let t = tokens("en 2021, 4.000 autos, 1234 et 2025年", 0, &mut arena);
        let ys: Vec<i32> = years(&t).into_iter().map(|(_, y)| y).collect();
        assert_eq!(ys, [2021, 2025]);
    }
}
