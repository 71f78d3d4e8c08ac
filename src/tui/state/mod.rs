//! Everything the browser shows, as plain data: focus, query, filters, results, selection,
//! reader scroll, popups. Rendering reads it; only `update` writes it.

mod menu;
mod picker;

use std::collections::BTreeSet;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::Article;
use crate::corpus::Diagnostic;
use crate::load::LoadProgress as Progress;
use crate::search::{Filters, Library, Results, Sort};
use crate::tui::card::OpenCard;
use crate::tui::keymap::{Context, KeyMap, Mode};
use crate::tui::layout::{self, Areas, FrameLayout};
use crate::tui::production::Production;
use crate::tui::reader_doc::{self, Wrapped};
use crate::tui::theme::Theme;
pub use menu::{Choice, CopyWhat, Menu, MenuItem, Prompt, PromptFor};
pub use picker::{Builds, PickItem, Picker, fold};

/// Where keys go when no popup is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
    Input,
}

/// What fills the space between the filter bar and the status bar. One variant per view: a
/// new view is a variant here, a widget in `ui/`, an arm in `ui::draw` and an action that
/// switches to it (docs/ARCHITECTURE.md).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// The article list and the reader.
    #[default]
    Articles,
    /// The plants of the results: a table of what they build and a world map.
    Production,
}

/// A popup over the view. One variant per popup, with the popup's own state (its scroll, its
/// items): a new popup is a variant here, a widget in `ui/` and an arm in `ui::draw`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every binding of the key map.
    Help { scroll: usize },
    /// The files skipped or partly read, and why.
    Diagnostics { scroll: usize },
    /// A facet picker or the entity picker.
    Picker(Picker),
    /// The copy menu or the saved searches.
    Menu(Menu),
    /// A name for the search, a tag.
    Prompt(Prompt),
    /// Entity cards, the one on top last: `Esc` goes back to the one under it.
    Card(Vec<OpenCard>),
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
    /// The highlights asked of the highlighter and not yet answered: (results' sequence
    /// number, article), so each is asked once.
    pub highlights_asked: Option<(u64, usize)>,
    /// `doc` whole, with its body and mentions (a library over the cache keeps only
    /// summaries in memory): read once when the reader shows it.
    pub article: Option<Whole>,
    /// The byte range of the body a card opened the article at (a fact's evidence), drawn
    /// apart until another article is shown.
    pub evidence: Option<(usize, usize)>,
}

/// An article read whole for the reader, and which one it is. Equal when it is the same
/// read (this only caches what the library gave for `doc`).
#[derive(Debug, Clone)]
pub struct Whole {
    pub doc: usize,
    pub article: Arc<Article>,
}

impl PartialEq for Whole {
    fn eq(&self, other: &Whole) -> bool {
        self.doc == other.doc && Arc::ptr_eq(&self.article, &other.article)
    }
}

impl Eq for Whole {}

/// The whole browser state.
pub struct State {
    pub keymap: KeyMap,
    pub theme: Theme,
    pub size: (u16, u16),
    pub focus: Focus,
    /// The pane shown in single-pane mode and returned to when leaving the input.
    pub pane: Focus,
    /// What the space between the bars shows.
    pub view: View,
    pub overlay: Option<Overlay>,
    pub query: crate::tui::line_input::LineInput,
    /// The query as it was when Enter (or a saved search) committed it: while `query` is still
    /// that text it is read whole, as on the command line; the first edit makes its last word a
    /// prefix again.
    pub committed: Option<String>,
    /// The query text of the results shown: a search for other text starts at its best hit,
    /// while new filters, another sort or a changed corpus keep the selected article.
    pub shown_text: String,
    /// The query text of the last search asked for (see `shown_text`).
    pub asked_text: String,
    /// What the last frame drew where, as the renderer reported it (the loop writes it after
    /// each draw): clicks are hit-tested against it and the search box scrolls from it.
    pub frame: FrameLayout,
    pub filters: Filters,
    pub sort: Sort,
    pub library: Option<Arc<Library>>,
    pub progress: Progress,
    pub diagnostics: Vec<Diagnostic>,
    /// Files among the diagnostics that still gave articles (partly read, not skipped).
    pub partly_read: BTreeSet<String>,
    pub results: Arc<Results>,
    /// Copies of an article are folded into one row (`D` shows them).
    pub fold_copies: bool,
    /// Per shown hit, how many copies of it the row stands for besides itself.
    pub copies: Vec<usize>,
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
    /// A passing note for the status bar: the list shows the first files while the rest
    /// load, or the corpus changed on disk.
    pub note: Option<String>,
    /// The library shown is a preview of the first files; the whole corpus is on its way.
    pub preview: bool,
    /// What the last key did that the screen does not show by itself ("wrapped to the first
    /// hit", "no search", "copied the URL"), in the status bar until the next key.
    pub message: Option<String>,
    /// The user's marks, saved searches and history (PRODUCT.md §7), as last read or changed.
    pub user: crate::state::UserState,
    /// Position in `user.history` while ↑/↓ walk it in the search box (`None`: not walking).
    pub history_pos: Option<usize>,
    /// The input folders as displayed, for paths relative to them in the reader.
    pub roots: Vec<String>,
    /// How the panes share the screen (`z`, `<`, `>`), and the reader's widest line.
    pub panes: layout::Panes,
    /// The production view's rows and map, gathered from the results shown.
    pub production: Production,
    /// The cards an article was opened from, and that article: `Esc` in the reader goes
    /// back to them while it shows that article.
    pub card_return: Option<(usize, Vec<OpenCard>)>,
    /// The picker a card was opened from: `Esc` on the last card goes back to it.
    pub picker_under_cards: Option<Picker>,
    pub quit: bool,
}

impl State {
    /// Whether the query is read as typed (its last word a prefix) rather than whole.
    pub fn query_is_typing(&self) -> bool {
        self.committed.as_deref() != Some(self.query.text())
    }

    pub fn new(keymap: KeyMap, theme: Theme) -> State {
        State {
            keymap,
            theme,
            size: (80, 24),
            focus: Focus::List,
            pane: Focus::List,
            view: View::Articles,
            overlay: None,
            query: crate::tui::line_input::LineInput::default(),
            committed: None,
            shown_text: String::new(),
            asked_text: String::new(),
            frame: FrameLayout::default(),
            filters: Filters::default(),
            sort: Sort::Relevance,
            library: None,
            progress: Progress::default(),
            diagnostics: Vec::new(),
            partly_read: BTreeSet::new(),
            results: Arc::new(Results::default()),
            fold_copies: true,
            copies: Vec::new(),
            seq: 0,
            shown_seq: 0,
            selected: 0,
            list_offset: 0,
            reader: ReaderView::default(),
            error: None,
            note: None,
            preview: false,
            message: None,
            user: crate::state::UserState::default(),
            history_pos: None,
            roots: Vec::new(),
            panes: layout::Panes::default(),
            production: Production::default(),
            card_return: None,
            picker_under_cards: None,
            quit: false,
        }
    }

    /// Which bindings apply now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Picker(_)) => Mode::Picker,
            Some(Overlay::Menu(_)) => Mode::Menu,
            Some(Overlay::Prompt(_)) => Mode::Input,
            Some(Overlay::Card(_)) => Mode::Card,
            Some(_) => Mode::Popup,
            None => match self.focus {
                Focus::Input => Mode::Input,
                _ if self.view == View::Production => Mode::Production,
                Focus::List => Mode::List,
                Focus::Reader => Mode::Reader,
            },
        }
    }

    /// What keys mean now: the mode, and the facts the key map's conditional rows need.
    pub fn context(&self) -> Context {
        let space_types = matches!(&self.overlay, Some(Overlay::Picker(p))
            if p.space_continues_name() || p.text_matches_nothing());
        Context {
            mode: self.mode(),
            space_types,
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

    /// The selected article: whole when the reader has read it (always, after
    /// [`State::sync`]), else its summary from the library.
    pub fn selected_article(&self) -> Option<&Article> {
        let doc = self.selected_doc()?;
        match &self.reader.article {
            Some(whole) if whole.doc == doc => Some(&whole.article),
            _ => self.articles().get(doc),
        }
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

    /// The whole screen at the current size.
    pub fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// The screen areas for the current size (`None` when too small).
    pub fn areas(&self) -> Option<Areas> {
        layout::areas(
            self.size.0,
            self.size.1,
            self.pane == Focus::Reader,
            !self.results.hints.is_empty(),
            self.panes,
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
                let width = usize::from(r.width.max(1));
                let widest = self.panes.reader_width;
                let width = if widest > 0 { width.min(widest) } else { width };
                (r.height.max(1) as usize, width)
            })
    }

    /// The reader layout for the selected article, from the cache when it is current.
    pub fn reader_layout(&self) -> Option<std::borrow::Cow<'_, Wrapped>> {
        let doc = self.selected_doc()?;
        let width = self.reader_size().1;
        match &self.reader.wrapped {
            Some(w) if w.doc == doc && w.width == width => Some(std::borrow::Cow::Borrowed(w)),
            _ => {
                let article = self.selected_article()?;
                Some(std::borrow::Cow::Owned(reader_doc::layout(
                    doc,
                    article,
                    width,
                    &self.roots,
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
        if let Some(doc) = doc
            && self.reader.article.as_ref().is_none_or(|w| w.doc != doc)
        {
            let read = self
                .library
                .as_deref()
                .map(|library| library.try_article(doc));
            self.reader.article = match read {
                Some(Ok(Some(a))) => Some(Whole {
                    doc,
                    article: Arc::new(a.into_owned()),
                }),
                // The cache changed on disk: said in the status bar, the reader showing the
                // article's summary without a text rather than a wrong one.
                Some(Err(e)) => {
                    self.error = Some(e.to_string());
                    None
                }
                Some(Ok(None)) | None => None,
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
        }
        let total = self.reader.wrapped.as_ref().map_or(0, Wrapped::total);
        self.reader.scroll = self.reader.scroll.min(total.saturating_sub(lines));
    }
}
