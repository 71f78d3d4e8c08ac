//! Why the matcher accepted each mention of an article: the form, its gate and the context
//! evidence it leaned on. A diagnostic for the dev-set scorer (`score_entities --why`).

use super::EntityKind;
use super::context::{PASSAGE, car_vocabulary, written};
use super::matcher::Matcher;
use super::rules::Gate;
use crate::article::Article;

impl Matcher {
    /// One line per accepted candidate owner: kind, entity, the text as written, the folded
    /// form, its gate, and the context (firm makers, car words near it).
    pub fn explain(&self, article: &Article) -> Vec<String> {
        let title = self.scan(&article.title, article.lang, true);
        let body = self.scan(&article.body, article.lang, false);
        let german = article.lang == crate::Lang::DE;
        let context = self.context(&[&title, &body], article.lang);
        let firm: Vec<&str> = context
            .makers()
            .map(|&id| self.gazetteer.entity(id).name.as_str())
            .collect();
        let mut out = Vec::new();
        for scan in [&title, &body] {
            let vocabulary = car_vocabulary(&scan.folded, scan.original, article.lang);
            for (index, c) in scan.candidates.iter().enumerate() {
                for &owner in self.owners(c) {
                    if !self.accepts(scan, (index, c), owner, &context, german) {
                        continue;
                    }
                    let entity = self.gazetteer.entity(owner.0);
                    let form = &entity.forms[owner.1];
                    let gate: Gate = self.gate(owner.0, owner.1);
                    let near: Vec<&str> = vocabulary
                        .car
                        .iter()
                        .chain(&vocabulary.production)
                        .filter(|&&p| p.abs_diff(c.start) <= PASSAGE)
                        .filter_map(|&p| scan.folded.text[p..].split(' ').next())
                        .collect();
                    let evidence = match (gate, entity.kind) {
                        (Gate::Firm, _) => String::new(),
                        (_, EntityKind::Plant | EntityKind::Brand | EntityKind::Group) => {
                            format!(" makers={firm:?} words={near:?}")
                        }
                        _ => format!(" makers={firm:?}"),
                    };
                    out.push(format!(
                        "{} {} {:?} «{}» form={:?} {gate:?}{evidence}",
                        if scan.title { "title" } else { "body" },
                        entity.kind.as_str(),
                        entity.name,
                        written(&scan.folded, scan.original, c.start, c.end),
                        form.folded,
                    ));
                }
            }
        }
        out
    }
}
