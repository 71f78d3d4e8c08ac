//! The gazetteer's source: the TOML entry types, how files add and override entries, and how
//! entries resolve into [`Entity`]s. Shared with the build script (`build.rs`), which compiles
//! the embedded files with this very code; the runtime uses it for `--gazetteer` files.

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use super::EntityKind;
use super::fold::{fold_str, strip_accents};

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
}

/// How one written form of an entity may match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The folded pattern searched for.
    pub folded: String,
    /// For ambiguous words: the exact-case spelling (accents stripped) the text must have.
    pub cased: Option<String>,
    /// A model's name without its brand: only counts when the brand is in the article.
    pub bare: bool,
    /// A model name that is an ordinary word: bare, it only counts capitalised.
    pub common: bool,
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
        for g in data.group.into_iter().map(|e| sourced(e, path, text)) {
            upsert(&mut self.groups, fold_str(&g.name), g);
        }
        for b in data.brand.into_iter().map(|e| sourced(e, path, text)) {
            upsert(&mut self.brands, fold_str(&b.name), b);
        }
        for m in data.model.into_iter().map(|e| sourced(e, path, text)) {
            let key = fold_str(&format!("{} {}", m.brand, m.name));
            upsert(&mut self.models, key, m);
        }
        for c in data.country.into_iter().map(|e| sourced(e, path, text)) {
            upsert(&mut self.countries, fold_str(&c.name), c);
        }
        for p in data.plant.into_iter().map(|e| sourced(e, path, text)) {
            upsert(&mut self.plants, fold_str(&p.name), p);
        }
        Ok(())
    }
}

/// An entry with the file and line it starts on.
fn sourced<T>(spanned: Spanned<T>, path: &str, text: &str) -> Sourced<T> {
    // Bytes, not a str slice: a span that is not on a character boundary must not panic.
    let before = &text.as_bytes()[..spanned.span().start.min(text.len())];
    Sourced {
        origin: Origin {
            path: path.to_string(),
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
        },
        entry: spanned.into_inner(),
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

/// Resolve entries into entities: forms folded, references between entries checked and
/// turned into ids, the exact-case rules applied.
pub fn resolve(e: Entries) -> Result<Vec<Entity>, GazetteerError> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<(EntityKind, String), EntityId> = HashMap::new();
    fn add(
        entity: Entity,
        entities: &mut Vec<Entity>,
        index: &mut HashMap<(EntityKind, String), EntityId>,
    ) -> EntityId {
        let id = entities.len();
        index.insert((entity.kind, fold_str(&entity.name)), id);
        entities.push(entity);
        id
    }
    for (_, g) in &e.groups {
        let mut forms = plain_forms(&g.name, g.aliases.iter().chain(&g.predecessors));
        forms.extend(cased_forms(&g.cased));
        let mut details = Vec::new();
        if !g.predecessors.is_empty() {
            details.push(("predecessors", g.predecessors.join(", ")));
        }
        if let Some(c) = &g.country {
            details.push(("country", c.clone()));
        }
        let entity = Entity {
            kind: EntityKind::Group,
            name: g.name.clone(),
            forms,
            ambiguous: g.ambiguous,
            implies: Vec::new(),
            details,
        };
        add(entity, &mut entities, &mut index);
    }
    for (_, c) in &e.countries {
        let mut forms = plain_forms(&c.name, c.aliases.iter());
        forms.extend(cased_forms(&c.cased));
        let details = c.iso.iter().map(|iso| ("iso", iso.clone())).collect();
        let entity = Entity {
            kind: EntityKind::Country,
            name: c.name.clone(),
            forms,
            ambiguous: false,
            implies: Vec::new(),
            details,
        };
        add(entity, &mut entities, &mut index);
    }
    let lookup = |index: &HashMap<(EntityKind, String), EntityId>, kind: EntityKind, name: &str| {
        index.get(&(kind, fold_str(name))).copied()
    };
    let reference =
        |origin: &Origin, kind: &'static str, name: &str, target: EntityKind, target_name: &str| {
            GazetteerError::Reference {
                path: origin.path.clone(),
                line: origin.line,
                kind,
                name: name.to_string(),
                target: target.as_str(),
                target_name: target_name.to_string(),
            }
        };
    let mut brand_forms: HashMap<String, Vec<String>> = HashMap::new();
    for (key, b) in &e.brands {
        let mut implies = Vec::new();
        if let Some(group) = &b.group {
            let id = lookup(&index, EntityKind::Group, group)
                .ok_or_else(|| reference(&b.origin, "brand", &b.name, EntityKind::Group, group))?;
            implies.push(id);
        }
        let mut forms = if b.ambiguous {
            Vec::new()
        } else {
            plain_forms(&b.name, b.aliases.iter())
        };
        forms.extend(cased_forms(&b.cased));
        let mut details: Vec<(&'static str, String)> =
            b.group.iter().map(|g| ("group", g.clone())).collect();
        if let Some(c) = &b.country {
            details.push(("country", c.clone()));
        }
        let mut spellings = vec![b.name.clone()];
        spellings.extend(b.aliases.iter().cloned());
        spellings.extend(b.cased.iter().cloned());
        brand_forms.insert(key.clone(), spellings);
        let entity = Entity {
            kind: EntityKind::Brand,
            name: b.name.clone(),
            forms,
            ambiguous: b.ambiguous,
            implies,
            details,
        };
        add(entity, &mut entities, &mut index);
    }
    for (_, m) in &e.models {
        let brand_id = lookup(&index, EntityKind::Brand, &m.brand)
            .ok_or_else(|| reference(&m.origin, "model", &m.name, EntityKind::Brand, &m.brand))?;
        let brand_name = entities[brand_id].name.clone();
        let names: Vec<&String> = std::iter::once(&m.name).chain(&m.aliases).collect();
        let mut forms = Vec::new();
        let spellings = brand_forms
            .get(&fold_str(&m.brand))
            .cloned()
            .unwrap_or_default();
        for brand in &spellings {
            for name in &names {
                push_form(
                    &mut forms,
                    Form {
                        folded: fold_str(&format!("{brand} {name}")),
                        cased: None,
                        bare: false,
                        common: false,
                    },
                );
            }
        }
        for name in &names {
            if bare_allowed(name) {
                // Short all-letter names ("IS", "ES", "Ka") are words in some language:
                // alone, they must be written as the maker writes them.
                let short_word = name.chars().count() <= 3 && name.chars().all(char::is_alphabetic);
                let common = m.common || short_word;
                push_form(
                    &mut forms,
                    Form {
                        folded: fold_str(name),
                        cased: common.then(|| strip_accents(name)),
                        bare: true,
                        common,
                    },
                );
            }
        }
        let entity = Entity {
            kind: EntityKind::Model,
            name: format!("{brand_name} {}", m.name),
            forms,
            ambiguous: false,
            implies: vec![brand_id],
            details: vec![("brand", brand_name)],
        };
        add(entity, &mut entities, &mut index);
    }
    for (_, p) in &e.plants {
        let country = lookup(&index, EntityKind::Country, &p.country).ok_or_else(|| {
            reference(&p.origin, "plant", &p.name, EntityKind::Country, &p.country)
        })?;
        let mut forms = plain_forms(&p.name, p.aliases.iter());
        forms.extend(cased_forms(&p.cased));
        let mut details = Vec::new();
        for (label, value) in [
            ("city", &p.city),
            ("operator", &p.operator),
            ("group", &p.group),
        ] {
            if let Some(v) = value {
                details.push((label, v.clone()));
            }
        }
        details.push(("country", p.country.clone()));
        if !p.brands.is_empty() {
            details.push(("brands", p.brands.join(", ")));
        }
        let entity = Entity {
            kind: EntityKind::Plant,
            name: p.name.clone(),
            forms,
            ambiguous: false,
            implies: vec![country],
            details,
        };
        add(entity, &mut entities, &mut index);
    }
    drop_forms_of_ambiguous_brands(&mut entities);
    for entity in &mut entities {
        cased_wins(&mut entity.forms);
    }
    Ok(entities)
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

/// A group named like an ambiguous brand (Ford, Tesla) would fire on the surname the brand
/// rules reject; its plain forms go, and the brand implies the group instead.
fn drop_forms_of_ambiguous_brands(entities: &mut [Entity]) {
    let ambiguous: std::collections::HashSet<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Brand && e.ambiguous)
        .flat_map(|e| {
            std::iter::once(fold_str(&e.name)).chain(e.forms.iter().map(|f| f.folded.clone()))
        })
        .collect();
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Group) {
        entity
            .forms
            .retain(|f| f.cased.is_some() || !ambiguous.contains(&f.folded));
    }
}

fn plain_forms<'a>(name: &'a str, aliases: impl Iterator<Item = &'a String>) -> Vec<Form> {
    let mut forms = Vec::new();
    for text in std::iter::once(name).chain(aliases.map(String::as_str)) {
        push_form(
            &mut forms,
            Form {
                folded: fold_str(text),
                cased: None,
                bare: false,
                common: false,
            },
        );
    }
    forms
}

fn cased_forms(cased: &[String]) -> Vec<Form> {
    cased
        .iter()
        .map(|text| Form {
            folded: fold_str(text),
            cased: Some(strip_accents(text)),
            bare: false,
            common: false,
        })
        .collect()
}

/// A name listed among the exact-case forms is exact-case only: its plain form goes.
fn cased_wins(forms: &mut Vec<Form>) {
    let cased: Vec<String> = forms
        .iter()
        .filter(|f| f.cased.is_some() && !f.bare)
        .map(|f| f.folded.clone())
        .collect();
    forms.retain(|f| f.cased.is_some() || !cased.contains(&f.folded));
}

fn push_form(forms: &mut Vec<Form>, form: Form) {
    if !form.folded.is_empty() && !forms.contains(&form) {
        forms.push(form);
    }
}

/// A model name may stand alone (with its brand elsewhere in the article) unless it is too
/// short to mean anything: single characters, and numbers of fewer than three digits.
fn bare_allowed(name: &str) -> bool {
    let n = name.chars().count();
    if name.chars().all(|c| c.is_ascii_digit()) {
        n >= 3
    } else {
        n >= 2
    }
}
