//! The query's tokens: words, phrases, `field:value`, `-`, parentheses, `OR`/`AND`, with
//! hints for what the lexer repaired.

use super::FactTerm;
use crate::search::Facet;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Word(String),
    Phrase(String),
    Field(String, String),
    Minus,
    Open,
    Close,
    Or,
    And,
}

/// Tokens with a `*` suffix, or the last bare word or field value while typing, are
/// prefixes: marked by a trailing `*` kept on the word or value.
pub(super) fn mark_last_word_prefix(tokens: &mut [Tok], typing: bool) {
    if !typing {
        return;
    }
    let last_is_negated = tokens.len() >= 2 && tokens[tokens.len() - 2] == Tok::Minus;
    if let Some(Tok::Word(w) | Tok::Field(_, w)) = tokens.last_mut()
        && !last_is_negated
        && !w.ends_with('*')
    {
        w.push('*');
    }
}

/// `typing`: the input ends in the middle of its last token, so an unfinished `-` or
/// `brand:` there is the user still typing, not a mistake worth a hint.
pub(super) fn lex(text: &str, typing: bool, hints: &mut Vec<String>) -> Vec<Tok> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                tokens.push(Tok::Open);
            }
            ')' => {
                chars.next();
                tokens.push(Tok::Close);
            }
            '"' | '“' | '”' | '«' | '»' => {
                chars.next();
                let (mut phrase, closed) = read_phrase(&mut chars);
                if !closed && typing && !phrase.ends_with(char::is_whitespace) {
                    // Still typing inside the quotes: its last word is a prefix, and the
                    // missing quote is not a mistake yet.
                    phrase.push('*');
                } else if !closed {
                    hints.push("missing closing quote: added at the end".into());
                }
                tokens.push(Tok::Phrase(phrase));
            }
            '-' if tokens.last() != Some(&Tok::Minus) => {
                chars.next();
                match chars.peek() {
                    Some(&(_, next)) if !next.is_whitespace() => tokens.push(Tok::Minus),
                    None if typing => {}
                    _ => hints.push("a lone '-' was ignored: write -word to exclude a word".into()),
                }
            }
            _ => {
                let start = i;
                let mut end = text.len();
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_whitespace() || matches!(d, '(' | ')' | '"' | '“' | '”' | '«' | '»')
                    {
                        end = j;
                        break;
                    }
                    chars.next();
                }
                let word = &text[start..end];
                if let Some((name, value)) = word.split_once(':')
                    && (Facet::parse(name).is_some() || FactTerm::parse(name).is_some())
                {
                    if value.is_empty() {
                        // `brand:"Alfa Romeo"` — the value is the phrase that follows.
                        if let Some(&(_, '"')) = chars.peek() {
                            chars.next();
                            let (phrase, closed) = read_phrase(&mut chars);
                            if !closed {
                                hints.push("missing closing quote: added at the end".into());
                            }
                            tokens.push(Tok::Field(name.to_string(), phrase));
                        } else if typing && chars.peek().is_none() {
                            // `brand:` just typed: the value comes next.
                        } else {
                            let example = match name {
                                "group" => "stellantis",
                                "model" => "3008",
                                "country" => "russia",
                                "plant" => "kaluga",
                                "lang" => "fr",
                                "builds" => "\"peugeot 3008\"",
                                "status" => "stopped",
                                _ => "peugeot",
                            };
                            hints.push(format!("{name}: needs a value, e.g. {name}:{example}"));
                        }
                    } else {
                        tokens.push(Tok::Field(name.to_string(), value.to_string()));
                    }
                } else if word == "OR" || word == "|" || word == "||" {
                    tokens.push(Tok::Or);
                } else if word == "AND" || word == "&&" {
                    tokens.push(Tok::And);
                } else {
                    if let Some((name, _)) = word.split_once(':')
                        && let Some(field) = closest_field(name)
                    {
                        hints.push(format!(
                            "no field called '{name}:' (did you mean {field}:?): read as a word"
                        ));
                    }
                    tokens.push(Tok::Word(word.to_string()));
                }
            }
        }
    }
    tokens
}

/// The field name a mistyped `name:` (`plnt:`, `Brand:`, `contry:`) is closest to, if any is
/// close enough to be meant: a `10:30` or `http:` is no field and gets no hint.
fn closest_field(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    if !lower.chars().all(char::is_alphabetic) {
        return None;
    }
    let fields: Vec<&'static str> = Facet::ALL
        .iter()
        .map(|f| f.as_str())
        .chain(["builds", "status", "tag"])
        .collect();
    if fields.contains(&lower.as_str()) {
        // `Brand:` is the field written in capitals; `tag:` is read before the query is.
        return fields.into_iter().find(|f| *f == lower && lower != name);
    }
    crate::text::typo::closest(&lower, fields)
}

fn read_phrase(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> (String, bool) {
    let mut phrase = String::new();
    for (_, c) in chars.by_ref() {
        if matches!(c, '"' | '“' | '”' | '«' | '»') {
            return (phrase, true);
        }
        phrase.push(c);
    }
    (phrase, false)
}
