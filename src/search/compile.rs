//! Turning a parsed query into a tantivy query: each word matches its stem in every
//! language's fields (title weighted), the word being typed matches as a prefix, and a word
//! or phrase that names an entity also matches that entity's facet value in any language.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;

use super::Facet;
use super::analyzer::{Stemming, analyze, tokenize};
use super::query::{FactTerm, Node};
use super::schema::Fields;
use crate::entities::{EntityKind, Gazetteer};

/// Title matches count this much more than body matches.
const TITLE_BOOST: f32 = 2.0;
/// An entity match (any alias, any language) counts like this.
const ENTITY_BOOST: f32 = 1.5;
/// At most this many entities are tried for a prefix being typed.
const MAX_PREFIX_ENTITIES: usize = 32;

/// What the query looks for, kept for highlighting matches in an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wanted {
    /// Positive words (folded) and whether each is a prefix.
    pub words: Vec<(String, bool)>,
    /// Canonical names of the entities the positive words name.
    pub entities: Vec<String>,
}

/// What a facet value that names nothing was probably meant to be, as the user would write
/// it: the closest name of that kind (`brand:volkswagn` → `Volkswagen`), else the facet of
/// the entity it does name (`brand:germany` → `country:Germany`).
pub fn did_you_mean(gazetteer: &Gazetteer, facet: Facet, value: &str) -> Option<String> {
    let kind = facet.entity_kind()?;
    if let Some(name) = gazetteer.closest(Some(kind), value) {
        return Some(name.to_string());
    }
    let other = gazetteer.resolve(None, value).into_iter().next()?;
    let entity = gazetteer.entity(other);
    let name = &entity.name;
    let name = if name.contains(' ') {
        format!("\"{name}\"")
    } else {
        name.clone()
    };
    Some(format!("{}:{name}", Facet::of_kind(entity.kind).as_str()))
}

pub struct Compiler<'a> {
    pub fields: &'a Fields,
    pub gazetteer: &'a Gazetteer,
    pub analyzers: Vec<(Stemming, tantivy::tokenizer::TextAnalyzer)>,
    pub wanted: Wanted,
    pub hints: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub fn new(fields: &'a Fields, gazetteer: &'a Gazetteer) -> Compiler<'a> {
        let analyzers = Stemming::ALL.iter().map(|&l| (l, l.analyzer())).collect();
        Compiler {
            fields,
            gazetteer,
            analyzers,
            wanted: Wanted::default(),
            hints: Vec::new(),
        }
    }

    /// Compile a node; `negated` tells whether it sits under a `-` (its words are not wanted).
    pub fn compile(&mut self, node: &Node, negated: bool) -> Box<dyn Query> {
        match node {
            Node::Word { text, prefix } => self.text(text, *prefix, negated),
            Node::Phrase { text, prefix } => self.text(text, *prefix, negated),
            Node::Field {
                facet,
                value,
                prefix,
            } => self.field(*facet, value, *prefix),
            Node::Fact { term, value } => self.fact(*term, value),
            Node::Not(inner) => {
                let inner = self.compile(inner, !negated);
                Box::new(BooleanQuery::new(vec![
                    (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                    (Occur::MustNot, inner),
                ]))
            }
            Node::And(parts) => {
                let mut clauses = Vec::new();
                for part in parts {
                    match part {
                        Node::Not(inner) => {
                            clauses.push((Occur::MustNot, self.compile(inner, !negated)))
                        }
                        other => clauses.push((Occur::Must, self.compile(other, negated))),
                    }
                }
                if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            Node::Or(parts) => {
                let clauses = parts
                    .iter()
                    .map(|p| (Occur::Should, self.compile(p, negated)))
                    .collect();
                Box::new(BooleanQuery::new(clauses))
            }
        }
    }

    /// A word or phrase: stems in every language, prefix if typed, entities it names.
    fn text(&mut self, text: &str, prefix: bool, negated: bool) -> Box<dyn Query> {
        let folded: Vec<String> = tokenize(text).into_iter().map(|t| t.text).collect();
        if folded.is_empty() {
            return Box::new(EmptyQuery);
        }
        // A phrase being typed (`"Kaluga pl`): its words in order, the last one a prefix.
        let phrase_prefix = prefix && folded.len() > 1;
        let prefix = prefix && folded.len() == 1;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (lang, analyzer) in &mut self.analyzers {
            let (title, body) = self.fields.text_fields(*lang);
            let stems = analyze(analyzer, text);
            for (field, boost) in [(title, TITLE_BOOST), (body, 1.0)] {
                let query: Box<dyn Query> = match stems.as_slice() {
                    [] => continue,
                    [one] => Box::new(TermQuery::new(
                        Term::from_field_text(field, one),
                        IndexRecordOption::WithFreqs,
                    )),
                    many => Box::new(PhraseQuery::new(
                        many.iter()
                            .map(|s| Term::from_field_text(field, s))
                            .collect(),
                    )),
                };
                should.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
                if phrase_prefix
                    && stems.len() == folded.len()
                    && let Some((last, _)) = folded.split_last()
                {
                    let mut terms: Vec<Term> = stems[..stems.len() - 1]
                        .iter()
                        .map(|s| Term::from_field_text(field, s))
                        .collect();
                    terms.push(Term::from_field_text(field, last));
                    should.push((Occur::Should, Box::new(PhrasePrefixQuery::new(terms))));
                }
                if prefix {
                    let term = Term::from_field_text(field, &folded[0]);
                    should.push((
                        Occur::Should,
                        Box::new(FuzzyTermQuery::new_prefix(term, 0, false)),
                    ));
                }
            }
        }
        let mut entities = self.gazetteer.resolve(None, text);
        if prefix {
            for id in self
                .gazetteer
                .complete_word(text)
                .into_iter()
                .take(MAX_PREFIX_ENTITIES)
            {
                if !entities.contains(&id) {
                    entities.push(id);
                }
            }
        }
        // A one-word spelling of a city with plants (`Kalouga`, `Калуга`) means all of them,
        // as the word `Kaluga` itself finds "Volkswagen Kaluga" in the text.
        if folded.len() == 1 {
            for id in self.gazetteer.plants_in_city_spelled(text, prefix) {
                if !entities.contains(&id) {
                    entities.push(id);
                }
            }
        }
        for id in entities {
            let entity = self.gazetteer.entity(id);
            let facet = Facet::of_kind(entity.kind);
            let term = Term::from_field_text(self.fields.facet(facet), &entity.name);
            let query = TermQuery::new(term, IndexRecordOption::Basic);
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(query), ENTITY_BOOST)),
            ));
            if !negated {
                self.wanted.entities.push(entity.name.clone());
            }
        }
        if !negated {
            let last = folded.len().saturating_sub(1);
            for (i, word) in folded.into_iter().enumerate() {
                self.wanted
                    .words
                    .push((word, prefix || (phrase_prefix && i == last)));
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    /// `brand:peugeot`, `country:russie`, `lang:nl`: exact facet values, any alias; a value
    /// still being typed (`brand:peu`) also means the values with a name that starts with it.
    fn field(&mut self, facet: Facet, value: &str, prefix: bool) -> Box<dyn Query> {
        let values: Vec<String> = match facet.entity_kind() {
            Some(kind) => {
                let mut ids = self.gazetteer.resolve(Some(kind), value);
                if ids.is_empty() && prefix {
                    ids = self
                        .gazetteer
                        .complete(value)
                        .into_iter()
                        .filter(|&id| self.gazetteer.entity(id).kind == kind)
                        .take(MAX_PREFIX_ENTITIES)
                        .collect();
                }
                ids.into_iter()
                    .map(|id| self.gazetteer.entity(id).name.clone())
                    .collect()
            }
            None => vec![super::normalize_lang(value)],
        };
        if values.is_empty() {
            let meant = did_you_mean(self.gazetteer, facet, value)
                .map(|m| format!(" (did you mean {m}?)"))
                .unwrap_or_default();
            self.hints
                .push(format!("no {} called '{value}'{meant}", facet.as_str()));
            return Box::new(EmptyQuery);
        }
        let field = self.fields.facet(facet);
        let clauses = values
            .iter()
            .map(|v| {
                let q = TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic);
                (Occur::Should, Box::new(q) as Box<dyn Query>)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// `builds:"Peugeot 3008"` (a brand also means its models), `status:stopped`: articles
    /// with a production fact about it.
    fn fact(&mut self, term: FactTerm, value: &str) -> Box<dyn Query> {
        let (field, values) = match term {
            FactTerm::Status => match crate::facts::Status::parse(value) {
                Some(s) => (self.fields.status, vec![s.as_str().to_string()]),
                None => {
                    self.hints.push(format!(
                        "no status called '{value}' (builds, built, will_build, may_build, \
                         will_not_build, will_stop, stopped)"
                    ));
                    return Box::new(EmptyQuery);
                }
            },
            FactTerm::Builds => {
                let g = self.gazetteer;
                let mut names = Vec::new();
                for id in g.resolve(None, value) {
                    let entity = g.entity(id);
                    match entity.kind {
                        EntityKind::Model => names.push(entity.name.clone()),
                        EntityKind::Brand => {
                            names.push(entity.name.clone());
                            names.extend(
                                g.entities()
                                    .iter()
                                    .filter(|m| {
                                        m.kind == EntityKind::Model && m.implies.contains(&id)
                                    })
                                    .map(|m| m.name.clone()),
                            );
                        }
                        _ => {}
                    }
                }
                if names.is_empty() {
                    self.hints
                        .push(format!("no model or brand called '{value}'"));
                    return Box::new(EmptyQuery);
                }
                (self.fields.builds, names)
            }
        };
        let clauses = values
            .iter()
            .map(|v| {
                let q = TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic);
                (Occur::Should, Box::new(q) as Box<dyn Query>)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }
}
