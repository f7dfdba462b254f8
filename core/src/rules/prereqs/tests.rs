//! The prerequisite rules on documents built in memory, and on their JSON fixtures (until the
//! fixture harness arrives with the readers).

use crate::diagnostic::Diagnostic;
use crate::rules::test_support;

fn run_json(text: &str) -> Vec<Diagnostic> {
    test_support::check_json(super::check, text, &test_support::spec("2"))
}

fn codes(requires: &str) -> Vec<(String, String)> {
    let text = format!(r#"{{"prereqs": {{"runtime": {{"requires": {requires}}}}}}}"#);
    run_json(&text)
        .into_iter()
        .map(|d| (d.code, d.message))
        .collect()
}

fn has(requires: &str, code: &str) -> bool {
    codes(requires).iter().any(|(c, _)| c == code)
}

#[test]
fn perl_5_10_is_perl_5_100() {
    let found = codes(r#"{"perl": "5.10"}"#);
    let (_, message) = found.iter().find(|(c, _)| c == "CM403").expect("CM403");
    assert_eq!(
        message,
        "perl `5.10` means perl v5.100.0 (version 5.100), not perl 5.10"
    );
    assert!(!has(r#"{"perl": "5.010"}"#, "CM403"));
    assert!(!has(r#"{"perl": "5.01"}"#, "CM403"), "5.01 is 5.010");
    assert!(has(r#"{"perl": "5.6"}"#, "CM403"));
    assert!(
        !has(r#"{"perl": "5.10"}"#, "CM404"),
        "one finding for one mistake"
    );
}

#[test]
fn perl_outside_released_versions() {
    assert!(has(r#"{"perl": "5.100"}"#, "CM404"));
    assert!(has(r#"{"perl": "5.004"}"#, "CM404"));
    assert!(!has(r#"{"perl": "5.006"}"#, "CM404"));
    assert!(!has(r#"{"perl": "v5.42.0"}"#, "CM404"));
    assert!(has(r#"{"perl": "v5.44.0"}"#, "CM404"));
}

#[test]
fn perl_dotted_needs_v_and_three_parts() {
    assert!(has(r#"{"perl": "5.8.1"}"#, "CM405"));
    assert!(has(r#"{"perl": "v5.10"}"#, "CM405"));
    assert!(!has(r#"{"perl": "v5.10.1"}"#, "CM405"));
}

#[test]
fn versions_installers_cannot_read() {
    assert!(has(r#"{"Foo": "2.08a"}"#, "CM400"));
    assert!(has(r#"{"Foo": ">= 1, < 2x"}"#, "CM400"));
    // the Validator already rejects a version that does not start with a digit
    assert!(!has(r#"{"Foo": "beta"}"#, "CM400"));
    assert!(!has(r#"{"Foo": "2.08"}"#, "CM400"));
}

#[test]
fn lax_versions_and_dev_minimums() {
    assert!(has(r#"{"Foo": "1.2.3"}"#, "CM401"));
    assert!(!has(r#"{"Foo": "v1.2.3"}"#, "CM401"));
    assert!(has(r#"{"Foo": "1.23_04"}"#, "CM402"));
    assert!(!has(r#"{"Foo": "1.23_04"}"#, "CM401"), "CM402 covers it");
    assert!(!has(r#"{"Foo": "!= 1.23_04"}"#, "CM402"));
}

#[test]
fn unsatisfiable_ranges() {
    assert!(has(r#"{"Foo": ">= 2, < 1"}"#, "CM406"));
    assert!(has(r#"{"Foo": "== 1.0, != 1.0"}"#, "CM406"));
    assert!(!has(r#"{"Foo": ">= 1, < 2"}"#, "CM406"));
}

#[test]
fn contradictions_across_phases_and_conflicts() {
    let doc = r#"{"prereqs": {"runtime": {"requires": {"Foo": ">= 2"}},
                              "build": {"requires": {"Foo": "< 1.5"}}}}"#;
    let found = run_json(doc);
    let d = found.iter().find(|d| d.code == "CM407").expect("CM407");
    assert_eq!(d.related.len(), 1);
    let doc = r#"{"prereqs": {"runtime": {"requires": {"Foo": ">= 2"},
                                          "conflicts": {"Foo": ">= 1"}}}}"#;
    assert!(run_json(doc).iter().any(|d| d.code == "CM408"));
    let doc = r#"{"prereqs": {"runtime": {"requires": {"Foo": ">= 2"},
                                          "conflicts": {"Foo": "< 2"}}}}"#;
    assert!(!run_json(doc).iter().any(|d| d.code == "CM408"));
}

#[test]
fn names_phases_and_relationships() {
    let found =
        codes(r#"{"Foo-Bar": "1", "Foo'Baz": "1", "pkg:generic/zlib": "0", "Foo::Ok": "1"}"#);
    assert_eq!(found.iter().filter(|(c, _)| c == "CM409").count(), 3);
    let doc = r#"{"prereqs": {"runtme": {"requires": {}}, "runtime": {"require": {}}}}"#;
    let found = run_json(doc);
    assert!(found
        .iter()
        .any(|d| d.code == "CM410" && d.help.as_deref() == Some("did you mean `runtime`?")));
    assert!(found
        .iter()
        .any(|d| d.code == "CM411" && d.help.as_deref() == Some("did you mean `requires`?")));
}

#[test]
fn minimum_perl_is_reported_as_info_when_missing() {
    assert!(has(r#"{"Foo": "1"}"#, "CM412"));
    assert!(!has(r#"{"perl": "5.010"}"#, "CM412"));
    let v1 = r#"{"meta-spec": {"version": "1.4"}, "requires": {"perl": "5.006"}}"#;
    assert!(!run_json(v1).iter().any(|d| d.code == "CM412"));
}

/// Every JSON fixture of this group: `fail-*` produces its code, `pass-*` does not.
#[test]
fn json_fixtures_demonstrate_their_rule() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rules");
    let mut seen = 0;
    for rule in super::RULES {
        let dir = root.join(rule.code);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut fails = 0;
        for entry in entries {
            let path = entry.expect("dir entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture");
            let produced = run_json(&text).iter().any(|d| d.code == rule.code);
            if name.starts_with("fail-") {
                fails += 1;
                assert!(produced, "{} should produce {}", path.display(), rule.code);
            } else {
                assert!(
                    !produced,
                    "{} should not produce {}",
                    path.display(),
                    rule.code
                );
            }
            seen += 1;
        }
        assert!(fails > 0, "{} has no failing fixture", rule.code);
    }
    assert!(seen >= 26);
}

/// Every document of the corpus as Perl parsed it (tests/oracle/parsed-corpus.jsonl, made by
/// tests/oracle/dump_parsed.pl): the prerequisite rules run on all of them without a panic, and
/// the findings per rule are printed.
#[test]
fn corpus_sweep_runs_without_panics() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/oracle/parsed-corpus.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED prereqs corpus sweep: {} is absent", path.display());
        return;
    };
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut docs = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("corpus line");
        if !row["data"].is_object() {
            continue;
        }
        docs += 1;
        let doc = serde_json::to_string(&row["data"]).expect("re-encode");
        for d in run_json(&doc) {
            *counts.entry(format!("{} {}", d.code, d.rule)).or_default() += 1;
        }
    }
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    eprintln!(
        "prereqs corpus sweep: {docs} parsed documents\n  {}",
        summary.join("\n  ")
    );
    assert!(docs > 2000, "the corpus dump holds the parsed corpus");
}
