//! Tests of the gazetteer's TOML schema: the optional plant and brand fields, their checks,
//! and files written before those fields.

use chrono::NaiveDate;

use super::*;
use crate::entities::Gazetteer;

fn load(toml: &str) -> Result<Vec<Entity>, GazetteerError> {
    let mut entries = Entries::default();
    entries.add_file("test.toml", toml)?;
    resolve(entries)
}

fn named<'a>(entities: &'a [Entity], name: &str) -> &'a Entity {
    entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}"))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

const COUNTRY: &str = "[[country]]\nname = \"Belgium\"\niso = \"BE\"\n\n";

#[test]
fn a_file_without_the_new_fields_still_loads() {
    let toml = format!(
        "{COUNTRY}[[group]]\nname = \"Ford\"\n\n[[brand]]\nname = \"Fordo\"\ngroup = \"Ford\"\n\n\
         [[plant]]\nname = \"Genk\"\naliases = [\"Ford Genk\"]\ncity = \"Genk\"\n\
         country = \"Belgium\"\noperator = \"Ford\"\ngroup = \"Ford\"\nbrands = [\"Fordo\", \"Nope\"]\n"
    );
    let entities = load(&toml).expect("loads");
    let genk = named(&entities, "Genk");
    let info = genk.plant.as_ref().expect("a plant has site facts");
    assert_eq!(info.kind, PlantKind::Vehicle);
    assert_eq!(info.status, PlantStatus::Active);
    assert_eq!(info.coordinates(), None);
    assert_eq!(
        info.country,
        entities
            .iter()
            .position(|e| e.name == "Belgium")
            .unwrap_or(99)
    );
    // A brand the gazetteer does not know is no error (older files named any brand there).
    assert_eq!(info.brands.len(), 1);
    assert!(info.group.is_some());
    assert!(genk.forms.iter().all(|f| !f.place));
    let brand = named(&entities, "Fordo");
    assert!(brand.group_history.is_empty());
    assert_eq!(brand.group_on(date(1950, 1, 1)), brand.group);
}

#[test]
fn plant_site_facts_are_read() {
    let toml = format!(
        "{COUNTRY}[[plant]]\nname = \"Ford Genk\"\ncountry = \"Belgium\"\nplaces = [\"Genk\"]\n\
         kind = \"engine\"\nopened = 1964\nclosed = 2014\nlat = 50.96\nlon = 5.5\n"
    );
    let entities = load(&toml).expect("loads");
    let info = named(&entities, "Ford Genk").plant.clone().expect("site");
    assert_eq!(info.kind, PlantKind::Engine);
    // A closing year without a status means closed.
    assert_eq!(info.status, PlantStatus::Closed);
    assert_eq!((info.opened, info.closed), (Some(1964), Some(2014)));
    assert_eq!(info.coordinates(), Some((50.96, 5.5)));
    let toml = toml.replace("lat = 50.96", "lat = 50.96\nstatus = \"active\"");
    let entities = load(&toml).expect("loads");
    let info = named(&entities, "Ford Genk").plant.clone().expect("site");
    assert_eq!(info.status, PlantStatus::Active, "an explicit status wins");
}

#[test]
fn places_are_forms_that_need_context_and_beat_firm_ones() {
    let toml = format!(
        "{COUNTRY}[[plant]]\nname = \"Genk\"\naliases = [\"Ford Genk\", \"Genk plant\"]\n\
         places = [\"Genk\", \"Genck\"]\ncountry = \"Belgium\"\n"
    );
    let entities = load(&toml).expect("loads");
    let forms = &named(&entities, "Genk").forms;
    let place = |folded: &str| {
        forms
            .iter()
            .filter(|f| f.folded == folded)
            .map(|f| f.place)
            .collect::<Vec<_>>()
    };
    // The name is also a bare place: only its place form is left.
    assert_eq!(place("genk"), [true]);
    assert_eq!(place("genck"), [true]);
    assert_eq!(place("ford genk"), [false]);
    assert_eq!(place("genk plant"), [false]);
}

#[test]
fn unspaced_scripts_are_marked() {
    let toml = "[[group]]\nname = \"Nissan\"\naliases = [\"日产\", \"ニッサン\", \"닛산\"]\n";
    let entities = load(toml).expect("loads");
    let forms = &named(&entities, "Nissan").forms;
    let cjk: Vec<(String, bool)> = forms.iter().map(|f| (f.folded.clone(), f.cjk)).collect();
    // Hangul folds to its jamo, as the text it is matched in does.
    let expected = [
        ("nissan", false),
        ("日产", true),
        ("ニッサン", true),
        ("닛산", true),
    ]
    .map(|(text, cjk)| (fold_str(text), cjk));
    assert_eq!(cjk, expected);
}

const OPEL: &str = "[[group]]\nname = \"General Motors\"\n\n[[group]]\nname = \"PSA\"\n\n\
    [[group]]\nname = \"Stellantis\"\n\n[[brand]]\nname = \"Opel\"\ngroup = \"Stellantis\"\n\
    history = [{ group = \"General Motors\", from = 1929, until = \"2017-08-01\" }, \
    { group = \"PSA\", from = \"2017-08-01\", until = 2021-01-16 }, \
    { group = \"Stellantis\", from = \"2021-01-16\" }]\n";

#[test]
fn a_brand_belongs_to_the_group_of_the_date() {
    let entities = load(OPEL).expect("loads");
    let id = |name: &str| entities.iter().position(|e| e.name == name);
    let opel = named(&entities, "Opel");
    assert_eq!(opel.group_history.len(), 3);
    assert_eq!(opel.group_on(date(2005, 6, 1)), id("General Motors"));
    assert_eq!(opel.group_on(date(2017, 8, 1)), id("PSA"));
    assert_eq!(opel.group_on(date(2021, 1, 15)), id("PSA"));
    assert_eq!(opel.group_on(date(2021, 1, 16)), id("Stellantis"));
    // Before the history starts the brand had no group.
    assert_eq!(opel.group_on(date(1920, 1, 1)), None);
    // The current group is still what the brand implies.
    assert_eq!(opel.group, id("Stellantis"));
    assert!(opel.implies.contains(&id("Stellantis").unwrap_or(99)));
}

#[test]
fn after_a_closed_history_the_current_group_holds() {
    let toml = "[[group]]\nname = \"Ford\"\n\n[[group]]\nname = \"Geely\"\n\n\
        [[brand]]\nname = \"Volvo\"\ngroup = \"Geely\"\n\
        history = [{ group = \"Ford\", from = 1999, until = \"2010-08-02\" }]\n";
    let entities = load(toml).expect("loads");
    let volvo = named(&entities, "Volvo");
    let id = |name: &str| entities.iter().position(|e| e.name == name);
    assert_eq!(volvo.group_on(date(2005, 1, 1)), id("Ford"));
    assert_eq!(volvo.group_on(date(2015, 1, 1)), id("Geely"));
    assert_eq!(volvo.group_on(date(1990, 1, 1)), None);
}

#[test]
fn bad_new_fields_are_errors_that_name_the_line() {
    let cases = [
        (
            OPEL.replace("from = \"2017-08-01\"", "from = \"August 2017\""),
            "not a date",
        ),
        (
            OPEL.replace("until = \"2017-08-01\"", "until = \"1920-01-01\""),
            "before it starts",
        ),
        (
            format!("{COUNTRY}[[plant]]\nname = \"X\"\ncountry = \"Belgium\"\nlat = 50.0\n"),
            "both `lat` and `lon`",
        ),
        (
            format!(
                "{COUNTRY}[[plant]]\nname = \"X\"\ncountry = \"Belgium\"\nlat = 95.0\nlon = 1.0\n"
            ),
            "off the globe",
        ),
        (
            format!(
                "{COUNTRY}[[plant]]\nname = \"X\"\ncountry = \"Belgium\"\nopened = 2000\nclosed = 1990\n"
            ),
            "before it opened",
        ),
        (
            format!("{COUNTRY}[[plant]]\nname = \"X\"\ncountry = \"Belgium\"\nkind = \"bakery\"\n"),
            "unknown variant",
        ),
    ];
    for (toml, expected) in cases {
        let message = load(&toml).map(|_| ()).err().map(|e| e.to_string());
        assert!(
            message.as_deref().is_some_and(|m| m.contains(expected)),
            "{expected}: {message:?}"
        );
    }
    let unknown = OPEL.replace("group = \"PSA\", from", "group = \"Peugeot SA\", from");
    let message = load(&unknown).err().map(|e| e.to_string());
    assert_eq!(
        message.as_deref(),
        Some("test.toml: line 10: brand \"Opel\" refers to unknown group \"Peugeot SA\"")
    );
}

#[test]
fn entry_lines_are_found_in_long_files() {
    let text = "a\nbb\n\nccc\n";
    let lines = Lines::new(text);
    assert_eq!(lines.line(0), 1);
    assert_eq!(lines.line(1), 1, "a newline belongs to the line it ends");
    assert_eq!(lines.line(2), 2);
    assert_eq!(lines.line(5), 3);
    assert_eq!(lines.line(6), 4);
    assert_eq!(lines.line(100), 5);
    let mut toml = String::from(COUNTRY);
    for i in 0..300 {
        toml.push_str(&format!(
            "[[plant]]\nname = \"P{i}\"\ncountry = \"Belgium\"\n\n"
        ));
    }
    toml.push_str("[[plant]]\nname = \"Last\"\ncountry = \"Nowhere\"\n");
    let message = load(&toml).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.starts_with("test.toml: line 1205: plant \"Last\""),
        "{message}"
    );
}

#[test]
fn one_entity_with_many_aliases_keeps_each_once_in_order() {
    let aliases: Vec<String> = (0..2000)
        .map(|i| format!("\"Alias {}\"", i % 1000))
        .collect();
    let toml = format!(
        "[[country]]\nname = \"Testland\"\naliases = [{}]\n",
        aliases.join(", ")
    );
    let entities = load(&toml).expect("loads");
    let forms = &named(&entities, "Testland").forms;
    assert_eq!(forms.len(), 1001);
    assert_eq!(forms[1].folded, "alias 0");
    assert_eq!(forms[1000].folded, "alias 999");
}

#[test]
fn iso_codes_name_countries_where_a_country_is_asked_for() {
    let g = Gazetteer::from_toml(COUNTRY).expect("loads");
    assert_eq!(g.resolve(Some(EntityKind::Country), "be"), [0]);
    assert_eq!(g.resolve(Some(EntityKind::Country), "BE"), [0]);
    assert_eq!(g.canonical(EntityKind::Country, "Be"), Some("Belgium"));
    // Not in free text: `be` is a word.
    assert!(g.resolve(None, "be").is_empty());
    assert!(g.resolve(Some(EntityKind::Country), "bel").is_empty());
}

#[test]
fn a_model_named_after_a_plant_needs_its_brand_in_front() {
    // The trial: "Torslanda" and "Mirafiori" in plant news came out as Volvo and Fiat models.
    let toml = format!(
        "{COUNTRY}[[brand]]\nname = \"Ford\"\n\n[[model]]\nbrand = \"Ford\"\nname = \"Genk\"\n\
         aliases = [\"Genck\"]\n\n[[model]]\nbrand = \"Ford\"\nname = \"Focus\"\n\n\
         [[plant]]\nname = \"Genk\"\nplaces = [\"Genk\", \"Genck\"]\ncountry = \"Belgium\"\n"
    );
    let entities = load(&toml).expect("loads");
    let model = named(&entities, "Ford Genk");
    let folded: Vec<&str> = model.forms.iter().map(|f| f.folded.as_str()).collect();
    assert!(folded.contains(&"ford genk"), "{folded:?}");
    assert!(folded.contains(&"ford genck"), "{folded:?}");
    assert!(
        !folded.contains(&"genk"),
        "the bare plant name is the plant's: {folded:?}"
    );
    assert!(!folded.contains(&"genck"), "{folded:?}");
    // Other models keep their bare names.
    let focus = named(&entities, "Ford Focus");
    assert!(focus.forms.iter().any(|f| f.folded == "focus" && f.bare));
}

/// Issue 15: reading the gazetteer was quadratic in its size: 20,000 plants took 10.3 s
/// (each entry's line counted from the top) and an entity with 50,000 aliases 4.7 s (each
/// alias searched for in the list before it). Both are linear now; their speed is measured in
/// `cargo bench --bench gazetteer`, not asserted here: this test checks that such files are
/// read whole and right (every alias kept once, the last plant present).
#[test]
fn big_gazetteer_files_read_whole() {
    let mut toml = String::from(COUNTRY);
    for i in 0..20_000 {
        toml.push_str(&format!(
            "[[plant]]\nname = \"Plant {i}\"\ncountry = \"Belgium\"\n\n"
        ));
    }
    let aliases: Vec<String> = (0..50_000).map(|i| format!("\"Alias {i}\"")).collect();
    toml.push_str(&format!(
        "[[country]]\nname = \"Testland\"\naliases = [{}]\n",
        aliases.join(", ")
    ));
    let entities = load(&toml).expect("loads");
    assert_eq!(named(&entities, "Testland").forms.len(), 50_001);
    assert!(entities.iter().any(|e| e.name == "Plant 19999"));
}
