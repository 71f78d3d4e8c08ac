//! The world map of the production view: ratatui's `Canvas` world map, a mark per plant with
//! known coordinates, the selected plant drawn apart with its name. Marks are characters, not
//! colours, so it reads in monochrome.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Map, MapResolution};
use ratatui::widgets::{Block, Widget};

use crate::tui::theme::Theme;

/// A plant on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// The map over `area`; `selected` names the highlighted plant (it is drawn last, on top).
pub struct PlantMap<'a> {
    pub pins: &'a [Pin],
    pub selected: Option<&'a str>,
    /// Plants of the result set without coordinates, said under the map.
    pub unplaced: usize,
    pub theme: &'a Theme,
}

impl Widget for PlantMap<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let title = match self.unplaced {
            0 => format!(" Map · {} plants ", self.pins.len()),
            n => format!(
                " Map · {} plants · {n} without coordinates ",
                self.pins.len()
            ),
        };
        // The low resolution's coastline is a few hundred points: in braille they read as
        // scattered dots, not continents, at any size this view has (from 40 columns).
        let resolution = if area.width >= 20 {
            MapResolution::High
        } else {
            MapResolution::Low
        };
        let dim = self.theme.dim;
        let pins = self.pins;
        let selected = self.selected;
        Canvas::default()
            .block(Block::bordered().title(Line::from(title)))
            .marker(Marker::Braille)
            .x_bounds([-180.0, 180.0])
            .y_bounds([-60.0, 85.0])
            .paint(move |ctx| {
                ctx.draw(&Map {
                    color: dim.fg.unwrap_or(ratatui::style::Color::Reset),
                    resolution,
                });
                ctx.layer();
                for pin in pins.iter().filter(|p| Some(p.name.as_str()) != selected) {
                    ctx.print(
                        pin.lon,
                        pin.lat,
                        Span::styled("•", Style::new().add_modifier(Modifier::BOLD)),
                    );
                }
                if let Some(pin) = pins.iter().find(|p| Some(p.name.as_str()) == selected) {
                    let label = format!("◆ {}", pin.name);
                    ctx.print(
                        pin.lon,
                        pin.lat,
                        Span::styled(
                            label,
                            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
                        ),
                    );
                }
            })
            .render(area, buf);
    }
}
