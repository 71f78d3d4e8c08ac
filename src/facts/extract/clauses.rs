//! Statuses per clause: where a sentence's production cues stand in different clauses, a
//! subject takes the status of its own clause (or of the nearest clause with a cue).

use super::{Cues, Sentence, Subject};
use crate::facts::Status;
use crate::facts::lexicon::Cat;

impl Sentence<'_> {
    /// Where the sentence's clauses break: `,` `;` `:` and dashes outside brackets.
    pub(super) fn clause_breaks(&self) -> Vec<usize> {
        let mut depth = 0usize;
        let mut out = Vec::new();
        for (i, c) in self.text.char_indices() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                ',' | ';' | ':' | '–' | '—' if depth == 0 => out.push(self.start + i),
                _ => {}
            }
        }
        out
    }

    /// The status of a subject at byte `at`, when the production cues stand in more than one
    /// clause: "w miejsce wytwarzanej tam astry, której ostatni model zjechał z taśm, od
    /// kwietnia produkowane będą … peugeot boxer" — the last Astra is the end of the Astra,
    /// not of the Boxer. `None` when one clause holds them all: the sentence's status holds.
    pub(super) fn clause_status(
        &self,
        cues: &Cues,
        breaks: &[usize],
        at: usize,
        years: &[(usize, i32)],
        article_year: Option<i32>,
    ) -> Option<Status> {
        let clause = |byte: usize| breaks.partition_point(|&b| b < byte);
        let start_of = |token: usize| self.tokens.get(token).map_or(self.start, |t| t.start);
        let anchors: Vec<(usize, usize)> = cues
            .anchors()
            .map(|h| (clause(start_of(h.first)), start_of(h.first)))
            .collect();
        let (first, _) = *anchors.first()?;
        if anchors.iter().all(|&(c, _)| c == first) {
            return None;
        }
        let own = clause(at);
        let target = if anchors.iter().any(|&(c, _)| c == own) {
            own
        } else {
            anchors.iter().min_by_key(|&&(_, b)| b.abs_diff(at))?.0
        };
        Some(self.status_in_clause(cues, breaks, target, years, article_year))
    }

    /// A stop said of the plant's vehicles as a whole, in a clause that names no subject ("La
    /// factoría produce el Zafira, y dejará de fabricar vehículos en 2016"): the end of what
    /// the other clauses say it builds; so is one said with "no longer" ("… : no more cars are
    /// being built there"). Its status, if the sentence has one.
    pub(super) fn plant_wide_stop(
        &self,
        cues: &Cues,
        breaks: &[usize],
        subjects: &[Subject],
        years: &[(usize, i32)],
        article_year: Option<i32>,
    ) -> Option<Status> {
        let clause = |byte: usize| breaks.partition_point(|&b| b < byte);
        let start_of = |token: usize| self.tokens.get(token).map_or(self.start, |t| t.start);
        let stops: Vec<usize> = cues
            .hits
            .iter()
            .filter(|h| matches!(h.cat, Cat::Stop | Cat::NoLonger))
            .map(|h| clause(start_of(h.first)))
            .collect();
        stops.iter().find_map(|&target| {
            let here = |cat: Cat| {
                cues.hits
                    .iter()
                    .any(|h| h.cat == cat && clause(start_of(h.first)) == target)
            };
            if !here(Cat::Vehicles) || subjects.iter().any(|s| clause(s.at) == target) {
                return None;
            }
            Some(self.status_in_clause(cues, breaks, target, years, article_year))
                .filter(|s| matches!(s, Status::Stopped | Status::WillStop))
        })
    }

    /// The status the cues and years of clause `target` alone give.
    fn status_in_clause(
        &self,
        cues: &Cues,
        breaks: &[usize],
        target: usize,
        years: &[(usize, i32)],
        article_year: Option<i32>,
    ) -> Status {
        let clause = |byte: usize| breaks.partition_point(|&b| b < byte);
        let start_of = |token: usize| self.tokens.get(token).map_or(self.start, |t| t.start);
        let focused = Cues {
            hits: cues
                .hits
                .iter()
                .filter(|h| clause(start_of(h.first)) == target)
                .copied()
                .collect(),
            lex: cues.lex,
            span_end: cues.span_end,
        };
        let years: Vec<(usize, i32)> = years
            .iter()
            .filter(|&&(b, _)| clause(b) == target)
            .copied()
            .collect();
        focused.status(&years, article_year)
    }
}
