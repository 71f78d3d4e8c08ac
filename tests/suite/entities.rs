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
                if !found.contains(&name) {
                    failures.push(format!(
                        "{file}: missing {} {name} (found {found:?})",
                        kind.as_str()
                    ));
                }
            }
            for name in common::strings(&spec["forbidden"]) {
                if found.contains(&name) {
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
            assert_eq!(&article.body[m.start..m.end], m.text(&article.body));
            assert!(!m.text(&article.body).is_empty(), "{}", article.path);
        }
    }
}

#[test]
fn a_mention_that_ends_the_text_stops_before_the_punctuation() {
    let m = matcher();
    for (body, expected) in [
        ("Line two about Kaluga.", "Kaluga"),
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
        assert_eq!(a.entities.plants, ["Kaluga"], "{text}");
        assert!(
            a.entities.countries.contains(&"Russia".to_string()),
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
            a.entities.countries.contains(&country.to_string()),
            "{text}: {:?}",
            a.entities.countries
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
    assert!(a.entities.groups.contains(&"Stellantis".to_string()));
    assert!(a.entities.models.contains(&"Peugeot 3008".to_string()));
    let mut b = Article {
        body: "Er werken 3008 mensen en 508 robots.".into(),
        ..Article::default()
    };
    m.annotate(&mut b);
    assert!(b.entities.models.is_empty(), "{:?}", b.entities.models);
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
            a.entities.brands.is_empty()
                && a.entities.models.is_empty()
                && a.entities.groups.is_empty(),
            "paragraph {n}: {:?} {:?} {:?}\n{paragraph}",
            a.entities.brands,
            a.entities.models,
            a.entities.groups
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
    assert_eq!(a.entities.plants, ["Kaluga", "Testville Works"]);
    assert!(a.entities.countries.contains(&"Kazakhstan".to_string()));
    // The override replaced the embedded entry: its old aliases are gone.
    let mut b = Article {
        body: "l'usine de Kalouga".into(),
        ..Article::default()
    };
    m.annotate(&mut b);
    assert!(b.entities.plants.is_empty(), "{:?}", b.entities.plants);
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
        !a.entities.brands.contains(&"Morgan".to_string()),
        "{:?}",
        a.entities.brands
    );
    assert!(
        a.entities.brands.contains(&"Mini".to_string()),
        "an acronym is no first name: {:?}",
        a.entities.brands
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
    assert_eq!(a.entities.plants, ["Volvo Ghent"]);
    assert!(a.entities.countries.contains(&"Belgium".to_string()));
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
    assert_eq!(a.entities.plants, ["Flins"]);
    assert!(
        a.entities.brands.contains(&"Renault".to_string()),
        "{:?}",
        a.entities.brands
    );
    assert!(a.entities.groups.contains(&"Renault Group".to_string()));
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
        assert_eq!(a.entities.brands, ["Tesla"], "{text}");
        assert_eq!(
            a.entities.models.len(),
            1,
            "{text}: {:?}",
            a.entities.models
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
        a.entities.brands.contains(&"Ford".to_string()),
        "{:?}",
        a.entities.brands
    );
    assert!(
        a.entities.models.contains(&"Ford Explorer".to_string()),
        "{:?}",
        a.entities.models
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
