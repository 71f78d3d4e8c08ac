//! Colours and modifiers: per entity kind, search hits, selection; from the config's `[theme]`
//! table, or modifiers only when `NO_COLOR` is set.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use crate::entities::EntityKind;

/// Every style the widgets use.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub brand: Style,
    pub group: Style,
    pub model: Style,
    pub country: Style,
    pub plant: Style,
    pub hit: Style,
    pub selection: Style,
    pub chip: Style,
    pub dim: Style,
    pub accent: Style,
    pub focused_border: Style,
    pub warning: Style,
}

/// The keys accepted in `[theme]`.
pub const THEME_KEYS: [&str; 10] = [
    "brand",
    "group",
    "model",
    "country",
    "plant",
    "hit",
    "selection",
    "chip",
    "accent",
    "warning",
];

impl Default for Theme {
    fn default() -> Self {
        Theme {
            brand: Style::new().fg(Color::Cyan),
            group: Style::new().fg(Color::Magenta),
            model: Style::new().fg(Color::Blue),
            country: Style::new().fg(Color::Green),
            plant: Style::new().fg(Color::LightRed),
            hit: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            selection: Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
            chip: Style::new().fg(Color::Black).bg(Color::Cyan),
            dim: Style::new().fg(Color::DarkGray),
            accent: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            focused_border: Style::new().fg(Color::Cyan),
            warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }
}

impl Theme {
    /// No colours at all (`NO_COLOR`): distinctions carried by bold, italic, underline, reverse.
    pub fn monochrome() -> Theme {
        let m = |modifier| Style::new().add_modifier(modifier);
        Theme {
            brand: m(Modifier::BOLD),
            group: m(Modifier::ITALIC),
            model: m(Modifier::UNDERLINED),
            country: m(Modifier::ITALIC | Modifier::UNDERLINED),
            plant: m(Modifier::BOLD | Modifier::UNDERLINED),
            hit: m(Modifier::REVERSED | Modifier::BOLD),
            selection: m(Modifier::REVERSED),
            chip: m(Modifier::REVERSED),
            dim: m(Modifier::DIM),
            accent: m(Modifier::BOLD),
            focused_border: m(Modifier::BOLD),
            warning: m(Modifier::BOLD),
        }
    }

    /// The default theme with `[theme]` overrides (`brand = "cyan"`, `hit = "#ffcc00"`, or
    /// `"black on yellow"`); with `no_color` the overrides are ignored.
    pub fn from_config(table: &BTreeMap<String, String>, no_color: bool) -> Result<Theme, String> {
        for (key, value) in table {
            parse_style(value).map_err(|e| format!("theme.{key}: {e}"))?;
            if !THEME_KEYS.contains(&key.as_str()) {
                return Err(format!(
                    "unknown theme key {key:?} (known: {})",
                    THEME_KEYS.join(", ")
                ));
            }
        }
        if no_color {
            return Ok(Theme::monochrome());
        }
        let mut theme = Theme::default();
        for (key, value) in table {
            let style = parse_style(value)?;
            let slot = match key.as_str() {
                "brand" => &mut theme.brand,
                "group" => &mut theme.group,
                "model" => &mut theme.model,
                "country" => &mut theme.country,
                "plant" => &mut theme.plant,
                "hit" => &mut theme.hit,
                "selection" => &mut theme.selection,
                "chip" => &mut theme.chip,
                "accent" => &mut theme.accent,
                _ => &mut theme.warning,
            };
            *slot = style;
        }
        Ok(theme)
    }

    pub fn kind(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Brand => self.brand,
            EntityKind::Group => self.group,
            EntityKind::Model => self.model,
            EntityKind::Country => self.country,
            EntityKind::Plant => self.plant,
        }
    }
}

/// `"cyan"`, `"#ff8800"`, `"black on yellow"`.
pub fn parse_style(value: &str) -> Result<Style, String> {
    let color = |s: &str| Color::from_str(s.trim()).map_err(|_| format!("unknown colour {s:?}"));
    match value.split_once(" on ") {
        Some((fg, bg)) => Ok(Style::new().fg(color(fg)?).bg(color(bg)?)),
        None => Ok(Style::new().fg(color(value)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_and_errors() {
        let mut t = BTreeMap::new();
        t.insert("brand".to_string(), "black on yellow".to_string());
        let theme = Theme::from_config(&t, false).expect("valid");
        assert_eq!(theme.brand, Style::new().fg(Color::Black).bg(Color::Yellow));
        assert!(
            Theme::from_config(&t, true)
                .expect("valid")
                .brand
                .fg
                .is_none()
        );
        t.insert("brand".to_string(), "chartreuse-ish".to_string());
        assert!(Theme::from_config(&t, false).is_err());
    }
}
