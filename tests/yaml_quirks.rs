//! The YAML reader against Perl on synthetic inputs: the 22 META.yml parsing quirks of
//! ../shared/data/cpan-meta-oracle (output, error, warnings), and the 3,000 generated files of
//! tests/oracle/yaml-fuzz.jsonl (made by tests/oracle/gen_yaml_fuzz.pl with the system perl).

use base64::Engine as _;
use cpanmeta::source::yaml;
use cpanmeta_tests::{read_jsonl, repo_root, shared_or_skip};

/// What our reader says, in the oracle's terms: `Ok(data)` or `Err(message)`, and the warnings.
fn outcome(bytes: &[u8]) -> (Result<serde_json::Value, String>, Vec<String>) {
    let read = yaml::read(bytes);
    let warnings = read
        .diagnostics
        .iter()
        .filter(|d| d.code == "CM022")
        .filter_map(|d| d.compat_message.clone())
        .collect();
    let result = match (read.perl_error, read.root) {
        (Some(e), _) => Err(e),
        (None, Some(root)) => Ok(root.value.to_perl_json()),
        (None, None) => Err("<no root and no Perl error>".to_owned()),
    };
    (result, warnings)
}

fn expected(case: &serde_json::Value) -> (Result<serde_json::Value, String>, Vec<String>) {
    let result = match case.get("error").and_then(|e| e.as_str()) {
        Some(e) => Err(e.to_owned()),
        None => Ok(case
            .get("output")
            .or_else(|| case.get("data"))
            .cloned()
            .unwrap_or_default()),
    };
    let warnings = case
        .get("warnings")
        .and_then(|w| w.as_array())
        .map(|w| {
            w.iter()
                .filter_map(|s| s.as_str())
                .map(|s| s.split(" at /").next().unwrap_or(s).to_owned())
                .collect()
        })
        .unwrap_or_default();
    (result, warnings)
}

fn decode(case: &serde_json::Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(case["input_base64"].as_str().expect("input_base64"))
        .expect("valid base64")
}

#[test]
fn all_meta_yml_parsing_quirks_match_perl() {
    let Some(shared) = shared_or_skip("meta-yml-parsing-quirks") else {
        return;
    };
    let path = shared.join("data/cpan-meta-oracle/meta-yml-parsing-quirks.json");
    let text = std::fs::read_to_string(&path).expect("quirks file");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("quirks JSON");
    let cases = doc["cases"].as_array().expect("cases");
    let mut same = 0;
    let mut differences = Vec::new();
    for case in cases {
        let bytes = decode(case);
        let got = outcome(&bytes);
        let want = expected(case);
        if got == want {
            same += 1;
        } else {
            differences.push(format!("{}: got {got:?}, Perl {want:?}", case["id"]));
        }
    }
    println!("yaml quirks parity: {same}/{} cases identical", cases.len());
    assert_eq!(cases.len(), 22);
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn generated_files_match_perl() {
    let cases = read_jsonl(&repo_root().join("tests/oracle/yaml-fuzz.jsonl"));
    let mut same = 0;
    let mut differences = Vec::new();
    for case in &cases {
        let bytes = decode(case);
        let got = outcome(&bytes);
        let want = expected(case);
        if got == want {
            same += 1;
        } else {
            differences.push(format!(
                "#{} {:?}:\n  got  {got:?}\n  Perl {want:?}",
                case["id"],
                String::from_utf8_lossy(&bytes)
            ));
        }
    }
    println!(
        "yaml generated-file parity: {same}/{} files identical",
        cases.len()
    );
    assert!(cases.len() >= 3000);
    let shown: Vec<_> = differences.iter().take(8).collect();
    assert!(
        differences.is_empty(),
        "{} differ, first: {shown:#?}",
        differences.len()
    );
}

/// Every fixture of the yaml rule group: `fail-*` files produce the code, `pass-*` files do not
/// (until the every-rule-on-every-fixture harness arrives, the reader is checked directly).
#[test]
fn yaml_rule_fixtures_show_their_rule() {
    let root = repo_root().join("tests/fixtures/rules");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for rule in cpanmeta::registry::all().filter(|r| r.group == cpanmeta::registry::Group::Yaml) {
        let dir = root.join(rule.code);
        let mut fails = 0;
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("dir entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if !name.ends_with(".yml") {
                continue;
            }
            let bytes = std::fs::read(&path).expect("fixture");
            let found = yaml::read(&bytes)
                .diagnostics
                .iter()
                .any(|d| d.code == rule.code);
            let should = name.starts_with("fail-");
            fails += usize::from(should);
            checked += 1;
            if found != should {
                wrong.push(format!("{}/{name}: produced = {found}", rule.code));
            }
        }
        assert!(fails > 0, "{} has no failing fixture", rule.code);
    }
    println!("yaml rule fixtures: {checked} files checked");
    assert!(wrong.is_empty(), "{wrong:#?}");
}
