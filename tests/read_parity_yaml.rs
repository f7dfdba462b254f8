//! The YAML reader against Parse::CPAN::Meta on real files: every *.yml of ../shared/corpus/files
//! (expected data in tests/oracle/parsed-corpus.jsonl, verdicts in ../shared/corpus/oracle.jsonl)
//! and of ../shared/data/cpan-meta-tests (tests/oracle/parsed-cpan-meta-tests.jsonl). Both JSONL
//! files were made by tests/oracle/dump_parsed.pl with the system perl (see tests/oracle/README.md).

use std::collections::HashMap;
use std::path::Path;

use cpanmeta::source::{yaml, Value};
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};

/// What `dump_parsed.pl` records for a file: `ok`, `error`, `data` and `warnings`, from our reader.
fn dump(bytes: &[u8]) -> serde_json::Value {
    let read = yaml::read(bytes);
    let warnings: Vec<String> = read
        .diagnostics
        .iter()
        .filter(|d| d.code == "CM022")
        .filter_map(|d| d.compat_message.clone())
        .collect();
    let (ok, error, data) = match (&read.perl_error, &read.root) {
        (Some(e), _) => (false, Some(e.clone()), serde_json::Value::Null),
        (None, Some(root)) if matches!(root.value, Value::Object(_)) => {
            (true, None, root.value.to_perl_json())
        }
        (None, Some(root)) => (
            false,
            Some(format!(
                "parse result is not a hash (ref: '{}')",
                root.value.perl_ref()
            )),
            serde_json::Value::Null,
        ),
        (None, None) => (false, Some("<not read>".into()), serde_json::Value::Null),
    };
    serde_json::json!({ "ok": ok, "error": error, "data": data, "warnings": warnings })
}

/// The oracle's record with warnings cut at their Perl call site.
fn expected(record: &serde_json::Value) -> serde_json::Value {
    let warnings: Vec<String> = record["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .filter_map(|s| s.as_str())
                .map(|s| s.split(" at /").next().unwrap_or(s).to_owned())
                .collect()
        })
        .unwrap_or_default();
    serde_json::json!({
        "ok": record["ok"], "error": record["error"], "data": record["data"], "warnings": warnings
    })
}

/// Compares every YAML record of `oracle` whose file is under `dir`; returns (same, total).
fn compare(
    dir: &Path,
    oracle: &[serde_json::Value],
    differences: &mut Vec<String>,
) -> (usize, usize) {
    let mut same = 0;
    let mut total = 0;
    for record in oracle {
        let path = record["path"].as_str().expect("path");
        let lower = path.to_ascii_lowercase();
        if !(lower.ends_with(".yml") || lower.ends_with(".yaml")) {
            continue;
        }
        total += 1;
        let bytes = std::fs::read(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let got = dump(&bytes);
        let want = expected(record);
        if got == want {
            same += 1;
        } else if differences.len() < 5 {
            differences.push(format!("{path}:\n  got  {got}\n  Perl {want}"));
        }
    }
    (same, total)
}

#[test]
fn corpus_yml_files_read_as_perl_reads_them() {
    let Some(shared) = shared_or_skip("yaml corpus parity") else {
        return;
    };
    let oracle = read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl"));
    let mut differences = Vec::new();
    let (same, total) = compare(&shared.join("corpus/files"), &oracle, &mut differences);
    println!("yaml read parity (corpus): {same}/{total} files identical");

    // the verdict and error text of the shared oracle, too
    let verdicts: HashMap<String, serde_json::Value> =
        read_jsonl(&shared.join("corpus/oracle.jsonl"))
            .into_iter()
            .filter(|r| r["format"] == "yaml")
            .map(|r| (r["path"].as_str().unwrap_or_default().to_owned(), r))
            .collect();
    let mut verdicts_same = 0;
    for (path, r) in &verdicts {
        let bytes = std::fs::read(shared.join("corpus/files").join(path)).expect("corpus file");
        let got = dump(&bytes);
        if got["ok"] == r["parse_ok"] && got["error"] == r["parse_error_short"] {
            verdicts_same += 1;
        } else if differences.len() < 10 {
            differences.push(format!("{path}: verdict {got} vs {r}"));
        }
    }
    println!(
        "yaml verdict parity (corpus): {verdicts_same}/{} files identical",
        verdicts.len()
    );
    assert!(total >= 1500, "only {total} YAML files in the oracle");
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn cpan_meta_test_files_read_as_perl_reads_them() {
    let Some(shared) = shared_or_skip("yaml cpan-meta-tests parity") else {
        return;
    };
    let oracle = read_jsonl(&repo_root().join("tests/oracle/parsed-cpan-meta-tests.jsonl"));
    let mut differences = Vec::new();
    let (same, total) = compare(
        &shared.join("data/cpan-meta-tests"),
        &oracle,
        &mut differences,
    );
    println!("yaml read parity (CPAN-Meta test files): {same}/{total} files identical");
    assert!(total >= 40, "only {total} YAML files in the oracle");
    assert!(differences.is_empty(), "{differences:#?}");
}
