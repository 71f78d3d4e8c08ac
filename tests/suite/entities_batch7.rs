//! The entity layer on the misses and false hits of batch 7 of the real pages measured for
//! issue 11 (sentences written for these tests): Hungarian places with their endings glued on,
//! a brand before its own plant's city.

use std::sync::Arc;

use plantscope::Article;
use plantscope::entities::{EntityKind, Gazetteer, Matcher};

fn matcher() -> Matcher {
    Matcher::new(Arc::new(
        Gazetteer::builtin().expect("builtin gazetteer loads"),
    ))
}

fn of_kind(m: &Matcher, kind: EntityKind, lang: &str, body: &str) -> Vec<String> {
    let mut a = Article {
        body: body.into(),
        lang: lang.into(),
        ..Article::default()
    };
    m.annotate(&mut a);
    let mut found = a.entities.into_kind(kind);
    found.sort();
    found
}

fn has(found: &[String], name: &str) -> bool {
    found.iter().any(|n| n == name)
}

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
