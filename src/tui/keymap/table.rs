//! The default key map as a table: one row per (command, modes, condition) with its keys,
//! action, status-bar hint and help line, and which hints each mode shows first. Contextual
//! keys are rows: `Space` in a picker is two rows of the `space` command, one that types a
//! space while the text continues a name and one that toggles otherwise.

use crate::search::Facet;
use crate::tui::action::{Action, Back};

use super::Mode;

/// A command of the key map, by the name the config file's `[keys]` table gives it: typed, so
/// a hint or a lookup for a command that does not exist cannot compile.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum Command {
    /// Close the help or the diagnostics.
    Close,
    /// Leave the program.
    Quit,
    /// Suspend to the shell.
    Suspend,
    /// Close the popup, leave the input, go back from the reader.
    Back,
    /// Input: back to the list, keeping the query.
    Submit,
    /// Picker: apply the picked values.
    Apply,
    /// Picker: toggle the value under the cursor.
    Toggle,
    /// Picker: toggle, or type a space inside a name.
    Space,
    /// Text: delete the previous character.
    Backspace,
    /// Text: delete the character under the cursor.
    Delete,
    /// Text: cursor left.
    CursorLeft,
    /// Text: cursor right.
    CursorRight,
    /// Text: cursor to the start.
    CursorHome,
    /// Text: cursor to the end.
    CursorEnd,
    /// Text: delete it all.
    ClearInput,
    /// The help overlay.
    Help,
    /// Focus the search input.
    Search,
    /// The brand picker.
    Brand,
    /// The country picker.
    Country,
    /// The plant picker.
    Plant,
    /// The group picker.
    Group,
    /// The language picker.
    Lang,
    /// The model picker.
    Model,
    /// Save the query and filters under a name.
    SaveSearch,
    /// The saved searches, to recall one.
    SavedSearches,
    /// Add or remove a tag on the article.
    Tag,
    /// Menu: take the highlighted item.
    Choose,
    /// Give the focused pane the whole screen, or share it again.
    Zoom,
    /// Fold copies of an article into one row, or show them all.
    FoldCopies,
    /// A wider (or taller) list pane.
    GrowList,
    /// A narrower (or shorter) list pane.
    ShrinkList,
    /// Filter for one of the article's entities.
    FilterForValue,
    /// Clear the query and the filters.
    Clear,
    /// Cycle the sort order.
    Sort,
    /// The files skipped and why.
    Diagnostics,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Open the selected article.
    Open,
    /// Down a row or line.
    Down,
    /// Up a row or line.
    Up,
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
    /// A page down.
    PageDown,
    /// A page up.
    PageUp,
    /// Half a page down.
    HalfPageDown,
    /// Half a page up.
    HalfPageUp,
    /// Reader: the next search hit.
    NextHit,
    /// Reader: the previous search hit.
    PrevHit,
    /// Reader: the next entity mention.
    NextMention,
    /// Reader: the previous entity mention.
    PrevMention,
    /// Star the article or take the star away.
    Star,
    /// Mark the article unread, or read.
    ToggleRead,
    /// Open the article's URL or file with the system's opener.
    OpenExternal,
    /// The copy menu: URL, title, path, sentence, Markdown link.
    Copy,
    /// Copy the article's title.
    CopyTitle,
    /// Export the results shown.
    Export,
    /// Reader: the next mention of the same entity.
    NextSameEntity,
    /// Reader: the previous mention of the same entity.
    PrevSameEntity,
    /// Search input: the previous query of the history.
    HistoryPrev,
    /// Search input: the next query of the history.
    HistoryNext,
    /// The card of the entity under the cursor.
    Card,
    /// Card: open the row's article or linked card; production view: the plant's card.
    Follow,
    /// The production view (table and map), or back to the articles.
    Production,
    /// Production view: sort by the next column.
    ProductionSort,
}

impl Command {
    /// The config-file name (`filter_for_value`).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// The help's sections, in the order people need them: finding articles first, then opening
/// them, leaving, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, strum::EnumIter)]
pub enum Section {
    Search,
    Filters,
    Open,
    Production,
    Program,
    Marks,
    Reader,
    Moving,
    Text,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Search => "Search",
            Section::Filters => "Filters and pickers",
            Section::Open => "Open, copy, export",
            Section::Production => "Who builds what, where: cards and the production view",
            Section::Program => "Help, back, quit",
            Section::Marks => "Marks, tags, saved searches",
            Section::Reader => "In the reader",
            Section::Moving => "Moving",
            Section::Text => "Editing text (search box, picker, prompt)",
        }
    }
}

/// The order of the help, most needed first within each section; a command left out comes
/// last in its section.
#[rustfmt::skip]
const HELP_ORDER: &[Command] = {
    use Command as C;
    &[
        C::Search, C::Submit, C::HistoryPrev, C::HistoryNext, C::Sort, C::Clear,
        C::Brand, C::Model, C::Country, C::Plant, C::Group, C::Lang, C::FilterForValue,
        C::Space, C::Toggle, C::Apply,
        C::Open, C::OpenExternal, C::Copy, C::CopyTitle, C::Export, C::FocusNext, C::FocusPrev,
        C::Zoom, C::FoldCopies, C::GrowList, C::ShrinkList,
        C::Card, C::Follow, C::Production, C::ProductionSort,
        C::Quit, C::Back, C::Help, C::Close, C::Choose, C::Diagnostics, C::Suspend,
        C::Star, C::ToggleRead, C::Tag, C::SaveSearch, C::SavedSearches,
    ]
};

impl Command {
    /// Where the help lists it: its section, then its place in [`HELP_ORDER`].
    pub fn help_rank(self) -> (Section, usize) {
        let at = HELP_ORDER.iter().position(|&c| c == self);
        (self.section(), at.unwrap_or(usize::MAX))
    }

    /// The help section a command is listed under.
    pub fn section(self) -> Section {
        use Command as C;
        match self {
            C::Search | C::Submit | C::HistoryPrev | C::HistoryNext | C::Clear | C::Sort => {
                Section::Search
            }
            C::Brand
            | C::Country
            | C::Plant
            | C::Group
            | C::Lang
            | C::Model
            | C::FilterForValue
            | C::Apply
            | C::Toggle
            | C::Space => Section::Filters,
            C::Open
            | C::OpenExternal
            | C::Copy
            | C::CopyTitle
            | C::Export
            | C::FocusNext
            | C::FocusPrev
            | C::Zoom
            | C::FoldCopies
            | C::GrowList
            | C::ShrinkList => Section::Open,
            C::Card | C::Follow | C::Production | C::ProductionSort => Section::Production,
            C::Help | C::Back | C::Close | C::Quit | C::Suspend | C::Diagnostics | C::Choose => {
                Section::Program
            }
            C::Star | C::ToggleRead | C::Tag | C::SaveSearch | C::SavedSearches => Section::Marks,
            C::NextHit
            | C::PrevHit
            | C::NextMention
            | C::PrevMention
            | C::NextSameEntity
            | C::PrevSameEntity => Section::Reader,
            C::Down
            | C::Up
            | C::Top
            | C::Bottom
            | C::PageDown
            | C::PageUp
            | C::HalfPageDown
            | C::HalfPageUp => Section::Moving,
            C::Backspace
            | C::Delete
            | C::CursorLeft
            | C::CursorRight
            | C::CursorHome
            | C::CursorEnd
            | C::ClearInput => Section::Text,
        }
    }
}

/// When a row applies, beyond its modes: facts about the state the key map cannot see, given
/// by [`super::Context`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The picker's text with a space at the cursor still names something (`south` → `south
    /// k…`), or names nothing at all: `Space` types.
    SpaceTypes,
    /// The opposite: `Space` toggles.
    SpaceToggles,
}

pub(super) const ALL: &[Mode] = &[
    Mode::List,
    Mode::Reader,
    Mode::Input,
    Mode::Picker,
    Mode::Popup,
    Mode::Menu,
    Mode::Card,
    Mode::Production,
];
const PANES: &[Mode] = &[Mode::List, Mode::Reader];
/// The panes and the production view: what searching and filtering work from.
const VIEWS: &[Mode] = &[Mode::List, Mode::Reader, Mode::Production];
/// Wherever an entity can be under the cursor.
const ENTITIES: &[Mode] = &[
    Mode::List,
    Mode::Reader,
    Mode::Picker,
    Mode::Card,
    Mode::Production,
];
const CARD_OR_VIEW: &[Mode] = &[Mode::Card, Mode::Production];
const PRODUCTION: &[Mode] = &[Mode::Production];
const MOVING: &[Mode] = ALL;
const INPUT: &[Mode] = &[Mode::Input];
const TEXT: &[Mode] = &[Mode::Input, Mode::Picker];
const PICKER: &[Mode] = &[Mode::Picker];
const LIST: &[Mode] = &[Mode::List];
const POPUPS: &[Mode] = &[Mode::Popup];
const CARD: &[Mode] = &[Mode::Card];
/// What `Esc` closes outright: help, diagnostics, pickers, menus.
const OVERLAYS: &[Mode] = &[Mode::Popup, Mode::Picker, Mode::Menu];
const READER: &[Mode] = &[Mode::Reader];
const MENU: &[Mode] = &[Mode::Menu];

/// (command, modes, condition, default keys, action, hint, help). A help line may name
/// another command's key as `{command}` (`{close}`): it shows that command's key as remapped.
pub(super) type Row = (
    Command,
    &'static [Mode],
    Option<Condition>,
    &'static [&'static str],
    Action,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
pub(super) fn rows() -> Vec<Row> {
    use Action as A;
    use Command as C;
    use Condition::*;
    vec![
        (C::Close, POPUPS, None, &["q"], A::Back(Back::Overlay), "close", "close this help / the diagnostics / the card"),
        (C::Close, CARD, None, &["q"], A::Back(Back::Card), "close", "close this help / the diagnostics / the card"),
        (C::Quit, ALL, None, &["q", "ctrl-c"], A::Quit, "quit", "quit (in help/diagnostics `{close}` closes)"),
        (C::Suspend, ALL, None, &["ctrl-z"], A::Suspend, "suspend", "suspend to the shell; `fg` resumes"),
        // One row per mode, in `State::mode`'s order, so what `Esc` does is read here.
        (C::Back, CARD, None, &["esc"], A::Back(Back::Card), "back", "close popup / leave input / back"),
        (C::Back, OVERLAYS, None, &["esc"], A::Back(Back::Overlay), "back", "close popup / leave input / back"),
        (C::Back, INPUT, None, &["esc"], A::Back(Back::Input), "back", "close popup / leave input / back"),
        (C::Back, PRODUCTION, None, &["esc"], A::Back(Back::Production), "back", "close popup / leave input / back"),
        (C::Back, READER, None, &["esc"], A::Back(Back::Reader), "back", "close popup / leave input / back"),
        (C::Submit, INPUT, None, &["enter"], A::Submit, "list", "input: back to the list, keeping the query"),
        (C::Apply, PICKER, None, &["enter"], A::ApplyPicker, "apply", "picker: apply the picked values"),
        (C::Toggle, PICKER, None, &["tab"], A::Toggle, "toggle", "picker: toggle the value under the cursor"),
        (C::Space, PICKER, Some(SpaceToggles), &["space"], A::Toggle, "toggle/space", "picker: toggle, or type a space inside a name (`south k`)"),
        (C::Space, PICKER, Some(SpaceTypes), &["space"], A::Insert(' '), "toggle/space", "picker: toggle, or type a space inside a name (`south k`)"),
        (C::Backspace, TEXT, None, &["backspace"], A::Backspace, "delete", "input/picker: delete the previous character"),
        (C::Delete, TEXT, None, &["delete"], A::Delete, "delete", "input/picker: delete the character under the cursor"),
        (C::CursorLeft, TEXT, None, &["left"], A::CursorLeft, "left", "input/picker: cursor left"),
        (C::CursorRight, TEXT, None, &["right"], A::CursorRight, "right", "input/picker: cursor right"),
        (C::CursorHome, TEXT, None, &["home", "ctrl-a"], A::CursorHome, "start", "input/picker: cursor to the start"),
        (C::CursorEnd, TEXT, None, &["end", "ctrl-e"], A::CursorEnd, "end", "input/picker: cursor to the end"),
        (C::ClearInput, TEXT, None, &["ctrl-u"], A::ClearInput, "clear", "input/picker: delete the whole text"),
        (C::Help, VIEWS, None, &["?"], A::Help, "help", "this help: every binding"),
        (C::Search, VIEWS, None, &["/"], A::FocusInput, "search", "search: results update as you type"),
        (C::Brand, VIEWS, None, &["b"], A::OpenPicker(Facet::Brand), "brand", "facet picker: brand"),
        (C::Country, VIEWS, None, &["c"], A::OpenPicker(Facet::Country), "country", "facet picker: country"),
        (C::Plant, VIEWS, None, &["p"], A::OpenPicker(Facet::Plant), "plant", "facet picker: plant"),
        (C::Group, VIEWS, None, &["g"], A::OpenPicker(Facet::Group), "group", "facet picker: group"),
        (C::Lang, VIEWS, None, &["L"], A::OpenPicker(Facet::Lang), "lang", "facet picker: language"),
        (C::Model, VIEWS, None, &["m"], A::OpenPicker(Facet::Model), "model", "facet picker: model"),
        (C::SaveSearch, VIEWS, None, &["S"], A::PromptSaveSearch, "save search", "save the query, filters and sort under a name (recall with `{saved_searches}`, or `--saved NAME`)"),
        (C::SavedSearches, VIEWS, None, &["'"], A::OpenSavedSearches, "saved", "the saved searches: `Enter` (or its number) recalls one"),
        (C::Tag, PANES, None, &["t"], A::PromptTag, "tag", "tag the article (`-name` removes a tag); `tag:name` in a query finds them"),
        (C::Choose, MENU, None, &["enter"], A::Choose, "choose", "menu: take the highlighted item (a letter or number takes its item)"),
        (C::FoldCopies, PANES, None, &["D"], A::ToggleCopies, "copies", "fold copies of an article (same title and length) into one row `×3`, or show them all"),
        (C::Zoom, PANES, None, &["z"], A::Zoom, "zoom", "give the focused pane the whole screen, or share it again"),
        (C::GrowList, PANES, None, &[">"], A::ResizeList(5), "wider list", "a wider (or, stacked, taller) list pane"),
        (C::ShrinkList, PANES, None, &["<"], A::ResizeList(-5), "narrower list", "a narrower (or shorter) list pane"),
        (C::FilterForValue, PANES, None, &["f"], A::FilterForValue, "filter", "filter for one of the article's entities"),
        (C::Clear, VIEWS, None, &["x"], A::ClearAll, "clear", "clear the query and all filters"),
        (C::Sort, PANES, None, &["s"], A::CycleSort, "sort", "cycle sort: relevance → date → title"),
        (C::Diagnostics, VIEWS, None, &["!"], A::Diagnostics, "skipped", "files skipped and why"),
        (C::FocusNext, PANES, None, &["tab"], A::FocusNext, "next pane", "focus: list → reader"),
        (C::FocusPrev, PANES, None, &["shift-tab"], A::FocusPrev, "prev pane", "focus: reader → list"),
        (C::Open, LIST, None, &["enter"], A::Open, "open", "open the article in the reader"),
        (C::HistoryPrev, INPUT, None, &["up"], A::HistoryPrev, "history", "search input: the previous query of the history"),
        (C::HistoryNext, INPUT, None, &["down"], A::HistoryNext, "history", "search input: the next query of the history"),
        (C::Down, MOVING, None, &["j", "down", "ctrl-n"], A::Down, "down", "move down / scroll down"),
        (C::Up, MOVING, None, &["k", "up", "ctrl-p"], A::Up, "up", "move up / scroll up"),
        (C::Top, MOVING, None, &["home"], A::Top, "top", "jump to the top"),
        (C::Bottom, MOVING, None, &["end", "G"], A::Bottom, "bottom", "jump to the bottom (`G` as in vim)"),
        (C::PageDown, MOVING, None, &["pgdn"], A::PageDown, "page down", "one page down"),
        (C::PageUp, MOVING, None, &["pgup"], A::PageUp, "page up", "one page up"),
        (C::HalfPageDown, MOVING, None, &["ctrl-d"], A::HalfPageDown, "½ down", "half a page down"),
        (C::HalfPageUp, MOVING, None, &["ctrl-u"], A::HalfPageUp, "½ up", "half a page up"),
        (C::NextHit, PANES, None, &["n"], A::NextHit, "next hit", "reader: next search hit"),
        (C::PrevHit, PANES, None, &["N"], A::PrevHit, "prev hit", "reader: previous search hit"),
        (C::NextMention, PANES, None, &["]"], A::NextMention, "next entity", "reader: next entity mention"),
        (C::PrevMention, PANES, None, &["["], A::PrevMention, "prev entity", "reader: previous entity mention"),
        (C::NextSameEntity, PANES, None, &["}"], A::NextSameEntity, "next same", "reader: next mention of the current mention's entity"),
        (C::PrevSameEntity, PANES, None, &["{"], A::PrevSameEntity, "prev same", "reader: previous mention of the current mention's entity"),
        (C::Star, PANES, None, &["*"], A::ToggleStar, "star", "star the article, or take the star away (kept across runs)"),
        (C::ToggleRead, PANES, None, &["u"], A::ToggleRead, "unread", "mark the article unread, or read (opening it marks it read)"),
        (C::OpenExternal, PANES, None, &["o"], A::OpenExternal, "open", "open the article's URL (or file) with the system's opener"),
        (C::Copy, PANES, None, &["y"], A::CopyMenu, "copy", "copy menu: `y` the URL (so `yy`; the path when there is none), `t` title, `p` path, `s` the sentence in the reader, `m` a Markdown link"),
        (C::CopyTitle, PANES, None, &["Y"], A::CopyTitle, "copy title", "copy the article's title to the clipboard"),
        (C::Export, PANES, None, &["e"], A::Export, "export", "export the articles shown to CSV, JSON and Markdown files"),
        (C::Card, ENTITIES, None, &["i", "ctrl-o"], A::OpenCard, "card", "the card of the entity under the cursor"),
        (C::Follow, CARD_OR_VIEW, None, &["enter"], A::FollowCard, "open", "card: open the row; production: plant card"),
        (C::Production, VIEWS, None, &["P"], A::ToggleProduction, "production", "production view: plants × models and a map"),
        (C::ProductionSort, PRODUCTION, None, &["s"], A::CycleProductionSort, "sort", "production view: sort by the next column"),
    ]
}

/// The hints a mode shows first in the status bar, most useful first; every other command of
/// the mode follows in table order.
#[rustfmt::skip]
pub(super) fn first_hints(mode: Mode) -> &'static [Command] {
    use Command as C;
    match mode {
        Mode::List => &[C::Help, C::Quit, C::Search, C::Brand, C::Country, C::Plant, C::Clear,
            C::Sort, C::Group, C::Lang, C::FilterForValue, C::Open, C::FocusNext, C::Diagnostics],
        Mode::Reader => &[C::Back, C::Help, C::Quit, C::NextHit, C::NextMention,
            C::FilterForValue, C::Search, C::FocusNext],
        Mode::Input => &[C::Submit, C::Back, C::ClearInput],
        Mode::Picker => &[C::Space, C::Toggle, C::Apply, C::Back, C::ClearInput],
        Mode::Popup => &[C::Down, C::Up, C::Close, C::Back],
        Mode::Menu => &[C::Choose, C::Back, C::Down, C::Up],
        Mode::Card => &[C::Follow, C::Card, C::Back, C::Down],
        Mode::Production => &[C::Help, C::Quit, C::Follow, C::ProductionSort, C::Production,
            C::Search, C::Brand, C::Country, C::Plant, C::Clear],
    }
}
