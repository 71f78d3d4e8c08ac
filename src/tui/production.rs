//! The production view's data: the facts of the results shown as table rows (plant ×
//! model/brand), sorted by the chosen column, each plant's country, and the map's pins from
//! the gazetteer's coordinates. Gathered when the results change, not per frame.

use std::collections::{BTreeMap, BTreeSet};

use crate::entities::{EntityKind, Gazetteer};
use crate::facts::filter::FactFilter;
use crate::facts::index::Shown;
use crate::facts::summary::Row;
use crate::search::{Filters, Library};
use crate::tui::ui::map::Pin;
use crate::tui::ui::production::{self as table, SortBy};

/// What the production view shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Production {
    /// One row per plant and subject, in `sort` order.
    pub rows: Vec<Row>,
    pub sort: SortBy,
    pub selected: usize,
    /// Plant → its country's name and ISO code (from the gazetteer).
    pub countries: BTreeMap<String, Country>,
    pub pins: Vec<Pin>,
    /// Plants of the rows the gazetteer gives no coordinates for.
    pub unplaced: usize,
    /// The results (their sequence number) the rows were gathered from.
    pub gathered: Option<u64>,
}

impl Production {
    /// The rows of the articles `docs` of `library` that `filters` keep (the filter bar's
    /// plant shows that plant's rows, not every plant of the articles naming it), sorted by
    /// `sort`.
    pub fn gather(
        library: &Library,
        docs: impl IntoIterator<Item = usize>,
        filters: &Filters,
        sort: SortBy,
    ) -> Self {
        let shown = Shown::of(library.articles().len(), docs);
        let mut rows = library.fact_index().rows(&shown);
        if !filters.is_empty() {
            let wanted = FactFilter::new(filters, library.gazetteer());
            let articles = library.articles();
            rows.retain(|r| {
                let date = articles
                    .get(r.evidence.article)
                    .and_then(|a| a.date.as_ref());
                wanted.keeps(&r.plant, &r.subject, r.kind, date)
            });
        }
        // Already by plant and subject: the default order costs one pass.
        table::sort(&mut rows, sort);
        let g = library.gazetteer();
        let plants: BTreeSet<&str> = rows.iter().map(|r| &*r.plant).collect();
        let mut countries = BTreeMap::new();
        let mut pins = Vec::new();
        let mut unplaced = 0;
        for plant in plants {
            let (country, place) = site(g, plant);
            if let Some(c) = country {
                countries.insert(plant.to_string(), c);
            }
            match place {
                Some((lat, lon)) => pins.push(Pin {
                    name: plant.to_string(),
                    lat,
                    lon,
                }),
                None => unplaced += 1,
            }
        }
        Production {
            rows,
            sort,
            selected: 0,
            countries,
            pins,
            unplaced,
            gathered: None,
        }
    }

    /// The plant of the selected row.
    pub fn selected_plant(&self) -> Option<&str> {
        self.rows.get(self.selected).map(|r| &*r.plant)
    }

    /// Sort by the next column, the selected row kept selected.
    pub fn cycle_sort(&mut self) {
        let current = self.rows.get(self.selected).cloned();
        self.sort = self.sort.next();
        table::sort(&mut self.rows, self.sort);
        self.selected = current
            .and_then(|c| {
                self.rows
                    .iter()
                    .position(|r| r.plant == c.plant && r.subject == c.subject)
            })
            .unwrap_or(0);
    }

    /// Move the selection by `delta` rows, within the table.
    pub fn step(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = if delta < 0 {
            self.selected.saturating_sub(delta.unsigned_abs())
        } else {
            self.selected.saturating_add(delta as usize)
        }
        .min(last);
    }
}

/// A plant's country and coordinates, as the gazetteer gives them.
/// A country's name and ISO code.
type Country = (String, String);

fn site(g: &Gazetteer, plant: &str) -> (Option<Country>, Option<(f64, f64)>) {
    let Some(&id) = g.resolve(Some(EntityKind::Plant), plant).first() else {
        return (None, None);
    };
    let Some(info) = g.entity(id).plant.as_ref() else {
        return (None, None);
    };
    let country = g.entity(info.country);
    let code = country
        .details
        .iter()
        .find(|(l, _)| *l == "iso")
        .map_or_else(String::new, |(_, c)| c.to_uppercase());
    (Some((country.name.clone(), code)), info.coordinates())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{Status, SubjectKind, summary::Evidence};

    fn row(plant: &str, subject: &str, articles: usize) -> Row {
        Row {
            plant: plant.into(),
            subject: subject.into(),
            kind: SubjectKind::Model,
            status: Status::Builds,
            newest: None,
            articles,
            evidence: Evidence {
                article: 0,
                start: 0,
                end: 0,
            },
        }
    }

    #[test]
    fn sorting_keeps_the_selected_row_and_moving_stays_in_the_table() {
        let mut view = Production {
            rows: vec![
                row("Busan", "Polestar 4", 1),
                row("Kaluga", "Opel Vivaro", 3),
            ],
            ..Production::default()
        };
        view.step(5);
        assert_eq!(
            view.selected_plant(),
            Some("Kaluga"),
            "clamped to the last row"
        );
        view.cycle_sort();
        assert_eq!(view.sort, SortBy::Subject);
        assert_eq!(&*view.rows[0].subject, "Opel Vivaro");
        assert_eq!(view.selected_plant(), Some("Kaluga"), "the same row, moved");
        view.step(-9);
        assert_eq!(view.selected, 0);
    }
}
