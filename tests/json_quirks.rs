//! Every quirk of reading META.json, against what perl says.
//!
//! `tests/oracle/json-quirks.jsonl` was made by `tests/oracle/json_quirks.pl` (perl 5.36,
//! Parse::CPAN::Meta 2.150010, JSON::PP 4.07): for each small input, whether
//! `Parse::CPAN::Meta->load_file` dies and with what message, and otherwise the data it returns with
//! Perl's view of every number. The reader must agree on every case.

use cpanmeta::source::{json, Node, Value};
use cpanmeta_tests::repo_root;
use serde::Deserialize;
use serde_json::json;

/// The oracle's typed view: numbers as `{"\u0000n": "<perl string>"}`.
fn view(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => json!(b),
        Value::Number(n) => json!({ "\u{0}n": n.perl }),
        Value::String(s) => json!(s),
        Value::Array(a) => a.iter().map(view).collect(),
        Value::Object(o) => o
            .iter()
            .map(|e| (e.key.clone(), view(&e.value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// JSON lines whose values nest deeper than serde_json's default limit (the 512-level case).
fn read_deep_jsonl(path: &str) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(repo_root().join(path)).expect("oracle file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut de = serde_json::Deserializer::from_str(line);
            de.disable_recursion_limit();
            serde_json::Value::deserialize(&mut de).expect("oracle line")
        })
        .collect()
}

#[test]
fn reader_agrees_with_perl_on_every_quirk() {
    let cases = read_deep_jsonl("tests/oracle/json-quirks.jsonl");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let bytes = unhex(case["hex"].as_str().unwrap_or(""));
        let read = json::read(&bytes);
        let got = match (&read.perl_error, &read.root) {
            (Some(e), _) => json!({ "error": e }),
            (None, Some(root)) => json!({ "ref": root.value.perl_ref(), "data": view(root) }),
            (None, None) => json!({ "error": "no root and no error" }),
        };
        let want = if case["error"].is_null() {
            json!({ "ref": case["ref"], "data": case["data"] })
        } else {
            json!({ "error": case["error"] })
        };
        if got != want {
            failures.push(format!("{name}:\n  perl: {want}\n  ours: {got}"));
        }
    }
    println!(
        "json quirks: {}/{} cases agree with perl",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 4,000 pseudo-random inputs (tests/oracle/json_random.pl): same verdict, same message.
#[test]
fn reader_agrees_with_perl_on_random_inputs() {
    let cases = read_deep_jsonl("tests/oracle/json-random.jsonl");
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = unhex(case["hex"].as_str().unwrap_or(""));
        let read = json::read(&bytes);
        let got = match (&read.perl_error, &read.root) {
            (Some(e), _) => json!({ "error": e }),
            (None, Some(root)) => json!({ "ref": root.value.perl_ref() }),
            (None, None) => json!({ "error": "no root and no error" }),
        };
        let want = if case["error"].is_null() {
            json!({ "ref": case["ref"] })
        } else {
            json!({ "error": case["error"] })
        };
        if got != want {
            failures.push(format!(
                "{:?}:\n  perl: {want}\n  ours: {got}",
                String::from_utf8_lossy(&bytes)
            ));
        }
    }
    println!(
        "json random inputs: {}/{} agree with perl",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(cases.len() >= 4000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
