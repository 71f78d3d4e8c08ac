//! Text pieces for fact extraction: word tokens (folded, with byte offsets), sentences (byte
//! ranges over the body) and the years a sentence gives.

use crate::entities::fold::{is_unspaced_script, strip_accents};

/// One word of the text, lowercased and without accents, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The words of `text`, offsets counted from `base`. Letters and digits make words; every
/// other character separates them (apostrophes and hyphens too: `l'usine` is `l` + `usine`).
/// In scripts written without spaces (Chinese, Japanese, Korean) each character is a word.
pub fn tokens(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let flush = |out: &mut Vec<Token>, from: usize, to: usize| {
        out.push(Token {
            start: base + from,
            end: base + to,
            text: fold_word(&text[from..to]),
        });
    };
    for (i, c) in text.char_indices() {
        if is_unspaced_script(c) {
            if let Some(s) = start.take() {
                flush(&mut out, s, i);
            }
            flush(&mut out, i, i + c.len_utf8());
        } else if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            flush(&mut out, s, i);
        }
    }
    if let Some(s) = start {
        flush(&mut out, s, text.len());
    }
    out
}

/// Lowercase, accents stripped: `Prévoit` → `prevoit`, `Läuft` → `lauft`.
pub fn fold_word(word: &str) -> String {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word.to_string();
    }
    strip_accents(&word.to_lowercase())
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 16] = [
    "St", "Dr", "Mr", "Mrs", "Ms", "Nr", "No", "bzw", "ca", "vs", "Jr", "Sr", "Prof", "Inc", "Co",
    "Mio",
];

/// The sentences of `body` as byte ranges, trimmed of surrounding white space. A line break
/// always ends a sentence; `.`, `!`, `?` and `…` do when white space and then a capital, a
/// digit or an opening quote follow; `。`, `！`, `？` always do.
pub fn sentences(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let ends = match c {
            '\n' | '\r' => {
                push_trimmed(body, start, i, &mut out);
                start = end;
                continue;
            }
            '。' | '！' | '？' => Some(end),
            '.' if glued_sentence(&chars, k) => Some(end),
            '.' | '!' | '?' | '…' if !(c == '.' && abbreviation_before(body, i)) => {
                full_stop_ends(body, &chars, k)
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

/// After the mark at `chars[k]`: white space, then a capital, digit or opening quote (or the
/// end of the text). The sentence's end, after any closing quotes, if it ends there.
fn full_stop_ends(body: &str, chars: &[(usize, char)], k: usize) -> Option<usize> {
    let mut j = k + 1;
    // Closing quotes and brackets stay with the sentence they close.
    while let Some(&(_, c)) = chars.get(j) {
        if matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']') {
            j += 1;
        } else {
            break;
        }
    }
    let end = chars.get(j).map_or(body.len(), |&(b, _)| b);
    let mut spaced = false;
    while let Some(&(_, c)) = chars.get(j) {
        if c.is_whitespace() {
            spaced = true;
            j += 1;
        } else {
            break;
        }
    }
    let ends = match chars.get(j) {
        None => true,
        Some(&(_, c)) => {
            spaced
                && (c.is_uppercase()
                    || c.is_numeric()
                    || matches!(c, '"' | '«' | '“' | '„' | '‘' | '(' | '-' | '–' | '—')
                    || is_unspaced_script(c))
        }
    };
    ends.then_some(end)
}

/// `Trafic.Si Maubeuge`: a full stop without its space, as scraped pages have them — a
/// lowercase letter before, a capital then a lowercase letter after.
fn glued_sentence(chars: &[(usize, char)], k: usize) -> bool {
    let at = |j: usize| chars.get(j).map(|&(_, c)| c);
    k > 0
        && at(k - 1).is_some_and(char::is_lowercase)
        && at(k + 1).is_some_and(char::is_uppercase)
        && at(k + 2).is_some_and(char::is_lowercase)
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

fn push_trimmed(body: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push((start + lead, end - trail));
    }
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
        assert!(sentences("").is_empty() && sentences(" \n ").is_empty());
    }

    #[test]
    fn tokens_fold_and_split_apostrophes_and_unspaced_scripts() {
        let t = tokens("L'usine Prévoit-", 10);
        let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["l", "usine", "prevoit"]);
        assert_eq!((t[1].start, t[1].end), (12, 17));
        let words: Vec<String> = tokens("在上海生产Model 3", 0)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, ["在", "上", "海", "生", "产", "model", "3"]);
    }

    #[test]
    fn years_are_four_digit_numbers_in_range() {
        let t = tokens("en 2021, 4.000 autos, 1234 et 2025年", 0);
        let ys: Vec<i32> = years(&t).into_iter().map(|(_, y)| y).collect();
        assert_eq!(ys, [2021, 2025]);
    }
}
