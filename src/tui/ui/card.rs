//! Entity cards drawn: the entity's reference lines and links, what the articles say (a row
//! per fact with its status, newest date, article count and one evidence sentence), what the
//! gazetteer adds, kept apart, and the entity's articles; the selected row highlighted. Only
//! the lines in view are built; the card's data is gathered when it opens (`tui::card`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use crate::entities::EntityKind;
use crate::facts::summary;
use crate::text;
pub use crate::tui::card::{Card, CardLine, OpenCard, Section};
use crate::tui::keymap::{KeyMap, Mode};
use crate::tui::layout;
use crate::tui::theme::Theme;

/// An entity kind's name on a card.
pub fn kind_name(kind: EntityKind) -> &'static str {
    kind.label()
}

/// A card drawn over `area`: item `selected` highlighted, lines from `offset` on.
pub struct CardView<'a> {
    pub card: &'a Card,
    /// Where the articles are: an evidence sentence is read from its article's body (from
    /// the cache's index in a library over the cache).
    pub library: &'a crate::search::Library,
    pub selected: usize,
    pub offset: usize,
    /// How many cards lie under this one (`Esc` goes back to them).
    pub depth: usize,
    pub keymap: &'a KeyMap,
    pub theme: &'a Theme,
}

impl Widget for CardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let card = self.card;
        let popup = layout::card_box(area);
        Clear.render(popup, buf);
        let back = if self.depth > 0 {
            format!(" · {} back", self.depth)
        } else {
            String::new()
        };
        let footer = super::help::footer(
            self.keymap,
            Mode::Card,
            usize::from(popup.width.saturating_sub(2)),
        );
        let title = format!(
            " {} · {} · from {} articles shown{back} ",
            kind_name(card.kind),
            card.name,
            card.over
        );
        let block = Block::bordered()
            .title(Line::from(text::truncate(
                &title,
                usize::from(popup.width.saturating_sub(2)),
            )))
            .title_bottom(Line::from(footer).centered())
            .border_style(self.theme.focused_border);
        let inner = block.inner(popup);
        block.render(popup, buf);
        let selected = card.item_span(self.selected).map(|(first, _)| first);
        let height = usize::from(inner.height);
        // The offset the state keeps, pulled in if the selection would fall outside it.
        let mut offset = self.offset.min(card.lines.len().saturating_sub(1));
        if let Some(first) = selected {
            if first < offset {
                offset = first;
            } else if first >= offset + height {
                offset = first + 1 - height;
            }
        }
        for (y, (n, line)) in
            (inner.y..inner.bottom()).zip(card.lines.iter().enumerate().skip(offset))
        {
            let line = self.line(*line, usize::from(inner.width), Some(n) == selected);
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}

impl CardView<'_> {
    fn line(&self, line: CardLine, cols: usize, selected: bool) -> Line<'static> {
        let card = self.card;
        let theme = self.theme;
        let row_style = if selected {
            theme.selection.add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let fit = |t: &str| text::truncate(t, cols);
        match line {
            CardLine::About(i) => Line::raw(fit(card.about.get(i).map_or("", String::as_str))),
            CardLine::Link(i) => {
                let Some((kind, name)) = card.links.get(i) else {
                    return Line::default();
                };
                let label = format!("→ {} {name}", kind_name(*kind));
                Line::styled(fit(&label), row_style.patch(theme.kind(*kind)))
            }
            CardLine::Heading(Section::Facts) => Line::styled(
                fit(&format!(
                    "What the articles say ({} fact{})",
                    card.rows.len(),
                    if card.rows.len() == 1 { "" } else { "s" }
                )),
                bold,
            ),
            CardLine::Heading(Section::Reference) => Line::styled(
                fit("Reference data (gazetteer, not from the articles)"),
                bold,
            ),
            CardLine::Heading(Section::Articles) => Line::styled(
                fit(&format!("Articles naming it ({})", card.articles.len())),
                bold,
            ),
            CardLine::Empty(section) => Line::styled(
                match section {
                    Section::Facts => "  none",
                    Section::Reference => "  nothing more",
                    Section::Articles => "  none among the results",
                },
                theme.dim,
            ),
            CardLine::ReferenceLabel => Line::raw(fit(&format!("  {}", card.reference_label))),
            CardLine::FactHead(i) => {
                let Some(row) = card.rows.get(i) else {
                    return Line::default();
                };
                // A plant's rows differ by subject, a model's by plant; a brand's or a
                // country's by both ("Motomachi · Toyota Crown"), unless the subject is the
                // card's own brand.
                let other = match card.kind {
                    EntityKind::Plant => text::fit(&row.subject, 24),
                    EntityKind::Model => text::fit(&row.plant, 24),
                    _ if *row.subject == *card.name => text::fit(&row.plant, 24),
                    _ => text::fit(&format!("{} · {}", row.plant, row.subject), 40),
                };
                let head = format!(
                    "{} {:<14} {} {:<10} {} art.",
                    summary::mark(row.status),
                    row.status.as_str(),
                    other,
                    row.newest.as_deref().unwrap_or("-"),
                    row.articles
                );
                Line::styled(fit(&head), row_style)
            }
            CardLine::FactEvidence(i) => {
                let found = card.rows.get(i).and_then(|row| {
                    Some((row.evidence, self.library.article(row.evidence.article)?))
                });
                let evidence = found
                    .as_ref()
                    .and_then(|(e, a)| a.body.get(e.start..e.end))
                    .unwrap_or("");
                // A sentence can span lines in the file: one line here.
                let flat = evidence.split_whitespace().collect::<Vec<_>>().join(" ");
                Line::styled(fit(&format!("  “{flat}”")), theme.dim)
            }
            CardLine::Reference(i) => {
                let Some((_, name)) = card.reference.get(i) else {
                    return Line::default();
                };
                Line::styled(fit(&format!("    → {name}")), row_style)
            }
            CardLine::Article(i) => {
                let title = card
                    .articles
                    .get(i)
                    .and_then(|&d| self.library.articles().get(d))
                    .map_or("", |a| a.title.as_str());
                Line::styled(fit(&format!("  {title}")), row_style)
            }
        }
    }
}
