//! The reader: title, metadata, entities by kind, and the wrapped body with entity mentions
//! coloured by kind and search hits highlighted. Only the visible lines are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::Article;
use crate::tui::reader_doc::{HeaderKind, Wrapped, kind_label};
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;

pub struct Reader<'a>(pub &'a State);

/// "L12/140": the first visible line and the total.
pub fn position_label(scroll: usize, total: usize) -> String {
    format!(" L{}/{} ", (scroll + 1).min(total.max(1)), total)
}

/// "hit 2/5 · entity 3/12" after `n`/`]`, so the user knows where the jump landed.
fn jump_label(state: &State) -> Option<String> {
    let hits = state.highlights().len();
    let mut parts = Vec::new();
    // A jump made before the results changed may point past the new list: show nothing then.
    if let Some(i) = state.reader.hit.filter(|&i| i < hits) {
        parts.push(format!("hit {}/{hits}", i + 1));
    }
    // Places are counted only after a `]`/`[` (an article can hold 900,000 mentions).
    if let Some(i) = state.reader.mention {
        let mentions = state.mention_starts().len();
        if i < mentions {
            parts.push(format!("entity {}/{mentions}", i + 1));
        }
    }
    if state.reader.evidence.is_some() {
        parts.push("evidence underlined".to_string());
    }
    (!parts.is_empty()).then(|| format!(" {} ", parts.join(" · ")))
}

impl Widget for Reader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let focused = state.focus == Focus::Reader && state.overlay.is_none();
        let mut block = Block::bordered().title(" Reader ");
        if focused {
            block = block.border_style(theme.focused_border);
        }
        let layout = state.reader_layout();
        if let Some(w) = &layout {
            let position = position_label(state.reader.scroll, w.total());
            block = block.title_bottom(Line::from(position).right_aligned());
        }
        if let Some(label) = jump_label(state) {
            block = block.title_bottom(Line::from(label));
        }
        let inner = block.inner(area);
        block.render(area, buf);
        let (Some(wrapped), Some(article)) = (layout, state.selected_article()) else {
            return;
        };
        let highlights = state.highlights();
        let lines = (state.reader.scroll..wrapped.total()).take(usize::from(inner.height));
        // The hit or mention the last `n`/`N`/`]`/`[` landed on, drawn apart from the others.
        let current = Current {
            hit: state.reader.hit.and_then(|i| highlights.get(i).copied()),
            mention: state.current_mention(),
            evidence: state.reader.evidence,
        };
        for (y, index) in (inner.y..inner.bottom()).zip(lines) {
            let line = content_line(&wrapped, article, highlights, current, theme, index);
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}

/// The byte ranges of the current hit and mention, if a jump landed on one.
#[derive(Debug, Clone, Copy)]
struct Current {
    hit: Option<(usize, usize)>,
    mention: Option<(usize, usize)>,
    /// The sentence a card opened the article at.
    evidence: Option<(usize, usize)>,
}

/// One line of the reader's content (header or body).
fn content_line<'a>(
    wrapped: &Wrapped,
    article: &'a Article,
    highlights: &[(usize, usize)],
    current: Current,
    theme: &Theme,
    index: usize,
) -> Line<'a> {
    if let Some((text, kind)) = wrapped.header.get(index) {
        return match kind {
            HeaderKind::Title => {
                Line::styled(text.clone(), Style::new().add_modifier(Modifier::BOLD))
            }
            HeaderKind::Meta => Line::styled(text.clone(), theme.dim),
            HeaderKind::Blank => Line::default(),
            HeaderKind::Entities(k) => match text.strip_prefix(kind_label(*k)) {
                Some(rest) => Line::from(vec![
                    Span::styled(kind_label(*k), Style::new().add_modifier(Modifier::BOLD)),
                    Span::styled(rest.to_string(), theme.kind(*k)),
                ]),
                None => Line::styled(text.clone(), theme.kind(*k)),
            },
        };
    }
    let Some(&(start, end)) = wrapped.body.get(index - wrapped.header.len()) else {
        return Line::default();
    };
    body_line(
        &article.body,
        start,
        end,
        article,
        highlights,
        current,
        theme,
    )
}

/// The body bytes `start..end` split into spans at mention and hit boundaries.
fn body_line<'a>(
    body: &'a str,
    start: usize,
    end: usize,
    article: &Article,
    highlights: &[(usize, usize)],
    current: Current,
    theme: &Theme,
) -> Line<'a> {
    let mentions: Vec<_> = article
        .mentions
        .iter()
        .filter(|m| m.in_body() && m.start < end && m.end > start)
        .collect();
    let hits: Vec<_> = highlights
        .iter()
        .filter(|h| h.0 < end && h.1 > start)
        .collect();
    let mut cuts = vec![start, end];
    for m in &mentions {
        cuts.extend([m.start, m.end]);
    }
    for h in &hits {
        cuts.extend([h.0, h.1]);
    }
    if let Some((s, e)) = current.evidence {
        cuts.extend([s, e]);
    }
    cuts.retain(|&c| c >= start && c <= end && body.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let inside = |r: Option<(usize, usize)>| r.is_some_and(|(s, e)| s <= a && e >= b);
            let style = if hits.iter().any(|h| h.0 <= a && h.1 >= b) {
                theme.hit
            } else if let Some(m) = mentions.iter().find(|m| m.start <= a && m.end >= b) {
                theme.kind(m.kind)
            } else {
                Style::new()
            };
            let style = if inside(current.hit) || inside(current.mention) {
                style.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
            } else {
                style
            };
            // The evidence is underlined in the accent colour, readable without colour too.
            let style = if inside(current.evidence) {
                style.patch(theme.accent).add_modifier(Modifier::UNDERLINED)
            } else {
                style
            };
            Span::styled(&body[a..b], style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}
