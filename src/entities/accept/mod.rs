//! The matcher's acceptance rules: what an article is certainly about (its context) and
//! whether each candidate owner is named where it was found, by the rules of its gate.

use rustc_hash::FxHashSet as HashSet;

use super::EntityKind;
use super::context::{self, Vocabulary, written};
use super::fold::{Folded, fold_str, is_unspaced_script, strip_accents};
use super::lexicon::{BARE_ONLY_AFTER_BRAND, PLANT_NAME, PRODUCTION};
use super::matcher::{Candidate, Matcher, SUFFIXED, Scanned};
use super::names::{after_first_name, before_other_name};
use super::rules::Gate;
use super::source::{EntityId, Form};
use crate::Lang;

mod near;
use near::*;

/// What the article is certainly about.
pub(super) struct Context {
    /// Entities named by forms that need no context (countries aside).
    firm: HashSet<EntityId>,
    /// Brands named unambiguously (directly or through a full model name).
    brands: HashSet<EntityId>,
    /// Brands of the groups named firmly ("Stellantis … a Mirafiori la GranCabrio"): their
    /// distinctive bare model names count without the brand written.
    group_brands: HashSet<EntityId>,
    /// Where the title uses car or car-production vocabulary (read only when it decides).
    title_vocabulary: Vocabulary,
    /// Where the body does (folded offsets).
    body_vocabulary: Vocabulary,
    /// `firm_ok` per candidate of the body (0) and title (1), as computed while reading the
    /// context, so that accepting does not compute it again: bit `k` says it was computed for
    /// kind class `k` (see [`firm_class`]), bit `k + 4` holds the answer.
    firm_memo: [Vec<u8>; 2],
}

/// The kinds `firm_ok` tells apart.
fn firm_class(kind: EntityKind) -> Option<u8> {
    match kind {
        EntityKind::Brand => Some(0),
        EntityKind::Group => Some(1),
        EntityKind::Plant => Some(2),
        EntityKind::Model => Some(3),
        EntityKind::Country => None,
    }
}

/// How close (in folded bytes) an ambiguous brand and a place where it has a plant must be
/// written to vouch for each other: about one sentence.
const BRAND_BESIDE_ITS_PLANT: usize = 120;

/// Words after which a brand's name is a town's ("in Bedford", "nach Lincoln").
const PLACE_PREPOSITIONS: [&str; 8] = ["in", "to", "from", "near", "around", "nach", "aus", "a"];

impl Context {
    /// Car vocabulary in the title; for a name in the title, in the body's lead too; for a
    /// name in the body, close to it (see [`Vocabulary::about_cars_near`]).
    fn vocabulary_near(&self, title: bool, pos: usize) -> bool {
        !self.title_vocabulary.is_empty()
            || match title {
                true => self.body_vocabulary.in_lead(),
                false => self.body_vocabulary.about_cars_near(pos),
            }
    }

    /// A car or production word in the passage around `pos` ("sein spanisches Werk in
    /// Valencia"): what a busy city's name needs beside its maker.
    fn a_car_word_near(&self, title: bool, pos: usize) -> bool {
        match title {
            true => !self.title_vocabulary.is_empty() || self.body_vocabulary.in_lead(),
            false => self.body_vocabulary.any_near(pos),
        }
    }

    /// Automotive context from evidence other than `id` itself.
    fn automotive_without(&self, id: EntityId, title: bool, pos: usize) -> bool {
        self.firm.iter().any(|&f| f != id) || self.vocabulary_near(title, pos)
    }
}

impl Context {
    /// Whether the article names `id` by a form that needs no context.
    pub(super) fn is_firm(&self, id: EntityId) -> bool {
        self.firm.contains(&id)
    }

    /// The brands and groups the article names firmly.
    pub(super) fn makers(&self) -> impl Iterator<Item = &EntityId> {
        self.firm.iter().chain(self.brands.iter())
    }
}

impl Matcher {
    /// What the article is certainly about: entities found by forms that need no context —
    /// or an ambiguous brand next to one of its own bare models ("Tesla … Model Y"), which
    /// vouch for each other — and whether it speaks of cars at all.
    pub(super) fn context(&self, scans: &[&Scanned], lang: Lang) -> Context {
        let german = lang == Lang::DE;
        let mut firm = HashSet::default();
        let mut brands = HashSet::default();
        let mut ambiguous_brands = HashSet::default();
        // Groups named by a short form that needs context (上汽, SAIC's two characters).
        let mut ambiguous_groups: HashSet<EntityId> = HashSet::default();
        // Where each ambiguous brand was written, as (title, folded offset).
        let mut ambiguous_at: Vec<(EntityId, bool, usize)> = Vec::new();
        let mut bare_model_brands = HashSet::default();
        // Where each plant named by a place (a city, a short name) was written.
        let mut places_at: Vec<(EntityId, bool, usize)> = Vec::new();
        let mut gated = false;
        // A busy city's name (a `near` place) is judged by the words around it.
        let mut near_places = false;
        let mut firm_memo: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
        for scan in scans {
            let memo = &mut firm_memo[usize::from(scan.title)];
            memo.resize(scan.candidates.len(), 0);
            for (index, c) in scan.candidates.iter().enumerate() {
                for &(id, form_index) in self.owners(c) {
                    let entity = self.gazetteer.entity(id);
                    let form = &entity.forms[form_index];
                    if !cased_ok(form, &scan.folded, c, scan.original) {
                        continue;
                    }
                    match self.gate(id, form_index) {
                        Gate::Bare => {
                            if self.vouches(scan, c, form, &entity.implies) {
                                bare_model_brands.extend(entity.implies.iter().copied());
                            }
                        }
                        Gate::Place => {
                            gated = true;
                            near_places |= form.near && self.maker_written_near(scan, id, c);
                            places_at.push((id, scan.title, c.start));
                        }
                        Gate::Ambiguous => {
                            gated = true;
                            if entity.kind == EntityKind::Brand
                                && !self.a_club_in_its_town(scan, c, id)
                                && (!self.is_a_persons_name(scan, c, german)
                                    || self.opens_one_of_its_plants_names(scan, c, id))
                            {
                                ambiguous_brands.insert(id);
                                ambiguous_at.push((id, scan.title, c.start));
                            }
                            if entity.kind == EntityKind::Group
                                && !self.is_a_persons_name(scan, c, german)
                            {
                                ambiguous_groups.insert(id);
                            }
                        }
                        Gate::Firm => {
                            let Some(class) = firm_class(entity.kind) else {
                                continue;
                            };
                            let ok = self.firm_ok(scan, c, id, entity.kind);
                            memo[index] |= (1 << class) | (u8::from(ok) << (class + 4));
                            if !ok {
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
        // An ambiguous brand and a place where it has a plant, close together ("Ford will stop
        // building the Focus at Saarlouis"), vouch for each other: the maker, and its plant —
        // unless the text speaks of sport and not of cars ("«Лада» … матч в Тольятти", a
        // hockey club in its town, is no maker beside its plant).
        let mut sport_not_cars: Option<bool> = None;
        for &(brand, title, at) in &ambiguous_at {
            // "in Bedford and in Luton": a brand written as a place is the town.
            let scan = scans.iter().find(|s| s.title == title);
            let as_a_place = scan.is_some_and(|s| {
                context::words_before(&s.folded.text, at)
                    .next()
                    .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w))
            });
            if as_a_place {
                continue;
            }
            let its_plant = places_at.iter().find(|&&(plant, place_title, place_at)| {
                place_title == title
                    && place_at.abs_diff(at) <= BRAND_BESIDE_ITS_PLANT
                    && self.makers[plant].contains(&brand)
            });
            if let Some(&(plant, _, _)) = its_plant {
                let sport_not_cars = *sport_not_cars.get_or_insert_with(|| {
                    scans
                        .iter()
                        .any(|s| context::speaks_of_sport(&s.folded.text))
                        && scans.iter().all(|s| {
                            context::car_vocabulary(&s.folded, s.original, lang).is_empty()
                        })
                });
                if sport_not_cars {
                    continue;
                }
                brands.insert(brand);
                firm.insert(plant);
            }
        }
        // With other makers named, an ambiguous brand ("BYD", "Seat") is a maker too: its
        // plants' cities then count ("da BYD em Camaçari").
        // So is a group named by such a form ("上汽和通用汽车在烟台"): with General Motors named
        // firmly, SAIC's plants in Yantai are still named by their maker.
        if !firm.is_empty() {
            for &maker in ambiguous_brands.iter().chain(&ambiguous_groups) {
                if firm.iter().any(|&f| f != maker) {
                    brands.insert(maker);
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
        let group_brands = firm
            .iter()
            .filter(|&&f| self.gazetteer.entity(f).kind == EntityKind::Group)
            .flat_map(|&g| self.group_brands[g].iter().copied())
            .collect();
        let mut ctx = Context {
            firm,
            brands,
            group_brands,
            title_vocabulary: Vocabulary::default(),
            body_vocabulary: Vocabulary::default(),
            firm_memo,
        };
        if gated && (!makers_named || near_places) {
            for scan in scans {
                let found = context::car_vocabulary(&scan.folded, scan.original, lang);
                if scan.title {
                    ctx.title_vocabulary = found;
                } else {
                    ctx.body_vocabulary = found;
                }
            }
        }
        // An ambiguous brand is a maker where one of its mentions is in a passage about cars.
        for (id, title, pos) in ambiguous_at {
            if !ctx.brands.contains(&id) && ctx.vocabulary_near(title, pos) {
                ctx.brands.insert(id);
            }
        }
        ctx
    }

    /// A bare model name vouches for its ambiguous brand ("Tesla … Model Y") unless it is an
    /// ordinary word or a number ("Morris … Eight", "Major"), or written right after that
    /// brand's name, where the two are one name, judged as such ("Austin Healey", a player).
    fn vouches(&self, scan: &Scanned, c: &Candidate, form: &Form, brands: &[EntityId]) -> bool {
        if form.common || needs_its_brand(&form.folded, scan.lang) {
            return false;
        }
        let previous = context::words_before(&scan.folded.text, c.start)
            .next()
            .unwrap_or("");
        !brands.iter().any(|&b| {
            self.gazetteer
                .entity(b)
                .forms
                .iter()
                .any(|f| f.folded == previous)
        })
    }

    /// A firm brand, group or plant name is still refused as a club's, an airport's or a
    /// university's, across punctuation, or (a one-word plant name) written in lowercase.
    fn firm_ok(&self, scan: &Scanned, c: &Candidate, id: EntityId, kind: EntityKind) -> bool {
        let text = &scan.folded.text;
        let w = written(&scan.folded, scan.original, c.start, c.end);
        let one_word = !text[c.start..c.end].contains(' ');
        // "Keith Vaz", "Daniela Raab": a known given name or a title before a one-word name.
        let person = one_word
            && matches!(kind, EntityKind::Brand | EntityKind::Plant)
            && self.after_given_name(scan, c);
        let refused = kind != EntityKind::Model && context::refused_around(text, c.start, c.end);
        let lowercase_plant = kind == EntityKind::Plant
            && one_word
            && w.chars().next().is_some_and(char::is_lowercase);
        !(person
            || refused
            || lowercase_plant
            || context::spans_punctuation(w)
            || (kind == EntityKind::Model && context::before_a_league(text, c.end))
            || (kind == EntityKind::Brand && self.a_club_in_its_town(scan, c, id))
            || (kind == EntityKind::Plant && self.a_towns_club(scan, c, id)))
    }

    /// "l'Alliance Renault-Nissan-Mitsubishi": a bare model name right before makers joined by
    /// hyphens is a word of the makers' partnership, not the car (Renault Alliance).
    fn before_an_alliance_of_makers(&self, scan: &Scanned, c: &Candidate) -> bool {
        let (_, e) = scan.folded.original_range(c.start, c.end);
        let after = scan.original.get(e..).unwrap_or("");
        let Some(token) = after.split_whitespace().next() else {
            return false;
        };
        let token = token.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let parts: Vec<&str> = token.split(['-', '–']).collect();
        parts.len() >= 2
            && parts.iter().all(|part| {
                self.gazetteer.resolve(None, part).iter().any(|&id| {
                    matches!(
                        self.gazetteer.entity(id).kind,
                        EntityKind::Brand | EntityKind::Group
                    )
                })
            })
    }

    /// "울산 현대가 …": a plant's town written right before the name of a maker there (endings
    /// glued on) is the club's, in a text that speaks of sport and not of cars.
    fn a_towns_club(&self, scan: &Scanned, c: &Candidate, plant: EntityId) -> bool {
        let text = &scan.folded.text;
        let Some(next) = context::words_after(text, c.end).next() else {
            return false;
        };
        let maker_next = self.makers[plant].iter().any(|&m| {
            let maker = self.gazetteer.entity(m);
            maker.kind == EntityKind::Brand
                && maker
                    .forms
                    .iter()
                    .any(|f| !f.folded.is_empty() && next.starts_with(f.folded.as_str()))
        });
        maker_next && sport_not_cars(scan)
    }

    /// "울산 현대가 포항을 이겼다", "Ulsan Hyundai won the derby": a brand written right after the
    /// town of one of its plants is that town's club, in a text that speaks of sport and not
    /// of cars (Korean clubs are named so: town, then owner).
    fn a_club_in_its_town(&self, scan: &Scanned, c: &Candidate, id: EntityId) -> bool {
        let text = &scan.folded.text;
        let Some(town) = context::words_before(text, c.start).next() else {
            return false;
        };
        let its_town = self
            .gazetteer
            .resolve(Some(EntityKind::Plant), town)
            .iter()
            .any(|&plant| self.makers[plant].contains(&id));
        its_town && sport_not_cars(scan)
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

    /// "Honda e Peugeot", "Fiat i Lancia": a model named by its brand and a one-letter word
    /// that is a conjunction (Honda e, Fiat i) is that conjunction when a maker follows.
    fn conjunction_before_a_maker(&self, scan: &Scanned, c: &Candidate, form: &Form) -> bool {
        const CONJUNCTIONS: &[&str] = &["e", "i", "y", "a", "o", "u"];
        let last = form.folded.rsplit(' ').next().unwrap_or("");
        if !form.folded.contains(' ') || !CONJUNCTIONS.contains(&last) {
            return false;
        }
        let next = c.end + 1;
        scan.candidates.iter().any(|d| {
            d.start == next
                && self.owners(d).iter().any(|&(id, _)| {
                    matches!(
                        self.gazetteer.entity(id).kind,
                        EntityKind::Brand | EntityKind::Group
                    )
                })
        })
    }

    /// "Ford Otosan", "Opel Bochum": the brand opens the name of one of its own plants, so the
    /// capitalised word after it is no surname but the rest of that name.
    fn opens_one_of_its_plants_names(
        &self,
        scan: &Scanned,
        c: &Candidate,
        brand: EntityId,
    ) -> bool {
        // "Ford Otosan Craiova", or "Suzuki Esztergomban" (the brand, then its plant's city).
        scan.candidates.iter().any(|d| {
            (d.start == c.start && d.end > c.end || d.start == c.end + 1)
                && self.owners(d).iter().any(|&(plant, _)| {
                    self.gazetteer.entity(plant).kind == EntityKind::Plant
                        && self.makers[plant].contains(&brand)
                })
        })
    }

    /// Whether one owner of a candidate is named there, by the rules of its gate.
    pub(super) fn accepts(
        &self,
        scan: &Scanned,
        (index, c): (usize, &Candidate),
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
        if entity.kind == EntityKind::Model && self.conjunction_before_a_maker(scan, c, form) {
            return false;
        }
        let w = written(&scan.folded, scan.original, c.start, c.end);
        match self.gate(id, form_index) {
            Gate::Firm if entity.kind == EntityKind::Country => {
                let one_word = !text[c.start..c.end].contains(' ');
                // "estén", "la reunión": a capitalised name written in lowercase is a word
                // (not in Hungarian, whose adjective is the name in lowercase: "japán").
                let lowercase_name = form.common
                    && scan.lang != crate::Lang::iso(b"hu")
                    && w.chars().next().is_some_and(char::is_lowercase);
                // "Michael Jordan", "Mr Irish": a person after a given name or a title.
                let persons_name = one_word && self.after_given_name(scan, c);
                !(after_compass_word(text, c.start)
                    || context::spans_punctuation(w)
                    || lowercase_name
                    || another_languages_word_in_lowercase(scan.lang, w)
                    || persons_name)
            }
            Gate::Firm => {
                let memo = ctx.firm_memo[usize::from(scan.title)]
                    .get(index)
                    .copied()
                    .unwrap_or(0);
                match firm_class(entity.kind) {
                    Some(k) if memo & (1 << k) != 0 => memo & (1 << (k + 4)) != 0,
                    _ => self.firm_ok(scan, c, id, entity.kind),
                }
            }
            Gate::Ambiguous => {
                let (s, e) = scan.folded.original_range(c.start, c.end);
                ctx.automotive_without(id, scan.title, c.start)
                    && !context::a_state_code_in_brackets(scan.original, s, e)
                    && !context::spans_punctuation(w)
                    && !context::refused_around(text, c.start, c.end)
                    && !context::after_ordinal_or_size(text, c.start)
                    && (entity.kind != EntityKind::Brand || !self.a_club_in_its_town(scan, c, id))
                    && (!self.is_a_persons_name(scan, c, german)
                        || self.opens_one_of_its_plants_names(scan, c, id))
            }
            Gate::Place => {
                let (s, e) = scan.folded.original_range(c.start, c.end);
                let short = form.folded.len() <= 4 && !form.folded.contains(' ');
                // "a debreceni gyár": a place with an ending glued to it is an adjective, lowercase.
                let suffixed = c.pattern == SUFFIXED;
                (suffixed
                    || (w.chars().next().is_some_and(|ch| !ch.is_lowercase())
                        && self.place_written_so(id, form, c, w)))
                    && (!short
                        || form.folded.len() > 3
                        || !w.chars().any(char::is_lowercase)
                        || self.cities[id].as_deref() == Some(form.folded.as_str()))
                    && self.maker_named(id, ctx, scan.title, c.start)
                    && ((!two_han_characters(&form.folded) && !form.near)
                        || self.maker_written_near(scan, id, c))
                    && (!form.near || ctx.a_car_word_near(scan.title, c.start))
                    && !self.a_seat_in_brackets(scan, c)
                    && !context::in_a_persons_name(scan.original, s, e)
                    && !context::spans_punctuation(w)
                    && !context::refused_around(text, c.start, c.end)
                    && !context::is_dateline(scan.original, s, e)
                    && !((form.near || self.cities[id].as_deref() == Some(form.folded.as_str()))
                        && context::after_a_clubs_article(text, c.start, scan.lang))
                    && !self.after_given_name(scan, c)
                    && (german || !self.before_a_company_word(scan, c))
            }
            Gate::Bare => {
                let (s, e) = scan.folded.original_range(c.start, c.end);
                let brands: Vec<EntityId> = entity.implies.clone();
                let distinctive = !form.common && !needs_its_brand(&form.folded, scan.lang);
                brands
                    .iter()
                    .any(|b| ctx.brands.contains(b) || (distinctive && ctx.group_brands.contains(b)))
                    && !context::spans_punctuation(w)
                    // "la autocaravana Marco Polo": after a given name, a person's or a
                    // product's name, unless that word is the model's own brand.
                    && (!self.after_given_name(scan, c) || self.brand_just_before(text, c, &brands))
                    && !context::in_a_quantity(scan.original, s, e)
                    // "… and general. Enjoy." : an ordinary word opening a sentence is no
                    // Chevrolet Enjoy, whatever its capital.
                    && !(form.common
                        && w.chars().next().is_some_and(|ch| ch.is_uppercase())
                        && context::at_sentence_start(scan.original, s)
                        && !self.listed_with_its_models(scan, c, &brands, 2))
                    && !context::after_ordinal_or_size(text, c.start)
                    && !context::before_a_league(text, c.end)
                    && !self.before_an_alliance_of_makers(scan, c)
                    && (!needs_its_brand(&form.folded, scan.lang)
                        || self.brand_just_before(text, c, &brands)
                        || self.in_a_list_of_its_models(scan, c, &brands)
                        // "os modelos Ka e EcoSport", "produzia Ka e EcoSport": a word of two
                        // letters or more named as a model, or beside another of its brand's.
                        || (form.folded.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
                            && (context::after_a_model_word(text, c.start)
                                || self.listed_with_its_models(scan, c, &brands, 2)))
                        || (form.folded.starts_with(|c: char| c.is_ascii_digit())
                            && (context::named_as_a_model(
                                text,
                                c.start,
                                c.end,
                                scan.original[e..].starts_with([',', '.', ';', ':', ')', '!', '?']),
                            ) || (context::named_as_a_model(text, c.start, c.end, true)
                                && self.brand_shortly_before(text, c, &brands)))))
                    && !a_month_beside_a_date(&form.folded, text, c)
            }
        }
    }
}

/// Dutch "indien" (if) is French "indien" (Indian), written in lowercase as adjectives are:
/// the capital rule cannot tell them apart, the article's language can.
fn another_languages_word_in_lowercase(lang: crate::Lang, written: &str) -> bool {
    const WORDS: [(crate::Lang, &str); 1] = [(crate::Lang::NL, "indien")];
    WORDS.iter().any(|&(l, word)| l == lang && written == word)
}

/// A text that speaks of sport and has no car word.
fn sport_not_cars(scan: &Scanned) -> bool {
    context::speaks_of_sport(&scan.folded.text)
        && context::car_vocabulary(&scan.folded, scan.original, scan.lang).is_empty()
}
