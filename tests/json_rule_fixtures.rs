//! Each json-group rule's fixtures: `fail-*` files must produce the rule's code, `pass-*` files
//! must not. (The merge brings the harness that runs every rule on every fixture; this checks the
//! reader's own rules directly, since they are reported while reading.)

use cpanmeta::source::json;
use cpanmeta_tests::repo_root;

#[test]
fn json_rule_fixtures_fail_and_pass_as_named() {
    let root = repo_root().join("tests/fixtures/rules");
    let mut checked = 0;
    let mut failures = Vec::new();
    for rule in cpanmeta::rules::json::RULES {
        let dir = root.join(rule.code);
        let mut fails = 0;
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).expect("fixture");
            let found = json::read(&bytes)
                .diagnostics
                .iter()
                .any(|d| d.code == rule.code);
            let want = name.starts_with("fail-");
            fails += usize::from(want);
            if found != want {
                failures.push(format!("{}/{name}: expected found={want}", rule.code));
            }
            checked += 1;
        }
        assert!(fails > 0, "{} has no failing fixture", rule.code);
    }
    println!("json rule fixtures: {checked} files checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
