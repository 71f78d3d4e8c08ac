//! The matcher: finds every entity mention in an article with its byte range, applying the
//! rules that keep ordinary words from firing (exact case, automotive context from other
//! evidence, clubs and people, bare model names and numbers only next to their brand), and
//! dating brand → group implications by the article's date.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::compiled::{self, Patterns};
use super::context::{self, written};
use super::fold::{Folded, fold, is_unspaced_script, strip_accents};
use super::gazetteer::{COMPILED, Gazetteer};
use super::lexicon::{BARE_ONLY_AFTER_BRAND, COMPOUND_SUFFIXES, INFLECTING_LANGS};
use super::names::{after_first_name, before_other_name};
use super::rules::{self, Gate, Stems};
use super::source::{EntityId, Form};
use super::{EntityKind, Field, Mention, Name};
use crate::article::{Article, EntitySet};

/// A compiled gazetteer, ready to scan text.
pub struct Matcher {
    gazetteer: Arc<Gazetteer>,
    /// Every folded form, deduplicated; a match's value is its index in `patterns`. `None`
    /// if it could not be built.
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// For each automaton pattern: the (entity, form index) pairs that have it.
    patterns: Patterns,
    /// Each entity's canonical name, shared by all its mentions (indexed by [`EntityId`]).
    names: Vec<Name>,
    /// Per entity: a plant's folded city, to know its bare place names.
    cities: Vec<Option<String>>,
    /// Per entity: the brands and groups that make at a plant (empty for other kinds).
    makers: Vec<Vec<EntityId>>,
    /// Stems of place and country names for languages with case endings, built on first use.
    stems: OnceLock<Stems>,
}

/// A pattern hit before the rules are applied.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// Index into [`Matcher::patterns`], or `usize::MAX` for a hit by stem.
    pattern: usize,
    /// The owner of a hit by stem.
    owner: (EntityId, usize),
}

/// Where candidates were found: the title or the body.
struct Scanned<'a> {
    folded: Folded,
    original: &'a str,
    title: bool,
    candidates: Vec<Candidate>,
}

/// What the article is certainly about.
struct Context {
    /// Entities named by forms that need no context (countries aside).
    firm: HashSet<EntityId>,
    /// Brands named unambiguously (directly or through a full model name).
    brands: HashSet<EntityId>,
    /// The title uses car or car-production vocabulary.
    title_vocabulary: bool,
    /// Where the body does (folded offsets).
    body_vocabulary: Vec<usize>,
}

impl Context {
    /// Car vocabulary in the title, or in the body near `pos` (the passage around it).
    fn vocabulary_near(&self, title: bool, pos: usize) -> bool {
        self.title_vocabulary
            || (title && !self.body_vocabulary.is_empty())
            || self
                .body_vocabulary
                .iter()
                .any(|&p| p.abs_diff(pos) <= context::PASSAGE)
    }

    /// Automotive context from evidence other than `id` itself.
    fn automotive_without(&self, id: EntityId, title: bool, pos: usize) -> bool {
        self.firm.iter().any(|&f| f != id) || self.vocabulary_near(title, pos)
    }
}

/// Accepted hits of one text: (start, end, entities) in folded offsets.
type Hits = Vec<(usize, usize, Vec<EntityId>)>;

impl Matcher {
    pub fn new(gazetteer: Arc<Gazetteer>) -> Matcher {
        // The embedded gazetteer comes with its automaton, built at compile time: building
        // it here was most of start-up on a small corpus.
        let (patterns, automaton) = match gazetteer.is_compiled() {
            true => compiled::decode_matcher(COMPILED, gazetteer.entities()).ok(),
            false => None,
        }
        .unwrap_or_else(|| {
            let patterns = Patterns::new(gazetteer.entities());
            let automaton = patterns.automaton();
            (patterns, automaton)
        });
        let names = gazetteer
            .entities()
            .iter()
            .map(|e| Name::from(e.name.as_str()))
            .collect();
        let (cities, makers) = rules::plant_facts(&gazetteer);
        Matcher {
            gazetteer,
            automaton,
            patterns,
            names,
            cities,
            makers,
            stems: OnceLock::new(),
        }
    }

    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// Find the entities of an article: fills `entities` (title and body, with implied ones,
    /// groups as of the article's date) and `mentions` (title then body, each with its field
    /// and byte range in that field).
    pub fn annotate(&self, article: &mut Article) {
        let inflecting = INFLECTING_LANGS.contains(&article.lang.as_str());
        let title = self.scan(&article.title, inflecting, true);
        let body = self.scan(&article.body, inflecting, false);
        let german = article.lang == "de";
        let context = self.context(&[&title, &body], german);
        let (title_hits, title_nested) = self.select(&title, &context, german);
        let (body_hits, body_nested) = self.select(&body, &context, german);

        let date = rules::article_date(article.date.as_deref());
        let mut found: Vec<EntityId> = Vec::new();
        let named = title_hits.iter().chain(&body_hits).map(|&(_, _, id)| id);
        for id in named.chain(title_nested).chain(body_nested) {
            rules::with_implied(&self.gazetteer, id, date, &mut found);
        }
        article.entities = self.entity_set(&found);
        let mention = |field: Field| {
            move |(start, end, id): (usize, usize, EntityId)| Mention {
                kind: self.gazetteer.entity(id).kind,
                entity: self.names[id].clone(),
                field,
                start,
                end,
            }
        };
        article.mentions = title_hits
            .into_iter()
            .map(mention(Field::Title))
            .chain(body_hits.into_iter().map(mention(Field::Body)))
            .collect();
    }

    /// Every pattern occurrence that sits on word boundaries (a trailing genitive/plural `s`
    /// allowed: Peugeots, Ruslands), and in languages with case endings every place or
    /// country written with one (v Mladé Boleslavi).
    fn scan<'a>(&self, text: &'a str, inflecting: bool, title: bool) -> Scanned<'a> {
        let folded = fold(text);
        let mut candidates = Vec::new();
        let Some(automaton) = &self.automaton else {
            return Scanned {
                folded,
                original: text,
                title,
                candidates,
            };
        };
        let bytes = folded.text.as_bytes();
        let padded = format!(" {}", folded.text);
        for m in automaton.find_overlapping_iter(&padded) {
            // Back to offsets in the folded text; an anchored match starts after its space.
            let start = if padded.as_bytes()[m.start()] == b' ' {
                m.start()
            } else {
                m.start() - 1
            };
            let mut end = m.end() - 1;
            if !boundary_before(&folded.text, start) {
                continue;
            }
            if !boundary_after(&folded.text, end) {
                let genitive = end - start >= 4
                    && bytes.get(end) == Some(&b's')
                    && bytes[end - 1].is_ascii_alphabetic()
                    && boundary_after(&folded.text, end + 1);
                if genitive {
                    end += 1;
                } else if !self.compound_place(&folded.text, end, m.value() as usize) {
                    continue;
                }
            }
            candidates.push(Candidate {
                start,
                end,
                pattern: m.value() as usize,
                owner: (0, 0),
            });
        }
        if inflecting {
            let stems = self
                .stems
                .get_or_init(|| Stems::new(self.gazetteer.entities(), &self.cities));
            for (start, end, owner) in stems.find(&folded.text) {
                candidates.push(Candidate {
                    start,
                    end,
                    pattern: usize::MAX,
                    owner,
                });
            }
        }
        Scanned {
            folded,
            original: text,
            title,
            candidates,
        }
    }

    /// "Torslandafabriken", "Kalugawerk": a plant's name glued to a production word.
    fn compound_place(&self, text: &str, end: usize, pattern: usize) -> bool {
        let rest = text[end..].split(' ').next().unwrap_or("");
        COMPOUND_SUFFIXES.contains(&rest)
            && self
                .patterns
                .owners(pattern)
                .iter()
                .any(|&(id, _)| self.gazetteer.entity(id).kind == EntityKind::Plant)
    }

    fn owners<'c>(&'c self, c: &'c Candidate) -> &'c [(EntityId, usize)] {
        if c.pattern == usize::MAX {
            std::slice::from_ref(&c.owner)
        } else {
            self.patterns.owners(c.pattern)
        }
    }

    fn gate(&self, id: EntityId, form: &Form) -> Gate {
        rules::gate(self.gazetteer.entity(id), form, self.cities[id].as_deref())
    }

    /// What the article is certainly about: entities found by forms that need no context —
    /// or an ambiguous brand next to one of its own bare models ("Tesla … Model Y"), which
    /// vouch for each other — and whether it speaks of cars at all.
    fn context(&self, scans: &[&Scanned], german: bool) -> Context {
        let mut firm = HashSet::new();
        let mut brands = HashSet::new();
        let mut ambiguous_brands = HashSet::new();
        let mut bare_model_brands = HashSet::new();
        let mut gated = false;
        for scan in scans {
            for c in &scan.candidates {
                for &(id, form_index) in self.owners(c) {
                    let entity = self.gazetteer.entity(id);
                    let form = &entity.forms[form_index];
                    if !cased_ok(form, &scan.folded, c, scan.original) {
                        continue;
                    }
                    match self.gate(id, form) {
                        Gate::Bare => {
                            bare_model_brands.extend(entity.implies.iter().copied());
                        }
                        Gate::Place => gated = true,
                        Gate::Ambiguous => {
                            gated = true;
                            if entity.kind == EntityKind::Brand
                                && !self.is_a_persons_name(scan, c, german)
                            {
                                ambiguous_brands.insert(id);
                            }
                        }
                        Gate::Firm => {
                            if entity.kind == EntityKind::Country
                                || !self.firm_ok(scan, c, entity.kind)
                            {
                                continue;
                            }
                            firm.insert(id);
                            match entity.kind {
                                EntityKind::Brand => {
                                    brands.insert(id);
                                }
                                EntityKind::Model => brands.extend(entity.implies.iter().copied()),
                                _ => {}
                            }
                        }
                    }
                }
            }
        }
        for &brand in ambiguous_brands.intersection(&bare_model_brands) {
            brands.insert(brand);
            firm.insert(brand);
        }
        // With other makers named, an ambiguous brand ("BYD", "Seat") is a maker too: its
        // plants' cities then count ("da BYD em Camaçari").
        if !firm.is_empty() {
            for &brand in &ambiguous_brands {
                if firm.iter().any(|&f| f != brand) {
                    brands.insert(brand);
                }
            }
        }
        // The vocabulary is read only when it can decide something: a gated name, and no
        // maker named firmly.
        let makers_named = firm.iter().any(|&f| {
            matches!(
                self.gazetteer.entity(f).kind,
                EntityKind::Brand | EntityKind::Group | EntityKind::Model
            )
        });
        let (mut title_vocabulary, mut body_vocabulary) = (false, Vec::new());
        if gated && !makers_named {
            for scan in scans {
                let found = context::car_vocabulary(&scan.folded.text);
                if scan.title {
                    title_vocabulary |= !found.is_empty();
                } else {
                    body_vocabulary = found;
                }
            }
        }
        if title_vocabulary || !body_vocabulary.is_empty() {
            brands.extend(ambiguous_brands);
        }
        Context {
            firm,
            brands,
            title_vocabulary,
            body_vocabulary,
        }
    }

    /// A firm brand, group or plant name is still refused as a club's, an airport's or a
    /// university's, across punctuation, or (a one-word plant name) written in lowercase.
    fn firm_ok(&self, scan: &Scanned, c: &Candidate, kind: EntityKind) -> bool {
        let text = &scan.folded.text;
        let w = written(&scan.folded, scan.original, c.start, c.end);
        let one_word = !text[c.start..c.end].contains(' ');
        // "Keith Vaz", "Daniela Raab": a known given name or a title before a one-word name.
        let person = one_word
            && matches!(kind, EntityKind::Brand | EntityKind::Plant)
            && self.after_given_name(scan, c);
        !person
            && !context::spans_punctuation(w)
            && (kind == EntityKind::Model || !context::refused_around(text, c.start, c.end))
            && !(kind == EntityKind::Plant
                && !text[c.start..c.end].contains(' ')
                && w.chars().next().is_some_and(char::is_lowercase))
    }

    /// "Harrison Ford", "Morgan Stanley", "Mr Ford": the name is part of a person's or a
    /// company's name.
    fn is_a_persons_name(&self, scan: &Scanned, c: &Candidate, german: bool) -> bool {
        let g = &self.gazetteer;
        after_first_name(g, &scan.folded, c.start, scan.original, german)
            || context::after_title(&scan.folded.text, c.start)
            || (!german && before_other_name(g, &scan.folded, c.end, scan.original))
    }

    /// "Yuri Borisov", "Dr Born": a known given name or a title right before (a capitalised
    /// adjective is no name: "het Britse Oxford", "das sächsische Zwickau").
    fn after_given_name(&self, scan: &Scanned, c: &Candidate) -> bool {
        let text = &scan.folded.text;
        context::after_title(text, c.start)
            || context::words_before(text, c.start)
                .next()
                .is_some_and(|p| {
                    crate::entities::names::is_first_name(p)
                        && written(&scan.folded, scan.original, 0, c.start)
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|word| word.starts_with(char::is_uppercase))
                })
    }

    /// Whether one owner of a candidate is named there, by the rules of its gate.
    fn accepts(
        &self,
        scan: &Scanned,
        c: &Candidate,
        (id, form_index): (EntityId, usize),
        ctx: &Context,
        german: bool,
    ) -> bool {
        let entity = self.gazetteer.entity(id);
        let form = &entity.forms[form_index];
        let text = &scan.folded.text;
        if !cased_ok(form, &scan.folded, c, scan.original)
            || (form.folded.starts_with(is_unspaced_script)
                && context::cjk_refused(text, c.start, c.end, &form.folded))
        {
            return false;
        }
        let w = written(&scan.folded, scan.original, c.start, c.end);
        match self.gate(id, form) {
            Gate::Firm if entity.kind == EntityKind::Country => {
                !after_compass_word(text, c.start) && !context::spans_punctuation(w)
            }
            Gate::Firm => self.firm_ok(scan, c, entity.kind),
            Gate::Ambiguous => {
                ctx.automotive_without(id, scan.title, c.start)
                    && !context::spans_punctuation(w)
                    && !context::refused_around(text, c.start, c.end)
                    && !context::after_ordinal_or_size(text, c.start)
                    && !self.is_a_persons_name(scan, c, german)
            }
            Gate::Place => {
                let (s, e) = scan.folded.original_range(c.start, c.end);
                let short = form.folded.len() <= 4 && !form.folded.contains(' ');
                w.chars().next().is_some_and(|ch| !ch.is_lowercase())
                    && (!short
                        || form.folded.len() > 3
                        || !w.chars().any(char::is_lowercase)
                        || self.cities[id].as_deref() == Some(form.folded.as_str()))
                    && self.maker_named(id, ctx, scan.title, c.start)
                    && !context::in_a_persons_name(scan.original, s, e)
                    && !context::spans_punctuation(w)
                    && !context::refused_around(text, c.start, c.end)
                    && !context::is_dateline(scan.original, s, e)
                    && !self.after_given_name(scan, c)
            }
            Gate::Bare => {
                let (s, e) = scan.folded.original_range(c.start, c.end);
                let brands: Vec<EntityId> = entity.implies.clone();
                brands.iter().any(|b| ctx.brands.contains(b))
                    && !context::spans_punctuation(w)
                    && !context::in_a_quantity(scan.original, s, e)
                    && !context::after_ordinal_or_size(text, c.start)
                    && (!needs_its_brand(&form.folded)
                        || self.brand_just_before(text, c, &brands)
                        || (form.folded.starts_with(|c: char| c.is_ascii_digit())
                            && context::named_as_a_model(
                                text,
                                c.start,
                                c.end,
                                scan.original[e..].starts_with([',', '.', ';', ':', ')', '!', '?']),
                            )))
            }
        }
    }

    /// A city names a plant only in a text that names its maker ("Oxford" in a BMW or Mini
    /// story), or that names no maker at all but speaks of car production.
    fn maker_named(&self, plant: EntityId, ctx: &Context, title: bool, pos: usize) -> bool {
        let makers = &self.makers[plant];
        let named = |m: &EntityId| {
            ctx.brands.contains(m) || ctx.firm.contains(m) || {
                // A group is named through its brands too.
                ctx.brands
                    .iter()
                    .any(|b| self.gazetteer.entity(*b).implies.contains(m))
            }
        };
        if makers.iter().any(named) {
            return true;
        }
        let any_maker_named = ctx.firm.iter().any(|&f| {
            f != plant
                && matches!(
                    self.gazetteer.entity(f).kind,
                    EntityKind::Brand | EntityKind::Group | EntityKind::Model
                )
        });
        !any_maker_named && ctx.vocabulary_near(title, pos)
    }

    /// "Rover 200", "Fiata 500": one of `brands` is the word just before (inflected or not).
    fn brand_just_before(&self, text: &str, c: &Candidate, brands: &[EntityId]) -> bool {
        let Some(previous) = context::words_before(text, c.start).next() else {
            return false;
        };
        brands.iter().any(|&b| {
            self.gazetteer.entity(b).forms.iter().any(|f| {
                !f.folded.contains(' ') && f.folded.len() >= 2 && previous.starts_with(&f.folded)
            })
        })
    }

    /// "TT Roadster": a bare model name right after another model's name (nothing but a
    /// space between) is part of that name, not a model of its own.
    fn drop_bare_after_model(&self, scan: &Scanned, accepted: &mut Hits, bare_only: &[bool]) {
        let model_ends: Vec<usize> = accepted
            .iter()
            .filter(|(_, _, ids)| {
                ids.iter()
                    .any(|&id| self.gazetteer.entity(id).kind == EntityKind::Model)
            })
            .map(|&(_, end, _)| end)
            .collect();
        let mut index = 0;
        accepted.retain(|&(start, _, _)| {
            let bare = bare_only.get(index).copied().unwrap_or(false);
            index += 1;
            !(bare
                && model_ends.iter().any(|&end| {
                    end < start
                        && scan.folded.text[end..start].trim().is_empty()
                        && written(&scan.folded, scan.original, end, start)
                            .trim()
                            .is_empty()
                }))
        });
    }

    /// Apply the rules, then keep the leftmost-longest non-overlapping hits. Also returns the
    /// brands and groups named inside a longer hit ("Renault" in the plant "Renault Flins").
    fn select(
        &self,
        scan: &Scanned,
        context: &Context,
        german: bool,
    ) -> (Vec<(usize, usize, EntityId)>, Vec<EntityId>) {
        let mut accepted: Hits = Vec::new();
        let mut bare_only = Vec::new();
        for c in &scan.candidates {
            let mut ids: Vec<EntityId> = Vec::new();
            let mut bare = true;
            for &owner in self.owners(c) {
                if !ids.contains(&owner.0) && self.accepts(scan, c, owner, context, german) {
                    ids.push(owner.0);
                    let form = &self.gazetteer.entity(owner.0).forms[owner.1];
                    bare &= form.bare;
                }
            }
            if !ids.is_empty() {
                accepted.push((c.start, c.end, ids));
                bare_only.push(bare);
            }
        }
        self.drop_bare_after_model(scan, &mut accepted, &bare_only);
        rules::nearest_brand(&self.gazetteer, &mut accepted);
        let named: Vec<EntityId> = context.makers().copied().collect();
        rules::plant_of_named_maker(&self.gazetteer, &self.makers, &named, &mut accepted);
        accepted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut nested = Vec::new();
        let mut covered = 0;
        let mut covering_group = false;
        for (start, end, ids) in accepted {
            if start < covered {
                // "Chrysler" in "Fiat Chrysler Automobiles" is the group's name, not the brand.
                if covering_group {
                    continue;
                }
                // Only what lies wholly inside the longer hit is named by it.
                for id in ids.into_iter().filter(|_| end <= covered) {
                    if matches!(
                        self.gazetteer.entity(id).kind,
                        EntityKind::Brand | EntityKind::Group
                    ) {
                        nested.push(id);
                    }
                }
                continue;
            }
            covered = end;
            covering_group = ids
                .iter()
                .all(|&id| self.gazetteer.entity(id).kind == EntityKind::Group);
            let (s, e) = scan.folded.original_range(start, end);
            for id in ids {
                out.push((s, e, id));
            }
        }
        (out, nested)
    }

    fn entity_set(&self, found: &[EntityId]) -> EntitySet {
        let mut set = EntitySet::default();
        for &id in found {
            let entity = self.gazetteer.entity(id);
            let list = set.of_kind_mut(entity.kind);
            if !list.contains(&entity.name) {
                list.push(entity.name.clone());
            }
        }
        for kind in EntityKind::ALL {
            set.of_kind_mut(kind).sort();
        }
        set
    }
}

impl Context {
    /// The brands and groups the article names firmly.
    fn makers(&self) -> impl Iterator<Item = &EntityId> {
        self.firm.iter().chain(self.brands.iter())
    }
}

/// A bare model name that is a number or an ordinary word ("200", "#1", "Uno", "One") counts
/// only written right after its brand.
fn needs_its_brand(folded: &str) -> bool {
    !folded.chars().any(char::is_alphabetic) || BARE_ONLY_AFTER_BRAND.contains(&folded)
}

/// An exact-case form must appear in the original text with that very case.
/// A bare model name that is an ordinary word also counts written in capitals ("modelových
/// řad OCTAVIA a KAROQ").
fn cased_ok(form: &Form, folded: &Folded, c: &Candidate, original: &str) -> bool {
    let Some(cased) = &form.cased else {
        return true;
    };
    let (s, e) = folded.original_range(c.start, c.start + form.folded.len().min(c.end - c.start));
    original.get(s..e).is_some_and(|written| {
        let written = strip_accents(written);
        written == *cased
            || (form.bare
                && written.chars().count() >= 4
                && !written.chars().any(char::is_lowercase)
                && written == cased.to_uppercase())
    })
}

/// "Zuid-Amerikaans", "sud-américain", "Latin American", "Ouest-France": a compass word
/// before a country form names a region or a newspaper, not the country (real country names
/// that start with one, like "Zuid-Korea", are whole forms of their own).
fn after_compass_word(folded: &str, start: usize) -> bool {
    const COMPASS: [&str; 21] = [
        "zuid",
        "noord",
        "sud",
        "nord",
        "south",
        "north",
        "sued",
        "latin",
        "latijns",
        "latijn",
        "latino",
        "central",
        "centraal",
        "centrale",
        "midden",
        "mittel",
        "lateinamerikanisch",
        "ouest",
        "west",
        "east",
        "oost",
    ];
    let previous = context::words_before(folded, start).next().unwrap_or("");
    COMPASS.contains(&previous)
}

fn boundary_before(text: &str, start: usize) -> bool {
    match text[..start].chars().next_back() {
        None => true,
        Some(c) => !c.is_alphanumeric() || is_unspaced_script(c) || starts_unspaced(text, start),
    }
}

fn boundary_after(text: &str, end: usize) -> bool {
    match text.get(end..).and_then(|t| t.chars().next()) {
        None => true,
        Some(c) => !c.is_alphanumeric() || is_unspaced_script(c) || ends_unspaced(text, end),
    }
}

fn starts_unspaced(text: &str, start: usize) -> bool {
    text[start..].chars().next().is_some_and(is_unspaced_script)
}

fn ends_unspaced(text: &str, end: usize) -> bool {
    text[..end]
        .chars()
        .next_back()
        .is_some_and(is_unspaced_script)
}
