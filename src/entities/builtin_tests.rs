//! Tests of the embedded gazetteer's data: the entries issue 11 names exist with their facts.

use chrono::NaiveDate;

use crate::entities::{EntityKind, Gazetteer, PlantKind, PlantStatus};

fn gazetteer() -> Gazetteer {
    Gazetteer::builtin().expect("the embedded gazetteer loads")
}

fn one(g: &Gazetteer, kind: EntityKind, name: &str) -> usize {
    let ids = g.resolve(Some(kind), name);
    assert!(!ids.is_empty(), "no {kind:?} {name}");
    ids[0]
}

#[test]
fn closed_and_historic_plants_are_there_with_their_facts() {
    let g = gazetteer();
    for name in [
        "Longbridge",
        "Saab Trollhättan",
        "Arese",
        "Ford Genk",
        "Opel Bochum",
        "Aulnay-sous-Bois",
        "Opel Antwerp",
        "Renault Vilvoorde",
        "Termini Imerese",
        "Lordstown Assembly",
        "Honda Swindon",
        "Ford Southampton",
        "Ford Dagenham",
        "Nissan CIVAC",
        "SEAT Zona Franca",
        "Cléon",
        "PowerCo Sagunt",
        "Iveco Valladolid",
        "Iveco Madrid",
        "Renault Wuhan",
        "Beijing Hyundai",
        "Hyundai Pune",
    ] {
        let id = one(&g, EntityKind::Plant, name);
        let plant = g.entity(id).plant.as_ref().expect("a plant has site facts");
        assert!(plant.coordinates().is_some(), "{name} has coordinates");
    }
    let longbridge = g.entity(one(&g, EntityKind::Plant, "Longbridge"));
    let info = longbridge.plant.as_ref().expect("site");
    assert_eq!((info.opened, info.closed), (Some(1905), Some(2016)));
    assert_eq!(info.status, PlantStatus::Closed);
    let cleon = g.entity(one(&g, EntityKind::Plant, "Cléon"));
    assert_eq!(
        cleon.plant.as_ref().map(|p| p.kind),
        Some(PlantKind::Engine)
    );
    // SEAT's Zona Franca is not the ex-Nissan plant there.
    assert_ne!(
        one(&g, EntityKind::Plant, "SEAT Zona Franca"),
        one(&g, EntityKind::Plant, "Nissan Zona Franca")
    );
}

#[test]
fn cities_with_two_plants_keep_both_with_their_operators() {
    let g = gazetteer();
    for city in ["Munich", "Leipzig", "Chennai", "Aguascalientes"] {
        let operators: std::collections::BTreeSet<String> = g
            .entities()
            .iter()
            .filter_map(|e| e.plant.as_ref())
            .filter(|p| p.city.as_deref() == Some(city))
            .filter_map(|p| p.operator.clone())
            .collect();
        assert!(operators.len() >= 2, "{city}: {operators:?}");
    }
}

#[test]
fn brands_belong_to_the_group_of_the_date() {
    let g = gazetteer();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let group = |brand: &str, date| {
        let id = one(&g, EntityKind::Brand, brand);
        g.entity(id)
            .group_on(date)
            .map(|gid| g.entity(gid).name.clone())
    };
    assert_eq!(
        group("Opel", day(2005, 6, 1)).as_deref(),
        Some("General Motors")
    );
    assert_eq!(group("Opel", day(2019, 6, 1)).as_deref(), Some("PSA"));
    assert_eq!(group("Peugeot", day(2005, 6, 1)).as_deref(), Some("PSA"));
    assert_eq!(group("Fiat", day(2018, 6, 1)).as_deref(), Some("FCA"));
    assert_eq!(
        group("Fiat", day(2022, 6, 1)).as_deref(),
        Some("Stellantis")
    );
    assert_eq!(
        group("Chrysler", day(2003, 6, 1)).as_deref(),
        Some("DaimlerChrysler")
    );
    assert_eq!(
        group("Mercedes-Benz", day(2003, 6, 1)).as_deref(),
        Some("DaimlerChrysler")
    );
    assert_eq!(
        group("Saab", day(2005, 6, 1)).as_deref(),
        Some("General Motors")
    );
    assert_eq!(group("Volvo", day(2005, 6, 1)).as_deref(), Some("Ford"));
    assert_eq!(
        group("Land Rover", day(1997, 6, 1)).as_deref(),
        Some("BMW Group")
    );
    assert_eq!(
        group("Rover", day(1997, 6, 1)).as_deref(),
        Some("BMW Group")
    );
}

#[test]
fn historic_brands_models_and_aliases_resolve() {
    let g = gazetteer();
    for brand in [
        "Rover", "MG Rover", "Saab", "Simca", "Talbot", "Trabant", "Wartburg", "Tofaş",
    ] {
        one(&g, EntityKind::Brand, brand);
    }
    assert_eq!(
        g.canonical(EntityKind::Brand, "Moskovitch"),
        Some("Moskvitch")
    );
    assert_eq!(
        g.canonical(EntityKind::Brand, "Renault Samsung Motors"),
        Some("Renault Samsung")
    );
    for alias in ["Shanghai Automotive Industry Corp", "Shanghai Automotive"] {
        assert_eq!(g.canonical(EntityKind::Group, alias), Some("SAIC"));
    }
    for model in [
        "Citroën Méhari",
        "Ford Taunus",
        "Chevrolet Caprice",
        "Fiat Tempra",
        "SEAT Córdoba",
        "Renault SM5",
        "Datsun Bluebird",
        "Nissan Tsuru",
        "Tofaş Şahin",
        "Hyundai Mistra",
        "Toyota Proace City",
        "Audi Q8 e-tron",
        "Mini Cabrio",
    ] {
        one(&g, EntityKind::Model, model);
    }
    assert_ne!(
        one(&g, EntityKind::Model, "Toyota Proace City"),
        one(&g, EntityKind::Model, "Toyota Proace")
    );
}

#[test]
fn countries_in_many_languages_and_by_iso_code() {
    let g = gazetteer();
    for (text, country) in [
        ("us", "United States"),
        ("GB", "United Kingdom"),
        ("de", "Germany"),
        ("Polsce", "Poland"),
        ("Słowacji", "Slovakia"),
        ("Włoszech", "Italy"),
        ("Česku", "Czechia"),
        ("svenska", "Sweden"),
        ("kinesiska", "China"),
        ("美国", "United States"),
        ("美國", "United States"),
        ("中国", "China"),
        ("Németországban", "Germany"),
    ] {
        assert_eq!(
            g.canonical(EntityKind::Country, text),
            Some(country),
            "{text}"
        );
    }
    let us = g.entity(one(&g, EntityKind::Country, "United States"));
    assert!(
        us.forms.iter().any(|f| f.cased.as_deref() == Some("US")),
        "US is the country only written so"
    );
}

#[test]
fn plant_places_are_gated_forms_and_cjk_is_marked() {
    let g = gazetteer();
    let boleslav = g.entity(one(&g, EntityKind::Plant, "Mladá Boleslav"));
    let place = |folded: &str| boleslav.forms.iter().any(|f| f.place && f.folded == folded);
    assert!(place("mlade boleslavi"));
    let kvasiny = g.entity(one(&g, EntityKind::Plant, "Kvasiny"));
    assert!(
        kvasiny
            .forms
            .iter()
            .any(|f| f.place && f.folded == "kvasinach")
    );
    let toyota = g.entity(one(&g, EntityKind::Brand, "Toyota"));
    assert!(toyota.forms.iter().any(|f| f.cjk && f.folded == "トヨタ"));
    let douai = g.entity(one(&g, EntityKind::Plant, "Douai"));
    assert!(
        douai
            .forms
            .iter()
            .any(|f| f.cased.as_deref() == Some("ElectriCity")),
        "ElectriCity matches only so written"
    );
}
