//! Parity of the CPAN::Meta::Validator port with the Perl reference (CPAN::Meta 2.150010):
//! verdicts, message multisets and spec-version choices on the real-world corpus, the synthetic
//! edge cases and CPAN-Meta's own test files.
//!
//! The trees come from what Perl parsed (tests/oracle/parsed-*.jsonl, made by
//! tests/oracle/dump_parsed.pl), so this measures the Validator port alone, independent of the
//! JSON and YAML readers.

use std::collections::{BTreeMap, HashMap};

use cpanmeta::model::SpecChoice;
use cpanmeta::source::Node;
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};
use serde_json::Value as Json;

/// Corpus files whose messages differ from the oracle, with the reason. The test fails on any
/// difference not listed here (and on a listed file that no longer differs).
const ALLOWED_MESSAGE_DIFFERENCES: &[(&str, &str)] = &[];

/// The Validator's messages for a tree, in the port's order.
fn port_errors(root: &Node) -> Vec<String> {
    cpanmeta::rules::spec::validate(root)
        .into_iter()
        .filter_map(|d| d.compat_message)
        .collect()
}

/// The messages as a sorted multiset, with reference addresses in one normal form
/// (`HASH(0x55d0...)`, `HASH(0xADDR)` and `HASH(...)` all become `HASH(0xADDR)`).
fn multiset(messages: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = messages
        .into_iter()
        .map(|m| {
            let mut m = m;
            for kind in ["HASH", "ARRAY"] {
                m = m.replace(&format!("{kind}(...)"), &format!("{kind}(0xADDR)"));
            }
            m
        })
        .collect();
    out.sort();
    out
}

fn strings(v: &Json) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A JSON value as Perl prints it (`2` for the number 2, the text for a string).
fn perl_text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn choice_of(root: &Node) -> Option<SpecChoice> {
    root.value.as_object().map(SpecChoice::of)
}

#[test]
fn corpus_verdicts_and_messages_match_the_validator() {
    let Some(shared) = shared_or_skip("validator corpus parity") else {
        return;
    };
    let oracle = read_jsonl(&shared.join("corpus/oracle.jsonl"));
    let parsed: HashMap<String, Json> =
        read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl"))
            .into_iter()
            .map(|r| (r["path"].as_str().unwrap_or_default().to_owned(), r))
            .collect();
    let allowed: BTreeMap<&str, &str> = ALLOWED_MESSAGE_DIFFERENCES.iter().copied().collect();
    let (mut files, mut verdicts, mut messages, mut specs) = (0, 0, 0, 0);
    let mut verdict_failures = Vec::new();
    let mut unlisted = Vec::new();
    let mut stale = Vec::new();
    for record in oracle.iter().filter(|r| r["parse_ok"] == Json::Bool(true)) {
        let path = record["path"].as_str().unwrap_or_default();
        let data = &parsed
            .get(path)
            .unwrap_or_else(|| panic!("{path} missing from parsed-corpus.jsonl"))["data"];
        let root = Node::from_json(data);
        files += 1;
        let ours = port_errors(&root);
        let valid = ours.is_empty();
        if Json::Bool(valid) == record["valid"] {
            verdicts += 1;
        } else {
            verdict_failures.push(format!("{path}: port valid={valid}, {ours:?}"));
        }
        let expected = multiset(strings(&record["errors"]));
        let got = multiset(ours);
        if got == expected {
            messages += 1;
            if allowed.contains_key(path) {
                stale.push(path.to_owned());
            }
        } else if !allowed.contains_key(path) {
            unlisted.push(format!(
                "{path}:\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
        let choice = choice_of(&root).expect("parse_ok means a map");
        let declared_ok = perl_text(&record["spec_version_effective"]).as_deref()
            == Some(choice.declared.as_str());
        let converter_ok = perl_text(&record["converter_spec_version"]).as_deref()
            == choice.converter.map(cpanmeta::model::SpecVersion::as_str);
        if declared_ok && converter_ok {
            specs += 1;
        } else {
            unlisted.push(format!(
                "{path}: spec choice {choice:?} vs {} / {}",
                record["spec_version_effective"], record["converter_spec_version"]
            ));
        }
    }
    eprintln!("validator corpus parity: {verdicts}/{files} verdicts identical");
    eprintln!("validator corpus parity: {messages}/{files} message multisets identical");
    eprintln!("validator corpus parity: {specs}/{files} spec-version choices identical");
    assert!(files >= 2599, "only {files} parsed files in the oracle");
    assert!(
        verdict_failures.is_empty(),
        "{}",
        verdict_failures.join("\n")
    );
    assert!(
        messages * 100 >= files * 99,
        "messages identical on {messages}/{files}"
    );
    assert!(unlisted.is_empty(), "{}", unlisted.join("\n"));
    assert!(
        stale.is_empty(),
        "allow-listed but identical now: {stale:?}"
    );
}

/// How the port's judgement of one input compares with a reference result: shared/oracle's
/// gen_oracle.pl results (`is_valid`, `errors`, `validator_spec`) or tests/oracle's
/// validator_oracle.pl records (`valid`, `errors`, `validator_spec`, `converter_spec`).
struct Comparison {
    verdict: bool,
    messages: bool,
    /// The difference, described, if anything differs.
    difference: Option<String>,
}

fn compare(what: &str, root: &Node, reference: &Json) -> Comparison {
    let ours = port_errors(root);
    let expected_valid = reference.get("is_valid").unwrap_or(&reference["valid"]);
    let verdict = Json::Bool(ours.is_empty()) == *expected_valid;
    let expected = multiset(strings(&reference["errors"]));
    let got = multiset(ours);
    let messages = got == expected;
    let choice = choice_of(root);
    let declared = choice.as_ref().map_or("1.0", |c| c.declared.as_str());
    let mut spec_ok = reference["validator_spec"].as_str() == Some(declared);
    let converter = choice.as_ref().and_then(|c| c.converter);
    if let Some(expected_converter) = reference.get("converter_spec") {
        // The Converter returns `$v+0` for a numerically equal version: 1 is spec 1.0.
        let expected_converter = expected_converter.as_str().map(|s| match s {
            "1" => "1.0",
            other => other,
        });
        spec_ok &= converter.map(cpanmeta::model::SpecVersion::as_str) == expected_converter;
    }
    let difference = (!(verdict && messages && spec_ok)).then(|| {
        format!(
            "{what}: spec {declared} / {converter:?} vs {} / {}\n  expected {expected:?}\n  got      {got:?}",
            reference["validator_spec"], reference["converter_spec"]
        )
    });
    Comparison {
        verdict,
        messages,
        difference,
    }
}

/// Whether a JSON value holds a non-integer number, whose Perl stringification could differ
/// from serde_json's (Node::from_json takes the latter).
fn has_float(v: &Json) -> bool {
    match v {
        Json::Number(n) => !(n.is_i64() || n.is_u64()),
        Json::Array(a) => a.iter().any(has_float),
        Json::Object(o) => o.values().any(has_float),
        _ => false,
    }
}

#[test]
fn synthetic_edge_cases_match_the_validator() {
    let Some(shared) = shared_or_skip("validator edge cases") else {
        return;
    };
    let path = shared.join("data/cpan-meta-oracle/validator-edge-cases.json");
    let text = std::fs::read_to_string(&path).expect("edge cases");
    let cases: Vec<Json> = serde_json::from_str(&text).expect("edge cases are JSON");
    let (mut verdicts, mut messages) = (0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap_or_default();
        // The oracle decoded the inputs with JSON::PP; without non-integer numbers, Perl's view
        // of every scalar is its JSON text, which is what Node::from_json builds.
        assert!(!has_float(&case["input"]), "{id}: non-integer number");
        let root = Node::from_json(&case["input"]);
        let c = compare(id, &root, &case["result"]);
        verdicts += usize::from(c.verdict);
        messages += usize::from(c.messages);
        failures.extend(c.difference);
    }
    let n = cases.len();
    eprintln!("validator edge cases: {verdicts}/{n} verdicts, {messages}/{n} messages identical");
    assert_eq!(n, 73);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cpan_meta_test_files_match_the_validator() {
    let Some(shared) = shared_or_skip("validator on CPAN-Meta test files") else {
        return;
    };
    let path = shared.join("data/cpan-meta-oracle/cpan-meta-testdata-results.json");
    let text = std::fs::read_to_string(&path).expect("results");
    let results: serde_json::Map<String, Json> = serde_json::from_str(&text).expect("JSON");
    let parsed = read_jsonl(&repo_root().join("tests/oracle/parsed-cpan-meta-tests.jsonl"));
    let (mut files, mut verdicts, mut messages) = (0, 0, 0);
    let mut failures = Vec::new();
    for record in &parsed {
        let path = record["path"].as_str().unwrap_or_default();
        let result = results
            .get(path)
            .unwrap_or_else(|| panic!("{path}: no oracle result"));
        assert_eq!(record["ok"], Json::Bool(true), "{path} did not parse");
        let root = Node::from_json(&record["data"]);
        let c = compare(path, &root, result);
        files += 1;
        verdicts += usize::from(c.verdict);
        messages += usize::from(c.messages);
        failures.extend(c.difference);
    }
    eprintln!(
        "validator on CPAN-Meta test files: {verdicts}/{files} verdicts, {messages}/{files} messages identical"
    );
    assert_eq!(files, results.len(), "every result has a parsed file");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn probes_of_validator_corners_match_the_validator() {
    let records = read_jsonl(&repo_root().join("tests/oracle/validator-probes-results.jsonl"));
    let mut failures = Vec::new();
    let mut messages = 0;
    for record in &records {
        let id = record["id"].as_str().unwrap_or_default();
        let root = Node::from_json(&record["data"]);
        messages += strings(&record["errors"]).len();
        failures.extend(compare(id, &root, record).difference);
    }
    let n = records.len();
    eprintln!(
        "validator probes: {}/{n} inputs identical ({messages} messages)",
        n - failures.len()
    );
    assert!(n >= 150, "only {n} probes");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The rule fixtures: each `CMxxx/fail-*` file makes the port report CMxxx (and exactly the
/// Validator's messages), each `pass-*` file does not, and every finding points into the tree.
#[test]
fn rule_fixtures_fail_and_pass_as_the_validator_does() {
    let records = read_jsonl(&repo_root().join("tests/oracle/validator-fixtures.jsonl"));
    let mut failures = Vec::new();
    for record in &records {
        let path = record["path"].as_str().unwrap_or_default();
        let (code, file) = path.split_once('/').expect("CODE/file");
        let fails = file.starts_with("fail-");
        assert!(
            fails || file.starts_with("pass-"),
            "{path}: fail-* or pass-*"
        );
        if code == "CM122" {
            // Parse::CPAN::Meta's verdict, checked by lint() rather than the Validator.
            assert_eq!(record["ok"], Json::Bool(!fails), "{path}");
            continue;
        }
        let root = Node::from_json(&record["data"]);
        failures.extend(compare(path, &root, record).difference);
        let diagnostics = cpanmeta::rules::spec::validate(&root);
        let reported = if code == "CM123" {
            choice_of(&root).is_some_and(|c| c.validator != c.converter)
        } else {
            diagnostics.iter().any(|d| d.code == code)
        };
        if reported != fails {
            failures.push(format!("{path}: {code} reported = {reported}"));
        }
        for d in &diagnostics {
            let target = if d.code == "CM101" {
                // A missing key: its map exists.
                d.location.pointer.rsplit_once('/').map_or("", |(p, _)| p)
            } else {
                d.location.pointer.as_str()
            };
            if root.pointer(target).is_none() {
                failures.push(format!("{path}: {} points nowhere", d.location.pointer));
            }
        }
    }
    for rule in cpanmeta::rules::spec::RULES {
        let dir = repo_root().join("tests/fixtures/rules").join(rule.code);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        for kind in ["fail-", "pass-"] {
            if !names.iter().any(|n| n.starts_with(kind)) {
                failures.push(format!("{} has no {kind}* fixture", rule.code));
            }
        }
    }
    eprintln!("validator fixtures: {} files", records.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
