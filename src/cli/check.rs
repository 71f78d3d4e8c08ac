//! `plantscope check`: what was read, what was skipped and why, one line per file.

use std::io::Write;

use crate::corpus::Corpus;

/// The report as JSON: `{"files": [{path, articles, bytes, problem}], "diagnostics": [...]}`.
/// `ignored`: files the ignore rules left out (see [`crate::corpus::ignored_files`]).
pub fn run_json(corpus: &Corpus, ignored: usize, out: &mut dyn Write) -> std::io::Result<i32> {
    let doc = serde_json::json!({
        "schema_version": super::output::SCHEMA_VERSION,
        "files": corpus.files,
        "diagnostics": corpus.diagnostics,
        "ignored_files": ignored,
    });
    super::json_out::write_line(out, &doc)?;
    Ok(exit_code(corpus))
}

fn exit_code(corpus: &Corpus) -> i32 {
    if corpus.files.iter().all(|f| f.problem.is_none()) {
        0
    } else {
        1
    }
}

/// Print the report; the exit code is 0 when every file was read entirely, 1 when some were
/// skipped or only partly read. The summary counts each file once: read, partial or skipped.
/// Folders that could not be listed are counted apart from files; files hidden by ignore rules
/// (`ignored`) are said in one line, since they are never listed.
pub fn run(corpus: &Corpus, ignored: usize, out: &mut dyn Write) -> std::io::Result<i32> {
    let mut read = 0;
    let mut partial = 0;
    let mut skipped = 0;
    let mut folders = 0;
    for file in &corpus.files {
        let count = plural(file.articles, "article");
        match (&file.problem, file.articles) {
            (Some(problem), _) if file.folder => {
                folders += 1;
                writeln!(out, "skipped {}/  (folder) {problem}", file.path)?;
            }
            (None, _) => {
                read += 1;
                writeln!(out, "read    {}  ({count})", file.path)?;
            }
            (Some(problem), 0) => {
                skipped += 1;
                writeln!(out, "skipped {}  {problem}", file.path)?;
            }
            (Some(problem), _) => {
                partial += 1;
                writeln!(out, "partial {}  ({count})  {problem}", file.path)?;
            }
        }
    }
    if ignored > 0 {
        writeln!(
            out,
            "ignored {}: .ignore files, or in a git repository .gitignore, .git/info/exclude \
             or git's global excludes (core.excludesFile)",
            plural(ignored, "file")
        )?;
    }
    let unreadable = match folders {
        0 => String::new(),
        n => format!(", {} not readable", plural(n, "folder")),
    };
    writeln!(
        out,
        "{}: {read} read, {partial} partial, {skipped} skipped, {}{unreadable}",
        plural(corpus.files.len() - folders, "file"),
        plural(corpus.articles.len(), "article"),
    )?;
    Ok(exit_code(corpus))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::FileReport;

    fn report(path: &str, articles: usize, problem: Option<&str>) -> FileReport {
        FileReport {
            path: path.into(),
            articles,
            bytes: 10,
            problem: problem.map(Into::into),
            folder: false,
        }
    }

    #[test]
    fn lines_summary_and_exit_code() {
        let mut corpus = Corpus {
            files: vec![
                report("a.txt", 1, None),
                report("b.bin", 0, Some("binary file")),
                report("c.jsonl", 3, Some("malformed JSON at line 2: x")),
            ],
            ..Corpus::default()
        };
        let mut out = Vec::new();
        let code = run(&corpus, 0, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(
            text,
            "read    a.txt  (1 article)\n\
             skipped b.bin  binary file\n\
             partial c.jsonl  (3 articles)  malformed JSON at line 2: x\n\
             3 files: 1 read, 1 partial, 1 skipped, 0 articles\n"
        );
        assert_eq!(code, 1);
        // A partly read file alone is exit 1 too, and the summary says why.
        corpus.files.remove(1);
        let mut out = Vec::new();
        assert_eq!(run(&corpus, 0, &mut out).expect("write"), 1);
        let text = String::from_utf8(out).expect("utf8");
        assert!(
            text.ends_with("2 files: 1 read, 1 partial, 0 skipped, 0 articles\n"),
            "{text}"
        );
        corpus.files.truncate(1);
        assert_eq!(run(&corpus, 0, &mut Vec::new()).expect("write"), 0);
    }

    #[test]
    fn unreadable_folders_and_ignored_files_are_not_counted_as_files() {
        let mut folder = report("locked", 0, Some("permission denied"));
        folder.folder = true;
        let corpus = Corpus {
            files: vec![report("a.txt", 1, None), folder],
            ..Corpus::default()
        };
        let mut out = Vec::new();
        run(&corpus, 2, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf8");
        assert!(
            text.contains("skipped locked/  (folder) permission denied\n"),
            "{text}"
        );
        assert!(text.contains("ignored 2 files: .ignore files"), "{text}");
        assert!(
            text.ends_with(
                "1 file: 1 read, 0 partial, 0 skipped, 0 articles, 1 folder not readable\n"
            ),
            "{text}"
        );
    }
}
