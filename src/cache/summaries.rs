//! A chunk of the manifest's summaries as written: the entity names the chunk's articles
//! use, once each, then the summaries naming them by their place in that list. A chunk of
//! 4,096 articles names a few hundred entities: read back, each name is checked and made once
//! per chunk, not decoded, checked and looked up again for each of its ~9 mentions per
//! article (at 100,000 articles that was a tenth of a start from the cache).

use rustc_hash::FxHashMap;
use serde::de::{self, DeserializeSeed, Error as _, SeqAccess, Visitor};
use serde::{Deserializer, Serialize};

use crate::article::{EntitySet, Summary, SummaryRef};
use crate::entities::{EntityKind, Name};

/// A chunk to write.
#[derive(Serialize)]
struct ChunkRef<'a> {
    names: Vec<&'a str>,
    rows: Vec<RowRef<'a>>,
}

/// One summary to write: [`Summary`]'s fields, its entities as places in the chunk's names.
#[derive(Serialize)]
struct RowRef<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    lang: crate::Lang,
    date: &'a Option<crate::Date>,
    url: &'a Option<String>,
    source: &'a Option<String>,
    words: usize,
    /// Places in the chunk's names, kind after kind.
    names: Vec<u32>,
    /// Where each kind's names end in `names`.
    ends: [u32; EntityKind::COUNT],
    facts: &'a [crate::facts::Fact],
}

/// The bytes of one chunk of summaries.
pub(super) fn encode(summaries: &[SummaryRef]) -> postcard::Result<Vec<u8>> {
    let mut names: Vec<&str> = Vec::new();
    let mut places: FxHashMap<&str, u32> = FxHashMap::default();
    let rows = summaries
        .iter()
        .map(|s| {
            let (own, ends) = s.entities.parts();
            let own = own
                .iter()
                .map(|name| {
                    *places.entry(name.as_str()).or_insert_with(|| {
                        names.push(name.as_str());
                        (names.len() - 1) as u32
                    })
                })
                .collect();
            RowRef {
                id: s.id,
                path: s.path,
                title: s.title,
                lang: s.lang,
                date: s.date,
                url: s.url,
                source: s.source,
                words: s.words,
                names: own,
                ends,
                facts: s.facts,
            }
        })
        .collect();
    postcard::to_stdvec(&ChunkRef { names, rows })
}

/// The summaries of one chunk's bytes (all of them: bytes left over are an error).
pub(super) fn decode(bytes: &[u8]) -> postcard::Result<Vec<Summary>> {
    let mut de = postcard::Deserializer::from_bytes(bytes);
    let summaries = Chunk.deserialize(&mut de)?;
    if !de.finalize()?.is_empty() {
        return Err(postcard::Error::DeserializeBadEncoding);
    }
    Ok(summaries)
}

/// The next field of a summary or a chunk.
fn next<'de, T: de::Deserialize<'de>, A: SeqAccess<'de>>(
    seq: &mut A,
    i: usize,
) -> Result<T, A::Error> {
    seq.next_element()?
        .ok_or_else(|| A::Error::invalid_length(i, &"the fields of a summary"))
}

struct Chunk;

impl<'de> DeserializeSeed<'de> for Chunk {
    type Value = Vec<Summary>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Summary>, D::Error> {
        d.deserialize_tuple(2, self)
    }
}

impl<'de> Visitor<'de> for Chunk {
    type Value = Vec<Summary>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a chunk of summaries")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Summary>, A::Error> {
        let names: Vec<Name> = next(&mut seq, 0)?;
        seq.next_element_seed(Rows(&names))?
            .ok_or_else(|| A::Error::invalid_length(1, &self))
    }
}

/// The summaries, naming entities by their place in the chunk's names.
struct Rows<'n>(&'n [Name]);

impl<'de> DeserializeSeed<'de> for Rows<'_> {
    type Value = Vec<Summary>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Summary>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows<'_> {
    type Value = Vec<Summary>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("summaries")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Summary>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        while let Some(summary) = seq.next_element_seed(Row(self.0))? {
            out.push(summary);
        }
        Ok(out)
    }
}

/// One summary.
struct Row<'n>(&'n [Name]);

impl<'de> DeserializeSeed<'de> for Row<'_> {
    type Value = Summary;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Summary, D::Error> {
        d.deserialize_tuple(11, self)
    }
}

impl<'de> Visitor<'de> for Row<'_> {
    type Value = Summary;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a summary")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Summary, A::Error> {
        let id = next(&mut seq, 0)?;
        let path = next(&mut seq, 1)?;
        let title = next(&mut seq, 2)?;
        let lang = next(&mut seq, 3)?;
        let date = next(&mut seq, 4)?;
        let url = next(&mut seq, 5)?;
        let source = next(&mut seq, 6)?;
        let words = next(&mut seq, 7)?;
        let names = seq
            .next_element_seed(Places(self.0))?
            .ok_or_else(|| A::Error::invalid_length(8, &self))?;
        let ends = next(&mut seq, 9)?;
        let facts = next(&mut seq, 10)?;
        let entities = EntitySet::from_parts(names, ends)
            .ok_or_else(|| A::Error::custom("entity lists that do not fit their names"))?;
        Ok(Summary {
            id,
            path,
            title,
            lang,
            date,
            url,
            source,
            words,
            entities,
            facts,
        })
    }
}

/// A summary's entity names, as places in the chunk's names.
struct Places<'n>(&'n [Name]);

impl<'de> DeserializeSeed<'de> for Places<'_> {
    type Value = Vec<Name>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Name>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Places<'_> {
    type Value = Vec<Name>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("places in the chunk's names")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Name>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 12));
        while let Some(place) = seq.next_element::<u32>()? {
            let name = self
                .0
                .get(place as usize)
                .ok_or_else(|| A::Error::custom("a name beyond the chunk's names"))?;
            out.push(name.clone());
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_reads_back_with_its_names_shared_and_bad_places_are_refused() {
        let articles: Vec<crate::Article> = (0..3)
            .map(|i| crate::Article {
                id: format!("{i}"),
                path: "news/a.txt".into(),
                title: format!("Title {i}"),
                lang: "fr".into(),
                source: Some("Wire".into()),
                words: i,
                entities: EntitySet::default()
                    .with(EntityKind::Brand, ["Peugeot"])
                    .with(
                        EntityKind::Plant,
                        ["Kaluga", "Sochaux"].into_iter().skip(i % 2),
                    ),
                ..crate::Article::default()
            })
            .collect();
        let refs: Vec<SummaryRef> = articles.iter().map(crate::Article::summary_ref).collect();
        let bytes = encode(&refs).expect("encode");
        let back = decode(&bytes).expect("decode");
        let whole: Vec<crate::Article> = back.iter().cloned().map(crate::Article::from).collect();
        assert_eq!(whole, articles);
        assert!(std::ptr::eq(
            back[0].entities[EntityKind::Brand][0].as_str(),
            back[2].entities[EntityKind::Brand][0].as_str()
        ));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_err(), "bytes left over");
        assert!(decode(&bytes[..bytes.len() - 1]).is_err(), "cut short");
        // A place beyond the chunk's one name, then ends past the row's one name.
        let chunk = ChunkRef {
            names: vec!["Peugeot"],
            rows: vec![RowRef {
                id: "0",
                path: "",
                title: "",
                lang: crate::Lang::default(),
                date: &None,
                url: &None,
                source: &None,
                words: 0,
                names: vec![9],
                ends: [1; EntityKind::COUNT],
                facts: &[],
            }],
        };
        let bad = postcard::to_stdvec(&chunk).expect("encode");
        assert!(decode(&bad).is_err(), "a place beyond the names");
        let chunk = ChunkRef {
            rows: vec![RowRef {
                names: vec![0],
                ends: [2; EntityKind::COUNT],
                ..chunk.rows.into_iter().next().expect("a row")
            }],
            ..chunk
        };
        let bad = postcard::to_stdvec(&chunk).expect("encode");
        assert!(decode(&bad).is_err(), "ends past the names");
    }
}
