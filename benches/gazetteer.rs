//! Reading a user's gazetteer file: 20,000 plants and one entity with 50,000 aliases, the
//! sizes at which the former quadratic reading took 10.3 s and 4.7 s (issue 15).

use criterion::{Criterion, criterion_group, criterion_main};
use plantscope::entities::Gazetteer;

/// A gazetteer file of `plants` plants in one country, and a second country with `aliases`
/// aliases, in the schema users write.
fn big_gazetteer(plants: usize, aliases: usize) -> String {
    let mut toml = String::from("[[country]]\nname = \"Belgium\"\n\n");
    for i in 0..plants {
        toml.push_str(&format!(
            "[[plant]]\nname = \"Plant {i}\"\ncountry = \"Belgium\"\n\n"
        ));
    }
    let names: Vec<String> = (0..aliases).map(|i| format!("\"Alias {i}\"")).collect();
    toml.push_str(&format!(
        "[[country]]\nname = \"Testland\"\naliases = [{}]\n",
        names.join(", ")
    ));
    toml
}

fn reading(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    let plants = big_gazetteer(20_000, 0);
    group.bench_function("read_20000_plants", |b| {
        b.iter(|| Gazetteer::from_toml(&plants).expect("reads"))
    });
    let aliases = big_gazetteer(0, 50_000);
    group.bench_function("read_one_entity_with_50000_aliases", |b| {
        b.iter(|| Gazetteer::from_toml(&aliases).expect("reads"))
    });
    group.finish();
}

criterion_group!(benches, reading);
criterion_main!(benches);
