//! The matcher: finds every entity mention in an article with its byte range, applying the
//! rules that keep ordinary words from firing (exact case, automotive context, surnames,
//! bare model names only next to their brand).

use std::collections::HashSet;
use std::sync::Arc;

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::compiled::{self, Patterns};
use super::fold::{Folded, fold, fold_str, is_unspaced_script, strip_accents};
use super::gazetteer::{COMPILED, Gazetteer};
use super::names::is_first_name;
use super::source::{EntityId, Form};
use super::{EntityKind, Mention, Name};
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
}

/// Each entity's canonical name, once, to be shared by all its mentions.
fn names_of(gazetteer: &Gazetteer) -> Vec<Name> {
    gazetteer
        .entities()
        .iter()
        .map(|e| Name::from(e.name.as_str()))
        .collect()
}

/// A pattern hit before the rules are applied.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// Index into [`Matcher::patterns`].
    pattern: usize,
}

/// Where candidates were found: the title or the body.
struct Scanned {
    folded: Folded,
    candidates: Vec<Candidate>,
}

impl Matcher {
    pub fn new(gazetteer: Arc<Gazetteer>) -> Matcher {
        // The embedded gazetteer comes with its automaton, built at compile time: building
        // it here was most of start-up on a small corpus.
        if gazetteer.is_compiled()
            && let Ok((patterns, automaton)) =
                compiled::decode_matcher(COMPILED, gazetteer.entities())
        {
            return Matcher {
                names: names_of(&gazetteer),
                gazetteer,
                automaton,
                patterns,
            };
        }
        let patterns = Patterns::new(gazetteer.entities());
        let automaton = patterns.automaton();
        Matcher {
            names: names_of(&gazetteer),
            gazetteer,
            automaton,
            patterns,
        }
    }

    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// Find the entities of an article: fills `entities` (title and body, with implied ones)
    /// and `mentions` (body only, byte ranges into the body).
    pub fn annotate(&self, article: &mut Article) {
        let title = self.scan(&article.title);
        let body = self.scan(&article.body);
        let german = article.lang == "de";
        let context = self.context(&[&title, &body], &article.title, &article.body, german);
        let (title_hits, title_nested) = self.select(&title, &article.title, &context, german);
        let (body_hits, body_nested) = self.select(&body, &article.body, &context, german);

        let mut found: Vec<EntityId> = Vec::new();
        let named = title_hits.iter().chain(&body_hits).map(|&(_, _, id)| id);
        for id in named.chain(title_nested).chain(body_nested) {
            self.gazetteer.with_implied(id, &mut found);
        }
        article.entities = self.entity_set(&found);
        article.mentions = body_hits
            .into_iter()
            .map(|(start, end, id)| Mention {
                kind: self.gazetteer.entity(id).kind,
                entity: self.names[id].clone(),
                start,
                end,
            })
            .collect();
    }

    /// Every pattern occurrence that sits on word boundaries (a trailing genitive/plural `s`
    /// allowed: Peugeots, Ruslands).
    fn scan(&self, text: &str) -> Scanned {
        let folded = fold(text);
        let bytes = folded.text.as_bytes();
        let mut candidates = Vec::new();
        let Some(automaton) = &self.automaton else {
            return Scanned { folded, candidates };
        };
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
                if !genitive {
                    continue;
                }
                end += 1;
            }
            candidates.push(Candidate {
                start,
                end,
                pattern: m.value() as usize,
            });
        }
        Scanned { folded, candidates }
    }

    /// What the article is certainly about: entities found by forms that need no context —
    /// or an ambiguous brand next to one of its own bare models ("Tesla … Model Y"), which
    /// vouch for each other.
    fn context(&self, scans: &[&Scanned], title: &str, body: &str, german: bool) -> Context {
        let mut automotive = false;
        let mut brands = HashSet::new();
        let mut ambiguous_brands = HashSet::new();
        let mut bare_model_brands = HashSet::new();
        for (scan, original) in scans.iter().zip([title, body]) {
            for c in &scan.candidates {
                for &(id, form_index) in self.patterns.owners(c.pattern) {
                    let entity = self.gazetteer.entity(id);
                    let form = &entity.forms[form_index];
                    if !cased_ok(form, &scan.folded, c, original) {
                        continue;
                    }
                    if form.bare {
                        bare_model_brands.extend(entity.implies.iter().copied());
                        continue;
                    }
                    if needs_context(entity, form) {
                        if entity.kind == EntityKind::Brand
                            && !self.is_a_persons_name(&scan.folded, c, original, german)
                        {
                            ambiguous_brands.insert(id);
                        }
                        continue;
                    }
                    match entity.kind {
                        EntityKind::Brand => {
                            brands.insert(id);
                            automotive = true;
                        }
                        EntityKind::Model => {
                            brands.extend(entity.implies.iter().copied());
                            automotive = true;
                        }
                        EntityKind::Group | EntityKind::Plant => automotive = true,
                        EntityKind::Country => {}
                    }
                }
            }
        }
        for brand in ambiguous_brands.intersection(&bare_model_brands) {
            brands.insert(*brand);
            automotive = true;
        }
        Context { automotive, brands }
    }

    /// "Harrison Ford", "Morgan Stanley": the ambiguous name is part of a person's or a
    /// company's name.
    fn is_a_persons_name(
        &self,
        folded: &Folded,
        c: &Candidate,
        original: &str,
        german: bool,
    ) -> bool {
        after_first_name(&self.gazetteer, folded, c.start, original, german)
            || (!german && before_other_name(&self.gazetteer, folded, c.end, original))
    }

    /// Apply the rules, then keep the leftmost-longest non-overlapping hits. Also returns the
    /// brands and groups named inside a longer hit ("Renault" in the plant "Renault Flins").
    fn select(
        &self,
        scan: &Scanned,
        original: &str,
        context: &Context,
        german: bool,
    ) -> (Vec<(usize, usize, EntityId)>, Vec<EntityId>) {
        let mut accepted: Vec<(usize, usize, Vec<EntityId>)> = Vec::new();
        for c in &scan.candidates {
            let mut ids: Vec<EntityId> = Vec::new();
            for &(id, form_index) in self.patterns.owners(c.pattern) {
                let entity = self.gazetteer.entity(id);
                let form = &entity.forms[form_index];
                let ok = cased_ok(form, &scan.folded, c, original)
                    && !(entity.kind == EntityKind::Country
                        && after_compass_word(&scan.folded.text, c.start))
                    && (!form.bare || entity.implies.iter().any(|b| context.brands.contains(b)))
                    && (!needs_context(entity, form)
                        || (context.automotive
                            && !self.is_a_persons_name(&scan.folded, c, original, german)));
                if ok && !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if !ids.is_empty() {
                accepted.push((c.start, c.end, ids));
            }
        }
        accepted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut nested = Vec::new();
        let mut covered = 0;
        for (start, end, ids) in accepted {
            if start < covered {
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

struct Context {
    /// A brand, group, model or plant was named unambiguously.
    automotive: bool,
    /// Brands named unambiguously (directly or through a full model name).
    brands: HashSet<EntityId>,
}

/// Ambiguous brands, and the exact-case forms of brands and groups (Mercedes, a first name),
/// only count in an article that names other automotive entities.
fn needs_context(entity: &super::Entity, form: &Form) -> bool {
    entity.ambiguous
        || (form.cased.is_some() && matches!(entity.kind, EntityKind::Brand | EntityKind::Group))
}

/// An exact-case form must appear in the original text with that very case.
fn cased_ok(form: &Form, folded: &Folded, c: &Candidate, original: &str) -> bool {
    let Some(cased) = &form.cased else {
        return true;
    };
    let (s, e) = folded.original_range(c.start, c.start + form.folded.len().min(c.end - c.start));
    original
        .get(s..e)
        .is_some_and(|written| strip_accents(written) == *cased)
}

/// "Harrison Ford", "Henry Ford": the name follows a common first name, or — outside German,
/// which capitalises every noun — any capitalised word that is not an acronym, not an entity
/// and not the start of a sentence.
fn after_first_name(
    g: &Gazetteer,
    folded: &Folded,
    start: usize,
    original: &str,
    german: bool,
) -> bool {
    let (s, _) = folded.original_range(start, start);
    let before = &original[..s];
    let Some(stripped) = before.strip_suffix(' ') else {
        return false;
    };
    let word: String = stripped
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let word: String = word.chars().rev().collect();
    if word.chars().next().is_some_and(char::is_uppercase) && is_first_name(&fold_str(&word)) {
        return true;
    }
    let rest = &stripped[..stripped.len() - word.len()];
    let sentence_start = rest.trim_end().is_empty()
        || rest
            .trim_end()
            .ends_with(['.', '!', '?', ':', '"', '«', '“'])
        || rest.ends_with('\n');
    !german && looks_like_a_name(g, &word) && !sentence_start
}

/// "Morgan Stanley", "Genesis Energy": the name is followed by a capitalised word that is not
/// an entity (a model would have matched as "Brand Model") nor a company word.
fn before_other_name(g: &Gazetteer, folded: &Folded, end: usize, original: &str) -> bool {
    const COMPANY_WORDS: [&str; 14] = [
        "motor",
        "motors",
        "company",
        "cars",
        "car",
        "group",
        "groupe",
        "gruppe",
        "auto",
        "automobiles",
        "automotive",
        "corporation",
        "trucks",
        "vans",
    ];
    let (_, e) = folded.original_range(end, end);
    let Some(after) = original[e..].strip_prefix(' ') else {
        return false;
    };
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    looks_like_a_name(g, &word) && !COMPANY_WORDS.contains(&fold_str(&word).as_str())
}

/// A capitalised word of two letters or more, not all capitals, that names no entity.
fn looks_like_a_name(g: &Gazetteer, word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase);
    let acronym = word.chars().all(char::is_uppercase);
    capitalised && word.chars().count() > 1 && !acronym && g.resolve(None, word).is_empty()
}

/// "Zuid-Amerikaans", "sud-américain", "Latin American", "Centraal-Azië": a compass word
/// before a country form names a region, not the country (real country names that start
/// with one, like "Zuid-Korea", are whole forms of their own and match from the compass word).
fn after_compass_word(folded: &str, start: usize) -> bool {
    const COMPASS: [&str; 17] = [
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
    ];
    let before = folded[..start].trim_end();
    let previous = before.rsplit(' ').next().unwrap_or("");
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
