use super::*;
use crate::rules::test_support::{check_on, strict, unversioned};
use crate::source::{Entry, Format, Object};
use std::fmt::Write as _;

/// A one-level JSON object written out, with the real spans of its keys and string values.
fn doc(pairs: &[(&str, &str)]) -> (String, Node) {
    let mut text = String::from("{");
    let mut entries = Vec::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        let ks = text.len();
        let _ = write!(text, "{k:?}");
        let ke = text.len();
        text.push_str(": ");
        let vs = text.len();
        let _ = write!(text, "{v:?}");
        entries.push(Entry {
            key: (*k).to_owned(),
            key_span: Span::new(ks, ke),
            value: Node::new(Value::String((*v).to_owned()), Span::new(vs, text.len())),
        });
    }
    text.push('}');
    let len = text.len();
    (
        text,
        Node::new(Value::Object(Object { entries }), Span::new(0, len)),
    )
}

fn run(pairs: &[(&str, &str)]) -> (String, Vec<Diagnostic>) {
    let (text, root) = doc(pairs);
    let out = check_text(&root, &text);
    (text, out)
}

/// The group's findings on `root`, read from `text`.
fn check_text(root: &Node, text: &str) -> Vec<Diagnostic> {
    check_on(
        check,
        root,
        text.as_bytes(),
        Format::Json,
        &unversioned("2"),
        &strict(),
    )
}

#[test]
fn a_purl_anywhere_in_the_document_is_validated_and_located() {
    let (text, out) = run(&[
        ("name", "Foo-Bar"),
        ("version", "1.02"),
        ("x_purl", "pkg:cpan/Foo-Bar@1.01"),
    ]);
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].code, "CM606");
    assert_eq!(out[0].location.pointer, "/x_purl");
    let span = out[0].location.span.expect("span");
    assert_eq!(&text[span.range()], "1.01");
}

#[test]
fn purl_keys_are_validated_too() {
    let (text, out) = run(&[("name", "Foo-Bar"), ("pkg:cpan/LWP::UserAgent", "6.76")]);
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].code, "CM602");
    assert_eq!(
        &text[out[0].location.span.expect("span").range()],
        "LWP::UserAgent"
    );
}

#[test]
fn fixes_replace_the_purl_in_the_file() {
    let (text, out) = run(&[("name", "DateTime"), ("x_purl", "pkg:CPAN/DateTime")]);
    let fix = out[0].fix.as_ref().expect("fix");
    let edit = &fix.edits[0];
    let mut fixed = text.clone();
    fixed.replace_range(edit.span.range(), &edit.content);
    assert!(fixed.contains("\"pkg:cpan/DateTime\""), "{fixed}");
}

#[test]
fn the_distribution_name_must_make_a_purl() {
    let (_, out) = run(&[("name", "Foo::Bar"), ("version", "1")]);
    assert_eq!(
        out.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
        ["CM608"]
    );
    let (_, out) = run(&[
        ("name", "Foo-Bar"),
        ("version", "1"),
        ("abstract", "not a purl: pkg"),
    ]);
    assert!(out.is_empty());
}

#[test]
fn every_rule_of_the_group_is_listed() {
    assert_eq!(RULES.len(), 9);
    for r in RULES {
        assert!(r.code.starts_with("CM6"), "{}", r.code);
    }
}

/// Until the fixture harness arrives with the readers, the JSON fixtures of this group are run
/// here through a value tree (`Node::from_json`): each `fail-*` must produce its code, each
/// `pass-*` must not.
#[test]
fn json_fixtures_fail_and_pass_as_named() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rules");
    let mut seen = 0;
    for rule in RULES {
        let mut fails = 0;
        for entry in std::fs::read_dir(dir.join(rule.code)).expect("fixture dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            let json: serde_json::Value = serde_json::from_str(&text).expect("json");
            let root = Node::from_json(&json);
            assert!(
                matches!(root.value, Value::Object(_)),
                "{} is not an object",
                path.display()
            );
            let out = check_text(&root, &text);
            let produced = out.iter().any(|d| d.code == rule.code);
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name.starts_with("fail-") {
                fails += 1;
                assert!(
                    produced,
                    "{}/{name} does not produce {}: {out:?}",
                    rule.code, rule.code
                );
            } else {
                assert!(!produced, "{}/{name} produces {}", rule.code, rule.code);
            }
            seen += 1;
        }
        assert!(fails > 0, "{} has no failing fixture", rule.code);
    }
    assert!(seen >= 18);
}
