//! Read parity with Perl: for every META.json in the shared corpus and in CPAN-Meta's own test
//! data, the reader must produce exactly the data `Parse::CPAN::Meta->load_file` returns (numbers
//! in Perl's stringification) and the same verdict and error message.
//!
//! Oracles: `tests/oracle/parsed-corpus.jsonl` and `tests/oracle/parsed-cpan-meta-tests.jsonl`
//! (both made by `tests/oracle/dump_parsed.pl`), and the corpus verdicts in
//! `../shared/corpus/oracle.jsonl`.

use std::collections::HashMap;
use std::path::Path;

use cpanmeta::source::{json, Value};
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};

fn has_ext(path: &str, ext: &str) -> bool {
    Path::new(path).extension().is_some_and(|e| e == ext)
}

/// What we say Parse::CPAN::Meta does with `bytes`: `(ok, error, data)`.
fn ours(bytes: &[u8]) -> (bool, Option<String>, Option<serde_json::Value>) {
    let read = json::read(bytes);
    match (read.perl_error, read.root) {
        (Some(e), _) => (false, Some(e), None),
        (None, Some(root)) if matches!(root.value, Value::Object(_)) => {
            (true, None, Some(root.value.to_perl_json()))
        }
        (None, Some(root)) => (
            false,
            Some(format!(
                "parse result is not a hash (ref: '{}')",
                root.value.perl_ref()
            )),
            None,
        ),
        (None, None) => (false, Some("no tree and no error".into()), None),
    }
}

/// Compares every oracle line whose file `is_json`; returns (agreeing, total, failures).
fn compare(
    dir: &Path,
    oracle: &[serde_json::Value],
    is_json: impl Fn(&str, &[u8]) -> bool,
) -> (usize, usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in oracle {
        let path = line["path"].as_str().expect("path");
        let bytes = std::fs::read(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        if !is_json(path, &bytes) {
            continue;
        }
        total += 1;
        let (ok, error, data) = ours(&bytes);
        let want_error = line["error"].as_str().map(str::to_owned);
        let want_data = line["ok"]
            .as_bool()
            .unwrap_or(false)
            .then(|| line["data"].clone());
        if ok != line["ok"].as_bool().unwrap_or(false) || error != want_error || data != want_data {
            failures.push(format!(
                "{path}: perl ok={} error={want_error:?}; ours ok={ok} error={error:?}{}",
                line["ok"],
                if data == want_data {
                    ""
                } else {
                    " (data differs)"
                }
            ));
        }
    }
    (total - failures.len(), total, failures)
}

#[test]
fn corpus_json_reads_exactly_as_perl_reads_it() {
    let Some(shared) = shared_or_skip("corpus json read parity") else {
        return;
    };
    let files = shared.join("corpus/files");
    let oracle = read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl"));
    let (same, total, failures) = compare(&files, &oracle, |p, _| has_ext(p, "json"));
    println!("json read parity (corpus): {same}/{total} files identical");
    assert!(
        total >= 1000,
        "expected the whole corpus, saw {total} files"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Every *.json file is covered by the oracle.
    let known: std::collections::HashSet<&str> =
        oracle.iter().filter_map(|l| l["path"].as_str()).collect();
    let mut stack = vec![files.clone()];
    let mut missing = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("corpus dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let rel = path.strip_prefix(&files).expect("under corpus");
                if !known.contains(rel.to_string_lossy().as_ref()) {
                    missing.push(rel.display().to_string());
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in the oracle: {missing:?}");
}

#[test]
fn corpus_json_verdicts_match_the_shared_oracle() {
    let Some(shared) = shared_or_skip("corpus json verdict parity") else {
        return;
    };
    let files = shared.join("corpus/files");
    let oracle: HashMap<String, serde_json::Value> =
        read_jsonl(&shared.join("corpus/oracle.jsonl"))
            .into_iter()
            .filter_map(|l| Some((l["path"].as_str()?.to_owned(), l)))
            .collect();
    let mut same = 0;
    let mut failures = Vec::new();
    for (path, line) in oracle.iter().filter(|(p, _)| has_ext(p, "json")) {
        let bytes = std::fs::read(files.join(path)).expect("corpus file");
        let (ok, error, _) = ours(&bytes);
        let want_ok = line["parse_ok"].as_bool().unwrap_or(false);
        let want_error = line["parse_error_short"].as_str().map(str::to_owned);
        if ok == want_ok && error == want_error {
            same += 1;
        } else {
            failures.push(format!("{path}: perl {want_error:?}, ours {error:?}"));
        }
    }
    let total = same + failures.len();
    println!("json verdict parity (corpus oracle): {same}/{total} files agree");
    assert!(total >= 1000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cpan_meta_test_data_reads_exactly_as_perl_reads_it() {
    let Some(shared) = shared_or_skip("cpan-meta-tests json read parity") else {
        return;
    };
    let dir = shared.join("data/cpan-meta-tests");
    let oracle = read_jsonl(&repo_root().join("tests/oracle/parsed-cpan-meta-tests.jsonl"));
    // Parse::CPAN::Meta: `.json` is JSON; another name is JSON when it starts with `\s*{`.
    let is_json = |path: &str, bytes: &[u8]| {
        has_ext(path, "json")
            || (!has_ext(path, "yml")
                && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'))
    };
    let (same, total, failures) = compare(&dir, &oracle, is_json);
    println!("json read parity (CPAN-Meta test data): {same}/{total} files identical");
    assert!(
        total >= 16,
        "expected the .json and JSON .meta files, saw {total}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
