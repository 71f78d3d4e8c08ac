//! The article list: language, a star, the date, title and brand badges per row, truncated
//! by display width; read articles dimmed. Virtualised: only the visible rows are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::entities::EntityKind;
use crate::text;
use crate::tui::state::{Focus, State};

pub struct ArticleList<'a>(pub &'a State);

impl Widget for ArticleList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let focused = state.focus == Focus::List && state.overlay.is_none();
        let folded: usize = state.copies.iter().sum();
        let title = if folded > 0 {
            format!(
                " Articles {} ({folded} cop{} folded: {}) ",
                state.results.hits.len(),
                if folded == 1 { "y" } else { "ies" },
                state
                    .keymap
                    .key_for(
                        crate::tui::keymap::Command::FoldCopies,
                        crate::tui::keymap::Mode::List
                    )
                    .map_or_else(|| "fold_copies".to_string(), |k| format!("{k} shows them"))
            )
        } else {
            format!(" Articles {} ", state.results.hits.len())
        };
        let mut block = Block::bordered().title(Line::from(title));
        if focused {
            block = block.border_style(theme.focused_border);
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if state.library.is_none() {
            super::loading::Loading(state).render(inner, buf);
            return;
        }
        if state.results.hits.is_empty() {
            // An empty corpus is not a query that fails: say which one it is.
            // Results not yet answered for the latest search (the first one after a long
            // load, say) are not an answer: "no articles match" would be a wrong one.
            let why = if state.articles().is_empty() {
                " no articles were read"
            } else if state.shown_seq < state.seq {
                " searching…"
            } else {
                " no articles match"
            };
            Line::styled(why, theme.dim).render(inner, buf);
            return;
        }
        let cols = usize::from(inner.width);
        // A date column when some visible article has a date and the pane has room for it:
        // from 48 columns, which the list pane has beside the reader at 120 (the date takes
        // 11, the title keeps about 20).
        let visible = state
            .results
            .hits
            .iter()
            .skip(state.list_offset)
            .take(usize::from(inner.height));
        let dated = cols >= 48
            && visible
                .filter_map(|h| state.articles().get(h.doc))
                .any(|a| a.date.is_some());
        let rows = state
            .results
            .hits
            .iter()
            .enumerate()
            .skip(state.list_offset);
        for (y, (index, hit)) in (inner.y..inner.bottom()).zip(rows) {
            let Some(article) = state.articles().get(hit.doc) else {
                continue;
            };
            let lang = text::fit(&article.lang, 3);
            let marks = state.user.marks(&article.id);
            let star = if marks.is_some_and(|m| m.starred) {
                "★"
            } else {
                " "
            };
            let date = dated.then(|| {
                let day = article.date.as_ref().map_or("", crate::Date::day_text);
                format!("{} ", text::fit(day, 10))
            });
            let date_w = date.as_deref().map_or(0, text::width);
            let badges = article.entities[EntityKind::Brand].join("·");
            let badge_w = if badges.is_empty() {
                0
            } else {
                (text::width(&badges) + 2).min(cols / 3)
            };
            // "×3 ": this row stands for three copies of the article.
            let copies = state.copies.get(index).copied().unwrap_or(0);
            let count = (copies > 0).then(|| format!("×{} ", copies + 1));
            let count_w = count.as_deref().map_or(0, text::width);
            let title_w = cols.saturating_sub(text::width(&lang) + 1 + date_w + count_w + badge_w);
            // On the selected row the dim grey would vanish into the selection background.
            let lang_style = if index == state.selected {
                ratatui::style::Style::new()
            } else {
                theme.dim
            };
            let title_style = if marks.is_some_and(|m| m.read) && index != state.selected {
                theme.dim
            } else {
                ratatui::style::Style::new()
            };
            let mut spans = vec![
                Span::styled(lang, lang_style),
                Span::styled(star, theme.accent),
            ];
            if let Some(date) = date {
                spans.push(Span::styled(date, lang_style));
            }
            if let Some(count) = count {
                spans.push(Span::styled(count, theme.accent));
            }
            spans.push(Span::styled(
                text::fit(&article.title, title_w),
                title_style,
            ));
            if badge_w > 0 {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(
                    text::truncate(&badges, badge_w - 2),
                    theme.brand,
                ));
            }
            let mut line = Line::from(spans);
            if index == state.selected {
                line = line.style(theme.selection);
            }
            let row = Rect::new(inner.x, y, inner.width, 1);
            if index == state.selected {
                buf.set_style(row, theme.selection);
            }
            line.render(row, buf);
        }
    }
}
