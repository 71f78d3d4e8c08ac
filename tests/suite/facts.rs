//! Production facts: the seeds' gold facts (tests/suite/gold_facts.json), no fact in ordinary
//! text, and the `facts` command's text, JSON and CSV.

use crate::common;

use std::process::Command;

use plantscope::Article;
use plantscope::facts::{Extractor, Status};

fn gold() -> serde_json::Value {
    serde_json::from_str(include_str!("gold_facts.json")).expect("gold facts are valid JSON")
}

fn field<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

#[test]
fn gold_facts_on_the_seeds() {
    let seeds = common::seeds();
    let mut failures = Vec::new();
    let gold = gold();
    for (file, spec) in gold["facts"].as_object().expect("facts").iter() {
        let article = seeds
            .library
            .articles()
            .iter()
            .find(|a| a.path.ends_with(file.as_str()))
            .unwrap_or_else(|| panic!("seed {file} not loaded"));
        let found: Vec<String> = article
            .facts
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} {:?}",
                    f.plant,
                    f.status.as_str(),
                    f.subject,
                    f.date
                )
            })
            .collect();
        for want in spec["required"].as_array().into_iter().flatten() {
            let status = Status::parse(field(want, "status"));
            let hit = article.facts.iter().any(|f| {
                f.plant == field(want, "plant")
                    && f.subject == field(want, "subject")
                    && status.is_none_or(|s| s == f.status)
                    && f.date
                        .as_deref()
                        .unwrap_or("")
                        .starts_with(field(want, "year"))
            });
            if !hit {
                failures.push(format!("{file}: missing {want} (found {found:?})"));
            }
        }
        for bad in spec["forbidden"].as_array().into_iter().flatten() {
            if article
                .facts
                .iter()
                .any(|f| f.plant == field(bad, "plant") && f.subject == field(bad, "subject"))
            {
                failures.push(format!("{file}: forbidden {bad} found"));
            }
        }
        for f in &article.facts {
            let evidence = f.evidence(&article.body);
            assert!(!evidence.is_empty(), "{file}: {f:?} has no evidence");
            assert_eq!(evidence.trim(), evidence, "evidence is a trimmed sentence");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ordinary_text_yields_no_fact() {
    let seeds = common::seeds();
    let matcher = plantscope::entities::Matcher::new(std::sync::Arc::new(
        plantscope::entities::Gazetteer::builtin().expect("gazetteer"),
    ));
    let extractor = Extractor::new(matcher.gazetteer());
    let negative = include_str!("../fixtures/negative/ordinary.txt");
    for (lang, text) in [("en", negative), ("und", negative)] {
        let mut a = Article {
            body: text.to_string(),
            lang: lang.into(),
            ..Article::default()
        };
        matcher.annotate(&mut a);
        assert_eq!(extractor.extract(&a), Vec::new(), "{lang}");
    }
    assert!(!seeds.library.articles().is_empty());
}

fn plantscope(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plantscope"))
        .args(args)
        .env("PLANTSCOPE_NO_CONFIG", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn facts_command_prints_one_line_per_fact() {
    let (code, out, err) = plantscope(&["facts", "--plant", "Kalouga"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines()
            .any(|l| l == "Kaluga  will_build  Fiat Scudo  2022  seeds/000_8311333597d3a747.txt"),
        "{out}"
    );
    assert!(out.lines().all(|l| l.split("  ").count() == 5), "{out}");
    // --status keeps facts.
    let (code, out, _) = plantscope(&["facts", "--status", "will-build", "--lang", "nl"]);
    assert_eq!(code, 0);
    assert!(
        !out.is_empty() && out.lines().all(|l| l.contains("  will_build  ")),
        "{out}"
    );
    let (code, _, err) = plantscope(&["facts", "--status", "perhaps"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown status"), "{err}");
    let (code, out, _) = plantscope(&["facts", "--brand", "Lada", "--status", "stopped"]);
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn facts_limit_says_what_it_left_out() {
    let (code, all, _) = plantscope(&["facts"]);
    assert_eq!(code, 0);
    let total = all.lines().count();
    assert!(total > 2, "{all}");
    let (code, out, err) = plantscope(&["facts", "--limit", "2"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(
        err.contains(&format!("… {} more (use --limit)", total - 2)),
        "{err}"
    );
    // Nothing left out, nothing said.
    let (_, _, err) = plantscope(&["facts", "--limit", &total.to_string()]);
    assert!(!err.contains("more"), "{err}");
}

/// The plant of each line of `facts` output.
fn plants_of(out: &str) -> Vec<&str> {
    out.lines().filter_map(|l| l.split("  ").next()).collect()
}

#[test]
fn entity_filters_keep_facts_not_only_their_articles() {
    // The Kazakhstan seed names Kaluga and Kostanay: --plant kaluga finds it, but its
    // Kostanay facts are not Kaluga's.
    let (code, out, err) = plantscope(&["facts", "--plant", "kaluga"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Peugeot 408"), "{out}");
    assert!(plants_of(&out).iter().all(|p| *p == "Kaluga"), "{out}");
    let (_, out, _) = plantscope(&["facts", "--country", "kazakhstan"]);
    assert!(
        !out.is_empty() && plants_of(&out).iter().all(|p| *p == "Kostanay"),
        "{out}"
    );
    // A brand keeps its own facts and its models'; a model only its own.
    let (_, out, _) = plantscope(&["facts", "--brand", "opel"]);
    let subjects: Vec<&str> = out.lines().filter_map(|l| l.split("  ").nth(2)).collect();
    assert_eq!(subjects, ["Opel Vivaro", "Opel"], "{out}");
    let (_, out, _) = plantscope(&["facts", "--model", "Fiat Scudo"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    // A group keeps its brands' facts: Polestar is Geely's, Busan is Renault's plant.
    let (_, out, _) = plantscope(&["facts", "--group", "geely"]);
    assert!(out.contains("Busan  will_build  Polestar 4"), "{out}");
    let (code, out, _) = plantscope(&["facts", "--group", "renault group"]);
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn facts_json_carries_evidence_offsets_into_the_body() {
    let (code, out, err) = plantscope(&["facts", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(doc["schema_version"], 1);
    assert!(doc["diagnostics"].is_array());
    let facts = doc["facts"].as_array().expect("facts");
    let seeds = common::seeds();
    let ridgeville = facts
        .iter()
        .find(|f| f["plant"] == "Ridgeville")
        .expect("Ridgeville fact");
    assert_eq!(ridgeville["plant_country"], "United States");
    assert_eq!(ridgeville["subject"], "Polestar 3");
    assert_eq!(ridgeville["subject_kind"], "model");
    assert_eq!(ridgeville["status"], "will_build");
    for f in facts {
        let article = seeds
            .library
            .articles()
            .iter()
            .find(|a| a.id == field(f, "article_id"))
            .expect("article of the fact");
        let (s, e) = (
            f["start"].as_u64().unwrap_or(0) as usize,
            f["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(article.body.get(s..e), Some(field(f, "evidence")));
        assert_eq!(field(f, "path"), article.path);
    }
}

#[test]
fn facts_csv_has_a_header_and_quotes_evidence() {
    let (code, out, err) = plantscope(&["facts", "--csv", "--lang", "nl"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "path,article_id,plant,plant_country,subject,subject_kind,status,date,evidence,start,end"
        )
    );
    let row = lines
        .find(|l| l.contains(",Peugeot 408,"))
        .expect("the 408 row");
    assert!(row.starts_with("seeds/001_0a06343e63b4a1ba.txt,"), "{row}");
    assert!(
        row.contains(",Kaluga,Russia,Peugeot 408,model,builds,,\""),
        "{row}"
    );
    let (code, _, err) = plantscope(&["facts", "--csv", "--json"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn entities_json_gives_plants_reference_data_and_fact_counts() {
    let (code, out, err) = plantscope(&["entities", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    let rows = doc["entities"].as_array().expect("entities");
    let kaluga = rows
        .iter()
        .find(|r| r["entity"] == "Kaluga" && r["kind"] == "plant")
        .expect("Kaluga row");
    assert_eq!(kaluga["city"], "Kaluga");
    assert_eq!(kaluga["country"], "Russia");
    assert_eq!(kaluga["group"], "Stellantis");
    assert!(
        kaluga["operator"]
            .as_str()
            .is_some_and(|o| o.contains("PSMA"))
    );
    assert!(kaluga["facts"].as_u64().is_some_and(|n| n >= 5), "{kaluga}");
    assert_eq!(kaluga["facts_by_status"]["will_build"], 1, "{kaluga}");
    let scudo = rows
        .iter()
        .find(|r| r["entity"] == "Fiat Scudo")
        .expect("Scudo row");
    assert_eq!(scudo["facts"], 1);
    // Countries carry no fact counts.
    let russia = rows
        .iter()
        .find(|r| r["entity"] == "Russia")
        .expect("Russia");
    assert!(russia.get("facts").is_none());
}

#[test]
fn builds_and_status_query_terms_find_articles_by_their_facts() {
    let ids = |query: &str| {
        let (code, out, err) = plantscope(&["search", query]);
        assert!(code == 0 || code == 1, "{query}: {err}");
        let mut ids: Vec<String> = out
            .lines()
            .filter_map(|l| l.split("seeds/").nth(1))
            .map(|rest| rest.chars().take(3).collect())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    assert_eq!(ids("builds:\"Fiat Scudo\""), ["000"]);
    assert_eq!(ids("builds:scudo"), ["000"]);
    // A brand means its models too; Fiat is named in 001 and 004 but built in neither.
    assert_eq!(ids("builds:fiat"), ["000"]);
    assert_eq!(ids("builds:\"Polestar 3\""), ["004"]);
    assert_eq!(ids("status:will_build builds:peugeot"), ["000", "001"]);
    assert!(ids("status:stopped").is_empty());
    let (_, _, err) = plantscope(&["search", "status:perhaps"]);
    assert!(err.contains("no status called"), "{err}");
}
