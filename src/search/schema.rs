//! The index schema, built once, with its field handles kept in one struct.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use super::Facet;
use super::analyzer::Lang;

/// Every field handle, so nothing else looks fields up by name.
#[derive(Debug, Clone)]
pub struct Fields {
    pub schema: Schema,
    /// Position of the article in the library, to map hits back; in an index kept on disk,
    /// the article's slot there (the library maps slots to positions when it opens it).
    pub ord: Field,
    /// Only in an index kept on disk: a hash of the path of the article's file, so that
    /// the articles of a changed or deleted file can be removed.
    pub file: Field,
    /// Only in an index kept on disk: the article's body and mentions, serialised
    /// ([`crate::article::Detail`]; the rest is in the cache's manifest).
    pub blob: Field,
    /// Unix seconds, `i64::MIN` when undated: for the date sort.
    pub date: Field,
    /// The folded title: for the title sort.
    pub title_key: Field,
    /// Per language: (title, body) text fields analysed with that language's stemmer.
    pub text: Vec<(Lang, Field, Field)>,
    /// Canonical facet values (STRING, for filtering; counts come from the library's own
    /// tables, so no fast column), one field per facet.
    pub facets: Vec<(Facet, Field)>,
    /// The subjects of the article's production facts (`builds:`), canonical names.
    pub builds: Field,
    /// The statuses of its facts (`status:`), as `will_build`.
    pub status: Field,
}

impl Fields {
    pub fn new() -> Fields {
        let mut builder = Schema::builder();
        let ord = builder.add_u64_field("ord", FAST);
        let file = builder.add_u64_field("file", INDEXED);
        let blob = builder.add_bytes_field("blob", STORED);
        let date = builder.add_i64_field("date", FAST | INDEXED);
        let title_key = builder.add_text_field("title_key", STRING | FAST);
        let mut text = Vec::new();
        for lang in Lang::ALL {
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(lang.analyzer_name())
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            let title = builder.add_text_field(&format!("title_{}", lang.code()), options.clone());
            let body = builder.add_text_field(&format!("body_{}", lang.code()), options);
            text.push((lang, title, body));
        }
        let facets = Facet::ALL
            .iter()
            .map(|&facet| (facet, builder.add_text_field(facet.as_str(), STRING)))
            .collect();
        let builds = builder.add_text_field("builds", STRING);
        let status = builder.add_text_field("status", STRING);
        Fields {
            builds,
            status,
            schema: builder.build(),
            ord,
            file,
            blob,
            date,
            title_key,
            text,
            facets,
        }
    }

    pub fn facet(&self, facet: Facet) -> Field {
        self.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, field)| *field)
            .unwrap_or(self.ord)
    }

    pub fn text_fields(&self, lang: Lang) -> (Field, Field) {
        self.text
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|&(_, t, b)| (t, b))
            .unwrap_or((self.text[0].1, self.text[0].2))
    }
}

impl Default for Fields {
    fn default() -> Self {
        Fields::new()
    }
}
