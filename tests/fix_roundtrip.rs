//! `--fix` over the whole corpus: every fix the rules offer (safe and unsafe) is applied to a copy
//! of each file; the result must still read (with the same reader), the findings the fixes
//! addressed must be gone, and no new error may appear. A file with nothing to fix is left
//! byte-for-byte alone. Prints how many files changed and how many fixes of each rule applied.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cpanmeta::{lint, LintOptions, Mode, Report, Severity};
use cpanmeta_cli::fix::{apply, FixMode};
use cpanmeta_tests::shared_or_skip;

fn meta_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            meta_files(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| x == "json" || x == "yml" || x == "yaml")
        {
            out.push(p);
        }
    }
}

fn options(path: &Path) -> LintOptions {
    let mut o = LintOptions::new(Mode::Strict);
    o.filename = Some(path.file_name().unwrap().to_string_lossy().into_owned());
    o
}

/// Error findings, as (code, pointer) with multiplicity.
fn errors(r: &Report) -> BTreeMap<(String, String), usize> {
    let mut m = BTreeMap::new();
    for d in r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
    {
        *m.entry((d.code.clone(), d.location.pointer.clone()))
            .or_insert(0) += 1;
    }
    m
}

#[test]
fn fixing_the_corpus_keeps_every_file_readable_and_removes_what_it_fixed() {
    let Some(shared) = shared_or_skip("fix round-trip on the corpus") else {
        return;
    };
    round_trip("corpus", &shared.join("corpus/files"));
}

/// The rule fixtures hold the fixes the corpus never needs (BOMs, relaxed JSON, legacy purls …).
#[test]
fn fixing_the_rule_fixtures_keeps_every_file_readable_and_removes_what_it_fixed() {
    round_trip(
        "rule fixtures",
        &cpanmeta_tests::repo_root().join("tests/fixtures/rules"),
    );
}

fn round_trip(what: &str, dir: &Path) {
    let mut files = Vec::new();
    meta_files(dir, &mut files);
    files.retain(|p| p.file_name().is_some_and(|n| n != "schema.json"));
    files.sort();
    assert!(!files.is_empty(), "no files in {}", dir.display());
    let (mut changed, mut untouched_ok) = (0usize, 0usize);
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    let (mut safe_changed, mut safe_fixes) = (0usize, 0usize);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let o = options(path);
        let before = lint(&bytes, &o);
        let safe = apply(&bytes, &before, &o, FixMode::Safe);
        safe_changed += usize::from(safe.changed());
        safe_fixes += safe.applied.len();
        let offered = before.diagnostics.iter().any(|d| d.fix.is_some());
        let out = apply(&bytes, &before, &o, FixMode::Unsafe);
        let name = path.strip_prefix(dir).unwrap_or(path).display();
        if !out.changed() {
            if out.bytes != bytes {
                problems.push(format!("{name}: bytes changed with no fix applied"));
            }
            if !offered {
                untouched_ok += 1;
            }
            continue;
        }
        changed += 1;
        for a in &out.applied {
            *by_code.entry(a.code.clone()).or_insert(0) += 1;
        }
        // Read again from scratch with the same reader: what `apply` says is what a new run says.
        let after = lint(&out.bytes, &o);
        if before.parse_ok && !after.parse_ok {
            problems.push(format!("{name}: no longer parses: {:?}", after.parse_error));
        }
        for a in &out.applied {
            if after
                .diagnostics
                .iter()
                .any(|d| d.code == a.code && d.location.pointer == a.pointer && d.fix.is_some())
            {
                problems.push(format!(
                    "{name}: {} at {} is still there after its fix",
                    a.code, a.pointer
                ));
            }
        }
        let (old, new) = (errors(&before), errors(&after));
        for (key, n) in &new {
            if old.get(key).copied().unwrap_or(0) < *n {
                problems.push(format!("{name}: new error {} at {}", key.0, key.1));
            }
        }
    }
    let fixes: usize = by_code.values().sum();
    println!(
        "fix round-trip on the {what}: {} files; --fix: {safe_changed} changed, {safe_fixes} fixes; --fix --unsafe-fixes: {changed} changed, {fixes} fixes {by_code:?}; {untouched_ok} files offered no fix and were left alone; {} problems",
        files.len(),
        problems.len()
    );
    assert!(changed > 0, "the {what} have fixable files");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What a rule declares (`fix: Safe|Unsafe` in `declare_rule!`) is what it does, on every rule
/// fixture and corpus file: a rule without `fix:` never offers one, a rule declared `Unsafe`
/// never offers a safe one, and every rule that declares a fix offers it on some fixture or file.
#[test]
fn declared_fix_availability_matches_the_fixes_rules_offer() {
    let mut files = Vec::new();
    meta_files(
        &cpanmeta_tests::repo_root().join("tests/fixtures/rules"),
        &mut files,
    );
    if let Some(shared) = shared_or_skip("declared fixes on the corpus") {
        meta_files(&shared.join("corpus/files"), &mut files);
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    for path in &files {
        if path.file_name().is_some_and(|n| n == "schema.json") {
            continue;
        }
        let bytes = std::fs::read(path).unwrap();
        for d in &lint(&bytes, &options(path)).diagnostics {
            let Some(fix) = &d.fix else { continue };
            let rule = cpanmeta::registry::by_code(&d.code).unwrap();
            seen.insert(rule.code);
            match rule.fix {
                None => problems.push(format!(
                    "{}: {} offers a fix but declares none",
                    path.display(),
                    d.code
                )),
                Some(cpanmeta::diagnostic::Applicability::Unsafe)
                    if fix.applicability == cpanmeta::diagnostic::Applicability::Safe =>
                {
                    problems.push(format!(
                        "{}: {} declares unsafe fixes but offers a safe one",
                        path.display(),
                        d.code
                    ));
                }
                Some(_) => {}
            }
        }
    }
    let never: Vec<_> = cpanmeta::registry::all()
        .filter(|r| r.fix.is_some() && !seen.contains(r.code))
        .map(|r| r.code)
        .collect();
    println!(
        "declared fixes: {} rules offered fixes on {} files; never offered: {never:?}",
        seen.len(),
        files.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        never.is_empty(),
        "rules that declare a fix but never offer one: {never:?}"
    );
}
