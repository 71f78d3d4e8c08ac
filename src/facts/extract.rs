//! Reading the facts of one article, sentence by sentence: which plants the sentence names
//! (or refers back to), which models and brands, what the production cues around them say.

use rustc_hash::FxHashMap;

use super::lexicon::{Cat, Hit, Lexicon};
use super::text::{self, Token};
use super::{Extractor, Fact, Status, SubjectKind};
use crate::Article;
use crate::entities::{EntityKind, Mention};
use chrono::Datelike;

/// A model or brand to pair with a plant: name, kind, byte offset.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    pub name: &'a str,
    pub kind: SubjectKind,
    pub at: usize,
}

/// What the sentences so far leave for the next one.
#[derive(Default)]
struct Context {
    /// The plant named last, and in which sentence.
    last_plant: Option<(String, usize)>,
    /// Whether that sentence named only that plant.
    single: bool,
    /// A plant the previous sentence said builds something without saying what.
    pending: Option<(String, Status)>,
    /// Models the previous sentence named without any place ("Auf den Golf ist Verlass."),
    /// for a sentence that names a plant building something unnamed ("In Wolfsburg rollt der
    /// Bestseller vom Band.").
    topic: Vec<(String, usize)>,
}

/// The cues of one sentence, read around its production cues.
struct Cues<'a> {
    hits: Vec<Hit>,
    lex: &'a Lexicon,
}

impl Cues<'_> {
    fn any(&self, cat: Cat) -> bool {
        self.hits.iter().any(|h| h.cat == cat)
    }

    fn anchors(&self) -> impl Iterator<Item = &Hit> {
        self.hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Produce | Cat::Stop | Cat::Transfer))
    }

    fn anchored(&self) -> bool {
        self.anchors().next().is_some()
    }

    /// A cue of `cat` within the window of a production cue, not inside a phrase `except`.
    fn near(&self, cat: Cat, except: &[Cat]) -> bool {
        self.hits.iter().any(|h| {
            h.cat == cat
                && !self
                    .hits
                    .iter()
                    .any(|o| except.contains(&o.cat) && o.first <= h.first && h.last <= o.last)
                && self.anchors().any(|a| {
                    h.first + self.lex.before >= a.first && h.first <= a.last + self.lex.after
                })
        })
    }

    /// The sentence's status: modifiers near the production cues, and the years it gives
    /// against the article's.
    fn status(&self, years: &[(usize, i32)], article_year: Option<i32>) -> Status {
        let later = article_year.is_some_and(|a| years.iter().any(|&(_, y)| y > a));
        let earlier = article_year.is_some_and(|a| years.iter().any(|&(_, y)| y < a));
        let participle = self.any(Cat::Participle);
        let future = later
            || self.hits.iter().any(|h| {
                h.cat == Cat::Future
                    && !(participle
                        && self.hits.iter().any(|o| {
                            o.cat == Cat::AuxPassive && o.first == h.first && o.last == h.last
                        }))
                    && self.anchors().any(|a| {
                        h.first + self.lex.before >= a.first && h.first <= a.last + self.lex.after
                    })
            });
        let past = self.near(Cat::Past, &[]) || (earlier && self.near(Cat::Until, &[]));
        let produce = self.any(Cat::Produce);
        let stop = self.any(Cat::Stop) || (produce && self.near(Cat::Last, &[]));
        if self.near(Cat::NoLonger, &[Cat::NotNegation]) {
            // "will no longer be made" is a stop to come; "is no longer made" one that came.
            if future && !past {
                Status::WillStop
            } else {
                Status::Stopped
            }
        } else if stop {
            if future && !past {
                Status::WillStop
            } else {
                Status::Stopped
            }
        } else if self.near(Cat::Negation, &[Cat::NotNegation, Cat::NoLonger]) {
            Status::WillNotBuild
        } else if self.near(Cat::Hedge, &[]) {
            Status::MayBuild
        } else if future {
            Status::WillBuild
        } else if past {
            Status::Built
        } else {
            Status::Builds
        }
    }
}

pub fn extract(x: &Extractor, article: &Article) -> Vec<Fact> {
    let mentions = &article.mentions;
    let place = mentions
        .iter()
        .any(|m| matches!(m.kind, EntityKind::Plant | EntityKind::Country));
    let subject = mentions
        .iter()
        .any(|m| matches!(m.kind, EntityKind::Model | EntityKind::Brand));
    if !place || !subject {
        return Vec::new();
    }
    let body = article.body.as_str();
    let lex = x.lexicon(article.lang);
    let article_year = article.date.as_ref().map(|d| d.first_day().year());
    let article_date = article.date.as_ref().map(|d| d.day_text().to_string());
    let only_plant = match article.entities[EntityKind::Plant].as_slice() {
        [one] if x.makes_vehicles(one) => Some(one.clone()),
        _ => None,
    };
    let mut context = Context::default();
    let mut out = Vec::new();
    let mut seen: FxHashMap<(String, String, Status), (usize, bool)> = FxHashMap::default();
    let mut cursor = 0;
    // The folded words of one sentence at a time: one buffer for the article.
    let mut arena = String::new();
    for (index, (start, end)) in text::sentences(body).into_iter().enumerate() {
        while cursor < mentions.len() && mentions[cursor].start < start {
            cursor += 1;
        }
        let first = cursor;
        while cursor < mentions.len() && mentions[cursor].start < end {
            cursor += 1;
        }
        let here = &mentions[first..cursor];
        if !here.iter().any(|m| {
            matches!(
                m.kind,
                EntityKind::Plant | EntityKind::Model | EntityKind::Brand
            )
        }) {
            context.pending = None;
            continue;
        }
        let tokens = text::tokens(&body[start..end], start, &mut arena);
        let sentence = Sentence {
            text: &body[start..end],
            full: body,
            start,
            end,
            index,
            mentions: here,
            tokens: &tokens,
        };
        let facts = sentence.read(x, lex, &mut context, article_year, &only_plant);
        for mut fact in facts {
            let dated = fact.date.is_some();
            if !dated {
                fact.date.clone_from(&article_date);
            }
            let key = (fact.plant.clone(), fact.subject.clone(), fact.status);
            match seen.get(&key) {
                None => {
                    seen.insert(key, (out.len(), dated));
                    out.push(fact);
                }
                // A later sentence that gives the year is the better evidence.
                Some(&(at, false)) if dated => {
                    seen.insert(key, (at, true));
                    out[at] = fact;
                }
                Some(_) => {}
            }
        }
    }
    out
}

struct Sentence<'a> {
    /// The sentence's text, `body[start..end]`, and the whole body.
    text: &'a str,
    full: &'a str,
    start: usize,
    end: usize,
    index: usize,
    mentions: &'a [Mention],
    tokens: &'a [Token<'a>],
}

impl Sentence<'_> {
    fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.kind == kind)
    }

    fn read(
        &self,
        x: &Extractor,
        lex: &Lexicon,
        context: &mut Context,
        article_year: Option<i32>,
        only_plant: &Option<String>,
    ) -> Vec<Fact> {
        let cues = Cues {
            hits: lex.find(self.tokens),
            lex,
        };
        let years = not_founding_years(text::years(self.tokens), self.tokens, &cues.hits);
        let status = cues.status(&years, article_year);
        // "closed all next week", "vorübergehend stillgelegt": a pause, not the end of a
        // model's production there.
        let paused = matches!(status, Status::Stopped | Status::WillStop) && cues.any(Cat::Pause);
        let plants: Vec<&Mention> = self
            .of_kind(EntityKind::Plant)
            .filter(|p| x.makes_vehicles(&p.entity))
            .collect();
        let subjects = self.subjects(x);
        let mut facts = Vec::new();
        let made = std::cell::Cell::new(0usize);
        let mut fact = |plant: &str, s: &Subject, status: Status, at: usize| {
            if paused {
                return;
            }
            made.set(made.get() + 1);
            facts.push(Fact {
                plant: plant.to_string(),
                subject: s.name.to_string(),
                subject_kind: s.kind,
                status,
                date: nearest_year(&years, at).map(|y| y.to_string()),
                start: self.start,
                end: self.end,
            });
        };
        let anchored = cues.anchored();
        let mut names: Vec<&str> = Vec::new();
        for p in &plants {
            if !names.contains(&p.entity.as_str()) {
                names.push(p.entity.as_str());
            }
        }
        // Where things are said to be built: the plants named, and (beside a production cue)
        // countries standing for a brand's only plant there.
        let mut places: Vec<Place> = plants.iter().map(|p| Place::Plant(p)).collect();
        if anchored {
            places.extend(
                self.countries(x, lex, &plants, &subjects)
                    .map(Place::Country),
            );
        }
        places.sort_by_key(|p| p.at());
        if !places.is_empty() {
            let transfer = cues.any(Cat::Transfer) && names.len() >= 2;
            for s in &subjects {
                if self.excepted(&cues, s, &subjects) {
                    continue;
                }
                let brand = s.kind == SubjectKind::Brand;
                let linked = brand && self.linked(s, &plants, lex);
                if brand && !anchored && !linked {
                    continue;
                }
                if transfer {
                    let past = status == Status::Built || status == Status::Stopped;
                    for (n, name) in names.iter().enumerate() {
                        let st = match (n == 0, past) {
                            (true, true) => Status::Stopped,
                            (true, false) => Status::WillStop,
                            (false, true) => Status::Builds,
                            (false, false) => Status::WillBuild,
                        };
                        fact(name, s, st, s.at);
                    }
                    continue;
                }
                let targets: Vec<&Place> = if places.len() == 1 || subjects.len() == 1 {
                    places.iter().collect()
                } else {
                    places
                        .iter()
                        .min_by_key(|p| {
                            (
                                self.separators(p.at(), s.at, &subjects),
                                p.at().abs_diff(s.at),
                            )
                        })
                        .into_iter()
                        .collect()
                };
                for place in targets {
                    // A brand beside a plant in another clause is about something else.
                    if brand && !linked && self.separators(place.at(), s.at, &subjects) > 0 {
                        continue;
                    }
                    match place {
                        Place::Plant(p) if !brand || x.may_build(&p.entity, s.name) => {
                            fact(&p.entity, s, status, p.start);
                        }
                        Place::Plant(_) => {}
                        Place::Country(c) => {
                            if let Some(plant) = x.only_plant_in(&c.entity, s) {
                                fact(plant, s, status, c.start);
                            }
                        }
                    }
                }
            }
        } else if let Some(plant) = self.referred(&cues, context, only_plant) {
            for s in &subjects {
                fact(&plant, s, status, s.at);
            }
        } else if let (false, Some((plant, pending))) = (anchored, &context.pending) {
            for s in subjects.iter().filter(|s| s.kind == SubjectKind::Model) {
                fact(plant, s, *pending, s.at);
            }
        }
        if made.get() == 0 && subjects.is_empty() && anchored {
            let topic = std::mem::take(&mut context.topic);
            for (name, at) in &topic {
                let s = Subject {
                    name,
                    kind: SubjectKind::Model,
                    at: *at,
                };
                for p in &plants {
                    fact(&p.entity, &s, status, p.start);
                }
            }
        }
        let said = !facts.is_empty();
        context.topic = if places.is_empty() && !said {
            subjects
                .iter()
                .filter(|s| s.kind == SubjectKind::Model)
                .map(|s| (s.name.to_string(), s.at))
                .collect()
        } else {
            Vec::new()
        };
        context.pending = None;
        if let Some(last) = plants.iter().max_by_key(|p| p.start) {
            context.last_plant = Some((last.entity.to_string(), self.index));
            context.single = names.len() == 1;
            if anchored && !said && subjects.is_empty() {
                context.pending = Some((last.entity.to_string(), status));
            }
        }
        // The same plant twice in a list: keep one.
        facts.dedup_by(|a, b| a.plant == b.plant && a.subject == b.subject && a.status == b.status);
        facts
    }

    /// The models, and the brands none of the sentence's models belongs to.
    fn subjects(&self, x: &Extractor) -> Vec<Subject<'_>> {
        let mut out: Vec<Subject> = Vec::new();
        let mut brands_of_models: Vec<&str> = Vec::new();
        for m in self.of_kind(EntityKind::Model) {
            if self.number_part(m) {
                continue;
            }
            if let Some(b) = x.brand_of.get(m.entity.as_str()) {
                brands_of_models.push(b);
            }
            if !out.iter().any(|s| s.name == m.entity.as_str()) {
                out.push(Subject {
                    name: &m.entity,
                    kind: SubjectKind::Model,
                    at: m.start,
                });
            }
        }
        let has_models = !out.is_empty();
        for m in self.of_kind(EntityKind::Brand) {
            let covered = brands_of_models.contains(&m.entity.as_str());
            if covered || out.iter().any(|s| s.name == m.entity.as_str()) {
                continue;
            }
            // Beside models, a brand is the maker of something else in the sentence; followed
            // by a capitalised word no mention covers, it is part of a firm's name (Renault
            // Korea Motors).
            if has_models || self.firm_name(m) {
                continue;
            }
            out.push(Subject {
                name: &m.entity,
                kind: SubjectKind::Brand,
                at: m.start,
            });
        }
        out
    }

    /// A model written as digits that go on as a number: `500.000 cars`, `3,8 millions`.
    fn number_part(&self, m: &Mention) -> bool {
        let text = m.text(self.full);
        let rest = self.full.get(m.end..).unwrap_or("").as_bytes();
        text.bytes().all(|b| b.is_ascii_digit())
            && matches!(rest, [b'.' | b',', d, ..] if d.is_ascii_digit())
    }

    /// A brand followed by a capitalised word that no mention covers: `Renault Korea Motors`.
    fn firm_name(&self, brand: &Mention) -> bool {
        let words = |t: &str| t.split_whitespace().count();
        if words(brand.text(self.body())) > words(&brand.entity) {
            // Written as a longer name: `Renault Korea Motors` for Renault.
            return true;
        }
        let Some(next) = self.tokens.iter().find(|t| t.start >= brand.end) else {
            return false;
        };
        let gap_is_space = next.start == brand.end + 1;
        let capital = self.body_char(next.start).is_some_and(char::is_uppercase);
        let covered = self
            .mentions
            .iter()
            .any(|m| m.start <= next.start && next.start < m.end);
        gap_is_space && capital && !covered
    }

    /// The body, as far as mention offsets need it: the sentence's text padded in front.
    fn body(&self) -> &str {
        self.full
    }

    fn body_char(&self, at: usize) -> Option<char> {
        self.text.get(at - self.start..)?.chars().next()
    }

    /// A brand written against a plant: `Martorell de Seat`, `Opel-Werk Bochum`, `Renault
    /// Vilvoorde`.
    fn linked(&self, s: &Subject, plants: &[&Mention], lex: &Lexicon) -> bool {
        let Some(brand) = self
            .mentions
            .iter()
            .find(|m| m.kind == EntityKind::Brand && m.start == s.at)
        else {
            return false;
        };
        plants.iter().any(|p| {
            let gap = if brand.end <= p.start {
                (brand.end, p.start)
            } else if p.end <= brand.start {
                (p.end, brand.start)
            } else {
                return false;
            };
            // Words between, leaving out what stands in brackets: `Opel (Stellantis) en
            // Figueruelas`.
            let text = self.full.get(gap.0..gap.1).unwrap_or("");
            let mut depth = 0usize;
            let mut bare = String::new();
            for c in text.chars() {
                match c {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            if bare.contains([',', ';', ':', '.']) {
                return false;
            }
            let mut arena = String::new();
            let words = super::text::tokens(&bare, 0, &mut arena);
            words.len() <= 4 && words.iter().all(|w| lex.links.iter().any(|l| l == w.text))
        })
    }

    /// A subject set apart in its clause ("Escludendo … come il Ducato, … producono a Melfi",
    /// "apart from the Ducato"): an exception cue before it with no clause break between.
    fn excepted(&self, cues: &Cues, s: &Subject, subjects: &[Subject]) -> bool {
        cues.hits.iter().filter(|h| h.cat == Cat::Except).any(|h| {
            let at = self.tokens.get(h.last).map_or(usize::MAX, |t| t.end);
            at <= s.at && self.separators(at, s.at, subjects) == 0
        })
    }

    /// A pronoun that may stand for a plant: one with no maker or model written before it
    /// ("Audi said it had been hit…": `it` is Audi).
    fn plant_pronoun(&self, cues: &Cues) -> bool {
        cues.hits.iter().filter(|h| h.cat == Cat::Pronoun).any(|h| {
            let at = self.tokens.get(h.first).map_or(0, |t| t.start);
            !self
                .mentions
                .iter()
                .any(|m| matches!(m.kind, EntityKind::Brand | EntityKind::Model) && m.start < at)
        })
    }

    /// The plant a sentence without a plant's name refers to: "l'usine", "das Werk", "dort"
    /// beside a production cue mean the plant named last, else the article's only plant.
    fn referred(
        &self,
        cues: &Cues,
        context: &Context,
        only_plant: &Option<String>,
    ) -> Option<String> {
        if !cues.any(Cat::Produce) {
            return None;
        }
        if !cues.any(Cat::Anaphora) {
            // "Actuellement, elle produit les Scénic…": a pronoun for the one plant the
            // sentence before named. Where the language drops the pronoun (工場で生産する…),
            // the production cue alone stands for it.
            let dropped = cues.lex.zero_subject;
            if !(self.plant_pronoun(cues) || dropped) || !context.single {
                return None;
            }
            // A dropped subject carries on over a few sentences; a pronoun only to the next.
            let reach = if dropped { DROPPED_REACH } else { 1 };
            return context
                .last_plant
                .as_ref()
                .filter(|(_, at)| self.index.saturating_sub(*at) <= reach)
                .map(|(p, _)| p.clone());
        }
        context
            .last_plant
            .as_ref()
            .map(|(p, _)| p.clone())
            .or_else(|| only_plant.clone())
    }

    /// "aux États-Unis", "in Kazakhstan": countries written as a place (after a preposition
    /// of place, as a noun: not `im portugiesischen Werk X`, where X is the place), that no
    /// plant named in the sentence is in. None when another maker is in the sentence ("talks
    /// with ZIL"): it may be the one building there.
    fn countries<'m>(
        &'m self,
        x: &'m Extractor,
        lex: &'m Lexicon,
        plants: &'m [&Mention],
        subjects: &'m [Subject],
    ) -> impl Iterator<Item = &'m Mention> + 'm {
        let subject_brands: Vec<&str> = subjects
            .iter()
            .filter_map(|s| x.brand_of_subject(s))
            .collect();
        let other_maker = self
            .of_kind(EntityKind::Brand)
            .any(|b| !subject_brands.contains(&b.entity.as_str()));
        self.of_kind(EntityKind::Country).filter(move |c| {
            let noun = c
                .text(self.full)
                .chars()
                .next()
                .is_some_and(|ch| !ch.is_lowercase());
            let placed = self
                .tokens
                .iter()
                .rev()
                .filter(|t| t.end <= c.start)
                .take(2)
                .any(|t| lex.locative.iter().any(|l| l == t.text));
            let covered = plants
                .iter()
                .any(|p| x.plant_country(&p.entity) == Some(c.entity.as_str()));
            !other_maker && noun && placed && !covered
        })
    }

    /// Clause breaks between two offsets: commas, semicolons and colons outside brackets,
    /// except the commas of a list of subjects (`Peugeot Expert, Opel Vivaro, Citroën Jumpy`).
    fn separators(&self, a: usize, b: usize, subjects: &[Subject]) -> usize {
        let (from, to) = (a.min(b), a.max(b));
        let Some(between) = self.full.get(from..to) else {
            return 0;
        };
        let mut depth = 0usize;
        let mut count = 0;
        for (i, c) in between.char_indices() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                ',' | ';' | ':' if depth == 0 => {
                    let at = from + i;
                    let listed = self.mentions.iter().any(|m| m.end <= at && at - m.end <= 2)
                        && subjects.iter().any(|s| s.at > at && s.at - at <= 6);
                    // "Born, waar …", "Martorell, wo …": the clause goes on about the place.
                    let relative = c == ','
                        && self
                            .tokens
                            .iter()
                            .find(|t| t.start > at)
                            .is_some_and(|t| RELATIVE.contains(&t.text));
                    if !listed && !relative {
                        count += 1;
                    }
                }
                _ => {}
            }
        }
        count
    }
}

/// How many sentences on a plant left out (ja, zh, ko) is still the one named last.
const DROPPED_REACH: usize = 3;

/// Words that open a relative clause about a place, folded (where, wo, waar, où, donde…).
const RELATIVE: [&str; 14] = [
    "where", "wo", "waar", "ou", "donde", "dove", "onde", "gdzie", "kde", "dar", "hvor", "which",
    "whose", "welches",
];

/// A place a sentence says something is built at.
enum Place<'m> {
    Plant(&'m Mention),
    Country(&'m Mention),
}

impl Place<'_> {
    fn at(&self) -> usize {
        match self {
            Place::Plant(m) | Place::Country(m) => m.start,
        }
    }
}

/// Tokens after a founding cue within which a year is the founding's (`créée en 1952`,
/// `opened in 1967`, `seit 1990 in Betrieb`… is written before, so only after counts).
const FOUNDED_REACH: usize = 3;

/// The years of a sentence less those that date a plant's founding or opening: "cette usine,
/// créée en 1952, a produit…" is not a fact of 1952.
fn not_founding_years(
    years: Vec<(usize, i32)>,
    tokens: &[text::Token],
    hits: &[super::lexicon::Hit],
) -> Vec<(usize, i32)> {
    let founding: Vec<&super::lexicon::Hit> = hits
        .iter()
        .filter(|h| h.cat == super::lexicon::Cat::Founded)
        .collect();
    if founding.is_empty() {
        return years;
    }
    years
        .into_iter()
        .filter(|&(at, _)| {
            let Some(i) = tokens.iter().position(|t| t.start == at) else {
                return true;
            };
            !founding
                .iter()
                .any(|h| h.last < i && i - h.last <= FOUNDED_REACH)
        })
        .collect()
}

/// The year given nearest to byte `at`.
fn nearest_year(years: &[(usize, i32)], at: usize) -> Option<i32> {
    years
        .iter()
        .min_by_key(|(pos, _)| pos.abs_diff(at))
        .map(|&(_, y)| y)
}
