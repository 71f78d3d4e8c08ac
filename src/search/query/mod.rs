//! The lenient query parser: words (AND), `"phrases"`, `-word`, `OR`, parentheses and field
//! filters (`brand:`, `group:`, `model:`, `country:`, `plant:`, `lang:`). It never fails:
//! whatever it had to repair or ignore comes back as a hint for the user.

mod lex;
mod parser;

use super::Facet;
use lex::{Tok, lex, mark_last_word_prefix};
use parser::Parser;

/// Longest query read, in characters; the rest is ignored (with a hint).
pub const MAX_QUERY_CHARS: usize = 1000;
/// Deepest parenthesis nesting honoured; deeper parentheses are ignored (with a hint).
pub const MAX_DEPTH: usize = 16;
/// Most hints given for one query (the last says how many more there were).
pub const MAX_HINTS: usize = 8;
/// Most words and phrases read from one query.
pub const MAX_TERMS: usize = 64;

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A word; `prefix` when it is the last word being typed (or ends with `*`).
    Word {
        text: String,
        prefix: bool,
    },
    /// `"South Korea"`; `prefix` when its last word is still being typed (an open quote at
    /// the end of the input: `"Kaluga pl`).
    Phrase {
        text: String,
        prefix: bool,
    },
    /// `brand:peugeot`; `prefix` when the value is still being typed (`brand:peu`).
    Field {
        facet: Facet,
        value: String,
        prefix: bool,
    },
    /// `builds:"Peugeot 3008"`, `status:stopped`: articles with a production fact about it.
    Fact {
        term: FactTerm,
        value: String,
    },
    Not(Box<Node>),
    And(Vec<Node>),
    Or(Vec<Node>),
}

/// The query fields that look at production facts rather than at mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactTerm {
    /// A model or brand some fact says is built somewhere.
    Builds,
    /// A fact's status (`stopped`, `will_build`…).
    Status,
}

impl FactTerm {
    pub fn parse(name: &str) -> Option<FactTerm> {
        match name {
            "builds" => Some(FactTerm::Builds),
            "status" => Some(FactTerm::Status),
            _ => None,
        }
    }
}

/// The parse: a tree (none for an empty query) and hints about what was repaired.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub root: Option<Node>,
    pub hints: Vec<String>,
}

/// Parse `input` leniently as the user is typing it (the browser): the last word is a prefix,
/// and a quote, `-` or `brand:` left open at the very end is not a mistake yet. Never panics,
/// whatever the input.
pub fn parse(input: &str) -> Parsed {
    parse_with(input, true)
}

/// Parse a whole query (the command line): no word is a prefix unless written with `*`
/// (`Kalou*` finds Kalouga, `Kalou` does not), and a quote, `-` or `brand:` left open at the
/// end is a mistake, repaired and said in a hint like anywhere else.
pub fn parse_whole(input: &str) -> Parsed {
    parse_with(input, false)
}

fn parse_with(input: &str, typing: bool) -> Parsed {
    let mut hints = Vec::new();
    let clean = crate::text::sanitize_line(input);
    let text: String = if clean.chars().count() > MAX_QUERY_CHARS {
        hints.push(format!(
            "query too long: only the first {MAX_QUERY_CHARS} characters are used"
        ));
        clean.chars().take(MAX_QUERY_CHARS).collect()
    } else {
        clean
    };
    let typing_last_word = !input.ends_with(char::is_whitespace);
    let mut tokens = lex(&text, typing && typing_last_word, &mut hints);
    mark_last_word_prefix(&mut tokens, typing && typing_last_word);
    let mut parser = Parser {
        tokens,
        pos: 0,
        hints,
        terms: 0,
        depth: 0,
    };
    let mut parts = Vec::new();
    loop {
        if let Some(node) = parser.or_expr() {
            parts.push(node);
        }
        // or_expr stops at a token it cannot use: skip it, say why, and read on.
        match parser.tokens.get(parser.pos) {
            None => break,
            Some(Tok::Close) => parser.hint("unmatched ')' ignored"),
            Some(_) => parser.hint("OR needs a word on each side: ignored"),
        }
        parser.pos += 1;
    }
    let root = match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(Node::And(parts)),
    };
    // The lexer reports each problem where it happens: say each kind of problem once.
    let mut hints = parser.hints;
    let mut seen = std::collections::HashSet::new();
    hints.retain(|h| seen.insert(h.clone()));
    if hints.len() > MAX_HINTS {
        let more = hints.len() - (MAX_HINTS - 1);
        hints.truncate(MAX_HINTS - 1);
        hints.push(format!("and {more} more problems"));
    }
    Parsed {
        root: root.map(simplify),
        hints,
    }
}

/// Flatten nested ANDs and ORs.
fn simplify(node: Node) -> Node {
    match node {
        Node::And(parts) => Node::And(flatten(parts, |n| matches!(n, Node::And(_)))),
        Node::Or(parts) => Node::Or(flatten(parts, |n| matches!(n, Node::Or(_)))),
        Node::Not(inner) => Node::Not(Box::new(simplify(*inner))),
        other => other,
    }
}

fn flatten(parts: Vec<Node>, same: fn(&Node) -> bool) -> Vec<Node> {
    let mut out = Vec::new();
    for part in parts.into_iter().map(simplify) {
        if same(&part) {
            match part {
                Node::And(inner) | Node::Or(inner) => out.extend(inner),
                other => out.push(other),
            }
        } else {
            out.push(part);
        }
    }
    out
}

#[cfg(test)]
mod tests;
