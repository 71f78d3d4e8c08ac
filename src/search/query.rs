//! The lenient query parser: words (AND), `"phrases"`, `-word`, `OR`, parentheses and field
//! filters (`brand:`, `group:`, `model:`, `country:`, `plant:`, `lang:`). It never fails:
//! whatever it had to repair or ignore comes back as a hint for the user.

use super::Facet;

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

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Phrase(String),
    Field(String, String),
    Minus,
    Open,
    Close,
    Or,
    And,
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

/// Tokens with a `*` suffix, or the last bare word or field value while typing, are
/// prefixes: marked by a trailing `*` kept on the word or value.
fn mark_last_word_prefix(tokens: &mut [Tok], typing: bool) {
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
fn lex(text: &str, typing: bool, hints: &mut Vec<String>) -> Vec<Tok> {
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
                    tokens.push(Tok::Word(word.to_string()));
                }
            }
        }
    }
    tokens
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

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
    hints: Vec<String>,
    terms: usize,
    depth: usize,
}

impl Parser {
    fn hint(&mut self, hint: &str) {
        if !self.hints.iter().any(|h| h == hint) {
            self.hints.push(hint.to_string());
        }
    }

    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn or_expr(&mut self) -> Option<Node> {
        let mut alternatives = Vec::new();
        let mut pending_or = false;
        loop {
            while self.peek() == Some(&Tok::Or) {
                self.pos += 1;
                if alternatives.is_empty() || pending_or {
                    self.hint("OR needs a word on each side: ignored");
                }
                pending_or = true;
            }
            match self.and_expr() {
                Some(node) => {
                    alternatives.push(node);
                    pending_or = false;
                }
                None => break,
            }
            if self.peek() != Some(&Tok::Or) {
                break;
            }
        }
        if pending_or {
            self.hint("OR needs a word on each side: ignored");
        }
        match alternatives.len() {
            0 => None,
            1 => alternatives.pop(),
            _ => Some(Node::Or(alternatives)),
        }
    }

    fn and_expr(&mut self) -> Option<Node> {
        let mut parts = Vec::new();
        let mut dangling_and = false;
        while let Some(tok) = self.peek() {
            match tok {
                Tok::Or | Tok::Close => break,
                Tok::And => {
                    self.pos += 1;
                    dangling_and = true;
                    continue;
                }
                _ => {}
            }
            dangling_and = false;
            if let Some(node) = self.unary() {
                parts.push(node);
            }
        }
        if dangling_and {
            self.hint("AND needs a word on each side: ignored (words are AND-ed anyway)");
        }
        match parts.len() {
            0 => None,
            1 => parts.pop(),
            _ => Some(Node::And(parts)),
        }
    }

    fn unary(&mut self) -> Option<Node> {
        if self.peek() == Some(&Tok::Minus) {
            self.pos += 1;
            return match self.atom() {
                Some(node) => Some(Node::Not(Box::new(node))),
                None => {
                    self.hint("a lone '-' was ignored: write -word to exclude a word");
                    None
                }
            };
        }
        self.atom()
    }

    fn atom(&mut self) -> Option<Node> {
        let tok = self.tokens.get(self.pos)?.clone();
        self.pos += 1;
        match tok {
            Tok::Open => {
                if self.depth >= MAX_DEPTH {
                    self.hint("parentheses nested too deeply: inner ones ignored");
                    return None;
                }
                self.depth += 1;
                let inner = self.or_expr();
                self.depth -= 1;
                if self.peek() == Some(&Tok::Close) {
                    self.pos += 1;
                } else {
                    self.hint("missing ')': closed at the end");
                }
                inner
            }
            Tok::Close | Tok::Or | Tok::And | Tok::Minus => None,
            Tok::Word(w) => {
                let (text, prefix) = match w.strip_suffix('*') {
                    Some(stem) => (stem.trim_end_matches('*').to_string(), true),
                    None => (w, false),
                };
                if !text.chars().any(char::is_alphanumeric) {
                    let shown = if text.is_empty() { "*" } else { text.as_str() };
                    self.hint(&format!("'{shown}' has no letters or digits: ignored"));
                    return None;
                }
                self.count_term().then_some(Node::Word { text, prefix })
            }
            Tok::Phrase(p) => {
                if !p.chars().any(char::is_alphanumeric) {
                    self.hint("empty phrase ignored");
                    return None;
                }
                let (text, prefix) = match p.strip_suffix('*') {
                    Some(stem) => (stem.to_string(), true),
                    None => (p, false),
                };
                self.count_term().then_some(Node::Phrase { text, prefix })
            }
            Tok::Field(name, value) if Facet::parse(&name).is_none() => {
                let term = FactTerm::parse(&name)?;
                let value = value.trim_end_matches('*').to_string();
                self.count_term().then_some(Node::Fact { term, value })
            }
            Tok::Field(name, value) => {
                let facet = Facet::parse(&name)?;
                let (value, prefix) = match value.strip_suffix('*') {
                    Some(stem) => (stem.trim_end_matches('*').to_string(), true),
                    None => (value, false),
                };
                self.count_term().then_some(Node::Field {
                    facet,
                    value,
                    prefix,
                })
            }
        }
    }

    fn count_term(&mut self) -> bool {
        self.terms += 1;
        if self.terms > MAX_TERMS {
            self.hint(&format!("only the first {MAX_TERMS} words are used"));
            return false;
        }
        true
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
mod tests {
    use super::*;

    fn word(t: &str, prefix: bool) -> Node {
        Node::Word {
            text: t.into(),
            prefix,
        }
    }

    #[test]
    fn words_are_anded_and_last_is_prefix() {
        let p = parse("stellantis kalou");
        assert_eq!(
            p.root,
            Some(Node::And(vec![
                word("stellantis", false),
                word("kalou", true)
            ]))
        );
        assert!(p.hints.is_empty());
        let p = parse("kalou ");
        assert_eq!(p.root, Some(word("kalou", false)));
    }

    #[test]
    fn phrases_negation_or_fields() {
        let p = parse("\"South Korea\" -Renault OR brand:peugeot country:\"South Korea\" ");
        assert_eq!(
            p.root,
            Some(Node::Or(vec![
                Node::And(vec![
                    Node::Phrase {
                        text: "South Korea".into(),
                        prefix: false
                    },
                    Node::Not(Box::new(word("Renault", false)))
                ]),
                Node::And(vec![
                    Node::Field {
                        facet: Facet::Brand,
                        value: "peugeot".into(),
                        prefix: false,
                    },
                    Node::Field {
                        facet: Facet::Country,
                        value: "South Korea".into(),
                        prefix: false,
                    },
                ]),
            ]))
        );
    }

    #[test]
    fn malformed_input_gives_hints_not_errors() {
        for q in [
            "\"abc ", "brand: ", "(((", "a AND", "- *", ")", "OR", "a OR", "*", "\"\"",
        ] {
            let p = parse(q);
            assert!(!p.hints.is_empty(), "no hint for {q:?}");
        }
        assert_eq!(
            parse("\"abc def ").root,
            Some(Node::Phrase {
                text: "abc def".into(),
                prefix: false
            })
        );
        assert_eq!(
            parse("\"Kaluga pl").root,
            Some(Node::Phrase {
                text: "Kaluga pl".into(),
                prefix: true
            })
        );
        assert!(parse("\"Kaluga pl").hints.is_empty(), "still typing");
        assert_eq!(parse("(((kaluga").root, Some(word("kaluga", true)));
    }

    #[test]
    fn hints_name_the_real_problem() {
        let p = parse("AND OR");
        assert_eq!(p.root, None);
        assert!(p.hints.iter().all(|h| !h.contains("')'")), "{:?}", p.hints);
        assert!(
            p.hints.iter().any(|h| h.starts_with("AND")),
            "{:?}",
            p.hints
        );
        let p = parse("kaluga ) busan ");
        assert_eq!(
            p.root,
            Some(Node::And(vec![word("kaluga", false), word("busan", false)]))
        );
        assert!(p.hints.iter().any(|h| h.contains("')'")));
    }

    #[test]
    fn pathological_input_is_capped() {
        let deep = "(".repeat(10_000) + "kaluga";
        let p = parse(&deep);
        assert!(p.hints.iter().any(|h| h.contains("nested")));
        let long: String = "word \u{1b}[2J\u{7} ".repeat(20_000);
        let p = parse(&long);
        assert!(p.hints.iter().any(|h| h.contains("too long")));
    }

    #[test]
    fn fact_fields_parse_with_words_and_phrases() {
        assert_eq!(
            parse("builds:\"Peugeot 3008\" status:stopped").root,
            Some(Node::And(vec![
                Node::Fact {
                    term: FactTerm::Builds,
                    value: "Peugeot 3008".into()
                },
                Node::Fact {
                    term: FactTerm::Status,
                    value: "stopped".into()
                }
            ]))
        );
        assert!(
            parse("status: kaluga")
                .hints
                .iter()
                .any(|h| h.contains("status:stopped"))
        );
        // An unknown field name is a word.
        assert_eq!(parse("builder:x").root, Some(word("builder:x", true)));
    }

    #[test]
    fn a_field_value_being_typed_is_a_prefix_and_unfinished_syntax_gives_no_hint_yet() {
        let p = parse("brand:peu");
        assert_eq!(
            p.root,
            Some(Node::Field {
                facet: Facet::Brand,
                value: "peu".into(),
                prefix: true,
            })
        );
        assert!(matches!(
            parse("brand:peu ").root,
            Some(Node::Field { prefix: false, .. })
        ));
        // Still typing: no hint yet. Left behind: a hint.
        assert!(parse("kalouga -").hints.is_empty());
        assert!(parse("kalouga brand:").hints.is_empty());
        assert!(!parse("kalouga - ").hints.is_empty());
        assert!(!parse("brand: kalouga").hints.is_empty());
    }

    #[test]
    fn each_hint_is_given_once() {
        let p = parse(&"- ".repeat(50));
        assert_eq!(
            p.hints,
            ["a lone '-' was ignored: write -word to exclude a word"]
        );
    }

    #[test]
    fn hints_are_capped() {
        let q: String = (0..100)
            .map(|i| format!("'{}' ", "%".repeat(i % 40 + 1)))
            .collect();
        let p = parse(&q);
        assert_eq!(p.hints.len(), MAX_HINTS, "{:?}", p.hints);
        assert!(p.hints[MAX_HINTS - 1].starts_with("and "), "{:?}", p.hints);
    }
}
