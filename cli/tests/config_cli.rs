//! `cpanmeta.toml` through the command line: discovery (nearest file wins), `--config`,
//! `--isolated`, the file's settings, `-A/-W/-D` over `[rules]`, and the file's own mistakes
//! reported as findings with line and column.

use std::path::Path;
use std::process::Command;

/// A spec 2 META.json whose only strict error is CM203 (a keyword with whitespace).
const META: &str = r#"{
   "abstract" : "x",
   "author" : [ "A <a@example.org>" ],
   "dynamic_config" : 0,
   "generated_by" : "hand",
   "keywords" : [ "web framework" ],
   "license" : [ "perl_5" ],
   "meta-spec" : { "version" : 2 },
   "name" : "Foo-Bar",
   "prereqs" : { "runtime" : { "requires" : { "perl" : "5.010" } } },
   "release_status" : "stable",
   "version" : "1.0",
   "x_my_key" : 3
}
"#;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Runs `cpanmeta lint --format json ARGS` in `dir`: exit code and the JSON output.
fn lint(dir: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .current_dir(dir)
        .args(["lint", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap(), json)
}

/// `(path, code, severity)` of every finding, sorted. Leaves out CM300: the bundled spec
/// schema flags the same keyword, and its finding is dropped only while CM203 runs, so it shows
/// up whenever CM203 is turned off.
fn findings(json: &serde_json::Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for f in json["files"].as_array().unwrap() {
        for d in f["diagnostics"].as_array().unwrap() {
            if d["code"] == "CM300" {
                continue;
            }
            out.push((
                f["path"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            ));
        }
    }
    out.sort();
    out
}

fn one(path: &str, code: &str, severity: &str) -> (String, String, String) {
    (path.to_owned(), code.to_owned(), severity.to_owned())
}

#[test]
fn the_nearest_file_applies_and_stops_the_search() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("cpanmeta.toml"), "ignore = [\"CM203\"]\n");
    write(&root.join("a/META.json"), META);
    write(&root.join("b/cpanmeta.toml"), "[rules]\nCM203 = \"warn\"\n");
    write(&root.join("b/c/META.json"), META);
    let (code, json) = lint(root, &["a", "b"]);
    // a/ uses the root's file (CM203 ignored); b/c/ uses b's (CM203 a warning), not the root's.
    assert_eq!(findings(&json), [one("b/c/META.json", "CM203", "warning")]);
    assert_eq!(code, 0);
}

#[test]
fn a_named_file_searches_from_its_directory_as_resolved() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("quiet/cpanmeta.toml"), "ignore = [\"CM203\"]\n");
    write(&root.join("quiet/dist/META.json"), META);
    write(&root.join("loud/META.json"), META);
    // by a path through `..`: the directory the file is really in decides
    let (_, json) = lint(root, &["loud/../quiet/dist/META.json"]);
    assert_eq!(findings(&json), []);
    let (_, json) = lint(root, &["quiet/dist/../../loud/META.json"]);
    assert_eq!(
        findings(&json),
        [one("quiet/dist/../../loud/META.json", "CM203", "error")]
    );
    // a symlinked META file gets the configuration of the directory it is linted in
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.join("loud/META.json"), root.join("quiet/META.json"))
            .unwrap();
        std::os::unix::fs::symlink(
            root.join("quiet/dist/META.json"),
            root.join("loud/link.json"),
        )
        .unwrap();
        assert_eq!(findings(&lint(root, &["quiet/META.json"]).1), []);
        assert_eq!(
            findings(&lint(root, &["loud/link.json"]).1),
            [one("loud/link.json", "CM203", "error")]
        );
    }
}

#[test]
fn config_forces_one_file_and_isolated_ignores_all() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("cpanmeta.toml"), "ignore = [\"CM203\"]\n");
    write(
        &root.join("other.toml"),
        "[rules]\nkeyword-whitespace = \"warn\"\n",
    );
    write(&root.join("d/META.json"), META);
    assert_eq!(findings(&lint(root, &["d"]).1), []);
    let (_, json) = lint(root, &["--config", "other.toml", "d"]);
    assert_eq!(findings(&json), [one("d/META.json", "CM203", "warning")]);
    let (code, json) = lint(root, &["--isolated", "d"]);
    assert_eq!(findings(&json), [one("d/META.json", "CM203", "error")]);
    assert_eq!(code, 1);
    let (_, json) = lint(root, &["--no-config", "d"]);
    assert_eq!(findings(&json), [one("d/META.json", "CM203", "error")]);
}

#[test]
fn mode_select_and_schemas_come_from_the_file_and_the_command_line_wins() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("META.json"), META);
    // compat mode: CM203 is a strict-only rule
    write(&root.join("cpanmeta.toml"), "mode = \"compat\"\n");
    assert_eq!(findings(&lint(root, &["META.json"]).1), []);
    let (_, json) = lint(root, &["--mode", "strict", "META.json"]);
    assert_eq!(findings(&json), [one("META.json", "CM203", "error")]);
    // a schema beside the file, by a path relative to it, run on every META file below it
    write(
        &root.join("schemas/mine.json"),
        r#"{"properties": {"x_my_key": {"type": "string"}}}"#,
    );
    write(
        &root.join("cpanmeta.toml"),
        "select = [\"schema\"]\nschemas = [\"schemas/mine.json\"]\n",
    );
    let (_, json) = lint(root, &["META.json"]);
    assert_eq!(findings(&json), [one("META.json", "CM302", "error")]);
    // --select replaces the file's select
    let (_, json) = lint(root, &["--select", "CM203", "META.json"]);
    assert_eq!(findings(&json), [one("META.json", "CM203", "error")]);
}

#[test]
fn levels_most_specific_selector_wins_then_the_command_line() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("META.json"), META);
    let run = |file: &str, args: &[&str]| {
        write(&root.join("cpanmeta.toml"), file);
        let mut a = args.to_vec();
        a.push("META.json");
        findings(&lint(root, &a).1)
    };
    // file: the code is more specific than the group
    assert_eq!(
        run("[rules]\nstrict = \"allow\"\nCM203 = \"warn\"\n", &[]),
        [one("META.json", "CM203", "warning")]
    );
    // equally specific: the command line wins over the file
    assert_eq!(
        run("[rules]\nCM203 = \"warn\"\n", &["-D", "CM203"]),
        [one("META.json", "CM203", "error")]
    );
    assert_eq!(
        run(
            "[rules]\nCM203 = \"deny\"\n",
            &["--allow", "keyword-whitespace"]
        ),
        []
    );
    // the file's code beats the command line's group
    assert_eq!(
        run("[rules]\nCM203 = \"warn\"\n", &["-D", "strict"]),
        [one("META.json", "CM203", "warning")]
    );
    // the command line's code beats the file's prefix
    assert_eq!(
        run("[rules]\nCM2 = \"allow\"\n", &["-W", "CM203"]),
        [one("META.json", "CM203", "warning")]
    );
    // no file: -A turns rules off
    std::fs::remove_file(root.join("cpanmeta.toml")).unwrap();
    let (code, json) = lint(root, &["-A", "CM203,CM300", "META.json"]);
    assert_eq!((code, findings(&json)), (0, vec![]));
}

#[test]
fn mistakes_in_the_file_are_findings_with_line_and_column() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("META.json"), META);
    write(
        &root.join("cpanmeta.toml"),
        "ignroe = [\"CM203\"]\nmode = \"lenient\"\nselect = \"CM1\"\nschemas = [\"nope.json\"]\n\n[rules]\nkeyword-whitespaces = \"allow\"\nCM208 = \"off\"\n",
    );
    let (code, json) = lint(root, &["META.json"]);
    assert_eq!(code, 1);
    let config = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "cpanmeta.toml")
        .expect("the configuration file is reported");
    assert_eq!(config["format"], "toml");
    let got: Vec<(String, u64, u64)> = config["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["location"]["start"]["line"].as_u64().unwrap(),
                d["location"]["start"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("CM901", 1, 1),
        ("CM903", 2, 8),
        ("CM902", 3, 10),
        ("CM906", 4, 12),
        ("CM904", 7, 1),
        ("CM905", 8, 9),
    ];
    assert_eq!(
        got,
        want.map(|(c, l, k)| (c.to_owned(), l, k)),
        "{:#}",
        config["diagnostics"]
    );
    let msg = config["diagnostics"][0]["message"].as_str().unwrap();
    assert!(msg.contains("did you mean `ignore`?"), "{msg}");
    // the settings that were right still apply: the META file is linted (CM203 is reported,
    // since `ignroe` is not `ignore`)
    assert!(findings(&json).contains(&one("META.json", "CM203", "error")));
}

#[test]
fn the_file_is_reported_once_for_many_meta_files() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(&root.join("cpanmeta.toml"), "mode = \"lenient\"\n");
    write(&root.join("a/META.json"), META);
    write(&root.join("b/META.json"), META);
    let (_, json) = lint(root, &["a", "b"]);
    let configs = findings(&json)
        .into_iter()
        .filter(|f| f.1 == "CM903")
        .count();
    assert_eq!(configs, 1);
}

#[test]
fn an_unknown_selector_on_the_command_line_cannot_run() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("META.json"), META);
    let out = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .current_dir(t.path())
        .args(["lint", "-D", "CM2003", "META.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`CM2003` names no rule"));
    let out = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
        .current_dir(t.path())
        .args(["lint", "--config", "missing.toml", "META.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn purl_from_takes_author_and_index_from_the_file_under_its_flags() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path();
    write(
        &root.join("META.json"),
        &META.replace(
            r#""perl" : "5.010""#,
            r#""perl" : "5.010", "Moose" : "2.0""#,
        ),
    );
    write(
        &root.join("index/02packages.details.txt"),
        "File:         02packages.details.txt\nLine-Count:   1\n\nMoose  2.2203  E/ET/ETHER/Moose-2.2203.tar.gz\n",
    );
    write(
        &root.join("cpanmeta.toml"),
        "author = \"BOBTFISH\"\nindex = \"index/02packages.details.txt\"\n",
    );
    let purl = |args: &[&str]| -> serde_json::Value {
        let out = Command::new(env!("CARGO_BIN_EXE_cpanmeta"))
            .current_dir(root)
            .args(["purl", "--format", "json", "--from", "META.json"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let json = purl(&[]);
    assert_eq!(json["author"], "BOBTFISH");
    assert_eq!(
        json["prerequisites"],
        serde_json::json!([
            { "module": "Moose", "purl": "pkg:cpan/Moose@2.2203?author=ETHER" },
            { "module": "perl", "purl": "pkg:cpan/perl" },
        ])
    );
    assert_eq!(purl(&["--author", "ETHER"])["author"], "ETHER");
    let json = purl(&["--isolated"]);
    assert!(json["author"].is_null());
    assert!(json["prerequisites"].is_null());
}
