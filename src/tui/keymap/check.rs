//! What a `[keys]` table may not do: leave no key to quit, or give one key two actions where
//! both would apply (the browser would silently run only the first).

use std::collections::BTreeMap;

use super::{Key, KeyMap, Mode};

/// Every mode a binding can apply in.
const MODES: [Mode; 8] = [
    Mode::List,
    Mode::Reader,
    Mode::Input,
    Mode::Picker,
    Mode::Popup,
    Mode::Menu,
    Mode::Card,
    Mode::Production,
];

/// Two bindings that share a key in a mode: `(mode label, key, first name, second name)`, the
/// first being the one that wins.
type Conflict = (&'static str, String, &'static str, &'static str);

/// Refuse overrides that leave `quit` without a key or that bind a key twice in a mode. The
/// default map's own overlaps are deliberate priorities (`q` closes a popup before it quits;
/// `Home` moves the cursor in the search input), so only conflicts it does not have count.
pub(super) fn overrides(
    map: &KeyMap,
    overrides: &BTreeMap<String, Vec<String>>,
) -> Result<(), String> {
    if map
        .get(super::Command::Quit)
        .is_some_and(|b| b.keys.is_empty())
    {
        return Err(
            "keys: quit = [] leaves no key to quit the browser; give it at least one \
                    key (the default is [\"q\", \"ctrl-c\"])"
                .to_string(),
        );
    }
    let by_design = conflicts(&KeyMap::default());
    let touched = |name: &str| overrides.contains_key(name);
    for conflict in conflicts(map) {
        let (mode, key, first, second) = &conflict;
        if by_design.contains(&conflict) || !(touched(first) || touched(second)) {
            continue;
        }
        return Err(format!(
            "keys: {key:?} is bound to both {first:?} and {second:?} in the {mode}; only \
             {first:?} would ever run — bind one of them to another key"
        ));
    }
    Ok(())
}

/// Does `binding` answer `key` in `mode`? As [`KeyMap::binding_for`] decides: in a text mode a
/// plain character types itself unless the binding is only for text modes.
pub(super) fn applies(binding: &super::Binding, mode: Mode, key: Key) -> bool {
    binding.modes.contains(&mode)
        && binding.keys.contains(&key)
        && !(mode.is_text()
            && key.plain_char().is_some()
            && !binding.modes.iter().all(|m| m.is_text()))
}

fn conflicts(map: &KeyMap) -> Vec<Conflict> {
    let mut found = Vec::new();
    for mode in MODES {
        for (i, first) in map.bindings.iter().enumerate() {
            for &key in &first.keys {
                if !applies(first, mode, key) {
                    continue;
                }
                for second in &map.bindings[i + 1..] {
                    // Rows of one command are one binding under exclusive conditions (Space
                    // types or toggles).
                    if second.command != first.command && applies(second, mode, key) {
                        found.push((mode.label(), key.display(), first.name, second.name));
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &[&str])]) -> Result<KeyMap, String> {
        let overrides = pairs
            .iter()
            .map(|(name, keys)| {
                let keys = keys.iter().map(|k| k.to_string()).collect();
                (name.to_string(), keys)
            })
            .collect();
        KeyMap::with_overrides(&overrides)
    }

    #[test]
    fn quit_needs_a_key() {
        let err = with(&[("quit", &[])]).expect_err("quit = [] refused");
        assert!(err.contains("quit = [] leaves no key to quit"), "{err}");
        assert!(with(&[("quit", &["ctrl-q"])]).is_ok());
        // Unbinding anything else is allowed.
        assert!(with(&[("sort", &[])]).is_ok());
    }

    #[test]
    fn one_key_for_two_actions_is_refused() {
        let err = with(&[("sort", &["j"])]).expect_err("j is `down`");
        assert_eq!(
            err,
            "keys: \"j\" is bound to both \"sort\" and \"down\" in the list; only \"sort\" \
             would ever run — bind one of them to another key"
        );
        let err = with(&[("help", &["b"])]).expect_err("b is `brand`");
        assert!(err.contains("\"help\" and \"brand\""), "{err}");
        // Moving the other binding away resolves it.
        assert!(with(&[("sort", &["j"]), ("down", &["ctrl-j", "down"])]).is_ok());
        // The defaults' own priorities are not conflicts.
        assert!(with(&[]).is_ok());
        assert!(with(&[("quit", &["q", "ctrl-c"])]).is_ok());
        // A plain letter does not clash with text typed in the search input.
        assert!(with(&[("clear", &["x", "ctrl-x"])]).is_ok());
    }
}
