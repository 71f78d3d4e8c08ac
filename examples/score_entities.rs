//! Scores entity extraction on the development set of real articles:
//! `cargo run --release --example score_entities -- DEVDATA tests/devset/entities.json [-q] [--why]`.
//!
//! DEVDATA is the folder filled by `scripts/devset_fetch.py` and `scripts/devset_pages.py`
//! (article text never enters the repository); the JSON holds the gold entities per article
//! key (the article's path under DEVDATA without its extension). Prints recall and precision
//! per kind and per language, every miss and false hit (unless `-q`), and for the folders of
//! non-automotive text every brand, model or plant found there (there should be none).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use plantscope::Article;
use plantscope::corpus::{self, LoadOptions};
use plantscope::entities::{EntityKind, Gazetteer, Matcher};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fn_: usize,
    fp: usize,
}

impl Count {
    fn add(&mut self, other: Count) {
        self.tp += other.tp;
        self.fn_ += other.fn_;
        self.fp += other.fp;
    }

    fn show(&self) -> String {
        let ratio = |a: usize, b: usize| {
            if b == 0 {
                "   -  ".to_string()
            } else {
                format!("{:5.1}%", 100.0 * a as f64 / b as f64)
            }
        };
        format!(
            "recall {} ({:>3}/{:<3})  precision {} ({:>3}/{:<3})",
            ratio(self.tp, self.tp + self.fn_),
            self.tp,
            self.tp + self.fn_,
            ratio(self.tp, self.tp + self.fp),
            self.tp,
            self.tp + self.fp
        )
    }
}

/// The canonical name a gold name stands for (any alias resolves; unknown names stay as
/// written, so an entity missing from the gazetteer counts as a miss).
fn canonical(g: &Gazetteer, kind: EntityKind, name: &str) -> String {
    g.canonical(kind, name).unwrap_or(name).to_string()
}

/// The gold set of one kind, with what models (brands) and plants (countries) imply.
fn expected(g: &Gazetteer, gold: &Value, kind: EntityKind) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let list = |key: &str| -> Vec<String> {
        gold[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let key = format!("{}s", kind.as_str()).replace("countrys", "countries");
    for name in list(&key) {
        out.insert(canonical(g, kind, &name));
    }
    let implied_from = match kind {
        EntityKind::Brand => Some(EntityKind::Model),
        EntityKind::Country => Some(EntityKind::Plant),
        _ => None,
    };
    if let Some(from) = implied_from {
        let from_key = format!("{}s", from.as_str());
        for name in list(&from_key) {
            for id in g.resolve(Some(from), &name) {
                for &implied in &g.entity(id).implies {
                    let e = g.entity(implied);
                    if e.kind == kind {
                        out.insert(e.name.clone());
                    }
                }
            }
        }
    }
    out
}

fn optional(g: &Gazetteer, gold: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for v in gold["optional"].as_array().into_iter().flatten() {
        if let Some(name) = v.as_str() {
            out.insert(name.to_string());
            for id in g.resolve(None, name) {
                out.insert(g.entity(id).name.clone());
            }
        }
    }
    out
}

fn key_of(root: &Path, article: &Article) -> String {
    let path = Path::new(&article.path);
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.with_extension("").to_string_lossy().replace('\\', "/")
}

/// Where an entity was found, as written (first mention in the body), for the report.
fn written(article: &Article, name: &str) -> String {
    article
        .mentions
        .iter()
        .find(|m| m.in_body() && m.entity == name)
        .map(|m| {
            let s = m.start.saturating_sub(30);
            let e = (m.end + 30).min(article.body.len());
            let floor = |i: usize| (0..=i).rev().find(|&j| article.body.is_char_boundary(j));
            let ceil =
                |i: usize| (i..=article.body.len()).find(|&j| article.body.is_char_boundary(j));
            match (floor(s), ceil(e)) {
                (Some(s), Some(e)) => format!("«{}»", article.body[s..e].replace('\n', " ")),
                _ => String::new(),
            }
        })
        .unwrap_or_else(|| "(title)".to_string())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quiet = args.iter().any(|a| a == "-q");
    // `--why`: under each text with a false hit, why the matcher accepted each mention.
    let why = args.iter().any(|a| a == "--why");
    let args: Vec<&String> = args
        .iter()
        .filter(|a| *a != "-q" && *a != "--why")
        .collect();
    let (Some(root), Some(gold_path)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: score_entities DEVDATA GOLD.json [-q] [--why]");
    };
    let root = PathBuf::from(root);
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path)?)?;
    let gazetteer = Arc::new(Gazetteer::builtin()?);
    let matcher = Matcher::new(gazetteer.clone());

    // Only the dev set's folders (the first segment of every gold key and negatives folder):
    // other data shares DEVDATA.
    let tops: BTreeSet<String> = gold["articles"]
        .as_object()
        .into_iter()
        .flat_map(|o| o.keys().cloned())
        .chain(
            gold["negatives"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(String::from)),
        )
        .filter_map(|k| k.split('/').next().map(String::from))
        .collect();
    let inputs: Vec<PathBuf> = tops
        .iter()
        .map(|d| root.join(d))
        .filter(|p| p.exists())
        .collect();
    let corpus = corpus::load(&inputs, &LoadOptions::default(), &|_| {});
    let mut articles = corpus.articles;
    let started = std::time::Instant::now();
    for a in &mut articles {
        matcher.annotate(a);
    }
    let elapsed = started.elapsed();
    let by_key: BTreeMap<String, &Article> =
        articles.iter().map(|a| (key_of(&root, a), a)).collect();

    let mut per_kind: BTreeMap<&str, Count> = BTreeMap::new();
    let mut per_lang: BTreeMap<String, Count> = BTreeMap::new();
    let mut per_lang_kind: BTreeMap<(String, &str), Count> = BTreeMap::new();
    let mut report = Vec::new();
    let gold_articles = gold["articles"].as_object().cloned().unwrap_or_default();
    for (key, g) in &gold_articles {
        let Some(article) = by_key.get(key) else {
            report.push(format!("MISSING ARTICLE {key}"));
            continue;
        };
        let lang = key
            .strip_prefix("pages/")
            .and_then(|k| k.split('/').next())
            .unwrap_or("en")
            .to_string();
        let opt = optional(&gazetteer, g);
        for kind in EntityKind::ALL {
            let want: BTreeSet<String> = expected(&gazetteer, g, kind)
                .into_iter()
                .filter(|n| !opt.contains(n))
                .collect();
            let got: BTreeSet<String> = article
                .entities
                .of_kind(kind)
                .iter()
                .filter(|n| !opt.contains(n.as_str()))
                .map(|n| n.to_string())
                .collect();
            let c = Count {
                tp: want.intersection(&got).count(),
                fn_: want.difference(&got).count(),
                fp: got.difference(&want).count(),
            };
            for miss in want.difference(&got) {
                report.push(format!("MISS  {key} {}: {miss}", kind.as_str()));
            }
            for extra in got.difference(&want) {
                report.push(format!(
                    "FALSE {key} {}: {extra} {}",
                    kind.as_str(),
                    written(article, extra)
                ));
                if why {
                    report.extend(
                        matcher
                            .explain(article)
                            .into_iter()
                            .filter(|l| l.contains(&format!("{extra:?}")))
                            .map(|l| format!("      {l}")),
                    );
                }
            }
            per_kind.entry(kind.as_str()).or_default().add(c);
            per_lang.entry(lang.clone()).or_default().add(c);
            per_lang_kind
                .entry((lang.clone(), kind.as_str()))
                .or_default()
                .add(c);
        }
    }

    // Non-automotive text: no brand, model or plant at all.
    let not_negative: BTreeSet<String> = gold["not_negative"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    let mut negatives: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for folder in gold["negatives"].as_array().into_iter().flatten() {
        let Some(folder) = folder.as_str() else {
            continue;
        };
        let entry = negatives.entry(folder.to_string()).or_default();
        for (key, article) in by_key.range(format!("{folder}/")..) {
            if !key.starts_with(&format!("{folder}/")) {
                break;
            }
            if not_negative.contains(key) || gold_articles.contains_key(key) {
                continue;
            }
            entry.0 += 1;
            let e = &article.entities;
            let hits: Vec<(&str, &plantscope::entities::Name)> = [
                ("brand", &e[EntityKind::Brand]),
                ("model", &e[EntityKind::Model]),
                ("plant", &e[EntityKind::Plant]),
            ]
            .into_iter()
            .flat_map(|(k, list)| list.iter().map(move |n| (k, n)))
            .collect();
            if !hits.is_empty() {
                entry.1 += 1;
                entry.2 += hits.len();
                for (kind, name) in hits {
                    report.push(format!(
                        "NEG   {key} {kind}: {name} {}",
                        written(article, name)
                    ));
                }
                if why {
                    report.extend(
                        matcher
                            .explain(article)
                            .into_iter()
                            .map(|l| format!("      {l}")),
                    );
                }
            }
        }
    }

    if !quiet {
        for line in &report {
            println!("{line}");
        }
        println!();
    }
    let mut total = Count::default();
    println!("== per kind ({} gold articles)", gold_articles.len());
    for (kind, c) in &per_kind {
        println!("{kind:<8} {}", c.show());
        total.add(*c);
    }
    println!("{:<8} {}", "ALL", total.show());
    println!("== per language");
    for (lang, c) in &per_lang {
        println!("{lang:<8} {}", c.show());
    }
    println!("== per language and kind (recall/precision)");
    for ((lang, kind), c) in &per_lang_kind {
        if c.tp + c.fn_ + c.fp > 0 {
            println!("{lang:<4} {kind:<8} {}", c.show());
        }
    }
    println!("== non-automotive text (brands, models, plants found)");
    for (folder, (n, with, hits)) in &negatives {
        println!("{folder:<18} {with:>4} of {n:>4} texts with {hits} hits");
    }
    println!(
        "annotated {} articles in {:.0} ms",
        articles.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(())
}
