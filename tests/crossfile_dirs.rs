//! Cross-file checks (CM882 `meta-files-disagree`) on the directory fixtures in
//! `tests/fixtures/dirs/`: each directory is one distribution's META files, linted and then
//! compared with `cpanmeta::crossfile::compare`, as `cpanmeta lint DIR` does.

use cpanmeta::{lint, LintOptions, Mode, Report};
use cpanmeta_tests::repo_root;

/// `(file name, diagnostics of CM882)` for each META file of the fixture directory.
fn compare_dir(dir: &str) -> Vec<(String, Vec<cpanmeta::Diagnostic>)> {
    let root = repo_root().join("tests/fixtures/dirs").join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let files: Vec<(String, Vec<u8>, Report)> = names
        .iter()
        .map(|n| {
            let bytes = std::fs::read(root.join(n)).unwrap();
            let mut o = LintOptions::new(Mode::Strict);
            o.filename = Some(n.clone());
            let report = lint(&bytes, &o);
            (n.clone(), bytes, report)
        })
        .collect();
    let view: Vec<(&str, &[u8], &Report)> = files
        .iter()
        .map(|(n, b, r)| (n.as_str(), b.as_slice(), r))
        .collect();
    let found = cpanmeta::crossfile::compare(&view, &LintOptions::new(Mode::Strict));
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mine = found
                .iter()
                .filter(|(k, _)| *k == i)
                .map(|(_, d)| d.clone())
                .collect();
            (n.clone(), mine)
        })
        .collect()
}

#[test]
fn files_that_agree_give_nothing() {
    for (name, found) in compare_dir("agree") {
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

#[test]
fn every_disagreement_is_reported_on_both_files() {
    let result = compare_dir("disagree");
    let pointers = |name: &str| {
        let mut p: Vec<String> = result
            .iter()
            .find(|(n, _)| n == name)
            .unwrap()
            .1
            .iter()
            .map(|d| d.location.pointer.clone())
            .collect();
        p.sort();
        p
    };
    // The YAML file is spec 1.4: its runtime prerequisites are under `requires`.
    assert_eq!(
        pointers("META.json"),
        ["/license", "/prereqs/runtime/requires/Moo", "/version"]
    );
    assert_eq!(
        pointers("META.yml"),
        ["/license", "/requires/Moo", "/version"]
    );
    for (name, found) in &result {
        for d in found {
            assert_eq!(d.code, "CM882");
            assert!(
                d.message.contains("CPAN clients read META.json"),
                "{}",
                d.message
            );
            let other = if name == "META.json" {
                "META.yml"
            } else {
                "META.json"
            };
            assert_eq!(d.related.len(), 1, "{name}: {d:?}");
            assert!(
                d.related[0].message.starts_with(other),
                "{name}: {:?}",
                d.related
            );
            assert!(d.location.start.is_some() && d.related[0].location.start.is_some());
        }
    }
    let json = &result[0].1;
    let version = json
        .iter()
        .find(|d| d.location.pointer == "/version")
        .unwrap();
    assert_eq!(
        version.message,
        "META.json says version `1.0`, META.yml says `1.1`; CPAN clients read META.json \
         (CPAN.pm takes the first of MYMETA.json, MYMETA.yml, META.json, META.yml)"
    );
}

#[test]
fn mymeta_is_compared_with_meta_except_for_prerequisites() {
    let result = compare_dir("mymeta");
    let count = |name: &str| result.iter().find(|(n, _)| n == name).unwrap().1.len();
    // MYMETA.json's version differs from both META files; its extra prerequisite is not compared.
    assert_eq!(count("MYMETA.json"), 2);
    assert_eq!(count("META.json"), 1);
    assert_eq!(count("META.yml"), 1);
    for (_, found) in &result {
        for d in found {
            assert_eq!(d.location.pointer, "/version");
            assert!(
                d.message.contains("CPAN clients read MYMETA.json"),
                "{}",
                d.message
            );
        }
    }
}

#[test]
fn nothing_when_the_rule_is_not_selected() {
    let root = repo_root().join("tests/fixtures/dirs/disagree");
    let a = std::fs::read(root.join("META.json")).unwrap();
    let b = std::fs::read(root.join("META.yml")).unwrap();
    let o = LintOptions::new(Mode::Strict);
    let (ra, rb) = (lint(&a, &o), lint(&b, &o));
    let files = [
        ("META.json", a.as_slice(), &ra),
        ("META.yml", b.as_slice(), &rb),
    ];
    assert!(!cpanmeta::crossfile::compare(&files, &o).is_empty());
    assert!(cpanmeta::crossfile::compare(&files, &LintOptions::new(Mode::Compat)).is_empty());
}
