//! The progress shown while the corpus loads, stage by stage (files and megabytes read,
//! articles searched for entities, articles indexed), as a gauge.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Gauge, Widget};

use crate::load::Stage;
use crate::tui::state::State;

pub struct Loading<'a>(pub &'a State);

impl Widget for Loading<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.0.progress;
        if area.height == 0 {
            return;
        }
        let ratio = match p.stage {
            Stage::Reading if p.bytes_total > 0 => p.bytes_done as f64 / p.bytes_total as f64,
            _ if p.total > 0 => p.done as f64 / p.total as f64,
            _ => 0.0,
        };
        // Binary megabytes, named so: the same unit as `--max-file-size 16M` and the CLI.
        let mb = |b: u64| b as f64 / 1_048_576.0;
        let label = match p.stage {
            Stage::Reading => format!(
                "reading {}/{} files · {:.1}/{:.1} MiB",
                p.done,
                p.total,
                mb(p.bytes_done),
                mb(p.bytes_total)
            ),
            Stage::Extracting => format!(
                "finding entities {}/{} articles · {:.1} MiB",
                p.done,
                p.total,
                mb(p.bytes_total)
            ),
            Stage::Indexing => format!("indexing {}/{} articles", p.done, p.total),
        };
        let rect = Rect::new(area.x, area.y + area.height / 2, area.width, 1);
        if let Some(error) = &self.0.error {
            ratatui::text::Line::styled(
                crate::text::truncate(error, usize::from(area.width)),
                self.0.theme.warning,
            )
            .render(rect, buf);
            return;
        }
        Gauge::default()
            .ratio(ratio.clamp(0.0, 1.0))
            .label(crate::text::truncate(&label, usize::from(area.width)))
            .gauge_style(self.0.theme.accent)
            .render(rect, buf);
    }
}
