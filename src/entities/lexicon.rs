//! Word lists the matcher's context rules read, kept as data: automotive and production
//! vocabulary per language, the words around a name that make it a sports club, an airport,
//! a university or a company of another trade, and the CJK words that contain a name without
//! being it. Every word is folded (lowercase, no accents; see `fold`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::Lang;

/// A word list looked up for every candidate: a hash set built on first use (a linear scan of
/// a hundred words per lookup was a tenth of extraction time).
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

pub static CAR: WordSet = WordSet::new(CAR_WORDS);
pub static PRODUCTION: WordSet = WordSet::new(PRODUCTION_WORDS);
pub static REFUSED_BEFORE_WORDS: WordSet = WordSet::new(REFUSED_BEFORE);
pub static REFUSED_AFTER_WORDS: WordSet = WordSet::new(REFUSED_AFTER);
pub static TITLE_WORDS: WordSet = WordSet::new(TITLES);
pub static PLANT_NAME: WordSet = WordSet::new(PLANT_NAME_WORDS);

/// Words that make a text about cars, in the languages of the news read (en, fr, de, nl, es,
/// it, pt, pl, cs, sk, sv, da, no, tr, ro, hu, ru): a folded word equal to one of these.
pub const CAR_WORDS: &[&str] = &[
    // en
    "car",
    "cars",
    "carmaker",
    "carmakers",
    "automaker",
    "automakers",
    "automotive",
    "vehicle",
    "vehicles",
    "suv",
    "suvs",
    "hatchback",
    "sedan",
    "saloon",
    "pickup",
    "minivan",
    "ev",
    "evs",
    "motorist",
    "motorists",
    "dealership",
    "dealerships",
    "gigafactory",
    "truck",
    "trucks",
    "lorry",
    "lorries",
    // fr
    "voiture",
    "voitures",
    "vehicule",
    "vehicules",
    "automobile",
    "automobiles",
    "constructeur",
    "constructeurs",
    "berline",
    "citadine",
    "monospace",
    "utilitaire",
    "utilitaires",
    "camion",
    "camions",
    // de
    "auto",
    "autos",
    "pkw",
    "fahrzeug",
    "fahrzeuge",
    "fahrzeugen",
    "autobaur",
    "autohersteller",
    "autowerk",
    "autowerke",
    "automobilhersteller",
    "autoindustrie",
    "kleinwagen",
    "gelandewagen",
    "elektroauto",
    "elektroautos",
    "stammwerk",
    "autokonzern",
    "lkw",
    "lastwagen",
    "nutzfahrzeug",
    "nutzfahrzeuge",
    // nl
    "autofabriek",
    "autofabrieken",
    "autofabrikant",
    "personenauto",
    "personenautos",
    "wagen",
    "autobouwer",
    "automerk",
    // es, pt, it
    "coche",
    "coches",
    "automovil",
    "automoviles",
    "vehiculo",
    "vehiculos",
    "carro",
    "carros",
    "veiculo",
    "veiculos",
    "montadora",
    "montadoras",
    "automovel",
    "automoveis",
    "automobilistica",
    "automobilistico",
    "automobilistiche",
    "vettura",
    "vetture",
    "veicolo",
    "veicoli",
    "auto",
    "automotriz",
    "automocion",
    "fabricante",
    "fabricantes",
    // pl, cs, sk
    "samochod",
    "samochody",
    "samochodow",
    "samochodowy",
    "samochodowej",
    "samochodowych",
    "pojazd",
    "pojazdy",
    "pojazdow",
    "motoryzacja",
    "motoryzacyjny",
    "automobilka",
    "automobilky",
    "automobilce",
    "automobilku",
    "vuz",
    "vozu",
    "vozy",
    "vozidla",
    "vozidel",
    "vozidlo",
    "auta",
    "aut",
    // sv, da, no
    "bil",
    "bilar",
    "bilen",
    "bilarna",
    "biler",
    "bilene",
    "bilfabrik",
    "bilfabriken",
    "biltillverkare",
    "fordon",
    "personbil",
    "personbilar",
    "elbil",
    "elbiler",
    "elbilar",
    // tr, ro, hu, ru
    "otomobil",
    "otomobili",
    "otomotiv",
    "arac",
    "araclar",
    "masina",
    "masini",
    "autoturisme",
    "autoturism",
    "gepkocsi",
    "autogyar",
    "autogyarak",
    "autogyarto",
    "autogyartok",
    "autogyartas",
    "autoipar",
    "autoipari",
    "jarmuipar",
    "jarmuipari",
    "jarmugyarto",
    "автомобиль",
    "автомобили",
    "автомобилеи",
    "автозавод",
    "автопроизводитель",
];

/// Words of car production: a plant, a factory, an assembly line (also in other trades, so they
/// count as automotive context together with another sign, or on their own next to a city).
pub const PRODUCTION_WORDS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "usine",
    "usines",
    "werk",
    "werke",
    "werks",
    "werkes",
    "werken",
    "fabriek",
    "fabrieken",
    "fabrik",
    "fabriken",
    "fabbrica",
    "fabbriche",
    "stabilimento",
    "stabilimenti",
    "fabrica",
    "fabricas",
    "planta",
    "plantas",
    "factoria",
    "factorias",
    "zavod",
    "zavodu",
    "zavode",
    "fabryka",
    "fabryki",
    "fabryce",
    "zaklad",
    "zakladu",
    "zakladzie",
    "fabrikasi",
    "fabrikada",
    "fabrikan",
    "fabrikken",
    "fabriken",
    "gyar",
    "gyara",
    "gyarat",
    "gyarban",
    "gyarak",
    "gyarakban",
    "uzem",
    "uzeme",
    "uzemet",
    "uzemben",
    "gyartas",
    "gyartasa",
    "gyartasat",
    "gyartasra",
    "gyartja",
    "gyartott",
    "sorozatgyartas",
    "gyartokapacitas",
    "uzina",
    "завод",
    "заводе",
    "завода",
];

/// Words in plants' names that make them a site, not a place ("Louisville Assembly Plant",
/// "Toyota City Works", "Cowley Body Plant").
pub const PLANT_NAME_WORDS: &[&str] = &[
    "assembly",
    "works",
    "motor",
    "motors",
    "automotive",
    "manufacturing",
    "engine",
    "engines",
    "battery",
    "body",
    "truck",
    "trucks",
    "stamping",
    "transmission",
    "gigafactory",
    "giga",
    "montage",
    "carrosserie",
    "mecanique",
    "motori",
    "motores",
    "ensamble",
    "ensambladora",
    "montadora",
    "complexo",
    "complejo",
];

/// Car and production words in scripts without spaces (found inside longer words).
pub const CJK_WORDS: &[&str] = &[
    "汽车",
    "轿车",
    "车型",
    "整车",
    "工厂",
    "工廠",
    "汽車",
    "車廠",
    "车厂",
    "生产基地",
    "自動車",
    "工場",
    "車種",
    "車両",
    "乗用車",
    "新車",
    "자동차",
    "공장",
    "완성차",
];

/// Production words in scripts without spaces (生产 "to produce", 組立 "assembly", 생산): like
/// "plant" or "usine", said of other trades too, so they vouch only for a name close by
/// ("特斯拉在上海生产Model 3").
pub const CJK_PRODUCTION: &[&str] = &[
    "生产", "生產", "生産", "制造", "製造", "组装", "組裝", "組立", "投产", "投產", "量产", "量產",
    "量産", "下线", "产能", "產能", "稼働", "생산", "조립",
];

/// A word written before a name that makes it a club, a stadium, an airport, a university or a
/// council ("VfL Wolfsburg", "FC Sochaux", "KAA Gent", "Celta de Vigo", "aéroport de Luton").
pub const REFUSED_BEFORE: &[&str] = &[
    "fc",
    "vfl",
    "vfb",
    "fsv",
    "tsv",
    "sv",
    "kaa",
    "psv",
    "krc",
    "kv",
    "rsc",
    "as",
    "sc",
    "rc",
    "cd",
    "cf",
    "ud",
    "sd",
    "ac",
    "ssc",
    "bsc",
    "fk",
    "nk",
    "ifk",
    "afc",
    "sporting",
    "olympique",
    "racing",
    "dynamo",
    "dinamo",
    "spartak",
    "lokomotiv",
    "cska",
    "torpedo",
    "hertha",
    "borussia",
    "eintracht",
    "fortuna",
    "alemannia",
    "union",
    "celta",
    "deportivo",
    "stade",
    "stadio",
    "estadio",
    "stadion",
    "stadium",
    "airport",
    "aroport",
    "aroporto",
    "aropurto",
    "flughafen",
    "luchthaven",
    "universite",
    "universidad",
    "universita",
    "universitat",
    "universiteit",
    "university",
    "uniwersytet",
    "municipal",
    "maire",
    "mairie",
    "burgermeister",
    "gemeente",
    "ayuntamiento",
    "comune",
    "sindaco",
    "alcalde",
    "bishop",
    "eveque",
    "diocese",
];

/// A word written after a name that makes it a club, an airport, a university, a reinsurer
/// ("Sunderland FC", "Luton Airport", "Georgetown University", "Hanover Re", "Hannover 96").
pub const REFUSED_AFTER: &[&str] = &[
    "fc",
    "cf",
    "afc",
    "united",
    "town",
    "rovers",
    "athletic",
    "wanderers",
    "albion",
    "county",
    "hotspur",
    "96",
    "05",
    "04",
    "airport",
    "aroport",
    "flughafen",
    "university",
    "universitat",
    "universite",
    "universiteit",
    "college",
    "stadium",
    "stadion",
    "re",
    "rugby",
    "cricket",
    "council",
    "diocese",
    "cathedral",
    "zoo",
    "marathon",
    "open",
    "masters",
    "film",
    "festival",
    "police",
    "crown",
    "magistrates",
    "mp",
    "labour",
    "conservatives",
    "tigers",
    "panthers",
    // companies of other trades: "Tata Steel", "Mitsubishi Electric", "Porsche Design"
    "steel",
    "steelworks",
    "electric",
    "heavy",
    "chemicals",
    "chemical",
    "bank",
    "insurance",
    "financial",
    "electronics",
    "design",
    "designed",
    "tea",
    "power",
    "energy",
    "pharma",
    "communications",
    "shipbuilding",
    "shipyard",
];

/// Titles before a person's name ("Mr Ford", "Herr Opel", "M. Renault").
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "herr",
    "frau",
    "monsieur",
    "madame",
    "mme",
    "senor",
    "senora",
    "signor",
    "signora",
    "prof",
    "professor",
    "dame",
    "pan",
    "pani",
    "mevrouw",
    "meneer",
    "heer",
    "mijnheer",
    "minister",
    "senator",
    "judge",
    "sr",
    "sra",
];

/// A CJK name followed by one of these is part of an ordinary word: 日产 (Nissan) in 日产量
/// (daily output), 大众 (Volkswagen) in 大众化 (popular).
pub const CJK_REFUSED_AFTER: &[(&str, &[&str])] = &[
    (
        "日产",
        &[
            "量", "能", "值", "万", "千", "约", "达", "超", "近", "数", "平均",
        ],
    ),
    (
        "大众",
        &[
            "化",
            "媒体",
            "传媒",
            "文化",
            "消费",
            "点评",
            "日报",
            "汽车网",
            "运输",
            "交通",
        ],
    ),
    ("长安", &["街", "大街", "区", "城", "路"]),
    (
        "现代",
        &[
            "化", "人", "社会", "史", "的", "性", "主义", "科技", "农业", "服务", "物流", "城市",
            "生活",
        ],
    ),
    ("红旗", &["渠", "飘", "招展", "手"]),
];

/// A CJK name preceded by one of these is part of an ordinary word (公众, 群众 are not 大众).
pub const CJK_REFUSED_BEFORE: &[(&str, &[&str])] = &[
    ("大众", &["广", "普罗", "社会"]),
    ("日产", &["平均", "每"]),
    ("大眾", &["廣", "普羅", "社會", "公"]),
    ("日產", &["平均", "每"]),
];

/// Bare model names that are also ordinary words in some language ("Uno" the Italian and
/// Spanish article, "One"): bare, they count only right after their brand.
pub const BARE_ONLY_AFTER_BRAND: &[&str] = &[
    // "la 4L" is Renault's, "a 4L engine" four litres.
    "4l",
    "uno",
    "one",
    "up",
    "ka",
    "go",
    "one",
    "i",
    "e",
    "x",
    "a",
    "s",
    "q",
    "mini",
    "city",
    "max",
    // Body styles and trims, written capitalised in German and in headings ("der Roadster Z4"):
    "roadster",
    "coupe",
    "cabrio",
    "cabriolet",
    // The estate body in German, Czech, Polish, Slovak, Hungarian and Swedish ("s karoserií
    // kombi"), Volkswagen's Type 2 in Brazil.
    "kombi",
    "convertible",
    "spider",
    "spyder",
    "pickup",
    "gt",
    "sport",
    "classic",
    "electric",
    "cargo",
    "special",
    "super",
    "deluxe",
    "touring",
    "tourer",
    "estate",
    "sedan",
    "combi",
    "premium",
    "crossover",
];

/// Words of one language that are another language's name for an entity (Polish "tyska
/// fabryka", Tychy's factory, is Swedish "tyska", German): in that language they name nothing.
pub const FALSE_FRIENDS: &[(Lang, &[&str])] = &[(
    Lang::iso(b"pl"),
    &[
        "tyska", "tyski", "tyskie", "tyskiej", "tyskim", "tyskich", "tyskiego", "tyską",
    ],
)];

/// Words of sports reports (folded), in the languages of the vocabulary above: with no car
/// word in the text they make a brand-named club in its town no maker beside its plant.
pub const SPORT_WORDS: &[&str] = &[
    "match",
    "matches",
    "matchen",
    "matchs",
    "goal",
    "goals",
    "league",
    "season",
    "stadium",
    "hockey",
    "football",
    "soccer",
    "fussball",
    "bundesliga",
    "saison",
    "ligue",
    "liga",
    "lige",
    "stadion",
    "stade",
    "estadio",
    "partido",
    "temporada",
    "fotboll",
    "ishockey",
    "mecz",
    "meczu",
    "macs",
    "merkozes",
    "meci",
    "матч",
    "матча",
    "матче",
    "гол",
    "гола",
    "голы",
    "шаиба",
    "шаибы",
    "шаибу",
    "шаибами",
    "хоккеи",
    "хоккеиная",
    "хоккеинои",
    "хоккеиного",
    "хоккеисты",
    "футбол",
    "стадион",
    "лига",
    "лиги",
    "кхл",
];

/// Sport words of languages that glue endings on (Korean) or do not space words (Japanese,
/// Chinese): found anywhere in a text.
pub const SPORT_WORDS_UNSPACED: &[&str] = &[
    "축구",
    "리그",
    "야구",
    "농구",
    "배구",
    "득점",
    "골키퍼",
    "サッカー",
    "野球",
    "リーグ",
    "足球",
    "联赛",
    "篮球",
];

/// Words after a model's name that make it a sponsor's title of a competition ("쏘나타
/// K리그", "Hyundai A-League" aside, a model's: "Kia Cup").
pub const LEAGUE_WORDS: &[&str] = &[
    "리그", "league", "liga", "ligue", "lig", "cup", "kupa", "pokal",
];

/// Production words glued to a plant's name in Germanic compounds ("Torslandafabriken").
pub const COMPOUND_SUFFIXES: &[&str] = &[
    "fabriken",
    "fabrik",
    "fabriek",
    "fabrikken",
    "werk",
    "werke",
    "werks",
    "verken",
    "verket",
    "anlaggningen",
    "fabrikens",
];

/// Languages that inflect names with case endings (v Mladé Boleslavi, w Tychach, в Калуге).
pub const INFLECTING_LANGS: &[Lang] = &[
    Lang::iso(b"pl"),
    Lang::iso(b"cs"),
    Lang::iso(b"sk"),
    Lang::iso(b"sl"),
    Lang::iso(b"hr"),
    Lang::iso(b"sr"),
    Lang::iso(b"bs"),
    Lang::RU,
    Lang::iso(b"uk"),
    Lang::iso(b"bg"),
];

/// Languages that glue case endings to a place's name (Kecskemétre, Győrött, debreceni).
pub const AGGLUTINATING_LANGS: &[Lang] = &[Lang::iso(b"hu")];

/// Hungarian endings (folded) glued to a city's name: the adjective (-i: győri, debreceni,
/// with its plurals) and the cases (in, into, out of, onto, off, on, at, to, from, up to).
pub const HUNGARIAN_ENDINGS: &[&str] = &[
    "ieket", "ieknek", "iek", "ben", "ban", "bol", "rol", "nal", "nel", "hoz", "hez", "tol", "ott",
    "ett", "be", "ba", "re", "ra", "on", "en", "ig", "i",
];

/// Case endings stripped, longest first, to compare a word with a name in those languages.
pub const CASE_ENDINGS: &[&str] = &[
    "ami", "ach", "ech", "ia", "ich", "ych", "iach", "owi", "iem", "iu", "ie", "ii", "ji", "ow",
    "om", "em", "ou", "ym", "im", "ej", "a", "e", "i", "y", "u", "o", "ах", "ои", "ом", "еи", "ою",
    "а", "е", "и", "у", "ы", "ю", "я",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::fold::fold_str;

    #[test]
    fn every_word_is_folded() {
        let lists: [&[&str]; 6] = [
            CAR_WORDS,
            PRODUCTION_WORDS,
            REFUSED_BEFORE,
            REFUSED_AFTER,
            TITLES,
            BARE_ONLY_AFTER_BRAND,
        ];
        for word in lists.iter().flat_map(|l| l.iter()) {
            assert_eq!(fold_str(word), *word, "{word} is not folded");
        }
    }
}
