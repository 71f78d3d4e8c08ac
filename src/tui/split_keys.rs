//! Keys whose escape sequence crossterm split: a fast Esc then ↓ arrives as `ESC ESC [ B`
//! (tmux with its escape-time, a fast typist), which crossterm reads as Esc, then the
//! characters `[` and `B`. The second `[` would jump to the previous mention. Events read
//! together after an Esc are put back together here.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The events read at once after an Esc, with a split sequence after that Esc read as its key.
pub fn rejoin(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    let mut rest = events.as_slice();
    while let Some((first, tail)) = rest.split_first() {
        out.push(first.clone());
        rest = tail;
        if is_plain(first, KeyCode::Esc)
            && let Some((code, used)) = split_sequence(rest)
        {
            out.push(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            rest = &rest[used..];
        }
    }
    out
}

/// The key a run of plain characters spells as the tail of an escape sequence (`[B`, `OA`,
/// `[5~`), and how many events it took.
fn split_sequence(events: &[Event]) -> Option<(KeyCode, usize)> {
    let chars: Vec<char> = events
        .iter()
        .take(4)
        .map_while(|e| match e {
            Event::Key(k)
                if k.kind != KeyEventKind::Release
                    && (k.modifiers - KeyModifiers::SHIFT).is_empty() =>
            {
                match k.code {
                    KeyCode::Char(c) => Some(c),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    let (&intro, after) = chars.split_first()?;
    if intro != '[' && intro != 'O' {
        return None;
    }
    let letter = |c: char| match c {
        'A' => Some(KeyCode::Up),
        'B' => Some(KeyCode::Down),
        'C' => Some(KeyCode::Right),
        'D' => Some(KeyCode::Left),
        'H' => Some(KeyCode::Home),
        'F' => Some(KeyCode::End),
        _ => None,
    };
    if let Some(code) = after.first().copied().and_then(letter) {
        return Some((code, 2));
    }
    // `[5~` and friends (CSI only).
    match (intro, after) {
        ('[', [digit, '~', ..]) => {
            let code = match digit {
                '1' | '7' => KeyCode::Home,
                '2' => KeyCode::Insert,
                '3' => KeyCode::Delete,
                '4' | '8' => KeyCode::End,
                '5' => KeyCode::PageUp,
                '6' => KeyCode::PageDown,
                _ => return None,
            };
            Some((code, 3))
        }
        _ => None,
    }
}

fn is_plain(event: &Event, code: KeyCode) -> bool {
    matches!(event, Event::Key(k) if k.code == code && k.kind != KeyEventKind::Release)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn chars(s: &str) -> Vec<Event> {
        s.chars().map(|c| key(KeyCode::Char(c))).collect()
    }

    fn codes(events: &[Event]) -> Vec<KeyCode> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some(k.code),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn esc_then_a_split_arrow_is_esc_then_the_arrow() {
        for (tail, code) in [
            ("[B", KeyCode::Down),
            ("[A", KeyCode::Up),
            ("OC", KeyCode::Right),
            ("[H", KeyCode::Home),
            ("[5~", KeyCode::PageUp),
            ("[3~", KeyCode::Delete),
        ] {
            let mut events = vec![key(KeyCode::Esc)];
            events.extend(chars(tail));
            assert_eq!(codes(&rejoin(events)), [KeyCode::Esc, code], "{tail}");
        }
    }

    #[test]
    fn characters_that_spell_no_sequence_are_left_alone() {
        // `[` typed after Esc (the previous-mention key) with nothing after it, or followed
        // by something no key is.
        for tail in ["[", "[x", "Ox", "[9~", "k"] {
            let mut events = vec![key(KeyCode::Esc)];
            events.extend(chars(tail));
            let expected = codes(&events);
            assert_eq!(codes(&rejoin(events)), expected, "{tail}");
        }
        // No Esc before: `[B` typed is `[` and `B`.
        assert_eq!(
            codes(&rejoin(chars("[B"))),
            [KeyCode::Char('['), KeyCode::Char('B')]
        );
    }

    #[test]
    fn what_follows_the_sequence_is_kept() {
        let mut events = vec![key(KeyCode::Esc)];
        events.extend(chars("[Bq"));
        assert_eq!(
            codes(&rejoin(events)),
            [KeyCode::Esc, KeyCode::Down, KeyCode::Char('q')]
        );
    }
}
