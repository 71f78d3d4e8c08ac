//! Times building a gazetteer and its matcher from large synthetic TOML files (many plants;
//! one entity with many aliases), to show that building grows linearly with its input:
//! `cargo run --release --example gazetteer_build [plants] [aliases]`.

use std::sync::Arc;
use std::time::Instant;

use plantscope::entities::{Gazetteer, Matcher};

fn plants(n: usize) -> String {
    let mut toml = String::from("[[country]]\nname = \"Testland\"\n\n");
    for i in 0..n {
        toml.push_str(&format!(
            "[[plant]]\nname = \"Plant {i}\"\naliases = [\"Werk {i}\", \"usine {i}\"]\n\
             places = [\"Town{i}\"]\ncity = \"Town{i}\"\ncountry = \"Testland\"\n\n"
        ));
    }
    toml
}

fn aliases(n: usize) -> String {
    let list: Vec<String> = (0..n).map(|i| format!("\"Alias {i}\"")).collect();
    format!(
        "[[country]]\nname = \"Testland\"\naliases = [{}]\ncased = [\"TL\"]\n",
        list.join(", ")
    )
}

fn time(label: &str, toml: &str) {
    let start = Instant::now();
    let gazetteer = match Gazetteer::from_toml(toml) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{label}: {e}");
            return;
        }
    };
    let parsed = start.elapsed();
    let matcher = Matcher::new(Arc::new(gazetteer));
    let total = start.elapsed();
    println!(
        "{label}: parse+resolve {:.3} s, with matcher {:.3} s ({} entities)",
        parsed.as_secs_f64(),
        total.as_secs_f64(),
        matcher.gazetteer().entities().len()
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n_plants = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let n_aliases = args.next().and_then(|a| a.parse().ok()).unwrap_or(50_000);
    time(&format!("{n_plants} plants"), &plants(n_plants));
    time(&format!("{n_aliases} aliases"), &aliases(n_aliases));
}
