//! Everything the browser shows, as plain data: focus, query, filters, results, selection,
//! reader scroll, popups. Rendering reads it; only `update` writes it.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::Article;
use crate::corpus::Diagnostic;
use crate::load::LoadProgress as Progress;
use crate::search::{Facet, Filters, Library, Results, Sort};
use crate::tui::keymap::{KeyMap, Mode};
use crate::tui::layout::{self, Areas};
use crate::tui::reader_doc::{self, Wrapped};
use crate::tui::theme::Theme;

/// Where keys go when no popup is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
    Input,
}

/// One choice in a picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub facet: Facet,
    pub value: String,
    /// Disjunctive count (facet pickers); `None` in the entity picker.
    pub count: Option<usize>,
    /// Other names it answers to when narrowing, folded (`russie`, `vw`, `french`).
    pub aliases: Vec<String>,
}

/// A facet picker (`b c p g L`) or the entity picker (`f`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub title: String,
    /// The facet being edited; `None` for "filter for value".
    pub facet: Option<Facet>,
    pub items: Vec<PickItem>,
    /// Typed text narrowing the items (accent- and case-insensitive).
    pub narrow: String,
    /// Byte offset of the text cursor in `narrow`.
    pub text_cursor: usize,
    /// Index into [`Picker::visible`].
    pub cursor: usize,
    pub chosen: BTreeSet<(Facet, String)>,
    /// The values that were active filters when the picker opened, in the filter bar's order:
    /// ticked, and listed first (in that order) whatever the typed text, so they can always be
    /// seen and unticked.
    pub pinned: Vec<(Facet, String)>,
}

impl Picker {
    /// Indices of the items shown: the pinned (active) values first, then the others matching
    /// the narrowing text, best matches first: a name that starts with the text (`pe` →
    /// Peugeot), then one with a word that does (`kor` → South Korea), then one that merely
    /// contains it (`pe` → Opel); the items' own order (most frequent first) within each rank.
    pub fn visible(&self) -> Vec<usize> {
        let (pinned, ranked) = self.pinned_and_ranked();
        pinned.into_iter().chain(ranked).collect()
    }

    /// Where the cursor goes after the text changed: on the best match of the text (past the
    /// pinned values, which are listed whether they match or not), or the top without text.
    pub fn best_match(&self) -> usize {
        let (pinned, ranked) = self.pinned_and_ranked();
        if self.narrow.trim().is_empty() || ranked.is_empty() {
            0
        } else {
            pinned.len()
        }
    }

    /// Where the item sits among the pinned values, if it is one.
    fn pinned_at(&self, item: &PickItem) -> Option<usize> {
        self.pinned
            .iter()
            .position(|(facet, value)| *facet == item.facet && *value == item.value)
    }

    fn is_pinned(&self, item: &PickItem) -> bool {
        self.pinned_at(item).is_some()
    }

    fn pinned_and_ranked(&self) -> (Vec<usize>, Vec<usize>) {
        let needle = fold(&self.narrow);
        let needle = needle.trim();
        let mut pinned: Vec<(usize, usize)> = (0..self.items.len())
            .filter_map(|i| self.pinned_at(&self.items[i]).map(|at| (at, i)))
            .collect();
        pinned.sort_unstable();
        let pinned = pinned.into_iter().map(|(_, i)| i).collect();
        let mut ranked: Vec<(u8, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| !self.is_pinned(item))
            .filter_map(|(i, item)| narrowing_rank(item, needle).map(|rank| (rank, i)))
            .collect();
        // Stable: equal ranks keep the items' order.
        ranked.sort_by_key(|&(rank, _)| rank);
        (pinned, ranked.into_iter().map(|(_, i)| i).collect())
    }

    /// The item under the cursor.
    pub fn current(&self) -> Option<&PickItem> {
        self.visible().get(self.cursor).map(|&i| &self.items[i])
    }

    /// Whether `Space` types a space: the text is not empty, does not already end in a space
    /// at the cursor, and with a space at the cursor still matches some name (`south` →
    /// South Korea, `opel` → Opel Vivaro). Otherwise `Space` toggles.
    /// Typed text that no name answers to (`this is a long…`): Space then types a space, as
    /// there is nothing to toggle that the text chose.
    pub fn text_matches_nothing(&self) -> bool {
        let needle = fold(&self.narrow);
        let needle = needle.trim();
        !needle.is_empty()
            && self
                .items
                .iter()
                .all(|item| narrowing_rank(item, needle).is_none())
    }

    pub fn space_continues_name(&self) -> bool {
        let cursor = self.text_cursor.min(self.narrow.len());
        let (before, after) = self.narrow.split_at(cursor);
        if before.trim().is_empty() || before.ends_with(' ') {
            return false;
        }
        // Folding drops a trailing space: fold the two sides apart.
        let needle = format!("{} {}", fold(before).trim(), fold(after).trim_start());
        let needle = needle.trim_start();
        self.items.iter().any(|item| {
            fold(&item.value).contains(needle) || item.aliases.iter().any(|a| a.contains(needle))
        })
    }
}

/// How well an item answers to the (folded) narrowing text: 0 a name starts with it, 1 a word
/// of a name does, 2 a name contains it; `None` when no name does.
fn narrowing_rank(item: &PickItem, needle: &str) -> Option<u8> {
    if needle.is_empty() {
        return Some(0);
    }
    let value = fold(&item.value);
    std::iter::once(value.as_str())
        .chain(item.aliases.iter().map(String::as_str))
        .filter_map(|name| {
            if name.starts_with(needle) {
                Some(0)
            } else if name.split(' ').any(|word| word.starts_with(needle)) {
                Some(1)
            } else if name.contains(needle) {
                Some(2)
            } else {
                None
            }
        })
        .min()
}

/// The folding entities and search use, for narrowing (`coree` finds `Corée`).
pub fn fold(s: &str) -> String {
    crate::entities::fold::fold_str(s)
}

/// A popup over the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Diagnostics { scroll: usize },
    Picker(Picker),
}

/// The reader pane: which article, how far scrolled, the cached layout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReaderView {
    pub doc: Option<usize>,
    pub scroll: usize,
    /// Layout of `doc` at the pane's width; recomputed only when either changes.
    pub wrapped: Option<Wrapped>,
    /// The search hit / mention last jumped to.
    pub hit: Option<usize>,
    pub mention: Option<usize>,
    /// Where the last jump (hit or mention) landed, a byte offset in the article: the next
    /// jump starts from there while it is on screen, else from the view's top.
    pub anchor: Option<usize>,
    /// Byte ranges of `doc` the shown results' query matched; `None` until worked out for
    /// this article and these results (searches from the browser come without highlights,
    /// so only the article on screen is highlighted).
    pub highlights: Option<Vec<(usize, usize)>>,
}

/// The whole browser state.
pub struct State {
    pub keymap: KeyMap,
    pub theme: Theme,
    pub size: (u16, u16),
    pub focus: Focus,
    /// The pane shown in single-pane mode and returned to when leaving the input.
    pub pane: Focus,
    pub overlay: Option<Overlay>,
    pub query: String,
    /// Byte offset of the cursor in `query`.
    pub cursor: usize,
    /// Byte offset of the first part of `query` the search box showed last: the box scrolls
    /// from there only as far as the cursor needs, like a shell's line editor.
    pub input_scroll: usize,
    pub filters: Filters,
    pub sort: Sort,
    pub library: Option<Arc<Library>>,
    pub progress: Progress,
    pub diagnostics: Vec<Diagnostic>,
    /// Files among the diagnostics that still gave articles (partly read, not skipped).
    pub partly_read: BTreeSet<String>,
    pub results: Arc<Results>,
    /// Sequence number of the last search asked for; older answers are dropped.
    pub seq: u64,
    /// Sequence number of the results shown.
    pub shown_seq: u64,
    pub selected: usize,
    /// First visible row of the list.
    pub list_offset: usize,
    pub reader: ReaderView,
    /// A background failure (loader or search worker) shown in the status bar.
    pub error: Option<String>,
    pub quit: bool,
}

impl State {
    pub fn new(keymap: KeyMap, theme: Theme) -> State {
        State {
            keymap,
            theme,
            size: (80, 24),
            focus: Focus::List,
            pane: Focus::List,
            overlay: None,
            query: String::new(),
            cursor: 0,
            input_scroll: 0,
            filters: Filters::default(),
            sort: Sort::Relevance,
            library: None,
            progress: Progress::default(),
            diagnostics: Vec::new(),
            partly_read: BTreeSet::new(),
            results: Arc::new(Results::default()),
            seq: 0,
            shown_seq: 0,
            selected: 0,
            list_offset: 0,
            reader: ReaderView::default(),
            error: None,
            quit: false,
        }
    }

    /// Which bindings apply now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Picker(_)) => Mode::Picker,
            Some(_) => Mode::Popup,
            None => match self.focus {
                Focus::List => Mode::List,
                Focus::Reader => Mode::Reader,
                Focus::Input => Mode::Input,
            },
        }
    }

    pub fn articles(&self) -> &[Article] {
        self.library
            .as_deref()
            .map(Library::articles)
            .unwrap_or(&[])
    }

    /// The library index of the selected article.
    pub fn selected_doc(&self) -> Option<usize> {
        self.results.hits.get(self.selected).map(|h| h.doc)
    }

    /// Where the shown query matched in the article in the reader (sorted byte ranges).
    pub fn highlights(&self) -> &[(usize, usize)] {
        self.reader.highlights.as_deref().unwrap_or(&[])
    }

    pub fn selected_article(&self) -> Option<&Article> {
        self.selected_doc().and_then(|d| self.articles().get(d))
    }

    /// Where the open article's mentions start, each place once: a name that is two
    /// entities (Chery the brand and the group) is one stop for `]`/`[`, not two.
    pub fn mention_starts(&self) -> Vec<usize> {
        let mut starts: Vec<usize> = self
            .selected_article()
            .map(|a| {
                a.mentions
                    .iter()
                    .filter(|m| m.in_body())
                    .map(|m| m.start)
                    .collect()
            })
            .unwrap_or_default();
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// The byte range of the mention the last `]`/`[` landed on (`reader.mention` counts
    /// places, as [`State::mention_starts`] does, not entries of `article.mentions`).
    pub fn current_mention(&self) -> Option<(usize, usize)> {
        // Only after a jump: the places are counted then, not on every frame.
        let index = self.reader.mention?;
        let start = *self.mention_starts().get(index)?;
        let article = self.selected_article()?;
        let mention = article
            .mentions
            .iter()
            .find(|m| m.in_body() && m.start == start)?;
        Some((mention.start, mention.end))
    }

    /// The screen areas for the current size (`None` when too small).
    pub fn areas(&self) -> Option<Areas> {
        layout::areas(
            self.size.0,
            self.size.1,
            self.pane == Focus::Reader,
            !self.results.hints.is_empty(),
        )
    }

    /// Rows in the list pane.
    pub fn list_height(&self) -> usize {
        self.areas()
            .and_then(|a| a.list)
            .map_or(1, |r| layout::inner(r).height.max(1) as usize)
    }

    /// Visible lines and columns of the reader's text.
    pub fn reader_size(&self) -> (usize, usize) {
        self.areas()
            .and_then(|a| a.reader)
            .map(layout::inner)
            .map_or((1, 40), |r| {
                (r.height.max(1) as usize, r.width.max(1) as usize)
            })
    }

    /// The reader layout for the selected article, from the cache when it is current.
    pub fn reader_layout(&self) -> Option<std::borrow::Cow<'_, Wrapped>> {
        let doc = self.selected_doc()?;
        let width = self.reader_size().1;
        match &self.reader.wrapped {
            Some(w) if w.doc == doc && w.width == width => Some(std::borrow::Cow::Borrowed(w)),
            _ => {
                let article = self.articles().get(doc)?;
                Some(std::borrow::Cow::Owned(reader_doc::layout(
                    doc, article, width,
                )))
            }
        }
    }

    /// Restore the invariants after a change: selection in range and visible, reader cache
    /// and scroll matching the selected article and the pane size.
    pub fn sync(&mut self) {
        let len = self.results.hits.len();
        self.selected = self.selected.min(len.saturating_sub(1));
        let height = self.list_height();
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + height {
            self.list_offset = self.selected + 1 - height;
        }
        self.list_offset = self.list_offset.min(len.saturating_sub(height));

        let doc = self.selected_doc();
        if doc != self.reader.doc {
            self.reader = ReaderView {
                doc,
                ..ReaderView::default()
            };
        }
        let (lines, width) = self.reader_size();
        let stale = match (&self.reader.wrapped, doc) {
            (Some(w), Some(d)) => w.doc != d || w.width != width,
            (None, Some(_)) => true,
            (_, None) => false,
        };
        if stale {
            self.reader.wrapped = self.reader_layout().map(std::borrow::Cow::into_owned);
        }
        if doc.is_none() {
            self.reader.wrapped = None;
            self.reader.highlights = None;
        } else if self.reader.highlights.is_none() {
            self.reader.highlights = Some(
                self.library
                    .as_ref()
                    .map(|lib| lib.hit_highlights(&self.results, self.selected))
                    .unwrap_or_default(),
            );
        }
        let total = self.reader.wrapped.as_ref().map_or(0, Wrapped::total);
        self.reader.scroll = self.reader.scroll.min(total.saturating_sub(lines));
    }
}
