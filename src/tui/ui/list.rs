//! The article list: language, title and brand badges per row, truncated by display width.
//! Virtualised: only the visible rows are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::text;
use crate::tui::state::{Focus, State};

pub struct ArticleList<'a>(pub &'a State);

impl Widget for ArticleList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let focused = state.focus == Focus::List && state.overlay.is_none();
        let title = format!(" Articles {} ", state.results.hits.len());
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
            let why = if state.articles().is_empty() {
                " no articles were read"
            } else {
                " no articles match"
            };
            Line::styled(why, theme.dim).render(inner, buf);
            return;
        }
        let cols = usize::from(inner.width);
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
            let badges = article.entities.brands.join("·");
            let badge_w = if badges.is_empty() {
                0
            } else {
                (text::width(&badges) + 2).min(cols / 3)
            };
            let title_w = cols.saturating_sub(text::width(&lang) + 1 + badge_w);
            // On the selected row the dim grey would vanish into the selection background.
            let lang_style = if index == state.selected {
                ratatui::style::Style::new()
            } else {
                theme.dim
            };
            let mut spans = vec![
                Span::styled(lang, lang_style),
                Span::raw(" "),
                Span::raw(text::fit(&article.title, title_w)),
            ];
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
