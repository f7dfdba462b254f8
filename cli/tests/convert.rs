//! `cpanmeta convert`: the document it writes is byte for byte what
//! `CPAN::Meta->load_file($f)->as_string` writes (files in `convert-expected/`, made with the
//! system perl's CPAN::Meta 2.150010 and JSON::PP 4.07), except for the two places that name the
//! writer (`generated_by`'s suffix and `x_serialization_backend`); the findings go to standard
//! error; `-o` never replaces a file without `--force`; `-` reads standard input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn cpanmeta(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

/// Our output with the writer's name replaced by the Converter's, as the reference has them.
fn as_reference(text: &str) -> String {
    let ours = format!("cpanmeta version {}", env!("CARGO_PKG_VERSION"));
    text.replace(
        &format!("\"x_serialization_backend\" : \"{ours}\""),
        "\"x_serialization_backend\" : \"JSON::PP version 4.07\"",
    )
    .replace(&ours, "CPAN::Meta::Converter version 2.150010")
}

#[test]
fn output_is_what_as_string_writes() {
    let dir = root().join("cli/tests/convert-expected");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let expected_path = entry.unwrap().path();
        let name = expected_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // `CM352-fail-letters.yml.json` is the reference for `tests/fixtures/rules/CM352/fail-letters.yml`.
        let (code, rest) = name.split_once('-').unwrap();
        let input = format!(
            "tests/fixtures/rules/{code}/{}",
            rest.strip_suffix(".json").unwrap()
        );
        let out = cpanmeta(&["convert", "--to", "2", &input], None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{input}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        assert_eq!(
            as_reference(&String::from_utf8(out.stdout).unwrap()),
            expected,
            "{input}"
        );
        // The lossy step the fixture is about is reported on standard error.
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(&format!("[{code}]")), "{input}: {stderr}");
        checked += 1;
    }
    assert!(checked >= 5);
}

#[test]
fn output_file_is_never_replaced_without_force() {
    let tmp = std::env::temp_dir().join(format!("cpanmeta-convert-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let target = tmp.join("META.json");
    let target_s = target.to_str().unwrap();
    let input = "tests/fixtures/rules/CM354/fail-unversioned-gpl.yml";
    let out = cpanmeta(&["convert", input, "-o", target_s], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("\"open_source\""));
    std::fs::write(&target, "keep me").unwrap();
    let out = cpanmeta(&["convert", input, "-o", target_s], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    let out = cpanmeta(&["convert", input, "-o", target_s, "--force"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), written);
    // Converting a file onto itself is refused the same way.
    let copy = tmp.join("META.yml");
    std::fs::copy(root().join(input), &copy).unwrap();
    let out = cpanmeta(
        &[
            "convert",
            copy.to_str().unwrap(),
            "-o",
            copy.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn standard_input_and_json_findings() {
    let bytes = std::fs::read(root().join("tests/fixtures/rules/CM351/fail-distribution-name.yml"))
        .unwrap();
    let out = cpanmeta(
        &[
            "convert",
            "-",
            "--stdin-filename",
            "META.yml",
            "--format",
            "json",
        ],
        Some(&bytes),
    );
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["prereqs"]["runtime"]["requires"]
        .get("Foo-Baz")
        .is_none());
    let findings: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    let text = findings.to_string();
    assert!(text.contains("\"CM351\""), "{text}");
}

#[test]
fn a_document_the_converter_rejects_is_not_written() {
    let out = cpanmeta(
        &[
            "convert",
            "tests/fixtures/rules/CM350/fail-contradictory-range.yml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("[CM350]"));
    let out = cpanmeta(
        &["convert", "-", "--stdin-filename", "META.json"],
        Some(b"{ not json"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[CM350]"));
}

#[test]
fn lint_reports_disagreements_between_the_files_of_a_directory() {
    let out = cpanmeta(
        &["lint", "--select", "CM882", "tests/fixtures/dirs/disagree"],
        None,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("warning[CM882]").count(), 6, "{text}");
    assert!(
        text.contains("META.yml says `1.1` here: tests/fixtures/dirs/disagree/META.yml:16:10"),
        "{text}"
    );
    let out = cpanmeta(
        &["lint", "--select", "CM882", "tests/fixtures/dirs/agree"],
        None,
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("CM882"));
}
