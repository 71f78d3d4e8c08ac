//! A card's lines and navigable items as laid out once it is built, and where each item
//! leads ([`Target`]).

use super::*;

impl Card {
    /// Work out the card's lines and where each item starts.
    pub(super) fn lay_out(&mut self) {
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
