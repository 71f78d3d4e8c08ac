//! The built-in gazetteer on the false friends of real news (sentences written for these
//! tests after the false hits seen in BBC and parliament texts): nothing automotive may be
//! found in them, while the same names in car sentences still are; and the plant a city with
//! several plants means.

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

/// Brands, models and plants found (what a non-automotive text must not have).
fn automotive(m: &Matcher, lang: &str, title: &str, body: &str) -> Vec<String> {
    let a = annotated(m, lang, title, body);
    let e = a.entities;
    [EntityKind::Brand, EntityKind::Model, EntityKind::Plant]
        .into_iter()
        .flat_map(|kind| e[kind].iter().map(|n| n.to_string()))
        .collect()
}

fn plants(m: &Matcher, lang: &str, body: &str) -> Vec<String> {
    annotated(m, lang, "", body)
        .entities
        .into_kind(EntityKind::Plant)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn no_car_entity_in_texts_about_other_things() {
    let m = matcher();
    let cases: &[(&str, &str, &str)] = &[
        // Words that only look like car vocabulary: auto-, -werk, werken.
        (
            "en",
            "",
            "His autobiography came out before he signed for PSV Eindhoven.",
        ),
        (
            "en",
            "",
            "An automatic qualifier, he will race the Great Ireland Run in Dublin.",
        ),
        (
            "de",
            "",
            "Das Kohlekraftwerk Moorburg in Hamburg soll CCS-Technik bekommen.",
        ),
        (
            "de",
            "",
            "Das Endlager Schacht Konrad bei Salzgitter ist ein Teufelswerk.",
        ),
        (
            "es",
            "",
            "Las comunidades autónomas piden agua. El segundo punto urge al Gobierno.",
        ),
        (
            "es",
            "",
            "Debemos evitar situaciones similares en las autonomías. Gracias.",
        ),
        (
            "es",
            "",
            "Yo soy de Zaragoza y defiendo el trasvase del Ebro a otras cuencas.",
        ),
        (
            "es",
            "",
            "La Zona Franca de Cádiz y el puerto de Cádiz piden inversiones.",
        ),
        (
            "nl",
            "",
            "Een bloeiend Amsterdams beursschandaal; we werken aan de regels.",
        ),
        // One car word in a long passage, a surname, a singer, a given name.
        (
            "en",
            "",
            "Singer and actor Harry Connick Jr is to star in a new musical on Broadway next \
             year, his record label said on Monday, after a tour of the old factory.",
        ),
        (
            "en",
            "",
            "Other acts include Liverpool band The Coral and former Led Zeppelin singer Robert Plant.",
        ),
        (
            "en",
            "",
            "I just thank God that I am still here, he said, as his car waited outside.",
        ),
        (
            "en",
            "",
            "Leicester wing Austin Healey hopes to return; Matt Dawson and Austin Healey both play.",
        ),
        (
            "en",
            "Morris defends schools",
            "Eight out of 10 voters do not trust the government, Estelle Morris said.",
        ),
        (
            "en",
            "",
            "under the leadership of Major General Laurie Gingell, said Mr Morris.",
        ),
        (
            "en",
            "",
            "The festival was held in Hong Kong, Tokyo and Pusan in South Korea.",
        ),
        (
            "en",
            "",
            "Can I choose to use this service? The autolink feature decides.",
        ),
        (
            "en",
            "",
            "The possible closure of the Ingersoll Rand factory in Hindley Green.",
        ),
        (
            "en",
            "",
            "New handsets from NEC, Fujitsu and Mitsubishi were released.",
        ),
        (
            "es",
            "",
            "Un carácter voluntario para los MTM con más de veinticinco años.",
        ),
    ];
    for (lang, title, body) in cases {
        assert_eq!(
            automotive(&m, lang, title, body),
            Vec::<String>::new(),
            "{body}"
        );
    }
}

#[test]
fn the_same_names_in_car_sentences_still_count() {
    let m = matcher();
    assert_eq!(
        plants(&m, "de", "Opel baut den Corsa in Zaragoza."),
        ["Zaragoza"]
    );
    assert_eq!(
        plants(&m, "en", "Renault Korea builds the Grand Koleos in Pusan."),
        ["Busan"]
    );
    assert_eq!(
        plants(&m, "en", "DAF builds its trucks in Eindhoven."),
        ["DAF Eindhoven"]
    );
    let a = annotated(
        &m,
        "en",
        "",
        "Mitsubishi Motors and Nissan build the Outlander together.",
    );
    assert!(a.entities[EntityKind::Brand].contains(&"Mitsubishi".into()));
}

#[test]
fn a_city_with_several_plants_means_the_one_whose_maker_is_named() {
    let m = matcher();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "de",
            "Porsche baut den Macan in Leipzig.",
            &["Porsche Leipzig"],
        ),
        ("de", "BMW baut den 1er in Leipzig.", &["BMW Leipzig"]),
        (
            "de",
            "Die BMW-Werke in München, Dingolfing und Leipzig.",
            &["BMW Leipzig", "BMW Munich", "Dingolfing"],
        ),
        (
            "de",
            "MAN Truck & Bus baut Lkw in München.",
            &["MAN Munich"],
        ),
        (
            "en",
            "Nissan builds the Sentra in Aguascalientes.",
            &["Nissan Aguascalientes"],
        ),
        ("en", "BMW assembles the X1 in Chennai.", &["BMW Chennai"]),
        // Two makers, two plants: the maker written nearest decides.
        (
            "es",
            "Hay fábricas de Audi en Győr y de Renault en Bursa, y Fiat está en Tychy.",
            &["Győr", "Oyak-Renault Bursa", "Tychy"],
        ),
        // No maker named: the plant the city's name means alone.
        (
            "en",
            "The car plant in Leipzig added a shift.",
            &["BMW Leipzig"],
        ),
    ];
    for (lang, body, expected) in cases {
        let mut found = plants(&m, lang, body);
        found.sort();
        assert_eq!(found, *expected, "{body}");
    }
}

fn models(m: &Matcher, lang: &str, body: &str) -> Vec<String> {
    annotated(m, lang, "", body)
        .entities
        .into_kind(EntityKind::Model)
        .into_iter()
        .map(String::from)
        .collect()
}

fn brands(m: &Matcher, lang: &str, body: &str) -> Vec<String> {
    annotated(m, lang, "", body)
        .entities
        .into_kind(EntityKind::Brand)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn a_model_named_like_a_month_is_the_month_beside_a_day_or_a_year() {
    let m = matcher();
    for (lang, body) in [
        ("en", "Nissan opened its second line in March 2005."),
        (
            "en",
            "Nissan said on 14 March that the Micra line would stop.",
        ),
        (
            "en",
            "Nissan will decide by March 31st where the next Micra is built.",
        ),
        ("fr", "Foton a ouvert l'usine le 3 mars 2021."),
        ("fr", "Foton arrêtera la production en mars 2026."),
    ] {
        let found = models(&m, lang, body);
        assert!(
            !found
                .iter()
                .any(|x| x == "Nissan March" || x == "Foton Mars"),
            "{body}: {found:?}"
        );
    }
    assert!(
        models(
            &m,
            "en",
            "Nissan builds the March and the Note in Thailand."
        )
        .contains(&"Nissan March".into())
    );
}

#[test]
fn a_brand_followed_by_is_is_not_a_one_letter_model() {
    let m = matcher();
    assert_eq!(
        models(&m, "en", "Mitsubishi Motors is cutting jobs in Japan."),
        Vec::<String>::new()
    );
    assert_eq!(
        models(&m, "en", "Mitsubishi is building a new plant."),
        Vec::<String>::new()
    );
}

#[test]
fn a_bare_model_wins_over_an_ambiguous_brand_of_that_name_in_its_brands_article() {
    let m = matcher();
    let body = "A Volkswagen produziu o Gol, o Passat e o Santana na fábrica.";
    assert!(models(&m, "pt", body).contains(&"Volkswagen Santana".into()));
    assert!(!brands(&m, "pt", body).contains(&"Santana Motor".into()));
}

#[test]
fn models_named_like_a_state_or_a_word_need_their_brand() {
    let m = matcher();
    for (lang, body) in [
        (
            "en",
            "Volkswagen sells more cars in California than in Texas.",
        ),
        ("en", "Ferrari opened a new showroom in California."),
        ("en", "Saab sold its aero engines business to the state."),
        ("en", "Saab showed the 9-5 at the Aero show in Farnborough."),
    ] {
        let found = models(&m, lang, body);
        assert!(
            !found
                .iter()
                .any(|x| x.ends_with(" California") || x == "Saab Aero"),
            "{body}: {found:?}"
        );
    }
    assert_eq!(
        models(
            &m,
            "en",
            "Volkswagen builds the Volkswagen California in Hanover."
        ),
        ["Volkswagen California"]
    );
    assert_eq!(
        models(&m, "en", "The Saab Aero was built in Trollhättan."),
        ["Saab Aero"]
    );
}

#[test]
fn a_city_is_no_alternate_name_of_a_city_far_away() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "en",
            "General Motors buys parts from a supplier in Newton Aycliffe, County Durham."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        plants(&m, "en", "Opel once shipped cars to Wilmington for Saturn."),
        ["Wilmington Assembly"]
    );
}

#[test]
fn plants_are_found_by_the_names_the_press_gives_them() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "en",
            "Mercedes-Benz builds the GLE in Tuscaloosa, Alabama."
        ),
        ["Mercedes Tuscaloosa"]
    );
    assert_eq!(
        plants(
            &m,
            "de",
            "Die M-Klasse von Mercedes entsteht in Tuscaloosa."
        ),
        ["Mercedes Tuscaloosa"]
    );
    assert_eq!(
        plants(
            &m,
            "pt",
            "A Volkswagen celebra os 60 anos da fábrica Anchieta, onde nasceu o Gol."
        ),
        ["Volkswagen Anchieta"]
    );
}

#[test]
fn numbered_models_listed_together_are_models() {
    let m = matcher();
    let found = models(
        &m,
        "en",
        "Alfa Romeo offers a new engine in the 147, 156, 166, GT and Spider.",
    );
    for model in ["Alfa Romeo 147", "Alfa Romeo 156", "Alfa Romeo 166"] {
        assert!(found.contains(&model.to_string()), "{model}: {found:?}");
    }
    let found = models(
        &m,
        "it",
        "Alfa Romeo ha prodotto qui l'Alfasud, 33, 145, 146 e 155.",
    );
    for model in ["Alfa Romeo 145", "Alfa Romeo 146", "Alfa Romeo 155"] {
        assert!(found.contains(&model.to_string()), "{model}: {found:?}");
    }
    // Two numbers are no line-up: a quantity and a year.
    let found = models(&m, "en", "Alfa Romeo hired 156 and 166 more workers.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_body_style_word_is_a_model_only_after_its_brand() {
    let m = matcher();
    let found = models(
        &m,
        "de",
        "BMW baut den Geländewagen X5 und den Roadster Z4 in Spartanburg; der Mini kommt aus England.",
    );
    assert!(found.contains(&"BMW Z4".into()), "{found:?}");
    assert!(!found.contains(&"Mini Roadster".into()), "{found:?}");
    assert!(
        models(&m, "en", "The Mini Roadster was built in Oxford.")
            .contains(&"Mini Roadster".into())
    );
}

#[test]
fn a_word_of_the_articles_language_is_no_other_languages_country() {
    let m = matcher();
    let a = annotated(
        &m,
        "pl",
        "",
        "Tyska fabryka FCA wyprodukowała w ubiegłym roku więcej samochodów Fiat 500.",
    );
    assert!(!a.entities[EntityKind::Country].contains(&"Germany".into()));
    let a = annotated(
        &m,
        "sv",
        "",
        "Den tyska fabriken i Zwickau bygger Volkswagen ID.3.",
    );
    assert!(a.entities[EntityKind::Country].contains(&"Germany".into()));
}

#[test]
fn regional_and_japanese_model_names() {
    let m = matcher();
    let found = models(
        &m,
        "pt",
        "A Volkswagen produziu o Fusca e a Kombi em São Bernardo.",
    );
    assert!(found.contains(&"Volkswagen Beetle".into()), "{found:?}");
    assert!(found.contains(&"Volkswagen Type 2".into()), "{found:?}");
    let found = models(
        &m,
        "ja",
        "トヨタの田原工場ではスープラとソアラ、セルシオを生産していた。",
    );
    for model in ["Toyota Supra", "Toyota Soarer", "Toyota Celsior"] {
        assert!(found.contains(&model.to_string()), "{model}: {found:?}");
    }
}

#[test]
fn a_shared_place_name_goes_to_the_named_makers_plant() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "es",
            "Seat fabricaba sus coches en la planta de la Zona Franca de Barcelona."
        ),
        ["SEAT Zona Franca"]
    );
    assert_eq!(
        plants(
            &m,
            "es",
            "Nissan cerró su planta de la Zona Franca de Barcelona."
        ),
        ["Ebro Barcelona"]
    );
}

#[test]
fn a_model_name_that_folding_shortens_must_be_written_so() {
    let m = matcher();
    let body = "A GWM e a BYD produzem no Brasil, segundo os dados apresentados por Ana Souza.";
    assert!(!models(&m, "pt", body).contains(&"Great Wall Poer".into()));
    assert!(
        models(
            &m,
            "pt",
            "A Great Wall Motor produz a picape Poer na fábrica de Iracemápolis."
        )
        .contains(&"Great Wall Poer".into())
    );
}

#[test]
fn plants_by_their_exonyms_and_nearby_cities() {
    let m = matcher();
    assert_eq!(
        plants(&m, "de", "Opel baut den Meriva im spanischen Saragossa."),
        ["Zaragoza"]
    );
    assert_eq!(
        plants(
            &m,
            "de",
            "Volkswagen fertigt den Sharan im portugiesischen Setubal."
        ),
        ["Autoeuropa"]
    );
    assert_eq!(
        plants(
            &m,
            "pt",
            "A fábrica da Chery em Jacareí, SP, não está em operação."
        ),
        ["Chery Jacareí"]
    );
}

#[test]
fn a_chinese_or_japanese_production_word_vouches_for_a_brand_beside_it() {
    let m = matcher();
    let a = annotated(&m, "zh", "", "特斯拉在上海生产Model 3。");
    assert_eq!(a.entities[EntityKind::Brand], ["Tesla"]);
    assert_eq!(a.entities[EntityKind::Model], ["Tesla Model 3"]);
    let a = annotated(&m, "zh", "", "红旗在长春生产。");
    assert_eq!(a.entities[EntityKind::Brand], ["Hongqi"]);
    // Far from any car or production word, the name alone is not enough.
    let a = annotated(&m, "zh", "", "特斯拉是一位发明家。");
    assert!(a.entities[EntityKind::Brand].is_empty());
    let a = annotated(&m, "zh", "", "广场上红旗飘扬,人民生活幸福。");
    assert!(a.entities[EntityKind::Brand].is_empty());
}

#[test]
fn a_plant_name_wrapped_across_lines_in_japanese_is_found() {
    let m = matcher();
    assert_eq!(
        plants(&m, "ja", "トヨタ自動車田原\n工場は、愛知県にある工場です。"),
        ["Tahara"]
    );
}

#[test]
fn a_polish_plant_by_its_citys_adjective() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "pl",
            "Tyska fabryka koncernu zwiększyła produkcję samochodów."
        ),
        ["Tychy"]
    );
    assert_eq!(
        plants(
            &m,
            "pl",
            "W bielskim zakładzie powstają silniki, a w Tychach auta."
        ),
        ["FSM Bielsko-Biała", "Tychy"]
    );
    // The adjective without a plant word is no plant (a beer, a surname).
    assert!(plants(&m, "pl", "Piwo Tyskie i pan Bielski w fabryce mebli.").is_empty());
}

#[test]
fn a_plant_in_a_city_named_like_a_word_by_the_plant_words_of_other_languages() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "de",
            "Ein Teil der Modelle wird im niederländischen Werk Born gebaut."
        ),
        ["VDL Nedcar"]
    );
    // Written otherwise, the word is not the town.
    assert!(plants(&m, "de", "Das Werk born neue Ideen, sagte er.").is_empty());
}

#[test]
fn a_plant_named_by_the_big_city_near_it() {
    let m = matcher();
    assert_eq!(
        plants(
            &m,
            "en",
            "Hyundai will build its new plant close to the existing one in Chennai."
        ),
        ["Hyundai Chennai"]
    );
    assert_eq!(
        plants(
            &m,
            "en",
            "Renault and Nissan build cars at their plant in Chennai."
        ),
        ["Renault Nissan Chennai"]
    );
}

#[test]
fn a_brand_named_inside_another_brands_name_is_not_named() {
    let m = matcher();
    assert_eq!(
        brands(&m, "en", "Land Rover builds the Defender in Nitra."),
        ["Land Rover"]
    );
    assert_eq!(
        brands(&m, "en", "MG Rover said its Longbridge plant would close."),
        ["MG Rover"]
    );
    // Named apart, each counts.
    assert_eq!(
        brands(
            &m,
            "en",
            "Land Rover and Rover were sold; MG Rover kept MG."
        ),
        ["Land Rover", "MG", "MG Rover", "Rover"]
    );
}

#[test]
fn brands_by_their_chinese_name_and_a_frequent_misspelling() {
    let m = matcher();
    assert_eq!(brands(&m, "zh", "比亚迪在深圳生产汽车。"), ["BYD"]);
    assert_eq!(
        brands(&m, "es", "Hablamos de la planta de Volkwagen en Landaben."),
        ["Volkswagen"]
    );
}

#[test]
fn range_rover_belongs_to_land_rovers_owner_of_the_day() {
    let m = matcher();
    let mut a = Article {
        body: "Sales of Land Rovers and Range Rovers rose.".into(),
        lang: "en".into(),
        date: "2005-03-01".parse().ok(),
        ..Article::default()
    };
    m.annotate(&mut a);
    assert_eq!(a.entities[EntityKind::Group], ["Ford"]);
}
