//! The recursive-descent parser over the tokens: `OR` binds looser than the implicit `AND`,
//! `-` negates, parentheses nest to [`super::MAX_DEPTH`], at most [`super::MAX_TERMS`] terms.

use super::lex::Tok;
use super::*;

pub(super) struct Parser {
    pub(super) tokens: Vec<Tok>,
    pub(super) pos: usize,
    pub(super) hints: Vec<String>,
    pub(super) terms: usize,
    pub(super) depth: usize,
}

impl Parser {
    pub(super) fn hint(&mut self, hint: &str) {
        if !self.hints.iter().any(|h| h == hint) {
            self.hints.push(hint.to_string());
        }
    }

    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    pub(super) fn or_expr(&mut self) -> Option<Node> {
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
