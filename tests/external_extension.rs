//! The `x_external_prereqs` extension end to end: the example in
//! `examples/external-dependencies/` passes CPAN::Meta::Validator (the system perl; skipped
//! where perl or CPAN::Meta is absent) and cpanmeta's strict mode, and is listed in the report;
//! the Validator rejects the same keys under `prereqs` (why the extension is a top-level `x_`
//! key); the invalid example makes every rule of the group fire.

use std::io::Write;
use std::process::{Command, Stdio};

use cpanmeta::{lint, LintOptions, Mode};
use cpanmeta_tests::repo_root;

fn example(name: &str) -> Vec<u8> {
    std::fs::read(
        repo_root()
            .join("examples/external-dependencies")
            .join(name),
    )
    .unwrap()
}

fn strict(bytes: &[u8]) -> cpanmeta::Report {
    let mut options = LintOptions::new(Mode::Strict);
    options.filename = Some("META.json".into());
    lint(bytes, &options)
}

/// CPAN::Meta::Validator's verdict on a META.json, or `None` without perl and CPAN::Meta.
fn validator(bytes: &[u8]) -> Option<String> {
    let script = repo_root().join("tests/oracle/validate_meta.pl");
    let mut child = Command::new("perl")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(bytes).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_example_is_clean_in_strict_mode_and_listed() {
    let report = strict(&example("META.json"));
    assert!(report.valid);
    assert_eq!(report.diagnostics, vec![]);
    let listed: Vec<String> = report
        .external_dependencies
        .iter()
        .map(|d| format!("{} {} {} {}", d.phase, d.relationship, d.purl, d.range))
        .collect();
    assert_eq!(
        listed,
        [
            "build requires dep:virtual/compiler/c 0",
            "build requires dep:virtual/tool/pkg-config 0",
            "runtime recommends pkg:deb/debian/libssl3 >= 3.0.2-0ubuntu1",
            "runtime recommends pkg:rpm/fedora/openssl-libs >= 1:3.0.7-2",
            "runtime requires pkg:generic/openssl >= 1.1.1, < 4",
            "runtime requires pkg:pypi/cryptography >=41, <46",
            "test requires dep:virtual/service/postgresql >= 12",
            "test requires pkg:npm/pg-mock ^2.1.0 || 3.x",
        ]
    );
}

#[test]
fn the_example_passes_cpan_meta_validator() {
    let Some(verdict) = validator(&example("META.json")) else {
        eprintln!("SKIPPED: no perl with CPAN::Meta::Validator");
        return;
    };
    assert_eq!(verdict.trim(), "valid");
}

#[test]
fn the_validator_rejects_purls_under_prereqs() {
    let mut meta: serde_json::Value = serde_json::from_slice(&example("META.json")).unwrap();
    meta["prereqs"]["runtime"]["requires"]["pkg:generic/openssl"] = "1.1.1".into();
    meta["prereqs"]["build"] = serde_json::json!({ "requires": { "dep:virtual/compiler/c": "0" } });
    let bytes = serde_json::to_vec(&meta).unwrap();
    // cpanmeta's compat mode reproduces the Validator's messages ...
    let report = lint(&bytes, &LintOptions::new(Mode::Compat));
    assert!(!report.valid);
    let expected = [
        "Key 'dep:virtual/compiler/c' is not a legal module name. (prereqs -> build -> requires -> dep:virtual/compiler/c) [Validation: 2]",
        "Key 'pkg:generic/openssl' is not a legal module name. (prereqs -> runtime -> requires -> pkg:generic/openssl) [Validation: 2]",
    ];
    let mut ours = report.validator_errors.clone();
    ours.sort();
    assert_eq!(ours, expected);
    // ... which are the Validator's own.
    let Some(verdict) = validator(&bytes) else {
        eprintln!("SKIPPED: no perl with CPAN::Meta::Validator");
        return;
    };
    let mut lines: Vec<&str> = verdict.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.remove(0), "invalid");
    lines.sort_unstable();
    assert_eq!(lines, expected);
}

#[test]
fn every_rule_of_the_group_fires_on_the_invalid_example() {
    let report = strict(&example("invalid-META.json"));
    let mut codes: Vec<&str> = report
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .filter(|c| c.starts_with("CM7"))
        .collect();
    codes.sort_unstable();
    // Every rule about META files (CM750 is about the files of a `CPAN-META/` directory).
    let every: Vec<&str> = cpanmeta::rules::external::RULES
        .iter()
        .map(|r| r.code)
        .filter(|c| *c != "CM750")
        .collect();
    assert_eq!(codes, every);
    // The Validator does not look inside `x_` keys: the file is still valid for it.
    assert!(report.valid);
}

#[test]
fn custom_phases_and_relationships_do_not_help() {
    let mut meta: serde_json::Value = serde_json::from_slice(&example("META.json")).unwrap();
    meta["prereqs"]["x_external"] =
        serde_json::json!({ "requires": { "pkg:generic/openssl": "0" } });
    meta["prereqs"]["runtime"]["x_external"] = serde_json::json!({ "pkg:generic/zlib": "0" });
    let bytes = serde_json::to_vec(&meta).unwrap();
    let expected = [
        "Key 'pkg:generic/openssl' is not a legal module name. (prereqs -> x_external -> requires -> pkg:generic/openssl) [Validation: 2]",
        "Key 'pkg:generic/zlib' is not a legal module name. (prereqs -> runtime -> x_external -> pkg:generic/zlib) [Validation: 2]",
    ];
    let mut ours = lint(&bytes, &LintOptions::new(Mode::Compat)).validator_errors;
    ours.sort();
    assert_eq!(ours, expected);
    let Some(verdict) = validator(&bytes) else {
        eprintln!("SKIPPED: no perl with CPAN::Meta::Validator");
        return;
    };
    let mut lines: Vec<&str> = verdict.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.remove(0), "invalid");
    lines.sort_unstable();
    assert_eq!(lines, expected);
}
