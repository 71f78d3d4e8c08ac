//! Panics caught on purpose: third-party code fed untrusted input is run so that its panic
//! costs one item, silently (no message over the output or the screen), and the test hook
//! that provokes panics at named sites (`PLANTSCOPE_TEST_PANIC`: `loader`, `search`, `ui`,
//! `abort`, `html`, `reader`).

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs [`quietly`]: its panics print nothing.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Run `f`, catching a panic (`None`) without the standard hook's message on stderr: the
/// caller reports what the panic cost in its own words. Other threads' panics, and this
/// thread's outside `f`, still reach the hook that was installed before.
pub fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let outcome = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    outcome.ok()
}

/// Whether the end-to-end tests ask for a panic at `site` (`PLANTSCOPE_TEST_PANIC=site`), to
/// prove that what catches it survives.
pub fn test_panic(site: &str) -> bool {
    std::env::var("PLANTSCOPE_TEST_PANIC").is_ok_and(|v| v == site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiet_panic_is_caught_and_the_thread_goes_on() {
        assert_eq!(quietly(|| 7), Some(7));
        let caught: Option<()> = quietly(|| panic!("provoked"));
        assert!(caught.is_none());
        assert!(!QUIET.with(Cell::get), "the flag is put back");
        // Nested: the inner catch leaves the outer one quiet.
        let outer = quietly(|| {
            let inner: Option<()> = quietly(|| panic!("inner"));
            assert!(inner.is_none());
            QUIET.with(Cell::get)
        });
        assert_eq!(outer, Some(true));
    }
}
