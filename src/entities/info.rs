//! Typed facts that entities carry beyond their names: a plant's site (city, operator, what it
//! makes, the years it opened and closed, coordinates, brands built) and a brand's dated group
//! membership (Opel: GM until 2017, PSA until 2021-01-16, Stellantis since). Shared with the
//! build script like `source.rs`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::source::{Entity, EntityId};

/// What a plant makes; a plant without `kind` assembles vehicles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlantKind {
    #[default]
    Vehicle,
    Engine,
    Battery,
    Truck,
    Components,
}

impl PlantKind {
    pub const ALL: [PlantKind; 5] = [
        PlantKind::Vehicle,
        PlantKind::Engine,
        PlantKind::Battery,
        PlantKind::Truck,
        PlantKind::Components,
    ];

    /// The lowercase name, as written in gazetteer files.
    pub fn as_str(self) -> &'static str {
        match self {
            PlantKind::Vehicle => "vehicle",
            PlantKind::Engine => "engine",
            PlantKind::Battery => "battery",
            PlantKind::Truck => "truck",
            PlantKind::Components => "components",
        }
    }
}

/// Whether a plant still works. Without `status` a plant with a `closed` year is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlantStatus {
    #[default]
    Active,
    Closed,
}

impl PlantStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlantStatus::Active => "active",
            PlantStatus::Closed => "closed",
        }
    }
}

/// The site facts of a plant. References to other entities are ids; a brand or group name a
/// plant entry gives that the gazetteer does not know is left out here (it still shows in the
/// entity's details), so that files written before these fields keep loading.
#[derive(Debug, Clone, PartialEq)]
pub struct PlantInfo {
    pub city: Option<String>,
    /// The country entity (always known: an unknown country is an error).
    pub country: EntityId,
    /// Who runs it, as written (`PSMA Rus (Stellantis / Mitsubishi)`).
    pub operator: Option<String>,
    pub group: Option<EntityId>,
    pub kind: PlantKind,
    pub status: PlantStatus,
    /// Year production started.
    pub opened: Option<i32>,
    /// Year production ended (or is announced to end).
    pub closed: Option<i32>,
    /// Degrees, WGS 84; both or neither, checked finite and in range when read.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Brands built there, in the order the entry lists them.
    pub brands: Vec<EntityId>,
}

// Coordinates are finite (checked when read), so equality is reflexive.
impl Eq for PlantInfo {}

impl PlantInfo {
    /// Latitude and longitude, if the entry gives them.
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lon)
    }

    /// Whether the plant produced in `year` (unknown years count as producing).
    pub fn active_in(&self, year: i32) -> bool {
        self.opened.is_none_or(|o| o <= year) && self.closed.is_none_or(|c| year <= c)
    }
}

/// One period of a brand's group membership: `from` inclusive, `until` exclusive (the day the
/// next owner took over), either end open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GroupSpan {
    pub group: EntityId,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl GroupSpan {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }
}

impl Entity {
    /// The group this brand belonged to on `date`: the span of its history that covers the
    /// date; with no span covering it, the current group if the date is after the whole
    /// history (or there is none), else none (the brand was independent then).
    pub fn group_on(&self, date: NaiveDate) -> Option<EntityId> {
        if let Some(span) = self.group_history.iter().find(|s| s.covers(date)) {
            return Some(span.group);
        }
        let after_history = self
            .group_history
            .iter()
            .all(|s| s.until.is_some_and(|u| u <= date));
        if after_history { self.group } else { None }
    }
}

/// A date as written in a gazetteer file: `"2021-01-16"`, `"2021-01"`, `"2021"`, `2021` or
/// a TOML date (`2021-01-16`, unquoted). A year or month alone means its first day.
pub fn parse_date(value: &toml::Value) -> Option<NaiveDate> {
    match value {
        toml::Value::Integer(year) => NaiveDate::from_ymd_opt(i32::try_from(*year).ok()?, 1, 1),
        toml::Value::String(text) => parse_date_text(text),
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }
        _ => None,
    }
}

fn parse_date_text(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next().map_or(Ok(1), str::parse).ok()?;
    let day: u32 = parts.next().map_or(Ok(1), str::parse).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Days since 0001-01-01 (CE day 1), the compiled form of a date.
pub fn date_to_days(date: NaiveDate) -> i32 {
    date.num_days_from_ce()
}

pub fn date_from_days(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn dates_in_every_written_form() {
        let parse = |s: &str| {
            let v: toml::Table = toml::from_str(&format!("d = {s}")).unwrap_or_default();
            v.get("d").and_then(parse_date)
        };
        assert_eq!(parse("\"2021-01-16\""), Some(date(2021, 1, 16)));
        assert_eq!(parse("2021-01-16"), Some(date(2021, 1, 16)));
        assert_eq!(parse("\"2021-03\""), Some(date(2021, 3, 1)));
        assert_eq!(parse("\"1998\""), Some(date(1998, 1, 1)));
        assert_eq!(parse("1998"), Some(date(1998, 1, 1)));
        assert_eq!(parse("\"2021-02-30\""), None);
        assert_eq!(parse("\"soon\""), None);
        assert_eq!(parse("1.5"), None);
        let d = date(2021, 1, 16);
        assert_eq!(date_from_days(date_to_days(d)), Some(d));
    }

    #[test]
    fn a_span_holds_from_its_first_day_until_the_day_before_its_end() {
        let span = GroupSpan {
            group: 0,
            from: Some(date(1998, 11, 17)),
            until: Some(date(2007, 8, 3)),
        };
        assert!(!span.covers(date(1998, 11, 16)));
        assert!(span.covers(date(1998, 11, 17)));
        assert!(span.covers(date(2007, 8, 2)));
        assert!(!span.covers(date(2007, 8, 3)));
    }

    #[test]
    fn a_plant_is_active_between_its_years() {
        let plant = PlantInfo {
            city: None,
            country: 0,
            operator: None,
            group: None,
            kind: PlantKind::Vehicle,
            status: PlantStatus::Closed,
            opened: Some(1905),
            closed: Some(2016),
            lat: None,
            lon: None,
            brands: Vec::new(),
        };
        assert!(plant.active_in(1905) && plant.active_in(2016));
        assert!(!plant.active_in(1904) && !plant.active_in(2017));
        assert_eq!(plant.coordinates(), None);
    }
}
