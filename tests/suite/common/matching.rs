//! Matching one written sentence with the built-in gazetteer: the helpers the batch tests of
//! issue 11 share.

use std::sync::Arc;

use plantscope::Article;
use plantscope::entities::{EntityKind, Gazetteer, Matcher};

/// A matcher over the built-in gazetteer.
pub fn matcher() -> Matcher {
    Matcher::new(Arc::new(
        Gazetteer::builtin().expect("builtin gazetteer loads"),
    ))
}

/// The names of `kind` found in `body`, read as an article in `lang`, sorted.
pub fn of_kind(m: &Matcher, kind: EntityKind, lang: &str, body: &str) -> Vec<String> {
    let mut a = Article {
        body: body.into(),
        lang: lang.into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    let mut found: Vec<String> = a
        .entities
        .into_kind(kind)
        .into_iter()
        .map(String::from)
        .collect();
    found.sort();
    found
}

pub fn has(found: &[String], name: &str) -> bool {
    found.iter().any(|n| n == name)
}
