//! The reader as a whole, case by case. Expected values come from Parse::CPAN::Meta 2.150010 /
//! CPAN::Meta::YAML 0.018 on perl 5.36 (`perl -MParse::CPAN::Meta -e ...` on the same bytes); the
//! data-driven parity tests live in tests/yaml_quirks.rs and tests/read_parity_yaml.rs.

use super::read;
use crate::source::Value;

fn perl_json(bytes: &[u8]) -> serde_json::Value {
    let r = read(bytes);
    assert_eq!(r.perl_error, None, "{:?}", String::from_utf8_lossy(bytes));
    r.root.expect("a root").value.to_perl_json()
}

fn perl_error(bytes: &[u8]) -> String {
    read(bytes).perl_error.expect("Perl dies")
}

fn codes(bytes: &[u8]) -> Vec<String> {
    read(bytes)
        .diagnostics
        .into_iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn every_scalar_is_a_string_and_tilde_is_undef() {
    assert_eq!(
        perl_json(b"---\nversion: 1.10\nx: yes\ny: ~\nz:\n"),
        serde_json::json!({"version": "1.10", "x": "yes", "y": null, "z": null})
    );
}

#[test]
fn the_last_document_wins_and_a_false_one_is_an_empty_hash() {
    assert_eq!(
        perl_json(b"---\nname: Foo\n---\nname: Bar\n"),
        serde_json::json!({"name": "Bar"})
    );
    assert_eq!(perl_json(b""), serde_json::json!({}));
    assert_eq!(perl_json(b"--- 0\n"), serde_json::json!({}));
    assert_eq!(perl_json(b"---\n"), serde_json::json!({}));
    // a dedent at the top level starts a new document
    assert_eq!(
        perl_json(b"---\n  a: 1\nb: 2\n"),
        serde_json::json!({"b": "2"})
    );
    assert!(codes(b"---\nname: Foo\n---\nname: Bar\n").contains(&"CM026".to_owned()));
}

#[test]
fn a_scalar_document_is_returned_as_is_for_lint_to_reject() {
    let r = read(b"--- YAML 1.0\n");
    assert_eq!(r.perl_error, None);
    assert_eq!(r.root.unwrap().value, Value::String("YAML 1.0".into()));
}

#[test]
fn perl_errors_carry_cpan_meta_yamls_messages() {
    assert_eq!(
        perl_error(b"---\nrequires:\n    Foo: 1\n  Bar: 2\n"),
        "CPAN::Meta::YAML found bad indenting in line '  Bar: 2'"
    );
    assert_eq!(
        perl_error(b"name: Foo\n--- x\nfoo: bar\n"),
        "CPAN::Meta::YAML failed to classify the line 'foo: bar'"
    );
    // `_error` cuts the message at anything that looks like a Perl call site
    assert_eq!(
        perl_error(b"abstract: look at Foo.pm line 3: now\n"),
        "CPAN::Meta::YAML found illegal characters in plain scalar: 'look"
    );
}

#[test]
fn the_second_opinion_tells_valid_yaml_from_invalid() {
    let anchored = codes(b"---\nname: Foo\nx: &a 1\n");
    let colon = codes(b"---\nname: Foo\nabstract: a: b\n");
    if cfg!(feature = "yaml-second-opinion") {
        assert_eq!(anchored, ["CM021"]);
    } else {
        assert_eq!(anchored, ["CM020"]);
    }
    assert_eq!(colon, ["CM020"]);
}

#[test]
fn spans_point_at_the_original_bytes_even_after_invalid_utf8() {
    let bytes = b"---\nname: Fo\xE9\nversion: '1.0'\n";
    let r = read(bytes);
    let root = r.root.unwrap();
    let version = root.pointer("/version").unwrap();
    assert_eq!(&bytes[version.span.range()], b"'1.0'");
    let name = root.pointer("/name").unwrap();
    assert_eq!(&bytes[name.span.range()], b"Fo\xE9");
    assert_eq!(name.value.as_str(), Some("Fo\\xE9"));
    assert_eq!(r.diagnostics[0].code, "CM024");
}

#[test]
fn keys_and_containers_keep_their_spans() {
    let bytes =
        b"---\nrequires:\n  Foo::Bar: 1.0 # min\nauthor:\n  - A\n  - B\nabstract: |\n  x\n  y\n";
    let root = read(bytes).root.unwrap();
    let map = root.value.as_object().unwrap();
    let requires = map.entry("requires").unwrap();
    assert_eq!(&bytes[requires.key_span.range()], b"requires");
    assert_eq!(&bytes[requires.value.span.range()], b"Foo::Bar: 1.0");
    assert_eq!(
        &bytes[root.pointer("/requires/Foo::Bar").unwrap().span.range()],
        b"1.0"
    );
    assert_eq!(
        &bytes[root.pointer("/author").unwrap().span.range()],
        b"- A\n  - B"
    );
    assert_eq!(
        &bytes[root.pointer("/abstract").unwrap().span.range()],
        b"|\n  x\n  y"
    );
    assert_eq!(
        root.pointer("/abstract").unwrap().value.as_str(),
        Some("x\ny\n")
    );
}

#[test]
fn duplicate_keys_warn_with_perls_text_and_point_at_both() {
    let bytes = b"---\nname: Foo\nname: Bar\n";
    let r = read(bytes);
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "CM022");
    assert_eq!(d.location.pointer, "/name");
    assert_eq!(
        d.compat_message.as_deref(),
        Some("CPAN::Meta::YAML found a duplicate key 'name' in line 'Bar'")
    );
    assert_eq!(&bytes[d.location.span.unwrap().range()], b"name");
    assert_eq!(d.related[0].location.span.unwrap().start, 4);
}

#[test]
fn tabs_bom_and_ambiguous_scalars_are_reported() {
    assert_eq!(codes(b"---\nrequires:\n\tFoo: 1\n"), ["CM025"]);
    assert_eq!(codes(b"\xEF\xBB\xBF---\nname: Foo\n"), ["CM023"]);
    assert_eq!(codes(b"---\nversion: 1.10\n"), ["CM027"]);
    assert_eq!(
        codes(b"---\nversion: '1.10'\nlicense: perl\n"),
        Vec::<String>::new()
    );
    assert_eq!(codes(b"---\nlicense: [perl]\n"), ["CM027"]);
}

#[test]
fn hostile_nesting_stops_with_a_diagnostic_instead_of_overflowing() {
    let mut text = String::new();
    for depth in 0..300 {
        text.push_str(&" ".repeat(depth));
        text.push_str("a:\n");
    }
    let r = read(text.as_bytes());
    assert!(r.root.is_none());
    assert_eq!(r.perl_error, None);
    assert_eq!(r.diagnostics[0].code, "CM028");
}
