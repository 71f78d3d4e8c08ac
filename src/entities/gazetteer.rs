//! The gazetteer: entity data from the TOML files in `assets/gazetteer/` and from user files
//! given with `--gazetteer`, with look-ups by name. The embedded files are compiled at build
//! time (`build.rs`), so that start-up decodes entities instead of parsing and folding them.

use std::path::{Path, PathBuf};

use super::EntityKind;
use super::compiled;
use super::fold::fold_str;
use super::source::{self, Entity, EntityId, Entries, GazetteerError};

/// The embedded data files, one per kind: the source of truth, parsed again at run time only
/// when user files are added to them.
pub const BUILTIN: [(&str, &str); 5] = [
    (
        "groups.toml",
        include_str!("../../assets/gazetteer/groups.toml"),
    ),
    (
        "brands.toml",
        include_str!("../../assets/gazetteer/brands.toml"),
    ),
    (
        "models.toml",
        include_str!("../../assets/gazetteer/models.toml"),
    ),
    (
        "countries.toml",
        include_str!("../../assets/gazetteer/countries.toml"),
    ),
    (
        "plants.toml",
        include_str!("../../assets/gazetteer/plants.toml"),
    ),
];

/// The embedded files compiled by `build.rs`: entities, the look-up table and the matcher's
/// automaton (see [`compiled`]).
pub const COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// All entities, with look-ups by name and alias.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Every folded name (case restrictions ignored) with an entity that has it, sorted: for
    /// resolving user input such as `--country russie` or a query word (exact match) and for
    /// prefix look-ups while typing.
    sorted_forms: Vec<(String, EntityId)>,
    /// Decoded from [`COMPILED`]: the matcher may decode its automaton from there too.
    compiled: bool,
}

impl Gazetteer {
    /// The embedded gazetteer alone.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        match compiled::decode_gazetteer(COMPILED) {
            Ok((entities, sorted_forms)) => Ok(Gazetteer {
                entities,
                sorted_forms,
                compiled: true,
            }),
            // Cannot happen with a binary built by its own build script (a test checks it);
            // if it ever did, parsing the embedded text gives the same gazetteer, only slower.
            Err(_) => Gazetteer::parse_builtin(),
        }
    }

    /// The embedded gazetteer parsed from its TOML text, as a user file would be: what the
    /// compiled form must equal.
    pub fn parse_builtin() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::parse(&[])
    }

    /// The embedded gazetteer plus user files, each adding entries or overriding same-named ones.
    pub fn load(extra: &[PathBuf]) -> Result<Gazetteer, GazetteerError> {
        if extra.is_empty() {
            return Gazetteer::builtin();
        }
        Gazetteer::parse(extra)
    }

    fn parse(extra: &[PathBuf]) -> Result<Gazetteer, GazetteerError> {
        let mut entries = Entries::default();
        for (name, text) in BUILTIN {
            entries.add_file(&format!("assets/gazetteer/{name}"), text)?;
        }
        for path in extra {
            let shown = crate::text::display_path(path);
            let text = read_user_file(path).map_err(|error| GazetteerError::Read {
                path: shown.clone(),
                error,
            })?;
            entries.add_file(&shown, &text)?;
        }
        Ok(Gazetteer::index(source::resolve(entries)?))
    }

    /// A gazetteer from TOML text alone (no embedded data): for tests and tools.
    pub fn from_toml(text: &str) -> Result<Gazetteer, GazetteerError> {
        let mut entries = Entries::default();
        entries.add_file("<inline>", text)?;
        Ok(Gazetteer::index(source::resolve(entries)?))
    }

    fn index(entities: Vec<Entity>) -> Gazetteer {
        let sorted_forms = source::form_index(&entities);
        Gazetteer {
            entities,
            sorted_forms,
            compiled: false,
        }
    }

    /// Whether this is the embedded gazetteer decoded from [`COMPILED`].
    pub fn is_compiled(&self) -> bool {
        self.compiled
    }

    /// The look-up table: every folded name with an entity that has it, sorted.
    pub fn sorted_forms(&self) -> &[(String, EntityId)] {
        &self.sorted_forms
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id]
    }

    /// Entities any of whose names folds to exactly `text` (case rules ignored: this is for
    /// what the user types), optionally of one kind only. Where a country is asked for, its
    /// ISO code names it too (`us`, `gb`, `de`); not in free text, where `de` is a word.
    pub fn resolve(&self, kind: Option<EntityKind>, text: &str) -> Vec<EntityId> {
        let folded = fold_str(text);
        let start = self
            .sorted_forms
            .partition_point(|(form, _)| form.as_str() < folded.as_str());
        let mut ids: Vec<EntityId> = self.sorted_forms[start..]
            .iter()
            .take_while(|(form, _)| *form == folded)
            .map(|&(_, id)| id)
            .filter(|&id| kind.is_none_or(|k| self.entities[id].kind == k))
            .collect();
        if kind == Some(EntityKind::Country) && ids.is_empty() {
            ids = self.countries_with_code(&folded);
        }
        ids
    }

    /// For a did-you-mean where `text` names nothing: the canonical name of the entity (of
    /// `kind`, or any) with a name or alias closest to it by edit distance (`volkswagn` →
    /// Volkswagen, `germny` → Germany, `kalouga` → Kaluga), if one is close enough to be meant.
    pub fn closest(&self, kind: Option<EntityKind>, text: &str) -> Option<&str> {
        let folded = fold_str(text);
        let forms = self
            .sorted_forms
            .iter()
            .filter(|(_, id)| kind.is_none_or(|k| self.entities[*id].kind == k))
            .map(|(form, _)| form.as_str());
        let form = crate::text::typo::closest(&folded, forms)?;
        let start = self
            .sorted_forms
            .partition_point(|(f, _)| f.as_str() < form);
        self.sorted_forms[start..]
            .iter()
            .take_while(|(f, _)| f == form)
            .find(|(_, id)| kind.is_none_or(|k| self.entities[*id].kind == k))
            .map(|&(_, id)| self.entities[id].name.as_str())
    }

    /// The countries whose ISO 3166 alpha-2 code is `code` (any case).
    pub fn countries_with_code(&self, code: &str) -> Vec<EntityId> {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Vec::new();
        }
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == EntityKind::Country
                    && e.details
                        .iter()
                        .any(|(label, v)| *label == "iso" && v.eq_ignore_ascii_case(code))
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// Entities with a name that starts with `prefix` (folded), for the word being typed.
    /// Prefixes shorter than three characters match nothing: too many hits to mean anything.
    pub fn complete(&self, prefix: &str) -> Vec<EntityId> {
        self.completions(prefix, false)
    }

    /// Entities with a name that is one word completing `prefix`: a prefix typed as a word
    /// (`usine*`) means the words that start with it, so `Kalou` is Kalouga but `usine` is
    /// not every plant called `usine de …`, and `alfa` not Alfa Romeo (whose articles say
    /// `Alfa` anyway). A value being typed after `brand:` takes the longer names too.
    pub fn complete_word(&self, prefix: &str) -> Vec<EntityId> {
        self.completions(prefix, true)
    }

    fn completions(&self, prefix: &str, one_word: bool) -> Vec<EntityId> {
        let folded = fold_str(prefix);
        if folded.chars().count() < 3 {
            return Vec::new();
        }
        let start = self
            .sorted_forms
            .partition_point(|(form, _)| form.as_str() < folded.as_str());
        let mut ids: Vec<EntityId> = self.sorted_forms[start..]
            .iter()
            .take_while(|(form, _)| form.starts_with(&folded))
            .filter(|(form, _)| {
                !one_word || !form[folded.len()..].contains(|c: char| !c.is_alphanumeric())
            })
            .map(|&(_, id)| id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The canonical name for user input of a given kind (`russie` → `Russia`), if any.
    pub fn canonical(&self, kind: EntityKind, text: &str) -> Option<&str> {
        self.resolve(Some(kind), text)
            .first()
            .map(|&id| self.entities[id].name.as_str())
    }

    /// The plants of the city a typed word spells, if it spells one: `Kalouga` is a one-word
    /// name of the Kaluga plant, a plant called after its city, so it means the city and also
    /// the other plants there (Volkswagen Kaluga). A plant's own names (`PSMA Rus`) and
    /// several-word names (`Kaluga-Werk`) do not. With `prefix`, the word is still being typed.
    pub fn plants_in_city_spelled(&self, word: &str, prefix: bool) -> Vec<EntityId> {
        let folded = fold_str(word);
        if folded.is_empty() || folded.contains(' ') {
            return Vec::new();
        }
        let candidates = if prefix {
            self.complete(word)
        } else {
            self.resolve(Some(EntityKind::Plant), word)
        };
        let city_of = |entity: &Entity| {
            entity
                .details
                .iter()
                .find(|(label, _)| *label == "city")
                .map(|(_, city)| fold_str(city))
        };
        let mut cities: Vec<String> = Vec::new();
        for id in candidates {
            let entity = &self.entities[id];
            if entity.kind != EntityKind::Plant {
                continue;
            }
            let Some(city) = city_of(entity).filter(|c| *c == fold_str(&entity.name)) else {
                continue;
            };
            let spells = entity.forms.iter().any(|form| {
                !form.folded.contains(' ')
                    && if prefix {
                        form.folded.starts_with(&folded)
                    } else {
                        form.folded == folded
                    }
            });
            if spells && !cities.contains(&city) {
                cities.push(city);
            }
        }
        if cities.is_empty() {
            return Vec::new();
        }
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == EntityKind::Plant && city_of(e).is_some_and(|c| cities.contains(&c))
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// `id` and everything it implies, transitively (model → brand → group).
    pub fn with_implied(&self, id: EntityId, out: &mut Vec<EntityId>) {
        if out.contains(&id) {
            return;
        }
        out.push(id);
        for &next in &self.entities[id].implies {
            self.with_implied(next, out);
        }
    }
}

/// A user gazetteer file, read with a size cap (gazetteers are small; a huge file is a mistake)
/// and never from a device or a FIFO.
fn read_user_file(path: &Path) -> std::io::Result<String> {
    const MAX: u64 = 32 * 1024 * 1024;
    let bytes = crate::corpus::read_small_file(path, MAX)?;
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("not valid UTF-8"))
}

#[cfg(test)]
#[path = "builtin_tests.rs"]
mod builtin_tests;
