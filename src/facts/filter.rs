//! The entity filters (`--plant`, the filter bar's plant…) applied to single facts: an article
//! chosen for naming Kaluga also names Kostanay, whose facts are not Kaluga's.

use chrono::NaiveDate;

use super::SubjectKind;
use crate::Date;
use crate::entities::{Entity, EntityKind, Gazetteer};
use crate::search::{Facet, Filters};

/// What the active filters ask of each fact.
pub struct FactFilter<'a> {
    filters: &'a Filters,
    gazetteer: &'a Gazetteer,
}

impl<'a> FactFilter<'a> {
    pub fn new(filters: &'a Filters, gazetteer: &'a Gazetteer) -> FactFilter<'a> {
        FactFilter { filters, gazetteer }
    }

    /// Whether a fact about `plant` and `subject`, read in an article of `date`, passes:
    /// the plant filter holds its plant, the country filter its plant's country, the model
    /// filter its subject (a model), the brand filter its subject or its model's brand, the
    /// group filter that brand's group on the article's date (today's when undated). Values of
    /// one filter are OR-ed, filters AND-ed, as for articles; the language is the article's.
    pub fn keeps(
        &self,
        plant: &str,
        subject: &str,
        kind: SubjectKind,
        date: Option<&Date>,
    ) -> bool {
        if self.filters.is_empty() {
            return true;
        }
        let allows = |facet: Facet, value: Option<&str>| {
            let wanted = self.filters.get(facet);
            wanted.is_empty() || value.is_some_and(|v| wanted.iter().any(|w| w == v))
        };
        let model = (kind == SubjectKind::Model).then_some(subject);
        let brand = self.brand_of(subject, kind);
        allows(Facet::Plant, Some(plant))
            && allows(Facet::Country, self.country_of(plant))
            && allows(Facet::Model, model)
            && allows(Facet::Brand, brand.map(|b| b.name.as_str()))
            && allows(
                Facet::Group,
                brand
                    .and_then(|b| group_of(b, date.map(Date::first_day)))
                    .map(|g| self.gazetteer.entity(g).name.as_str()),
            )
    }

    fn country_of(&self, plant: &str) -> Option<&str> {
        let g = self.gazetteer;
        let id = *g.resolve(Some(EntityKind::Plant), plant).first()?;
        let country = g.entity(id).plant.as_ref()?.country;
        Some(g.entity(country).name.as_str())
    }

    /// The brand a fact is about: its subject, or its subject model's brand.
    fn brand_of(&self, subject: &str, kind: SubjectKind) -> Option<&Entity> {
        let g = self.gazetteer;
        let kind = match kind {
            SubjectKind::Brand => EntityKind::Brand,
            SubjectKind::Model => EntityKind::Model,
        };
        let entity = g.entity(*g.resolve(Some(kind), subject).first()?);
        if entity.kind == EntityKind::Brand {
            return Some(entity);
        }
        entity
            .implies
            .iter()
            .map(|&b| g.entity(b))
            .find(|e| e.kind == EntityKind::Brand)
    }
}

/// A brand's group on `date`, or its current group.
fn group_of(brand: &Entity, date: Option<NaiveDate>) -> Option<crate::entities::EntityId> {
    match date {
        Some(day) if !brand.group_history.is_empty() => brand.group_on(day),
        _ => brand.group,
    }
}
