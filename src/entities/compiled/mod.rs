//! The compiled gazetteer: a compact binary form of the resolved entities, their look-up
//! table and the matcher's automaton. `build.rs` encodes the embedded TOML files with this
//! module; start-up decodes them, which costs a fraction of parsing, folding and building.
//!
//! Layout (integers are little-endian `u32`, strings are a length and UTF-8 bytes):
//! `MAGIC`, length of the gazetteer section, the gazetteer section (entities, then the sorted
//! forms), the matcher section (pattern owners, then the serialised automaton).

use std::collections::HashMap;

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::EntityKind;
use super::fold::is_unspaced_script;
use super::info::{GroupSpan, PlantInfo, PlantKind, PlantStatus, date_from_days, date_to_days};
use super::source::{DETAIL_LABELS, Entity, EntityId, Form};

mod bytes;
use bytes::{Reader, Writer};

/// Form flags, one bit each.
const BARE: u8 = 1;
const COMMON: u8 = 2;
const PLACE: u8 = 4;
const CJK: u8 = 8;
const NEAR: u8 = 16;

/// Names the format and its version: a change of layout changes it.
const MAGIC: &[u8; 8] = b"PSGZ\x00\x00\x00\x03";

/// The compiled data could not be decoded (only possible if it was not made by `encode`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("compiled gazetteer: {0}")]
pub struct DecodeError(&'static str);

/// The patterns the matcher's automaton searches for, and who owns each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Patterns {
    /// Every folded form, deduplicated, as searched (see [`anchor`]); a match's value is its
    /// index here.
    pub anchored: Vec<String>,
    /// The owners of pattern `i` are `owners[starts[i]..starts[i + 1]]`: one flat list rather
    /// than a vector per pattern, which is cheap to build and to decode.
    pub starts: Vec<u32>,
    /// (entity, index of the form in the entity) pairs.
    pub owners: Vec<(EntityId, usize)>,
}

impl Patterns {
    /// Collect the forms of every entity, in entity order.
    pub fn new(entities: &[Entity]) -> Patterns {
        let mut anchored: Vec<String> = Vec::new();
        let mut owned: Vec<Vec<(EntityId, usize)>> = Vec::new();
        let mut slot: HashMap<&str, usize> = HashMap::new();
        for (id, entity) in entities.iter().enumerate() {
            for (form_index, form) in entity.forms.iter().enumerate() {
                let index = *slot.entry(form.folded.as_str()).or_insert_with(|| {
                    anchored.push(anchor(&form.folded));
                    owned.push(Vec::new());
                    anchored.len() - 1
                });
                owned[index].push((id, form_index));
            }
        }
        let mut starts = Vec::with_capacity(owned.len() + 1);
        let mut owners = Vec::new();
        for list in owned {
            starts.push(owners.len() as u32);
            owners.extend(list);
        }
        starts.push(owners.len() as u32);
        Patterns {
            anchored,
            starts,
            owners,
        }
    }

    /// The owners of one pattern; empty for an index out of range.
    pub fn owners(&self, pattern: usize) -> &[(EntityId, usize)] {
        match (self.starts.get(pattern), self.starts.get(pattern + 1)) {
            (Some(&s), Some(&e)) => self.owners.get(s as usize..e as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The automaton over [`Patterns::anchored`]; `None` if daachorse cannot build one (the
    /// matcher then finds nothing).
    pub fn automaton(&self) -> Option<CharwiseDoubleArrayAhoCorasick<u32>> {
        // Double-array Aho-Corasick: builds in a few milliseconds for the ~15k forms, where
        // classic automata took 50-200 ms.
        CharwiseDoubleArrayAhoCorasick::with_values(
            self.anchored
                .iter()
                .enumerate()
                .map(|(i, p)| (p.as_str(), i as u32)),
        )
        .ok()
    }
}

/// A pattern as searched: with a leading space unless it starts in a script without spaces.
/// Patterns start with a space, and so does the text scanned, so that a match can only begin
/// at a word: without it, short forms ("es", "up") matched inside nearly every word.
pub fn anchor(folded: &str) -> String {
    match folded.chars().next() {
        Some(c) if is_unspaced_script(c) => folded.to_string(),
        _ => format!(" {folded}"),
    }
}

/// Encode resolved entities with their look-up table and matcher patterns.
pub fn encode(
    entities: &[Entity],
    sorted_forms: &[(String, EntityId)],
    patterns: &Patterns,
) -> Vec<u8> {
    let mut g = Writer::default();
    g.len(entities.len());
    for entity in entities {
        g.u8(entity.kind as u8);
        g.str(&entity.name);
        g.u8(u8::from(entity.ambiguous));
        g.len(entity.forms.len());
        for form in &entity.forms {
            g.str(&form.folded);
            match &form.cased {
                Some(cased) => {
                    g.u8(1);
                    g.str(cased);
                }
                None => g.u8(0),
            }
            let flags = [
                (form.bare, BARE),
                (form.common, COMMON),
                (form.place, PLACE),
                (form.cjk, CJK),
                (form.near, NEAR),
            ];
            g.u8(flags
                .iter()
                .filter(|(on, _)| *on)
                .fold(0, |acc, (_, bit)| acc | bit));
        }
        g.len(entity.implies.len());
        for &id in &entity.implies {
            g.len(id);
        }
        g.len(entity.details.len());
        for (label, value) in &entity.details {
            // An unknown label is a programming error caught by the tests (as 255, it fails
            // to decode).
            let index = DETAIL_LABELS.iter().position(|l| l == label);
            g.u8(index.map_or(u8::MAX, |i| i as u8));
            g.str(value);
        }
        g.opt_id(entity.group);
        g.len(entity.group_history.len());
        for span in &entity.group_history {
            g.len(span.group);
            g.opt_i32(span.from.map(date_to_days));
            g.opt_i32(span.until.map(date_to_days));
        }
        match &entity.plant {
            None => g.u8(0),
            Some(p) => {
                g.u8(1);
                g.opt_str(p.city.as_deref());
                g.len(p.country);
                g.opt_str(p.operator.as_deref());
                g.opt_id(p.group);
                g.u8(p.kind as u8);
                g.u8(p.status as u8);
                g.opt_i32(p.opened);
                g.opt_i32(p.closed);
                match p.coordinates() {
                    Some((lat, lon)) => {
                        g.u8(1);
                        g.u64(lat.to_bits());
                        g.u64(lon.to_bits());
                    }
                    None => g.u8(0),
                }
                g.len(p.brands.len());
                for &b in &p.brands {
                    g.len(b);
                }
            }
        }
    }
    g.len(sorted_forms.len());
    for (form, id) in sorted_forms {
        g.str(form);
        g.len(*id);
    }

    let mut m = Writer::default();
    m.len(patterns.starts.len());
    for &s in &patterns.starts {
        m.u32(s);
    }
    m.len(patterns.owners.len());
    for &(id, form) in &patterns.owners {
        m.len(id);
        m.len(form);
    }
    match patterns.automaton() {
        Some(automaton) => {
            m.u8(1);
            m.bytes(&automaton.serialize());
        }
        None => m.u8(0),
    }

    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(g.0.len() as u32).to_le_bytes());
    out.extend_from_slice(&g.0);
    out.extend_from_slice(&m.0);
    out
}

/// Every folded name with an entity that has it, sorted (see `Gazetteer::sorted_forms`).
pub type SortedForms = Vec<(String, EntityId)>;

/// The entities and the sorted look-up table.
pub fn decode_gazetteer(bytes: &[u8]) -> Result<(Vec<Entity>, SortedForms), DecodeError> {
    let (section, _) = sections(bytes)?;
    let mut r = Reader(section);
    let count = r.len()?;
    let mut entities = Vec::with_capacity(count.min(section.len()));
    for _ in 0..count {
        let kind = match r.u8()? {
            k if k == EntityKind::Brand as u8 => EntityKind::Brand,
            k if k == EntityKind::Group as u8 => EntityKind::Group,
            k if k == EntityKind::Model as u8 => EntityKind::Model,
            k if k == EntityKind::Country as u8 => EntityKind::Country,
            k if k == EntityKind::Plant as u8 => EntityKind::Plant,
            _ => return Err(DecodeError("unknown entity kind")),
        };
        let name = r.str()?.to_string();
        let ambiguous = r.u8()? != 0;
        let n = r.len()?;
        let mut forms = Vec::with_capacity(n.min(r.0.len()));
        for _ in 0..n {
            let folded = r.str()?.to_string();
            let cased = match r.u8()? {
                0 => None,
                _ => Some(r.str()?.to_string()),
            };
            let flags = r.u8()?;
            forms.push(Form {
                folded,
                cased,
                bare: flags & BARE != 0,
                common: flags & COMMON != 0,
                place: flags & PLACE != 0,
                cjk: flags & CJK != 0,
                near: flags & NEAR != 0,
            });
        }
        let n = r.len()?;
        let mut implies = Vec::with_capacity(n.min(r.0.len()));
        for _ in 0..n {
            let id = r.len()?;
            if id >= count {
                return Err(DecodeError("implied entity out of range"));
            }
            implies.push(id);
        }
        let n = r.len()?;
        let mut details = Vec::with_capacity(n.min(r.0.len()));
        for _ in 0..n {
            let label = DETAIL_LABELS
                .get(usize::from(r.u8()?))
                .ok_or(DecodeError("unknown detail label"))?;
            details.push((*label, r.str()?.to_string()));
        }
        let group = r.opt_id(count)?;
        let n = r.len()?;
        let mut group_history = Vec::with_capacity(n.min(r.0.len()));
        for _ in 0..n {
            group_history.push(GroupSpan {
                group: r.id(count)?,
                from: r.opt_date()?,
                until: r.opt_date()?,
            });
        }
        let plant = match r.u8()? {
            0 => None,
            _ => Some(r.plant(count)?),
        };
        entities.push(Entity {
            kind,
            name,
            forms,
            ambiguous,
            implies,
            details,
            group,
            group_history,
            plant,
        });
    }
    let n = r.len()?;
    let mut sorted_forms = Vec::with_capacity(n.min(r.0.len()));
    for _ in 0..n {
        let form = r.str()?.to_string();
        let id = r.len()?;
        if id >= count {
            return Err(DecodeError("form of an entity out of range"));
        }
        sorted_forms.push((form, id));
    }
    Ok((entities, sorted_forms))
}

/// The matcher's pattern owners and automaton, for `entities` (the first section's); the
/// pattern strings themselves are not kept (the automaton has them).
pub fn decode_matcher(
    bytes: &[u8],
    entities: &[Entity],
) -> Result<(Patterns, Option<CharwiseDoubleArrayAhoCorasick<u32>>), DecodeError> {
    let (_, section) = sections(bytes)?;
    let mut r = Reader(section);
    let n = r.len()?;
    let mut starts = Vec::with_capacity(n.min(section.len()));
    for _ in 0..n {
        starts.push(r.u32()?);
    }
    let n = r.len()?;
    let mut owners = Vec::with_capacity(n.min(section.len()));
    for _ in 0..n {
        let id = r.len()?;
        let form = r.len()?;
        if entities.get(id).is_none_or(|e| form >= e.forms.len()) {
            return Err(DecodeError("pattern owner out of range"));
        }
        owners.push((id, form));
    }
    if starts.first() != Some(&0)
        || starts.last().map(|&s| s as usize) != Some(owners.len())
        || starts.windows(2).any(|w| w[0] > w[1])
    {
        return Err(DecodeError("pattern owner table is inconsistent"));
    }
    let automaton = match r.u8()? {
        0 => None,
        _ => {
            let data = r.bytes()?;
            let (automaton, _) = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(data)
                .map_err(|_| DecodeError("invalid automaton"))?;
            Some(automaton)
        }
    };
    let patterns = Patterns {
        anchored: Vec::new(),
        starts,
        owners,
    };
    Ok((patterns, automaton))
}

/// The gazetteer and matcher sections.
fn sections(bytes: &[u8]) -> Result<(&[u8], &[u8]), DecodeError> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(DecodeError("not a compiled gazetteer of this version"))?;
    let mut r = Reader(rest);
    let len = r.len()?;
    if len > r.0.len() {
        return Err(DecodeError("truncated"));
    }
    Ok(r.0.split_at(len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Gazetteer;

    const TOML: &str = "[[group]]\nname = \"Stellantis\"\n\n\
        [[group]]\nname = \"PSA\"\n\n\
        [[brand]]\nname = \"Peugeot\"\naliases = [\"Пежо\", \"标致\"]\ngroup = \"Stellantis\"\n\
        history = [{ group = \"PSA\", from = 1976, until = \"2021-01-16\" }, \
        { group = \"Stellantis\", from = 2021-01-16 }]\n\n\
        [[brand]]\nname = \"Lancia\"\ngroup = \"Stellantis\"\nambiguous = true\ncased = [\"Lancia\"]\n\n\
        [[model]]\nbrand = \"Peugeot\"\nname = \"Partner\"\ncommon = true\n\n\
        [[country]]\nname = \"China\"\niso = \"CN\"\naliases = [\"中国\"]\n\n\
        [[plant]]\nname = \"Wuhan\"\ncountry = \"China\"\ncity = \"Wuhan\"\nbrands = [\"Peugeot\"]\n\
        places = [\"Wuhan\", \"武汉\"]\nkind = \"engine\"\nopened = 1992\nclosed = 2024\n\
        lat = 30.59\nlon = 114.31\ngroup = \"Stellantis\"\noperator = \"DPCA\"\n";

    fn encoded() -> (Gazetteer, Patterns, Vec<u8>) {
        let g = Gazetteer::from_toml(TOML).expect("parses");
        let patterns = Patterns::new(g.entities());
        let bytes = encode(g.entities(), g.sorted_forms(), &patterns);
        (g, patterns, bytes)
    }

    #[test]
    fn round_trips() {
        let (g, patterns, bytes) = encoded();
        let (entities, forms) = decode_gazetteer(&bytes).expect("decodes");
        assert_eq!(entities, g.entities());
        assert_eq!(forms, g.sorted_forms());
        let (decoded, automaton) = decode_matcher(&bytes, &entities).expect("decodes");
        assert_eq!(decoded.starts, patterns.starts);
        assert_eq!(decoded.owners, patterns.owners);
        let automaton = automaton.expect("has patterns");
        let hits: Vec<u32> = automaton
            .find_overlapping_iter(" l usine peugeot de wuhan 中国")
            .map(|m| m.value())
            .collect();
        assert_eq!(hits.len(), 3, "{hits:?}");
        let peugeot = entities.iter().find(|e| e.name == "Peugeot");
        assert_eq!(peugeot.map(|e| e.group_history.len()), Some(2));
        let wuhan = entities.iter().find_map(|e| e.plant.as_ref());
        assert_eq!(
            wuhan.map(|p| (p.kind, p.lat)),
            Some((PlantKind::Engine, Some(30.59)))
        );
    }

    #[test]
    fn no_forms_no_automaton() {
        let bytes = encode(&[], &[], &Patterns::new(&[]));
        let (entities, forms) = decode_gazetteer(&bytes).expect("decodes");
        assert!(entities.is_empty() && forms.is_empty());
        let (patterns, automaton) = decode_matcher(&bytes, &entities).expect("decodes");
        assert_eq!(
            automaton.is_some(),
            Patterns::new(&[]).automaton().is_some()
        );
        assert!(patterns.owners(0).is_empty());
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        let (g, _, bytes) = encoded();
        for end in 0..bytes.len() {
            let cut = &bytes[..end];
            if let Ok((entities, _)) = decode_gazetteer(cut) {
                let _ = decode_matcher(cut, &entities);
            }
        }
        let mut wrong = bytes.clone();
        wrong[0] = b'X';
        assert!(decode_gazetteer(&wrong).is_err());
        // Owners that point past the entities they are decoded for.
        assert!(decode_matcher(&bytes, &g.entities()[..1]).is_err());
    }
}
