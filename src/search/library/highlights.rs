//! Where a query matched in one article, for the reader: the highlights of a hit, or of a
//! query text over any article.

use super::Library;
use crate::search::compile::Compiler;
use crate::search::results::Results;
use crate::search::{highlight, query};

impl Library {
    /// The highlights of hit `index` of `results`: the ones the search made, else computed
    /// now for that one article (the browser asks for hits without them).
    pub fn hit_highlights(&self, results: &Results, index: usize) -> Vec<(usize, usize)> {
        let Some(hit) = results.hits.get(index) else {
            return Vec::new();
        };
        if !hit.highlights.is_empty() {
            return hit.highlights.clone();
        }
        match self.article(hit.doc) {
            Some(article) => highlight::highlights(&article, &results.highlight.0),
            None => Vec::new(),
        }
    }

    /// Byte ranges in an article's body matched by a query text (for the reader).
    pub fn highlights(&self, doc: usize, query_text: &str) -> Vec<(usize, usize)> {
        let Some(article) = self.article(doc) else {
            return Vec::new();
        };
        let parsed = query::parse(query_text);
        let mut compiler = Compiler::new(&self.fields, &self.gazetteer);
        if let Some(node) = &parsed.root {
            compiler.compile(node, false);
        }
        highlight::highlights(&article, &compiler.wanted)
    }
}
