//! cpanmeta's kwalitee indicators against Module::CPANTS::Analyse, indicator by indicator.
//!
//! * Always: the small committed sample of constructed releases (tests/fixtures/archives/sample,
//!   made by tests/oracle/kwalitee/make_sample.py) against the reference's verdicts committed
//!   beside it (sample-reference.jsonl, made by tests/oracle/kwalitee/cpants.pl).
//! * Where the real releases are present ($CPANMETA_KWALITEE_DATA or /work/kwalitee-data, with
//!   `tarballs/` fetched by tests/oracle/kwalitee/fetch.py): all of them, against the committed
//!   reference verdicts tests/oracle/kwalitee/reference.jsonl.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cpanmeta::archive::Archive;
use cpanmeta::kwalitee;
use cpanmeta_tests::{read_jsonl, repo_root};

/// Compares every release in `dir` that the reference judged; returns (agreeing verdicts,
/// verdicts, disagreements).
fn compare(dir: &Path, reference: &Path) -> (usize, usize, Vec<String>) {
    let mut expected: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut duplicates: BTreeMap<String, bool> = BTreeMap::new();
    for row in read_jsonl(reference) {
        if row.get("died").is_none() {
            let file = row["file"].as_str().unwrap().to_owned();
            duplicates.insert(file.clone(), row["meta_yml_has_duplicate_keys"] == true);
            expected.insert(file, row["kwalitee"].clone());
        }
    }
    let (mut agree, mut total, mut differ) = (0, 0, Vec::new());
    for (file, verdicts) in &expected {
        let path = dir.join(file);
        let Ok(bytes) = std::fs::read(&path) else {
            differ.push(format!("{file}: missing"));
            continue;
        };
        let archive = Archive::read(&bytes, file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let report = kwalitee::analyse(&archive);
        // The duplicate-keys record counts as one more verdict.
        total += 1;
        let ours_duplicates = !report.records.meta_yml_has_duplicate_keys.is_empty();
        if duplicates[file] == ours_duplicates {
            agree += 1;
        } else {
            differ.push(format!("{file} meta_yml_has_duplicate_keys record"));
        }
        for (name, value) in verdicts.as_object().unwrap() {
            let ours = i64::from(
                report
                    .indicator(name)
                    .unwrap_or_else(|| panic!("no indicator {name}"))
                    .value,
            );
            total += 1;
            if value.as_i64() == Some(ours) {
                agree += 1;
            } else {
                differ.push(format!("{file} {name}: reference {value}, cpanmeta {ours}"));
            }
        }
    }
    (agree, total, differ)
}

#[test]
fn the_committed_sample_agrees_with_module_cpants_analyse() {
    let root = repo_root();
    let (agree, total, differ) = compare(
        &root.join("tests/fixtures/archives/sample"),
        &root.join("tests/fixtures/archives/sample-reference.jsonl"),
    );
    println!("kwalitee sample parity: {agree}/{total} verdicts agree");
    assert!(total > 500, "the sample has {total} verdicts");
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn real_releases_agree_with_module_cpants_analyse() {
    let data = std::env::var_os("CPANMETA_KWALITEE_DATA")
        .map_or_else(|| PathBuf::from("/work/kwalitee-data"), PathBuf::from);
    let tarballs = data.join("tarballs");
    if !tarballs.is_dir() {
        println!(
            "SKIPPED kwalitee real-release parity: {} not present",
            tarballs.display()
        );
        return;
    }
    let (agree, total, differ) = compare(
        &tarballs,
        &repo_root().join("tests/oracle/kwalitee/reference.jsonl"),
    );
    println!("kwalitee real-release parity: {agree}/{total} verdicts agree");
    assert!(total >= 300 * 23, "only {total} verdicts");
    assert!(differ.is_empty(), "{differ:#?}");
}
