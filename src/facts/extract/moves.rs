//! Moves of production: in a sentence with a transfer cue and two plants or more, which
//! plants each subject moves between, and which of them it leaves.

use super::{Cues, Sentence, Subject};
use crate::entities::{EntityKind, Mention};
use crate::facts::lexicon::{Cat, Lexicon};

/// How many words may stand between a source marker and its plant (`from the plant in
/// Wolfsburg`, `dallo stabilimento Stellantis Mirafiori`, `九州工場(福岡県苅田町)から`).
const FROM_REACH: usize = 3;
/// The same after the plant, where a language writes the marker there: a bracketed place
/// (`(静岡県裾野市)`) may stand between.
const FROM_REACH_AFTER: usize = 9;

impl Sentence<'_> {
    /// For each subject (in `subjects`' order), the plants it moves between, the one it leaves
    /// first (a lone plant is the one left only if a source marker says so); empty when the sentence does not tie it to a move (it is then read as any
    /// other). With one subject, or several listed together, every plant of the sentence;
    /// with several items in a list ("2008 : de Mulhouse à Vigo, 208 : de Poissy à
    /// Kenitra"), the plants of each item's own stretch: after it up to the next item (or
    /// before it, when the sentence names a plant first), nearest first by clause breaks.
    pub(super) fn moves<'m>(
        &self,
        lex: &Lexicon,
        cues: &Cues,
        plants: &[&'m Mention],
        subjects: &[Subject],
        plant_first: bool,
    ) -> Vec<Move<'m>> {
        let mut order: Vec<usize> = (0..subjects.len()).collect();
        order.sort_by_key(|&i| subjects[i].at);
        // Subjects listed together, with no plant between them, move together.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for &i in &order {
            let joined = groups.last().and_then(|g| g.last()).is_some_and(|&prev| {
                let (a, b) = (subjects[prev].at, subjects[i].at);
                !plants.iter().any(|p| a < p.start && p.start < b)
            });
            match groups.last_mut() {
                Some(g) if joined => g.push(i),
                _ => groups.push(vec![i]),
            }
        }
        // Each item's stretch: the plants between the previous item and this one, or those
        // between this one and the next, whichever side's nearest plant is fewer clause
        // breaks away (a colon just after the item, "2008 : de Mulhouse à Vigo", opens its
        // own stretch); on a tie, the side the sentence's layout gives.
        let mut chosen: Vec<Option<(bool, usize, Vec<&'m Mention>)>> = Vec::new();
        for (n, group) in groups.iter().enumerate() {
            let (Some(&first), Some(&last)) = (group.first(), group.last()) else {
                chosen.push(None);
                continue;
            };
            if groups.len() == 1 {
                chosen.push(Some((true, 0, plants.to_vec())));
                continue;
            }
            let before_from = n
                .checked_sub(1)
                .and_then(|p| groups[p].last())
                .map_or(0, |&s| subjects[s].at);
            let after_to = groups
                .get(n + 1)
                .and_then(|g| g.first())
                .map_or(usize::MAX, |&s| subjects[s].at);
            let (first_at, last_at) = (subjects[first].at, subjects[last].at);
            let (before, b) = self.stretch(plants, before_from, first_at, first_at);
            let (after, a) = self.stretch(plants, last_at, after_to, last_at);
            let a = a.saturating_sub(usize::from(self.colon_after(last_at)));
            chosen.push(match (before.is_empty(), after.is_empty()) {
                (true, true) => None,
                (false, true) => Some((false, b, before)),
                (true, false) => Some((true, a, after)),
                (false, false) if a < b || (a == b && !plant_first) => Some((true, a, after)),
                (false, false) => Some((false, b, before)),
            });
        }
        // A stretch between two items is one item's: the nearer one's, or on a tie the one
        // the layout gives ("GranTurismo e GranCabrio da Mirafiori a Modena, dove già vengono
        // prodotte la MC20": the MC20 is Modena's, not moved).
        for n in 1..chosen.len() {
            let (Some((true, a, _)), Some((false, b, _))) = (&chosen[n - 1], &chosen[n]) else {
                continue;
            };
            let loser = if a < b || (a == b && !plant_first) {
                n
            } else {
                n - 1
            };
            chosen[loser] = None;
        }
        let mut out = vec![Move::default(); subjects.len()];
        for (group, choice) in groups.iter().zip(chosen) {
            let Some((_, _, stretch)) = choice else {
                continue;
            };
            let mut names: Vec<&'m str> = Vec::new();
            for p in &stretch {
                if !names.contains(&p.entity.as_str()) {
                    names.push(p.entity.as_str());
                }
            }
            // The plant a source marker stands beside is the one left, wherever it is named
            // ("セントラル自動車には、東富士工場から…を移す").
            let sources: Vec<&str> = stretch
                .iter()
                .filter(|p| self.marked_source(lex, cues, p))
                .map(|p| p.entity.as_str())
                .collect();
            if let [source] = sources.as_slice()
                && let Some(at) = names.iter().position(|n| n == source)
            {
                let name = names.remove(at);
                names.insert(0, name);
            }
            let left = names.len() > 1 || !sources.is_empty();
            for &i in group {
                out[i] = Move {
                    plants: names.clone(),
                    left,
                };
            }
        }
        out
    }

    /// The plants named between byte `from` and byte `to` that are fewest clause breaks (any
    /// comma counts: a list's too) from byte `at`, and that number.
    fn stretch<'m>(
        &self,
        plants: &[&'m Mention],
        from: usize,
        to: usize,
        at: usize,
    ) -> (Vec<&'m Mention>, usize) {
        let breaks = self.clause_breaks();
        let between = |a: usize, b: usize| {
            let (lo, hi) = (a.min(b), a.max(b));
            breaks.iter().filter(|&&x| lo < x && x < hi).count()
        };
        let inside: Vec<(&'m Mention, usize)> = plants
            .iter()
            .filter(|p| from < p.start && p.start < to)
            .map(|p| (*p, between(p.start, at)))
            .collect();
        let nearest = inside.iter().map(|&(_, n)| n).min().unwrap_or(0);
        (
            inside
                .into_iter()
                .filter(|&(_, n)| n == nearest)
                .map(|(p, _)| p)
                .collect(),
            nearest,
        )
    }

    /// Whether a colon follows the mention that starts at byte `at` (`Opel Grandland :`).
    fn colon_after(&self, at: usize) -> bool {
        // The longest mention there: the model, not its brand.
        let Some(m) = self
            .mentions
            .iter()
            .filter(|m| m.start == at)
            .max_by_key(|m| m.end)
        else {
            return false;
        };
        self.full
            .get(m.end..)
            .map(str::trim_start)
            .is_some_and(|rest| rest.starts_with(':'))
    }

    /// Whether a source marker (`from`, `から`) stands beside the plant mention `p`: just
    /// before it, or (for a language that writes it after) just after it.
    fn marked_source(&self, lex: &Lexicon, cues: &Cues, p: &Mention) -> bool {
        let first = self.tokens.partition_point(|t| t.start < p.start);
        let last = self.tokens.partition_point(|t| t.start < p.end);
        // A marker after the plant is its own only up to the next plant named.
        let next_plant = self
            .of_kind(EntityKind::Plant)
            .filter(|o| o.start >= p.end)
            .map(|o| self.tokens.partition_point(|t| t.start < o.start))
            .min()
            .unwrap_or(usize::MAX);
        cues.hits.iter().filter(|h| h.cat == Cat::From).any(|h| {
            if lex.from_after {
                h.first >= last && h.first <= last + FROM_REACH_AFTER && h.first < next_plant
            } else {
                h.last < first && h.last + FROM_REACH >= first
            }
        })
    }
}

/// The plants a subject moves between (the one it leaves first, if `left`).
#[derive(Debug, Clone, Default)]
pub(super) struct Move<'m> {
    pub plants: Vec<&'m str>,
    pub left: bool,
}
