//! The matcher: finds every entity mention in an article with its byte range, applying the
//! rules that keep ordinary words from firing (exact case, automotive context from other
//! evidence, clubs and people, bare model names and numbers only next to their brand), and
//! dating brand → group implications by the article's date.

use std::sync::{Arc, OnceLock};

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::accept::Context;
use super::compiled::{self, Patterns};
use super::context::written;
use super::fold::{Folded, fold, fold_str, is_unspaced_script};
use super::gazetteer::{COMPILED, Gazetteer};
use super::lexicon::{
    AGGLUTINATING_LANGS, COMPOUND_SUFFIXES, FALSE_FRIENDS, HUNGARIAN_ENDINGS, INFLECTING_LANGS,
};
use super::rules::{self, Gate, Stems};
use super::source::EntityId;
use super::{EntityKind, Field, Mention, Name};
use crate::Lang;
use crate::article::{Article, EntitySet};

/// At most this many mentions of one article are kept (title then body, in order); the rest
/// are counted in [`Article::mentions_omitted`]. The article's entities stay complete: every
/// name is still judged where it is first written past the cap (see [`MAX_CANDIDATES`]).
pub const MAX_MENTIONS: usize = 10_000;

/// Per text (title, body), the name occurrences (candidates) judged one by one; past them, only
/// the first [`LATE_PER_NAME`] occurrences of each name are, so that the entities a long text
/// names are all found while what the matcher holds stays bounded (a 15 MB file of nothing but
/// names is 2 million of them, 40 bytes each, and as many hits again).
pub const MAX_CANDIDATES: usize = 4 * MAX_MENTIONS;
const LATE_PER_NAME: u8 = 2;

/// A compiled gazetteer, ready to scan text.
pub struct Matcher {
    pub(super) gazetteer: Arc<Gazetteer>,
    /// Every folded form, deduplicated; a match's value is its index in `patterns`. `None`
    /// if it could not be built.
    pub(super) automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// For each automaton pattern: the (entity, form index) pairs that have it.
    pub(super) patterns: Patterns,
    /// Each entity's canonical name, shared by all its mentions (indexed by [`EntityId`]).
    pub(super) names: Vec<Name>,
    /// Per entity: a plant's folded city, to know its bare place names.
    pub(super) cities: Vec<Option<String>>,
    /// Per entity: the brands and groups that make at a plant (empty for other kinds).
    pub(super) makers: Vec<Vec<EntityId>>,
    /// Per entity and form: how it may match.
    pub(super) gates: Vec<Vec<Gate>>,
    /// Stems of place and country names for languages with case endings, built on first use.
    pub(super) stems: OnceLock<Stems>,
    /// Per entity: a group's brands, now or in its history (empty for other kinds).
    pub(super) group_brands: Vec<Vec<EntityId>>,
    /// Japanese one-character country prefixes (米テスラ, 独フォルクスワーゲン) and the country
    /// (with one of its forms, for its gate) each stands for.
    pub(super) ja_prefixes: Vec<(char, (EntityId, usize))>,
}

/// Japanese news writes a foreign company with its country's one-character name before it
/// (米ゼネラル・モーターズ, 独フォルクスワーゲン, 仏ルノー, 印タタ自動車) and a government the
/// same way (米トランプ政権): the character is the country there.
const JA_COUNTRY_PREFIXES: &[(char, &str)] = &[
    ('米', "United States"),
    ('英', "United Kingdom"),
    ('独', "Germany"),
    ('仏', "France"),
    ('露', "Russia"),
    ('韓', "South Korea"),
    ('印', "India"),
    ('伊', "Italy"),
    ('蘭', "Netherlands"),
];

/// Where a one-character country prefix of [`JA_COUNTRY_PREFIXES`] is written in folded
/// Japanese: before a katakana name (not after one, nor after a kanji: 南米, 欧米, 北米 are
/// regions, カリフォルニア米 rice), or 米 before a word of government (米政府, 米政権, 米大統領).
fn ja_country_prefixes(
    text: &str,
    prefixes: &[(char, (EntityId, usize))],
) -> Vec<(usize, usize, (EntityId, usize))> {
    const US_WORDS: &[&str] = &["政府", "政権", "大統領", "議会", "当局", "市場", "連邦"];
    let kanji = |ch: char| ('\u{4e00}'..='\u{9fff}').contains(&ch);
    let katakana = |ch: char| ('\u{30a1}'..='\u{30fa}').contains(&ch);
    let mut out = Vec::new();
    let mut previous: Option<char> = None;
    for (i, ch) in text.char_indices() {
        let before = previous;
        previous = Some(ch);
        let Some(&(_, owner)) = prefixes.iter().find(|(p, _)| *p == ch) else {
            continue;
        };
        if before.is_some_and(|b| kanji(b) || katakana(b)) {
            continue;
        }
        let end = i + ch.len_utf8();
        let rest = &text[end..];
        let named = rest.chars().next().is_some_and(katakana)
            || (ch == '米' && US_WORDS.iter().any(|w| rest.starts_with(w)));
        if named {
            out.push((i, end, owner));
        }
    }
    out
}

/// The `pattern` of a place found with an ending glued to it (Kecskemétre, debreceni).
pub(super) const SUFFIXED: usize = usize::MAX - 1;

/// A pattern hit before the rules are applied.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Index into [`Matcher::patterns`], `usize::MAX` for a hit by stem, or [`SUFFIXED`].
    pub(super) pattern: usize,
    /// The owner of a hit by stem.
    pub(super) owner: (EntityId, usize),
}

/// Where candidates were found: the title or the body.
pub(super) struct Scanned<'a> {
    pub(super) folded: Folded,
    pub(super) original: &'a str,
    pub(super) title: bool,
    /// The article's language.
    pub(super) lang: Lang,
    pub(super) candidates: Vec<Candidate>,
    /// Occurrences past [`MAX_CANDIDATES`] not kept (a name already seen often enough).
    pub(super) unjudged: usize,
}

/// Keeps the candidates of one text within [`MAX_CANDIDATES`] and a few per name after.
#[derive(Default)]
struct Keep {
    candidates: Vec<Candidate>,
    late: rustc_hash::FxHashMap<(usize, usize, usize), u8>,
    unjudged: usize,
}

impl Keep {
    fn push(&mut self, c: Candidate) {
        if self.candidates.len() >= MAX_CANDIDATES {
            let seen = self
                .late
                .entry((c.pattern, c.owner.0, c.owner.1))
                .or_insert(0);
            if *seen >= LATE_PER_NAME {
                self.unjudged += 1;
                return;
            }
            *seen += 1;
        }
        self.candidates.push(c);
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
        let gates = rules::gates(&gazetteer, &cities);
        let mut group_brands = vec![Vec::new(); gazetteer.entities().len()];
        for (id, e) in gazetteer.entities().iter().enumerate() {
            if e.kind != EntityKind::Brand {
                continue;
            }
            let groups = e
                .group
                .into_iter()
                .chain(e.group_history.iter().map(|s| s.group));
            for g in groups {
                if !group_brands[g].contains(&id) {
                    group_brands[g].push(id);
                }
            }
        }
        let ja_prefixes = JA_COUNTRY_PREFIXES
            .iter()
            .filter_map(|&(ch, country)| {
                let id = *gazetteer
                    .resolve(Some(EntityKind::Country), country)
                    .first()?;
                let form = gazetteer
                    .entity(id)
                    .forms
                    .iter()
                    .enumerate()
                    .position(|(i, f)| {
                        f.folded.starts_with(is_unspaced_script)
                            && matches!(gates[id].get(i), Some(Gate::Firm))
                    })?;
                Some((ch, (id, form)))
            })
            .collect();
        Matcher {
            gazetteer,
            automaton,
            patterns,
            names,
            cities,
            makers,
            gates,
            stems: OnceLock::new(),
            group_brands,
            ja_prefixes,
        }
    }

    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// Find the entities of an article: fills `entities` (title and body, with implied ones,
    /// groups as of the article's date) and `mentions` (title then body, each with its field
    /// and byte range in that field).
    pub fn annotate(&self, article: &mut Article) {
        let mut title = self.scan(&article.title, article.lang, true);
        let mut body = self.scan(&article.body, article.lang, false);
        if let Some((_, words)) = FALSE_FRIENDS.iter().find(|(l, _)| article.lang == *l) {
            for scan in [&mut title, &mut body] {
                let text = &scan.folded.text;
                scan.candidates
                    .retain(|c| !words.iter().any(|w| fold_str(w) == text[c.start..c.end]));
            }
        }
        let german = article.lang == Lang::DE;
        let context = self.context(&[&title, &body], article.lang);
        let (title_hits, title_nested) = self.select(&title, &context, german);
        let (body_hits, body_nested) = self.select(&body, &context, german);

        let date = article.date.as_ref().map(crate::Date::first_day);
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
        let hits = title_hits.len() + body_hits.len();
        article.mentions = title_hits
            .into_iter()
            .map(mention(Field::Title))
            .chain(body_hits.into_iter().map(mention(Field::Body)))
            .take(MAX_MENTIONS)
            .collect();
        article.mentions_omitted = hits - article.mentions.len() + title.unjudged + body.unjudged;
    }

    /// Every pattern occurrence that sits on word boundaries (a trailing genitive/plural `s`
    /// allowed after a word of two letters or more: Peugeots, Ruslands), and in languages with case endings every place or
    /// country written with one (v Mladé Boleslavi).
    pub(super) fn scan<'a>(&self, text: &'a str, lang: Lang, title: bool) -> Scanned<'a> {
        let inflecting = INFLECTING_LANGS.contains(&lang);
        let folded = fold(text);
        let mut keep = Keep::default();
        let Some(automaton) = &self.automaton else {
            return Scanned {
                folded,
                original: text,
                title,
                lang,
                candidates: Vec::new(),
                unjudged: 0,
            };
        };
        let bytes = folded.text.as_bytes();
        // The folded text after one space (patterns anchored at a word's start begin with
        // one), read without copying it.
        let padded = std::iter::once(b' ').chain(bytes.iter().copied());
        // SAFETY: a space followed by the bytes of a `String` is valid UTF-8, which is all
        // `find_overlapping_iter_from_iter` asks of its input.
        let matches = unsafe { automaton.find_overlapping_iter_from_iter(padded) };
        let padded_at = |i: usize| if i == 0 { b' ' } else { bytes[i - 1] };
        for m in matches {
            // Back to offsets in the folded text; an anchored match starts after its space.
            let start = if padded_at(m.start()) == b' ' {
                m.start()
            } else {
                m.start() - 1
            };
            let mut end = m.end() - 1;
            if !boundary_before(&folded.text, start) {
                continue;
            }
            if !boundary_after(&folded.text, end) {
                // Not after a one-letter word: "Mitsubishi Motors is" is no "Mitsubishi i".
                let genitive = end - start >= 4
                    && bytes.get(end) == Some(&b's')
                    && bytes[end - 1].is_ascii_alphabetic()
                    && bytes[end - 2].is_ascii_alphabetic()
                    && boundary_after(&folded.text, end + 1);
                if genitive {
                    end += 1;
                } else if !self.compound_place(&folded.text, end, m.value() as usize) {
                    continue;
                }
            }
            keep.push(Candidate {
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
            for (start, end, owner, bare) in stems.find(&folded.text) {
                // "tyle samo" is no Samoa: a bare stem names only written capitalised.
                if bare
                    && !text
                        .get(folded.original(start)..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase)
                {
                    continue;
                }
                keep.push(Candidate {
                    start,
                    end,
                    pattern: usize::MAX,
                    owner,
                });
            }
        }
        if AGGLUTINATING_LANGS.contains(&lang) {
            let stems = self
                .stems
                .get_or_init(|| Stems::new(self.gazetteer.entities(), &self.cities));
            for (start, end, owner, _) in stems.find_suffixed(&folded.text, HUNGARIAN_ENDINGS) {
                keep.push(Candidate {
                    start,
                    end,
                    pattern: SUFFIXED,
                    owner,
                });
            }
        }
        if lang == Lang::iso(b"ja") {
            for (start, end, owner) in ja_country_prefixes(&folded.text, &self.ja_prefixes) {
                keep.push(Candidate {
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
            lang,
            candidates: keep.candidates,
            unjudged: keep.unjudged,
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

    pub(super) fn owners<'c>(&'c self, c: &'c Candidate) -> &'c [(EntityId, usize)] {
        if c.pattern >= SUFFIXED {
            std::slice::from_ref(&c.owner)
        } else {
            self.patterns.owners(c.pattern)
        }
    }

    pub(super) fn gate(&self, id: EntityId, form_index: usize) -> Gate {
        self.gates[id][form_index]
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

    /// "Gol, Parati, Santana e Polo" in a Volkswagen story: where an ambiguous brand (Santana
    /// Motor) and a bare model of a brand the article names firmly (Volkswagen Santana) share a
    /// name, the model is meant, unless that brand is named firmly too.
    fn drop_brand_for_its_namesake_model(
        &self,
        owners: &[(EntityId, usize)],
        context: &Context,
        ids: &mut Vec<EntityId>,
    ) {
        let g = &self.gazetteer;
        let model_of_a_firm_brand = owners.iter().any(|&(id, form)| {
            let e = g.entity(id);
            e.kind == EntityKind::Model
                && e.forms[form].bare
                && e.implies.iter().any(|b| context.is_firm(*b))
        });
        if !model_of_a_firm_brand {
            return;
        }
        for &(id, form) in owners {
            if g.entity(id).kind == EntityKind::Brand
                && self.gate(id, form) == Gate::Ambiguous
                && !context.is_firm(id)
            {
                ids.retain(|&other| other != id);
            }
        }
    }

    /// "Land Rovers and Range Rovers": the plural of a name that is a brand and a model of a
    /// brand the article names firmly is that model's cars, not the brand.
    fn drop_plural_brand_for_its_namesake_model(&self, context: &Context, accepted: &mut Hits) {
        let g = &self.gazetteer;
        let model_spans: Vec<(usize, usize)> = accepted
            .iter()
            .filter(|(_, _, ids)| {
                ids.iter().any(|&id| {
                    let e = g.entity(id);
                    e.kind == EntityKind::Model && e.implies.iter().any(|b| context.is_firm(*b))
                })
            })
            .map(|&(s, e, _)| (s, e))
            .collect();
        for (start, end, ids) in accepted.iter_mut() {
            if model_spans.contains(&(*start, *end)) {
                ids.retain(|&id| {
                    let b = g.entity(id);
                    b.kind != EntityKind::Brand || *end - *start <= fold_str(&b.name).len()
                });
            }
        }
        accepted.retain(|(_, _, ids)| !ids.is_empty());
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
        for (index, c) in scan.candidates.iter().enumerate() {
            let mut ids: Vec<EntityId> = Vec::new();
            let mut owners: Vec<(EntityId, usize)> = Vec::new();
            for &owner in self.owners(c) {
                if !ids.contains(&owner.0) && self.accepts(scan, (index, c), owner, context, german)
                {
                    ids.push(owner.0);
                    owners.push(owner);
                }
            }
            self.drop_brand_for_its_namesake_model(&owners, context, &mut ids);
            let bare = owners
                .iter()
                .filter(|(id, _)| ids.contains(id))
                .all(|&(id, form)| self.gazetteer.entity(id).forms[form].bare);
            if !ids.is_empty() {
                accepted.push((c.start, c.end, ids));
                bare_only.push(bare);
            }
        }
        self.drop_bare_after_model(scan, &mut accepted, &bare_only);
        self.drop_plural_brand_for_its_namesake_model(context, &mut accepted);
        rules::nearest_brand(&self.gazetteer, &mut accepted);
        let named: Vec<EntityId> = context.makers().copied().collect();
        rules::plant_of_named_maker(
            &self.gazetteer,
            &self.makers,
            &named,
            &scan.folded.text,
            &mut accepted,
        );
        rules::operator_not_its_plant(&self.gazetteer, &scan.folded.text, &mut accepted);
        accepted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut nested = Vec::new();
        let mut covered = 0;
        let mut covering_maker = false;
        let mut covering_start = 0;
        let mut covering_index = 0;
        let mut covering_model = false;
        let mut covering_brands: Vec<EntityId> = Vec::new();
        for (start, end, ids) in accepted {
            if start < covered {
                // "Chrysler" in "Fiat Chrysler Automobiles" is the group's name, not the brand;
                // "Rover" in "Land Rover" and "MG" in "MG Rover" are part of another brand's.
                if covering_maker {
                    continue;
                }
                // Only what lies wholly inside the longer hit is named by it; a brand written
                // as the first words of its model's name ("Volvo" in "Volvo 340") is a mention
                // of its own too (before the model's, which ends later), so the reader and `]`
                // find the brand where it is written.
                for id in ids.into_iter().filter(|_| end <= covered) {
                    let kind = self.gazetteer.entity(id).kind;
                    // "Volvo" in "Volvo FH16", Volvo Trucks' model: the maker's short name,
                    // not the car brand of that name.
                    if kind == EntityKind::Brand
                        && self.part_of_a_covering_brand(id, &covering_brands)
                    {
                        continue;
                    }
                    if matches!(kind, EntityKind::Brand | EntityKind::Group) {
                        nested.push(id);
                    }
                    if kind == EntityKind::Brand && start == covering_start && covering_model {
                        let (s, e) = scan.folded.original_range(start, end);
                        out.insert(covering_index, (s, e, id));
                    }
                }
                continue;
            }
            covered = end;
            covering_start = start;
            covering_index = out.len();
            covering_model = ids
                .iter()
                .any(|&id| self.gazetteer.entity(id).kind == EntityKind::Model);
            covering_brands = ids
                .iter()
                .filter(|&&id| self.gazetteer.entity(id).kind == EntityKind::Model)
                .flat_map(|&id| self.gazetteer.entity(id).implies.iter().copied())
                .collect();
            covering_maker = ids.iter().all(|&id| {
                matches!(
                    self.gazetteer.entity(id).kind,
                    EntityKind::Group | EntityKind::Brand
                )
            });
            let (s, e) = scan.folded.original_range(start, end);
            for id in ids {
                out.push((s, e, id));
            }
        }
        (out, nested)
    }

    /// Whether `brand`'s name opens the name of one of `brands` ("Volvo", "Volvo Trucks").
    fn part_of_a_covering_brand(&self, brand: EntityId, brands: &[EntityId]) -> bool {
        let name = &self.gazetteer.entity(brand).name;
        brands.iter().any(|&b| {
            b != brand
                && self
                    .gazetteer
                    .entity(b)
                    .name
                    .strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
        })
    }

    fn entity_set(&self, found: &[EntityId]) -> EntitySet {
        let mut lists: [Vec<Name>; EntityKind::COUNT] = Default::default();
        for &id in found {
            let entity = self.gazetteer.entity(id);
            let list = &mut lists[entity.kind.index()];
            if !list.iter().any(|n| *n == entity.name) {
                list.push(self.names[id].clone());
            }
        }
        for list in &mut lists {
            list.sort();
        }
        EntitySet::from_lists(lists)
    }
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
