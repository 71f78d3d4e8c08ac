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

/// Function words per language: they carry the language (for detection) between the
/// generated content words.
fn function_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "le", "la", "les", "de", "des", "du", "et", "dans", "pour", "avec", "sur", "une",
            "qui", "est", "aux", "par",
        ],
        "nl" => &[
            "de", "het", "een", "van", "en", "in", "voor", "met", "op", "dat", "die", "is", "aan",
            "bij", "ook", "niet",
        ],
        "en" => &[
            "the", "of", "and", "to", "in", "for", "with", "on", "that", "is", "at", "by", "from",
            "its", "as", "which",
        ],
        _ => &[
            "der", "die", "das", "und", "in", "von", "mit", "für", "auf", "den", "dem", "ist",
            "sich", "bei", "nicht", "auch",
        ],
    }
}

/// Syllables per language, to spell the content words of the generated vocabulary.
fn syllables(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "con", "tra", "ment", "tion", "ré", "pro", "duc", "ai", "eau", "ique", "ble", "ter",
            "vé", "lan", "ge", "ou",
        ],
        "nl" => &[
            "ver", "ge", "lijk", "heid", "oor", "aan", "sch", "ing", "ui", "ij", "wer", "kel",
            "baar", "sta", "oe", "en",
        ],
        "en" => &[
            "con", "tion", "ing", "pro", "ment", "er", "ly", "ex", "ture", "al", "ver", "ate",
            "ness", "port", "ship", "ow",
        ],
        _ => &[
            "ver", "ung", "schaft", "ge", "lich", "ein", "ber", "keit", "ent", "zu", "sch", "te",
            "heit", "auf", "stand", "ie",
        ],
    }
}

/// Distinct content words per language: enough for a realistic term dictionary.
const VOCABULARY: usize = 60_000;

/// A content word of rank `rank` (0 = most frequent) in `lang`'s generated vocabulary.
fn word(lang: &str, rank: usize) -> String {
    let syl = syllables(lang);
    let mut n = rank + syl.len();
    let mut out = String::new();
    while n > 0 {
        out.push_str(syl[n % syl.len()]);
        n /= syl.len();
    }
    out
}

/// A sentence of function words and content words drawn with Zipf-like frequencies (rank
/// log-uniform), so that the vocabulary grows with the corpus like real text.
fn zipf_sentence(lang: &str, rng: &mut Rng) -> String {
    let function = function_words(lang);
    let len = 8 + rng.below(12);
    let mut words: Vec<String> = Vec::with_capacity(len);
    for i in 0..len {
        if i % 2 == 1 && rng.below(4) != 0 {
            words.push((*rng.pick(function)).to_string());
        } else {
            let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
            let rank = ((VOCABULARY as f64).powf(u) as usize).saturating_sub(1);
            words.push(word(lang, rank));
        }
    }
    let mut sentence = words.join(" ");
    if let Some(first) = sentence.get(..1) {
        let upper = first.to_uppercase();
        sentence.replace_range(..1, &upper);
    }
    sentence.push('.');
    sentence
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
    // Titles use the sentences that name an entity (the first four of each language).
    let title = fill(t[rng.below(4)], rng).trim_end_matches('.').to_string();
    // Length varies from a quarter to 1.75 times the mean.
    let target = mean_bytes / 4 + rng.below(mean_bytes * 3 / 2);
    // Every other article is Markdown with front matter (title, date, source); the others are
    // plain text with the title on the first line.
    let markdown = rng.below(2) == 0;
    let date = format!(
        "{}-{:02}-{:02}",
        2015 + rng.below(11),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    let mut text = if markdown {
        format!(
            "---\ntitle: \"{}\"\ndate: {date}\nsource: synth\nlang: {lang}\n---\n\n",
            title.replace('"', "'")
        )
    } else {
        format!("{title}\n")
    };
    let target = target + text.len();
    while text.len() < target {
        // One sentence in three is drawn from the Zipf vocabulary.
        let sentence = if rng.below(3) == 0 {
            zipf_sentence(lang, rng)
        } else {
            fill(t[rng.below(t.len())], rng)
        };
        text.push_str(&sentence);
        text.push(if rng.below(5) == 0 { '\n' } else { ' ' });
    }
    Generated {
        name: format!(
            "{:03}/{i:07}_{lang}.{}",
            i / 1000,
            if markdown { "md" } else { "txt" }
        ),
        text,
    }
}
