//! What stands near a candidate and decides it: a company word after it, a place written
//! as places are, its maker named, its brand just before or a list of its models, a month
//! beside a date, a compass word.

use super::*;

impl Matcher {
    /// "Ingersoll Rand factory", "Oxford Street": a place followed by a capitalised word that
    /// names nothing known is part of another name (outside German, which capitalises every
    /// noun; "the Leipzig Plant" is still the plant).
    pub(super) fn before_a_company_word(&self, scan: &Scanned, c: &Candidate) -> bool {
        let next = context::words_after(&scan.folded.text, c.end)
            .next()
            .unwrap_or("");
        let production = PRODUCTION.contains(next) || PLANT_NAME.contains(next);
        !production && before_other_name(&self.gazetteer, &scan.folded, c.end, scan.original)
    }

    /// A place is written as a name: its last word capitalised too ("El segundo punto" is no
    /// El Segundo), never glued to a plural or genitive `s` ("Gracias", "Amsterdams
    /// beursschandaal"), and a short city exactly as spelled, accents aside ("Can" is not
    /// Caen, though both fold to `can`).
    pub(super) fn place_written_so(
        &self,
        id: EntityId,
        form: &Form,
        c: &Candidate,
        w: &str,
    ) -> bool {
        let last_capitalised = w
            .rsplit([' ', '-'])
            .next()
            .and_then(|word| word.chars().next())
            .is_some_and(|ch| !ch.is_lowercase());
        let glued_s = c.pattern < SUFFIXED && c.end - c.start > form.folded.len();
        let spelled = form.folded.chars().count() > 4
            || !self
                .gazetteer
                .entity(id)
                .details
                .iter()
                .any(|(label, city)| {
                    *label == "city"
                        && fold_str(city) == form.folded
                        && strip_accents(city).to_lowercase() != strip_accents(w).to_lowercase()
                });
        last_capitalised && !glued_s && spelled
    }

    /// A city names a plant only in a text that names its maker ("Oxford" in a BMW or Mini
    /// story), or that names no maker at all but speaks of car production.
    pub(super) fn maker_named(
        &self,
        plant: EntityId,
        ctx: &Context,
        title: bool,
        pos: usize,
    ) -> bool {
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

    /// "日産自動車(横浜市)", "Volkswagen (Wolfsburg)": a city in brackets right after a maker's
    /// name is its seat, not one of its plants ("追浜工場(横須賀市)" is still the plant's place).
    pub(super) fn a_seat_in_brackets(&self, scan: &Scanned, c: &Candidate) -> bool {
        let (s, e) = scan.folded.original_range(c.start, c.end);
        let original = scan.original;
        let (Some(before), Some(after)) = (original.get(..s), original.get(e..)) else {
            return false;
        };
        let Some(open) = before
            .strip_suffix('(')
            .or_else(|| before.strip_suffix('（'))
            .map(str::trim_end)
        else {
            return false;
        };
        if !after.starts_with([')', '）']) {
            return false;
        }
        // The maker's name, or it and a company word ("日産自動車", "Renault SA").
        const COMPANY: [&str; 10] = [
            "自動車",
            "自动车",
            "汽车",
            "汽車",
            "株式会社",
            "集团",
            "集團",
            " AG",
            " SA",
            " Motor",
        ];
        scan.candidates.iter().any(|d| {
            let (_, de) = scan.folded.original_range(d.start, d.end);
            open.get(de..)
                .is_some_and(|rest| rest.is_empty() || COMPANY.contains(&rest))
                && self.owners(d).iter().any(|&(id, _)| {
                    matches!(
                        self.gazetteer.entity(id).kind,
                        EntityKind::Brand | EntityKind::Group
                    )
                })
        })
    }

    /// "上海大众汽车长沙工厂": one of the plant's makers written within a passage of the name
    /// (a two-character Chinese city is named in many stories of other trades).
    pub(super) fn maker_written_near(
        &self,
        scan: &Scanned,
        plant: EntityId,
        c: &Candidate,
    ) -> bool {
        let makers = &self.makers[plant];
        scan.candidates.iter().any(|d| {
            (d.end <= c.start || d.start >= c.end)
                && d.start.abs_diff(c.start) <= context::NEAR
                && self.owners(d).iter().any(|&(id, _)| {
                    let e = self.gazetteer.entity(id);
                    match e.kind {
                        EntityKind::Brand | EntityKind::Group => makers.contains(&id),
                        EntityKind::Model => e.implies.iter().any(|b| makers.contains(b)),
                        _ => false,
                    }
                })
        })
    }

    /// "Peugeot künftig den 3008": one of `brands` a few words before.
    pub(super) fn brand_shortly_before(
        &self,
        text: &str,
        c: &Candidate,
        brands: &[EntityId],
    ) -> bool {
        let from = text[..c.start]
            .char_indices()
            .rev()
            .nth(40)
            .map_or(0, |(i, _)| i);
        let window = &text[from..c.start];
        brands.iter().any(|&b| {
            self.gazetteer.entity(b).forms.iter().any(|f| {
                !f.folded.contains(' ')
                    && f.folded.len() >= 3
                    && window.split(' ').any(|w| w.starts_with(&f.folded))
            })
        })
    }

    /// "the 147, 156, 166, GT and Spider", "di 33, 145, 146 e 159": one of at least three
    /// models of one of `brands` listed together (commas and "and" between them), where each
    /// names the others as that brand's line-up.
    pub(super) fn in_a_list_of_its_models(
        &self,
        scan: &Scanned,
        c: &Candidate,
        brands: &[EntityId],
    ) -> bool {
        self.listed_with_its_models(scan, c, brands, 3)
    }

    /// One of at least `at_least` models of one of `brands` listed together ("Transporter
    /// und Caddy" are two).
    pub(super) fn listed_with_its_models(
        &self,
        scan: &Scanned,
        c: &Candidate,
        brands: &[EntityId],
        at_least: usize,
    ) -> bool {
        const AND: &[&str] = &[
            "and", "und", "et", "e", "y", "i", "en", "och", "og", "a", "ve", "és", "or", "oder",
            "ou", "o", "of",
        ];
        let of_brand = |d: &Candidate| {
            self.owners(d).iter().any(|&(id, _)| {
                let e = self.gazetteer.entity(id);
                e.kind == EntityKind::Model && e.implies.iter().any(|b| brands.contains(b))
            })
        };
        let range = |d: &Candidate| scan.folded.original_range(d.start, d.end);
        let listed = |left: (usize, usize), right: (usize, usize)| {
            left.1 <= right.0
                && scan.original.get(left.1..right.0).is_some_and(|between| {
                    let between = between.trim();
                    // "Volvo 340/360, 480": a slash joins two of the line-up too.
                    between == ","
                        || between == "/"
                        || AND.contains(&between)
                        || between
                            .strip_prefix(',')
                            .is_some_and(|rest| AND.contains(&rest.trim()))
                })
        };
        let items: Vec<(usize, usize)> = scan
            .candidates
            .iter()
            .filter(|d| of_brand(d))
            .map(range)
            .collect();
        // Walk the list both ways from this name.
        let mut count = 1;
        for forward in [false, true] {
            let mut at = range(c);
            while let Some(&next) = items.iter().find(|&&other| match forward {
                true => listed(at, other),
                false => listed(other, at),
            }) {
                count += 1;
                at = next;
                if count >= at_least {
                    return true;
                }
            }
        }
        false
    }

    /// "Rover 200", "Fiata 500": one of `brands` is the word just before (inflected or not).
    pub(super) fn brand_just_before(&self, text: &str, c: &Candidate, brands: &[EntityId]) -> bool {
        let Some(previous) = context::words_before(text, c.start).next() else {
            return false;
        };
        brands.iter().any(|&b| {
            self.gazetteer.entity(b).forms.iter().any(|f| {
                !f.folded.contains(' ') && f.folded.len() >= 2 && previous.starts_with(&f.folded)
            })
        })
    }
}

/// A place written in two Han characters (长沙, 南京).
pub(super) fn two_han_characters(folded: &str) -> bool {
    folded.chars().count() == 2 && folded.chars().all(crate::entities::fold::is_han_or_kana)
}

/// "Nissan … March 2005": a bare model named like a month, written beside a day or a year.
pub(super) fn a_month_beside_a_date(folded: &str, text: &str, c: &Candidate) -> bool {
    crate::corpus::months::is_month_name(folded)
        && context::beside_a_day_or_year(text, c.start, c.end)
}

/// A bare model name that is a number or an ordinary word ("200", "#1", "Uno", "One") counts
/// only written right after its brand, except in the languages where that word is only the
/// car's name (the Kombi in Portuguese and Spanish, an estate car's body elsewhere).
pub(super) fn needs_its_brand(folded: &str, lang: Lang) -> bool {
    !folded.chars().any(char::is_alphabetic)
        || (BARE_ONLY_AFTER_BRAND.contains(&folded)
            && !MODEL_NAME_IN
                .iter()
                .any(|(word, langs)| *word == folded && langs.contains(&lang)))
}

/// Words of `BARE_ONLY_AFTER_BRAND` that name only the car in these languages.
const MODEL_NAME_IN: &[(&str, &[Lang])] = &[("kombi", &[Lang::PT, Lang::ES])];

/// An exact-case form must appear in the original text with that very case.
/// A bare model name that is an ordinary word also counts written in capitals ("modelových
/// řad OCTAVIA a KAROQ").
pub(super) fn cased_ok(form: &Form, folded: &Folded, c: &Candidate, original: &str) -> bool {
    let Some(cased) = &form.cased else {
        return true;
    };
    if c.pattern == usize::MAX {
        // Declined ("Astry" for Astra): the name as written up to its ending.
        let stem: String = cased
            .chars()
            .take(cased.chars().count().saturating_sub(1))
            .collect();
        let (s, e) = folded.original_range(c.start, c.end);
        return original
            .get(s..e)
            .is_some_and(|written| strip_accents(written).starts_with(&stem));
    }
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

/// "Zuid-Amerikaans", "sud-américain", "Latin American", "Ouest-France", "zona franca": a compass word
/// before a country form names a region or a newspaper, not the country (real country names
/// that start with one, like "Zuid-Korea", are whole forms of their own).
pub(super) fn after_compass_word(folded: &str, start: usize) -> bool {
    const COMPASS: [&str; 22] = [
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
        // "zona franca" (a free-trade zone) is not França
        "zona",
    ];
    let previous = context::words_before(folded, start).next().unwrap_or("");
    COMPASS.contains(&previous)
}
