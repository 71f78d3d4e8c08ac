//! Entity recognition: the gold file's `articles` section on the seeds, a negative corpus of
//! ordinary words, folding rules, and user gazetteer files.

use crate::common;

use std::sync::Arc;

use plantscope::Article;
use plantscope::entities::{EntityKind, Gazetteer, Matcher};

fn matcher() -> Matcher {
    Matcher::new(Arc::new(
        Gazetteer::builtin().expect("builtin gazetteer loads"),
    ))
}

#[test]
fn gold_entities_on_the_seeds() {
    let gold = common::gold();
    let seeds = common::seeds();
    let mut failures = Vec::new();
    for (file, expected) in gold["articles"].as_object().expect("articles").iter() {
        let article = seeds
            .library
            .articles()
            .iter()
            .find(|a| a.path.ends_with(file.as_str()))
            .unwrap_or_else(|| panic!("seed {file} not loaded"));
        assert_eq!(
            article.lang,
            expected["lang"].as_str().unwrap_or(""),
            "{file} lang"
        );
        for kind in EntityKind::ALL {
            let found = article.entities.of_kind(kind);
            let spec = &expected[kind.as_str()];
            for name in common::strings(&spec["required"]) {
                if !found.iter().any(|n| *n == name) {
                    failures.push(format!(
                        "{file}: missing {} {name} (found {found:?})",
                        kind.as_str()
                    ));
                }
            }
            for name in common::strings(&spec["forbidden"]) {
                if found.iter().any(|n| *n == name) {
                    failures.push(format!("{file}: forbidden {} {name}", kind.as_str()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mentions_keep_their_byte_ranges() {
    for article in common::seeds().library.articles() {
        assert!(
            !article.mentions.is_empty(),
            "{} has no mentions",
            article.path
        );
        for m in &article.mentions {
            let field = if m.in_body() {
                &article.body
            } else {
                &article.title
            };
            assert_eq!(&field[m.start..m.end], m.written(article));
            assert!(!m.written(article).is_empty(), "{}", article.path);
        }
    }
}

#[test]
fn a_mention_that_ends_the_text_stops_before_the_punctuation() {
    let m = matcher();
    for (body, expected) in [
        ("The car plant is in Kaluga.", "Kaluga"),
        ("Die neue Opel Vivaro!  ", "Opel Vivaro"),
        ("La production démarre en Russie…", "Russie"),
    ] {
        let mut a = Article {
            title: "Title".into(),
            body: body.into(),
            ..Article::default()
        };
        m.annotate(&mut a);
        let last = a.mentions.last().map(|m| m.text(&a.body));
        assert_eq!(last, Some(expected), "{body:?}");
    }
}

#[test]
fn kaluga_in_every_spelling() {
    let m = matcher();
    for text in [
        "l'usine de Kalouga",
        "Peugeots Kaluga-fabriek",
        "завод в Калуге и Калуга",
        "PSMA Rus",
    ] {
        let mut a = Article {
            body: text.into(),
            ..Article::default()
        };
        m.annotate(&mut a);
        assert_eq!(a.entities[EntityKind::Plant], ["Kaluga"], "{text}");
        assert!(
            a.entities[EntityKind::Country].contains(&"Russia".into()),
            "plant implies country: {text}"
        );
    }
}

#[test]
fn demonyms_name_their_country() {
    let m = matcher();
    for (text, country) in [
        ("l'assemblage russe", "Russia"),
        ("Russische expansie", "Russia"),
        ("marché sud-coréen", "South Korea"),
        ("Zuid-Koreaanse fabriek", "South Korea"),
        ("CORÉE DU SUD", "South Korea"),
        ("in Rusland", "Russia"),
        ("Ruslands grootste", "Russia"),
        ("les États-Unis", "United States"),
        ("in Kazachstan", "Kazakhstan"),
    ] {
        let mut a = Article {
            body: text.into(),
            ..Article::default()
        };
        m.annotate(&mut a);
        assert!(
            a.entities[EntityKind::Country].contains(&country.into()),
            "{text}: {:?}",
            &a.entities[EntityKind::Country]
        );
    }
}

#[test]
fn lowercase_words_and_peoples_names_are_no_countries() {
    let m = matcher();
    // A country's name written in lowercase is another language's word; after a given name
    // it is a person's.
    for (text, lang) in [
        (
            "Es necesario que todos estén presentes en la reunión.",
            "es",
        ),
        ("El Gobierno gana tiempo.", "es"),
        ("Het is goed indien u komt.", "nl"),
        ("Police found two grenades.", "en"),
        ("He met Michael Jordan and Tony Jordan.", "en"),
    ] {
        assert_eq!(
            common::matching::of_kind(&m, EntityKind::Country, lang, text),
            Vec::<String>::new(),
            "{text}"
        );
    }
    // Written as names, and the adjectives written in lowercase, they still are.
    for (text, lang, country) in [
        ("Die Esten und Estland", "de", "Estonia"),
        ("Exportaciones a Gana", "es", "Ghana"),
        ("Werke in Indien", "de", "India"),
        ("Exports to Jordan rose.", "en", "Jordan"),
        ("le marché estonien", "fr", "Estonia"),
    ] {
        assert_eq!(
            common::matching::of_kind(&m, EntityKind::Country, lang, text),
            [country],
            "{text}"
        );
    }
}

#[test]
fn brands_imply_groups_and_models_need_their_brand() {
    let m = matcher();
    let mut a = Article {
        body: "Peugeot bouwt de 3008 en de 508 in Sochaux.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert!(a.entities[EntityKind::Group].contains(&"Stellantis".into()));
    assert!(a.entities[EntityKind::Model].contains(&"Peugeot 3008".into()));
    let mut b = Article {
        body: "Er werken 3008 mensen en 508 robots.".into(),
        ..Article::default()
    };
    m.annotate(&mut b);
    assert!(
        b.entities[EntityKind::Model].is_empty(),
        "{:?}",
        &b.entities[EntityKind::Model]
    );
}

/// Ordinary text in en, fr, nl and de full of words that are also car names.
#[test]
fn negative_corpus_yields_no_brand() {
    let m = matcher();
    let text = include_str!("../fixtures/negative/ordinary.txt");
    for (n, paragraph) in text.split("\n\n").enumerate() {
        let mut a = Article {
            body: paragraph.into(),
            ..Article::default()
        };
        m.annotate(&mut a);
        assert!(
            a.entities[EntityKind::Brand].is_empty()
                && a.entities[EntityKind::Model].is_empty()
                && a.entities[EntityKind::Group].is_empty(),
            "paragraph {n}: {:?} {:?} {:?}\n{paragraph}",
            &a.entities[EntityKind::Brand],
            &a.entities[EntityKind::Model],
            &a.entities[EntityKind::Group]
        );
    }
}

#[test]
fn user_gazetteer_adds_and_overrides() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("extra.toml");
    std::fs::write(
        &path,
        "[[plant]]\nname = \"Testville Works\"\naliases = [\"Testville\"]\ncountry = \"Kazakhstan\"\n\n\
         [[plant]]\nname = \"Kaluga\"\naliases = [\"Kaloegastad\"]\ncountry = \"Russia\"\n",
    )
    .expect("write");
    let g = Gazetteer::load(&[path]).expect("loads");
    let m = Matcher::new(Arc::new(g));
    let mut a = Article {
        body: "PSA bouwt in Testville en in Kaloegastad.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert_eq!(a.entities[EntityKind::Plant], ["Kaluga", "Testville Works"]);
    assert!(a.entities[EntityKind::Country].contains(&"Kazakhstan".into()));
    // The override replaced the embedded entry: its old aliases are gone.
    let mut b = Article {
        body: "l'usine de Kalouga".into(),
        ..Article::default()
    };
    m.annotate(&mut b);
    assert!(
        b.entities[EntityKind::Plant].is_empty(),
        "{:?}",
        &b.entities[EntityKind::Plant]
    );
}

#[test]
fn bad_gazetteer_names_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "[[brand]]\nname = \"X\"\n\naliases = [unclosed\n").expect("write");
    let err = Gazetteer::load(&[path]).expect_err("must fail").to_string();
    assert!(err.contains("bad.toml") && err.contains("line 4"), "{err}");
    let path = dir.path().join("typo.toml");
    std::fs::write(&path, "[[brand]]\nname = \"X\"\ngroupe = \"Y\"\n").expect("write");
    let err = Gazetteer::load(&[path]).expect_err("must fail").to_string();
    assert!(err.contains("line 3"), "{err}");
}

#[test]
fn bad_gazetteer_references_name_the_file_line_and_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("narnia.toml");
    std::fs::write(
        &path,
        "[[brand]]\nname = \"Zeta\"\n\n[[plant]]\nname = \"X\"\ncountry = \"Narnia\"\n",
    )
    .expect("write");
    let err = Gazetteer::load(&[path]).expect_err("must fail").to_string();
    assert!(err.starts_with(&dir.path().display().to_string()), "{err}");
    assert!(
        err.ends_with("narnia.toml: line 4: plant \"X\" refers to unknown country \"Narnia\""),
        "{err}"
    );
    let path = dir.path().join("models.toml");
    std::fs::write(&path, "[[model]]\nbrand = \"Nobody\"\nname = \"One\"\n").expect("write");
    let err = Gazetteer::load(&[path]).expect_err("must fail").to_string();
    assert!(
        err.ends_with("models.toml: line 1: model \"One\" refers to unknown brand \"Nobody\""),
        "{err}"
    );
}

#[test]
fn names_around_ambiguous_brands() {
    let m = matcher();
    let mut a = Article {
        body: "Peugeot sales rose, analysts at Morgan Stanley said. In Born bouwt VDL Nedcar geen BMW Mini meer."
            .into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert!(
        !a.entities[EntityKind::Brand].contains(&"Morgan".into()),
        "{:?}",
        &a.entities[EntityKind::Brand]
    );
    assert!(
        a.entities[EntityKind::Brand].contains(&"Mini".into()),
        "an acronym is no first name: {:?}",
        &a.entities[EntityKind::Brand]
    );
}

#[test]
fn city_named_plants_in_context() {
    let m = matcher();
    let mut a = Article {
        body: "Volvo Cars gaat de EX30 vanaf volgend jaar in zijn fabriek in Gent bouwen.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert_eq!(a.entities[EntityKind::Plant], ["Volvo Ghent"]);
    assert!(a.entities[EntityKind::Country].contains(&"Belgium".into()));
}

#[test]
fn harrison_ford_is_not_the_brand_even_in_a_car_article() {
    let m = matcher();
    let mut a = Article {
        body: "Ford opens plant\nHarrison Ford visited the Ford plant in Saarlouis, Germany. Henry Ford founded it.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    let fords: Vec<usize> = a
        .mentions
        .iter()
        .filter(|x| x.entity == "Ford" && x.kind == EntityKind::Brand)
        .map(|x| x.start)
        .collect();
    assert_eq!(fords, [0, 43], "{:?}", a.mentions);
}

#[test]
fn a_plant_named_with_its_brand_gives_the_brand() {
    let m = matcher();
    let mut a = Article {
        body: "Second line about Renault Flins in France.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert_eq!(a.entities[EntityKind::Plant], ["Flins"]);
    assert!(
        a.entities[EntityKind::Brand].contains(&"Renault".into()),
        "{:?}",
        &a.entities[EntityKind::Brand]
    );
    assert!(a.entities[EntityKind::Group].contains(&"Renault Group".into()));
}

#[test]
fn an_ambiguous_brand_and_its_bare_model_vouch_for_each_other() {
    let m = matcher();
    for text in [
        "Tesla builds the Model Y in Germany.",
        "Tesla builds the Model 3 in China.",
    ] {
        let mut a = Article {
            body: text.into(),
            ..Article::default()
        };
        m.annotate(&mut a);
        assert_eq!(a.entities[EntityKind::Brand], ["Tesla"], "{text}");
        assert_eq!(
            a.entities[EntityKind::Model].len(),
            1,
            "{text}: {:?}",
            &a.entities[EntityKind::Model]
        );
    }
}

#[test]
fn german_nouns_before_a_brand_are_not_first_names() {
    let m = matcher();
    let mut a = Article {
        lang: "de".into(),
        body:
            "Der Autobauer Ford baut den Explorer in Köln. Konkurrent Volkswagen baut in Zwickau."
                .into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert!(
        a.entities[EntityKind::Brand].contains(&"Ford".into()),
        "{:?}",
        &a.entities[EntityKind::Brand]
    );
    assert!(
        a.entities[EntityKind::Model].contains(&"Ford Explorer".into()),
        "{:?}",
        &a.entities[EntityKind::Model]
    );
}

#[test]
fn short_model_names_need_their_case() {
    let m = matcher();
    let mut a = Article {
        body: "Lexus says it is ready: the new IS and the ES are built in Kyushu.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    let is_mentions = a.mentions.iter().filter(|x| x.entity == "Lexus IS").count();
    assert_eq!(is_mentions, 1, "{:?}", a.mentions);
}

#[test]
fn the_compiled_gazetteer_equals_the_one_parsed_from_toml() {
    let compiled = Gazetteer::builtin().expect("builtin gazetteer loads");
    assert!(
        compiled.is_compiled(),
        "the embedded gazetteer must decode from its compiled form"
    );
    let parsed = Gazetteer::parse_builtin().expect("embedded TOML parses");
    assert!(!parsed.is_compiled());
    assert_eq!(compiled.entities().len(), parsed.entities().len());
    for (c, p) in compiled.entities().iter().zip(parsed.entities()) {
        assert_eq!(c, p);
    }
    assert_eq!(compiled.sorted_forms(), parsed.sorted_forms());
}

#[test]
fn the_compiled_automaton_equals_the_one_built_at_run_time() {
    use plantscope::entities::compiled::{Patterns, decode_matcher};
    use plantscope::entities::gazetteer::COMPILED;
    let parsed = Gazetteer::parse_builtin().expect("embedded TOML parses");
    let built = Patterns::new(parsed.entities());
    let (decoded, automaton) = decode_matcher(COMPILED, parsed.entities()).expect("decodes");
    assert_eq!(decoded.starts, built.starts);
    assert_eq!(decoded.owners, built.owners);
    let automaton = automaton.expect("the embedded gazetteer has forms");
    let rebuilt = built.automaton().expect("the embedded gazetteer has forms");
    assert_eq!(automaton.serialize(), rebuilt.serialize());
}

#[test]
fn compiled_and_parsed_matchers_annotate_alike() {
    let compiled = matcher();
    let parsed = Matcher::new(Arc::new(
        Gazetteer::parse_builtin().expect("embedded TOML parses"),
    ));
    let negative = include_str!("../fixtures/negative/ordinary.txt");
    let mut articles: Vec<Article> = common::seeds().library.articles().to_vec();
    articles.extend(negative.split("\n\n").map(|p| Article {
        body: p.into(),
        ..Article::default()
    }));
    for article in articles {
        let mut a = article.clone();
        let mut b = article;
        compiled.annotate(&mut a);
        parsed.annotate(&mut b);
        assert_eq!(a.entities, b.entities, "{}", a.path);
        assert_eq!(a.mentions, b.mentions, "{}", a.path);
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 11: real news. A small gazetteer written here, so that each rule is checked apart from
// the data; every sentence is written by this project (no article text is copied).

const WORLD: &str = r##"
[[group]]
name = "Renault Group"
[[group]]
name = "BMW Group"
[[group]]
name = "Stellantis"
[[group]]
name = "Fiat Chrysler Automobiles"
aliases = ["FCA"]
[[brand]]
name = "Renault"
group = "Renault Group"
[[brand]]
name = "Dacia"
group = "Renault Group"
[[brand]]
name = "BMW"
group = "BMW Group"
[[brand]]
name = "Mini"
group = "BMW Group"
ambiguous = true
cased = ["Mini", "MINI"]
[[brand]]
name = "MG"
ambiguous = true
cased = ["MG"]
[[brand]]
name = "Rover"
ambiguous = true
cased = ["Rover"]
[[brand]]
name = "Smart"
ambiguous = true
cased = ["Smart"]
[[brand]]
name = "Ram"
ambiguous = true
cased = ["Ram", "RAM"]
[[brand]]
name = "Toyota"
[[brand]]
name = "Fiat"
group = "Stellantis"
[[brand]]
name = "Chrysler"
group = "Stellantis"
[[brand]]
name = "Audi"
[[brand]]
name = "Volvo"
[[brand]]
name = "Nissan"
aliases = ["日产"]
[[brand]]
name = "Škoda"
[[brand]]
name = "Ford"
ambiguous = true
cased = ["Ford"]
[[model]]
brand = "Renault"
name = "Lodgy"
[[model]]
brand = "Dacia"
name = "Lodgy"
[[model]]
brand = "Renault"
name = "Zoe"
common = true
[[model]]
brand = "Smart"
name = "#1"
[[model]]
brand = "Smart"
name = "Roadster"
[[model]]
brand = "Rover"
name = "200"
[[model]]
brand = "Toyota"
name = "Century"
common = true
[[model]]
brand = "Fiat"
name = "Uno"
common = true
[[model]]
brand = "Fiat"
name = "500"
[[model]]
brand = "Mini"
name = "One"
[[model]]
brand = "MG"
name = "One"
[[model]]
brand = "Audi"
name = "TT"
[[model]]
brand = "Audi"
name = "Q8"
[[model]]
brand = "Audi"
name = "Q8 e-tron"
[[country]]
name = "France"
iso = "FR"
[[country]]
name = "United Kingdom"
iso = "GB"
[[country]]
name = "Germany"
iso = "DE"
[[country]]
name = "Czechia"
iso = "CZ"
[[country]]
name = "Poland"
iso = "PL"
[[country]]
name = "Spain"
iso = "ES"
[[country]]
name = "Japan"
iso = "JP"
[[plant]]
name = "Douai"
aliases = ["Georges Besse", "ElectriCity"]
city = "Douai"
country = "France"
operator = "Renault"
brands = ["Renault"]
[[plant]]
name = "Louisville Assembly Plant"
aliases = ["LAP"]
city = "Louisville"
country = "Germany"
operator = "Ford"
brands = ["Ford"]
[[plant]]
name = "COMPAS Aguascalientes"
aliases = ["COMPAS"]
city = "Aguascalientes"
country = "Spain"
operator = "Nissan"
brands = ["Nissan"]
[[plant]]
name = "Nissan Sunderland"
aliases = ["Sunderland"]
city = "Sunderland"
country = "United Kingdom"
operator = "Nissan"
brands = ["Nissan"]
[[plant]]
name = "Luton"
city = "Luton"
country = "United Kingdom"
operator = "Stellantis"
brands = ["Fiat"]
[[plant]]
name = "Hanover"
city = "Hanover"
country = "Germany"
operator = "Audi"
brands = ["Audi"]
[[plant]]
name = "Wolfsburg"
city = "Wolfsburg"
country = "Germany"
operator = "Audi"
brands = ["Audi"]
[[plant]]
name = "Vigo"
city = "Vigo"
country = "Spain"
operator = "Stellantis"
brands = ["Fiat"]
[[plant]]
name = "Borisov"
city = "Borisov"
country = "Poland"
operator = "Toyota"
brands = ["Toyota"]
[[plant]]
name = "Porto Real"
city = "Porto Real"
country = "Spain"
operator = "Stellantis"
brands = ["Fiat"]
[[plant]]
name = "Plant Oxford"
aliases = ["Oxford"]
city = "Oxford"
country = "United Kingdom"
operator = "BMW"
brands = ["Mini"]
[[plant]]
name = "BMW Munich"
aliases = ["München"]
city = "München"
country = "Germany"
operator = "BMW"
brands = ["BMW"]
[[plant]]
name = "Munich Trucks"
aliases = ["München"]
city = "München"
country = "Germany"
operator = "Audi"
brands = ["Audi"]
[[plant]]
name = "Mladá Boleslav"
city = "Mladá Boleslav"
country = "Czechia"
operator = "Škoda"
brands = ["Škoda"]
[[plant]]
name = "Tychy"
city = "Tychy"
country = "Poland"
operator = "Stellantis"
brands = ["Fiat"]
"##;

fn world() -> Matcher {
    Matcher::new(Arc::new(
        Gazetteer::from_toml(WORLD).expect("test gazetteer"),
    ))
}

/// The entities found in a text (title "Title"), by kind, with its language and date.
fn found_in(m: &Matcher, lang: &str, date: Option<&str>, body: &str) -> Article {
    let mut a = Article {
        title: "Title".into(),
        body: body.into(),
        lang: lang.into(),
        date: date.and_then(|d| d.parse().ok()),
        ..Article::default()
    };
    m.annotate(&mut a);
    a
}

fn plants(m: &Matcher, lang: &str, body: &str) -> Vec<String> {
    found_in(m, lang, None, body)
        .entities
        .into_kind(EntityKind::Plant)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn case_carrying_plant_names_need_their_case() {
    let m = world();
    assert!(plants(&m, "en", "Renault said the price of electricity rose.").is_empty());
    assert!(plants(&m, "en", "The Renault car went a lap too fast.").is_empty());
    assert!(plants(&m, "en", "Nissan cars need a magnetic compass.").is_empty());
    assert_eq!(
        plants(&m, "fr", "Renault fabrique la Zoe à ElectriCity."),
        ["Douai"]
    );
    assert_eq!(
        plants(&m, "en", "Ford builds trucks at LAP, its Kentucky plant."),
        ["Louisville Assembly Plant"]
    );
}

#[test]
fn clubs_airports_universities_and_reinsurers_are_not_plants() {
    let m = world();
    for text in [
        "Sunderland FC beat Luton Town; the Nissan cars of fans were parked outside.",
        "Flights from Luton Airport to Hanover were cancelled; Toyota car dealers flew too.",
        "Hanover Re, the reinsurer, said Audi cars were insured.",
        "VfL Wolfsburg beat Celta de Vigo; Audi sponsors the car park.",
        "Porto, Real Madrid and Bayern reached the last eight; Fiat cars everywhere.",
    ] {
        assert!(plants(&m, "en", text).is_empty(), "{text}");
    }
    assert!(plants(&m, "en", "Deputy Yuri Borisov met Toyota car dealers.").is_empty());
}

#[test]
fn a_city_is_a_plant_only_with_car_context_from_other_evidence() {
    let m = world();
    // No car in sight: a council report, a football report.
    assert!(plants(&m, "fr", "Le conseil a voté le budget de Vigo et de Luton.").is_empty());
    assert!(plants(&m, "en", "Everton travel to Sunderland on Saturday.").is_empty());
    // The plant's maker is named, or the passage is about car production.
    assert_eq!(
        plants(
            &m,
            "nl",
            "De nieuwe Mini wordt in het Britse Oxford gebouwd, meldt BMW."
        ),
        ["Plant Oxford"]
    );
    assert_eq!(
        plants(&m, "en", "Output at the Sunderland car plant rose."),
        ["Nissan Sunderland"]
    );
}

#[test]
fn a_city_with_two_plants_means_the_named_makers() {
    let m = world();
    assert_eq!(
        plants(&m, "de", "BMW erweitert die Werke in München und Oxford."),
        ["BMW Munich", "Plant Oxford"]
    );
}

#[test]
fn numbers_and_ordinary_words_are_models_only_next_to_their_brand() {
    let m = world();
    let models = |lang: &str, text: &str| {
        found_in(&m, lang, None, text)
            .entities
            .into_kind(EntityKind::Model)
    };
    assert!(models("en", "Smart sales rose 2.1% to $1.6bn, said the car maker.").is_empty());
    assert!(models("en", "Rover cars: 200 new jobs at the plant.").is_empty());
    assert!(models("en", "The Toyota car of the 21st Century drives itself.").is_empty());
    assert!(models("it", "Fiat ha detto: Uno dei modelli sarà costruito.").is_empty());
    assert!(models("en", "A PC with 512MB of Ram beside a Ram car.").is_empty());
    assert_eq!(
        models("en", "Rover 200 and Smart #1 cars."),
        ["Rover 200", "Smart #1"]
    );
    let mini = models("en", "A new Mini One costs more; MG cars do not.");
    assert_eq!(mini, ["Mini One"]);
}

#[test]
fn a_bare_model_goes_to_the_nearest_brand() {
    let m = world();
    let a = found_in(
        &m,
        "fr",
        None,
        "Renault a vendu un Dacia Lodgy. Au total, 193'181 Lodgy ont été produits.",
    );
    assert_eq!(a.entities[EntityKind::Model], ["Dacia Lodgy"]);
    // "TT Roadster" is the Audi TT's body, not Smart's Roadster.
    let a = found_in(
        &m,
        "de",
        None,
        "Smart und Audi: der TT Roadster aus Ungarn.",
    );
    assert_eq!(a.entities[EntityKind::Model], ["Audi TT"]);
}

#[test]
fn zoe_with_or_without_its_accent() {
    let m = world();
    for text in [
        "Renault produit la Zoé à Flins.",
        "Renault produit la Zoe à Flins.",
    ] {
        assert_eq!(
            found_in(&m, "fr", None, text).entities[EntityKind::Model],
            ["Renault Zoe"],
            "{text}"
        );
    }
}

#[test]
fn the_longest_and_most_specific_name_wins() {
    let m = world();
    let a = found_in(&m, "en", None, "The Audi Q8 e-tron is built in Brussels.");
    assert_eq!(a.entities[EntityKind::Model], ["Audi Q8 e-tron"]);
    // A brand inside a group's name is the group's name.
    let a = found_in(
        &m,
        "pl",
        None,
        "Fiat Chrysler Automobiles produkuje Fiata 500.",
    );
    assert!(
        !a.entities[EntityKind::Brand].contains(&"Chrysler".into()),
        "{:?}",
        a.entities
    );
}

#[test]
fn slavic_case_endings() {
    let m = world();
    assert_eq!(
        plants(&m, "cs", "Škoda zahajuje v Mladé Boleslavi výrobu vozů."),
        ["Mladá Boleslav"]
    );
    assert_eq!(
        plants(&m, "pl", "Fabryka Fiata w Tychach produkuje auta."),
        ["Tychy"]
    );
}

#[test]
fn cjk_names_inside_ordinary_words() {
    let m = world();
    let brands = |text: &str| {
        found_in(&m, "zh", None, text)
            .entities
            .into_kind(EntityKind::Brand)
    };
    assert!(brands("该工厂日产量达到两千辆汽车。").is_empty());
    assert_eq!(brands("日产汽车在工厂生产。"), ["Nissan"]);
}

#[test]
fn mentions_in_the_title_carry_offsets_in_the_title() {
    let m = world();
    let mut a = Article {
        title: "Renault in Douai".into(),
        body: "The Renault plant.".into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    let title: Vec<&str> = a
        .mentions
        .iter()
        .filter(|m| !m.in_body())
        .map(|m| m.written(&a))
        .collect();
    assert_eq!(title, ["Renault", "Douai"]);
    assert!(
        a.mentions
            .iter()
            .any(|m| m.in_body() && m.written(&a) == "Renault")
    );
}

#[test]
fn a_sponsor_s_name_on_a_sports_event_is_not_the_brand() {
    let m = world();
    let a = found_in(
        &m,
        "en",
        None,
        "She will play at the Volvo Women's Open in Pattaya.",
    );
    assert!(a.entities[EntityKind::Brand].is_empty(), "{:?}", a.entities);
}

#[test]
fn a_brand_s_group_is_the_one_of_the_article_s_date() {
    let m = matcher();
    let groups = |date: Option<&str>| {
        let a = found_in(&m, "de", date, "Opel baut den Astra in Rüsselsheim.");
        a.entities.into_kind(EntityKind::Group)
    };
    assert_eq!(groups(Some("2005-03-01")), ["General Motors"]);
    assert_eq!(groups(Some("2019")), ["PSA"]);
    assert_eq!(groups(Some("2023-05-01")), ["Stellantis"]);
    assert_eq!(groups(None), ["Stellantis"]);
}
