//! version.pm and CPAN::Meta::Requirements parity on the shared oracle data: every distinct
//! version string of the corpus (`corpus/versions.jsonl`, made by `oracle/versions.pl` with
//! version.pm 0.9929 and CPAN::Meta::Requirements 2.140 on perl 5.36) and the hand-picked cases of
//! `data/cpan-meta-oracle/perl-version-semantics.json`. Every field must agree.

use cpanmeta::version::{is_lax, is_strict, Range, Version};
use cpanmeta_tests::{read_jsonl, shared_or_skip};
use serde_json::Value;

fn s(v: &Value) -> Option<&str> {
    v.as_str()
}

/// The fields of one oracle row that our implementation disagrees with.
fn version_mismatches(row: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let Some(input) = row["input"].as_str() else {
        return bad;
    };
    let mut check = |field: &str, ours: Value| {
        if row.get(field).is_some() && row[field] != ours {
            bad.push(format!("{field}: perl {} ours {}", row[field], ours));
        }
    };
    check("is_lax", is_lax(input).into());
    check("is_strict", is_strict(input).into());
    match Version::parse(input) {
        Ok(v) => {
            check("parse_ok", true.into());
            check("parse_error", Value::Null);
            check("stringify", v.stringify().into());
            check("numify", v.numify().into());
            check("normal", v.normal().into());
            check("is_alpha", v.is_alpha().into());
            check("is_qv", v.is_qv().into());
        }
        Err(e) => {
            check("parse_ok", false.into());
            check("parse_error", e.to_string().into());
        }
    }
    if row.get("cmr_ok").is_some() {
        match Range::parse(input) {
            Ok(r) if !r.is_empty() => {
                check("cmr_ok", true.into());
                check("cmr_string", r.to_string().into());
            }
            Ok(r) => check("cmr_ok", Value::from(r.empty_reason().is_none())),
            Err(e) => {
                check("cmr_ok", false.into());
                check("cmr_error", e.message.into());
            }
        }
    }
    bad
}

#[test]
fn corpus_versions_match_version_pm_and_requirements() {
    let Some(shared) = shared_or_skip("version parity (corpus)") else {
        return;
    };
    let rows = read_jsonl(&shared.join("corpus/versions.jsonl"));
    let mut failures = Vec::new();
    for row in &rows {
        let bad = version_mismatches(row);
        if !bad.is_empty() {
            failures.push(format!("{:?}: {}", row["input"], bad.join("; ")));
        }
    }
    let ok = rows.len() - failures.len();
    eprintln!(
        "version parity (corpus/versions.jsonl): {ok}/{} strings identical in every field",
        rows.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn version_semantics_oracle_matches() {
    let Some(shared) = shared_or_skip("version parity (semantics)") else {
        return;
    };
    let path = shared.join("data/cpan-meta-oracle/perl-version-semantics.json");
    let text = std::fs::read_to_string(&path).expect("oracle file");
    let data: Value = serde_json::from_str(&text).expect("oracle JSON");
    let mut failures = Vec::new();
    let versions = data["versions"].as_array().expect("versions");
    for row in versions {
        let bad = version_mismatches(row);
        if !bad.is_empty() {
            failures.push(format!("{:?}: {}", row["input"], bad.join("; ")));
        }
    }
    let comparisons = data["comparisons"].as_array().expect("comparisons");
    for c in comparisons {
        let (a, b) = (s(&c["a"]).unwrap_or(""), s(&c["b"]).unwrap_or(""));
        let ours = match (Version::parse(a), Version::parse(b)) {
            (Ok(x), Ok(y)) => i64::from(x.cmp(&y) as i8),
            _ => 99,
        };
        if c["cmp"].as_i64() != Some(ours) {
            failures.push(format!("{a} <=> {b}: perl {} ours {ours}", c["cmp"]));
        }
    }
    let total = versions.len() + comparisons.len();
    eprintln!(
        "version parity (perl-version-semantics.json): {}/{total} cases identical",
        total - failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
