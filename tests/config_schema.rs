//! schemas/cpanmeta-config.schema.json against the reader: the file is what the generator writes
//! (`CPANMETA_BLESS=1` rewrites it), it defines exactly the keys the reader knows, every passing
//! config fixture is valid under it, and the failing fixtures the schema can judge are invalid.

use cpanmeta::rules::config::{json_schema, json_schema_text, KEYS};
use cpanmeta_tests::repo_root;

fn schema_path() -> std::path::PathBuf {
    repo_root().join("schemas/cpanmeta-config.schema.json")
}

#[test]
fn the_schema_file_is_current() {
    let want = json_schema_text();
    if std::env::var_os("CPANMETA_BLESS").is_some() {
        std::fs::write(schema_path(), &want).unwrap();
    }
    let have = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        have == want,
        "schemas/cpanmeta-config.schema.json is stale: run CPANMETA_BLESS=1 cargo nextest run -p cpanmeta-tests --test config_schema"
    );
}

#[test]
fn the_schema_defines_exactly_the_keys_the_reader_knows() {
    let schema = json_schema();
    let mut keys: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut known = KEYS.to_vec();
    known.sort_unstable();
    assert_eq!(keys, known);
}

/// The config fixtures as JSON values.
fn fixtures() -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for code in ["CM901", "CM902", "CM903", "CM904", "CM905", "CM906"] {
        let dir = repo_root().join("tests/fixtures/rules").join(code);
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let value: toml::Value = toml::from_str(&text).unwrap();
            let name = format!("{code}/{}", path.file_name().unwrap().to_string_lossy());
            out.push((name, serde_json::to_value(value).unwrap()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn fixtures_are_valid_or_invalid_under_the_schema_as_the_reader_judges_them() {
    let validator = jsonschema::validator_for(&json_schema()).unwrap();
    let mut checked = 0;
    for (name, value) in fixtures() {
        let valid = validator.is_valid(&value);
        // The schema cannot see the file system (CM906) nor tell a known code from an unknown
        // one of the same shape (`CM2003` has a code's shape but one digit too many is caught;
        // a misspelled rule name is not in the enum).
        let schema_can_tell = !name.starts_with("CM906/fail");
        if name.contains("/pass-") {
            assert!(valid, "{name} should be valid: {value}");
        } else if schema_can_tell {
            assert!(!valid, "{name} should be invalid: {value}");
        }
        checked += 1;
    }
    println!("config schema: {checked} fixtures checked");
    assert!(checked >= 15);
}
