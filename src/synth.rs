//! A synthetic corpus for benchmarks and load tests: realistic articles in fr, nl, en and de,
//! built from the gazetteer's brands, models, plants and countries, deterministic from a seed.

use crate::entities::{EntityKind, Gazetteer};

/// A tiny deterministic random generator (xorshift64*): the same seed gives the same corpus.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One generated article: a file name and its text (title on the first line).
pub struct Generated {
    pub name: String,
    pub text: String,
}

struct Vocabulary {
    brands: Vec<String>,
    models: Vec<String>,
    plants: Vec<String>,
    countries: Vec<String>,
}

const LANGS: [&str; 4] = ["fr", "nl", "en", "de"];

/// Sentence templates per language; `{b}` brand, `{m}` model, `{p}` plant, `{c}` country,
/// `{y}` year, `{n}` number.
fn templates(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "{b} a annoncé que l'usine de {p} produira la {m} dès {y}.",
            "Selon la direction, la production de {b} en {c} augmentera de {n} % l'an prochain.",
            "Les syndicats de l'usine {p} demandent des garanties sur l'emploi et les salaires.",
            "La {m} sera exportée vers {c} à partir du deuxième semestre {y}.",
            "Le constructeur investit {n} millions d'euros dans de nouvelles lignes d'assemblage.",
            "Les ventes de voitures électriques progressent fortement sur le marché européen.",
            "Les fournisseurs locaux livrent désormais les batteries et les moteurs du site.",
            "Cette décision confirme l'importance stratégique du site pour le groupe.",
        ],
        "nl" => &[
            "{b} maakte bekend dat de fabriek in {p} vanaf {y} de {m} gaat bouwen.",
            "De productie van {b} in {c} stijgt volgend jaar met {n} procent.",
            "De vakbonden in {p} eisen garanties voor de werkgelegenheid.",
            "De {m} wordt vanaf {y} geëxporteerd naar {c}.",
            "De autofabrikant investeert {n} miljoen euro in nieuwe assemblagelijnen.",
            "De verkoop van elektrische auto's groeit sterk op de Europese markt.",
            "Lokale toeleveranciers leveren voortaan accu's en motoren aan de fabriek.",
            "Volgens analisten is dit een belangrijke stap voor de hele sector.",
        ],
        "en" => &[
            "{b} said its {p} plant will start building the {m} in {y}.",
            "Output of {b} vehicles in {c} is expected to rise by {n} percent next year.",
            "Unions at the {p} factory are asking for guarantees on jobs and wages.",
            "The {m} will be exported to {c} from the second half of {y}.",
            "The carmaker is investing {n} million dollars in new assembly lines.",
            "Sales of electric cars are growing fast across European markets.",
            "Local suppliers now deliver batteries and engines to the site.",
            "Analysts see the move as a sign of confidence in the region.",
        ],
        _ => &[
            "{b} kündigte an, dass das Werk {p} ab {y} den {m} bauen wird.",
            "Die Produktion von {b} in {c} soll im nächsten Jahr um {n} Prozent steigen.",
            "Die Gewerkschaften im Werk {p} fordern Garantien für die Arbeitsplätze.",
            "Der {m} wird ab {y} nach {c} exportiert.",
            "Der Hersteller investiert {n} Millionen Euro in neue Montagelinien.",
            "Der Absatz von Elektroautos wächst auf dem europäischen Markt deutlich.",
            "Lokale Zulieferer liefern inzwischen Batterien und Motoren an das Werk.",
            "Branchenkenner sehen darin ein wichtiges Signal für den Standort.",
        ],
    }
}

fn names(g: &Gazetteer, kind: EntityKind) -> Vec<String> {
    g.entities()
        .iter()
        .filter(|e| e.kind == kind && !e.ambiguous)
        .map(|e| e.name.clone())
        .collect()
}

/// Generate `count` articles of about `mean_bytes` each.
pub fn generate(g: &Gazetteer, count: usize, mean_bytes: usize, seed: u64) -> Vec<Generated> {
    let vocab = Vocabulary {
        brands: names(g, EntityKind::Brand),
        models: names(g, EntityKind::Model),
        plants: names(g, EntityKind::Plant),
        countries: names(g, EntityKind::Country),
    };
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| one(&vocab, &mut rng, i, mean_bytes))
        .collect()
}

fn one(v: &Vocabulary, rng: &mut Rng, i: usize, mean_bytes: usize) -> Generated {
    let lang = LANGS[i % LANGS.len()];
    let t = templates(lang);
    let brand = rng.pick(&v.brands).clone();
    let model = rng.pick(&v.models).clone();
    let plant = rng.pick(&v.plants).clone();
    let country = rng.pick(&v.countries).clone();
    let fill = |s: &str, rng: &mut Rng| {
        s.replace("{b}", &brand)
            .replace("{m}", &model)
            .replace("{p}", &plant)
            .replace("{c}", &country)
            .replace("{y}", &(2015 + rng.below(12)).to_string())
            .replace("{n}", &(2 + rng.below(400)).to_string())
    };
    let title = fill(t[0], rng).trim_end_matches('.').to_string();
    // Length varies from a quarter to 1.75 times the mean.
    let target = mean_bytes / 4 + rng.below(mean_bytes * 3 / 2);
    let mut text = format!("{title}\n");
    while text.len() < target {
        let template: &str = t[rng.below(t.len())];
        let sentence = fill(template, rng);
        text.push_str(&sentence);
        text.push(if rng.below(5) == 0 { '\n' } else { ' ' });
    }
    Generated {
        name: format!("{:03}/{i:07}_{lang}.txt", i / 1000),
        text,
    }
}
