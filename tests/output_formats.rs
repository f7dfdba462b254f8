//! Every output format on a few fixtures (snapshots), and the SARIF log validated against the
//! SARIF 2.1.0 schema (tests/data/sarif, the OASIS schema verbatim) and checked for what GitHub
//! code scanning requires.

use cpanmeta::render::{self, FileReport, HumanOptions, SarifInvocation};
use cpanmeta::{lint, LintOptions, Mode, Report};
use cpanmeta_tests::{repo_root, shared_or_skip};
use serde_json::Value;

/// A linted file as the CLI reports it: path, bytes, report.
struct Linted {
    path: String,
    bytes: Vec<u8>,
    report: Report,
}

/// A JSON file, a YAML file, a broken file, a finding with a related location, and a release
/// archive (whose paths say `release!/member`).
const FIXTURES: &[&str] = &[
    "examples/META.json",
    "tests/fixtures/rules/CM020/fail-colon-in-plain-value.yml",
    "tests/fixtures/rules/CM001/fail-missing-comma.json",
    "tests/fixtures/rules/CM515/fail-drops-perl-terms.json",
    "tests/fixtures/archives/sample/Mismatch-1.0.tar.gz",
];

fn lint_path(rel: &str) -> Vec<Linted> {
    let bytes = std::fs::read(repo_root().join(rel)).unwrap();
    let options = LintOptions::new(Mode::Strict);
    if rel.ends_with(".tar.gz") {
        let name = rel.rsplit('/').next().unwrap();
        let archive = cpanmeta::archive::Archive::read(&bytes, name).unwrap();
        return cpanmeta::kwalitee::lint_release(&archive, &options)
            .into_iter()
            .map(|f| Linted {
                path: f.path,
                bytes: f.bytes,
                report: f.report,
            })
            .collect();
    }
    let mut o = options;
    o.filename = Some(rel.to_owned());
    let report = lint(&bytes, &o);
    vec![Linted {
        path: rel.to_owned(),
        bytes,
        report,
    }]
}

fn fixtures() -> Vec<Linted> {
    FIXTURES.iter().flat_map(|f| lint_path(f)).collect()
}

fn file_reports(files: &[Linted]) -> Vec<FileReport<'_>> {
    files
        .iter()
        .map(|f| FileReport {
            path: &f.path,
            report: &f.report,
        })
        .collect()
}

fn per_file(files: &[Linted], render: impl Fn(&Linted) -> String) -> String {
    files.iter().map(render).collect()
}

#[test]
fn human() {
    let files = fixtures();
    let off = HumanOptions { color: false };
    insta::assert_snapshot!(per_file(&files, |f| render::render_human(
        &f.path, &f.bytes, &f.report, off
    )));
}

#[test]
fn human_in_colour() {
    let files = lint_path(FIXTURES[3]);
    let on = HumanOptions { color: true };
    let text = per_file(&files, |f| {
        render::render_human(&f.path, &f.bytes, &f.report, on)
    });
    assert!(text.contains("\x1b[1;33mwarning\x1b[0m"), "{text}");
    insta::assert_snapshot!(text.replace('\x1b', "<ESC>"));
}

#[test]
fn concise() {
    let files = fixtures();
    insta::assert_snapshot!(per_file(&files, |f| render::render_concise(
        &f.path, &f.report
    )));
}

#[test]
fn github() {
    let files = fixtures();
    let text = per_file(&files, |f| render::render_github(&f.path, &f.report));
    for line in text.lines() {
        assert!(
            line.starts_with("::error file=")
                || line.starts_with("::warning file=")
                || line.starts_with("::notice file="),
            "{line}"
        );
    }
    insta::assert_snapshot!(text);
}

#[test]
fn json_lines() {
    let files = fixtures();
    let text = per_file(&files, |f| render::render_json_lines(&f.path, &f.report));
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let findings: usize = files.iter().map(|f| f.report.diagnostics.len()).sum();
    assert_eq!(lines.len(), findings);
    insta::assert_snapshot!(text);
}

#[test]
fn json() {
    let files = fixtures();
    let text = render::render_json(&file_reports(&files));
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["version"], render::OUTPUT_VERSION);
    assert_eq!(doc["files"].as_array().unwrap().len(), files.len());
    insta::assert_snapshot!(text);
}

fn sarif_of(files: &[Linted], exit_code: i32) -> Value {
    let text = render::render_sarif(
        &file_reports(files),
        &SarifInvocation::new(exit_code, Vec::new()),
    );
    serde_json::from_str(&text).expect("the SARIF log is JSON")
}

/// The results and the invocation; the rules table is the registry's, tested below.
#[test]
fn sarif() {
    let mut log = sarif_of(&fixtures(), 1);
    let driver = &mut log["runs"][0]["tool"]["driver"];
    assert!(driver["rules"].as_array().is_some_and(|r| !r.is_empty()));
    driver["rules"] = Value::String("(the registry's rules, tested separately)".into());
    // Rule indexes move when rules are added; `assert_code_scanning_shape` checks them.
    for r in log["runs"][0]["results"].as_array_mut().unwrap() {
        r.as_object_mut().unwrap().remove("ruleIndex");
    }
    insta::assert_json_snapshot!(log);
}

fn sarif_validator() -> jsonschema::Validator {
    let path = repo_root().join("tests/data/sarif/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn assert_valid_sarif(log: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
}

/// What GitHub code scanning requires beyond the schema: one run, results naming a rule of the
/// driver's table (by id and index), relative URIs against a base id, regions with a start line.
fn assert_code_scanning_shape(log: &Value) {
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1, "at most one run");
    let run = &runs[0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(run["tool"]["driver"]["version"].is_string());
    for r in run["results"].as_array().unwrap() {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"], "{r}");
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/') && !uri.contains(":/"), "{uri}");
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1, "{r}");
    }
}

#[test]
fn sarif_validates_against_the_schema() {
    let log = sarif_of(&fixtures(), 1);
    assert_valid_sarif(&log);
    assert_code_scanning_shape(&log);
    // A run with no findings and a run that could not read a file are valid logs too.
    let empty: Value = serde_json::from_str(&render::render_sarif(
        &[],
        &SarifInvocation::new(2, vec!["cannot read `x/META.json`".into()]),
    ))
    .unwrap();
    assert_valid_sarif(&empty);
    assert_eq!(empty["runs"][0]["invocations"][0]["exitCode"], 2);
    assert_eq!(
        empty["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );
}

/// The schema really rejects a broken log (so the test above can fail).
#[test]
fn the_sarif_schema_rejects_a_broken_log() {
    let mut log = sarif_of(&lint_path(FIXTURES[0]), 1);
    log["runs"][0]["results"][0]["level"] = Value::String("fatal".into());
    assert!(!sarif_validator().is_valid(&log));
}

/// Every rule's entry, and every corpus file's findings, make a valid log.
#[test]
fn sarif_of_the_whole_corpus_validates() {
    let Some(shared) = shared_or_skip("SARIF of the corpus") else {
        return;
    };
    let root = shared.join("corpus/files");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        for f in std::fs::read_dir(&dir).unwrap() {
            let path = f.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let rel = path.strip_prefix(&shared).unwrap().display().to_string();
            let mut o = LintOptions::new(Mode::Strict);
            o.filename = Some(rel.clone());
            let report = lint(&bytes, &o);
            files.push(Linted {
                path: rel,
                bytes: Vec::new(),
                report,
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let log = sarif_of(&files, 1);
    let results = log["runs"][0]["results"].as_array().unwrap().len();
    let findings: usize = files.iter().map(|f| f.report.diagnostics.len()).sum();
    assert_eq!(results, findings);
    assert!(results > 1000, "{results}");
    assert_valid_sarif(&log);
    assert_code_scanning_shape(&log);
}
