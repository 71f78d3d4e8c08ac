//! What the user (or the loop) asks for, and the side effects `update` hands back to the loop.

use crate::corpus::Diagnostic;
use crate::load::LoadProgress as Progress;
use crate::search::{Facet, Library, Query, Results};
use crate::tui::state::Focus;
use std::sync::Arc;

/// Everything that can change the browser's state. Key presses become actions through the
/// keymap; the loop turns loader, search and terminal events into actions too. Each names
/// itself ([`Action::name`]: `open_picker`, `search_done`).
#[derive(Clone, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
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
    /// Back out of where the keys are (`Esc`): each mode's row of the key map names what
    /// that means there.
    Back(Back),
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
    /// List: open the selected article in the reader.
    Open,
    /// Picker: apply the ticked values to the filters.
    ApplyPicker,
    /// Picker: toggle the value under the cursor.
    Toggle,
    /// Reader: scroll to the next search hit.
    NextHit,
    /// Reader: scroll to the previous search hit.
    PrevHit,
    /// Reader: scroll to the next entity mention.
    NextMention,
    /// Reader: scroll to the previous entity mention.
    PrevMention,
    /// Star the selected article, or take its star away.
    ToggleStar,
    /// Mark the selected article read, or unread again.
    ToggleRead,
    /// Open the selected article's URL (or its file) with the system's opener.
    OpenExternal,
    /// Copy the selected article's URL (or its path) to the clipboard (OSC 52).
    CopyLink,
    /// Copy the selected article's title to the clipboard (OSC 52).
    CopyTitle,
    /// Copy the selected article's path, relative to its input folder.
    CopyPath,
    /// Copy the sentence the reader is on (the last jump, else the top of the view).
    CopySentence,
    /// Copy a Markdown link to the article: `[title](url)`.
    CopyMarkdown,
    /// Open the copy menu.
    CopyMenu,
    /// Ask for a name and save the query, filters and sort under it.
    PromptSaveSearch,
    /// Open the saved searches menu.
    OpenSavedSearches,
    /// Replace the query, filters and sort with the saved search of this name.
    UseSaved(String),
    /// Ask for a tag to add to (or, as `-tag`, remove from) the selected article.
    PromptTag,
    /// Menu: take the highlighted item.
    Choose,
    /// Give the focused pane the whole screen, or share it again.
    Zoom,
    /// Fold copies of an article into one row, or show them all.
    ToggleCopies,
    /// Grow (or, negative, shrink) the list pane's share of the screen, in percent.
    ResizeList(i16),
    /// Reader: the next mention of the current mention's entity.
    NextSameEntity,
    /// Reader: the previous mention of the current mention's entity.
    PrevSameEntity,
    /// Export the results shown to CSV, JSON and Markdown files.
    Export,
    /// Search input: the previous query of the history (↑).
    HistoryPrev,
    /// Search input: the next query of the history (↓).
    HistoryNext,
    /// Open the card of the entity under the cursor (the list's article's first entity, the
    /// reader's current mention, the picker's value, the card row's entity, the production
    /// view's plant).
    OpenCard,
    /// Card: open the selected row's article at its evidence, or its linked card; production
    /// view: the selected plant's card.
    FollowCard,
    /// Show the production view, or go back from it to the articles.
    ToggleProduction,
    /// Production view: sort by the next column.
    CycleProductionSort,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The loader reports progress.
    Progress(Progress),
    /// The corpus is loaded and indexed.
    Loaded(Arc<Library>, Vec<Diagnostic>),
    /// The first files, indexed while the rest load: shown until [`Action::Loaded`] comes.
    Preview(Arc<Library>, Vec<Diagnostic>),
    /// The files changed on disk and the corpus was loaded again: the query, the filters and
    /// the selected article stay; the note says what changed.
    CorpusChanged(Arc<Library>, Vec<Diagnostic>, String),
    /// A search finished; stale sequence numbers are dropped.
    SearchDone(u64, Arc<Results>),
    /// Text pasted (bracketed paste): goes into the search input (or the picker's filter),
    /// sanitised and capped, never read as key presses.
    Paste(String),
    /// The loader thread failed (panicked); the message is shown instead of the corpus.
    LoadFailed(String),
    /// The search worker failed (panicked) on the search with this sequence number.
    SearchFailed(u64, String),
    /// The highlighter's answer: where the query of results `seq` matched in article `doc`.
    Highlighted {
        seq: u64,
        doc: usize,
        ranges: Vec<(usize, usize)>,
    },
}

/// What backing out means, one per mode of the key map ([`crate::tui::keymap::Mode`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// A card: back to the card under it (the picker it was opened from after the last).
    Card,
    /// A popup, picker or menu: close it.
    Overlay,
    /// The search input or a prompt: leave it (a prompt closes, its text dropped).
    Input,
    /// The production view: back to the articles.
    Production,
    /// The reader: back to the cards it was opened from, if any, else the list.
    Reader,
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::Loaded(_, d) => write!(f, "Loaded({} diagnostics)", d.len()),
            Action::Preview(_, d) => write!(f, "Preview({} diagnostics)", d.len()),
            Action::CorpusChanged(_, _, note) => write!(f, "CorpusChanged({note:?})"),
            Action::SearchDone(seq, r) => write!(f, "SearchDone({seq}, {} hits)", r.total),
            Action::Progress(p) => write!(f, "Progress({:?} {}/{})", p.stage, p.done, p.total),
            Action::Paste(text) => write!(f, "Paste({} bytes)", text.len()),
            Action::LoadFailed(m) => write!(f, "LoadFailed({m:?})"),
            Action::SearchFailed(seq, m) => write!(f, "SearchFailed({seq}, {m:?})"),
            Action::Highlighted { seq, doc, ranges } => {
                write!(f, "Highlighted({seq}, doc {doc}, {} ranges)", ranges.len())
            }
            other => f.write_str(other.name()),
        }
    }
}

impl Action {
    /// The action's own name, in snake case (`open_picker`).
    pub fn name(&self) -> &'static str {
        self.into()
    }
}

/// A side effect for the loop to perform; `update` itself never does I/O, and nothing heavy
/// runs on the UI thread: searches and highlights go to workers, which answer with actions.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start the workers (search, highlight) over the library just loaded.
    StartWorkers,
    /// Run this query on the search worker, tagged with a sequence number.
    Search(u64, Query),
    /// Work out where the shown results' query matched in the open article, on the
    /// highlighter; answered by [`Action::Highlighted`].
    Highlight(HighlightRequest),
    /// Restore the terminal and exit.
    Quit,
    /// Restore the terminal, stop the process (SIGTSTP), and redraw on resume.
    Suspend,
    /// Keep this change in the state file.
    Persist(crate::state::Change),
    /// Open this URL or file with the system's opener.
    OpenExternal(String),
    /// Put this text on the clipboard (an OSC 52 sequence written by plantscope).
    Copy(String),
    /// Write these articles (library indices), found by this query, to export files.
    Export(String, Vec<usize>),
}

/// The reader's highlights to work out: hit `index` (article `doc`) of the results with
/// sequence number `seq`.
#[derive(Clone)]
pub struct HighlightRequest {
    pub seq: u64,
    pub index: usize,
    pub doc: usize,
    pub results: Arc<Results>,
}

impl PartialEq for HighlightRequest {
    fn eq(&self, other: &Self) -> bool {
        (self.seq, self.index, self.doc) == (other.seq, other.index, other.doc)
            && Arc::ptr_eq(&self.results, &other.results)
    }
}

impl std::fmt::Debug for HighlightRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Highlight(seq {}, hit {}, doc {})",
            self.seq, self.index, self.doc
        )
    }
}
