//! Tab-separated (`--tsv`) and CSV (`--csv`) output: a header line, then one row per result,
//! every row with the same columns (an unknown date is an empty field), for cut, awk and
//! spreadsheets.

use std::io::Write;

use crate::entities::EntityKind;

/// How rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Fields joined by tabs; a tab or line break inside a field becomes a space.
    Tsv,
    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    Csv,
}

impl Format {
    /// The format the options ask for, if any.
    pub fn from_common(common: &super::args::Common) -> Option<Format> {
        if common.tsv {
            Some(Format::Tsv)
        } else if common.csv {
            Some(Format::Csv)
        } else {
            None
        }
    }

    /// Write one row.
    pub fn row<S: AsRef<str>>(self, out: &mut dyn Write, fields: &[S]) -> std::io::Result<()> {
        let cells: Vec<String> = fields.iter().map(|f| self.cell(f.as_ref())).collect();
        match self {
            Format::Tsv => writeln!(out, "{}", cells.join("\t")),
            Format::Csv => write!(out, "{}\r\n", cells.join(",")),
        }
    }

    fn cell(self, text: &str) -> String {
        match self {
            Format::Tsv => text.replace(['\t', '\n', '\r'], " "),
            Format::Csv if text.contains([',', '"', '\n', '\r']) => {
                format!("\"{}\"", text.replace('"', "\"\""))
            }
            Format::Csv => text.to_string(),
        }
    }
}

/// The columns of an article row (`list`, `search`; `search` adds `score` and `snippet`).
pub const ARTICLE_COLUMNS: [&str; FIXED_COLUMNS.len() + EntityKind::COUNT] = {
    let mut columns = [""; FIXED_COLUMNS.len() + EntityKind::COUNT];
    let mut i = 0;
    while i < columns.len() {
        columns[i] = if i < FIXED_COLUMNS.len() {
            FIXED_COLUMNS[i]
        } else {
            EntityKind::ALL[i - FIXED_COLUMNS.len()].plural()
        };
        i += 1;
    }
    columns
};

/// The columns before the entity lists (one per kind, named by its plural).
const FIXED_COLUMNS: [&str; 6] = ["id", "path", "lang", "date", "title", "url"];

/// An article's fields in [`ARTICLE_COLUMNS`] order; several names are joined with `; `.
pub fn article_fields(a: &crate::Article) -> Vec<String> {
    let mut fields = vec![
        a.id.clone(),
        a.path.clone(),
        a.lang.to_string(),
        a.date.as_deref().unwrap_or_default().to_string(),
        a.title.clone(),
        a.url.clone().unwrap_or_default(),
    ];
    // One column per kind, in kind order (the header's names are the kinds' plurals).
    fields.extend(a.entities.iter().map(|(_, names)| names.join("; ")));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_escaped_per_format() {
        let mut out = Vec::new();
        Format::Tsv
            .row(&mut out, &["a\tb", "", "c\nd"])
            .expect("write");
        Format::Csv
            .row(&mut out, &["plain", "x,y", "say \"hi\""])
            .expect("write");
        assert_eq!(
            String::from_utf8_lossy(&out),
            "a b\t\tc d\nplain,\"x,y\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}
