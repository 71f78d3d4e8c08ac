//! Entity cards: what the articles say a plant builds (or where a model or brand is built, or
//! which plants a country has), each row with its status, newest date, article count and one
//! evidence sentence; what the gazetteer adds, kept apart; and the entity's articles.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::Article;
use crate::entities::{EntityKind, Gazetteer};
use crate::facts::summary::{self, Row};
use crate::text;
use crate::tui::theme::Theme;

/// What a card shows, gathered once when it opens.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub kind: EntityKind,
    pub name: String,
    /// Reference lines about the entity itself (city, operator, group, years…).
    pub about: Vec<String>,
    /// What the articles say: for a plant its subjects, for a model or brand its plants.
    pub rows: Vec<Row>,
    /// What the gazetteer adds that no article says (brands of a plant, plants of a brand).
    pub reference: Vec<String>,
    /// The articles that name the entity (library indices).
    pub articles: Vec<usize>,
}

impl Card {
    /// The card of entity `name` of `kind` over the articles `docs`.
    pub fn build(
        gazetteer: &Gazetteer,
        articles: &[Article],
        docs: &[usize],
        kind: EntityKind,
        name: &str,
    ) -> Card {
        let entity = gazetteer
            .resolve(Some(kind), name)
            .first()
            .map(|&id| gazetteer.entity(id));
        let detail = |label: &str| {
            entity.and_then(|e| {
                e.details
                    .iter()
                    .find(|(l, _)| *l == label)
                    .map(|(_, v)| v.clone())
            })
        };
        let all = summary::rows(articles, docs.iter().copied());
        let brand_of = |subject: &str| {
            gazetteer
                .resolve(Some(EntityKind::Model), subject)
                .first()
                .and_then(|&id| {
                    gazetteer
                        .entity(id)
                        .details
                        .iter()
                        .find(|(l, _)| *l == "brand")
                })
                .map(|(_, b)| b.clone())
        };
        let (rows, mut about, mut reference): (Vec<Row>, Vec<String>, Vec<String>) = match kind {
            EntityKind::Plant => {
                let rows: Vec<Row> = all.into_iter().filter(|r| r.plant == name).collect();
                let mut about = Vec::new();
                let place: Vec<String> = [detail("city"), detail("country")]
                    .into_iter()
                    .flatten()
                    .collect();
                if !place.is_empty() {
                    about.push(place.join(", "));
                }
                if let Some(op) = detail("operator") {
                    about.push(format!("Operator {op}"));
                }
                let mut years = Vec::new();
                if let Some(g) = detail("group") {
                    years.push(format!("Group {g}"));
                }
                if let Some(info) = entity.and_then(|e| e.plant.as_ref()) {
                    if let Some(o) = info.opened {
                        years.push(format!("opened {o}"));
                    }
                    if let Some(c) = info.closed {
                        years.push(format!("closed {c}"));
                    }
                }
                if !years.is_empty() {
                    about.push(years.join(" · "));
                }
                let said: Vec<String> = rows
                    .iter()
                    .map(|r| brand_of(&r.subject).unwrap_or_else(|| r.subject.clone()))
                    .collect();
                let reference = detail("brands")
                    .map(|b| {
                        let others: Vec<&str> = b
                            .split(", ")
                            .filter(|b| !said.iter().any(|s| s == b))
                            .collect();
                        if others.is_empty() {
                            Vec::new()
                        } else {
                            vec![format!("Brands built here: {}", others.join(", "))]
                        }
                    })
                    .unwrap_or_default();
                (rows, about, reference)
            }
            EntityKind::Model | EntityKind::Brand => {
                let rows: Vec<Row> = all
                    .into_iter()
                    .filter(|r| {
                        r.subject == name
                            || (kind == EntityKind::Brand
                                && brand_of(&r.subject).as_deref() == Some(name))
                    })
                    .collect();
                let mut about = Vec::new();
                if let Some(b) = detail("brand") {
                    about.push(format!("Brand {b}"));
                }
                if let Some(g) = detail("group") {
                    about.push(format!("Group {g}"));
                }
                let brand = if kind == EntityKind::Brand {
                    Some(name.to_string())
                } else {
                    detail("brand")
                };
                let plants: Vec<&str> = gazetteer
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
                    .map(|e| e.name.as_str())
                    .filter(|p| !rows.iter().any(|r| r.plant == *p))
                    .collect();
                let reference = if plants.is_empty() {
                    Vec::new()
                } else {
                    let what = brand.unwrap_or_default();
                    vec![format!("Plants building {what}: {}", plants.join(", "))]
                };
                (rows, about, reference)
            }
            EntityKind::Country => {
                let plants: Vec<String> = gazetteer
                    .entities()
                    .iter()
                    .filter(|e| {
                        e.kind == EntityKind::Plant
                            && e.details.iter().any(|(l, v)| *l == "country" && v == name)
                    })
                    .map(|e| e.name.clone())
                    .collect();
                let rows: Vec<Row> = all
                    .into_iter()
                    .filter(|r| plants.contains(&r.plant))
                    .collect();
                let quiet: Vec<&str> = plants
                    .iter()
                    .filter(|p| !rows.iter().any(|r| &r.plant == *p))
                    .map(String::as_str)
                    .collect();
                let reference = if quiet.is_empty() {
                    Vec::new()
                } else {
                    vec![format!("Other plants: {}", quiet.join(", "))]
                };
                (
                    rows,
                    vec![format!("{} plants known", plants.len())],
                    reference,
                )
            }
            EntityKind::Group => (Vec::new(), Vec::new(), Vec::new()),
        };
        if about.is_empty() && entity.is_none() {
            about.push("not in the gazetteer".into());
        }
        reference.retain(|r| !r.is_empty());
        about.retain(|a| !a.is_empty());
        let articles = docs
            .iter()
            .copied()
            .filter(|&d| {
                articles
                    .get(d)
                    .is_some_and(|a| a.entities.of_kind(kind).iter().any(|n| n == name))
            })
            .collect();
        Card {
            kind,
            name: name.to_string(),
            about,
            rows,
            reference,
            articles,
        }
    }

    /// The other end of row `i`: a plant card's row leads to its subject, a subject card's
    /// row to its plant.
    pub fn link(&self, i: usize) -> Option<(EntityKind, String)> {
        let row = self.rows.get(i)?;
        Some(match self.kind {
            EntityKind::Plant => (
                match row.kind {
                    crate::facts::SubjectKind::Model => EntityKind::Model,
                    crate::facts::SubjectKind::Brand => EntityKind::Brand,
                },
                row.subject.clone(),
            ),
            _ => (EntityKind::Plant, row.plant.clone()),
        })
    }
}

/// A card drawn over `area`, row `selected` highlighted.
pub struct CardView<'a> {
    pub card: &'a Card,
    /// Where the articles are (an evidence sentence is read from its article's body).
    pub library: &'a crate::search::Library,
    pub selected: usize,
    pub theme: &'a Theme,
}

impl Widget for CardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let card = self.card;
        let width = area.width.saturating_sub(4).clamp(20, 110);
        let height = area.height.saturating_sub(2).max(8);
        let popup = crate::tui::layout::popup(area, width, height);
        Clear.render(popup, buf);
        let kind = match card.kind {
            EntityKind::Plant => "Plant",
            EntityKind::Model => "Model",
            EntityKind::Brand => "Brand",
            EntityKind::Country => "Country",
            EntityKind::Group => "Group",
        };
        let footer = " ↑↓ row · Enter article · → card · Esc back ";
        let block = Block::bordered()
            .title(Line::from(format!(" {kind} · {} ", card.name)))
            .title_bottom(Line::from(text::truncate(footer, usize::from(popup.width))).centered())
            .border_style(self.theme.focused_border);
        let inner = block.inner(popup);
        block.render(popup, buf);
        let cols = usize::from(inner.width);
        let mut lines: Vec<Line> = Vec::new();
        for a in &card.about {
            lines.push(Line::raw(text::truncate(a, cols)));
        }
        let heading = |t: String| {
            Line::styled(
                text::truncate(&t, cols),
                Style::new().add_modifier(Modifier::BOLD),
            )
        };
        let distinct: std::collections::BTreeSet<usize> = card.articles.iter().copied().collect();
        lines.push(heading(format!(
            "What the articles say ({} facts, {} articles)",
            card.rows.len(),
            distinct.len()
        )));
        // Rows take what the reference and articles sections leave, two lines each.
        let tail = 2 + card.reference.len().min(2) + 1 + card.articles.len().min(3);
        let room = usize::from(inner.height).saturating_sub(lines.len() + tail);
        let per_page = (room / 2).max(1);
        let first = self.selected.saturating_sub(per_page.saturating_sub(1));
        if card.rows.is_empty() {
            lines.push(Line::styled("  none", self.theme.dim));
        }
        for (i, row) in card.rows.iter().enumerate().skip(first).take(per_page) {
            let other = if card.kind == EntityKind::Plant {
                &row.subject
            } else {
                &row.plant
            };
            let head = format!(
                "{} {:<14} {:<24} {:<10} {} art.",
                summary::mark(row.status),
                row.status.as_str(),
                text::truncate(other, 24),
                row.newest.as_deref().unwrap_or("-"),
                row.articles
            );
            let style = if i == self.selected {
                self.theme.selection.add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            lines.push(Line::from(Span::styled(text::truncate(&head, cols), style)));
            let article = self.library.article(row.evidence.article);
            let evidence = article
                .as_ref()
                .and_then(|a| a.body.get(row.evidence.start..row.evidence.end))
                .unwrap_or("");
            lines.push(Line::styled(
                text::truncate(&format!("  “{evidence}”"), cols),
                self.theme.dim,
            ));
        }
        lines.push(heading(
            "Reference data (gazetteer, not from the articles)".into(),
        ));
        if card.reference.is_empty() {
            lines.push(Line::styled("  nothing more", self.theme.dim));
        }
        for r in card.reference.iter().take(2) {
            lines.push(Line::raw(text::truncate(&format!("  {r}"), cols)));
        }
        lines.push(heading(format!("Articles ({})", card.articles.len())));
        for &d in card.articles.iter().take(3) {
            if let Some(a) = self.library.articles().get(d) {
                lines.push(Line::raw(text::truncate(&format!("  {}", a.title), cols)));
            }
        }
        for (y, line) in (inner.y..inner.bottom()).zip(lines) {
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}
