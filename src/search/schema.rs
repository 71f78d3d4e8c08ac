//! The index schema, built once, with its field handles kept in one struct.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use super::Facet;
use super::analyzer::Stemming;

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
    /// Per language, in [`Stemming::ALL`]'s order: (title, body) text fields analysed with that
    /// language's stemmer. An array indexed by the language, so every language has its
    /// fields by construction (no lookup can miss and fall back to another field).
    text: [(Field, Field); Stemming::ALL.len()],
    /// Canonical facet values (STRING, for filtering; counts come from the library's own
    /// tables, so no fast column), one field per facet, in [`Facet::ALL`]'s order.
    facets: [Field; Facet::ALL.len()],
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
        let text = Stemming::ALL.map(|lang| {
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(lang.analyzer_name())
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            let title = builder.add_text_field(&format!("title_{}", lang.code()), options.clone());
            let body = builder.add_text_field(&format!("body_{}", lang.code()), options);
            (title, body)
        });
        let facets = Facet::ALL.map(|facet| builder.add_text_field(facet.as_str(), STRING));
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

    /// The field of a facet's values.
    pub fn facet(&self, facet: Facet) -> Field {
        // `Facet::ALL` lists the variants in declaration order (a test holds it to that).
        self.facets[facet as usize]
    }

    /// Every facet with its field.
    pub fn facets(&self) -> impl Iterator<Item = (Facet, Field)> + '_ {
        Facet::ALL.into_iter().zip(self.facets)
    }

    /// The (title, body) fields of a language.
    pub fn text_fields(&self, lang: Stemming) -> (Field, Field) {
        // `Stemming::ALL` lists the variants in declaration order (a test holds it to that).
        self.text[lang as usize]
    }
}

impl Default for Fields {
    fn default() -> Self {
        Fields::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_facet_and_language_has_its_own_fields() {
        for (i, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(facet as usize, i, "Facet::ALL is in declaration order");
        }
        for (i, lang) in Stemming::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i, "Stemming::ALL is in declaration order");
        }
        let fields = Fields::new();
        let mut seen = std::collections::BTreeSet::new();
        for facet in Facet::ALL {
            let field = fields.facet(facet);
            assert_eq!(fields.schema.get_field_name(field), facet.as_str());
            assert!(seen.insert(field));
        }
        for lang in Stemming::ALL {
            let (title, body) = fields.text_fields(lang);
            assert_eq!(
                fields.schema.get_field_name(title),
                format!("title_{}", lang.code())
            );
            assert_eq!(
                fields.schema.get_field_name(body),
                format!("body_{}", lang.code())
            );
        }
    }
}
