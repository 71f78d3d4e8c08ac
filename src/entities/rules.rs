//! The matcher's rules that need the gazetteer: which forms need context (places, ambiguous
//! names, bare models), the plant a city means when it has several, the brand a bare model
//! name belongs to, case-inflected place names, and brand → group by date.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::EntityKind;
use super::context::stem;
use super::fold::fold_str;
use super::gazetteer::Gazetteer;
use super::info::PlantKind;
use super::names::is_first_name;
use super::source::{Entity, EntityId, Form};

/// How a form may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Counts wherever it is written (rules of punctuation and clubs aside).
    Firm,
    /// A model's name without its brand: only with its brand in the article.
    Bare,
    /// An ambiguous brand or group, or an exact-case one: only in a text about cars.
    Ambiguous,
    /// A plant's bare place name (its city): only in a text about cars, by other evidence.
    Place,
}

/// Every form's gate, per entity (indexed like `Entity::forms`), computed once.
pub fn gates(g: &Gazetteer, cities: &[Option<String>]) -> Vec<Vec<Gate>> {
    g.entities()
        .iter()
        .enumerate()
        .map(|(id, e)| {
            e.forms
                .iter()
                .map(|f| gate(e, f, cities[id].as_deref()))
                .collect()
        })
        .collect()
}

pub fn gate(entity: &Entity, form: &Form, city: Option<&str>) -> Gate {
    if form.bare {
        return Gate::Bare;
    }
    let short = !form.folded.contains(' ') && form.cased.is_none();
    if entity.kind == EntityKind::Plant
        && (schema::is_place(form)
            || city == Some(form.folded.as_str())
            // "LAP", "MTM": a plant's acronym needs context too, exact case or not.
            || (!form.folded.contains(' ') && form.folded.len() <= 4))
    {
        return Gate::Place;
    }
    // "VWS" (a ministry), "AMG" (a law): a brand's short acronym needs context.
    if matches!(entity.kind, EntityKind::Brand | EntityKind::Group)
        && short
        && form.folded.chars().count() <= 3
        && form.folded != fold_str(&entity.name)
    {
        return Gate::Ambiguous;
    }
    let cased_name =
        form.cased.is_some() && matches!(entity.kind, EntityKind::Brand | EntityKind::Group);
    if entity.ambiguous || cased_name || a_persons_name(entity, form) {
        return Gate::Ambiguous;
    }
    Gate::Firm
}

/// "Austin Healey" (a rugby player), "Morris Major": a two-word brand or model name that
/// starts with a given name is a person's name too, so it needs automotive context.
fn a_persons_name(entity: &Entity, form: &Form) -> bool {
    let mut words = form.folded.split(' ');
    matches!(entity.kind, EntityKind::Brand | EntityKind::Model)
        && words.next().is_some_and(is_first_name)
        && words
            .next()
            .is_some_and(|w| w.chars().all(char::is_alphabetic))
        && words.next().is_none()
}

/// Per entity: a plant's folded city, and the brands and groups that make there (its
/// operator, group and brands, as named in its details).
pub fn plant_facts(g: &Gazetteer) -> (Vec<Option<String>>, Vec<Vec<EntityId>>) {
    let mut cities = Vec::with_capacity(g.entities().len());
    let mut makers = Vec::with_capacity(g.entities().len());
    for entity in g.entities() {
        if entity.kind != EntityKind::Plant {
            cities.push(None);
            makers.push(Vec::new());
            continue;
        }
        let detail = |label: &'static str| {
            entity
                .details
                .iter()
                .filter(move |(l, _)| *l == label)
                .map(|(_, v)| v.as_str())
        };
        cities.push(detail("city").next().map(fold_str));
        let mut ids: Vec<EntityId> = entity.implies.clone();
        for value in detail("operator")
            .chain(detail("group"))
            .chain(detail("brands"))
        {
            for part in value.split([',', '/', '(', ')', '&']) {
                for id in g.resolve(None, part.trim()) {
                    let kind = g.entity(id).kind;
                    if matches!(kind, EntityKind::Brand | EntityKind::Group) && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        makers.push(ids);
    }
    (cities, makers)
}

/// `id` and everything it implies, transitively (model → brand → group, plant → country);
/// a brand's group is the one it belonged to on `date` (today's when undated).
pub fn with_implied(g: &Gazetteer, id: EntityId, date: Option<NaiveDate>, out: &mut Vec<EntityId>) {
    if out.contains(&id) {
        return;
    }
    out.push(id);
    let entity = g.entity(id);
    let dated = schema::group_on(entity, date);
    for &next in &entity.implies {
        if dated.is_some() && g.entity(next).kind == EntityKind::Group {
            continue;
        }
        with_implied(g, next, date, out);
    }
    if let Some(Some(group)) = dated {
        with_implied(g, group, date, out);
    }
}

/// The gazetteer's typed fields the rules read (places, dated groups).
mod schema {
    use super::*;

    /// A plant's bare place name (`places` in the gazetteer).
    pub fn is_place(form: &Form) -> bool {
        form.place
    }

    /// For a brand with a dated history: its group on `date` (today's when undated), which
    /// may be none (independent then); `None` for an entity without history.
    pub fn group_on(entity: &Entity, date: Option<NaiveDate>) -> Option<Option<EntityId>> {
        if entity.kind != EntityKind::Brand || entity.group_history.is_empty() {
            return None;
        }
        Some(match date {
            Some(day) => entity.group_on(day),
            None => entity.group,
        })
    }
}

/// "un Dacia Lodgy … 193'181 Lodgy": a bare model name that several brands have goes to the
/// brand written nearest to it.
pub fn nearest_brand(g: &Gazetteer, accepted: &mut [(usize, usize, Vec<EntityId>)]) {
    let brand_of = |id: EntityId| -> Option<EntityId> {
        let e = g.entity(id);
        match e.kind {
            EntityKind::Brand => Some(id),
            EntityKind::Model => e
                .implies
                .iter()
                .copied()
                .find(|&b| g.entity(b).kind == EntityKind::Brand),
            _ => None,
        }
    };
    let positions: Vec<(usize, EntityId)> = accepted
        .iter()
        .filter(|(_, _, ids)| ids.len() == 1)
        .filter_map(|(start, _, ids)| brand_of(ids[0]).map(|b| (*start, b)))
        .collect();
    for (start, _, ids) in accepted.iter_mut() {
        let models = ids
            .iter()
            .filter(|&&id| g.entity(id).kind == EntityKind::Model)
            .count();
        if models < 2 {
            continue;
        }
        let distance = |id: EntityId| {
            let brand = brand_of(id);
            positions
                .iter()
                .filter(|(_, b)| Some(*b) == brand)
                .map(|(p, _)| p.abs_diff(*start))
                .min()
                .unwrap_or(usize::MAX)
        };
        let best = ids
            .iter()
            .map(|&id| distance(id))
            .min()
            .unwrap_or(usize::MAX);
        if best < usize::MAX {
            ids.retain(|&id| g.entity(id).kind != EntityKind::Model || distance(id) == best);
        }
    }
}

/// "München", "Leipzig", "Chennai": a city with several plants means one whose operator,
/// brand or group the article names (the one listed first if it names none). Among those: a vehicle
/// plant over an engine or battery plant on the same site, then the one whose maker is
/// written nearest ("de Renault en Palencia", "Tofaş … Bursa"), then the one most wholly made
/// by named makers (Nissan alone means Nissan Aguascalientes, not the Nissan–Mercedes
/// COMPAS), then the one listed first.
pub fn plant_of_named_maker(
    g: &Gazetteer,
    makers: &[Vec<EntityId>],
    named: &[EntityId],
    text: &str,
    accepted: &mut [(usize, usize, Vec<EntityId>)],
) {
    let maker_of = |id: EntityId| -> Vec<EntityId> {
        let e = g.entity(id);
        match e.kind {
            EntityKind::Brand | EntityKind::Group => vec![id],
            EntityKind::Model => e.implies.clone(),
            _ => Vec::new(),
        }
    };
    let several = |ids: &Vec<EntityId>| {
        ids.iter()
            .filter(|&&id| g.entity(id).kind == EntityKind::Plant)
            .nth(1)
            .is_some()
    };
    if !accepted.iter().any(|(_, _, ids)| several(ids)) {
        return;
    }
    // Where each maker is written in this text (a model names its brand).
    let written: Vec<(usize, usize, EntityId)> = accepted
        .iter()
        .flat_map(|(start, end, ids)| {
            ids.iter()
                .flat_map(move |&id| maker_of(id))
                .map(move |m| (*start, *end, m))
        })
        .collect();
    for (start, end, ids) in accepted.iter_mut() {
        let plants: Vec<EntityId> = ids
            .iter()
            .copied()
            .filter(|&id| g.entity(id).kind == EntityKind::Plant)
            .collect();
        if plants.len() < 2 {
            continue;
        }
        let engine_said = engine_word_before(text, *start);
        let own = |id: EntityId| {
            makers[id]
                .iter()
                .copied()
                .filter(|&m| matches!(g.entity(m).kind, EntityKind::Brand | EntityKind::Group))
                .collect::<Vec<_>>()
        };
        let rank = |id: EntityId| {
            let own = own(id);
            let hits = own.iter().filter(|m| named.contains(m)).count();
            let kind = g
                .entity(id)
                .plant
                .as_ref()
                .map_or(PlantKind::Vehicle, |p| p.kind);
            // "fabryka silników … w Tychach": an engine word just before means the engine
            // plant; otherwise the vehicle plant on the same site.
            let vehicle = match engine_said {
                true => kind == PlantKind::Engine,
                false => kind == PlantKind::Vehicle,
            };
            // The gap between the two names; a maker written after counts double ("de
            // Renault en Bursa, y Fiat en Tychy": Bursa is Renault's).
            let distance = written
                .iter()
                .filter(|(_, _, m)| own.contains(m))
                .map(|&(s, e, _)| match e <= *start {
                    true => *start - e,
                    false => s.saturating_sub(*end).saturating_mul(2),
                })
                .min()
                .unwrap_or(usize::MAX);
            let share = hits * 1000 / own.len().max(1);
            (
                hits > 0,
                vehicle,
                std::cmp::Reverse(distance),
                share,
                std::cmp::Reverse(id),
            )
        };
        let Some(best) = plants.iter().copied().max_by_key(|&id| rank(id)) else {
            continue;
        };
        // With no maker named, the site the city's name means alone: its vehicle plant
        // listed first (the generator lists the one the press means first).
        let best = match rank(best).0 {
            true => best,
            false => plants
                .iter()
                .copied()
                .max_by_key(|&id| (rank(id).1, std::cmp::Reverse(id)))
                .unwrap_or(best),
        };
        // "TOFAŞ, Renault ve Karsan … Bursa": makers listed together before the city each
        // have their plant there.
        let listed = match rank(best).0 {
            true => listed_before(text, &written, *start),
            false => Vec::new(),
        };
        let keep = |id: EntityId| {
            id == best
                || (rank(id).0
                    && rank(id).1 == rank(best).1
                    && own(id).iter().any(|m| listed.contains(m)))
        };
        ids.retain(|&id| g.entity(id).kind != EntityKind::Plant || keep(id));
    }
}

/// An engine word ("silników", "moteurs", "engine") among the few words before `start`.
fn engine_word_before(text: &str, start: usize) -> bool {
    const ENGINE: &[&str] = &[
        "engine",
        "engines",
        "moteur",
        "moteurs",
        "motor",
        "motoren",
        "motores",
        "motori",
        "motore",
        "silnikow",
        "silnikowy",
        "silnika",
        "motoru",
        "motorov",
        "motorer",
        "motorlar",
        "motorfabrik",
        "motorenwerk",
    ];
    super::context::words_before(text, start)
        .take(6)
        .any(|w| ENGINE.contains(&w))
}

/// The makers of the list that ends nearest before `start` ("tofas renault ve karsan"): the
/// nearest maker written before, and those joined to it by nothing but a comma or "and".
fn listed_before(text: &str, written: &[(usize, usize, EntityId)], start: usize) -> Vec<EntityId> {
    const AND: &[&str] = &[
        "", "and", "und", "et", "e", "y", "i", "en", "och", "og", "a", "ve",
    ];
    let Some(&(mut from, _, nearest)) = written
        .iter()
        .filter(|&&(_, e, _)| e <= start)
        .max_by_key(|&&(_, e, _)| e)
    else {
        return Vec::new();
    };
    let mut out = vec![nearest];
    while let Some(&(s, _, m)) = written.iter().find(|&&(_, e, _)| {
        e < from
            && text
                .get(e..from)
                .is_some_and(|between| AND.contains(&between.trim()))
    }) {
        out.push(m);
        from = s;
    }
    match out.len() {
        1 => Vec::new(),
        _ => out,
    }
}

/// Plant places, countries, brands and models by the stems of their words, for languages that
/// inflect them (v Mladé Boleslavi, w Tychach, na Słowacji, Fiata 500, Lancię Ypsilon).
/// The stem a name's word is declined from: a name ending in `-u` is a foreign one the
/// Slavic languages leave undeclined (Baku, Nakatu), so only its exact form names it — or
/// "Nakata", a person, would read as an inflected "Nakatu".
fn dictionary_stem(word: &str) -> &str {
    match word.ends_with('u') {
        true => word,
        false => stem(word),
    }
}

pub struct Stems {
    /// Stem of a name's first word → (entity, form, stems of its other words, whether the
    /// first word lost an ending to make its stem).
    first: HashMap<String, Vec<StemEntry>>,
    /// A plant's one-word place name → (entity, form), for languages that glue endings to it
    /// (Kecskemétre, Győrött, debreceni).
    places: HashMap<String, Vec<(EntityId, usize)>>,
}

/// (entity, form, stems of the name's other words, whether its first word lost an ending).
type StemEntry = (EntityId, usize, Vec<String>, bool);

/// A hit by stem: (start, end, (entity, form), whether the text's word is the bare stem of a
/// word that has an ending — "Kvasin" for Kvasiny, but also "samo" for Samoa — which counts
/// only capitalised).
pub type StemHit = (usize, usize, (EntityId, usize), bool);

impl Stems {
    pub fn new(entities: &[Entity], cities: &[Option<String>]) -> Stems {
        let mut first: HashMap<String, Vec<StemEntry>> = HashMap::new();
        let mut places: HashMap<String, Vec<(EntityId, usize)>> = HashMap::new();
        for (id, entity) in entities.iter().enumerate() {
            for (index, form) in entity.forms.iter().enumerate() {
                let one_word_place = entity.kind == EntityKind::Plant
                    && (schema::is_place(form)
                        || cities[id].as_deref() == Some(form.folded.as_str()))
                    && form.folded.chars().count() >= 4
                    && form.folded.chars().all(char::is_alphabetic);
                if one_word_place {
                    places
                        .entry(form.folded.clone())
                        .or_default()
                        .push((id, index));
                }
                let wanted = match entity.kind {
                    EntityKind::Country | EntityKind::Brand => true,
                    // A bare model name is declined too ("głównie Astry", "Opla Astrę"), where
                    // it is long enough not to be an ordinary word's stem.
                    EntityKind::Model => {
                        !form.bare
                            || (form.folded.chars().count() >= 5
                                && form.folded.chars().all(char::is_alphabetic))
                    }
                    EntityKind::Plant => {
                        schema::is_place(form)
                            || cities[id].as_deref() == Some(form.folded.as_str())
                    }
                    EntityKind::Group => false,
                };
                let letters = form.folded.chars().all(|c| c.is_alphanumeric() || c == ' ')
                    && form.folded.starts_with(char::is_alphabetic);
                if !wanted || !letters || form.folded.chars().count() < 4 {
                    continue;
                }
                let stemmed = form
                    .folded
                    .split(' ')
                    .next()
                    .is_some_and(|w| dictionary_stem(w) != w);
                let mut words = form
                    .folded
                    .split(' ')
                    .map(|w| dictionary_stem(w).to_string());
                if let Some(head) = words.next() {
                    first
                        .entry(head)
                        .or_default()
                        .push((id, index, words.collect(), stemmed));
                }
            }
        }
        Stems { first, places }
    }

    /// Every plant place written with one of `endings` glued to it, in a language that
    /// agglutinates (Hungarian "Kecskemétre", "Győrött", "a debreceni gyár"): the word less its
    /// ending must be the place's whole name. Such a word counts lowercase too (an adjective).
    pub fn find_suffixed(&self, folded: &str, endings: &[&str]) -> Vec<StemHit> {
        let mut out = Vec::new();
        let mut start = 0;
        for word in folded.split(' ') {
            let place = endings.iter().find_map(|ending| {
                let stem = word.strip_suffix(ending)?;
                self.places.get(stem)
            });
            for &owner in place.into_iter().flatten() {
                out.push((start, start + word.len(), owner, false));
            }
            start += word.len() + 1;
        }
        out
    }

    /// Every inflected occurrence in folded text: (start, end, (entity, form)).
    pub fn find(&self, folded: &str) -> Vec<StemHit> {
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut offset = 0;
        for word in folded.split(' ') {
            words.push((offset, word));
            offset += word.len() + 1;
        }
        let mut out = Vec::new();
        for (i, &(start, word)) in words.iter().enumerate() {
            let Some(entries) = self.first.get(stem(word)) else {
                continue;
            };
            for (id, form, rest, stemmed) in entries {
                let following = words.get(i + 1..i + 1 + rest.len());
                let Some(following) = following.filter(|f| f.len() == rest.len()) else {
                    continue;
                };
                if following
                    .iter()
                    .zip(rest)
                    .all(|((_, w), s)| stem(w) == s.as_str())
                {
                    let (last_start, last) = following.last().copied().unwrap_or((start, word));
                    let bare = *stemmed && stem(word) == word;
                    out.push((start, last_start + last.len(), (*id, *form), bare));
                }
            }
        }
        out
    }
}
