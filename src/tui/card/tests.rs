use super::*;
use crate::Article;
use crate::facts::{Fact, Status};

/// One article reporting `n` models built at Kaluga, each in its own sentence.
fn kaluga_card(n: usize) -> (Card, Library) {
    let body: String = (0..n).map(|i| format!("Kaluga builds M{i}. ")).collect();
    let facts = (0..n)
        .map(|i| {
            let start = body.find(&format!("Kaluga builds M{i}.")).unwrap_or(0);
            Fact {
                plant: "Kaluga".into(),
                subject: format!("M{i:02}"),
                subject_kind: SubjectKind::Model,
                status: Status::Builds,
                date: Some("2021".into()),
                start,
                end: start + 10,
            }
        })
        .collect();
    let mut article = Article {
        body,
        facts,
        ..Article::default()
    };
    article
        .entities
        .set(EntityKind::Plant, vec!["Kaluga".into()]);
    let library = Library::build(vec![article]).expect("library");
    let card = Card::build(&library, &[0], EntityKind::Plant, "Kaluga");
    (card, library)
}

#[test]
fn rows_lead_to_articles_at_their_evidence_and_links_to_cards() {
    let (card, library) = kaluga_card(3);
    assert_eq!(card.links[0], (EntityKind::Country, "Russia".into()));
    assert_eq!(
        card.follow(0, &library),
        Some(Target::Card(EntityKind::Country, "Russia".into()))
    );
    let first = card.first_fact();
    assert_eq!(card.item(first), Some(Item::Fact(0)));
    let e = card.rows[0].evidence;
    assert_eq!(
        card.follow(first, &library),
        Some(Target::Article {
            doc: 0,
            range: Some((e.start, e.end))
        })
    );
    assert_eq!(card.card_of(first), Some((EntityKind::Model, "M00".into())));
    // The last item is the article; it leads to no card, and opens at no mention here.
    let last = card.len() - 1;
    assert_eq!(card.item(last), Some(Item::Article(0)));
    assert_eq!(card.card_of(last), None);
    assert_eq!(
        card.follow(last, &library),
        Some(Target::Article {
            doc: 0,
            range: None
        })
    );
}

#[test]
fn the_selection_stays_in_view_with_its_heading() {
    let (card, _) = kaluga_card(30);
    let mut open = OpenCard::new(card);
    let height = 10;
    open.keep_in_view(height);
    assert_eq!(open.offset, 0, "the header shows with the first fact");
    for _ in 0..20 {
        open.step(1, height);
        let (first, end) = open.card.item_span(open.selected).expect("an item");
        assert!(first >= open.offset && end <= open.offset + height);
    }
    open.step(isize::MIN / 2, height);
    assert_eq!((open.selected, open.offset), (0, 0));
    open.step(isize::MAX / 2, height);
    assert_eq!(open.selected, open.card.len() - 1);
    assert_eq!(open.offset, open.card.lines.len() - height);
    // Back up to the first fact: the facts' heading comes into view with it.
    let first = open.card.first_fact();
    while open.selected > first {
        open.step(-1, height);
    }
    let (line, _) = open.card.item_span(first).expect("the first fact");
    assert_eq!(
        open.card.lines[open.offset..line].last(),
        Some(&CardLine::Heading(Section::Facts))
    );
}
