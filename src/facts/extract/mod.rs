//! Reading the facts of one article, sentence by sentence: which plants the sentence names
//! (or refers back to), which models and brands, what the production cues around them say.

use rustc_hash::FxHashMap;

use super::lexicon::{Cat, Hit, Lexicon};
use super::text::{self, Token};
use super::{Extractor, Fact, Status, SubjectKind};
use crate::Article;
use crate::entities::{EntityKind, Mention};
use chrono::Datelike;

mod clauses;
mod links;
mod moves;
use links::{Place, nearest_year, not_founding_years};

/// How many sentences after a plant a sentence naming nothing may still refer back to it.
const PROMISE_REACH: usize = 2;

/// How the text ties a model to a plant not of its maker.
#[derive(Clone, Copy)]
enum Tie {
    /// Not at all: the model and the plant come from different sentences.
    None,
    /// The sentence names that plant and no other.
    Named,
    /// The sentence refers to it ("dort", "the plant").
    Referred,
}

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
    /// Every plant named so far (the title's too).
    named: Vec<String>,
    /// A heading that is a plant's name alone ("- MELFI."), and its sentence: what the
    /// sentences under it build, until another plant is named.
    heading: Option<(String, usize)>,
    /// A plant the previous sentence said builds something without saying what.
    pending: Option<(String, Status)>,
    /// Models the previous sentence named without any place ("Auf den Golf ist Verlass."),
    /// for a sentence that names a plant building something unnamed ("In Wolfsburg rollt der
    /// Bestseller vom Band."), with the end the previous sentence gave it, if any.
    topic: Vec<(String, usize, Option<Status>)>,
}

/// The cues of one sentence, read around its production cues.
struct Cues<'a> {
    hits: Vec<Hit>,
    lex: &'a Lexicon,
    /// The last year of a closed span of years the sentence gives ("1997-2010").
    span_end: Option<i32>,
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
        // A span of years that closed before the article ("(1997-2010)") is production that
        // ended, as is one in an undated text (a span still to come reads as future above).
        let ended_span = self
            .span_end
            .is_some_and(|end| article_year.is_none_or(|a| end < a));
        // A past form inside a future cue is its reporting verb ("すると発表した": announced
        // that it will), not the tense of the production.
        let past = self.near(Cat::Past, &[Cat::Future])
            || (earlier && self.near(Cat::Until, &[]))
            || (ended_span && self.anchored());
        let produce = self.any(Cat::Produce);
        // "esta última" is "the latter" (an anaphora), not the last one built.
        let stop = self.any(Cat::Stop) || (produce && self.near(Cat::Last, &[Cat::Anaphora]));
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
        } else if self.near(Cat::Hedge, &[]) || (self.anchored() && self.any(Cat::Weighed)) {
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
    // The mentions list the title's first, then the body's: the sentences are the body's, and
    // a title's mention read at its own offset in the body would name what is not there.
    let in_title = article.mentions.partition_point(|m| !m.in_body());
    let (title, mentions) = article.mentions.split_at(in_title);
    let place = article
        .mentions
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
    let only_plant = match &article.entities[EntityKind::Plant] {
        [one] if x.makes_vehicles(one) => Some(one.to_string()),
        _ => None,
    };
    let mut context = Context::default();
    // A title that names one plant is what the first sentences' "the plant", "elle" mean.
    let mut titled: Vec<&str> = Vec::new();
    for m in title.iter().filter(|m| m.kind == EntityKind::Plant) {
        if x.makes_vehicles(&m.entity) && !titled.contains(&m.entity.as_str()) {
            titled.push(&m.entity);
        }
    }
    context.named = titled.iter().map(|p| p.to_string()).collect();
    if let [one] = titled.as_slice() {
        context.last_plant = Some((one.to_string(), 0));
        context.single = true;
    }
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
        let named = here.iter().any(|m| {
            matches!(
                m.kind,
                EntityKind::Plant | EntityKind::Model | EntityKind::Brand
            )
        });
        // A sentence that names nothing is read only just after a plant was named: it may
        // say that "the plant" builds what the next sentence lists.
        let recent = context
            .last_plant
            .as_ref()
            .is_some_and(|(_, at)| index.saturating_sub(*at) <= PROMISE_REACH);
        if !named && !recent {
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
        if !named {
            context.pending = sentence.promise(lex, &context, article_year);
            continue;
        }
        let facts = sentence.read(x, lex, &mut context, article_year, &only_plant);
        for mut fact in facts {
            let dated = fact.date.is_some();
            if !dated {
                fact.date.clone_from(&article_date);
            }
            // "builds" of a plant that had closed by then is history read in the present
            // ("the Vilvoorde plant builds the Clio" quoted in 2005): it built.
            let year = fact.date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
            if fact.status == Status::Builds
                && year.is_some_and(|y| x.closed_before(&fact.plant, y))
            {
                fact.status = Status::Built;
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

/// A sentence that denies an end ("「…が生産終了するというわけではない」", "this does not
/// mean the end of production") says no production ends: its stops are none, and its
/// negation, the denial's, refuses nothing.
fn drop_denied_stops(cues: &mut Cues) {
    if !cues.any(Cat::Denial) {
        return;
    }
    let denials: Vec<(usize, usize)> = cues
        .hits
        .iter()
        .filter(|h| h.cat == Cat::Denial)
        .map(|h| (h.first, h.last))
        .collect();
    // A future cue written with the stop ("終了する") goes with it.
    let stops: Vec<(usize, usize)> = cues
        .hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Stop | Cat::NoLonger))
        .map(|h| (h.first, h.last))
        .collect();
    cues.hits.retain(|h| match h.cat {
        Cat::Stop | Cat::NoLonger | Cat::Last => false,
        Cat::Future => !stops.iter().any(|&(f, l)| h.first <= l && f <= h.last),
        Cat::Negation => !denials.iter().any(|&(f, l)| f <= h.first && h.last <= l),
        _ => true,
    });
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
        let mut cues = Cues {
            hits: lex.find(self.tokens),
            lex,
            span_end: None,
        };
        self.drop_cut_off_negations(&mut cues);
        drop_denied_stops(&mut cues);
        let years = not_founding_years(
            text::years(self.tokens),
            self.tokens,
            &cues.hits,
            lex.founding_year_before,
        );
        let span = self.closed_span(&years);
        cues.span_end = span.map(|(_, _, end)| end);
        let status = cues.status(&years, article_year);
        // "closed all next week", "vorübergehend stillgelegt": a pause, not the end of a
        // model's production there.
        let paused = matches!(status, Status::Stopped | Status::WillStop) && cues.any(Cat::Pause);
        let dateline = self.dateline_end();
        let plants: Vec<&Mention> = self
            .of_kind(EntityKind::Plant)
            .filter(|p| x.makes_vehicles(&p.entity))
            .filter(|p| dateline.is_none_or(|end| p.start >= end))
            .collect();
        let engine_plant = plants.is_empty()
            && self
                .of_kind(EntityKind::Plant)
                .any(|p| !x.makes_vehicles(&p.entity));
        let subjects = self.subjects(x);
        let breaks = self.clause_breaks();
        let whole_stop = self.plant_wide_stop(&cues, &breaks, &subjects, &years, article_year);
        let status_at = |at: usize| {
            let own = self
                .clause_status(&cues, &breaks, at, &years, article_year)
                .unwrap_or(status);
            match whole_stop {
                Some(stop) if own == Status::Builds => stop,
                _ => own,
            }
        };
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
                // Production that ended over a span is dated by the span's end.
                date: nearest_year(&years, at)
                    .map(|y| match span {
                        Some((_, from, end))
                            if y == from && matches!(status, Status::Built | Status::Stopped) =>
                        {
                            end
                        }
                        _ => y,
                    })
                    .map(|y| y.to_string()),
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
        let sole = names.len() == 1;
        // A model goes with a plant of its own maker (brand, group or operator), or with one
        // the text ties it to, where no plant of the model's maker was named so far: the one
        // plant its sentence names, not written with its own maker's name ("Renault
        // Vilvoorde") nor beside its maker, or the plant "dort", "the plant" stand for. A
        // Mondeo beside Vilvoorde after Genk is Genk's.
        let named_before = context.named.clone();
        let allowed = |plant: &str, s: &Subject, tie: Tie| {
            if s.kind == SubjectKind::Brand {
                return true;
            }
            let brand = x.brand_of_subject(s);
            if x.fits(plant, brand) {
                return true;
            }
            let own = |p: &str, b: Option<&str>| x.makes(p, b);
            // The plant written with its maker's name: `Renault Vilvoorde`, `Opel-Werk`.
            let written_with_maker = plants.iter().filter(|p| p.entity == plant).any(|p| {
                let written = p.text(self.full).to_lowercase();
                x.makers_of(plant)
                    .iter()
                    .any(|m| written.contains(&m.to_lowercase()))
            });
            // Makers named on their own, not as part of a model's name (`Suzuki Swift`): the
            // plant's and the model's both ("wie Renault in Vilvoorde stoppt Ford den
            // Mondeo") set the two apart.
            let named_maker = |owns: &dyn Fn(&str) -> bool| {
                self.of_kind(EntityKind::Brand).any(|b| {
                    owns(&b.entity)
                        && !self
                            .of_kind(EntityKind::Model)
                            .any(|m| m.start <= b.start && b.end <= m.end)
                })
            };
            let beside_its_maker = || {
                named_maker(&|b| Some(b) != brand && own(plant, Some(b)))
                    && named_maker(&|b| Some(b) == brand)
            };
            let tied = match tie {
                Tie::None => false,
                Tie::Named => !written_with_maker && !beside_its_maker(),
                Tie::Referred => true,
            };
            tied && !named_before
                .iter()
                .map(String::as_str)
                .chain(names.iter().copied())
                .any(|p| own(p, brand))
        };
        // Where things are said to be built: the plants named, and (beside a production cue)
        // countries standing for a brand's only plant there.
        let mut places: Vec<Place> = plants.iter().map(|p| Place::Plant(p)).collect();
        if anchored {
            places.extend(
                self.countries(x, lex, &cues, &plants, &subjects)
                    .map(Place::Country),
            );
        }
        places.sort_by_key(|p| p.at());
        if !places.is_empty() {
            let transfer = cues.any(Cat::Transfer) && names.len() >= 2;
            let plant_first = match (places.first(), subjects.iter().map(|s| s.at).min()) {
                (Some(p), Some(first_subject)) => p.at() < first_subject,
                _ => false,
            };
            let moves = if transfer {
                self.moves(lex, &cues, &plants, &subjects, plant_first)
            } else {
                Vec::new()
            };
            for (i, s) in subjects.iter().enumerate() {
                if self.excepted(&cues, s, &subjects) || self.placed_elsewhere(lex, s) {
                    continue;
                }
                let brand = s.kind == SubjectKind::Brand;
                let linked = brand && self.linked(s, &plants, lex);
                if brand && !anchored && !linked {
                    continue;
                }
                if let Some(moved) = moves.get(i).filter(|m| !m.plants.is_empty()) {
                    let past = status == Status::Built || status == Status::Stopped;
                    // A move ruled out or only weighed ("descarta trasladar", "could move")
                    // leaves the model where it is; the other plant gets that status.
                    let held = matches!(status, Status::WillNotBuild | Status::MayBuild);
                    for (n, name) in moved.plants.iter().enumerate() {
                        if !allowed(name, s, Tie::None) {
                            continue;
                        }
                        let leaves = n == 0 && moved.left;
                        let st = match (leaves, past) {
                            (true, _) if held => Status::Builds,
                            (false, _) if held => status,
                            (true, true) => Status::Stopped,
                            (true, false) => Status::WillStop,
                            (false, true) => Status::Builds,
                            (false, false) => Status::WillBuild,
                        };
                        fact(name, s, st, s.at);
                    }
                    continue;
                }
                let fitting: Vec<&Place> = places
                    .iter()
                    .filter(|p| match p {
                        Place::Plant(m) => {
                            // Named alone in the sentence, or in the model's clause.
                            let alone = sole
                                || (self.separators(m.start, s.at, &subjects) == 0
                                    && plants
                                        .iter()
                                        .filter(|o| o.entity != m.entity)
                                        .all(|o| self.separators(o.start, s.at, &subjects) > 0));
                            allowed(&m.entity, s, if alone { Tie::Named } else { Tie::None })
                        }
                        Place::Country(_) => true,
                    })
                    .collect();
                let targets: Vec<&Place> = if fitting.len() == 1 || subjects.len() == 1 {
                    fitting
                } else {
                    fitting
                        .into_iter()
                        .min_by_key(|p| {
                            // A sentence that names a plant before its first subject pairs
                            // each subject with a plant before it ("Flins accueillant la Zoe
                            // et Maubeuge la Kangoo"); one that starts with a subject, with a
                            // plant after it ("the 3008 in Sochaux and the 508 in Mulhouse").
                            let wrong_side = (p.at() < s.at) != plant_first;
                            (
                                self.separators(p.at(), s.at, &subjects),
                                wrong_side,
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
                            fact(&p.entity, s, status_at(s.at), p.start);
                        }
                        Place::Plant(_) => {}
                        Place::Country(c) => {
                            if let Some(plant) = x.only_plant_in(&c.entity, s) {
                                fact(plant, s, status_at(s.at), c.start);
                            }
                        }
                    }
                }
            }
        } else if engine_plant {
            // A sentence about an engine or battery plant ("l'usine de Cléon fabriquera les
            // moteurs de la Mégane") builds no model, here or at the plant named before.
        } else if let Some(plant) = self
            .referred(x, &cues, context, only_plant)
            .or_else(|| self.under_heading(&cues, context))
        {
            for s in subjects
                .iter()
                .filter(|s| allowed(&plant, s, Tie::Referred))
                .filter(|s| !self.excepted(&cues, s, &subjects))
            {
                fact(&plant, s, status_at(s.at), s.at);
            }
        } else if let Some(plant) = only_plant.as_ref().filter(|_| {
            anchored
                && self.of_kind(EntityKind::Country).next().is_none()
                && !self.names_unknown_plant(&cues)
        }) {
            // The article's only plant, for a sentence that says what is built or ends and
            // names no place, of that plant's own makers' models ("Los SUV de Infiniti dejarán
            // de fabricarse este año").
            for s in subjects
                .iter()
                .filter(|s| s.kind == SubjectKind::Model && x.makes(plant, x.brand_of_subject(s)))
                .filter(|s| !self.excepted(&cues, s, &subjects))
            {
                fact(plant, s, status_at(s.at), s.at);
            }
        } else if let (false, Some((plant, pending))) = (anchored, &context.pending)
            // "… im spanischen Werk Valencia": a sentence about another country's plant.
            && !self
                .of_kind(EntityKind::Country)
                .any(|c| x.plant_country(plant) != Some(c.entity.as_str()))
        {
            for s in subjects
                .iter()
                .filter(|s| s.kind == SubjectKind::Model && allowed(plant, s, Tie::None))
            {
                fact(plant, s, *pending, s.at);
            }
        }
        if made.get() == 0 && subjects.is_empty() && anchored {
            let topic = std::mem::take(&mut context.topic);
            for (name, at, ended) in &topic {
                let s = Subject {
                    name,
                    kind: SubjectKind::Model,
                    at: *at,
                };
                for p in plants.iter().filter(|p| allowed(&p.entity, &s, Tie::None)) {
                    fact(&p.entity, &s, ended.unwrap_or(status), p.start);
                }
            }
        }
        let said = !facts.is_empty();
        // A model said to end ("il primo ritiro sarà quello della Fiat 500X") keeps its end
        // when the next sentence names the plant that builds.
        context.topic = if places.is_empty() && !said {
            subjects
                .iter()
                .filter(|s| s.kind == SubjectKind::Model)
                .map(|s| {
                    let own = status_at(s.at);
                    let ended = matches!(own, Status::Stopped | Status::WillStop).then_some(own);
                    (s.name.to_string(), s.at, ended)
                })
                .collect()
        } else {
            Vec::new()
        };
        context.pending = None;
        for name in &names {
            if !context.named.iter().any(|n| n == name) {
                context.named.push(name.to_string());
            }
        }
        if !names.is_empty() {
            context.heading = self
                .is_heading(&plants, &subjects)
                .then(|| (names[0].to_string(), self.index));
        }
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

    /// A negation that a colon or semicolon cuts off from every production cue says nothing
    /// of them ("No surprise: Skoda builds the Octavia in Mladá Boleslav.").
    fn drop_cut_off_negations(&self, cues: &mut Cues) {
        let start_of = |token: usize| self.tokens.get(token).map_or(self.start, |t| t.start);
        let cut = |a: usize, b: usize| {
            let (from, to) = (a.min(b), a.max(b));
            self.full
                .get(from..to)
                .is_some_and(|between| between.contains([':', ';']))
        };
        let anchors: Vec<usize> = cues.anchors().map(|h| start_of(h.first)).collect();
        cues.hits.retain(|h| {
            h.cat != Cat::Negation || {
                let at = start_of(h.first);
                anchors.is_empty() || anchors.iter().any(|&a| !cut(at, a))
            }
        });
    }

    /// A sentence naming nothing that says the plant just named builds vehicles it does not
    /// name ("Da instalação saíram carros que fizeram história."): that plant and the status,
    /// for the models the next sentence lists.
    fn promise(
        &self,
        lex: &Lexicon,
        context: &Context,
        article_year: Option<i32>,
    ) -> Option<(String, Status)> {
        let cues = Cues {
            hits: lex.find(self.tokens),
            lex,
            span_end: None,
        };
        if !(cues.any(Cat::Produce) && cues.any(Cat::Anaphora) && cues.any(Cat::Vehicles)) {
            return None;
        }
        let years = not_founding_years(
            text::years(self.tokens),
            self.tokens,
            &cues.hits,
            lex.founding_year_before,
        );
        // Only a plant said to build: "the end of engine production at the facility" is not
        // about the models listed next.
        let status = cues.status(&years, article_year);
        let building = matches!(status, Status::Builds | Status::Built | Status::WillBuild);
        let plant = context.last_plant.as_ref().filter(|_| building)?;
        Some((plant.0.clone(), status))
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
        // In a headline in title case ("Toyota Ends Production At Its Burnaston Plant") a
        // capital says nothing.
        let capital =
            self.body_char(next.start).is_some_and(char::is_uppercase) && !self.title_case();
        let covered = self
            .mentions
            .iter()
            .any(|m| m.start <= next.start && next.start < m.end);
        gap_is_space && capital && !covered
    }

    /// Whether the sentence is a headline in title case: no full stop at its end, three words
    /// or more, and of its words of four letters or more, at least three in four capitalised
    /// (a German sentence's nouns are capitalised too, but it ends with a stop).
    fn title_case(&self) -> bool {
        if self.text.trim_end().ends_with(['.', '!', '?', '。', '…']) {
            return false;
        }
        let words: Vec<&str> = self
            .text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let capitalised = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        words.len() >= 3 && capitalised * 4 >= words.len() * 3
    }

    /// The body, as far as mention offsets need it: the sentence's text padded in front.
    fn body(&self) -> &str {
        self.full
    }

    fn body_char(&self, at: usize) -> Option<char> {
        self.text.get(at - self.start..)?.chars().next()
    }
}
