//! The command line as a daily user meets it (issue 14): options that gave silent wrong
//! answers, tab-separated and CSV output, colours, completions, the man page, `--config`,
//! suggestions for a mistyped command, one error style, `schema_version`.

use std::process::{Command, Output};

use serde_json::Value;

/// The binary with no config file and `env` set.
fn run_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-use-home");
    let mut command = Command::new(env!("CARGO_BIN_EXE_plantscope"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("PLANTSCOPE_NO_CONFIG")
        .env_remove("PLANTSCOPE_CONFIG")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .env("XDG_CACHE_HOME", &home)
        .env("XDG_DATA_HOME", &home)
        .current_dir(std::env::temp_dir());
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("binary runs")
}

fn run(args: &[&str]) -> Output {
    run_env(args, &[])
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

#[test]
fn entities_limit_keeps_the_top_rows_of_the_whole_table() {
    let full = json(&run(&["entities", "--json"]));
    let all = full["entities"].as_array().expect("rows").clone();
    assert!(all.len() > 4);
    for n in 1..=4 {
        let out = run(&["entities", "--json", "--limit", &n.to_string()]);
        let doc = json(&out);
        assert_eq!(
            doc["entities"].as_array(),
            Some(&all[..n].to_vec()),
            "--limit {n}"
        );
        assert_eq!(doc["total"], all.len());
    }
    // Peugeot is in two articles: --limit 1 used to count it from one article.
    let top = json(&run(&["entities", "--json", "--limit", "1"]));
    assert!(top["entities"][0]["articles"].as_u64() >= Some(2), "{top}");
}

#[test]
fn entities_refuse_sort_and_body_and_pick_kinds() {
    for args in [
        &["entities", "--sort", "title"][..],
        &["entities", "--json", "--body"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("means nothing for `entities`"),
            "{}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
    let doc = json(&run(&["entities", "--json", "--kind", "plant"]));
    let rows = doc["entities"].as_array().expect("rows");
    assert!(rows.iter().any(|r| r["entity"] == "Kaluga"));
    assert!(rows.iter().all(|r| r["kind"] == "plant"), "{doc}");
    let two = json(&run(&[
        "entities", "--json", "--kind", "plant", "--kind", "Country",
    ]));
    let kinds: std::collections::BTreeSet<&str> = two["entities"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["kind"].as_str())
        .collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["country", "plant"]);
    let bad = run(&["entities", "--kind", "narnia"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("one of brand, group, model, country, plant"));
}

#[test]
fn the_command_line_query_is_whole_unless_a_star_says_prefix() {
    let total = |q: &str| json(&run(&["search", "--json", q]))["total"].as_u64();
    assert_eq!(
        total("Kalou"),
        Some(0),
        "no word is a prefix on the command line"
    );
    assert_eq!(total("Kalou*"), Some(2));
    assert_eq!(total("Kalouga"), Some(2));
    assert_eq!(total("brand:peu"), Some(0));
    assert_eq!(total("brand:peu*"), Some(2));
}

#[test]
fn a_query_that_is_an_existing_folder_gets_a_hint() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Renault builds the Clio in Flins, France.\n",
    )
    .expect("write");
    let path = dir.path().to_str().unwrap_or("");
    let out = run(&["search", "--brand", "renault", path]);
    let err = stderr(&out);
    assert!(err.contains("is also a file or folder"), "{err}");
    assert!(err.contains("plantscope search ''"), "{err}");
    // With the query first, the folder is searched and no hint is given.
    let out = run(&["search", "--brand", "renault", "", path]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stderr(&out).contains("also a file"));
}

#[test]
fn tsv_output_has_a_header_and_the_same_columns_on_every_row() {
    for (args, columns) in [
        (&["list", "--tsv"][..], 11),
        (&["search", "--tsv", "kaluga"], 13),
        (&["entities", "--tsv"], 4),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() >= 3, "{args:?}: {text}");
        assert!(lines[0].starts_with("id\tpath") || lines[0] == "kind\tentity\tarticles\tmentions");
        for line in &lines {
            assert_eq!(line.split('\t').count(), columns, "{args:?}: {line:?}");
            assert_eq!(line.trim_end(), *line, "no padding");
        }
    }
    // `cut` gets the titles: the fifth column.
    let text = stdout(&run(&["list", "--tsv", "--lang", "nl"]));
    let titles: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(4))
        .collect();
    assert_eq!(titles, ["PSA gaat auto's bouwen in Kazachstan"]);
}

#[test]
fn csv_output_quotes_what_needs_it() {
    let out = run(&["list", "--csv"]);
    let text = stdout(&out);
    let mut lines = text.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("id,path,lang,date,title,url,brands,groups,models,countries,plants")
    );
    assert!(
        text.contains("\"PSA gaat auto's bouwen in Kazachstan\"")
            || text.contains(",PSA gaat auto's bouwen in Kazachstan,")
    );
    assert_eq!(run(&["list", "--csv", "--json"]).status.code(), Some(2));
}

#[test]
fn colour_follows_the_flag_then_no_color_and_clicolor_force() {
    let has_escape = |out: &Output| out.stdout.contains(&0x1b);
    assert!(has_escape(&run(&["search", "--color", "always", "kaluga"])));
    assert!(has_escape(&run_env(
        &["search", "kaluga"],
        &[("CLICOLOR_FORCE", "1")]
    )));
    assert!(!has_escape(&run_env(
        &["search", "kaluga"],
        &[("CLICOLOR_FORCE", "0")]
    )));
    assert!(!has_escape(&run(&["search", "kaluga"])), "not a terminal");
    assert!(!has_escape(&run_env(
        &["search", "kaluga"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )));
    assert!(has_escape(&run_env(
        &["search", "--color", "always", "kaluga"],
        &[("NO_COLOR", "1")]
    )));
    assert!(!has_escape(&run(&["search", "--color", "never", "kaluga"])));
    assert_eq!(
        run(&["search", "--color", "sometimes", "kaluga"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn completions_and_man_page_come_from_the_clap_definition() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = stdout(&out);
        assert!(
            text.contains("plantscope") && text.contains("entities"),
            "{shell}"
        );
        assert!(text.contains("brand"), "{shell}");
    }
    let man = run(&["man"]);
    assert_eq!(man.status.code(), Some(0));
    let page = stdout(&man);
    assert!(
        page.starts_with(".ie") || page.contains(".TH plantscope"),
        "{page}"
    );
    assert!(page.contains("\\-\\-brand") || page.contains("--brand"));
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn config_path_comes_from_the_option_or_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("zeta.toml"),
        "[[brand]]\nname = \"Zeta Motors\"\naliases = [\"Zetamobil\"]\ngroup = \"Stellantis\"\n",
    )
    .expect("write");
    let config = dir.path().join("mine.toml");
    std::fs::write(&config, "gazetteer = [\"zeta.toml\"]\n").expect("write");
    std::fs::write(
        dir.path().join("a.txt"),
        "Zetamobil opens a plant near Peugeot's site in Sochaux, France.\nMore text.",
    )
    .expect("write");
    let corpus = dir.path().join("a.txt");
    let (config, corpus) = (config.to_str().unwrap_or(""), corpus.to_str().unwrap_or(""));
    let by_option = stdout(&run(&["list", "--config", config, corpus]));
    assert!(by_option.contains("Zeta Motors"), "{by_option}");
    let by_env = stdout(&run_env(
        &["list", corpus],
        &[("PLANTSCOPE_CONFIG", config)],
    ));
    assert!(by_env.contains("Zeta Motors"), "{by_env}");
    let missing = run(&["list", "--config", "/no/such/config.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("config file /no/such/config.toml: no such file"));
}

#[test]
fn a_mistyped_command_gets_a_suggestion() {
    let out = run(&["serch", "kaluga"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `search`?"),
        "{}",
        stderr(&out)
    );
    let out = run(&["entites"]);
    assert!(
        stderr(&out).contains("did you mean `entities`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_error_has_one_style() {
    for args in [
        &["--jsn"][..],
        &["list", "/no/such/folder"],
        &["search", "--jsn", "kaluga"],
        &["list", "--limit", "many"],
        &["entities", "--sort", "date"],
        &["serch"],
        &["--json"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with("plantscope: error: "), "{args:?}: {err}");
    }
}

#[test]
fn every_json_document_has_a_schema_version() {
    for args in [
        &["list", "--json"][..],
        &["search", "--json", "kaluga"],
        &["entities", "--json"],
        &["check", "--json"],
    ] {
        let doc = json(&run(args));
        assert_eq!(doc["schema_version"], 1, "{args:?}");
    }
}

#[test]
fn the_browser_refuses_printing_options_and_unknown_filter_values() {
    for (args, said) in [
        (&["--json"][..], "--json is for the commands that print"),
        (&["--limit", "3"], "--limit is for the commands that print"),
        (&["--brand", "narnia"], "no brand called \"narnia\""),
        (&["--country", "atlantis"], "no country called \"atlantis\""),
        (
            &["--brand", "volkswagn"],
            "no brand called \"volkswagn\" (did you mean Volkswagen?)",
        ),
        (
            &["--brand", "germany"],
            "no brand called \"germany\" (did you mean --country Germany?)",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
    }
    // A known value passes these checks (and stops only because this is not a terminal).
    let out = run(&["--brand", "peugeot"]);
    assert!(stderr(&out).contains("not a terminal"), "{}", stderr(&out));
}

#[test]
fn a_misspelt_facet_or_value_gets_a_did_you_mean() {
    // On a filter option (a note: it matches nothing) and in the query (a hint).
    let out = run(&["search", "--country", "germny", ""]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("no country called \"germny\": it matches nothing (did you mean Germany?)"),
        "{}",
        stderr(&out)
    );
    let out = run(&["search", "brand:volkswagn plnt:kaluga"]);
    let err = stderr(&out);
    assert!(
        err.contains("no brand called 'volkswagn' (did you mean Volkswagen?)"),
        "{err}"
    );
    assert!(
        err.contains("no field called 'plnt:' (did you mean plant:?)"),
        "{err}"
    );
}

#[test]
fn title_sort_is_natural() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, title) in [
        ("a.md", "Report (10)"),
        ("b.md", "Report (2)"),
        ("c.md", "Report (1)"),
    ] {
        std::fs::write(
            dir.path().join(name),
            format!("---\ntitle: \"{title}\"\n---\nRenault builds cars in Flins, France.\n"),
        )
        .expect("write");
    }
    let text = stdout(&run(&[
        "list",
        "--tsv",
        "--sort",
        "title",
        dir.path().to_str().unwrap_or(""),
    ]));
    let titles: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(4))
        .collect();
    assert_eq!(titles, ["Report (1)", "Report (2)", "Report (10)"]);
}
