//! An entity card's data, gathered once when it opens (PRODUCT.md §6): what the articles say
//! (a plant's subjects, a model's or brand's plants, a country's or group's plants' facts),
//! what the gazetteer adds, kept apart, and the entity's articles; then its rows as the card
//! lists them, each leading to an article or to another card.

use std::collections::HashSet;

use crate::entities::{EntityKind, Gazetteer};
use crate::facts::SubjectKind;
use crate::facts::index::Shown;
use crate::facts::summary::Row;
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

    /// Work out the card's lines and where each item starts.
    fn lay_out(&mut self) {
        let mut lines = Vec::new();
        let mut items = Vec::new();
        lines.extend((0..self.about.len()).map(CardLine::About));
        for i in 0..self.links.len() {
            items.push(lines.len());
            lines.push(CardLine::Link(i));
        }
        lines.push(CardLine::Heading(Section::Facts));
        if self.rows.is_empty() {
            lines.push(CardLine::Empty(Section::Facts));
        }
        for i in 0..self.rows.len() {
            items.push(lines.len());
            lines.push(CardLine::FactHead(i));
            lines.push(CardLine::FactEvidence(i));
        }
        lines.push(CardLine::Heading(Section::Reference));
        if self.reference.is_empty() {
            lines.push(CardLine::Empty(Section::Reference));
        } else {
            lines.push(CardLine::ReferenceLabel);
        }
        for i in 0..self.reference.len() {
            items.push(lines.len());
            lines.push(CardLine::Reference(i));
        }
        lines.push(CardLine::Heading(Section::Articles));
        if self.articles.is_empty() {
            lines.push(CardLine::Empty(Section::Articles));
        }
        for i in 0..self.articles.len() {
            items.push(lines.len());
            lines.push(CardLine::Article(i));
        }
        self.lines = lines;
        self.item_lines = items;
    }

    /// How many rows can be selected.
    pub fn len(&self) -> usize {
        self.item_lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.item_lines.is_empty()
    }

    /// Item `i` of the card.
    pub fn item(&self, i: usize) -> Option<Item> {
        match *self.lines.get(*self.item_lines.get(i)?)? {
            CardLine::Link(j) => Some(Item::Link(j)),
            CardLine::FactHead(j) => Some(Item::Fact(j)),
            CardLine::Reference(j) => Some(Item::Reference(j)),
            CardLine::Article(j) => Some(Item::Article(j)),
            _ => None,
        }
    }

    /// The lines item `i` takes: its first and one past its last.
    pub fn item_span(&self, i: usize) -> Option<(usize, usize)> {
        let first = *self.item_lines.get(i)?;
        let lines = match self.item(i)? {
            Item::Fact(_) => 2,
            _ => 1,
        };
        Some((first, first + lines))
    }

    /// The item a card opens on: its first fact, else its first row.
    pub fn first_fact(&self) -> usize {
        (0..self.len())
            .find(|&i| matches!(self.item(i), Some(Item::Fact(_))))
            .unwrap_or(0)
    }

    /// The other end of fact row `row`: a plant card's row leads to its subject, the other
    /// cards' rows to their plant.
    pub fn link(&self, row: usize) -> Option<(EntityKind, String)> {
        let row = self.rows.get(row)?;
        Some(match self.kind {
            EntityKind::Plant => (subject_entity(row.kind), row.subject.to_string()),
            _ => (EntityKind::Plant, row.plant.to_string()),
        })
    }

    /// The card item `i` leads to (`i`, `→`): a link's or reference entity's card, a fact's
    /// other end; an article leads to no card.
    pub fn card_of(&self, i: usize) -> Option<(EntityKind, String)> {
        match self.item(i)? {
            Item::Link(j) => self.links.get(j).cloned(),
            Item::Reference(j) => self.reference.get(j).cloned(),
            Item::Fact(j) => self.link(j),
            Item::Article(_) => None,
        }
    }

    /// What `Enter` on item `i` opens: a fact's article at its evidence, an article at the
    /// entity's first mention, a linked entity's card.
    pub fn follow(&self, i: usize, library: &Library) -> Option<Target> {
        match self.item(i)? {
            Item::Fact(j) => {
                let e = self.rows.get(j)?.evidence;
                Some(Target::Article {
                    doc: e.article,
                    range: Some((e.start, e.end)),
                })
            }
            Item::Article(j) => {
                let doc = *self.articles.get(j)?;
                // The mentions are read whole (a library over the cache keeps summaries).
                let range = library.article(doc).and_then(|a| {
                    a.mentions
                        .iter()
                        .find(|m| {
                            m.in_body() && m.kind == self.kind && m.entity.as_str() == self.name
                        })
                        .map(|m| (m.start, m.end))
                });
                Some(Target::Article { doc, range })
            }
            Item::Link(_) | Item::Reference(_) => {
                self.card_of(i).map(|(kind, name)| Target::Card(kind, name))
            }
        }
    }
}

/// An open card: the card, the selected item and the first line shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCard {
    pub card: Card,
    pub selected: usize,
    pub offset: usize,
}

impl OpenCard {
    pub fn new(card: Card) -> OpenCard {
        let selected = card.first_fact();
        OpenCard {
            card,
            selected,
            offset: 0,
        }
    }

    /// Move the selection by `delta` items and keep it in a view of `height` lines: the
    /// whole item shown, the header too when on the first item.
    pub fn step(&mut self, delta: isize, height: usize) {
        let last = self.card.len().saturating_sub(1);
        self.selected = if delta < 0 {
            self.selected.saturating_sub(delta.unsigned_abs())
        } else {
            self.selected.saturating_add(delta as usize)
        }
        .min(last);
        self.keep_in_view(height);
    }

    /// Scroll so that the selected item is within the `height` lines shown.
    pub fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        let Some((first, end)) = self.card.item_span(self.selected) else {
            self.offset = 0;
            return;
        };
        // The headings just above the item come into view with it.
        let mut top = first;
        while top > 0
            && end - (top - 1) <= height
            && !matches!(
                self.card.lines[top - 1],
                CardLine::Link(_)
                    | CardLine::FactEvidence(_)
                    | CardLine::Reference(_)
                    | CardLine::Article(_)
            )
        {
            top -= 1;
        }
        if top < self.offset {
            self.offset = top;
        } else if end > self.offset + height {
            self.offset = end - height;
        }
        self.offset = self
            .offset
            .min(self.card.lines.len().saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Article;
    use crate::facts::{Fact, Status};

    /// One article reporting `n` models built at Kaluga, each in its own sentence.
    fn kaluga_card(n: usize) -> (Card, Library) {
        let body: String = (0..n).map(|i| format!("Kaluga builds M{i}. ")).collect();
        let facts = (0..n)
            .map(|i| {
                let start = body.find(&format!("Kaluga builds M{i}.")).unwrap_or(0);
                Fact {
                    plant: "Kaluga".into(),
                    subject: format!("M{i:02}"),
                    subject_kind: SubjectKind::Model,
                    status: Status::Builds,
                    date: Some("2021".into()),
                    start,
                    end: start + 10,
                }
            })
            .collect();
        let mut article = Article {
            body,
            facts,
            ..Article::default()
        };
        article.entities.plants = vec!["Kaluga".into()];
        let library = Library::build(vec![article]).expect("library");
        let card = Card::build(&library, &[0], EntityKind::Plant, "Kaluga");
        (card, library)
    }

    #[test]
    fn rows_lead_to_articles_at_their_evidence_and_links_to_cards() {
        let (card, library) = kaluga_card(3);
        assert_eq!(card.links[0], (EntityKind::Country, "Russia".into()));
        assert_eq!(
            card.follow(0, &library),
            Some(Target::Card(EntityKind::Country, "Russia".into()))
        );
        let first = card.first_fact();
        assert_eq!(card.item(first), Some(Item::Fact(0)));
        let e = card.rows[0].evidence;
        assert_eq!(
            card.follow(first, &library),
            Some(Target::Article {
                doc: 0,
                range: Some((e.start, e.end))
            })
        );
        assert_eq!(card.card_of(first), Some((EntityKind::Model, "M00".into())));
        // The last item is the article; it leads to no card, and opens at no mention here.
        let last = card.len() - 1;
        assert_eq!(card.item(last), Some(Item::Article(0)));
        assert_eq!(card.card_of(last), None);
        assert_eq!(
            card.follow(last, &library),
            Some(Target::Article {
                doc: 0,
                range: None
            })
        );
    }

    #[test]
    fn the_selection_stays_in_view_with_its_heading() {
        let (card, _) = kaluga_card(30);
        let mut open = OpenCard::new(card);
        let height = 10;
        open.keep_in_view(height);
        assert_eq!(open.offset, 0, "the header shows with the first fact");
        for _ in 0..20 {
            open.step(1, height);
            let (first, end) = open.card.item_span(open.selected).expect("an item");
            assert!(first >= open.offset && end <= open.offset + height);
        }
        open.step(isize::MIN / 2, height);
        assert_eq!((open.selected, open.offset), (0, 0));
        open.step(isize::MAX / 2, height);
        assert_eq!(open.selected, open.card.len() - 1);
        assert_eq!(open.offset, open.card.lines.len() - height);
        // Back up to the first fact: the facts' heading comes into view with it.
        let first = open.card.first_fact();
        while open.selected > first {
            open.step(-1, height);
        }
        let (line, _) = open.card.item_span(first).expect("the first fact");
        assert_eq!(
            open.card.lines[open.offset..line].last(),
            Some(&CardLine::Heading(Section::Facts))
        );
    }
}
