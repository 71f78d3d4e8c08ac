//! `e` in the browser: the results shown, written as CSV, JSON and Markdown side by side
//! (`plantscope-<time>.csv`, `.json`, `.md`) in the user's download folder, else in the data
//! folder's `exports/` — never in the current folder, which may be an input folder (a `.json`
//! or `.md` left there would be read as articles next time).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Article;
use crate::cli::table::{self, Format};
use crate::entities::EntityKind;
use crate::search::Filters;

/// Where exports go: `$PLANTSCOPE_EXPORT_DIR`, the download folder, or the data dir.
pub fn folder() -> Option<PathBuf> {
    if let Some(own) = std::env::var_os("PLANTSCOPE_EXPORT_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(own));
    }
    directories::UserDirs::new()
        .and_then(|u| u.download_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .or_else(|| {
            directories::ProjectDirs::from("", "", "plantscope")
                .map(|d| d.data_dir().join("exports"))
        })
}

/// A stem no export in `dir` has taken yet: the time, then `-2`, `-3`… for a second export
/// within the same second (never overwrite one).
fn free_stem(dir: &Path, time: &str) -> String {
    let taken = |stem: &str| {
        ["csv", "json", "md"]
            .iter()
            .any(|ext| dir.join(format!("{stem}.{ext}")).exists())
    };
    let first = format!("plantscope-{time}");
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{first}-{n}"))
        .find(|stem| !taken(stem))
        .unwrap_or(first)
}

/// The filters as the Markdown header says them: `brand Opel, Peugeot; country France`.
fn filters_said(filters: &Filters) -> String {
    filters
        .values
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(facet, values)| format!("{} {}", facet.as_str(), values.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Write the three files for `articles` (found by `query` within `filters`); returns the
/// CSV's path.
pub fn write(
    dir: &Path,
    query: &str,
    filters: &Filters,
    articles: &[&Article],
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let time = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let stem = free_stem(dir, &time);
    let csv_path = dir.join(format!("{stem}.csv"));
    let mut csv = std::io::BufWriter::new(std::fs::File::create(&csv_path)?);
    Format::Csv.row(&mut csv, &table::ARTICLE_COLUMNS)?;
    for a in articles {
        Format::Csv.row(&mut csv, &table::article_fields(a))?;
    }
    csv.flush()?;
    let json = serde_json::json!({
        "schema_version": crate::cli::output::SCHEMA_VERSION,
        "query": query,
        "filters": filters
            .values
            .iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(facet, values)| (facet.as_str(), values))
            .collect::<std::collections::BTreeMap<_, _>>(),
        "total": articles.len(),
        "articles": articles
            .iter()
            .map(|a| crate::cli::json_out::ArticleJson::new(a, false))
            .collect::<Vec<_>>(),
    });
    std::fs::write(dir.join(format!("{stem}.json")), format!("{json}\n"))?;
    let said = filters_said(filters);
    let mut md = format!(
        "# plantscope: {} articles{}{}\n\n| date | title | brands | countries | plants | path |\n\
         | --- | --- | --- | --- | --- | --- |\n",
        articles.len(),
        if query.trim().is_empty() {
            String::new()
        } else {
            format!(" for `{}`", query.replace('`', "'"))
        },
        if said.is_empty() {
            String::new()
        } else {
            format!(" ({})", said.replace('`', "'"))
        }
    );
    let cell = |s: &str| s.replace('|', "\\|");
    for a in articles {
        let e = &a.entities;
        let title = match &a.url {
            Some(url) => format!("[{}]({})", cell(&a.title), url.replace(')', "%29")),
            None => cell(&a.title),
        };
        md.push_str(&format!(
            "| {} | {title} | {} | {} | {} | {} |\n",
            a.date.as_ref().map_or("", crate::Date::day_text),
            cell(&e[EntityKind::Brand].join(", ")),
            cell(&e[EntityKind::Country].join(", ")),
            cell(&e[EntityKind::Plant].join(", ")),
            cell(&a.path),
        ));
    }
    std::fs::write(dir.join(format!("{stem}.md")), md)?;
    Ok(csv_path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Facet;

    #[test]
    fn the_three_files_hold_the_same_articles() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = Article {
            title: "Kia | Zilina".into(),
            path: "news/kia.md".into(),
            url: Some("https://e.com/kia".into()),
            ..Article::default()
        };
        let csv = write(dir.path(), "kia", &Filters::default(), &[&a, &a]).expect("write");
        let text = std::fs::read_to_string(&csv).expect("csv");
        assert_eq!(text.lines().count(), 3);
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(csv.with_extension("json")).expect("json"),
        )
        .expect("valid");
        assert_eq!(json["total"], 2);
        assert_eq!(json["schema_version"], 1);
        let md = std::fs::read_to_string(csv.with_extension("md")).expect("md");
        assert!(
            md.contains("| [Kia \\| Zilina](https://e.com/kia) |"),
            "{md}"
        );
    }

    #[test]
    fn a_second_export_in_the_same_second_keeps_the_first_and_says_the_filters() {
        let dir = tempfile::tempdir().expect("tempdir");
        let article = Article {
            title: "Renault builds the Clio in Flins".into(),
            path: "news/a.txt".into(),
            ..Article::default()
        };
        let mut filters = Filters::default();
        filters
            .values
            .insert(Facet::Country, vec!["France".to_string()]);
        let first = write(dir.path(), "usine", &filters, &[&article]).expect("first");
        let second = write(dir.path(), "renault", &Filters::default(), &[]).expect("second");
        assert_ne!(first, second);
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        // Both sets are there (the second, if in the same second, as `-2`).
        assert_eq!(names.len(), 6, "{names:?}");
        let md = std::fs::read_to_string(first.with_extension("md")).expect("md");
        assert!(
            md.starts_with("# plantscope: 1 articles for `usine` (country France)"),
            "{md}"
        );
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(first.with_extension("json")).expect("json"),
        )
        .expect("JSON");
        assert_eq!(json["filters"]["country"][0], "France", "{json}");
    }

    #[test]
    fn a_taken_stem_gets_a_number() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(free_stem(dir.path(), "t"), "plantscope-t");
        std::fs::write(dir.path().join("plantscope-t.md"), "").expect("write");
        assert_eq!(free_stem(dir.path(), "t"), "plantscope-t-2");
        std::fs::write(dir.path().join("plantscope-t-2.json"), "").expect("write");
        assert_eq!(free_stem(dir.path(), "t"), "plantscope-t-3");
    }
}
