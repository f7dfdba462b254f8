//! Every rule against its fixtures, and every rule against every fixture.
//!
//! `fixtures/rules/<CODE>/fail-*.{json,yml}` must produce `<CODE>`; `pass-*` must not. Every
//! registered rule must have at least one failing fixture. Each fixture is checked with only its
//! rule selected, so the rule itself is tested whatever other rules say about the same value (the
//! way findings are reconciled shows in the snapshot). A `schema.json` beside them is the user's
//! own schema (`--schema`) for that directory's fixtures. `*.toml` fixtures are `cpanmeta.toml`
//! configuration files (the `config` group), with paths relative to their directory. All fixtures
//! are then linted with every rule enabled and the findings snapshotted, so a false positive
//! anywhere shows up in review.

use std::collections::BTreeMap;
use std::path::PathBuf;

use cpanmeta::{lint, LintOptions, Mode};
use cpanmeta_tests::repo_root;

fn fixtures() -> Vec<(String, PathBuf)> {
    let root = repo_root().join("tests/fixtures/rules");
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(&root) else {
        return out;
    };
    for dir in dirs {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&dir).unwrap() {
            let path = f.unwrap().path();
            if path.file_name().is_some_and(|n| n != "schema.json") {
                out.push((code.clone(), path));
            }
        }
    }
    out.sort();
    out
}

/// Lints a fixture (with only the rule `only`, or every rule); fixtures named `*.json` are JSON,
/// everything else YAML.
fn lint_fixture(path: &std::path::Path, mode: Mode, only: Option<&str>) -> cpanmeta::Report {
    let bytes = std::fs::read(path).unwrap();
    let mut options = LintOptions::new(mode);
    options.select.extend(only.map(str::to_owned));
    let name = path.file_name().unwrap().to_string_lossy();
    // Release archives (the kwalitee rules): `fail-WHAT--Foo-Bar-1.0.tar.gz` is the release
    // `Foo-Bar-1.0.tar.gz`; the findings of all its files are pooled into the first report.
    if let Some((_, release)) = name.split_once("--") {
        let archive = cpanmeta::archive::Archive::read(&bytes, release).unwrap();
        let mut files = cpanmeta::kwalitee::lint_release(&archive, &options).into_iter();
        let mut first = files.next().expect("a release has a report").report;
        for f in files {
            first.diagnostics.extend(f.report.diagnostics);
        }
        return first;
    }
    if name.ends_with(".toml") {
        let dir = path.parent().unwrap();
        let exists = |p: &str| dir.join(p).is_file();
        return cpanmeta::rules::config::lint_config(&bytes, "cpanmeta.toml", &exists).1;
    }
    let meta_name = if name.ends_with(".automation-policy.json") {
        "CPAN-META/automation-policy.json" // ext hook: a file of the CPAN Metadata v3 draft
    } else if name.ends_with(".json") {
        "META.json"
    } else {
        "META.yml"
    };
    options.filename = Some(meta_name.into());
    let schema = path.with_file_name("schema.json");
    if schema.is_file() {
        let value = serde_json::from_slice(&std::fs::read(&schema).unwrap()).unwrap();
        let compiled =
            cpanmeta::schema::UserSchema::compile(value, schema.display().to_string()).unwrap();
        options.schemas.push(std::sync::Arc::new(compiled));
    }
    let mut report = lint(&bytes, &options);
    // The `convert` group runs only in `cpanmeta convert`: its fixtures are converted too.
    let code = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let rule = code.as_deref().and_then(cpanmeta::registry::by_code);
    if rule.is_some_and(|r| r.group == cpanmeta::registry::Group::Convert) {
        let conversion = cpanmeta::convert::convert(&bytes, &options, "cpanmeta");
        report.diagnostics.extend(conversion.diagnostics);
    }
    report
}

#[test]
fn failing_fixtures_fail_and_passing_fixtures_pass() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (code, path) in fixtures() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = lint_fixture(&path, Mode::Strict, Some(&code));
        let found = report.diagnostics.iter().any(|d| d.code == code);
        if name.starts_with("fail") && !found {
            problems.push(format!(
                "{code}/{name}: expected {code}, got {:?}",
                codes(&report)
            ));
        } else if name.starts_with("pass") && found {
            problems.push(format!("{code}/{name}: did not expect {code}"));
        } else if !name.starts_with("fail") && !name.starts_with("pass") {
            problems.push(format!(
                "{code}/{name}: fixture names start with fail- or pass-"
            ));
        }
        checked += 1;
    }
    println!(
        "rule fixtures: {checked} checked, {} problems",
        problems.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_has_a_failing_fixture() {
    let have: std::collections::HashSet<String> = fixtures()
        .into_iter()
        .filter(|(_, p)| p.file_name().unwrap().to_string_lossy().starts_with("fail"))
        .map(|(c, _)| c)
        .collect();
    let missing: Vec<_> = cpanmeta::registry::all()
        .filter(|r| !have.contains(r.code))
        .map(|r| r.code)
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a failing fixture: {missing:?}"
    );
}

#[test]
fn every_rule_on_every_fixture() {
    let mut all = BTreeMap::new();
    for (code, path) in fixtures() {
        let name = format!("{code}/{}", path.file_name().unwrap().to_string_lossy());
        let strict = lint_fixture(&path, Mode::Strict, None);
        let compat = lint_fixture(&path, Mode::Compat, None);
        let line = |r: &cpanmeta::Report| {
            r.diagnostics
                .iter()
                .map(|d| {
                    let at = d
                        .location
                        .start
                        .map_or(String::new(), |s| format!("{}:{}", s.line, s.column));
                    format!("{} {} {at} {}", d.code, d.severity, d.location.pointer)
                })
                .collect::<Vec<_>>()
        };
        all.insert(name, serde_json::json!({ "strict": line(&strict), "compat": line(&compat), "valid": compat.valid }));
    }
    insta::assert_json_snapshot!("every_rule_on_every_fixture", all);
}

fn codes(report: &cpanmeta::Report) -> Vec<&str> {
    report.diagnostics.iter().map(|d| d.code.as_str()).collect()
}
