//! `cpanmeta lint` as a user runs it: each output format, the same output whatever the thread
//! count, the progress bar only where it belongs, colour only on a terminal without NO_COLOR, the
//! summary on the right stream, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn cpanmeta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .args(args)
        .current_dir(repo())
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A tree of META files made from the rule fixtures: one directory per fixture (some with a
/// META.json and a META.yml together), so a run has many units with findings of every kind.
fn fixture_tree(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("cpanmeta-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let rules = repo().join("tests/fixtures/rules");
    let mut codes: Vec<_> = std::fs::read_dir(&rules)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    codes.sort();
    for dir in codes {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for (i, f) in files.iter().enumerate() {
            let file = f.file_name().unwrap().to_string_lossy().into_owned();
            let meta = if file.ends_with(".json") && file != "schema.json" {
                "META.json"
            } else if file.ends_with(".yml") {
                "META.yml"
            } else {
                continue;
            };
            // Pairs of fixtures share a directory: a unit of two files.
            let unit = root
                .join(dir.file_name().unwrap())
                .join(format!("d{}", i / 2));
            std::fs::create_dir_all(&unit).unwrap();
            let target = unit.join(meta);
            if !target.exists() {
                std::fs::copy(f, target).unwrap();
            }
        }
    }
    root
}

#[test]
fn every_format_renders_the_findings() {
    let example = "examples/META.json";
    let human = cpanmeta(&["lint", "--format", "human", example]);
    assert_eq!(human.status.code(), Some(1));
    let text = stdout(&human);
    assert!(
        text.contains("error[CM203]: keyword `web framework`"),
        "{text}"
    );
    let last = text.lines().last().unwrap();
    assert!(
        text.contains("1 file checked in ") && text.contains(": 8 errors, 3 warnings, 0 info\n"),
        "{text}"
    );
    assert!(last.starts_with("top rules: "), "{last}");

    let concise = cpanmeta(&["lint", "--format", "concise", example]);
    let text = stdout(&concise);
    assert!(text.starts_with(
        "examples/META.json:8:19: CM203 [error] keyword `web framework` contains whitespace\n"
    ));
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("examples/META.json:"))
            .count(),
        11
    );

    let json = cpanmeta(&["lint", "--format", "json", example]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["summary"]["errors"], 8);
    assert_eq!(doc["files"][0]["diagnostics"].as_array().unwrap().len(), 11);

    let lines = cpanmeta(&["lint", "--format", "json-lines", example]);
    let objs: Vec<serde_json::Value> = stdout(&lines)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objs.len(), 11);
    assert!(objs
        .iter()
        .all(|o| o["path"] == example && o["version"] == 1));

    let sarif = cpanmeta(&["lint", "--format", "sarif", example]);
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 11);
    assert_eq!(log["runs"][0]["invocations"][0]["exitCode"], 1);

    let github = cpanmeta(&["lint", "--format", "github", example]);
    let text = stdout(&github);
    assert_eq!(text.lines().count(), 11);
    assert!(text.starts_with(
        "::error file=examples/META.json,line=8,col=19,endLine=8,endColumn=34,title=CM203 keyword-whitespace::"
    ), "{text}");

    for o in [&human, &concise, &json, &lines, &sarif, &github] {
        assert_eq!(o.status.code(), Some(1));
    }
}

/// Machine formats keep standard output for data: the summary goes to standard error.
#[test]
fn the_summary_goes_to_stderr_for_machine_formats() {
    for format in ["json", "json-lines", "sarif", "github"] {
        let o = cpanmeta(&["lint", "--format", format, "examples/META.json"]);
        assert!(!stdout(&o).contains("file checked"), "{format}");
        let err = stderr(&o);
        assert!(err.starts_with("1 file checked in "), "{format}: {err}");
        assert!(
            err.contains("top rules: CM116 stable-release-of-dev-version (1)"),
            "{err}"
        );
    }
}

#[test]
fn output_is_the_same_on_one_thread_and_on_two() {
    let tree = fixture_tree("threads");
    let path = tree.to_str().unwrap();
    for format in ["json", "json-lines", "sarif", "github", "concise", "human"] {
        let one = cpanmeta(&["lint", "-j", "1", "--format", format, path]);
        let two = cpanmeta(&["lint", "--threads", "2", "--format", format, path]);
        assert_eq!(one.status.code(), two.status.code(), "{format}");
        // The summary of the people formats ends in the elapsed time; the rest must be equal.
        let strip = |o: &Output| {
            stdout(o)
                .lines()
                .filter(|l| !l.contains(" checked in "))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let (a, b) = (strip(&one), strip(&two));
        assert!(a.len() > 10_000, "{format}: {} bytes", a.len());
        assert!(a == b, "{format}: -j 1 and -j 2 differ");
    }
    std::fs::remove_dir_all(&tree).unwrap();
}

#[test]
fn progress_only_on_a_terminal_or_when_asked() {
    let tree = fixture_tree("progress");
    let path = tree.to_str().unwrap();
    // Standard error is a pipe here: no bar.
    let piped = cpanmeta(&["lint", "--format", "json-lines", path]);
    assert!(!stderr(&piped).contains('\r'), "{}", stderr(&piped));
    let forced = cpanmeta(&["lint", "--progress", "--format", "json-lines", path]);
    let err = stderr(&forced);
    assert!(err.contains("\r\x1b[2K["), "{err}");
    assert!(err.contains(" files  "), "{err}");
    // The bar never reaches standard output.
    assert_eq!(forced.stdout, piped.stdout);
    let off = cpanmeta(&[
        "lint",
        "--progress",
        "--no-progress",
        "--format",
        "json",
        path,
    ]);
    assert!(!stderr(&off).contains('\r'));
    std::fs::remove_dir_all(&tree).unwrap();
}

/// Runs `cpanmeta` with standard output on a pseudo-terminal (util-linux `script`), if present.
fn on_a_terminal(args: &str, no_color: Option<&str>) -> Option<String> {
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    let mut cmd = Command::new(script);
    cmd.args([
        "-qec",
        &format!("{} {args}", env!("CARGO_BIN_EXE_cpanmeta")),
        "/dev/null",
    ])
    .current_dir(repo())
    .env_remove("NO_COLOR")
    .stdin(Stdio::null());
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let out = cmd.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let colour = "\x1b[1;31merror";
    let args = "lint --no-progress examples/META.json";
    let Some(tty) = on_a_terminal(args, None) else {
        eprintln!("SKIPPED terminal colour: no `script` to make a pseudo-terminal");
        return;
    };
    assert!(tty.contains(colour), "{tty}");
    let no_color = on_a_terminal(args, Some("1")).unwrap();
    assert!(
        no_color.contains("error[CM203]") && !no_color.contains('\x1b'),
        "{no_color}"
    );
    let forced = on_a_terminal(
        "lint --color always --no-progress examples/META.json",
        Some("1"),
    )
    .unwrap();
    assert!(forced.contains(colour), "a flag wins over NO_COLOR");
    // Piped: no colour, unless asked.
    let piped = cpanmeta(&["lint", "examples/META.json"]);
    assert!(!stdout(&piped).contains('\x1b'));
    let always = cpanmeta(&["lint", "--color", "always", "examples/META.json"]);
    assert!(stdout(&always).contains(colour));
}

#[test]
fn exit_codes_are_unchanged() {
    let clean = cpanmeta(&[
        "lint",
        "tests/fixtures/archives/sample/Foo-Bar-1.0.tar.gz",
        "--select",
        "CM1",
    ]);
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    let missing = cpanmeta(&["lint", "no/such/META.json"]);
    assert_eq!(missing.status.code(), Some(2));
    let zero_threads = cpanmeta(&["lint", "-j", "0", "examples/META.json"]);
    assert_eq!(zero_threads.status.code(), Some(2));
    // A release that cannot be read among files that can: the others are still reported, exit
    // 2, and the SARIF log records the failure.
    let tree = std::env::temp_dir().join(format!("cpanmeta-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&tree).unwrap();
    let bad = tree.join("Bad-1.0.tar.gz");
    std::fs::write(&bad, "not gzip").unwrap();
    let o = cpanmeta(&[
        "lint",
        "--format",
        "sarif",
        bad.to_str().unwrap(),
        "examples/META.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let log: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 11);
    assert_eq!(run["invocations"][0]["exitCode"], 2);
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let note = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap();
    assert!(note.contains("Bad-1.0.tar.gz"), "{note}");
    assert!(
        stderr(&o).contains("(1 file could not be read)"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&tree).unwrap();
}

#[test]
fn standard_input_is_a_unit_of_its_own() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .args([
            "lint",
            "--format",
            "concise",
            "--stdin-filename",
            "x/META.json",
            "-",
        ])
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(br#"{"name": "Foo"}"#).unwrap();
    }
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("x/META.json:1:1: CM101 [error] "),
        "{}",
        stdout(&o)
    );
}

/// `cpanmeta lint . | head -1`: a closed pipe ends the run quietly, without an error.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    let tree = fixture_tree("pipe");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .args(["lint", "--format", "concise", "-j", "2"])
        .arg(&tree)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains(": CM"), "{first}");
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{:?} {err}",
        o.status
    );
    assert!(!err.contains("error") && !err.contains("panicked"), "{err}");
    std::fs::remove_dir_all(&tree).unwrap();
}
