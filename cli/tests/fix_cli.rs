//! `cpanmeta lint --fix` / `--unsafe-fixes` / `--diff` on fixture files: what changes, what is
//! said, what is left alone, and that `--diff` writes nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/rules")
        .join(rel)
}

/// Copies a fixture into a fresh directory as `name`.
fn copy(rel: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let path = t.path().join(name);
    std::fs::copy(fixture(rel), &path).unwrap();
    (t, path)
}

fn cpanmeta(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn fix_changes_only_the_fixed_span_of_a_yaml_file_and_says_so() {
    let (t, path) = copy("CM500/fail-perl-capitalised.yml", "META.yml");
    let before = std::fs::read_to_string(&path).unwrap();
    let out = cpanmeta(t.path(), &["lint", "--isolated", "--fix", "META.yml"]);
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(after, before.replace("license: Perl\n", "license: perl\n"));
    let err = text(&out.stderr);
    assert!(err.contains("fixed 1 in META.yml:"), "{err}");
    assert!(err.contains("CM500 (line 9)"), "{err}");
    // the report shown is the fixed file's: CM500 is gone
    assert!(
        !text(&out.stdout).contains("CM500"),
        "{}",
        text(&out.stdout)
    );
    // nothing left to fix: a second run does not touch the file
    let out = cpanmeta(t.path(), &["lint", "--isolated", "--fix", "META.yml"]);
    assert!(
        !text(&out.stderr).contains("fixed"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn unsafe_fixes_need_their_flag() {
    let (t, path) = copy("CM203/fail-keyword-phrase.json", "META.json");
    let before = std::fs::read(&path).unwrap();
    cpanmeta(t.path(), &["lint", "--isolated", "--fix", "META.json"]);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "CM203's fix is unsafe"
    );
    let out = cpanmeta(
        t.path(),
        &["lint", "--isolated", "--fix", "--unsafe-fixes", "META.json"],
    );
    let after = std::fs::read_to_string(&path).unwrap();
    assert_ne!(after.as_bytes(), before.as_slice());
    assert!(text(&out.stderr).contains("CM203"), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("error[CM203]"));
    // still the same JSON apart from the keyword
    let old: serde_json::Value = serde_json::from_slice(&before).unwrap();
    let mut new: serde_json::Value = serde_json::from_str(&after).unwrap();
    let fixed = new["keywords"].clone();
    new["keywords"] = old["keywords"].clone();
    assert_eq!(new, old);
    assert!(fixed
        .as_array()
        .unwrap()
        .iter()
        .all(|k| !k.as_str().unwrap().contains(' ')));
}

#[test]
fn a_file_with_nothing_to_fix_is_not_rewritten() {
    let (t, path) = copy("CM500/pass-lower-case.yml", "META.yml");
    let before = std::fs::metadata(&path).unwrap();
    let out = cpanmeta(t.path(), &["lint", "--isolated", "--fix", "META.yml"]);
    let after = std::fs::metadata(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(before.ino(), after.ino(), "the file was replaced");
    }
    assert_eq!(before.modified().unwrap(), after.modified().unwrap());
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
}

#[test]
fn diff_shows_the_change_writes_nothing_and_exits_1() {
    let (t, path) = copy("CM208/fail-v2-links-1.4-spec.json", "META.json");
    let before = std::fs::read(&path).unwrap();
    let out = cpanmeta(t.path(), &["lint", "--isolated", "--diff", "META.json"]);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(out.status.code(), Some(1));
    let diff = text(&out.stdout);
    assert!(
        diff.starts_with("--- a/META.json\n+++ b/META.json\n@@"),
        "{diff}"
    );
    assert!(
        diff.lines()
            .any(|l| l.starts_with('+') && l.contains("https://metacpan.org/pod/CPAN::Meta::Spec")),
        "{diff}"
    );
    assert!(text(&out.stderr).contains("would fix 1 in META.json"));
    // nothing to fix: no diff, exit 0
    let (t, _) = copy("CM208/pass-recommended-url.json", "META.json");
    let out = cpanmeta(t.path(), &["lint", "--isolated", "--diff", "META.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
}

#[test]
fn diff_and_fix_exclude_each_other_and_stdin_is_never_written() {
    let (t, _) = copy("CM500/fail-perl-capitalised.yml", "META.yml");
    let out = cpanmeta(t.path(), &["lint", "--fix", "--diff", "META.yml"]);
    assert_eq!(out.status.code(), Some(2));
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .current_dir(t.path())
        .args([
            "lint",
            "--isolated",
            "--fix",
            "--stdin-filename",
            "META.yml",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(&std::fs::read(t.path().join("META.yml")).unwrap())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("use --diff"),
        "{}",
        text(&out.stderr)
    );
}
