//! Small popups that are not pickers: a menu of lettered choices (what to copy, which saved
//! search to recall) and a one-line prompt (a name for the search, a tag).

/// What the copy menu and `Y` copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyWhat {
    /// The URL, else the path.
    Link,
    Title,
    /// The path, relative to the input folder it was found in.
    Path,
    /// The sentence the reader is on.
    Sentence,
    /// `[title](<url>)`.
    Markdown,
}

/// What taking a menu item does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Copy(CopyWhat),
    /// Recall the saved search of this name.
    Saved(String),
}

/// One item: the letter that takes it, what it says, and a detail drawn dimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuItem {
    pub key: char,
    pub label: String,
    pub detail: String,
    pub choice: Choice,
}

/// A menu popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub title: String,
    pub items: Vec<MenuItem>,
    /// The highlighted item.
    pub cursor: usize,
    /// Said when there are no items.
    pub empty: String,
}

impl Menu {
    /// The item a typed letter takes (letters are matched as typed, then case-blind).
    pub fn by_key(&self, c: char) -> Option<&MenuItem> {
        self.items
            .iter()
            .find(|i| i.key == c)
            .or_else(|| self.items.iter().find(|i| i.key.eq_ignore_ascii_case(&c)))
    }

    /// The copy menu; `yy` copies the link, as in vim.
    pub fn copy(has_url: bool, in_reader: bool) -> Menu {
        let item = |key, label: &str, detail: &str, what| MenuItem {
            key,
            label: label.to_string(),
            detail: detail.to_string(),
            choice: Choice::Copy(what),
        };
        let mut items = vec![
            item(
                'y',
                if has_url { "URL" } else { "path (no URL)" },
                "",
                CopyWhat::Link,
            ),
            item('t', "title", "", CopyWhat::Title),
            item('p', "path", "relative to its folder", CopyWhat::Path),
            item('m', "Markdown link", "[title](url)", CopyWhat::Markdown),
        ];
        if in_reader {
            items.insert(
                2,
                item('s', "sentence", "where the reader is", CopyWhat::Sentence),
            );
        }
        Menu {
            title: "Copy".to_string(),
            items,
            cursor: 0,
            empty: String::new(),
        }
    }
}

/// What a prompt's text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptFor {
    /// The name to save the current search under.
    SaveSearch,
    /// A tag to add to the selected article (`-tag` removes it).
    Tag,
}

/// A one-line prompt popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub text: crate::tui::line_input::LineInput,
    /// A line under the input (the article's tags, the name's search).
    pub note: String,
}

impl Prompt {
    pub fn new(purpose: PromptFor, text: String, note: String) -> Prompt {
        Prompt {
            purpose,
            text: crate::tui::line_input::LineInput::new(&text),
            note,
        }
    }

    pub fn title(&self) -> &'static str {
        match self.purpose {
            PromptFor::SaveSearch => "Save this search as",
            PromptFor::Tag => "Tag (-tag removes it)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_menu_letters() {
        let menu = Menu::copy(true, false);
        assert_eq!(
            menu.by_key('y').map(|i| &i.choice),
            Some(&Choice::Copy(CopyWhat::Link))
        );
        assert_eq!(
            menu.by_key('T').map(|i| &i.choice),
            Some(&Choice::Copy(CopyWhat::Title))
        );
        // The sentence is only offered where there is one: in the reader.
        assert!(menu.by_key('s').is_none());
        assert!(Menu::copy(false, true).by_key('s').is_some());
        assert_eq!(Menu::copy(false, true).items[0].label, "path (no URL)");
    }
}
