//! An article laid out for the reader at one width: header lines (title, metadata, entities)
//! and the body wrapped by display width into byte ranges. Computed once per article and width.

use crate::Article;
use crate::entities::EntityKind;
use crate::text;

/// What a header line shows, so the renderer can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderKind {
    Title,
    Meta,
    Entities(EntityKind),
    Blank,
}

/// The reader's content for one article at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub doc: usize,
    pub width: usize,
    pub header: Vec<(String, HeaderKind)>,
    /// Byte ranges of the body, one per display line.
    pub body: Vec<(usize, usize)>,
}

impl Wrapped {
    pub fn total(&self) -> usize {
        self.header.len() + self.body.len()
    }

    /// The content line showing this body byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let idx = self
            .body
            .partition_point(|&(start, _)| start <= offset)
            .saturating_sub(1);
        self.header.len() + idx
    }
}

/// The plural label for an entity kind in the reader header.
pub fn kind_label(kind: EntityKind) -> &'static str {
    kind.plural_label()
}

/// `lang · path · date · N words`: the path relative to the input folder it was found in
/// (`roots`, as displayed), so two `index.html` in different folders can be told apart
/// without a wrapped absolute path. In at most `width` columns where it can be: a long path gives up its start
/// (`…/2024/05/file.md`), since the file's name and folder are what tell articles apart.
pub fn metadata(article: &Article, roots: &[String], width: usize) -> String {
    let path = relative_path(article, roots);
    let mut others = vec![article.lang.to_string()];
    if let Some(date) = &article.date {
        others.push(date.to_string());
    }
    others.push(format!("{} words", article.words));
    let fixed: usize = others.iter().map(|p| text::width(p) + 3).sum();
    let room = width.saturating_sub(fixed).max(16);
    let path = if text::width(path) > room {
        format!("…{}", text::tail(path, room - 1))
    } else {
        path.to_string()
    };
    others.insert(1, path);
    others.join(" · ")
}

/// The article's path relative to the input folder it was found in (`roots`, as displayed),
/// else as shown.
pub fn relative_path<'a>(article: &'a Article, roots: &[String]) -> &'a str {
    roots
        .iter()
        .find_map(|root| {
            let rest = article.path.strip_prefix(root.trim_end_matches('/'))?;
            rest.strip_prefix('/').filter(|r| !r.is_empty())
        })
        .unwrap_or(&article.path)
}

fn push_wrapped(out: &mut Vec<(String, HeaderKind)>, line: &str, width: usize, kind: HeaderKind) {
    for (start, end) in text::wrap(line, width) {
        out.push((line[start..end].to_string(), kind));
    }
}

/// Lay out `article` (index `doc` in the library) for a pane `width` columns wide.
pub fn layout(doc: usize, article: &Article, width: usize, roots: &[String]) -> Wrapped {
    let width = width.max(1);
    let mut header = Vec::new();
    push_wrapped(&mut header, &article.title, width, HeaderKind::Title);
    push_wrapped(
        &mut header,
        &metadata(article, roots, width),
        width,
        HeaderKind::Meta,
    );
    // Where it comes from: the source's name and the URL, when the file gives them.
    let origin: Vec<&str> = [article.source.as_deref(), article.url.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !origin.is_empty() {
        push_wrapped(&mut header, &origin.join(" · "), width, HeaderKind::Meta);
    }
    for kind in EntityKind::ALL {
        let names = article.entities.of_kind(kind);
        if !names.is_empty() {
            let line = format!("{} {}", kind_label(kind), names.join(" · "));
            push_wrapped(&mut header, &line, width, HeaderKind::Entities(kind));
        }
    }
    header.push((String::new(), HeaderKind::Blank));
    Wrapped {
        doc,
        width,
        header,
        body: text::wrap(&article.body, width),
    }
}
