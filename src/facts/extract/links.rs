//! How a sentence's subjects reach a plant: a link through the production cue, a list's
//! separators, an exception, a plant named before or only as a pronoun, the countries named
//! with it; and the years that date a founding rather than the fact.

use super::*;

/// Month names written with a capital (English, German, folded): "the Golf in March".
const MONTHS: [&str; 21] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "marz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "spring",
];

impl Sentence<'_> {
    /// A brand written against a plant: `Martorell de Seat`, `Opel-Werk Bochum`, `Renault
    /// Vilvoorde`.
    pub(super) fn linked(&self, s: &Subject, plants: &[&Mention], lex: &Lexicon) -> bool {
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

    /// Where a dateline opening the sentence ends ("Hamburg/Stuttgart/Wolfsburg - VW will…",
    /// "SHANGHAI, Oct. 24 (Xinhua) --", "DETROIT (Reuters) -"): the places in it say where
    /// the news was written, not where anything is built. A dateline is short, ends at a
    /// spaced dash, holds no lowercase word outside brackets, and shows it is one: places
    /// joined by slashes, a first word in capitals, or an agency in brackets.
    pub(super) fn dateline_end(&self) -> Option<usize> {
        let cut = (0..=self.text.len().min(DATELINE_MAX))
            .rev()
            .find(|&i| self.text.is_char_boundary(i))?;
        let head = &self.text[..cut];
        let dash = [" - ", " – ", " — ", " -- "]
            .iter()
            .filter_map(|d| head.find(d))
            .min()?;
        let prefix = &head[..dash];
        let mut depth = 0usize;
        let mut outside = String::new();
        for c in prefix.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let words: Vec<&str> = outside
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let capital = |w: &&str| w.chars().next().is_some_and(|c| !c.is_lowercase());
        if words.is_empty() || !words.iter().all(capital) {
            return None;
        }
        let slashes = outside.contains('/');
        let shouted = words[0].chars().count() >= 3 && words[0].chars().all(|c| !c.is_lowercase());
        let agency = prefix.contains('(') && prefix.contains(')');
        (slashes || shouted || agency).then_some(self.start + dash)
    }

    /// A closed span of years the sentence gives ("1997-2010", "von 1966 bis 1978", "dal 1995
    /// al 2005"): its first year and where it stands, and its last year.
    pub(super) fn closed_span(&self, years: &[(usize, i32)]) -> Option<(usize, i32, i32)> {
        years.windows(2).find_map(|w| {
            let ((at, from), (to_at, to)) = (w[0], w[1]);
            let end_of_from = self.tokens.iter().find(|t| t.start == at)?.end;
            let between = self.full.get(end_of_from..to_at)?.trim();
            let word = text::fold_word(between);
            let joined = matches!(between, "-" | "–" | "—" | "~" | "〜" | "～")
                || SPAN_WORDS.contains(&word.as_str());
            (from < to && joined).then_some((at, from, to))
        })
    }

    /// A subject set apart in its clause ("Escludendo … come il Ducato, … producono a Melfi",
    /// "apart from the Ducato"): an exception cue before it with no clause break between.
    /// So is one a part is built for ("housings for batteries for the Fiat 500", "les
    /// moteurs de la Clio"): a component cue before it with no production cue between, nor a
    /// coordination ("des boîtes de vitesses, ainsi qu'un modèle …").
    pub(super) fn excepted(&self, cues: &Cues, s: &Subject, subjects: &[Subject]) -> bool {
        let end_of = |h: &Hit| self.tokens.get(h.last).map_or(usize::MAX, |t| t.end);
        cues.hits.iter().any(|h| match h.cat {
            Cat::Except => {
                let at = end_of(h);
                at <= s.at && self.separators(at, s.at, subjects) == 0
            }
            Cat::Component => {
                let at = end_of(h);
                at <= s.at
                    && !cues
                        .hits
                        .iter()
                        .filter(|a| {
                            matches!(
                                a.cat,
                                Cat::Produce | Cat::Stop | Cat::Transfer | Cat::Coordination
                            )
                        })
                        .any(|a| {
                            let from = self.tokens.get(a.first).map_or(0, |t| t.start);
                            at <= from && from < s.at
                        })
            }
            _ => false,
        })
    }

    /// A pronoun that may stand for a plant: one with no maker or model written before it
    /// ("Audi said it had been hit…": `it` is Audi).
    pub(super) fn plant_pronoun(&self, cues: &Cues) -> bool {
        cues.hits.iter().filter(|h| h.cat == Cat::Pronoun).any(|h| {
            let at = self.tokens.get(h.first).map_or(0, |t| t.start);
            !self
                .mentions
                .iter()
                .any(|m| matches!(m.kind, EntityKind::Brand | EntityKind::Model) && m.start < at)
        })
    }

    /// Whether the sentence's first word is a production cue ("Producen el León, Ibiza…",
    /// "Produrrà la nuova Panda"): its subject is left unsaid.
    fn opens_with_production(&self, cues: &Cues) -> bool {
        cues.hits
            .iter()
            .any(|h| h.cat == Cat::Produce && h.first == 0)
    }

    /// The plant a sentence without a plant's name refers to: "l'usine", "das Werk", "dort"
    /// beside a production cue mean the plant named last, else the article's only plant.
    pub(super) fn referred(
        &self,
        x: &Extractor,
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
            let opens_with_verb = cues.lex.verb_first && self.opens_with_production(cues);
            if !(self.plant_pronoun(cues) || dropped || opens_with_verb) || !context.single {
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
        if self.names_unknown_plant(cues) {
            return None;
        }
        let plant = context
            .last_plant
            .as_ref()
            .map(|(p, _)| p.clone())
            .or_else(|| only_plant.clone())?;
        // "im spanischen Werk", "l'usine espagnole", "the Spanish plant": a plant of another
        // country than the one named last is another plant.
        let start_of = |t: usize| self.tokens.get(t).map_or(self.start, |t| t.start);
        let end_of = |t: usize| self.tokens.get(t).map_or(self.end, |t| t.end);
        let elsewhere = cues
            .hits
            .iter()
            .filter(|h| h.cat == Cat::Anaphora)
            .all(|h| {
                let from = start_of(h.first.saturating_sub(ADJECTIVE_REACH));
                let to = end_of(h.last + ADJECTIVE_REACH);
                self.of_kind(EntityKind::Country).any(|c| {
                    c.start >= from
                        && c.end <= to
                        && x.plant_country(&plant) != Some(c.entity.as_str())
                })
            });
        (!elsewhere).then_some(plant)
    }

    /// Whether the subject is placed, by a preposition of place just after it, in a place no
    /// mention covers ("the Corolla in Blue Springs, Mississippi, while the Tundra is made in
    /// San Antonio"): it is built there, at a plant the gazetteer does not know, not at the
    /// plants the sentence names.
    pub(super) fn placed_elsewhere(&self, lex: &Lexicon, s: &Subject) -> bool {
        if s.kind != SubjectKind::Model {
            return false;
        }
        let Some(m) = self
            .mentions
            .iter()
            .filter(|m| m.start == s.at)
            .max_by_key(|m| m.end)
        else {
            return false;
        };
        let next = self.tokens.partition_point(|t| t.start < m.end);
        let (Some(prep), Some(place)) = (self.tokens.get(next), self.tokens.get(next + 1)) else {
            return false;
        };
        // A name, not an abbreviation (`v ČR`, `in the USA` are countries the matcher may
        // not know by those letters).
        let word = &self.full[place.start..place.end];
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        let dated = self
            .tokens
            .get(next + 2)
            .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()));
        lex.locative.iter().any(|l| l == prep.text)
            && capital
            && !dated
            && !MONTHS.contains(&place.text)
            && !self
                .mentions
                .iter()
                .any(|o| o.start <= place.start && place.start < o.end)
    }

    /// Whether a plant word of the sentence goes on with a name no mention covers ("la fábrica
    /// de Texas", "das Werk Salzgitter"): the sentence is about a plant the gazetteer does not
    /// know, not the one named before nor the article's only one.
    pub(super) fn names_unknown_plant(&self, cues: &Cues) -> bool {
        let named = |t: &Token| {
            self.full[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
                && !t.text.bytes().all(|b| b.is_ascii_digit())
                && !self
                    .mentions
                    .iter()
                    .any(|m| m.start <= t.start && t.start < m.end)
        };
        cues.hits
            .iter()
            .filter(|h| h.cat == Cat::Anaphora)
            .any(|h| {
                match (self.tokens.get(h.last + 1), self.tokens.get(h.last + 2)) {
                    // German writes every noun with a capital: only after a linking word there.
                    (Some(next), _) if named(next) && cues.lex.lang != crate::Lang::DE => true,
                    // One short linking word between: `de`, `in`, `von`, `di`.
                    (Some(link), Some(next)) => {
                        link.text.chars().count() <= 3
                            && !self.full[link.start..]
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                            && named(next)
                    }
                    _ => false,
                }
            })
    }

    /// A sentence that is one plant's name and nothing else but marks ("- MELFI.", "Melfi:",
    /// "2. Cassino"): a heading for the sentences under it.
    pub(super) fn is_heading(&self, plants: &[&Mention], subjects: &[Subject]) -> bool {
        let Some(first) = plants.first() else {
            return false;
        };
        if !subjects.is_empty() || plants.iter().any(|p| p.entity != first.entity) {
            return false;
        }
        let mut rest = String::new();
        let mut at = self.start;
        for p in plants {
            rest.push_str(self.full.get(at..p.start).unwrap_or(""));
            at = at.max(p.end);
        }
        rest.push_str(self.full.get(at..self.end).unwrap_or(""));
        rest.chars().all(|c| !c.is_alphabetic())
    }

    /// The plant of the heading the sentence stands under, for a sentence that names no place
    /// and says what is built ("- CASSINO. … Dal 2025 sarà prodotta la nuova Stelvio").
    pub(super) fn under_heading(&self, cues: &Cues, context: &Context) -> Option<String> {
        if !cues.any(Cat::Produce) {
            return None;
        }
        context
            .heading
            .as_ref()
            .filter(|(_, at)| self.index > *at && self.index - *at <= HEADING_REACH)
            .map(|(p, _)| p.clone())
    }

    /// "aux États-Unis", "in Kazakhstan": countries written as a place (after a preposition
    /// of place, as a noun: not `im portugiesischen Werk X`, where X is the place), that no
    /// plant named in the sentence is in. None when another maker is in the sentence ("talks
    /// with ZIL"): it may be the one building there.
    pub(super) fn countries<'m>(
        &'m self,
        x: &'m Extractor,
        lex: &'m Lexicon,
        cues: &'m Cues,
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
        // "dejará de fabricar el Clio en Turquía para centrarse en China": China is the aim.
        let anchors: Vec<usize> = cues.anchors().map(|h| h.last).collect();
        let purposes: Vec<usize> = cues
            .hits
            .iter()
            .filter(|h| h.cat == Cat::Purpose)
            .map(|h| h.first)
            .collect();
        self.of_kind(EntityKind::Country).filter(move |c| {
            let at = self.tokens.partition_point(|t| t.start < c.start);
            let aimed = purposes.iter().any(|&p| p < at)
                && !anchors
                    .iter()
                    .any(|&a| a < at && !purposes.iter().any(|&p| a < p && p < at));
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
            !other_maker && !aimed && noun && placed && !covered
        })
    }

    /// Clause breaks between two offsets: commas, semicolons and colons outside brackets,
    /// except the commas of a list of subjects (`Peugeot Expert, Opel Vivaro, Citroën Jumpy`).
    pub(super) fn separators(&self, a: usize, b: usize, subjects: &[Subject]) -> usize {
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

/// Words between the two years of a span, folded (to, bis, al, do…).
const SPAN_WORDS: [&str; 17] = [
    "to", "till", "until", "through", "bis", "a", "au", "al", "hasta", "do", "tot", "till", "t m",
    "ate", "fino al", "jusqu en", "och",
];

/// Tokens on either side of "the plant", "l'usine" within which a country's adjective says
/// which country's plant it is ("im spanischen Werk", "l'usine espagnole").
pub(super) const ADJECTIVE_REACH: usize = 2;

/// How many sentences under a heading that names a plant still read as that plant's.
pub(super) const HEADING_REACH: usize = 6;

/// A dateline is at most this many bytes before its dash.
const DATELINE_MAX: usize = 80;

/// How many sentences on a plant left out (ja, zh, ko) is still the one named last.
pub(super) const DROPPED_REACH: usize = 3;

/// Words that open a relative clause about a place, folded (where, wo, waar, où, donde…).
pub(super) const RELATIVE: [&str; 14] = [
    "where", "wo", "waar", "ou", "donde", "dove", "onde", "gdzie", "kde", "dar", "hvor", "which",
    "whose", "welches",
];

/// A place a sentence says something is built at.
pub(super) enum Place<'m> {
    Plant(&'m Mention),
    Country(&'m Mention),
}

impl Place<'_> {
    pub(super) fn at(&self) -> usize {
        match self {
            Place::Plant(m) | Place::Country(m) => m.start,
        }
    }
}

/// Tokens after a founding cue within which a year is the founding's (`créée en 1952`,
/// `opened in 1967`, `seit 1990 in Betrieb`… is written before, so only after counts).
pub(super) const FOUNDED_REACH: usize = 3;

/// Tokens before a founding cue within which a year is the founding's, where the language
/// writes the year first (`1959年8月から稼働`: each character a token).
pub(super) const FOUNDED_BEFORE_REACH: usize = 8;

/// Tokens on either side of an anniversary cue within which a year is the jubilee's.
pub(super) const ANNIVERSARY_REACH: usize = 7;

/// The years of a sentence less those that date a plant's founding or opening: "cette usine,
/// créée en 1952, a produit…" is not a fact of 1952. Where the language writes the year
/// first (`year_before`), a year just before the cue is the founding's too.
pub(super) fn not_founding_years(
    years: Vec<(usize, i32)>,
    tokens: &[text::Token],
    hits: &[crate::facts::lexicon::Hit],
    year_before: bool,
) -> Vec<(usize, i32)> {
    use crate::facts::lexicon::Cat;
    let dating: Vec<&crate::facts::lexicon::Hit> = hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::Founded | Cat::Anniversary))
        .collect();
    if dating.is_empty() {
        return years;
    }
    years
        .into_iter()
        .filter(|&(at, _)| {
            let Some(i) = tokens.iter().position(|t| t.start == at) else {
                return true;
            };
            !dating.iter().any(|h| match h.cat {
                // "completará 50 anos em novembro de 2026", "2026 marks 50 years of…".
                Cat::Anniversary => {
                    (h.last < i && i - h.last <= ANNIVERSARY_REACH)
                        || (i < h.first && h.first - i <= ANNIVERSARY_REACH)
                }
                _ => {
                    (h.last < i && i - h.last <= FOUNDED_REACH)
                        || (year_before && i < h.first && h.first - i <= FOUNDED_BEFORE_REACH)
                }
            })
        })
        .collect()
}

/// The year given nearest to byte `at`.
pub(super) fn nearest_year(years: &[(usize, i32)], at: usize) -> Option<i32> {
    years
        .iter()
        .min_by_key(|(pos, _)| pos.abs_diff(at))
        .map(|&(_, y)| y)
}
