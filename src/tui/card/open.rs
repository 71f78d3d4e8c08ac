//! An open card: the selection and the scroll, kept in view as the selection moves.

use super::{Card, CardLine};

/// An open card: the card, the selected item and the first line shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCard {
    pub card: Card,
    pub selected: usize,
    pub offset: usize,
}

impl OpenCard {
    pub fn new(card: Card) -> OpenCard {
        let selected = card.first_fact();
        OpenCard {
            card,
            selected,
            offset: 0,
        }
    }

    /// Move the selection by `delta` items and keep it in a view of `height` lines: the
    /// whole item shown, the header too when on the first item.
    pub fn step(&mut self, delta: isize, height: usize) {
        let last = self.card.len().saturating_sub(1);
        self.selected = if delta < 0 {
            self.selected.saturating_sub(delta.unsigned_abs())
        } else {
            self.selected.saturating_add(delta as usize)
        }
        .min(last);
        self.keep_in_view(height);
    }

    /// Scroll so that the selected item is within the `height` lines shown.
    pub fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        let Some((first, end)) = self.card.item_span(self.selected) else {
            self.offset = 0;
            return;
        };
        // The headings just above the item come into view with it.
        let mut top = first;
        while top > 0
            && end - (top - 1) <= height
            && !matches!(
                self.card.lines[top - 1],
                CardLine::Link(_)
                    | CardLine::FactEvidence(_)
                    | CardLine::Reference(_)
                    | CardLine::Article(_)
            )
        {
            top -= 1;
        }
        if top < self.offset {
            self.offset = top;
        } else if end > self.offset + height {
            self.offset = end - height;
        }
        self.offset = self
            .offset
            .min(self.card.lines.len().saturating_sub(height));
    }
}
