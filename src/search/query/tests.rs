use super::*;

fn word(t: &str, prefix: bool) -> Node {
    Node::Word {
        text: t.into(),
        prefix,
    }
}

#[test]
fn words_are_anded_and_last_is_prefix() {
    let p = parse("stellantis kalou");
    assert_eq!(
        p.root,
        Some(Node::And(vec![
            word("stellantis", false),
            word("kalou", true)
        ]))
    );
    assert!(p.hints.is_empty());
    let p = parse("kalou ");
    assert_eq!(p.root, Some(word("kalou", false)));
}

#[test]
fn phrases_negation_or_fields() {
    let p = parse("\"South Korea\" -Renault OR brand:peugeot country:\"South Korea\" ");
    assert_eq!(
        p.root,
        Some(Node::Or(vec![
            Node::And(vec![
                Node::Phrase {
                    text: "South Korea".into(),
                    prefix: false
                },
                Node::Not(Box::new(word("Renault", false)))
            ]),
            Node::And(vec![
                Node::Field {
                    facet: Facet::Brand,
                    value: "peugeot".into(),
                    prefix: false,
                },
                Node::Field {
                    facet: Facet::Country,
                    value: "South Korea".into(),
                    prefix: false,
                },
            ]),
        ]))
    );
}

#[test]
fn malformed_input_gives_hints_not_errors() {
    for q in [
        "\"abc ", "brand: ", "(((", "a AND", "- *", ")", "OR", "a OR", "*", "\"\"",
    ] {
        let p = parse(q);
        assert!(!p.hints.is_empty(), "no hint for {q:?}");
    }
    assert_eq!(
        parse("\"abc def ").root,
        Some(Node::Phrase {
            text: "abc def".into(),
            prefix: false
        })
    );
    assert_eq!(
        parse("\"Kaluga pl").root,
        Some(Node::Phrase {
            text: "Kaluga pl".into(),
            prefix: true
        })
    );
    assert!(parse("\"Kaluga pl").hints.is_empty(), "still typing");
    assert_eq!(parse("(((kaluga").root, Some(word("kaluga", true)));
}

#[test]
fn hints_name_the_real_problem() {
    let p = parse("AND OR");
    assert_eq!(p.root, None);
    assert!(p.hints.iter().all(|h| !h.contains("')'")), "{:?}", p.hints);
    assert!(
        p.hints.iter().any(|h| h.starts_with("AND")),
        "{:?}",
        p.hints
    );
    let p = parse("kaluga ) busan ");
    assert_eq!(
        p.root,
        Some(Node::And(vec![word("kaluga", false), word("busan", false)]))
    );
    assert!(p.hints.iter().any(|h| h.contains("')'")));
}

#[test]
fn pathological_input_is_capped() {
    let deep = "(".repeat(10_000) + "kaluga";
    let p = parse(&deep);
    assert!(p.hints.iter().any(|h| h.contains("nested")));
    let long: String = "word \u{1b}[2J\u{7} ".repeat(20_000);
    let p = parse(&long);
    assert!(p.hints.iter().any(|h| h.contains("too long")));
}

#[test]
fn fact_fields_parse_with_words_and_phrases() {
    assert_eq!(
        parse("builds:\"Peugeot 3008\" status:stopped").root,
        Some(Node::And(vec![
            Node::Fact {
                term: FactTerm::Builds,
                value: "Peugeot 3008".into()
            },
            Node::Fact {
                term: FactTerm::Status,
                value: "stopped".into()
            }
        ]))
    );
    assert!(
        parse("status: kaluga")
            .hints
            .iter()
            .any(|h| h.contains("status:stopped"))
    );
    // An unknown field name is a word.
    assert_eq!(parse("builder:x").root, Some(word("builder:x", true)));
}

#[test]
fn a_field_value_being_typed_is_a_prefix_and_unfinished_syntax_gives_no_hint_yet() {
    let p = parse("brand:peu");
    assert_eq!(
        p.root,
        Some(Node::Field {
            facet: Facet::Brand,
            value: "peu".into(),
            prefix: true,
        })
    );
    assert!(matches!(
        parse("brand:peu ").root,
        Some(Node::Field { prefix: false, .. })
    ));
    // Still typing: no hint yet. Left behind: a hint.
    assert!(parse("kalouga -").hints.is_empty());
    assert!(parse("kalouga brand:").hints.is_empty());
    assert!(!parse("kalouga - ").hints.is_empty());
    assert!(!parse("brand: kalouga").hints.is_empty());
}

#[test]
fn each_hint_is_given_once() {
    let p = parse(&"- ".repeat(50));
    assert_eq!(
        p.hints,
        ["a lone '-' was ignored: write -word to exclude a word"]
    );
}

#[test]
fn hints_are_capped() {
    let q: String = (0..100)
        .map(|i| format!("'{}' ", "%".repeat(i % 40 + 1)))
        .collect();
    let p = parse(&q);
    assert_eq!(p.hints.len(), MAX_HINTS, "{:?}", p.hints);
    assert!(p.hints[MAX_HINTS - 1].starts_with("and "), "{:?}", p.hints);
}
