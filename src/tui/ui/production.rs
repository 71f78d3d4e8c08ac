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
    /// A plant's country: its name and its ISO code (shown instead when names do not fit).
    pub countries: &'a dyn Fn(&str) -> (String, String),
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
        let visible = usize::from(inner.height.saturating_sub(1));
        let first = self.selected.saturating_sub(visible.saturating_sub(1));
        // Widths measured over the first rows (sorted, so the table's own order) and the
        // ones shown: steady while scrolling, and a frame costs no pass over 100k rows.
        let measured = self.rows.iter().take(MEASURED_ROWS).chain(
            self.rows
                .iter()
                .skip(first.max(MEASURED_ROWS))
                .take(visible),
        );
        let mut needs = ["Plant".len(), "Country".len(), "Model / brand".len()];
        // The status column is as wide as the longest status shown ("stopped", not
        // "will_not_build", when no row says that).
        let mut status_w = "Status".len();
        for row in measured {
            needs[0] = needs[0].max(text::width(&row.plant));
            needs[1] = needs[1].max(text::width(&(self.countries)(&row.plant).0));
            needs[2] = needs[2].max(text::width(&row.subject));
            status_w = status_w.max(row.status.as_str().len());
        }
        // Plant, country, subject share what the fixed columns leave, by what they hold.
        let fixed = 2 + (status_w + 1) + 11 + 5;
        let flexible = cols.saturating_sub(fixed).max(12);
        let mut widths = column_widths(flexible, needs.map(|n| n + 1));
        // A country cut to "Unite…" says less than "US": codes when the names do not fit.
        let codes = widths[1] <= needs[1];
        if codes {
            needs[1] = "CC".len();
            widths = column_widths(flexible, needs.map(|n| n + 1));
        }
        let [plant_w, country_w, subject_w] = widths;
        let country_of = |plant: &str| {
            let (name, code) = (self.countries)(plant);
            if codes { code } else { name }
        };
        let cell = |t: &str, w: usize| text::fit(t, w);
        let header = format!(
            "  {} {} {} {} {} {:>4}",
            cell("Plant", plant_w.saturating_sub(1)),
            cell(
                if codes { "CC" } else { "Country" },
                country_w.saturating_sub(1)
            ),
            cell("Model / brand", subject_w.saturating_sub(1)),
            cell("Status", status_w),
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
                cell(&country_of(&row.plant), country_w.saturating_sub(1)),
                cell(&row.subject, subject_w.saturating_sub(1)),
                cell(row.status.as_str(), status_w),
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

/// Rows whose widths size the columns, besides the rows on screen.
const MEASURED_ROWS: usize = 2000;

/// Share `flexible` columns between plant, country and subject, each needing `needs`: all
/// of each need when they fit (the rest to the subject); else the plant up to 45 % and the
/// country up to 20 %, the subject what is left, and what the subject does not need back to
/// the plant.
pub fn column_widths(flexible: usize, needs: [usize; 3]) -> [usize; 3] {
    let [plant, country, subject] = needs;
    if plant + country + subject <= flexible {
        return [plant, country, flexible - plant - country];
    }
    let country_w = country.min(flexible / 5);
    let plant_w = plant.min(flexible * 45 / 100);
    let subject_w = flexible.saturating_sub(plant_w + country_w);
    let spare = subject_w.saturating_sub(subject);
    let plant_w = plant.min(plant_w + spare);
    [
        plant_w,
        country_w,
        flexible.saturating_sub(plant_w + country_w),
    ]
}

#[cfg(test)]
mod tests {
    use super::column_widths;

    #[test]
    fn columns_take_what_their_names_need_when_it_fits() {
        assert_eq!(column_widths(80, [30, 10, 20]), [30, 10, 40]);
    }

    #[test]
    fn a_long_plant_name_gets_what_the_subjects_do_not_need() {
        // 100 columns: the country 12, subjects need 15, so the plant takes the rest it needs.
        assert_eq!(column_widths(100, [90, 12, 15]), [73, 12, 15]);
        // Everything long: plant 45 %, country 20 %, subject the rest.
        assert_eq!(column_widths(100, [90, 40, 90]), [45, 20, 35]);
    }
}
