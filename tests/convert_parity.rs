//! `cpanmeta convert` against CPAN::Meta::Converter 2.150010 on the corpus.
//!
//! 1. Prerequisites and licenses: the converted `prereqs` and `license` equal the `converted`
//!    field of `../shared/corpus/oracle.jsonl` (`CPAN::Meta->load_file($f)->prereqs` and
//!    `->licenses`), and files the reference cannot load are the files we cannot convert.
//! 2. The whole document: equal (as JSON values, strings and numbers kept apart) to what
//!    `as_string` writes, from `tests/oracle/convert-corpus.jsonl` (made by
//!    `tests/oracle/convert.pl`), minus `x_serialization_backend`, which `as_string` adds.
//! 3. Round trip: the converted document linted as META.json has no Validator error.
//!
//! Differences are listed by file; the assertions allow none that is not explained in
//! `KNOWN` below.

use std::collections::HashMap;

use cpanmeta::convert::{json_pp, to_v2, CONVERTER_VERSION};
use cpanmeta::source::{read, Format};
use cpanmeta::{lint, LintOptions, Mode};
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};
use serde_json::Value as J;

/// Differences from the reference that are understood, by corpus path: none so far.
const KNOWN: &[(&str, &str)] = &[];

fn signature() -> String {
    format!("CPAN::Meta::Converter version {CONVERTER_VERSION}")
}

#[test]
fn prereqs_licenses_and_documents_match_the_converter() {
    let Some(shared) = shared_or_skip("convert parity") else {
        return;
    };
    let corpus = shared.join("corpus");
    let oracle = read_jsonl(&corpus.join("oracle.jsonl"));
    let documents: HashMap<String, J> =
        read_jsonl(&repo_root().join("tests/oracle/convert-corpus.jsonl"))
            .into_iter()
            .map(|r| (r["path"].as_str().unwrap().to_owned(), r))
            .collect();
    let known: HashMap<&str, &str> = KNOWN.iter().copied().collect();
    let (mut files, mut loaded, mut prereq_ok, mut license_ok, mut doc_ok, mut roundtrip_ok) =
        (0, 0, 0, 0, 0, 0);
    let mut problems = Vec::new();
    let mut losses: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for rec in &oracle {
        let path = rec["path"].as_str().unwrap();
        files += 1;
        let bytes = std::fs::read(corpus.join("files").join(path)).unwrap();
        let format = if path.ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        };
        let parsed = read(&bytes, format);
        let root = parsed
            .root
            .filter(|r| r.value.as_object().is_some() && parsed.perl_error.is_none());
        let ours = root.as_ref().map(|r| to_v2(r, format, &signature()));
        for loss in ours.iter().flat_map(|c| &c.losses) {
            *losses.entry(loss.rule.code).or_default() += 1;
        }
        let doc = ours.as_ref().and_then(|c| c.document.as_ref().ok());
        let reference = &rec["converted"];
        let mut mine = Vec::new();
        match (doc, reference.is_null()) {
            (None, true) => {
                loaded += 1;
                prereq_ok += 1;
                license_ok += 1;
            }
            (Some(_), true) => mine.push("the Converter dies, we convert".to_owned()),
            (None, false) => mine.push(format!(
                "we cannot convert: {:?}",
                ours.as_ref().map(|c| c.document.clone().err())
            )),
            (Some(d), false) => {
                loaded += 1;
                let prereqs = d
                    .get("prereqs")
                    .cloned()
                    .unwrap_or(J::Object(serde_json::Map::default()));
                if prereqs == reference["prereqs"] {
                    prereq_ok += 1;
                } else {
                    mine.push(format!(
                        "prereqs: ours {prereqs}, reference {}",
                        reference["prereqs"]
                    ));
                }
                if d["license"] == reference["license"] {
                    license_ok += 1;
                } else {
                    mine.push(format!(
                        "license: ours {}, reference {}",
                        d["license"], reference["license"]
                    ));
                }
            }
        }
        // The whole document.
        let full = &documents[path];
        match (doc, full["ok"].as_bool() == Some(true)) {
            (Some(d), true) => {
                let mut want = full["document"].clone();
                // `as_string` sets `x_serialization_backend` to its JSON backend, whatever the
                // document said.
                want.as_object_mut()
                    .unwrap()
                    .remove("x_serialization_backend");
                let mut d = d.clone();
                d.as_object_mut().unwrap().remove("x_serialization_backend");
                let d = &d;
                if *d == want {
                    doc_ok += 1;
                } else {
                    let mut diffs = Vec::new();
                    diff("", d, &want, &mut diffs);
                    mine.push(format!("document differs: {}", diffs.join("; ")));
                }
                // Round trip: the result is a valid spec-2 META.json.
                let text = json_pp::to_string(d);
                let mut o = LintOptions::new(Mode::Compat);
                o.filename = Some("META.json".into());
                let report = lint(text.as_bytes(), &o);
                if report.valid {
                    roundtrip_ok += 1;
                } else {
                    mine.push(format!("round trip: {:?}", report.validator_errors));
                }
            }
            (None, false) => {
                doc_ok += 1;
                roundtrip_ok += 1;
            }
            _ => {}
        }
        if !mine.is_empty() && !known.contains_key(path) {
            problems.push(format!("{path}:\n  {}", mine.join("\n  ")));
        }
    }
    println!(
        "convert parity: {files} files, {loaded} agree on loading, prereqs {prereq_ok}, licenses {license_ok}, \
         whole documents {doc_ok}, round trips {roundtrip_ok}; {} with unexplained differences; \
         lossy steps reported: {losses:?}",
        problems.len()
    );
    for p in problems
        .iter()
        .take(if std::env::var_os("CONVERT_PARITY_ALL").is_some() {
            usize::MAX
        } else {
            40
        })
    {
        println!("{p}");
    }
    assert!(
        problems.is_empty(),
        "{} files differ from the reference",
        problems.len()
    );
}

/// Where two JSON values differ, as `pointer: ours vs reference`.
fn diff(at: &str, ours: &J, theirs: &J, out: &mut Vec<String>) {
    match (ours, theirs) {
        (J::Object(mine), J::Object(reference)) => {
            let keys: std::collections::BTreeSet<&String> =
                mine.keys().chain(reference.keys()).collect();
            for key in keys {
                let here = format!("{at}/{key}");
                match (mine.get(key), reference.get(key)) {
                    (Some(left), Some(right)) => diff(&here, left, right, out),
                    (left, right) => out.push(format!("{here}: {left:?} vs {right:?}")),
                }
            }
        }
        _ if ours != theirs => out.push(format!("{at}: {ours} vs {theirs}")),
        _ => {}
    }
}

/// Every rule fixture (`tests/fixtures/rules/*/*.{json,yml}`, many of them broken on purpose)
/// against `tests/oracle/convert-fixtures.jsonl` (`convert.pl --any`): the same files convert,
/// to the same documents.
#[test]
fn rule_fixtures_convert_as_the_converter_converts_them() {
    let root = repo_root().join("tests/fixtures/rules");
    let mut problems = Vec::new();
    let (mut checked, mut converted) = (0, 0);
    for rec in read_jsonl(&repo_root().join("tests/oracle/convert-fixtures.jsonl")) {
        let path = rec["path"].as_str().unwrap();
        let bytes = std::fs::read(root.join(path)).unwrap();
        let format = if path.ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        };
        let parsed = read(&bytes, format);
        let doc = parsed
            .root
            .filter(|r| r.value.as_object().is_some() && parsed.perl_error.is_none())
            .and_then(|r| to_v2(&r, format, &signature()).document.ok());
        checked += 1;
        let ok = rec["ok"].as_bool() == Some(true);
        match (doc, ok) {
            (None, false) => {}
            (Some(_), true) if rec["too_deep"] == true => converted += 1,
            (Some(mut d), true) => {
                converted += 1;
                let mut want = rec["document"].clone();
                want.as_object_mut()
                    .unwrap()
                    .remove("x_serialization_backend");
                d.as_object_mut().unwrap().remove("x_serialization_backend");
                if d != want {
                    let mut diffs = Vec::new();
                    diff("", &d, &want, &mut diffs);
                    problems.push(format!("{path}: {}", diffs.join("; ")));
                }
            }
            (Some(_), false) => problems.push(format!(
                "{path}: the Converter dies ({}), we convert",
                rec["error"]
            )),
            // cpanmeta stops reading YAML nested more than 128 levels (rule CM028, by design: the
            // reader's recursion is bounded); CPAN::Meta::YAML has no limit.
            (None, true) if path == "CM028/fail-deeply-nested-custom-key.yml" => {}
            (None, true) => problems.push(format!("{path}: we cannot convert, the Converter does")),
        }
    }
    println!(
        "rule fixtures: {checked} converted as the reference ({converted} convert); {} differ",
        problems.len()
    );
    for p in &problems {
        println!("{p}");
    }
    assert!(checked > 250);
    assert!(problems.is_empty(), "{} fixtures differ", problems.len());
}

/// Damaged small corpus files (`tests/oracle/convert-mutants.jsonl`, made by
/// `convert_mutants.pl`: values replaced by the shapes the Converter treats specially, keys
/// renamed or deleted), in JSON and YAML: the same cases convert, to the same documents.
#[test]
fn damaged_documents_convert_as_the_converter_converts_them() {
    let mut problems = Vec::new();
    let (mut checked, mut converted, mut explained) = (0, 0, 0);
    for rec in read_jsonl(&repo_root().join("tests/oracle/convert-mutants.jsonl")) {
        let id = &rec["id"];
        let input = rec["input"].as_str().unwrap();
        let format = if rec["format"] == "json" {
            Format::Json
        } else {
            Format::Yaml
        };
        let parsed = read(input.as_bytes(), format);
        let ours = parsed
            .root
            .filter(|r| r.value.as_object().is_some() && parsed.perl_error.is_none())
            .map(|r| to_v2(&r, format, &signature()));
        let doc = ours.as_ref().and_then(|c| c.document.as_ref().ok());
        // Two keys renamed to the same `x_` key: Perl's hash order decides which value stays;
        // reported (CM355), not reproduced.
        let collided = ours
            .iter()
            .flat_map(|c| &c.losses)
            .any(|l| l.message.contains("one of the two values is lost"));
        checked += 1;
        match (doc, rec["ok"].as_bool() == Some(true)) {
            (None, false) => {}
            (Some(_), true) if collided => {
                converted += 1;
                explained += 1;
            }
            (Some(d), true) => {
                converted += 1;
                let mut d = d.clone();
                d.as_object_mut().unwrap().remove("x_serialization_backend");
                if d != rec["document"] {
                    let mut diffs = Vec::new();
                    diff("", &d, &rec["document"], &mut diffs);
                    problems.push(format!("case {id}: {}", diffs.join("; ")));
                }
            }
            (Some(_), false) => problems.push(format!(
                "case {id}: the Converter dies ({}), we convert",
                rec["error"]
            )),
            (None, true) => problems.push(format!(
                "case {id}: we cannot convert ({:?}), the Converter does",
                ours.map(|c| c.document.err())
            )),
        }
    }
    println!(
        "damaged documents: {checked} ({converted} convert, {explained} with a reported key collision); {} differ",
        problems.len()
    );
    for p in problems.iter().take(30) {
        println!("{p}");
    }
    assert!(checked > 500);
    assert!(problems.is_empty(), "{} cases differ", problems.len());
}

/// The `convert` group is `cpanmeta convert`'s alone: `lint` never reports it, even with every
/// rule selected, on the fixtures where `convert` does.
#[test]
fn lint_never_reports_the_convert_group() {
    let root = repo_root().join("tests/fixtures/rules");
    let mut checked = 0;
    for code in [
        "CM350", "CM351", "CM352", "CM353", "CM354", "CM355", "CM356", "CM357", "CM358", "CM359",
        "CM360",
    ] {
        for entry in std::fs::read_dir(root.join(code)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            let mut o = LintOptions::new(Mode::Strict);
            o.select = vec!["ALL".into()];
            o.filename = Some(
                if name.ends_with(".json") {
                    "META.json"
                } else {
                    "META.yml"
                }
                .into(),
            );
            let report = lint(&bytes, &o);
            assert!(
                report
                    .diagnostics
                    .iter()
                    .all(|d| !d.code.starts_with("CM35") && d.code != "CM360"),
                "{code}/{name}"
            );
            if name.starts_with("fail") {
                let conversion = cpanmeta::convert::convert(&bytes, &o, "x");
                assert!(
                    conversion.diagnostics.iter().any(|d| d.code == code),
                    "{code}/{name}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 22);
}
