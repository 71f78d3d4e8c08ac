//! `e` in the browser: the results shown, written as CSV, JSON and Markdown side by side
//! (`plantscope-<time>.csv`, `.json`, `.md`) in the user's download folder, else in the data
//! folder's `exports/` — never in the current folder, which may be an input folder (a `.json`
//! or `.md` left there would be read as articles next time).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Article;
use crate::cli::table::{self, Format};
use crate::entities::EntityKind;

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

/// Write the three files for `articles` (found by `query`); returns the CSV's path.
pub fn write(dir: &Path, query: &str, articles: &[&Article]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stem = format!(
        "plantscope-{}",
        chrono::Local::now().format("%Y%m%d-%H%M%S")
    );
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
        "total": articles.len(),
        "articles": articles
            .iter()
            .map(|a| crate::cli::json_out::ArticleJson::new(a, false))
            .collect::<Vec<_>>(),
    });
    std::fs::write(dir.join(format!("{stem}.json")), format!("{json}\n"))?;
    let mut md = format!(
        "# plantscope: {} articles{}\n\n| date | title | brands | countries | plants | path |\n\
         | --- | --- | --- | --- | --- | --- |\n",
        articles.len(),
        if query.trim().is_empty() {
            String::new()
        } else {
            format!(" for `{}`", query.replace('`', "'"))
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

    #[test]
    fn the_three_files_hold_the_same_articles() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = Article {
            title: "Kia | Zilina".into(),
            path: "news/kia.md".into(),
            url: Some("https://e.com/kia".into()),
            ..Article::default()
        };
        let csv = write(dir.path(), "kia", &[&a, &a]).expect("write");
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
}
