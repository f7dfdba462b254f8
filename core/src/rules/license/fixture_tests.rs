//! Every license rule against its fixtures (tests/fixtures/rules/CM5xx/), as Perl parsed them
//! (tests/oracle/license-fixtures.jsonl, made by tests/oracle/license_fixtures.pl): each
//! `fail-*` file must produce the rule's code, each `pass-*` file must not. The Validator's
//! verdicts in the same dump prove the split: refinements (`registry::REFINEMENTS`) fire only
//! where the Validator already rejects the license, the other rules only where it says nothing.

use super::testing::run_on;
use super::RULES;
use crate::model::SpecVersion;
use crate::source::Node;

fn fixtures() -> Vec<serde_json::Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/oracle/license-fixtures.jsonl");
    let text = std::fs::read_to_string(&path).expect("license-fixtures.jsonl");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect()
}

#[test]
fn every_license_rule_fails_and_passes_its_fixtures() {
    let all = fixtures();
    for rule in RULES {
        let mine: Vec<_> = all
            .iter()
            .filter(|f| {
                f["path"]
                    .as_str()
                    .is_some_and(|p| p.contains(&format!("/{}/", rule.code)))
            })
            .collect();
        let fails = mine
            .iter()
            .filter(|f| f["path"].as_str().is_some_and(|p| p.contains("/fail-")))
            .count();
        let passes = mine.len() - fails;
        assert!(
            fails >= 1 && passes >= 1,
            "{}: {fails} failing and {passes} passing fixtures",
            rule.code
        );
        for f in mine {
            let path = f["path"].as_str().unwrap_or_default();
            let key = f["validator_spec"].as_str().unwrap_or("1.0");
            let version = SpecVersion::from_validator_key(key);
            let codes: Vec<String> = run_on(&Node::from_json(&f["data"]), b"", version)
                .into_iter()
                .map(|d| d.code)
                .collect();
            let fires = codes.iter().any(|c| c == rule.code);
            if path.contains("/fail-") {
                assert!(fires, "{path} does not produce {}: {codes:?}", rule.code);
                let validator_rejects_license = f["errors"].as_array().is_some_and(|e| {
                    e.iter()
                        .any(|e| e.as_str().is_some_and(|e| e.starts_with("License '")))
                });
                if crate::registry::is_refinement(rule.code) {
                    assert!(
                        validator_rejects_license,
                        "{path}: the Validator accepts it, so {} refines nothing",
                        rule.code
                    );
                } else {
                    assert!(
                        !validator_rejects_license,
                        "{path}: the Validator reports it already; {} should be a refinement",
                        rule.code
                    );
                }
            } else {
                assert!(!fires, "{path} produces {}: {codes:?}", rule.code);
            }
        }
    }
}

/// The fixtures dump must cover every fixture file on disk (re-run the script after adding one).
#[test]
fn the_fixture_dump_is_complete() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rules");
    let dumped: Vec<String> = fixtures()
        .iter()
        .filter_map(|f| f["path"].as_str().map(str::to_owned))
        .collect();
    for rule in RULES {
        let Ok(entries) = std::fs::read_dir(dir.join(rule.code)) else {
            panic!("no fixtures for {}", rule.code)
        };
        for e in entries.flatten() {
            let name = format!(
                "tests/fixtures/rules/{}/{}",
                rule.code,
                e.file_name().to_string_lossy()
            );
            assert!(dumped.contains(&name), "{name} is not in tests/oracle/license-fixtures.jsonl: run perl tests/oracle/license_fixtures.pl");
        }
    }
}
