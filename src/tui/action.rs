//! What the user (or the loop) asks for, and the side effects `update` hands back to the loop.

use crate::corpus::Diagnostic;
use crate::load::LoadProgress as Progress;
use crate::search::{Facet, Library, Query, Results};
use crate::tui::state::Focus;
use std::sync::Arc;

/// Everything that can change the browser's state. Key presses become actions through the
/// keymap; the loop turns loader, search and terminal events into actions too.
#[derive(Clone)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Suspend to the shell (Ctrl-z); `fg` resumes.
    Suspend,
    /// Show the help overlay listing every binding.
    Help,
    /// Show the files that were skipped and why.
    Diagnostics,
    /// Focus the search input.
    FocusInput,
    /// Close the popup, leave the input, or go back from the reader (the `Esc` key).
    Back,
    /// Input: go back to the list, keeping the query.
    Submit,
    /// Input or picker: insert a character.
    Insert(char),
    /// Input or picker: delete the character before the cursor.
    Backspace,
    /// Input or picker: delete the character under the cursor.
    Delete,
    /// Input or picker: move the cursor left.
    CursorLeft,
    /// Input or picker: move the cursor right.
    CursorRight,
    /// Input or picker: cursor to the start.
    CursorHome,
    /// Input or picker: cursor to the end.
    CursorEnd,
    /// Input or picker: delete the whole query.
    ClearInput,
    /// Open the facet picker for one facet (a key, or a click on the facet's chip).
    OpenPicker(Facet),
    /// Remove one value from a facet's filter (a click on the value in its chip).
    RemoveFilter(Facet, String),
    /// Pick one of the selected article's entities as a filter.
    FilterForValue,
    /// Clear the query and every filter.
    ClearAll,
    /// Cycle the sort order: relevance → date → title.
    CycleSort,
    /// Focus the next pane (list → reader).
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Focus this pane (a click on it).
    FocusPane(Focus),
    /// Focus the list and select this result (a click on its row).
    SelectRow(usize),
    /// Move the list's selection by this many rows without focusing it (the wheel).
    ScrollList(isize),
    /// Scroll the reader by this many lines without focusing it (the wheel).
    ScrollReader(isize),
    /// Move down one row (list, picker) or scroll one line (reader, overlays).
    Down,
    /// Move up one row or scroll one line.
    Up,
    /// Jump to the first row / top.
    Top,
    /// Jump to the last row / bottom.
    Bottom,
    /// One page down.
    PageDown,
    /// One page up.
    PageUp,
    /// Half a page down.
    HalfPageDown,
    /// Half a page up.
    HalfPageUp,
    /// List: open the selected article in the reader. Picker: apply.
    Open,
    /// Picker: toggle the value under the cursor.
    Toggle,
    /// Picker (`Space`): type a space while the narrowing text plus a space still matches a
    /// name (`south` → `south k…`), else toggle like [`Action::Toggle`].
    SpaceOrToggle,
    /// Reader: scroll to the next search hit.
    NextHit,
    /// Reader: scroll to the previous search hit.
    PrevHit,
    /// Reader: scroll to the next entity mention.
    NextMention,
    /// Reader: scroll to the previous entity mention.
    PrevMention,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The loader reports progress.
    Progress(Progress),
    /// The corpus is loaded and indexed.
    Loaded(Arc<Library>, Vec<Diagnostic>),
    /// A search finished; stale sequence numbers are dropped.
    SearchDone(u64, Arc<Results>),
    /// Text pasted (bracketed paste): goes into the search input (or the picker's filter),
    /// sanitised and capped, never read as key presses.
    Paste(String),
    /// The loader thread failed (panicked); the message is shown instead of the corpus.
    LoadFailed(String),
    /// The search worker failed (panicked) on the search with this sequence number.
    SearchFailed(u64, String),
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::Loaded(_, d) => write!(f, "Loaded({} diagnostics)", d.len()),
            Action::SearchDone(seq, r) => write!(f, "SearchDone({seq}, {} hits)", r.total),
            Action::Progress(p) => write!(f, "Progress({:?} {}/{})", p.stage, p.done, p.total),
            Action::Paste(text) => write!(f, "Paste({} bytes)", text.len()),
            Action::LoadFailed(m) => write!(f, "LoadFailed({m:?})"),
            Action::SearchFailed(seq, m) => write!(f, "SearchFailed({seq}, {m:?})"),
            other => f.write_str(other.name_for_debug()),
        }
    }
}

impl Action {
    fn name_for_debug(&self) -> &'static str {
        crate::tui::keymap::action_name(self).unwrap_or("Action")
    }
}

/// A side effect for the loop to perform; `update` itself never does I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Run this query on the search worker, tagged with a sequence number.
    Search(u64, QueryKey),
    /// Restore the terminal and exit.
    Quit,
    /// Restore the terminal, stop the process (SIGTSTP), and redraw on resume.
    Suspend,
}

/// A comparable copy of a [`Query`] (the search API's type has no `PartialEq`).
#[derive(Debug, Clone, PartialEq)]
pub struct QueryKey {
    pub text: String,
    pub filters: crate::search::Filters,
    pub sort: crate::search::Sort,
}

impl QueryKey {
    pub fn to_query(&self) -> Query {
        Query {
            text: self.text.clone(),
            filters: self.filters.clone(),
            sort: self.sort,
            limit: None,
            // The list shows no snippets; the reader highlights the article it shows
            // (`State::sync`), so the search skips the per-hit highlighting.
            snippets: 0,
            typing: true,
        }
    }
}
