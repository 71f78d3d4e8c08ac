//! The gazetteer's source: the TOML entry types, how files add and override entries, and how
//! entries resolve into [`Entity`]s. Shared with the build script (`build.rs`), which compiles
//! the embedded files with this very code; the runtime uses it for `--gazetteer` files.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::EntityKind;
use super::fold::{fold_str, is_unspaced_script, strip_accents};
use super::info::{GroupSpan, PlantInfo, PlantKind, PlantStatus, parse_date};

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

/// Resolve entries into entities: forms folded, references between entries checked and
/// turned into ids, the exact-case rules applied.
pub fn resolve(e: Entries) -> Result<Vec<Entity>, GazetteerError> {
    let mut r = Resolver::default();
    for (_, g) in &e.groups {
        let mut forms = FormSet::plain(&g.name, g.aliases.iter().chain(&g.predecessors));
        forms.extend(cased_forms(&g.cased));
        let mut entity = Entity::new(EntityKind::Group, &g.name, forms.into_vec());
        entity.ambiguous = g.ambiguous;
        if !g.predecessors.is_empty() {
            entity
                .details
                .push(("predecessors", g.predecessors.join(", ")));
        }
        if let Some(c) = &g.country {
            entity.details.push(("country", c.clone()));
        }
        r.add(entity);
    }
    for (_, c) in &e.countries {
        let mut forms = FormSet::plain(&c.name, c.aliases.iter());
        forms.extend(cased_forms(&c.cased));
        let mut entity = Entity::new(EntityKind::Country, &c.name, forms.into_vec());
        entity.details = c.iso.iter().map(|iso| ("iso", iso.clone())).collect();
        r.add(entity);
    }
    let mut brand_forms: HashMap<String, Vec<String>> = HashMap::new();
    for (key, b) in &e.brands {
        let mut entity = Entity::new(EntityKind::Brand, &b.name, Vec::new());
        if let Some(group) = &b.group {
            let id = r
                .find(EntityKind::Group, group)
                .ok_or_else(|| reference(&b.origin, "brand", &b.name, EntityKind::Group, group))?;
            entity.implies.push(id);
            entity.group = Some(id);
            entity.details.push(("group", group.clone()));
        }
        let mut forms = if b.ambiguous {
            FormSet::default()
        } else {
            FormSet::plain(&b.name, b.aliases.iter())
        };
        forms.extend(cased_forms(&b.cased));
        entity.forms = forms.into_vec();
        entity.ambiguous = b.ambiguous;
        if let Some(c) = &b.country {
            entity.details.push(("country", c.clone()));
        }
        for span in &b.history {
            entity.group_history.push(r.span(b, span)?);
        }
        let mut spellings = vec![b.name.clone()];
        spellings.extend(b.aliases.iter().cloned());
        spellings.extend(b.cased.iter().cloned());
        brand_forms.insert(key.clone(), spellings);
        r.add(entity);
    }
    // A plant's own name or place alone is the plant, not a car named after it ("Torslanda",
    // "Mirafiori", "Köln", "Oxford", "Warszawa"): those models keep only their full
    // "brand name" forms.
    let plant_words: std::collections::HashSet<String> = (&e.plants)
        .into_iter()
        .flat_map(|(_, p)| std::iter::once(&p.name).chain(&p.aliases).chain(&p.places))
        .map(|n| fold_str(n))
        .collect();
    for (_, m) in &e.models {
        let brand_id = r
            .find(EntityKind::Brand, &m.brand)
            .ok_or_else(|| reference(&m.origin, "model", &m.name, EntityKind::Brand, &m.brand))?;
        let brand_name = r.entities[brand_id].name.clone();
        let names: Vec<&String> = std::iter::once(&m.name).chain(&m.aliases).collect();
        let mut forms = FormSet::default();
        let no_spellings = Vec::new();
        let spellings = brand_forms
            .get(&fold_str(&m.brand))
            .unwrap_or(&no_spellings);
        for brand in spellings {
            for name in &names {
                forms.push(Form::plain(fold_str(&format!("{brand} {name}"))));
            }
        }
        for name in &names {
            if bare_allowed(name) && !m.brand_only && !plant_words.contains(&fold_str(name)) {
                // Short all-letter names ("IS", "ES", "Ka") are words in some language:
                // alone, they must be written as the maker writes them.
                let short_word = name.chars().count() <= 3 && name.chars().all(char::is_alphabetic);
                // A name that folding shortens ("Poer" folds to Portuguese "por", "Fuego" to
                // "fugo") must be written as the maker writes it too.
                let refolded = name.chars().all(char::is_alphabetic)
                    && fold_str(name) != strip_accents(name).to_lowercase();
                let common = m.common || short_word || refolded;
                forms.push(Form {
                    cased: common.then(|| strip_accents(name)),
                    bare: true,
                    common,
                    ..Form::plain(fold_str(name))
                });
            }
        }
        let name = format!("{brand_name} {}", m.name);
        let mut entity = Entity::new(EntityKind::Model, &name, forms.into_vec());
        entity.implies = vec![brand_id];
        entity.details = vec![("brand", brand_name)];
        r.add(entity);
    }
    for (_, p) in &e.plants {
        let country = r.find(EntityKind::Country, &p.country).ok_or_else(|| {
            reference(&p.origin, "plant", &p.name, EntityKind::Country, &p.country)
        })?;
        let mut forms = FormSet::plain(&p.name, p.aliases.iter());
        forms.extend(cased_forms(&p.cased));
        forms.extend(p.places.iter().map(|place| Form {
            place: true,
            ..Form::plain(fold_str(place))
        }));
        // A name that is also listed as a place ("Zaragoza", "Busan") is the place's name:
        // it needs the context a place needs.
        let mut forms = forms.into_vec();
        let places: HashSet<String> = forms
            .iter()
            .filter(|f| f.place)
            .map(|f| f.folded.clone())
            .collect();
        forms.retain(|f| f.place || f.cased.is_some() || !places.contains(&f.folded));
        let mut entity = Entity::new(EntityKind::Plant, &p.name, forms);
        for (label, value) in [
            ("city", &p.city),
            ("operator", &p.operator),
            ("group", &p.group),
        ] {
            if let Some(v) = value {
                entity.details.push((label, v.clone()));
            }
        }
        entity.details.push(("country", p.country.clone()));
        if !p.brands.is_empty() {
            entity.details.push(("brands", p.brands.join(", ")));
        }
        entity.implies = vec![country];
        entity.plant = Some(r.plant_info(p, country)?);
        r.add(entity);
    }
    let mut entities = r.entities;
    drop_forms_of_ambiguous_brands(&mut entities);
    for entity in &mut entities {
        cased_wins(&mut entity.forms);
        places_win(&mut entity.forms);
    }
    Ok(entities)
}

impl Entity {
    fn new(kind: EntityKind, name: &str, forms: Vec<Form>) -> Entity {
        Entity {
            kind,
            name: name.to_string(),
            forms,
            ambiguous: false,
            implies: Vec::new(),
            details: Vec::new(),
            group: None,
            group_history: Vec::new(),
            plant: None,
        }
    }
}

/// The entities resolved so far, with an index by kind and folded name.
#[derive(Default)]
struct Resolver {
    entities: Vec<Entity>,
    index: HashMap<(EntityKind, String), EntityId>,
}

impl Resolver {
    fn add(&mut self, entity: Entity) -> EntityId {
        let id = self.entities.len();
        self.index.insert((entity.kind, fold_str(&entity.name)), id);
        self.entities.push(entity);
        id
    }

    fn find(&self, kind: EntityKind, name: &str) -> Option<EntityId> {
        self.index.get(&(kind, fold_str(name))).copied()
    }

    /// One period of a brand's history: its group must exist, its dates must be dates.
    fn span(&self, b: &Sourced<BrandEntry>, h: &HistoryEntry) -> Result<GroupSpan, GazetteerError> {
        let group = self
            .find(EntityKind::Group, &h.group)
            .ok_or_else(|| reference(&b.origin, "brand", &b.name, EntityKind::Group, &h.group))?;
        let date = |value: &Option<toml::Value>, which: &str| match value {
            None => Ok(None),
            Some(v) => parse_date(v).map(Some).ok_or_else(|| {
                invalid(
                    &b.origin,
                    "brand",
                    &b.name,
                    format!(
                        "history `{which}` of {} is not a date (YYYY-MM-DD): {v}",
                        h.group
                    ),
                )
            }),
        };
        let from = date(&h.from, "from")?;
        let until = date(&h.until, "until")?;
        if let (Some(f), Some(u)) = (from, until)
            && f > u
        {
            let message = format!("history with {} ends ({u}) before it starts ({f})", h.group);
            return Err(invalid(&b.origin, "brand", &b.name, message));
        }
        Ok(GroupSpan { group, from, until })
    }

    /// A plant's site facts, checked: coordinates both or neither and on the globe, years
    /// in order. Brand and group names it does not know are left out (see [`PlantInfo`]).
    fn plant_info(
        &self,
        p: &Sourced<PlantEntry>,
        country: EntityId,
    ) -> Result<PlantInfo, GazetteerError> {
        let bad = |message: String| invalid(&p.origin, "plant", &p.name, message);
        match (p.lat, p.lon) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    return Err(bad(format!("coordinates {lat}, {lon} are off the globe")));
                }
            }
            (None, None) => {}
            _ => return Err(bad("give both `lat` and `lon`, or neither".to_string())),
        }
        if let (Some(o), Some(c)) = (p.opened, p.closed)
            && o > c
        {
            return Err(bad(format!("closed ({c}) before it opened ({o})")));
        }
        let status = p.status.unwrap_or(if p.closed.is_some() {
            PlantStatus::Closed
        } else {
            PlantStatus::Active
        });
        Ok(PlantInfo {
            city: p.city.clone(),
            country,
            operator: p.operator.clone(),
            group: p
                .group
                .as_ref()
                .and_then(|g| self.find(EntityKind::Group, g)),
            kind: p.kind.unwrap_or_default(),
            status,
            opened: p.opened,
            closed: p.closed,
            lat: p.lat,
            lon: p.lon,
            brands: p
                .brands
                .iter()
                .filter_map(|b| self.find(EntityKind::Brand, b))
                .collect(),
        })
    }
}

fn reference(
    origin: &Origin,
    kind: &'static str,
    name: &str,
    target: EntityKind,
    target_name: &str,
) -> GazetteerError {
    GazetteerError::Reference {
        path: origin.path.clone(),
        line: origin.line,
        kind,
        name: name.to_string(),
        target: target.as_str(),
        target_name: target_name.to_string(),
    }
}

fn invalid(origin: &Origin, kind: &'static str, name: &str, message: String) -> GazetteerError {
    GazetteerError::Invalid {
        path: origin.path.clone(),
        line: origin.line,
        kind,
        name: name.to_string(),
        message,
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

/// A group named like an ambiguous brand (Ford, Tesla) would fire on the surname the brand
/// rules reject; its plain forms go, and the brand implies the group instead.
fn drop_forms_of_ambiguous_brands(entities: &mut [Entity]) {
    let ambiguous: HashSet<String> = entities
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

/// An entity's forms in the order given, each once: a set beside the list keeps adding
/// linear (a list search made an entity with 50,000 aliases take seconds).
#[derive(Default)]
struct FormSet {
    forms: Vec<Form>,
    seen: HashSet<Form>,
}

impl FormSet {
    /// The name and aliases as forms with no special rule.
    fn plain<'a>(name: &'a str, aliases: impl Iterator<Item = &'a String>) -> FormSet {
        let mut set = FormSet::default();
        for text in std::iter::once(name).chain(aliases.map(String::as_str)) {
            set.push(Form::plain(fold_str(text)));
        }
        set
    }

    fn push(&mut self, form: Form) {
        if !form.folded.is_empty() && !self.seen.contains(&form) {
            self.seen.insert(form.clone());
            self.forms.push(form);
        }
    }

    fn extend(&mut self, forms: impl IntoIterator<Item = Form>) {
        for form in forms {
            self.push(form);
        }
    }

    fn into_vec(self) -> Vec<Form> {
        self.forms
    }
}

fn cased_forms(cased: &[String]) -> impl Iterator<Item = Form> + '_ {
    cased.iter().map(|text| Form {
        cased: Some(strip_accents(text)),
        ..Form::plain(fold_str(text))
    })
}

/// A name listed among the exact-case forms is exact-case only: its plain form goes.
fn cased_wins(forms: &mut Vec<Form>) {
    let cased: HashSet<String> = forms
        .iter()
        .filter(|f| f.cased.is_some() && !f.bare)
        .map(|f| f.folded.clone())
        .collect();
    forms.retain(|f| f.cased.is_some() || !cased.contains(&f.folded));
}

/// A name listed among a plant's places is a place only (it needs context), even if it is
/// also the plant's name or an alias: its firm form goes.
fn places_win(forms: &mut Vec<Form>) {
    let places: HashSet<String> = forms
        .iter()
        .filter(|f| f.place)
        .map(|f| f.folded.clone())
        .collect();
    if !places.is_empty() {
        forms.retain(|f| f.place || f.cased.is_some() || !places.contains(&f.folded));
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

#[cfg(test)]
#[path = "source_tests.rs"]
mod tests;
