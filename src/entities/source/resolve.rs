//! Entries resolved into entities: names and aliases into forms, brands into their groups over time, plants into their info, references checked (an unknown name is an error at its line).

use super::*;

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
        let mut forms = capitalised_country_forms(&c.name, &c.aliases);
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
    // "Volvo FH16" for Volvo Trucks' FH16: an alias that opens with the name of the maker its
    // brand is part of (a brand named by the start of its own name) is a full name, no bare one.
    let brand_spellings: HashSet<String> = brand_forms.keys().cloned().collect();
    let opens_with_its_parent = |folded: &str, brand: &str| {
        folded.match_indices(' ').any(|(i, _)| {
            let parent = &folded[..i];
            brand.len() > parent.len()
                && brand.starts_with(parent)
                && brand.as_bytes()[parent.len()] == b' '
                && brand_spellings.contains(parent)
        })
    };
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
            let folded = fold_str(name);
            if opens_with_its_parent(&folded, &fold_str(&m.brand)) {
                forms.push(Form::plain(folded));
                continue;
            }
            if bare_allowed(name) && !m.brand_only && !plant_words.contains(&folded) {
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
        forms.extend(p.near_places.iter().map(|place| Form {
            place: true,
            near: true,
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
    pub(super) fn new(kind: EntityKind, name: &str, forms: Vec<Form>) -> Entity {
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
pub(super) struct Resolver {
    entities: Vec<Entity>,
    index: HashMap<(EntityKind, String), EntityId>,
}

impl Resolver {
    pub(super) fn add(&mut self, entity: Entity) -> EntityId {
        let id = self.entities.len();
        self.index.insert((entity.kind, fold_str(&entity.name)), id);
        self.entities.push(entity);
        id
    }

    pub(super) fn find(&self, kind: EntityKind, name: &str) -> Option<EntityId> {
        self.index.get(&(kind, fold_str(name))).copied()
    }

    /// One period of a brand's history: its group must exist, its dates must be dates.
    pub(super) fn span(
        &self,
        b: &Sourced<BrandEntry>,
        h: &HistoryEntry,
    ) -> Result<GroupSpan, GazetteerError> {
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
    pub(super) fn plant_info(
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

pub(super) fn reference(
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

pub(super) fn invalid(
    origin: &Origin,
    kind: &'static str,
    name: &str,
    message: String,
) -> GazetteerError {
    GazetteerError::Invalid {
        path: origin.path.clone(),
        line: origin.line,
        kind,
        name: name.to_string(),
        message,
    }
}

/// A country's name and aliases as forms. Country names are capitalised in every language
/// that has capitals; written in lowercase, the same letters are another language's word
/// ("estén" for German "Esten", "gana" for Spanish "Gana", Dutch "indien" for German
/// "Indien", "grenades", "la reunión"): a form only ever spelt with a capital is `common`,
/// and must be written with one. One spelt in lowercase too (an adjective: "russe",
/// "kinesiska") matches in any case.
fn capitalised_country_forms(name: &str, aliases: &[String]) -> FormSet {
    let mut capital_only: HashMap<String, bool> = HashMap::new();
    let texts: Vec<&str> = std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .collect();
    for text in &texts {
        let capital = text.chars().next().is_some_and(char::is_uppercase);
        *capital_only.entry(fold_str(text)).or_insert(true) &= capital;
    }
    let mut set = FormSet::default();
    for text in texts {
        let folded = fold_str(text);
        let common = capital_only.get(&folded).copied().unwrap_or(false);
        set.push(Form {
            common,
            ..Form::plain(folded)
        });
    }
    set
}
