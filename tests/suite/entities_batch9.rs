//! The entity layer on the misses and false hits of batch 9 of the real pages measured for
//! issue 11 (sentences written for these tests): Geely's Chinese model names and bases, Tesla's
//! models written without the space, Korean compounds written with or without their spaces,
//! the estate body "kombi", short country names kept safe by their case.

use plantscope::entities::EntityKind;

use crate::common::matching::{has, matcher, of_kind};

#[test]
fn geely_in_chinese_models_and_bases() {
    let m = matcher();
    let zh = "吉利汽车湘潭基地投产后主要生产新远景和远景X1车型，并将投产博越PHEV。";
    let models = of_kind(&m, EntityKind::Model, "zh", zh);
    for model in ["Geely Vision", "Geely Vision X1", "Geely Atlas"] {
        assert!(has(&models, model), "{model}: {models:?}");
    }
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "zh", zh),
        "Geely Xiangtan"
    ));
    // Traditional script too.
    let hant = "吉利汽車湘潭基地生產遠景X1車型。";
    assert!(has(
        &of_kind(&m, EntityKind::Model, "zh", hant),
        "Geely Vision X1"
    ));
    // 远景 alone is "long-term vision": no model.
    let plain = "吉利汽车公布了2030年远景目标。";
    assert!(!has(
        &of_kind(&m, EntityKind::Model, "zh", plain),
        "Geely Vision"
    ));
    // Ningbo's Hangzhou Bay new zone: the maker named picks the plant.
    let bay = "吉利控股集团将对宁波前湾新区现有整车制造基地进行改造。";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "zh", bay),
        "Hangzhou Bay"
    ));
}

#[test]
fn tesla_models_written_without_the_space() {
    let m = matcher();
    let zh = "特斯拉上海超级工厂ModelY日产量超过Model3。";
    let models = of_kind(&m, EntityKind::Model, "zh", zh);
    for model in ["Tesla Model Y", "Tesla Model 3"] {
        assert!(has(&models, model), "{model}: {models:?}");
    }
}

#[test]
fn korean_plant_names_with_or_without_spaces() {
    let m = matcher();
    for ko in [
        "현대차는 울산 EV 전용 공장 기공식을 열었다.",
        "현대차는 울산 EV 전용공장 기공식을 열었다.",
    ] {
        assert!(
            has(
                &of_kind(&m, EntityKind::Plant, "ko", ko),
                "Hyundai Ulsan EV"
            ),
            "{ko}"
        );
    }
}

#[test]
fn kombi_the_estate_body_is_no_volkswagen_type_2() {
    let m = matcher();
    let cs =
        "V bratislavské továrně Volkswagenu začala výroba Škody Superb, zatím s karoserií kombi.";
    assert!(!has(
        &of_kind(&m, EntityKind::Model, "cs", cs),
        "Volkswagen Type 2"
    ));
    let de = "Volkswagen baut den Passat künftig nur noch als Kombi in Bratislava.";
    assert!(!has(
        &of_kind(&m, EntityKind::Model, "de", de),
        "Volkswagen Type 2"
    ));
    // In Brazil the Kombi is the car.
    let pt = "A Volkswagen do Brasil produziu a Kombi na fábrica Anchieta até 2013.";
    assert!(has(
        &of_kind(&m, EntityKind::Model, "pt", pt),
        "Volkswagen Type 2"
    ));
}

#[test]
fn short_country_names_in_exact_case() {
    let m = matcher();
    let tr = "Ford Otosan, Çin ve ABD pazarları için Gölcük'te üretim yapıyor.";
    let countries = of_kind(&m, EntityKind::Country, "tr", tr);
    for country in ["China", "United States"] {
        assert!(has(&countries, country), "{country}: {countries:?}");
    }
    let pt = "A Stellantis exporta picapes de Goiana para os EUA.";
    assert!(has(
        &of_kind(&m, EntityKind::Country, "pt", pt),
        "United States"
    ));
    let nl = "VDL Nedcar in Born bouwt geen auto's voor de VS.";
    assert!(has(
        &of_kind(&m, EntityKind::Country, "nl", nl),
        "United States"
    ));
    // "PSV VS Ajax" is a score line, not the United States.
    let sport = "PSV VS Ajax eindigde in 2-2.";
    assert!(of_kind(&m, EntityKind::Country, "nl", sport).is_empty());
}

#[test]
fn named_sites_of_batch_9() {
    let m = matcher();
    let sv = "Scania stoppar tillverkningen i fabrikerna i Södertälje, Oskarshamn och Luleå.";
    let plants = of_kind(&m, EntityKind::Plant, "sv", sv);
    for plant in ["Scania Södertälje", "Scania Oskarshamn", "Scania Luleå"] {
        assert!(has(&plants, plant), "{plant}: {plants:?}");
    }
    let ja = "日産は日産車体の湘南工場での生産も終える。";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "ja", ja),
        "Nissan Shatai Shonan"
    ));
    let tr = "Ford Otosan'ın İnönü Fabrikası kamyon üretiyor.";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "tr", tr),
        "Ford Otosan Eskişehir"
    ));
    let en = "Ford's Valencia Vehicle Operations builds the Kuga.";
    assert!(has(&of_kind(&m, EntityKind::Plant, "en", en), "Almussafes"));
}

#[test]
fn a_busy_citys_name_beside_its_maker() {
    let m = matcher();
    let de = "Ford stärkt sein spanisches Werk in Valencia und investiert in den Kuga.";
    assert!(has(&of_kind(&m, EntityKind::Plant, "de", de), "Almussafes"));
    let en = "Tesla said its Shanghai factory built the two millionth Model Y.";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "en", en),
        "Giga Shanghai"
    ));
    // Without the maker near, or without a car word, the city is only a city.
    for (lang, text) in [
        (
            "es",
            "El Valencia CF ganó al Real Madrid en Mestalla con un gol de Soler.",
        ),
        (
            "en",
            "Ford's chairman flew to Valencia for the tennis final.",
        ),
        (
            "en",
            "Tesla's chief flew to Shanghai to meet city officials; the shares rose.",
        ),
    ] {
        let plants = of_kind(&m, EntityKind::Plant, lang, text);
        assert!(plants.is_empty(), "{text}: {plants:?}");
    }
}

#[test]
fn a_city_in_brackets_after_a_maker_is_its_seat() {
    let m = matcher();
    let ja = "日産自動車(横浜市)は追浜工場(横須賀市)での車両生産を終了する。";
    let plants = of_kind(&m, EntityKind::Plant, "ja", ja);
    assert!(has(&plants, "Oppama"), "{plants:?}");
    assert!(!has(&plants, "Nissan Yokohama"), "{plants:?}");
}

#[test]
fn a_group_after_the_declined_polish_or_czech_word_for_group() {
    let m = matcher();
    let pl = "Fabryka w Tychach należała do FCA, które połączyło się z Grupą PSA.";
    assert!(has(&of_kind(&m, EntityKind::Group, "pl", pl), "PSA"));
    let cs = "Závod patří do skupiny Volkswagen, stejně jako Škoda.";
    assert!(has(
        &of_kind(&m, EntityKind::Group, "cs", cs),
        "Volkswagen Group"
    ));
}
