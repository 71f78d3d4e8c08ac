//! The production view's table: one row per plant and model or brand of the current result
//! set, with the status of the newest report, its date and how many articles say it; sortable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use crate::facts::summary::{self, Row};
use crate::text;
use crate::tui::theme::Theme;

/// The column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Plant,
    Subject,
    Status,
    Articles,
    Newest,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [
        SortBy::Plant,
        SortBy::Subject,
        SortBy::Status,
        SortBy::Articles,
        SortBy::Newest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Plant => "plant",
            SortBy::Subject => "model/brand",
            SortBy::Status => "status",
            SortBy::Articles => "articles",
            SortBy::Newest => "newest",
        }
    }

    /// The next column (for the sort key).
    pub fn next(self) -> SortBy {
        let i = SortBy::ALL.iter().position(|&s| s == self).unwrap_or(0);
        SortBy::ALL[(i + 1) % SortBy::ALL.len()]
    }
}

/// Sort rows in place: by the column, then by plant and subject. Counts and dates go
/// largest and newest first.
pub fn sort(rows: &mut [Row], by: SortBy) {
    rows.sort_by(|a, b| {
        let primary = match by {
            SortBy::Plant => std::cmp::Ordering::Equal,
            SortBy::Subject => a.subject.cmp(&b.subject),
            SortBy::Status => a.status.cmp(&b.status),
            SortBy::Articles => b.articles.cmp(&a.articles),
            SortBy::Newest => b.newest.cmp(&a.newest),
        };
        primary
            .then_with(|| a.plant.cmp(&b.plant))
            .then_with(|| a.subject.cmp(&b.subject))
    });
}

/// The table over `area`: `rows` already sorted, `selected` highlighted and kept in view.
pub struct ProductionTable<'a> {
    pub rows: &'a [Row],
    /// How many plants the rows name (counted when they are gathered, not per frame).
    pub plants: usize,
    pub countries: &'a dyn Fn(&str) -> String,
    pub selected: usize,
    pub sort: SortBy,
    pub theme: &'a Theme,
}

impl Widget for ProductionTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let title = format!(
            " Production · {} plants · {} facts · sort: {} ",
            self.plants,
            self.rows.len(),
            self.sort.label()
        );
        let block = Block::bordered()
            .title(Line::from(text::truncate(&title, usize::from(area.width))))
            .border_style(self.theme.focused_border);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        let cols = usize::from(inner.width);
        // Plant, country, subject share what the fixed columns leave.
        let fixed = 2 + 15 + 11 + 5;
        let flexible = cols.saturating_sub(fixed).max(12);
        let (plant_w, country_w) = (flexible * 3 / 10, flexible * 2 / 10);
        let subject_w = flexible.saturating_sub(plant_w + country_w);
        let cell = |t: &str, w: usize| text::fit(t, w);
        let header = format!(
            "  {} {} {} {} {} {:>4}",
            cell("Plant", plant_w.saturating_sub(1)),
            cell("Country", country_w.saturating_sub(1)),
            cell("Model / brand", subject_w.saturating_sub(1)),
            cell("Status", 14),
            cell("Newest", 10),
            "Art."
        );
        Line::styled(
            text::truncate(&header, cols),
            Style::new().add_modifier(Modifier::BOLD),
        )
        .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        if self.rows.is_empty() {
            Line::styled(" no production facts in these articles", self.theme.dim)
                .render(Rect::new(inner.x, inner.y + 1, inner.width, 1), buf);
            return;
        }
        let visible = usize::from(inner.height.saturating_sub(1));
        let first = self.selected.saturating_sub(visible.saturating_sub(1));
        for (n, (i, row)) in self
            .rows
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .enumerate()
        {
            let line = format!(
                "{} {} {} {} {} {} {:>4}",
                summary::mark(row.status),
                cell(&row.plant, plant_w.saturating_sub(1)),
                cell(&(self.countries)(&row.plant), country_w.saturating_sub(1)),
                cell(&row.subject, subject_w.saturating_sub(1)),
                cell(row.status.as_str(), 14),
                cell(row.newest.as_deref().unwrap_or("-"), 10),
                row.articles
            );
            let style = if i == self.selected {
                self.theme.selection.add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            let y = inner.y + 1 + u16::try_from(n).unwrap_or(0);
            Line::styled(text::truncate(&line, cols), style)
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}
