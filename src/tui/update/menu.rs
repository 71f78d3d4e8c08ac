//! The menus and prompts: the copy menu (`y`), the saved searches (`'`), the name a search is
//! saved under (`S`) and the tags of an article (`t`). Each change to the user's state is made
//! in memory and handed to the loop as an effect to keep in the file.

use crate::state::{Change, Mark, SavedSearch, normalize_tag};
use crate::tui::action::Effect;
use crate::tui::state::{Choice, Focus, Menu, MenuItem, Overlay, Prompt, PromptFor, State};

use super::marks;

/// `y`: the copy menu, for the selected article.
pub(super) fn open_copy(state: &mut State) {
    let Some(article) = state.selected_article() else {
        state.message = Some("nothing to copy: no article is selected".to_string());
        return;
    };
    let in_reader = state.pane == Focus::Reader || state.reader.wrapped.is_some();
    state.overlay = Some(Overlay::Menu(Menu::copy(article.url.is_some(), in_reader)));
}

/// The keys of the saved searches' menu, in order: numbers, then letters.
const SAVED_KEYS: &str = "123456789abcdefghijklmnopqrstuvwxyz";

/// `'`: the saved searches, by name.
pub(super) fn open_saved(state: &mut State) {
    let items = state
        .user
        .saved
        .iter()
        .zip(SAVED_KEYS.chars().map(Some).chain(std::iter::repeat(None)))
        .map(|((name, saved), key)| MenuItem {
            key: key.unwrap_or('\0'),
            label: name.clone(),
            detail: saved.describe(),
            choice: Choice::Saved(name.clone()),
        })
        .collect();
    let cursor = 0;
    state.overlay = Some(Overlay::Menu(Menu {
        title: "Saved searches".to_string(),
        items,
        cursor,
        empty: format!(
            "no saved search yet: `{}` saves the current one",
            state
                .keymap
                .key_for(
                    crate::tui::keymap::Command::SaveSearch,
                    crate::tui::keymap::Mode::List
                )
                .unwrap_or_else(|| "save_search".to_string())
        ),
    }));
}

/// A letter typed in a menu: the item it names, if any.
pub(super) fn letter(state: &mut State, c: char) -> Vec<Effect> {
    let Some(Overlay::Menu(menu)) = &state.overlay else {
        return Vec::new();
    };
    match menu.by_key(c).map(|i| i.choice.clone()) {
        Some(choice) => take(state, choice),
        None => {
            state.message = Some(format!("no item {c:?} in this menu"));
            Vec::new()
        }
    }
}

/// `Enter` in a menu: the highlighted item.
pub(super) fn choose(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Menu(menu)) = &state.overlay else {
        return Vec::new();
    };
    match menu.items.get(menu.cursor).map(|i| i.choice.clone()) {
        Some(choice) => take(state, choice),
        None => {
            state.overlay = None;
            Vec::new()
        }
    }
}

fn take(state: &mut State, choice: Choice) -> Vec<Effect> {
    state.overlay = None;
    match choice {
        Choice::Copy(what) => marks::copy(state, what).into_iter().collect(),
        Choice::Saved(name) => use_saved(state, &name),
    }
}

/// Replace the query, the filters and the sort with a saved search's.
pub(super) fn use_saved(state: &mut State, name: &str) -> Vec<Effect> {
    let Some(saved) = state.user.saved.get(name).cloned() else {
        state.message = Some(format!("no saved search called {name:?}"));
        return Vec::new();
    };
    state.query.set(&saved.query);
    // A saved search is a finished query: read whole, as `--saved NAME` reads it.
    state.committed = Some(state.query.text().to_string());
    state.filters = saved.to_filters();
    state.sort = saved.to_sort().unwrap_or_default();
    state.selected = 0;
    state.message = Some(format!("saved search {name:?}: {}", saved.describe()));
    super::search(state).into_iter().collect()
}

/// `S`: ask for the name to save the current search under (a name already used is replaced).
pub(super) fn prompt_save(state: &mut State) {
    let saved = SavedSearch::of(state.query.text(), &state.filters, state.sort);
    state.overlay = Some(Overlay::Prompt(Prompt::new(
        PromptFor::SaveSearch,
        String::new(),
        saved.describe(),
    )));
}

/// `t`: ask for a tag for the selected article, showing the tags it has.
pub(super) fn prompt_tag(state: &mut State) {
    let Some(article) = state.selected_article() else {
        state.message = Some("nothing to tag: no article is selected".to_string());
        return;
    };
    let tags: Vec<String> = state
        .user
        .marks(&article.id)
        .map(|m| m.tags.iter().cloned().collect())
        .unwrap_or_default();
    let note = if tags.is_empty() {
        "no tags yet".to_string()
    } else {
        format!("tags: {}", tags.join(", "))
    };
    state.overlay = Some(Overlay::Prompt(Prompt::new(
        PromptFor::Tag,
        String::new(),
        note,
    )));
}

/// `Enter` in a prompt: save the search, or add or remove the tag.
pub(super) fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Prompt(prompt)) = state.overlay.take() else {
        return Vec::new();
    };
    let text = prompt.text.text().trim();
    match prompt.purpose {
        PromptFor::SaveSearch => {
            let name = crate::text::sanitize_line(text);
            if name.is_empty() {
                state.message = Some("not saved: a saved search needs a name".to_string());
                return Vec::new();
            }
            let saved = SavedSearch::of(state.query.text(), &state.filters, state.sort);
            let replaced = state.user.saved.contains_key(&name);
            let change = Change::Save(name.clone(), saved);
            change.apply(&mut state.user);
            state.message = Some(format!(
                "{} search {name:?} (recall it with `'` or --saved)",
                if replaced {
                    "replaced the saved"
                } else {
                    "saved the"
                }
            ));
            vec![Effect::Persist(change)]
        }
        PromptFor::Tag => {
            let (remove, tag) = match text.strip_prefix('-') {
                Some(rest) => (true, normalize_tag(rest)),
                None => (false, normalize_tag(text)),
            };
            let Some(id) = state.selected_article().map(|a| a.id.clone()) else {
                return Vec::new();
            };
            if tag.is_empty() {
                state.message = Some("no tag given".to_string());
                return Vec::new();
            }
            let change = Change::Mark(id, Mark::Tag(tag.clone(), !remove));
            change.apply(&mut state.user);
            state.message = Some(if remove {
                format!("tag {tag:?} removed")
            } else {
                format!("tagged {tag:?} (find them with tag:{tag})")
            });
            let mut effects = vec![Effect::Persist(change)];
            // `tag:x` in the query: the list follows the change.
            if marks::split_query(state).1.is_some() {
                effects.extend(super::search(state));
            }
            effects
        }
    }
}
