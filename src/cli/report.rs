//! One style for what the program says on stderr: every line starts with `plantscope: `; a
//! fatal error (exit 2) says `plantscope: error: …`, a note about the input does not. Clap's
//! own usage errors are printed in the same style, and a mistyped command gets a suggestion.

use clap::CommandFactory;

/// Print a fatal error, cleaned for the terminal (names and values in it are untrusted).
pub fn error(message: &str) {
    crate::say!(
        "plantscope: error: {}",
        crate::text::sanitize_line(message.trim_start_matches("plantscope: "))
    );
}

/// Print a clap error (bad option, missing value…) as `plantscope: error: …`, keeping clap's
/// tip and usage lines after it; `--help` and `--version` go to stdout as clap prints them.
pub fn clap_error(e: &clap::Error, color: bool) {
    if !e.use_stderr() {
        let _ = e.print();
        return;
    }
    let rendered = if color {
        e.render().ansi().to_string()
    } else {
        e.render().to_string()
    };
    use std::io::Write as _;
    let _ = write!(std::io::stderr(), "plantscope: {rendered}");
}

/// The subcommand a mistyped word meant (`serch` → `search`), if one is close: at most two
/// edits away, and at most half its letters.
pub fn did_you_mean(word: &str) -> Option<String> {
    let command = super::args::Cli::command();
    command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| name != "help")
        .map(|name| (edit_distance(word, &name), name))
        .filter(|(d, name)| *d > 0 && *d <= 2 && *d * 2 <= name.chars().count())
        .min()
        .map(|(_, name)| name)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_command() {
        assert_eq!(did_you_mean("serch").as_deref(), Some("search"));
        assert_eq!(did_you_mean("lsit").as_deref(), Some("list"));
        assert_eq!(did_you_mean("entites").as_deref(), Some("entities"));
        assert_eq!(did_you_mean("news"), None);
        assert_eq!(did_you_mean("search"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
