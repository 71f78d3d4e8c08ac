//! Production facts: who builds what, where, as the articles say it — `{plant, subject
//! (model or brand), status, date, evidence sentence}` read from each sentence's production
//! cues (lexicons per language in `assets/facts/`), resolving "l'usine"/"das Werk"/"dort" to
//! the plant named last (PRODUCT.md §6).

use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::entities::info::PlantKind;
use crate::entities::{EntityKind, Gazetteer};
use crate::{Article, Lang};

mod extract;
pub mod filter;
pub mod index;
pub mod lexicon;
pub mod summary;
#[cfg(test)]
mod tests;
pub mod text;

use lexicon::Lexicon;

/// What an article says about a plant and a subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Builds,
    Built,
    WillBuild,
    MayBuild,
    WillNotBuild,
    WillStop,
    Stopped,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Builds,
        Status::Built,
        Status::WillBuild,
        Status::MayBuild,
        Status::WillNotBuild,
        Status::WillStop,
        Status::Stopped,
    ];

    /// The name used in JSON, CSV and queries (`will_build`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Builds => "builds",
            Status::Built => "built",
            Status::WillBuild => "will_build",
            Status::MayBuild => "may_build",
            Status::WillNotBuild => "will_not_build",
            Status::WillStop => "will_stop",
            Status::Stopped => "stopped",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        let t = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Status::ALL.into_iter().find(|s| s.as_str() == t)
    }
}

/// Whether a fact's subject is a model or a whole brand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectKind {
    Model,
    Brand,
}

impl SubjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectKind::Model => "model",
            SubjectKind::Brand => "brand",
        }
    }
}

/// One production fact, with its evidence: the sentence `body[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// The plant's canonical name (`Kaluga`).
    pub plant: String,
    /// The model's or brand's canonical name (`Peugeot Expert`, `Seat`).
    pub subject: String,
    pub subject_kind: SubjectKind,
    pub status: Status,
    /// The year the sentence gives (`2025`), else the article's date (`2023-11-09`).
    pub date: Option<String>,
    /// Byte range of the evidence sentence in the body.
    pub start: usize,
    pub end: usize,
}

impl Fact {
    /// The evidence sentence (empty if the range does not fit `body`).
    pub fn evidence<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.start..self.end).unwrap_or("")
    }
}

/// What the extractor needs to know of a plant.
#[derive(Debug, Clone, Default)]
struct PlantRef {
    country: String,
    brands: Vec<String>,
    /// Assembles vehicles (not only engines, batteries or parts).
    vehicles: bool,
    /// The year it closed, if it has.
    closed: Option<i32>,
    /// The brands and groups that make there: its operator, group and brands, as the
    /// gazetteer's names (empty when it gives none).
    makers: Vec<String>,
}

/// Finds the facts of articles; built once per load from the gazetteer.
pub struct Extractor {
    lexicons: HashMap<Lang, Lexicon>,
    /// Every language's cues at once, for articles of unknown language.
    all: Lexicon,
    // Looked up for every sentence: a fast hash (the keys are the gazetteer's own names).
    plants: FxHashMap<String, PlantRef>,
    /// Country → its plants.
    by_country: FxHashMap<String, Vec<String>>,
    /// Model → brand.
    brand_of: FxHashMap<String, String>,
    /// Brand → group.
    group_of: FxHashMap<String, String>,
}

impl Extractor {
    pub fn new(gazetteer: &Arc<Gazetteer>) -> Extractor {
        // The lexicons are embedded and checked by a test: a broken one cannot ship.
        let lexicons = lexicon::builtin().unwrap_or_default();
        let mut all = Lexicon::default();
        let mut langs: Vec<&Lang> = lexicons.keys().collect();
        langs.sort();
        for lang in langs {
            all.merge(&lexicons[lang]);
        }
        let mut plants = FxHashMap::default();
        let mut by_country: FxHashMap<String, Vec<String>> = FxHashMap::default();
        let mut brand_of = FxHashMap::default();
        let mut group_of = FxHashMap::default();
        for entity in gazetteer.entities() {
            let detail = |label: &str| {
                entity
                    .details
                    .iter()
                    .find(|(l, _)| *l == label)
                    .map(|(_, v)| v.clone())
            };
            match entity.kind {
                EntityKind::Plant => {
                    let country = detail("country").unwrap_or_default();
                    let brands = detail("brands")
                        .map(|b| b.split(", ").map(str::to_string).collect())
                        .unwrap_or_default();
                    by_country
                        .entry(country.clone())
                        .or_default()
                        .push(entity.name.clone());
                    let mut makers: Vec<String> = Vec::new();
                    for (_, value) in entity
                        .details
                        .iter()
                        .filter(|(l, _)| matches!(*l, "operator" | "group" | "brands"))
                    {
                        for part in value.split([',', '/', '(', ')', '&']) {
                            for id in gazetteer.resolve(None, part.trim()) {
                                let maker = gazetteer.entity(id);
                                if matches!(maker.kind, EntityKind::Brand | EntityKind::Group)
                                    && !makers.contains(&maker.name)
                                {
                                    makers.push(maker.name.clone());
                                }
                            }
                        }
                    }
                    let vehicles = entity
                        .plant
                        .as_ref()
                        .is_none_or(|p| matches!(p.kind, PlantKind::Vehicle | PlantKind::Truck));
                    plants.insert(
                        entity.name.clone(),
                        PlantRef {
                            country,
                            brands,
                            vehicles,
                            closed: entity.plant.as_ref().and_then(|p| p.closed),
                            makers,
                        },
                    );
                }
                EntityKind::Model => {
                    if let Some(brand) = detail("brand") {
                        brand_of.insert(entity.name.clone(), brand);
                    }
                }
                EntityKind::Brand => {
                    if let Some(group) = detail("group") {
                        group_of.insert(entity.name.clone(), group);
                    }
                }
                _ => {}
            }
        }
        Extractor {
            lexicons,
            all,
            plants,
            by_country,
            brand_of,
            group_of,
        }
    }

    /// The brands and groups the gazetteer says make at `plant`.
    fn makers_of(&self, plant: &str) -> &[String] {
        self.plants.get(plant).map_or(&[], |p| p.makers.as_slice())
    }

    /// Whether the gazetteer names `brand` (or its group) among the makers of `plant`.
    fn makes(&self, plant: &str, brand: Option<&str>) -> bool {
        let (Some(brand), Some(p)) = (brand, self.plants.get(plant)) else {
            return false;
        };
        let group = self.group_of.get(brand);
        p.makers
            .iter()
            .any(|m| m == brand || group.is_some_and(|g| g == m))
    }

    /// Whether a subject of `brand` may be built at `plant` by the gazetteer's account: the
    /// plant's operator, group or brands include the brand or its group, or the gazetteer
    /// names none of them (or the brand is unknown).
    fn fits(&self, plant: &str, brand: Option<&str>) -> bool {
        let (Some(brand), Some(p)) = (brand, self.plants.get(plant)) else {
            return true;
        };
        p.makers.is_empty() || self.makes(plant, Some(brand))
    }

    /// The country of a plant, as the gazetteer gives it.
    pub fn plant_country(&self, plant: &str) -> Option<&str> {
        self.plants.get(plant).map(|p| p.country.as_str())
    }

    /// The brand of a subject: itself, or the model's brand.
    fn brand_of_subject<'s>(&'s self, s: &extract::Subject<'s>) -> Option<&'s str> {
        match s.kind {
            SubjectKind::Model => self.brand_of.get(s.name).map(String::as_str),
            SubjectKind::Brand => Some(s.name),
        }
    }

    /// Whether a plant assembles vehicles: an engine or battery plant builds no model.
    fn makes_vehicles(&self, plant: &str) -> bool {
        self.plants.get(plant).is_none_or(|p| p.vehicles)
    }

    /// Whether a plant had closed before `year` (per the gazetteer).
    fn closed_before(&self, plant: &str, year: i32) -> bool {
        self.plants
            .get(plant)
            .and_then(|p| p.closed)
            .is_some_and(|closed| closed < year)
    }

    /// Whether the gazetteer allows `brand` at `plant`: yes when it lists no brands there.
    fn may_build(&self, plant: &str, brand: &str) -> bool {
        self.plants
            .get(plant)
            .is_none_or(|p| p.brands.is_empty() || p.brands.iter().any(|b| b == brand))
    }

    /// The only plant in `country` that builds the subject's brand (per the gazetteer).
    fn only_plant_in(&self, country: &str, s: &extract::Subject) -> Option<&str> {
        let brand = self.brand_of_subject(s)?;
        let mut builders = self.by_country.get(country)?.iter().filter(|p| {
            self.plants
                .get(*p)
                .is_some_and(|r| r.brands.iter().any(|b| b == brand))
        });
        match (builders.next(), builders.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    fn lexicon(&self, lang: Lang) -> &Lexicon {
        self.lexicons.get(&lang).unwrap_or(&self.all)
    }

    /// The facts of an annotated article (its `mentions` filled), in body order.
    pub fn extract(&self, article: &Article) -> Vec<Fact> {
        extract::extract(self, article)
    }
}
