//! The license work on the real-world corpus (../shared/corpus): every file's license mapped to
//! SPDX, every `x_spdx_expression` parsed and checked, every license URL looked up, and the
//! license strings read exactly as CPAN::Meta::Converter 2.150010 reads them (its `converted`
//! v2 view in the corpus oracle).
//!
//! The parsed documents come from tests/oracle/parsed-corpus.jsonl (Parse::CPAN::Meta's view,
//! dumped by tests/oracle/dump_parsed.pl), the spec versions and the Converter's output from
//! ../shared/corpus/oracle.jsonl.

use std::collections::{BTreeMap, HashMap};

use cpanmeta::license::{self, consistency, urls, vocabulary, Vocabulary};
use cpanmeta::model::{SpecChoice, SpecVersion};
use cpanmeta::source::{Node, Value};
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};

fn perl_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `n` of `total` as a percentage with one decimal.
fn percent(n: usize, total: usize) -> String {
    let per_mille = n * 1000 / total.max(1);
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

fn spec_of(oracle: &serde_json::Value) -> SpecChoice {
    let declared = oracle.get("spec_version_effective").and_then(perl_string);
    let converter = oracle
        .get("converter_spec_version")
        .and_then(perl_string)
        .and_then(|s| SpecVersion::from_validator_key(&s));
    SpecChoice {
        validator: declared
            .as_deref()
            .and_then(SpecVersion::from_validator_key),
        declared: declared.unwrap_or_else(|| "1.0".to_owned()),
        converter,
    }
}

struct Corpus {
    /// (path, parsed document, oracle line)
    files: Vec<(String, Node, serde_json::Value)>,
}

fn corpus() -> Option<Corpus> {
    let shared = shared_or_skip("license corpus")?;
    let oracle: HashMap<String, serde_json::Value> =
        read_jsonl(&shared.join("corpus/oracle.jsonl"))
            .into_iter()
            .filter_map(|o| Some((o.get("path")?.as_str()?.to_owned(), o)))
            .collect();
    let mut files = Vec::new();
    for p in read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl")) {
        let (Some(path), Some(data)) = (p["path"].as_str(), p.get("data")) else {
            continue;
        };
        if !data.is_object() {
            continue;
        }
        let o = oracle
            .get(path)
            .unwrap_or_else(|| panic!("{path} missing from the oracle"));
        files.push((path.to_owned(), Node::from_json(data), o.clone()));
    }
    Some(Corpus { files })
}

/// Every parsed file gets an expression; the NOASSERTION share is printed.
#[test]
fn every_corpus_license_is_mapped() {
    let Some(c) = corpus() else { return };
    let mut by_source: BTreeMap<String, usize> = BTreeMap::new();
    let (mut specific, mut noassertion, mut none) = (0, 0, 0);
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for (path, root, o) in &c.files {
        let map = root.value.as_object().expect("object");
        let e = license::license_expression(map, &spec_of(o));
        *by_source.entry(format!("{:?}", e.source)).or_default() += 1;
        match e.expression.as_deref() {
            None => none += 1,
            Some(license::NOASSERTION) => {
                noassertion += 1;
                let key = e.reason.split(" (").next().unwrap_or_default().to_owned();
                *reasons.entry(key).or_default() += 1;
            }
            Some(x) => {
                specific += 1;
                assert!(
                    license::check_spdx_expression(x).valid,
                    "{path}: {x} is not valid SPDX"
                );
            }
        }
        assert!(!e.reason.is_empty(), "{path}: no reason");
    }
    let total = c.files.len();
    println!(
        "license mapping: {total} files: {specific} SPDX expressions, {noassertion} NOASSERTION ({}), {none} without license ({})",
        percent(noassertion, total),
        percent(none, total)
    );
    println!("  by source: {by_source:?}");
    for (r, n) in reasons.iter().rev() {
        println!("  NOASSERTION {n:>4}: {r}");
    }
    assert_eq!(specific + noassertion + none, total);
    assert!(total > 2500, "corpus too small: {total}");
}

/// The strings are read as CPAN::Meta::Converter reads them: for every file CPAN::Meta loads,
/// our reading, translated to v2, is the Converter's `license` list.
#[test]
fn license_strings_are_read_as_the_converter_reads_them() {
    let Some(c) = corpus() else { return };
    let (mut same, mut compared) = (0, 0);
    let mut diffs = Vec::new();
    for (path, root, o) in &c.files {
        let Some(converted) = o.pointer("/converted/license").and_then(|v| v.as_array()) else {
            continue;
        };
        let want: Vec<&str> = converted.iter().filter_map(|v| v.as_str()).collect();
        let map = root.value.as_object().expect("object");
        let vocab = license::vocabulary_of(map, &spec_of(o));
        let mut got: Vec<String> = license::license_strings(map)
            .iter()
            .filter_map(|(_, _, s)| vocabulary::read(s, vocab).as_read_by_cpan_meta())
            .filter_map(|e| license::table::translate(e, Vocabulary::V2))
            .map(|e| e.string.clone())
            .collect();
        if got.is_empty() {
            got.push("unknown".to_owned());
        }
        compared += 1;
        if got == want {
            same += 1;
        } else {
            diffs.push(format!("{path}: converter {want:?}, cpanmeta {got:?}"));
        }
    }
    println!("license reading vs CPAN::Meta::Converter: {same}/{compared} files identical");
    for d in diffs.iter().take(20) {
        println!("  {d}");
    }
    assert!(compared > 2500);
    assert_eq!(same, compared, "{} files differ", compared - same);
}

/// Every `x_spdx_expression` is parsed and checked against `license`.
#[test]
fn every_corpus_x_spdx_expression_is_parsed_and_checked() {
    let Some(c) = corpus() else { return };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (path, root, o) in &c.files {
        let map = root.value.as_object().expect("object");
        let Some(node) = map.get("x_spdx_expression") else {
            continue;
        };
        *counts.entry("present").or_default() += 1;
        let Some(text) = node.value.as_str() else {
            *counts.entry("not a string").or_default() += 1;
            continue;
        };
        let checked = license::check_spdx_expression(text);
        *counts
            .entry(if checked.valid {
                "valid (strict)"
            } else {
                "invalid (strict)"
            })
            .or_default() += 1;
        for p in &checked.problems {
            *counts
                .entry(match p.kind {
                    license::expression::ProblemKind::Syntax => "syntax errors",
                    license::expression::ProblemKind::Deprecated => "deprecated ids",
                    license::expression::ProblemKind::UnknownLicense => "unknown license ids",
                    _ => "unknown exception ids",
                })
                .or_default() += 1;
        }
        if checked.normalised.is_some() {
            *counts
                .entry("usable (valid or only deprecated ids)")
                .or_default() += 1;
        }
        let vocab = license::vocabulary_of(map, &spec_of(o));
        let entries: Vec<_> = license::license_strings(map)
            .iter()
            .filter_map(|(_, _, s)| vocabulary::read(s, vocab).as_read_by_cpan_meta())
            .collect();
        let cmp = consistency::compare(&entries, &checked.terms);
        if !cmp.contradicting.is_empty() {
            *counts.entry("contradicting license").or_default() += 1;
            println!(
                "  contradiction: {path}: {text:?} vs {:?}",
                entries.iter().map(|e| &e.string).collect::<Vec<_>>()
            );
        }
        if !cmp.omitted.is_empty() {
            *counts.entry("omitting a declared license").or_default() += 1;
        }
        let e = license::license_expression(map, &spec_of(o));
        if e.source == license::Source::XSpdxExpression {
            *counts.entry("used as the SPDX expression").or_default() += 1;
        }
    }
    println!("x_spdx_expression: {counts:?}");
    let present = counts.get("present").copied().unwrap_or(0);
    assert!(
        present > 200,
        "expected the corpus's x_spdx_expression keys, found {present}"
    );
    let parsed = counts.get("valid (strict)").copied().unwrap_or(0)
        + counts.get("invalid (strict)").copied().unwrap_or(0)
        + counts.get("not a string").copied().unwrap_or(0);
    assert_eq!(parsed, present);
}

/// Every license URL is looked up; recognised ones are checked against `license`.
#[test]
fn corpus_license_urls_are_recognised_and_checked() {
    let Some(c) = corpus() else { return };
    let (mut total, mut recognised, mut contradicting) = (0, 0, 0);
    let mut unknown: BTreeMap<String, usize> = BTreeMap::new();
    for (path, root, o) in &c.files {
        let map = root.value.as_object().expect("object");
        let mut found: Vec<&str> = Vec::new();
        if let Some(l) = map
            .get("resources")
            .and_then(|r| r.value.as_object())
            .and_then(|r| r.get("license"))
        {
            match &l.value {
                Value::Array(items) => found.extend(items.iter().filter_map(|n| n.value.as_str())),
                v => found.extend(v.as_str()),
            }
        }
        if let Some(u) = map.get("license_uri").and_then(|n| n.value.as_str()) {
            found.push(u);
        }
        let vocab = license::vocabulary_of(map, &spec_of(o));
        let entries: Vec<_> = license::license_strings(map)
            .iter()
            .filter_map(|(_, _, s)| vocabulary::read(s, vocab).as_read_by_cpan_meta())
            .collect();
        for url in found {
            total += 1;
            match urls::recognise(url) {
                Some(shown) => {
                    recognised += 1;
                    if !entries.is_empty() && !entries.iter().any(|e| urls::agrees(&shown, e)) {
                        contradicting += 1;
                        println!(
                            "  contradiction: {path}: {url} vs {:?}",
                            entries.iter().map(|e| &e.string).collect::<Vec<_>>()
                        );
                    }
                }
                None => *unknown.entry(url.to_owned()).or_default() += 1,
            }
        }
    }
    println!("license URLs: {total} found, {recognised} recognised, {contradicting} contradict `license`");
    println!("  not recognised: {unknown:?}");
    assert!(total > 600);
    assert!(
        recognised * 100 >= total * 95,
        "only {recognised}/{total} recognised"
    );
}
