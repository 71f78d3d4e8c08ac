//! TEMPORARY: replaced by the corpus branch's `check`.
use crate::corpus::Corpus;

pub fn run(corpus: &Corpus, out: &mut dyn std::io::Write) -> std::io::Result<i32> {
    for f in &corpus.files {
        writeln!(out, "{} {:?}", f.path, f.problem)?;
    }
    Ok(0)
}
