//! The version-range engines of `x_external_prereqs` against the reference tools: dpkg, rpm,
//! Python's `packaging` and node-semver answered the questions of
//! `fixtures/external/ranges-expected.jsonl` (written by `oracle/gen_external_ranges.py`); every
//! answer of ours must agree. Skips when the file is absent.

use std::cmp::Ordering;

use cpanmeta::external::range::bounds::matches;
use cpanmeta::external::range::debian::DebVersion;
use cpanmeta::external::range::pep440::{specifiers, Pep440};
use cpanmeta::external::range::rpm::rpmvercmp;
use cpanmeta::external::range::semver::npm;
use cpanmeta_tests::repo_root;
use serde_json::Value;

fn ordering(n: i64) -> Ordering {
    n.cmp(&0)
}

/// Our answer to one question, as JSON.
#[allow(clippy::many_single_char_names)]
fn answer(q: &Value) -> Value {
    let s = |k: &str| q[k].as_str().unwrap_or_default();
    let (a, b) = (s("a"), s("b"));
    match (s("scheme"), s("op")) {
        ("deb", "valid") => DebVersion::parse(a).is_ok().into(),
        ("deb", "cmp") => match (DebVersion::parse(a), DebVersion::parse(b)) {
            (Ok(x), Ok(y)) => (x.cmp(&y) as i64).into(),
            _ => "unparsable".into(),
        },
        ("rpm", "cmp") => (rpmvercmp(a, b) as i64).into(),
        ("pypi", "valid") => Pep440::parse(a).is_ok().into(),
        ("pypi", "cmp") => match (Pep440::parse(a), Pep440::parse(b)) {
            (Ok(x), Ok(y)) => (x.cmp(&y) as i64).into(),
            _ => "unparsable".into(),
        },
        ("pypi", "spec_valid") => specifiers(a).is_ok().into(),
        ("npm", "valid_range") => npm(a).is_ok().into(),
        ("npm", "satisfies") => match (npm(a), cpanmeta::external::range::semver::version(b)) {
            (Ok(sets), Ok(v)) => sets.iter().any(|set| matches(set, &v)).into(),
            _ => "unparsable".into(),
        },
        other => panic!("unknown question {other:?}"),
    }
}

#[test]
fn engines_agree_with_the_reference_tools() {
    let path = repo_root().join("tests/fixtures/external/ranges-expected.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} is absent", path.display());
        return;
    };
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in text.lines() {
        let q: Value = serde_json::from_str(line).unwrap();
        let ours = answer(&q);
        let theirs = match &q["result"] {
            Value::Number(n) => (ordering(n.as_i64().unwrap()) as i64).into(),
            other => other.clone(),
        };
        if ours != theirs {
            wrong.push(format!("{line} -> ours {ours}"));
        }
        checked += 1;
    }
    assert!(checked > 5000, "only {checked} expectations");
    assert!(
        wrong.is_empty(),
        "{} of {checked} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
