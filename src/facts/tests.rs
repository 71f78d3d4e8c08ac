//! Unit tests of fact extraction on short sentences written for them (no third-party text).

use std::sync::{Arc, OnceLock};

use super::{Extractor, Status, SubjectKind};
use crate::Article;
use crate::entities::{Gazetteer, Matcher};

fn tools() -> &'static (Matcher, Extractor) {
    static TOOLS: OnceLock<(Matcher, Extractor)> = OnceLock::new();
    TOOLS.get_or_init(|| {
        let g = Arc::new(Gazetteer::builtin().expect("gazetteer"));
        (Matcher::new(g.clone()), Extractor::new(&g))
    })
}

/// The facts of a body in a language, as `plant status subject date` strings.
fn facts(lang: &str, date: Option<&str>, body: &str) -> Vec<String> {
    titled(lang, date, "", body)
}

/// The facts of an article with a title.
fn titled(lang: &str, date: Option<&str>, title: &str, body: &str) -> Vec<String> {
    let (matcher, extractor) = tools();
    let mut a = Article {
        title: title.to_string(),
        body: body.to_string(),
        lang: lang.into(),
        date: date.and_then(|d| d.parse().ok()),
        ..Article::default()
    };
    matcher.annotate(&mut a);
    extractor
        .extract(&a)
        .into_iter()
        .map(|f| {
            format!(
                "{} {} {} {}",
                f.plant,
                f.status.as_str(),
                f.subject,
                f.date.unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn an_active_sentence_pairs_the_plant_with_each_model() {
    assert_eq!(
        facts(
            "fr",
            Some("2023-05-02"),
            "L'usine de Sochaux produit les Peugeot 3008 et Peugeot 5008."
        ),
        [
            "Sochaux builds Peugeot 3008 2023-05-02",
            "Sochaux builds Peugeot 5008 2023-05-02"
        ]
    );
}

#[test]
fn tense_hedges_negation_and_stops_give_the_status() {
    let one = |lang: &str, body: &str| facts(lang, Some("2023-01-10"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "The Sochaux plant will build the Peugeot 3008 from 2025."
        ),
        "Sochaux will_build Peugeot 3008 2025"
    );
    assert_eq!(
        one("en", "The Sochaux plant could build the Peugeot 3008."),
        "Sochaux may_build Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one("en", "The Sochaux plant will not build the Peugeot 3008."),
        "Sochaux will_not_build Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one("en", "Sochaux stopped building the Peugeot 3008 in 2019."),
        "Sochaux stopped Peugeot 3008 2019"
    );
    assert_eq!(
        one("de", "In Sochaux wurde der Peugeot 3008 bis 2019 gebaut."),
        "Sochaux built Peugeot 3008 2019"
    );
    // A present passive is not a future: "wird … gebaut" is "is built".
    assert_eq!(
        one("de", "In Sochaux wird der Peugeot 3008 gebaut."),
        "Sochaux builds Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one("de", "In Sochaux wird Peugeot künftig den 3008 bauen."),
        "Sochaux will_build Peugeot 3008 2023-01-10"
    );
}

#[test]
fn the_plant_named_before_stands_for_das_werk() {
    let body = "Peugeot investiert in Sochaux. Das Werk fertigt den Peugeot 3008.";
    assert_eq!(facts("de", None, body), ["Sochaux builds Peugeot 3008 "]);
    // Without a production cue the anaphor is only a word.
    assert!(
        facts(
            "de",
            None,
            "Peugeot investiert in Sochaux. Das Werk mag den Peugeot 3008."
        )
        .is_empty()
    );
}

#[test]
fn a_transfer_stops_one_plant_and_starts_the_other() {
    let body = "Peugeot will move production of the Peugeot 3008 from Sochaux to Mulhouse.";
    assert_eq!(
        facts("en", None, body),
        [
            "Sochaux will_stop Peugeot 3008 ",
            "Mulhouse will_build Peugeot 3008 "
        ]
    );
}

#[test]
fn a_country_stands_for_the_brands_only_plant_there() {
    // Polestar builds in one plant in the United States (per the gazetteer): Ridgeville.
    let body = "Polestar will build the Polestar 3 in the United States.";
    assert_eq!(
        facts("en", None, body),
        ["Ridgeville will_build Polestar 3 "]
    );
    // …but not when another maker in the sentence may be the one building it.
    let body = "Polestar is in talks with Renault to build the Polestar 3 in the United States.";
    assert!(facts("en", None, body).is_empty());
}

#[test]
fn without_a_plant_and_a_subject_there_is_no_fact() {
    assert!(facts("en", None, "Peugeot builds the Peugeot 3008.").is_empty());
    assert!(facts("en", None, "The plant in Sochaux builds cars.").is_empty());
    assert!(facts("en", None, "").is_empty());
}

#[test]
fn statuses_round_trip_their_names() {
    for s in Status::ALL {
        assert_eq!(Status::parse(s.as_str()), Some(s));
    }
    assert_eq!(Status::parse("Will build"), Some(Status::WillBuild));
    assert_eq!(Status::parse("maybe"), None);
    assert_eq!(SubjectKind::Brand.as_str(), "brand");
}

#[test]
fn an_engine_plant_builds_no_model() {
    let toml = r#"
[[country]]
name = "France"

[[brand]]
name = "Renault"

[[model]]
brand = "Renault"
name = "Clio"

[[plant]]
name = "Cleon"
country = "France"
kind = "engine"

[[plant]]
name = "Flins"
country = "France"
"#;
    let g = Arc::new(Gazetteer::from_toml(toml).expect("test gazetteer"));
    let (matcher, extractor) = (Matcher::new(g.clone()), Extractor::new(&g));
    let facts = |body: &str| {
        let mut a = Article {
            body: body.into(),
            lang: "fr".into(),
            ..Article::default()
        };
        matcher.annotate(&mut a);
        extractor.extract(&a)
    };
    assert_eq!(facts("L'usine de Flins produit la Renault Clio.").len(), 1);
    assert!(facts("L'usine de Cleon produit le moteur de la Renault Clio.").is_empty());
}

#[test]
fn a_pronoun_stands_for_the_one_plant_named_just_before() {
    let body = "Peugeot invests in Sochaux. It builds the Peugeot 3008.";
    assert_eq!(facts("en", None, body), ["Sochaux builds Peugeot 3008 "]);
    // Two plants before: which one "it" is cannot be told.
    let body = "Peugeot invests in Sochaux and Mulhouse. It builds the Peugeot 3008.";
    assert!(facts("en", None, body).is_empty());
    // A brand in brackets does not break the link: "Opel (Stellantis) in Eisenach".
    let body = "The Opel (Stellantis) plant in Eisenach.";
    assert_eq!(facts("en", None, body), ["Eisenach builds Opel "]);
}

#[test]
fn a_founding_year_dates_the_plant_not_the_fact() {
    // The trial: "cette usine, créée en 1952, a produit…" gave "Flins builds Renault 1952".
    let found = facts(
        "fr",
        Some("2019-03-01"),
        "L'usine de Flins, créée en 1952, produit la Renault Zoe.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("Flins builds Renault Zoe")),
        "{found:?}"
    );
    assert!(found.iter().all(|f| !f.ends_with("1952")), "{found:?}");
    // A year that is not the founding's still dates the fact.
    let found = facts(
        "en",
        Some("2019-03-01"),
        "The Flins plant, opened in 1952, will build the Renault Zoe from 2020.",
    );
    assert!(found.iter().any(|f| f.ends_with("2020")), "{found:?}");
}

#[test]
fn no_longer_reads_its_tense() {
    let one = |lang: &str, body: &str| facts(lang, Some("2023-01-10"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "The Sochaux plant will no longer build the Peugeot 3008."
        ),
        "Sochaux will_stop Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one("en", "The Sochaux plant no longer builds the Peugeot 3008."),
        "Sochaux stopped Peugeot 3008 2023-01-10"
    );
    // "ne … plus" with words between: a stop to come, not a plant that builds.
    assert_eq!(
        one(
            "fr",
            "L'usine de Sochaux ne devrait plus produire la Peugeot 3008."
        ),
        "Sochaux will_stop Peugeot 3008 2023-01-10"
    );
    // "ne … que" is "only": it builds.
    assert_eq!(
        one("fr", "L'usine de Sochaux ne produit que la Peugeot 3008."),
        "Sochaux builds Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one(
            "it",
            "Lo stabilimento di Sochaux non produrrà più la Peugeot 3008."
        ),
        "Sochaux will_stop Peugeot 3008 2023-01-10"
    );
}

#[test]
fn turkish_tense_is_read_from_the_word_ending() {
    let one = |body: &str| facts("tr", Some("2023-01-10"), body).join(" | ");
    assert_eq!(
        one("Sochaux fabrikasında Peugeot 3008 üretilecek."),
        "Sochaux will_build Peugeot 3008 2023-01-10"
    );
    assert_eq!(
        one("Sochaux fabrikasında Peugeot 3008 üretimi durdurulacak."),
        "Sochaux will_stop Peugeot 3008 2023-01-10"
    );
}

#[test]
fn japanese_drops_the_plant_it_just_named() {
    let one = |body: &str| facts("ja", Some("2023-01-10"), body).join(" | ");
    assert_eq!(
        one("元町工場は大きい。現在はトヨタ・クラウンを生産している。"),
        "Motomachi builds Toyota Crown 2023-01-10"
    );
    // Without a plant named just before, a production cue alone says nothing of a place.
    assert_eq!(one("トヨタは現在クラウンを生産している。"), "");
}

#[test]
fn a_pause_is_not_the_end_and_a_makers_pronoun_is_the_maker() {
    let one = |lang: &str, body: &str| facts(lang, Some("2005-01-10"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "BMW said the Dingolfing site will be closed for three days next week."
        ),
        ""
    );
    assert_eq!(
        one(
            "de",
            "Das BMW-Werk Dingolfing wird vorübergehend geschlossen."
        ),
        ""
    );
    assert_eq!(
        one("en", "BMW will close the Dingolfing plant in 2006."),
        "Dingolfing will_stop BMW 2006"
    );
    // "it" after a maker is the maker, not the plant of the sentence before.
    assert_eq!(
        one(
            "en",
            "Mercedes will close its plant in Sindelfingen. Audi said it had production problems."
        ),
        "Sindelfingen will_stop Mercedes-Benz 2005-01-10"
    );
}

#[test]
fn japanese_plants_and_models_are_read_in_katakana() {
    assert_eq!(
        facts(
            "ja",
            Some("2016-09-08"),
            "トヨタの高岡工場は大きい。過去にはセリカを生産していました。現在はオーリスやハリアーを生産しています。"
        ),
        [
            "Takaoka builds Toyota 2016-09-08",
            "Takaoka built Toyota Celica 2016-09-08",
            "Takaoka builds Toyota Auris 2016-09-08",
            "Takaoka builds Toyota Harrier 2016-09-08"
        ]
    );
}

#[test]
fn a_model_set_apart_is_not_built_at_the_plants_named_after_it() {
    let one = |lang: &str, body: &str| facts(lang, Some("2023-01-10"), body).join(" | ");
    assert_eq!(
        one(
            "it",
            "Escludendo i veicoli commerciali come il Fiat Ducato, si producono auto a Melfi e Cassino."
        ),
        ""
    );
    assert_eq!(
        one(
            "en",
            "Apart from the Fiat Ducato, the Melfi plant builds the Jeep Renegade."
        ),
        "Melfi builds Jeep Renegade 2023-01-10"
    );
}

#[test]
fn faw_shunde_is_a_plant_of_the_gazetteer() {
    assert_eq!(
        facts(
            "en",
            Some("2024-04-12"),
            "The Volkswagen Golf was built at the FAW Shunde plant until 1996."
        ),
        ["FAW Shunde built Volkswagen Golf 1996"]
    );
}

#[test]
fn a_sentence_naming_nothing_hands_its_plant_to_the_models_listed_next() {
    let one = |lang: &str, body: &str| facts(lang, Some("2024-03-01"), body).join(" | ");
    // Written for this test: the plant, then "from the plant came cars…", then the list.
    assert_eq!(
        one(
            "pt",
            "A fábrica de Anchieta completa 60 anos. Da instalação saíram carros que marcaram \
             época. Entre eles, o Volkswagen Gol e o Volkswagen Santana."
        ),
        "Volkswagen Anchieta built Volkswagen Gol 2024-03-01 | \
         Volkswagen Anchieta built Volkswagen Santana 2024-03-01"
    );
    assert_eq!(
        one(
            "en",
            "Sunderland is Nissan's biggest plant. The factory makes more cars than any other \
             in Britain. Among them are the Nissan Qashqai and the Nissan Juke."
        ),
        "Nissan Sunderland builds Nissan Qashqai 2024-03-01 | \
         Nissan Sunderland builds Nissan Juke 2024-03-01"
    );
    // The end of engine making at "the facility" says nothing of the models named next; nor
    // does a sentence that names no vehicles, nor one too far from the plant.
    for body in [
        "The Arese plant will close. The end of engine production at the facility costs 800 \
         jobs. All Alfa Romeo models come with the Alfa Romeo 147 engine.",
        "Sunderland is Nissan's biggest plant. The factory makes its own electricity. \
         The Nissan Qashqai sells well.",
        "Sunderland is Nissan's biggest plant. It rained. It rained again. It rained more. \
         The factory makes more cars than before. The Nissan Qashqai sells well.",
    ] {
        assert_eq!(one("en", body), "", "{body}");
    }
}

#[test]
fn a_plant_closed_by_the_articles_year_built_what_it_builds_in_the_present() {
    let body = "L'usine de Vilvoorde produit la Renault Clio.";
    assert_eq!(
        facts("fr", Some("1995-06-01"), body),
        ["Renault Vilvoorde builds Renault Clio 1995-06-01"]
    );
    // The gazetteer has it closed in 1997.
    assert_eq!(
        facts("fr", Some("2005-06-01"), body),
        ["Renault Vilvoorde built Renault Clio 2005-06-01"]
    );
    assert_eq!(
        facts("fr", None, body),
        ["Renault Vilvoorde builds Renault Clio "]
    );
}

#[test]
fn each_subject_takes_the_status_of_its_own_clause() {
    // Written for this test: an end in one clause, a start in another.
    assert_eq!(
        facts(
            "en",
            Some("2021-12-01"),
            "The Gliwice plant, which stopped making the Opel Astra last week, will build the \
             Fiat Ducato from April."
        ),
        [
            "Gliwice stopped Opel Astra 2021-12-01",
            "Gliwice will_build Fiat Ducato 2021-12-01"
        ]
    );
    // One clause: the sentence's status holds for every subject.
    assert_eq!(
        facts(
            "en",
            Some("2021-12-01"),
            "Production of the Opel Astra at Gliwice will end in 2022."
        ),
        ["Gliwice will_stop Opel Astra 2022"]
    );
}

#[test]
fn a_model_said_to_end_keeps_its_end_when_the_next_sentence_names_the_plant() {
    assert_eq!(
        facts(
            "en",
            Some("2023-01-10"),
            "Production of the Fiat 500X will stop next year. Melfi will then build new cars."
        ),
        ["Melfi will_stop Fiat 500X 2023-01-10"]
    );
}

#[test]
fn chinese_names_of_saic_volkswagen_plants_and_models_are_read() {
    // Written for this test.
    assert_eq!(
        facts("zh", None, "南京四厂主要生产大众帕萨特和斯柯达速派。"),
        [
            "SAIC Volkswagen Nanjing builds Volkswagen Passat ",
            "SAIC Volkswagen Nanjing builds Škoda Superb "
        ]
    );
    assert_eq!(
        facts("zh", None, "安亭工厂生产大众途安。"),
        ["SAIC Volkswagen Anting builds Volkswagen Touran "]
    );
}

#[test]
fn dutch_the_adjective_factory_refers_back_to_the_plant() {
    let body = "Volvo heeft fabrieken in Torslanda en Gent. In de tweede fabriek wordt de Volvo XC40 \
                gebouwd.";
    assert_eq!(facts("nl", None, body), ["Volvo Ghent builds Volvo XC40 "]);
}

#[test]
fn a_jubilee_year_does_not_date_what_the_plant_builds() {
    let body = "A fábrica de São Bernardo do Campo, que completará 50 anos em 14 de novembro de 2026, \
                produz o Volkswagen Polo.";
    let got = facts("pt", Some("2025-08-01"), body);
    assert_eq!(
        got,
        ["Volkswagen Anchieta builds Volkswagen Polo 2025-08-01"]
    );
}

#[test]
fn a_sentence_that_starts_with_a_plant_pairs_each_model_with_the_plant_before_it() {
    assert_eq!(
        facts(
            "fr",
            None,
            "Renault produit ses voitures électriques en France, Flins accueillant la Renault Zoe \
             et Maubeuge le Renault Kangoo."
        ),
        [
            "Flins builds Renault Zoe ",
            "Maubeuge builds Renault Kangoo "
        ]
    );
    assert_eq!(
        facts(
            "en",
            None,
            "Peugeot builds the Peugeot 3008 in Sochaux and the Peugeot 508 in Mulhouse."
        ),
        [
            "Sochaux builds Peugeot 3008 ",
            "Mulhouse builds Peugeot 508 "
        ]
    );
}

#[test]
fn a_sentence_that_opens_with_the_verb_builds_at_the_plant_just_named() {
    let body = "Seat tiene su fábrica en Martorell. Producen el Seat León y el Seat Ibiza.";
    assert_eq!(
        facts("es", None, body),
        [
            "Martorell builds SEAT ",
            "Martorell builds SEAT Leon ",
            "Martorell builds SEAT Ibiza "
        ]
    );
    // Only the language's own habit: English says who produces.
    let english = facts(
        "en",
        None,
        "Seat has plants in Martorell and in Zona Franca. Produces the Seat León.",
    );
    assert!(!english.iter().any(|f| f.contains("Leon")), "{english:?}");
}

#[test]
fn a_closure_on_named_days_is_a_pause() {
    let body = "Mercedes-Benz is to close its factory in Sindelfingen on Monday and Tuesday.";
    assert!(facts("en", None, body).is_empty());
    assert!(
        facts(
            "fr",
            None,
            "Peugeot ferme l'usine de Sochaux lundi faute de pièces."
        )
        .is_empty()
    );
}

#[test]
fn a_negation_cut_off_by_a_colon_says_nothing_of_the_production() {
    assert_eq!(
        facts(
            "en",
            None,
            "No surprise: Škoda builds the Škoda Octavia in Mladá Boleslav."
        ),
        ["Mladá Boleslav builds Škoda Octavia "]
    );
    assert_eq!(
        facts(
            "en",
            None,
            "Škoda will not build the Škoda Octavia in Mladá Boleslav."
        ),
        ["Mladá Boleslav will_not_build Škoda Octavia "]
    );
}

#[test]
fn a_japanese_opening_year_before_its_cue_dates_the_plant_not_the_fact() {
    // Japanese writes the year before the opening: "1959年8月から稼働しており" is the plant's
    // start, not the time of what it builds now.
    assert_eq!(
        facts(
            "ja",
            Some("2016-09-08"),
            "元町工場は1959年8月から稼働しており、現在はトヨタ・クラウンを生産しています。"
        ),
        ["Motomachi builds Toyota Crown 2016-09-08"]
    );
}

#[test]
fn a_move_ruled_out_or_only_weighed_leaves_the_model_where_it_is() {
    let one = |lang: &str, body: &str| facts(lang, Some("2024-12-10"), body).join(" | ");
    assert_eq!(
        one(
            "es",
            "Seat descarta trasladar el montaje del Seat Ibiza de Martorell a Pamplona."
        ),
        "Martorell builds SEAT Ibiza 2024-12-10 | Pamplona will_not_build SEAT Ibiza 2024-12-10"
    );
    assert_eq!(
        one(
            "en",
            "Seat could move the Seat Ibiza from Martorell to Pamplona."
        ),
        "Martorell builds SEAT Ibiza 2024-12-10 | Pamplona may_build SEAT Ibiza 2024-12-10"
    );
}

#[test]
fn a_dateline_names_where_the_news_is_written_not_a_plant() {
    assert_eq!(
        facts(
            "de",
            Some("2003-06-06"),
            "Hamburg/Stuttgart/Wolfsburg - VW will die Produktion des Käfer in Puebla einstellen."
        ),
        ["Volkswagen Puebla will_stop Volkswagen Beetle 2003-06-06"]
    );
    assert_eq!(
        facts(
            "en",
            Some("2019-10-24"),
            "SOCHAUX (Reuters) - Peugeot will build the Peugeot 3008 at Mulhouse."
        ),
        ["Mulhouse will_build Peugeot 3008 2019-10-24"]
    );
}

#[test]
fn a_closed_span_of_years_is_production_that_ended() {
    // "(1997-2010)" and "de 1966 à 1978" tell of production that is over, dated by its end.
    assert_eq!(
        facts(
            "en",
            Some("2022-10-01"),
            "Tychy makes the Fiat Seicento (1997-2010)."
        ),
        ["Tychy built Fiat Seicento 2010"]
    );
    assert_eq!(
        facts(
            "fr",
            None,
            "À Emden, Volkswagen produit la Coccinelle de 1966 à 1978."
        ),
        ["Emden built Volkswagen Beetle 1978"]
    );
    // A span still to come is not one that ended.
    assert_eq!(
        facts(
            "en",
            Some("2022-10-01"),
            "Tychy will make the Fiat 500 from 2024 to 2030."
        ),
        ["Tychy will_build Fiat 500 2024"]
    );
}

#[test]
fn the_titles_mentions_are_not_read_as_the_bodys() {
    // The title's plant stands further in than the body's first sentence ends: the body's own
    // mentions are still read, and nothing of the title is read at its offset in the body.
    assert_eq!(
        titled(
            "en",
            Some("2014-11-20"),
            "Counting the days for the four thousand workers of Ford Genk",
            "Genk builds the Ford Mondeo. Its workers wait."
        ),
        ["Ford Genk builds Ford Mondeo 2014-11-20"]
    );
    // "It" in the first sentence is the plant the title names.
    assert_eq!(
        titled(
            "en",
            Some("2014-11-20"),
            "Ford Genk counts its last days",
            "It will stop building the Ford Mondeo next month."
        ),
        ["Ford Genk will_stop Ford Mondeo 2014-11-20"]
    );
}

#[test]
fn a_model_goes_with_a_plant_of_its_maker_or_one_the_text_ties_it_to() {
    let one = |lang: &str, body: &str| facts(lang, Some("2012-06-01"), body).join(" | ");
    // A plant written with another maker's name is not where a Ford is built.
    assert_eq!(
        one(
            "en",
            "Renault Vilvoorde stopped building the Ford Mondeo in 1997."
        ),
        ""
    );
    // Two plants in a sentence: the model's maker's.
    assert_eq!(
        one(
            "en",
            "Renault closed Vilvoorde in 1997 and Ford will close Genk in 2014, where it builds the Ford Mondeo."
        ),
        "Ford Genk builds Ford Mondeo 2014"
    );
    // After Genk, a Ford model beside Vilvoorde is not Vilvoorde's; nor where the sentence
    // sets the two makers apart.
    assert_eq!(
        one(
            "nl",
            "Ford sluit Genk. Net als Renault in Vilvoorde stopt Ford de productie van de Mondeo."
        ),
        "Ford Genk stopped Ford 2012-06-01"
    );
    assert_eq!(
        one(
            "nl",
            "Net als Renault in Vilvoorde stopt Ford de productie van de Mondeo."
        ),
        ""
    );
    // A plant that builds for another maker, so tied by the sentence, keeps it.
    assert_eq!(
        one("de", "In Esztergom baut Suzuki auch den Fiat Sedici."),
        "Esztergom builds Fiat Sedici 2012-06-01"
    );
    assert_eq!(
        one(
            "de",
            "In Esztergom werden neben dem Suzuki Swift auch der Fiat Sedici gebaut."
        ),
        "Esztergom builds Suzuki Swift 2012-06-01 | Esztergom builds Fiat Sedici 2012-06-01"
    );
}

#[test]
fn a_heading_that_names_a_plant_is_what_the_sentences_under_it_build() {
    assert_eq!(
        facts(
            "it",
            Some("2024-12-17"),
            "Il piano per le fabbriche italiane.\n- CASSINO. Verrà introdotta la piattaforma Stla-Large. Dal 2026 sarà prodotta la nuova Alfa Romeo Giulia.\n- MELFI. Dal 2025 sarà prodotta la nuova Jeep Compass."
        ),
        [
            "Cassino will_build Alfa Romeo Giulia 2026",
            "Melfi will_build Jeep Compass 2025"
        ]
    );
    assert_eq!(
        facts(
            "en",
            Some("2024-12-17"),
            "Plans by plant.\n\nMelfi:\n\nThe Jeep Compass will be built from 2025."
        ),
        ["Melfi will_build Jeep Compass 2025"]
    );
    // A sentence that names the plant with more words is no heading.
    assert!(
        facts(
            "en",
            Some("2024-12-17"),
            "Melfi is in Basilicata, Mirafiori in Piedmont. The Jeep Compass will be built from 2025."
        )
        .is_empty()
    );
}

#[test]
fn a_plant_of_another_country_is_not_the_plant_named_last() {
    let one = |lang: &str, body: &str| facts(lang, Some("2012-06-01"), body).join(" | ");
    assert_eq!(
        one(
            "fr",
            "Ford ferme Genk. La Ford Mondeo sera produite dans l'usine espagnole."
        ),
        "Ford Genk stopped Ford 2012-06-01"
    );
    // The plant's own country still refers back.
    assert_eq!(
        one(
            "fr",
            "Ford ferme Genk. La Ford Mondeo est produite dans l'usine belge jusqu'en 2014."
        ),
        "Ford Genk stopped Ford 2012-06-01 | Ford Genk will_build Ford Mondeo 2014"
    );
    // A plant said to build two cars does not hand them to a sentence about a Spanish plant
    // (which is Ford's Almussafes plant, "das spanische Werk Valencia", since batch 9).
    let spanish = one(
        "de",
        "Grund ist die geplante Schließung des Ford-Werkes im belgischen Genk, wo beide Fahrzeuge gebaut werden. Wie beim Mondeo verzögert sich bei S-Max und Galaxy der Produktionsbeginn im spanischen Werk Valencia.",
    );
    assert!(!spanish.contains("Genk"), "{spanish}");
}

#[test]
fn a_brand_in_a_title_case_headline_is_no_firm_name() {
    assert_eq!(
        facts(
            "en",
            Some("2012-06-01"),
            "Toyota Ends Production At Its Burnaston Plant\n\nMore to come."
        ),
        ["Burnaston stopped Toyota 2012-06-01"]
    );
}

#[test]
fn polish_and_norwegian_letters_unicode_keeps_whole_meet_their_cues() {
    // `produkował` is the cue `produkowal*` (past), `tidligere` with `bygget` too.
    assert_eq!(
        facts(
            "pl",
            Some("2023-04-01"),
            "W Gliwicach Opel produkował Astrę."
        ),
        ["Gliwice built Opel Astra 2023-04-01"]
    );
    assert_eq!(super::text::fold_word("Kjøretøy był Đ"), "kjoretoy byl d");
}

#[test]
fn a_stop_in_a_month_or_the_last_car_to_come_is_a_stop_to_come() {
    let one = |lang: &str, body: &str| facts(lang, Some("2014-11-20"), body).join(" | ");
    assert_eq!(
        one(
            "nl",
            "Zo stopt in Genk over een maand al de productie van de Ford Mondeo."
        ),
        "Ford Genk will_stop Ford Mondeo 2014-11-20"
    );
    // Polish perfective `zjedzie` is a future.
    assert_eq!(
        one(
            "pl",
            "We wtorek z taśmy gliwickiej fabryki zjedzie ostatni Opel Astra."
        ),
        "Gliwice will_stop Opel Astra 2014-11-20"
    );
}

#[test]
fn a_stop_of_the_plants_vehicles_ends_what_it_builds() {
    assert_eq!(
        facts(
            "es",
            None,
            "La factoría de Bochum produce actualmente el modelo Opel Zafira, y dejará de fabricar vehículos en 2016."
        ),
        ["Opel Bochum will_stop Opel Zafira 2016"]
    );
    // A stop of a model named in its own clause is that model's alone.
    assert_eq!(
        facts(
            "en",
            Some("2012-06-01"),
            "The Bochum plant builds the Opel Zafira, and it will stop building the Opel Astra in 2013."
        ),
        [
            "Opel Bochum builds Opel Zafira 2013",
            "Opel Bochum will_stop Opel Astra 2013"
        ]
    );
}

#[test]
fn the_articles_only_plant_builds_its_makers_models_where_no_place_is_named() {
    let one = |body: &str| facts("en", Some("2018-01-10"), body).join(" | ");
    assert_eq!(
        one("Volvo Ghent employs 6,000 people. The Volvo XC40 will also be built."),
        "Volvo Ghent will_build Volvo XC40 2018-01-10"
    );
    // Another maker's model, or a sentence naming a country, is not the plant's.
    assert_eq!(
        one("Volvo Ghent employs 6,000 people. The Tesla Model 3 will also be built."),
        ""
    );
    assert_eq!(
        one("Volvo Ghent employs 6,000 people. The Volvo XC40 will also be built in China."),
        ""
    );
}

#[test]
fn a_decision_to_close_is_a_stop_to_come() {
    assert_eq!(
        facts(
            "nl",
            None,
            "Ford maakte in oktober 2012 bekend de fabriek in Genk te sluiten."
        ),
        ["Ford Genk will_stop Ford 2012"]
    );
}

#[test]
fn a_since_year_dates_the_plant_not_the_fact() {
    // The trial: "quiet for the first time since 1966", "nato nell'aprile del 1970",
    // "działający od 1965 roku" dated the fact with the plant's age.
    for (lang, body, year) in [
        (
            "en",
            "The Lordstown plant, quiet for the first time since 1966, builds the Chevrolet Cruze.",
            "1966",
        ),
        (
            "it",
            "Lo stabilimento di Termini Imerese, nato nell'aprile del 1970, produce la Lancia Ypsilon.",
            "1970",
        ),
        (
            "pl",
            "Zakład w Gandawie, działający od 1965 roku, produkuje Volvo XC40.",
            "1965",
        ),
        (
            "de",
            "Das Werk Zwickau, seit 1904 ein Autostandort, baut den VW ID.3.",
            "1904",
        ),
    ] {
        let found = facts(lang, Some("2019-03-01"), body);
        assert!(!found.is_empty(), "{lang}: {body}");
        assert!(found.iter().all(|f| !f.ends_with(year)), "{found:?}");
    }
}

#[test]
fn an_end_of_production_is_no_build() {
    // The trial: a last car rolling off, "yolun sonuna gelindi", "生産を終える", "ha prodotto
    // fino a ieri", "once produced", "생산하던" all read as `builds`.
    for (lang, body) in [
        (
            "en",
            "The last car, a Mini Cooper, rolls off the line at VDL Nedcar in Born: no more cars are being built there.",
        ),
        (
            "en",
            "The Lordstown plant once produced the Chevrolet Cruze.",
        ),
        (
            "tr",
            "Bursa fabrikasında Renault Clio modelinde yolun sonuna gelindi.",
        ),
        ("ja", "トヨタは高岡工場でカローラの生産を終える。"),
        (
            "it",
            "Lo stabilimento di Mirafiori ha prodotto la Fiat 500 fino a ieri.",
        ),
        ("ko", "울산공장에서 생산하던 현대 아반떼."),
    ] {
        let found = facts(lang, Some("2023-01-10"), body);
        assert!(!found.is_empty(), "{lang}: {body}");
        assert!(
            found.iter().all(|f| !f.contains(" builds ")),
            "{lang}: {found:?}"
        );
    }
}

#[test]
fn a_stop_for_some_days_is_a_pause() {
    for (lang, body) in [
        (
            "ja",
            "トヨタは高岡工場の操業を9日間停止し、カローラの生産を止める。",
        ),
        (
            "en",
            "Toyota halts production of the Corolla at Takaoka for two weeks.",
        ),
        (
            "fr",
            "Renault arrête la production de la Zoe à Flins pendant deux semaines.",
        ),
        (
            "de",
            "VW stoppt die Produktion des Golf in Wolfsburg für zwei Wochen.",
        ),
    ] {
        let found = facts(lang, Some("2023-01-10"), body);
        assert!(
            found
                .iter()
                .all(|f| !f.contains(" stopped ") && !f.contains(" will_stop ")),
            "{lang}: {found:?}"
        );
    }
}

#[test]
fn the_latter_is_not_the_last_and_lines_are_production() {
    // "esta última" (the latter) read as "the last one built": a stop.
    let found = facts(
        "es",
        Some("2019-03-01"),
        "Renault tiene plantas abiertas en Palencia y Sevilla, aunque en esta última solo se fabrican motores.",
    );
    assert!(found.iter().all(|f| !f.contains(" stopped ")), "{found:?}");
    // "ne devrait plus connaître les chaînes" is a stop to come, not a build.
    let found = facts(
        "fr",
        Some("2019-03-01"),
        "La Renault Clio ne devrait plus connaître les chaînes françaises de Flins.",
    );
    assert_eq!(found, ["Flins will_stop Renault Clio 2019-03-01"]);
}

#[test]
fn a_list_of_moves_pairs_each_model_with_its_own_two_plants() {
    let got = facts(
        "fr",
        Some("2019-06-01"),
        "Les transferts sont les suivants : Peugeot 3008 : transfert de Sochaux à Mulhouse, \
         Renault Clio : transfert de Flins à Novo Mesto.",
    );
    assert_eq!(
        got,
        [
            "Sochaux will_stop Peugeot 3008 2019-06-01",
            "Mulhouse will_build Peugeot 3008 2019-06-01",
            "Flins will_stop Renault Clio 2019-06-01",
            "Novo Mesto will_build Renault Clio 2019-06-01"
        ]
    );
    // Models said to be built already where the moved ones go are not moved.
    let got = facts(
        "it",
        Some("2025-05-01"),
        "Maserati sposta la produzione della GranTurismo da Mirafiori a Modena dove già viene \
         prodotta la MC20.",
    );
    assert!(
        got.iter()
            .all(|f| !f.starts_with("Mirafiori will_stop Maserati MC20")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|f| f.starts_with("Mirafiori will_stop Maserati GranTurismo")),
        "{got:?}"
    );
}

#[test]
fn a_source_marker_names_the_plant_left_wherever_it_stands() {
    // Japanese names the plant that receives first ("…には"), the one left with "から".
    let got = facts(
        "ja",
        Some("2011-10-01"),
        "追浜工場には来春、日産自動車九州から「ノート」の生産を移す計画だ。",
    );
    assert_eq!(
        got,
        [
            "Nissan Kyushu will_stop Nissan Note 2011-10-01",
            "Oppama will_build Nissan Note 2011-10-01"
        ]
    );
}

#[test]
fn a_model_named_as_a_yardstick_is_not_built() {
    let got = facts(
        "de",
        Some("2023-10-01"),
        "2026 soll im Werk Wolfsburg ein Elektro-SUV in der Größe des VW Tiguan gebaut werden.",
    );
    assert!(got.iter().all(|f| !f.contains("Tiguan")), "{got:?}");
    // `ß` is read as the cue lists write it: "schließt" is a stop.
    let got = facts(
        "de",
        Some("2023-10-01"),
        "Im Werk Saarlouis schließt Ford 2025 die Produktion des Focus.",
    );
    assert_eq!(got, ["Saarlouis will_stop Ford Focus 2025"]);
}

#[test]
fn a_plant_word_with_a_name_no_mention_covers_is_another_plant() {
    // Only Santa Catarina is a plant of the gazetteer here; "la fábrica de Texas" is not it.
    let got = facts(
        "es",
        Some("2023-12-06"),
        "Tesla producirá un vehículo en la planta de Santa Catarina. La fábrica de Texas \
         produce tanto la Cybertruck como el Model Y.",
    );
    assert!(got.iter().all(|f| !f.contains("Cybertruck")), "{got:?}");
    // "ce dernier" is the latter, not the last one built.
    let got = facts(
        "fr",
        Some("2023-01-10"),
        "Renault a investi à Douai. Ce dernier produit la Renault Mégane.",
    );
    assert_eq!(got, ["Douai builds Renault Mégane 2023-01-10"]);
}

#[test]
fn an_end_announced_to_come_is_a_stop_to_come_and_a_denied_end_no_stop() {
    // "…すると発表した": the past is the announcement's; the end is still to come.
    assert_eq!(
        facts(
            "ja",
            None,
            "日産は追浜工場での車両生産を2030年度末に終了すると発表した。"
        ),
        ["Oppama will_stop Nissan 2030"]
    );
    // "It is not that the Note's production ends": no stop.
    assert_eq!(
        facts(
            "ja",
            None,
            "日産の追浜工場で生産するノートが生産終了するというわけではない。"
        ),
        ["Oppama builds Nissan Note "]
    );
    assert_eq!(
        facts(
            "en",
            Some("2024-03-01"),
            "Moving the Nissan Note to Sunderland does not mean the end of production there."
        )
        .iter()
        .filter(|f| f.contains("stop"))
        .count(),
        0
    );
}

#[test]
fn at_least_is_no_negation_and_an_undisclosed_plan_a_hedge() {
    let one = |lang: &str, body: &str| facts(lang, Some("2024-05-02"), body).join(" | ");
    assert_eq!(
        one(
            "it",
            "Lo stabilimento di Mirafiori produrrà non meno di 90 mila Fiat 500 all'anno."
        ),
        "Mirafiori will_build Fiat 500 2024-05-02"
    );
    assert_eq!(
        one(
            "pt",
            "A Stellantis não confirmou se o Jeep Avenger será fabricado em Betim."
        ),
        "Betim may_build Jeep Avenger 2024-05-02"
    );
    assert_eq!(
        one(
            "en",
            "Stellantis has not confirmed the Jeep Avenger will be built in Betim."
        ),
        "Betim may_build Jeep Avenger 2024-05-02"
    );
    // A model named to compare sizes is not built.
    assert_eq!(
        one(
            "pt",
            "Betim vai fabricar o Fiat Pulse, um SUV menor que o Jeep Renegade."
        ),
        "Betim will_build Fiat Pulse 2024-05-02"
    );
}

#[test]
fn an_engine_plant_named_keeps_its_models_from_the_plant_before() {
    let got = facts(
        "fr",
        Some("2024-03-01"),
        "L'usine de Douai produit la Renault 5. L'usine de Cléon fabriquera les moteurs de la \
         Renault Mégane.",
    );
    assert_eq!(got, ["Douai builds Renault 5 E-Tech 2024-03-01"]);
    // A plan given up is not the end of what the plant builds.
    let got = facts(
        "en",
        Some("2024-03-01"),
        "Ford no longer intends to build the Ford Mustang Mach-E at Flat Rock.",
    );
    assert!(got.iter().all(|f| !f.contains("stop")), "{got:?}");
}

#[test]
fn a_plan_weighed_and_a_model_placed_elsewhere() {
    // "è in valutazione" weighs the whole clause, far from the production cue.
    let got = facts(
        "it",
        Some("2024-03-01"),
        "La produzione della Jeep Renegade a Melfi è in valutazione.",
    );
    assert_eq!(got, ["Melfi may_build Jeep Renegade 2024-03-01"]);
    // The Corolla is placed in a town no mention covers: not at the plants named.
    let got = facts(
        "en",
        Some("2024-03-01"),
        "Toyota builds the Camry in Georgetown, Kentucky, and the Corolla in Blue Springs, \
         Mississippi, while the Tundra is made in San Antonio.",
    );
    assert!(got.iter().all(|f| !f.contains("Corolla")), "{got:?}");
}

#[test]
fn an_end_in_the_present_and_production_added_are_still_to_come() {
    let one = |lang: &str, body: &str| facts(lang, Some("2024-09-01"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "Layoffs start in the autumn, when production of the Chevrolet Malibu at Fairfax Assembly Plant ends."
        ),
        "Fairfax Assembly will_stop Chevrolet Malibu 2024-09-01"
    );
    assert_eq!(
        one(
            "en",
            "GM is spending money at Fairfax Assembly Plant to add production of the Chevrolet Bolt."
        ),
        "Fairfax Assembly will_build Chevrolet Bolt 2024-09-01"
    );
    // Czech "příští" (next): a move still to come.
    assert_eq!(
        one(
            "cs",
            "Do Kvasin se příští rok nastěhuje výroba Škody Octavia."
        ),
        "Kvasiny will_build Škoda Octavia 2024-09-01"
    );
    // Dutch "geen … meer" with a model between is "no longer".
    assert_eq!(
        one(
            "nl",
            "BMW laat vanaf 2026 bij VDL Nedcar geen wagens van het type Mini Countryman meer bouwen."
        ),
        "VDL Nedcar will_stop Mini Countryman 2026"
    );
}

#[test]
fn a_country_after_a_purpose_is_the_aim_not_the_plant() {
    let got = facts(
        "es",
        Some("2024-03-01"),
        "Renault dejará de fabricar el Clio en Turquía para centrarse en China.",
    );
    assert!(
        got.iter().all(|f| !f.starts_with("Renault Wuhan")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|f| f.starts_with("Oyak-Renault Bursa")),
        "{got:?}"
    );
}

#[test]
fn a_models_number_is_no_year_and_a_first_car_long_ago_was_built() {
    assert_eq!(
        facts(
            "fr",
            Some("2021-06-01"),
            "L'usine de Vigo fabrique le Peugeot 2008."
        ),
        ["Vigo builds Peugeot 2008 2021-06-01"]
    );
    assert_eq!(
        facts(
            "es",
            Some("2016-10-01"),
            "El primer Ford Fiesta se fabricó en Almussafes en 1981."
        ),
        ["Almussafes built Ford Fiesta 1981"]
    );
    // An award's year dates the award, not the production.
    assert_eq!(
        facts(
            "en",
            Some("2023-02-06"),
            "The Jeep Avenger, built in Tychy, won the 2023 Car of the Year award."
        ),
        ["Tychy builds Jeep Avenger 2023-02-06"]
    );
}

#[test]
fn an_end_or_last_word_that_dates_is_no_stop() {
    let one = |lang: &str, body: &str| facts(lang, Some("2023-03-01"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "Stellantis said at the end of 2022 that the Tychy plant builds the Jeep Avenger."
        ),
        "Tychy builds Jeep Avenger 2022"
    );
    assert_eq!(
        one(
            "en",
            "Over the last ten years the Gliwice plant has built the Opel Movano."
        ),
        "Gliwice builds Opel Movano 2023-03-01"
    );
    // "out of production" is an end; "last month" only says when.
    assert_eq!(
        one(
            "en",
            "The Opel Movano went out of production at Gliwice last month."
        ),
        "Gliwice stopped Opel Movano 2023-03-01"
    );
    assert_eq!(
        one(
            "de",
            "Ende 2024 soll im Werk Zwickau der VW ID.3 gebaut werden."
        ),
        "Zwickau will_build Volkswagen ID.3 2024"
    );
    assert_eq!(
        one(
            "fr",
            "L'an dernier, l'usine de Sochaux produisait la Peugeot 3008."
        ),
        "Sochaux built Peugeot 3008 2023-03-01"
    );
}

#[test]
fn a_model_a_part_is_made_for_is_not_built() {
    let one = |lang: &str, body: &str| facts(lang, Some("2023-03-01"), body).join(" | ");
    assert_eq!(
        one(
            "en",
            "The Gliwice plant also makes battery housings for the Fiat 500 and the Peugeot 208."
        ),
        ""
    );
    // A production cue after the part is about what follows it; a model before it is built.
    assert_eq!(
        one(
            "en",
            "The Gliwice plant builds the Opel Movano and engines for the Peugeot Boxer."
        ),
        "Gliwice builds Opel Movano 2023-03-01"
    );
    assert_eq!(
        one(
            "fr",
            "L'usine de Sochaux fabrique les moteurs de la Peugeot 208 et assemble la Peugeot 3008."
        ),
        "Sochaux builds Peugeot 3008 2023-03-01"
    );
    assert_eq!(
        one(
            "de",
            "Im Werk Zwickau werden Batteriegehäuse für den VW ID.3 gefertigt."
        ),
        ""
    );
    // A coordination starts another object, built again.
    assert_eq!(
        one(
            "fr",
            "L'usine de Sochaux assemblera des boîtes de vitesses ainsi que la Peugeot 3008."
        ),
        "Sochaux will_build Peugeot 3008 2023-03-01"
    );
    // "battery electric" is no part.
    assert_eq!(
        one("en", "The battery electric Fiat 500 is built at Mirafiori."),
        "Mirafiori builds Fiat 500 2023-03-01"
    );
}
