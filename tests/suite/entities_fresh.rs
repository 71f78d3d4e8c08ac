//! The entity layer on the misses and false hits of the fresh real pages measured for issue 11
//! (sentences written for these tests): a title's lead vouches only as the body would, a
//! club after an article, foreign names Slavic grammar leaves alone, makers listed before a
//! shared city, two-digit and slashed line-ups.

use std::sync::Arc;

use plantscope::Article;
use plantscope::entities::{EntityKind, Gazetteer, Matcher};

fn matcher() -> Matcher {
    Matcher::new(Arc::new(
        Gazetteer::builtin().expect("builtin gazetteer loads"),
    ))
}

fn annotated(m: &Matcher, lang: &str, title: &str, body: &str) -> Article {
    let mut a = Article {
        title: title.into(),
        body: body.into(),
        lang: lang.into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    a
}

fn of_kind(m: &Matcher, kind: EntityKind, lang: &str, body: &str) -> Vec<String> {
    let mut found: Vec<String> = annotated(m, lang, "", body)
        .entities
        .into_kind(kind)
        .into_iter()
        .map(String::from)
        .collect();
    found.sort();
    found
}

#[test]
fn one_car_word_in_the_lead_does_not_vouch_for_a_city_in_the_title() {
    let m = matcher();
    let a = annotated(
        &m,
        "it",
        "Festa in città dopo la vittoria contro Modena",
        "I tifosi hanno seguito il carro della squadra fino alla piazza del Duomo.",
    );
    assert!(a.entities[EntityKind::Plant].is_empty(), "{:?}", a.entities);
    // A lead about car production still vouches.
    let a = annotated(
        &m,
        "it",
        "Nuovi turni a Modena",
        "Lo stabilimento produce auto sportive e assume cento operai.",
    );
    assert!(
        !a.entities[EntityKind::Plant].is_empty(),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_city_after_an_article_is_its_football_club() {
    let m = matcher();
    for (lang, body) in [
        (
            "it",
            "Maserati costruisce auto sportive. Domenica i tifosi del Modena hanno festeggiato.",
        ),
        (
            "es",
            "Ford fabrica coches en la planta. El domingo el Valencia ganó en casa.",
        ),
    ] {
        assert!(
            of_kind(&m, EntityKind::Plant, lang, body).is_empty(),
            "{body}"
        );
    }
    // Without the article it is the city.
    assert!(
        !of_kind(
            &m,
            EntityKind::Plant,
            "it",
            "Maserati costruisce auto sportive a Modena."
        )
        .is_empty()
    );
}

#[test]
fn a_foreign_name_ending_in_u_is_not_declined() {
    let m = matcher();
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "cs",
            "Toyota vyrábí auta v Kolíně, řekl Jošihiro Nakata z vedení firmy."
        ),
        ["Kolín"]
    );
}

#[test]
fn makers_listed_before_a_shared_city_each_have_their_plant_there() {
    let m = matcher();
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "tr",
            "TOFAŞ, Renault ve Karsan gibi otomobil üreticileri Bursa şehrinde üretim yapıyor."
        ),
        ["Karsan Bursa", "Oyak-Renault Bursa", "Tofaş Bursa"]
    );
}

#[test]
fn two_digit_and_slashed_line_ups_are_models() {
    let m = matcher();
    let found = of_kind(
        &m,
        EntityKind::Model,
        "nl",
        "De fabriek bouwde de Volvo 340/360 en 480 voor de export.",
    );
    for model in ["Volvo 340", "Volvo 360", "Volvo 480"] {
        assert!(found.contains(&model.to_string()), "{model}: {found:?}");
    }
    let found = of_kind(
        &m,
        EntityKind::Model,
        "it",
        "Ad Arese Alfa Romeo ha costruito 33, 145 e 146 per vent'anni.",
    );
    assert!(found.contains(&"Alfa Romeo 33".into()), "{found:?}");
    // Two-digit numbers that are no line-up stay numbers.
    let found = of_kind(
        &m,
        EntityKind::Model,
        "en",
        "Alfa Romeo hired 33 and 66 more workers in 44 days.",
    );
    assert!(found.is_empty(), "{found:?}");
}

fn has(found: &[String], name: &str) -> bool {
    found.iter().any(|f| f == name)
}

#[test]
fn a_city_s_alternate_name_that_is_another_brand_s_car_is_the_car() {
    let m = matcher();
    let found = of_kind(
        &m,
        EntityKind::Model,
        "pt",
        "A Volkswagen fabricou o Gol, a Parati e o Santana em São Bernardo.",
    );
    assert!(has(&found, "Volkswagen Parati"), "{found:?}");
}

#[test]
fn chinese_cities_and_models_in_two_characters() {
    let m = matcher();
    let body = "上汽大众长沙工厂生产大众途安和斯柯达明锐。";
    assert_eq!(
        of_kind(&m, EntityKind::Plant, "zh", body),
        ["SAIC Volkswagen Changsha"]
    );
    let found = of_kind(&m, EntityKind::Model, "zh", body);
    for model in ["Volkswagen Touran", "Škoda Octavia"] {
        assert!(has(&found, model), "{model}: {found:?}");
    }
    // A city with no maker written near it is the city.
    let body = "长沙的美食节今年吸引了很多游客,夜市一直开到凌晨,街上到处是来自全国各地的\
                年轻人和家庭,他们品尝小吃、听音乐、看表演。大众在上海生产汽车。";
    assert!(of_kind(&m, EntityKind::Plant, "zh", body).is_empty());
}

#[test]
fn japanese_plant_names_of_kyushu() {
    let m = matcher();
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "ja",
            "日産車体九州と日産自動車九州の工場でノートを生産する。"
        ),
        ["Nissan Kyushu", "Nissan Shatai Kyushu"]
    );
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "ja",
            "トヨタは苅田工場でエンジンを生産している。"
        ),
        ["Toyota Kanda engines"]
    );
    assert!(has(
        &of_kind(
            &m,
            EntityKind::Model,
            "ja",
            "日産はダットサントラックを輸出した。"
        ),
        "Datsun Truck"
    ));
}

#[test]
fn plants_by_the_capital_or_the_contractor_the_press_names() {
    let m = matcher();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "no",
            "Tesla bygger Model Y i fabrikken utenfor Berlin.",
            &["Giga Berlin"],
        ),
        ("de", "BMW baut Motorräder in Berlin.", &[]),
        (
            "de",
            "Volkswagen baute den Golf und den Lupo in Brüssel.",
            &["VW Forest"],
        ),
        (
            "de",
            "Mercedes-Benz lässt die A-Klasse bei Valmet in Finnland bauen.",
            &["Valmet Uusikaupunki"],
        ),
        ("de", "Valmet liefert Papiermaschinen nach Schweden.", &[]),
        (
            "en",
            "The Lada factory AvtoVAZ builds the Niva.",
            &["Tolyatti"],
        ),
    ];
    for (lang, body, expected) in cases {
        assert_eq!(
            of_kind(&m, EntityKind::Plant, lang, body),
            *expected,
            "{body}"
        );
    }
    assert!(has(
        &of_kind(
            &m,
            EntityKind::Model,
            "nl",
            "Mitsubishi bouwde de SpaceStar en de Colt in Born."
        ),
        "Mitsubishi Space Star"
    ));
}

#[test]
fn a_brand_written_in_its_model_s_name_is_a_mention_too() {
    let m = matcher();
    let a = annotated(&m, "en", "", "The plant builds the Volvo 340 for export.");
    let found: Vec<(EntityKind, &str, &str)> = a
        .mentions
        .iter()
        .map(|x| (x.kind, x.entity.as_str(), x.text(&a.body)))
        .collect();
    assert_eq!(
        found,
        [
            (EntityKind::Brand, "Volvo", "Volvo"),
            (EntityKind::Model, "Volvo 340", "Volvo 340")
        ]
    );
}

#[test]
fn the_plural_of_a_brand_that_is_a_named_brand_s_model_is_the_model() {
    let m = matcher();
    let a = annotated(
        &m,
        "en",
        "",
        "Dealers sold more Land Rovers and Range Rovers than last year, the carmaker said.",
    );
    assert_eq!(a.entities[EntityKind::Brand], ["Land Rover"]);
    assert_eq!(a.entities[EntityKind::Model], ["Land Rover Range Rover"]);
}

#[test]
fn a_bare_model_is_declined_in_slavic_languages() {
    let m = matcher();
    let cases = [
        (
            "pl",
            "Opel produkował w Gliwicach głównie Astry, a potem nową Astrę.",
            "Opel Astra",
        ),
        (
            "cs",
            "Škoda vyrábí Octavii v Mladé Boleslavi.",
            "Škoda Octavia",
        ),
    ];
    for (lang, body, model) in cases {
        let found = of_kind(&m, EntityKind::Model, lang, body);
        assert!(has(&found, model), "{body}: {found:?}");
    }
}

#[test]
fn an_engine_word_before_a_shared_city_means_its_engine_plant() {
    let m = matcher();
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "pl",
            "Stellantis ma fabrykę silników benzynowych w Tychach."
        ),
        ["Stellantis Tychy engines"]
    );
    assert_eq!(
        of_kind(
            &m,
            EntityKind::Plant,
            "pl",
            "Fiat produkuje auta w Tychach."
        ),
        ["Tychy"]
    );
}

#[test]
fn a_brand_after_a_given_name_from_beyond_europe_is_a_person() {
    let m = matcher();
    for body in [
        "Peugeot construit des voitures à Sochaux, a dit l'entraîneur Omar Daf.",
        "Renault ouvre une usine, selon Mehmet Ford, le maire.",
    ] {
        let found = of_kind(&m, EntityKind::Brand, "fr", body);
        assert!(
            !found.iter().any(|b| b == "DAF" || b == "Ford"),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_chinese_list_without_spaces_and_st_maarten() {
    let m = matcher();
    let found = of_kind(
        &m,
        EntityKind::Model,
        "zh",
        "这家工厂生产大众 Polo,途铠和途观。",
    );
    assert!(has(&found, "Volkswagen T-Cross"), "{found:?}");
    // A separator after a digit is still a number's ("1,5 Polo" is no model list).
    let found = of_kind(&m, EntityKind::Model, "en", "Volkswagen sold 2,500 units.");
    assert!(found.is_empty(), "{found:?}");
    assert!(has(
        &of_kind(
            &m,
            EntityKind::Country,
            "pt",
            "A fábrica exporta para Aruba e St. Maarten."
        ),
        "Sint Maarten"
    ));
}

#[test]
fn traditional_chinese_names_match_the_simplified_aliases() {
    let m = matcher();
    let body = "上海大眾安亭一廠生產桑塔納、寶來和帕薩特,斯柯達也在這裡。";
    let models = of_kind(&m, EntityKind::Model, "zh", body);
    for model in ["Volkswagen Santana", "Volkswagen Bora", "Volkswagen Passat"] {
        assert!(has(&models, model), "{model}: {models:?}");
    }
    let brands = of_kind(&m, EntityKind::Brand, "zh", body);
    assert!(has(&brands, "Volkswagen"), "{brands:?}");
    assert!(has(&brands, "Škoda"), "{brands:?}");
}

// Batch 4 of the real pages (sentences written for these tests).

fn found_in(m: &Matcher, kind: EntityKind, lang: &str, body: &str, name: &str) -> bool {
    of_kind(m, kind, lang, body).iter().any(|n| n == name)
}

#[test]
fn traditional_chinese_spells_makers_models_and_plants() {
    let m = matcher();
    let body = "一汽大眾成都工廠年產能擴大到54萬輛,沃爾沃成都工廠將投產S60L。";
    assert!(
        found_in(&m, EntityKind::Brand, "zh", body, "Volkswagen"),
        "{:?}",
        of_kind(&m, EntityKind::Brand, "zh", body)
    );
    assert!(found_in(&m, EntityKind::Brand, "zh", body, "Volvo"));
    assert!(found_in(&m, EntityKind::Model, "zh", body, "Volvo S60"));
    assert!(
        found_in(&m, EntityKind::Plant, "zh", body, "FAW-Volkswagen Chengdu"),
        "{:?}",
        of_kind(&m, EntityKind::Plant, "zh", body)
    );
    assert!(found_in(&m, EntityKind::Plant, "zh", body, "Volvo Chengdu"));
    // An ordinary word in traditional script is still no maker.
    assert!(of_kind(&m, EntityKind::Brand, "zh", "大眾化的消費與大眾媒體").is_empty());
}

#[test]
fn a_city_and_a_glued_plant_word_name_a_plant_in_chinese_japanese_korean() {
    let m = matcher();
    let ja = "ホンダは寄居工場で新型フィットを生産し、狭山工場を閉鎖する。鈴鹿製作所も稼働する。";
    let plants = of_kind(&m, EntityKind::Plant, "ja", ja);
    for p in ["Honda Yorii", "Honda Sayama", "Honda Suzuka"] {
        assert!(plants.iter().any(|x| x == p), "{p}: {plants:?}");
    }
    assert!(found_in(&m, EntityKind::Model, "ja", ja, "Honda Jazz"));
    let ja = "ダイハツは竜王の工場でタントとムーヴの生産を再開する。";
    assert!(found_in(&m, EntityKind::Model, "ja", ja, "Daihatsu Tanto"));
    assert!(found_in(&m, EntityKind::Model, "ja", ja, "Daihatsu Move"));
    let zh = "上汽通用五菱投资66亿元的重庆新生产基地开工建设。上海大眾新疆工廠正式奠基。";
    assert!(
        found_in(&m, EntityKind::Plant, "zh", zh, "SGMW Chongqing"),
        "{:?}",
        of_kind(&m, EntityKind::Plant, "zh", zh)
    );
    assert!(found_in(
        &m,
        EntityKind::Plant,
        "zh",
        zh,
        "SAIC Volkswagen Urumqi"
    ));
    let no = "Bilene bygges i Finland, batteriene i fabrikken i Indiana.";
    assert!(!found_in(&m, EntityKind::Country, "no", no, "India"));
    let ko = "현대차 울산공장에서 코나와 포니를 생산했다.";
    assert!(found_in(&m, EntityKind::Model, "ko", ko, "Hyundai Kona"));
    assert!(found_in(&m, EntityKind::Model, "ko", ko, "Hyundai Pony"));
}

#[test]
fn a_lowercase_word_or_a_city_is_no_model() {
    let m = matcher();
    let es = "La fábrica de Nissan en Barcelona está en la primera línea para la nueva pick-up.";
    assert!(
        of_kind(&m, EntityKind::Model, "es", es).is_empty(),
        "{:?}",
        of_kind(&m, EntityKind::Model, "es", es)
    );
    let it = "Fiat produrrà la nuova Panda a Pomigliano e la nuova 500 a Mirafiori.";
    let models = of_kind(&m, EntityKind::Model, "it", it);
    assert!(models.contains(&"Fiat Panda".into()), "{models:?}");
    assert!(!models.iter().any(|x| x.contains("Nuova")), "{models:?}");
    let en = "Chrysler will overhaul its assembly plants in Windsor, Ontario.";
    assert!(of_kind(&m, EntityKind::Model, "en", en).is_empty());
}

#[test]
fn rennes_in_car_news_is_the_la_janais_car_plant() {
    let m = matcher();
    let fr = "PSA ferme ses usines de Poissy, Rennes et Sochaux.";
    let plants = of_kind(&m, EntityKind::Plant, "fr", fr);
    assert!(plants.contains(&"Rennes-La Janais".into()), "{plants:?}");
    assert!(
        !plants.iter().any(|p| p.contains("Barre-Thomas")),
        "{plants:?}"
    );
}

#[test]
fn sites_the_fresh_pages_named_are_known() {
    let m = matcher();
    let de = "Volkswagen: Die Werke in Bratislava und Stupava stehen still. Opel hat auch ein Werk in Wien-Aspern.";
    let plants = of_kind(&m, EntityKind::Plant, "de", de);
    for p in ["Volkswagen Stupava", "Opel Wien-Aspern", "Bratislava"] {
        assert!(plants.iter().any(|x| x == p), "{p}: {plants:?}");
    }
    let cs = "Renault vyrábí vozy ve slovinském Novém Městě.";
    assert!(
        found_in(&m, EntityKind::Plant, "cs", cs, "Novo Mesto"),
        "{:?}",
        of_kind(&m, EntityKind::Plant, "cs", cs)
    );
    let tr = "Sakarya'daki Toyota ve Kocaeli'deki Hyundai Motor Türkiye otomobil üretti.";
    let plants = of_kind(&m, EntityKind::Plant, "tr", tr);
    for p in ["Toyota Sakarya", "Hyundai Assan"] {
        assert!(plants.iter().any(|x| x == p), "{p}: {plants:?}");
    }
    let ru = "Выпуск ведется на Ульяновском автозаводе и в “Мазда Соллерс”.";
    let _ = of_kind(&m, EntityKind::Plant, "ru", ru);
    let ru = "Производство ведут Ульяновский автозавод и “Хавейл Мотор Рус”.";
    let plants = of_kind(&m, EntityKind::Plant, "ru", ru);
    for p in ["UAZ Ulyanovsk", "Haval Tula"] {
        assert!(plants.iter().any(|x| x == p), "{p}: {plants:?}");
    }
}

#[test]
fn an_ambiguous_brand_and_a_city_of_its_plant_vouch_for_each_other() {
    let m = matcher();
    let headline = "Ford will stop building the Focus at Saarlouis in 2025.";
    assert_eq!(of_kind(&m, EntityKind::Brand, "en", headline), ["Ford"]);
    assert_eq!(
        of_kind(&m, EntityKind::Plant, "en", headline),
        ["Saarlouis"]
    );
    assert_eq!(
        of_kind(&m, EntityKind::Model, "en", headline),
        ["Ford Focus"]
    );
    // A brand written as a town is the town, plant city or not.
    let council = "Police demand in Bedford and in Luton is rising.";
    assert!(of_kind(&m, EntityKind::Brand, "en", council).is_empty());
    assert!(of_kind(&m, EntityKind::Plant, "en", council).is_empty());
    // A person's name stays a person's.
    let actor = "Harrison Ford flew to Saarlouis in 2025.";
    assert!(of_kind(&m, EntityKind::Plant, "en", actor).is_empty());
}

#[test]
fn a_bare_model_after_a_given_name_is_part_of_that_name() {
    let m = matcher();
    let body = "Mercedes builds the V-Class and the Marco Polo camper in Vitoria. Volkswagen \
                sells the Golf.";
    assert!(
        !has(
            &of_kind(&m, EntityKind::Model, "en", body),
            "Volkswagen Polo"
        ),
        "{:?}",
        of_kind(&m, EntityKind::Model, "en", body)
    );
    // Its own brand before it is no given name.
    let vans = "Mercedes Vito and Volkswagen Polo sales rose.";
    assert!(has(
        &of_kind(&m, EntityKind::Model, "en", vans),
        "Volkswagen Polo"
    ));
    assert!(has(
        &of_kind(&m, EntityKind::Model, "en", vans),
        "Mercedes-Benz Vito"
    ));
}
