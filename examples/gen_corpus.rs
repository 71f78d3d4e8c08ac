//! Write a synthetic corpus: `cargo run --release --example gen_corpus -- N DIR [SEED]`.
//! N articles in fr, nl, en and de (mean about 4 KB), in subfolders of 1,000.

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(dir)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: gen_corpus N DIR [SEED]");
    };
    let count: usize = count.parse()?;
    let seed: u64 = args.get(2).map_or(Ok(42), |s| s.parse())?;
    let dir = PathBuf::from(dir);
    let gazetteer = plantscope::entities::Gazetteer::builtin()?;
    let mut bytes = 0usize;
    for article in plantscope::synth::generate(&gazetteer, count, 4096, seed) {
        let path = dir.join(&article.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        bytes += article.text.len();
        std::fs::write(path, article.text)?;
    }
    eprintln!("{count} articles, {:.1} MB in {}", bytes as f64 / 1e6, dir.display());
    Ok(())
}
