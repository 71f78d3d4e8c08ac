//! The browser: app loop, keymap, actions, pure update, and the widgets in `ui/`.
