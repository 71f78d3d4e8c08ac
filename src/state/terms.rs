//! The query terms that select by the user's state — `is:read`, `is:unread`, `is:starred`,
//! `tag:x`, each negatable with `-` — taken out of the query text before it is searched (the
//! index knows nothing of marks) and applied as a filter on its matches: they always AND with
//! the rest of the query.

use super::{UserState, normalize_tag};

/// One state term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Read,
    Starred,
    Tag(String),
}

/// The query without its state terms, and the terms (with `true` when negated).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    pub text: String,
    pub terms: Vec<(Term, bool)>,
}

impl Split {
    /// Split `text` into the searched text and the state terms (outside quotes only).
    pub fn of(text: &str) -> Split {
        let mut kept = Vec::new();
        let mut terms = Vec::new();
        let mut in_quote = false;
        // Whether the word before was a state term, and whether the last word kept was an
        // `OR` right before one: a state term always ANDs, so an `OR` beside it joins nothing
        // and goes with it ("is:starred OR renault" is "renault" among the starred).
        let mut after_term = false;
        let mut or_just_kept = false;
        for word in text.split(' ') {
            let quotes = word.matches('"').count();
            let term = if in_quote { None } else { term(word) };
            match term {
                Some(t) => {
                    terms.push(t);
                    if or_just_kept {
                        kept.pop();
                    }
                    after_term = true;
                    or_just_kept = false;
                }
                None if !in_quote && after_term && word == "OR" => after_term = false,
                None => {
                    kept.push(word);
                    or_just_kept = !in_quote && word == "OR";
                    after_term = false;
                }
            }
            if quotes % 2 == 1 {
                in_quote = !in_quote;
            }
        }
        Split {
            text: kept.join(" "),
            terms,
        }
    }

    /// Whether an article with these marks passes every term.
    pub fn admits(&self, state: &UserState, id: &str) -> bool {
        let marks = state.marks(id);
        self.terms.iter().all(|(term, negated)| {
            let has = marks.is_some_and(|m| match term {
                Term::Read => m.read,
                Term::Starred => m.starred,
                Term::Tag(tag) => m.tags.contains(tag),
            });
            has != *negated
        })
    }
}

fn term(word: &str) -> Option<(Term, bool)> {
    let (negated, word) = match word.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    let lower = word.to_lowercase();
    let term = match lower.as_str() {
        "is:read" => (Term::Read, negated),
        "is:unread" => (Term::Read, !negated),
        "is:starred" | "is:star" => (Term::Starred, negated),
        "is:unstarred" => (Term::Starred, !negated),
        _ => {
            let tag = lower.strip_prefix("tag:")?;
            let tag = normalize_tag(tag.trim_matches('"'));
            if tag.is_empty() {
                return None;
            }
            (Term::Tag(tag), negated)
        }
    };
    Some(term)
}

#[cfg(test)]
mod tests {
    use super::super::Mark;
    use super::*;

    #[test]
    fn an_or_beside_a_state_term_goes_with_it() {
        assert_eq!(Split::of("is:starred OR renault").text, "renault");
        assert_eq!(Split::of("renault OR is:starred").text, "renault");
        assert_eq!(Split::of("kaluga OR flins is:read").text, "kaluga OR flins");
        assert_eq!(Split::of("\"a OR\" is:read").text, "\"a OR\"");
    }

    #[test]
    fn state_terms_come_out_of_the_query() {
        let split = Split::of("kaluga is:unread -tag:EV \"is:read inside\" is:starred");
        assert_eq!(split.text, "kaluga \"is:read inside\"");
        assert_eq!(
            split.terms,
            [
                (Term::Read, true),
                (Term::Tag("ev".into()), true),
                (Term::Starred, false)
            ]
        );
        assert_eq!(Split::of("tag:").text, "tag:");
    }

    #[test]
    fn terms_select_by_marks() {
        let mut state = UserState::default();
        state.mark("a", &Mark::Starred(true));
        state.mark("a", &Mark::Read(true));
        state.mark("b", &Mark::Tag("ev".into(), true));
        let admits = |q: &str, id: &str| Split::of(q).admits(&state, id);
        assert!(admits("is:starred", "a") && !admits("is:starred", "b"));
        assert!(
            admits("is:unread", "b") && admits("is:unread", "zzz") && !admits("is:unread", "a")
        );
        assert!(admits("tag:EV", "b") && !admits("-tag:ev", "b") && admits("-tag:ev", "a"));
        assert!(admits("", "anything"));
    }
}
