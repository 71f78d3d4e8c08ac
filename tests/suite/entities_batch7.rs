//! The entity layer on the misses and false hits of batch 7 of the real pages measured for
//! issue 11 (sentences written for these tests): Hungarian places with their endings glued on,
//! a brand before its own plant's city.

use plantscope::entities::EntityKind;

use crate::common::matching::{has, matcher, of_kind};

#[test]
fn a_hungarian_place_keeps_its_plant_with_an_ending_glued_on() {
    let m = matcher();
    let hu = "Az Audi győri üzeme régóta termel, a Mercedes Kecskemétre hozza a gyártást \
              Rastattból, a BMW debreceni gyára pedig tavaly indult.";
    let plants = of_kind(&m, EntityKind::Plant, "hu", hu);
    for plant in ["Győr", "Kecskemét", "Rastatt", "Debrecen"] {
        assert!(has(&plants, plant), "{plant}: {plants:?}");
    }
    // Not in a sports report: the same forms, no car context.
    let sport = "A győri csapat Debrecenben kapott ki, a debreceni szurkolók ünnepeltek.";
    assert!(of_kind(&m, EntityKind::Plant, "hu", sport).is_empty());
}

#[test]
fn a_brand_before_its_own_plants_city_is_the_maker() {
    let m = matcher();
    // "Suzuki" before a capitalised word reads as a person's name, unless that word is the
    // city of one of Suzuki's plants.
    let hu = "Az autógyárak közül a japán Suzuki Esztergomban 1992-ben kezdte meg a termelést, \
              az Audi győri üzeme 1998 óta termel.";
    assert!(has(&of_kind(&m, EntityKind::Brand, "hu", hu), "Suzuki"));
    assert!(has(&of_kind(&m, EntityKind::Plant, "hu", hu), "Esztergom"));
}

#[test]
fn a_hockey_club_named_after_a_brand_is_no_maker_in_its_town() {
    let m = matcher();
    // HC Lada of Tolyatti: the club and its town vouch for nothing without car vocabulary.
    let ru = "ХК «Лада» уступил СКА в серии бросков. Матч прошёл в Тольятти, гости забросили \
              четыре шайбы, а «Лада» — три.";
    assert!(of_kind(&m, EntityKind::Brand, "ru", ru).is_empty());
    assert!(of_kind(&m, EntityKind::Plant, "ru", ru).is_empty());
    // The maker in its town, with production words, still counts.
    let car = "Производство Lada Vesta перенесут в Тольятти, а завод «Лада Ижевск» будет \
               выпускать электромобили.";
    assert!(has(&of_kind(&m, EntityKind::Brand, "ru", car), "Lada"));
    assert!(has(&of_kind(&m, EntityKind::Plant, "ru", car), "Tolyatti"));
}

#[test]
fn swedish_sedan_is_since_not_a_saloon() {
    let m = matcher();
    let sv = "Södertälje vann med 6-1. Sedan drog SSK iväg, och sedan vann de kvartsfinalen.";
    assert!(of_kind(&m, EntityKind::Plant, "sv", sv).is_empty());
}

#[test]
fn korean_names_of_the_korean_line_ups() {
    let m = matcher();
    let ko = "현대자동차 울산공장은 베르나와 클릭, 에쿠스, 베라크루즈, 투스카니를 생산하고, \
              스텔란티스는 유럽에서 2위다. 펠리세이드, 코나 등이 수출된다.";
    let models = of_kind(&m, EntityKind::Model, "ko", ko);
    for model in [
        "Hyundai Verna",
        "Hyundai Click",
        "Hyundai Equus",
        "Hyundai Veracruz",
        "Hyundai Tuscani",
        "Hyundai Palisade",
    ] {
        assert!(has(&models, model), "{model}: {models:?}");
    }
    assert!(has(&of_kind(&m, EntityKind::Group, "ko", ko), "Stellantis"));
}

#[test]
fn an_operators_name_beside_another_of_its_plants_is_the_operator() {
    let m = matcher();
    // Ford Otosan runs Kocaeli (whose short name it is) and Craiova.
    let ro = "Dintre acestea, 30.271 de maşini au fost produse în uzina Dacia de la Mioveni şi \
              18.959 unităţi de uzina Ford OTOSAN de la Craiova.";
    let plants = of_kind(&m, EntityKind::Plant, "ro", ro);
    assert!(has(&plants, "Craiova"), "{plants:?}");
    assert!(!has(&plants, "Ford Otosan Kocaeli"), "{plants:?}");
    let countries = of_kind(&m, EntityKind::Country, "ro", ro);
    assert!(!has(&countries, "Turkey"), "{countries:?}");
    // Alone, the operator's name still names its main plant.
    let tr = "Ford Otosan, Kocaeli'deki fabrikasında yeni Transit Custom üretimine başladı.";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "tr", tr),
        "Ford Otosan Kocaeli"
    ));
}

#[test]
fn scanias_plant_in_china() {
    let m = matcher();
    let sv = "Scania startar produktionen vid sitt nya produktionscenter i Rugao, Kina i oktober.";
    assert!(has(
        &of_kind(&m, EntityKind::Plant, "sv", sv),
        "Scania Rugao"
    ));
}
