//! The gazetteer's source: the TOML entry types, how files add and override entries, and how
//! entries resolve into [`Entity`]s. Shared with the build script (`build.rs`), which compiles
//! the embedded files with this very code; the runtime uses it for `--gazetteer` files.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::EntityKind;
use super::fold::{fold_str, is_unspaced_script, strip_accents};
use super::info::{GroupSpan, PlantInfo, PlantKind, PlantStatus, parse_date};

mod forms;
mod resolve;
use forms::*;
pub use resolve::resolve;

/// Index of an entity in the gazetteer's list of entities.
pub type EntityId = usize;

/// A gazetteer file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The io error is part of the message, not a `source`: error chains would print it twice.
    #[error("{path}: cannot read: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: String, message: String },
    #[error("{path}: line {line}: {kind} \"{name}\" refers to unknown {target} \"{target_name}\"")]
    Reference {
        path: String,
        /// Where the entry that holds the reference starts.
        line: usize,
        kind: &'static str,
        name: String,
        target: &'static str,
        target_name: String,
    },
    #[error("{path}: line {line}: {kind} \"{name}\": {message}")]
    Invalid {
        path: String,
        line: usize,
        kind: &'static str,
        name: String,
        message: String,
    },
}

/// How one written form of an entity may match.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Form {
    /// The folded pattern searched for.
    pub folded: String,
    /// For ambiguous words: the exact-case spelling (accents stripped) the text must have.
    pub cased: Option<String>,
    /// A model's name without its brand: only counts when the brand is in the article.
    pub bare: bool,
    /// A model name that is an ordinary word: bare, it only counts capitalised.
    pub common: bool,
    /// A plant's bare place name (its city in any language, a district): it names the plant
    /// only where the text is about cars (the matcher gates it); firm names are the others.
    pub place: bool,
    /// Written in a script without spaces (Chinese, Japanese, Korean): found without word
    /// boundaries, so inside longer words too (日产 in 日产量, "daily output").
    pub cjk: bool,
    /// A place that is a busy city's name (Valencia: a region, a club, a government): it names
    /// the plant only with the plant's maker written near it and production words around.
    pub near: bool,
}

impl Form {
    /// A form with no special rule.
    pub fn plain(folded: String) -> Form {
        let cjk = folded.chars().next().is_some_and(is_unspaced_script);
        Form {
            folded,
            cased: None,
            bare: false,
            common: false,
            place: false,
            cjk,
            near: false,
        }
    }
}

/// One real-world thing: a brand, group, model, country or plant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical display name.
    pub name: String,
    pub forms: Vec<Form>,
    /// A name that is also an ordinary word or a surname: needs automotive context.
    pub ambiguous: bool,
    /// Entities this one implies (brand → group, model → brand, plant → country).
    pub implies: Vec<EntityId>,
    /// Facts shown to the user: city, operator, ISO code, brands built… Labels are from
    /// [`DETAIL_LABELS`].
    pub details: Vec<(&'static str, String)>,
    /// A brand's current group (the entry's `group`), also among `implies`.
    pub group: Option<EntityId>,
    /// A brand's dated group membership, in the order written (see [`Entity::group_on`]).
    pub group_history: Vec<GroupSpan>,
    /// A plant's site facts.
    pub plant: Option<PlantInfo>,
}

/// Every label of [`Entity::details`]: the compiled gazetteer stores a label as its index here.
pub const DETAIL_LABELS: [&str; 8] = [
    "predecessors",
    "country",
    "iso",
    "group",
    "brand",
    "city",
    "operator",
    "brands",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileData {
    #[serde(default)]
    group: Vec<Spanned<GroupEntry>>,
    #[serde(default)]
    brand: Vec<Spanned<BrandEntry>>,
    #[serde(default)]
    model: Vec<Spanned<ModelEntry>>,
    #[serde(default)]
    country: Vec<Spanned<CountryEntry>>,
    #[serde(default)]
    plant: Vec<Spanned<PlantEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    predecessors: Vec<String>,
    #[serde(default)]
    cased: Vec<String>,
    #[serde(default)]
    ambiguous: bool,
    #[serde(default)]
    country: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    ambiguous: bool,
    #[serde(default)]
    cased: Vec<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    history: Vec<HistoryEntry>,
}

/// One period of a brand's group membership; dates as [`parse_date`] reads them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryEntry {
    group: String,
    #[serde(default)]
    from: Option<toml::Value>,
    #[serde(default)]
    until: Option<toml::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelEntry {
    brand: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    common: bool,
    /// The bare name is mostly something else (California, a state; aero, a word): only
    /// "brand name" counts.
    #[serde(default)]
    brand_only: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryEntry {
    name: String,
    #[serde(default)]
    iso: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    cased: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlantEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    cased: Vec<String>,
    #[serde(default)]
    city: Option<String>,
    country: String,
    #[serde(default)]
    operator: Option<String>,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    brands: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    /// Busy cities' names that count only beside the maker (see `Form::near`).
    #[serde(default)]
    near_places: Vec<String>,
    #[serde(default)]
    kind: Option<PlantKind>,
    #[serde(default)]
    status: Option<PlantStatus>,
    #[serde(default)]
    opened: Option<i32>,
    #[serde(default)]
    closed: Option<i32>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
}

/// Entries from every file, later files overriding earlier ones entry by entry.
#[derive(Default)]
pub struct Entries {
    groups: Keyed<Sourced<GroupEntry>>,
    brands: Keyed<Sourced<BrandEntry>>,
    models: Keyed<Sourced<ModelEntry>>,
    countries: Keyed<Sourced<CountryEntry>>,
    plants: Keyed<Sourced<PlantEntry>>,
}

/// Where an entry was written, so an error about it can send the user there.
#[derive(Debug, Clone)]
struct Origin {
    path: String,
    line: usize,
}

/// An entry and where it comes from; reads as the entry itself.
struct Sourced<T> {
    entry: T,
    origin: Origin,
}

impl<T> std::ops::Deref for Sourced<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.entry
    }
}

/// Entries in file order, each replaceable by its folded key.
struct Keyed<T> {
    list: Vec<(String, T)>,
    position: HashMap<String, usize>,
}

impl<T> Default for Keyed<T> {
    fn default() -> Self {
        Keyed {
            list: Vec::new(),
            position: HashMap::new(),
        }
    }
}

impl<'a, T> IntoIterator for &'a Keyed<T> {
    type Item = &'a (String, T);
    type IntoIter = std::slice::Iter<'a, (String, T)>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

fn upsert<T>(keyed: &mut Keyed<T>, key: String, entry: T) {
    match keyed.position.get(&key) {
        Some(&i) => keyed.list[i].1 = entry,
        None => {
            keyed.position.insert(key.clone(), keyed.list.len());
            keyed.list.push((key, entry));
        }
    }
}

impl Entries {
    /// Add the entries of one TOML file (`path` names it in errors).
    pub fn add_file(&mut self, path: &str, text: &str) -> Result<(), GazetteerError> {
        let data: FileData = toml::from_str(text).map_err(|e| GazetteerError::Parse {
            path: path.to_string(),
            message: toml_error_message(text, &e),
        })?;
        let lines = Lines::new(text);
        for g in data.group.into_iter().map(|e| lines.sourced(e, path)) {
            upsert(&mut self.groups, fold_str(&g.name), g);
        }
        for b in data.brand.into_iter().map(|e| lines.sourced(e, path)) {
            upsert(&mut self.brands, fold_str(&b.name), b);
        }
        for m in data.model.into_iter().map(|e| lines.sourced(e, path)) {
            let key = fold_str(&format!("{} {}", m.brand, m.name));
            upsert(&mut self.models, key, m);
        }
        for c in data.country.into_iter().map(|e| lines.sourced(e, path)) {
            upsert(&mut self.countries, fold_str(&c.name), c);
        }
        for p in data.plant.into_iter().map(|e| lines.sourced(e, path)) {
            upsert(&mut self.plants, fold_str(&p.name), p);
        }
        Ok(())
    }
}

/// Where each line of a file starts, so that the line of an entry is a binary search (counting
/// newlines from the top for every entry made big files quadratic: 20,000 plants took 10 s).
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&newline| newline < offset) + 1
    }

    /// An entry with the file and line it starts on.
    fn sourced<T>(&self, spanned: Spanned<T>, path: &str) -> Sourced<T> {
        Sourced {
            origin: Origin {
                path: path.to_string(),
                line: self.line(spanned.span().start),
            },
            entry: spanned.into_inner(),
        }
    }
}

/// "line N, column M: message" from a toml error.
fn toml_error_message(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().trim().to_string();
    match error.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: {message}")
        }
        None => message,
    }
}

/// Every name of every entity, folded (case rules ignored), paired with the entity and
/// sorted: the look-up table for what users type.
pub fn form_index(entities: &[Entity]) -> Vec<(String, EntityId)> {
    let mut forms: Vec<(String, EntityId)> = Vec::new();
    for (id, entity) in entities.iter().enumerate() {
        forms.push((fold_str(&entity.name), id));
        forms.extend(entity.forms.iter().map(|f| (f.folded.clone(), id)));
    }
    forms.sort_unstable();
    forms.dedup();
    forms
}

#[cfg(test)]
mod tests;
