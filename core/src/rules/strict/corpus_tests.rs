//! Runs every strict rule over the parsed corpus (what Parse::CPAN::Meta read from 2,600 real
//! META files, `tests/oracle/parsed-corpus.jsonl`) and prints how often each fires, so that a
//! rule that starts firing everywhere shows; asserts that no check panics and that every
//! finding's pointer is exact: it resolves in the document, or (for a missing member) its parent
//! does.

use std::collections::BTreeMap;

use super::test_support::Check;
use crate::model::{SpecChoice, SpecVersion};
use crate::rules::test_support::{check_on, strict};
use crate::source::{Format, Node};

/// The Validator's choice, `$data->{'meta-spec'}{'version'} || "1.0"` (the Converter's inference is
/// taken to agree; the real `SpecChoice::of` lives with the Validator port).
pub(super) fn choice(root: &Node) -> SpecChoice {
    let declared = root
        .pointer("/meta-spec/version")
        .and_then(|n| n.value.perl_str())
        .filter(|s| !s.is_empty() && *s != "0")
        .unwrap_or("1.0")
        .to_owned();
    let version = SpecVersion::from_validator_key(&declared);
    SpecChoice {
        declared,
        validator: version,
        converter: version,
    }
}

#[test]
fn strict_rules_on_the_corpus_keep_exact_pointers() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/oracle/parsed-corpus.jsonl");
    let text = std::fs::read_to_string(&path).expect("the parsed corpus is part of the repository");
    let check: Check = super::check;
    let verbose = std::env::var_os("STRICT_CORPUS_VERBOSE").is_some();
    let mut per_code: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut documents = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("jsonl");
        let root = Node::from_json(&row["data"]);
        if root.value.as_object().is_none() {
            continue;
        }
        documents += 1;
        let spec = choice(&root);
        let format = if row["path"].as_str().is_some_and(|p| {
            std::path::Path::new(p)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        }) {
            Format::Json
        } else {
            Format::Yaml
        };
        let found = check_on(check, &root, b"", format, &spec, &strict());
        let mut codes_here = std::collections::BTreeSet::new();
        for d in &found {
            let p = &d.location.pointer;
            let parent = &p[..p.rfind('/').unwrap_or(0)];
            assert!(
                root.pointer(p).is_some() || root.pointer(parent).is_some(),
                "{} {}: pointer {p} does not resolve",
                row["path"],
                d.code
            );
            if verbose {
                eprintln!("{} {} {p}: {}", row["path"], d.code, d.message);
            }
            per_code.entry(d.code.clone()).or_default().0 += 1;
            codes_here.insert(d.code.clone());
        }
        for c in codes_here {
            per_code.entry(c).or_default().1 += 1;
        }
    }
    assert!(documents > 2500, "only {documents} documents");
    for (code, (findings, files)) in &per_code {
        eprintln!("strict corpus: {code} {findings} findings in {files}/{documents} files");
    }
}

/// Every JSON fixture of a strict code demonstrates its rule: `fail-*` produces the code, `pass-*`
/// does not. (`STRICT_FIXTURES` points the test at another tree of JSON files, such as the YAML
/// fixtures converted by Parse::CPAN::Meta, until the fixture harness reads YAML itself.)
#[test]
fn json_fixtures_demonstrate_their_rules() {
    let root = std::env::var_os("STRICT_FIXTURES").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rules"),
        std::path::PathBuf::from,
    );
    let mut checked = 0;
    for rule in super::RULES {
        let Ok(dir) = std::fs::read_dir(root.join(rule.code)) else {
            continue;
        };
        for entry in dir {
            let path = entry.expect("dir entry").path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let text = std::fs::read_to_string(&path).expect("fixture");
            let data: serde_json::Value = serde_json::from_str(&text).expect("fixture is JSON");
            let found = super::test_support::run_with(super::check, &data, Format::Json);
            let fired = found.iter().any(|d| d.code == rule.code);
            if name.starts_with("fail-") {
                assert!(fired, "{}/{name} does not produce {}", rule.code, rule.code);
            } else {
                assert!(
                    !fired,
                    "{}/{name} produces {}: {found:?}",
                    rule.code, rule.code
                );
            }
            checked += 1;
        }
    }
    eprintln!("strict fixtures: {checked} JSON fixtures demonstrate their rules");
    assert!(checked > 0, "no fixtures under {}", root.display());
}
