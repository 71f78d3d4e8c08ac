//! An entity card's data, gathered once when it opens (PRODUCT.md §6): what the articles say
//! (a plant's subjects, a model's or brand's plants, a country's or group's plants' facts),
//! what the gazetteer adds, kept apart, and the entity's articles; then its rows as the card
//! lists them, each leading to an article or to another card.

mod items;
mod open;

use std::collections::HashSet;

use crate::entities::{EntityKind, Gazetteer};
use crate::facts::SubjectKind;
use crate::facts::index::Shown;
use crate::facts::summary::Row;
pub use open::OpenCard;

use crate::search::Library;

/// What a card shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub kind: EntityKind,
    pub name: String,
    /// Reference lines about the entity itself (city, operator, group, years…).
    pub about: Vec<String>,
    /// The cards the header leads to: a plant's country and group, a model's brand.
    pub links: Vec<(EntityKind, String)>,
    /// What the articles say: for a plant its subjects, for a model or brand its plants.
    pub rows: Vec<Row>,
    /// What the reference entities are (`Brands built here`).
    pub reference_label: String,
    /// What the gazetteer adds that no article says (brands of a plant, plants of a brand).
    pub reference: Vec<(EntityKind, String)>,
    /// The articles that name the entity (library indices).
    pub articles: Vec<usize>,
    /// How many articles the card was gathered from (the results shown when it opened).
    pub over: usize,
    /// The card's lines in order, and where each item's first line is.
    pub lines: Vec<CardLine>,
    item_lines: Vec<usize>,
}

/// One navigable row of a card, in the order the card lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Link(usize),
    Fact(usize),
    Reference(usize),
    Article(usize),
}

/// The parts of a card under a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Facts,
    Reference,
    Articles,
}

/// One line of a card as drawn: which piece of the card it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardLine {
    About(usize),
    Link(usize),
    Heading(Section),
    /// A section with nothing in it.
    Empty(Section),
    /// The reference section's label.
    ReferenceLabel,
    FactHead(usize),
    FactEvidence(usize),
    Reference(usize),
    Article(usize),
}

/// Where following a row leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Card(EntityKind, String),
    /// An article in the reader, scrolled to and highlighting a range of its body (the
    /// evidence sentence, or the first mention of the card's entity).
    Article {
        doc: usize,
        range: Option<(usize, usize)>,
    },
}

/// A gazetteer detail of an entity (`city`, `brands`…).
fn detail(g: &Gazetteer, kind: EntityKind, name: &str, label: &str) -> Option<String> {
    let id = *g.resolve(Some(kind), name).first()?;
    g.entity(id)
        .details
        .iter()
        .find(|(l, _)| *l == label)
        .map(|(_, v)| v.clone())
}

/// The plants whose gazetteer entry gives `label = value` (`country = Russia`).
fn plants_with(g: &Gazetteer, label: &str, value: &str) -> Vec<String> {
    g.entities()
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Plant && e.details.iter().any(|(l, v)| *l == label && v == value)
        })
        .map(|e| e.name.clone())
        .collect()
}

/// The kind of entity a fact's subject is.
pub fn subject_entity(kind: SubjectKind) -> EntityKind {
    match kind {
        SubjectKind::Model => EntityKind::Model,
        SubjectKind::Brand => EntityKind::Brand,
    }
}

impl Card {
    /// The card of entity `name` of `kind` over the articles `docs` (library indices) of
    /// `library`, gathered from its fact index.
    pub fn build(library: &Library, docs: &[usize], kind: EntityKind, name: &str) -> Card {
        let gazetteer = library.gazetteer();
        let index = library.fact_index();
        let shown = Shown::of(library.articles().len(), docs.iter().copied());
        let entity = gazetteer
            .resolve(Some(kind), name)
            .first()
            .map(|&id| gazetteer.entity(id));
        let get = |label: &str| detail(gazetteer, kind, name, label);
        let mut about = Vec::new();
        let mut links = Vec::new();
        let (rows, reference_label, reference) = match kind {
            EntityKind::Plant => {
                let rows = index.plant_rows([name], &shown);
                // The country and group are links (rows of their own), not repeated here.
                let mut first = vec![
                    [get("city"), get("country")]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", "),
                ];
                if let Some(info) = entity.and_then(|e| e.plant.as_ref()) {
                    if info.kind != crate::entities::info::PlantKind::Vehicle {
                        first.push(format!("{} plant", info.kind.as_str()));
                    }
                    if let Some(o) = info.opened {
                        first.push(format!("opened {o}"));
                    }
                    if let Some(c) = info.closed {
                        first.push(format!("closed {c}"));
                    }
                }
                first.retain(|p| !p.is_empty());
                about.push(first.join(" · "));
                if let Some(op) = get("operator") {
                    about.push(format!("Operator {op}"));
                }
                if let Some(c) = get("country") {
                    links.push((EntityKind::Country, c));
                }
                if let Some(g) = get("group") {
                    links.push((EntityKind::Group, g));
                }
                // The brands the articles name here, directly or through a model.
                let said: HashSet<String> = rows
                    .iter()
                    .map(|r| match r.kind {
                        SubjectKind::Brand => r.subject.to_string(),
                        SubjectKind::Model => {
                            detail(gazetteer, EntityKind::Model, &r.subject, "brand")
                                .unwrap_or_else(|| r.subject.to_string())
                        }
                    })
                    .collect();
                let reference = get("brands")
                    .map(|b| {
                        b.split(", ")
                            .filter(|b| !b.is_empty() && !said.contains(*b))
                            .map(|b| (EntityKind::Brand, b.to_string()))
                            .collect()
                    })
                    .unwrap_or_default();
                (rows, "Brands built here:".to_string(), reference)
            }
            EntityKind::Model | EntityKind::Brand => {
                let rows = if kind == EntityKind::Brand {
                    index.subject_rows(index.subjects_of_brand(name), &shown)
                } else {
                    index.subject_rows([name], &shown)
                };
                let brand = if kind == EntityKind::Brand {
                    Some(name.to_string())
                } else {
                    get("brand")
                };
                if let Some(b) = get("brand") {
                    links.push((EntityKind::Brand, b));
                }
                if let Some(g) = get("group") {
                    links.push((EntityKind::Group, g));
                }
                let reference: Vec<(EntityKind, String)> = gazetteer
                    .entities()
                    .iter()
                    .filter(|e| e.kind == EntityKind::Plant)
                    .filter(|e| {
                        e.details.iter().any(|(l, v)| {
                            *l == "brands"
                                && brand
                                    .as_deref()
                                    .is_some_and(|b| v.split(", ").any(|x| x == b))
                        })
                    })
                    .filter(|e| !rows.iter().any(|r| *r.plant == *e.name))
                    .map(|e| (EntityKind::Plant, e.name.clone()))
                    .collect();
                let label = format!("Plants building {}:", brand.unwrap_or_default());
                (rows, label, reference)
            }
            EntityKind::Country | EntityKind::Group => {
                let label = if kind == EntityKind::Country {
                    "country"
                } else {
                    "group"
                };
                let plants = plants_with(gazetteer, label, name);
                let set: HashSet<&str> = plants.iter().map(String::as_str).collect();
                let rows = index.plant_rows(set.iter().copied(), &shown);
                about.push(format!("{} plants known", plants.len()));
                let reference = plants
                    .iter()
                    .filter(|p| !rows.iter().any(|r| *r.plant == ***p))
                    .map(|p| (EntityKind::Plant, p.clone()))
                    .collect();
                (rows, "Plants no article reports on:".to_string(), reference)
            }
        };
        if about.is_empty() && entity.is_none() {
            about.push("not in the gazetteer".into());
        }
        about.retain(|a| !a.is_empty());
        let named = index
            .named(kind, name)
            .iter()
            .map(|&d| d as usize)
            .filter(|&d| shown.contains(d))
            .collect();
        let mut card = Card {
            kind,
            name: name.to_string(),
            about,
            links,
            rows,
            reference_label,
            reference,
            articles: named,
            over: docs.len(),
            lines: Vec::new(),
            item_lines: Vec::new(),
        };
        card.lay_out();
        card
    }
}

#[cfg(test)]
mod tests;
