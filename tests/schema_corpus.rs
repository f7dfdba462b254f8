//! The bundled JSON Schemas against the real-world corpus: what each schema flags, the most
//! common findings, that no file CPAN::Meta::Validator accepts as version 2 is rejected for
//! something the spec allows, and that each extension schema accepts the common shapes of its key.
//!
//! Data: tests/oracle/parsed-corpus.jsonl (what Parse::CPAN::Meta read from each of the 2,600
//! corpus files); the Validator's verdicts come from ../shared/corpus/oracle.jsonl when present.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use cpanmeta::model::SpecVersion;
use cpanmeta::schema::{self, SchemaFinding};
use cpanmeta::source::Node;
use cpanmeta_tests::{read_jsonl, repo_root, shared_dir};
use serde_json::Value;

/// The spec version CPAN::Meta::Validator picks: `meta-spec.version || "1.0"`, as Perl strings it.
fn validator_spec(data: &Value) -> Option<SpecVersion> {
    let declared = match data.get("meta-spec").and_then(|m| m.get("version")) {
        Some(Value::String(s)) if !s.is_empty() && s != "0" => s.clone(),
        Some(Value::Number(n)) if n.as_f64() != Some(0.0) => n.to_string(),
        _ => "1.0".to_owned(),
    };
    SpecVersion::from_validator_key(&declared)
}

/// A finding reduced to what it says, for counting: the keyword and where the schema said it.
fn category(f: &SchemaFinding) -> String {
    let location = f.schema_location.as_deref().unwrap_or("?");
    let short = location.rsplit('/').take(3).collect::<Vec<_>>();
    let schema_file = location
        .split('#')
        .next()
        .and_then(|u| u.rsplit('/').next())
        .unwrap_or("?");
    let tail: Vec<_> = short.into_iter().rev().collect();
    format!("{schema_file} {} [{}]", tail.join("/"), f.keyword)
}

struct Corpus {
    files: Vec<(String, Value)>,
    valid: HashMap<String, bool>,
}

fn corpus() -> Corpus {
    let parsed = read_jsonl(&repo_root().join("tests/oracle/parsed-corpus.jsonl"));
    let files = parsed
        .into_iter()
        .filter(|r| r["ok"] == Value::Bool(true) && r["data"].is_object())
        .map(|r| {
            (
                r["path"].as_str().unwrap_or_default().to_owned(),
                r["data"].clone(),
            )
        })
        .collect();
    let mut valid = HashMap::new();
    if let Some(shared) = shared_dir() {
        let oracle = shared.join("corpus/oracle.jsonl");
        if oracle.is_file() {
            for r in read_jsonl(&oracle) {
                if let (Some(p), Some(v)) = (r["path"].as_str(), r["valid"].as_bool()) {
                    valid.insert(p.to_owned(), v);
                }
            }
        }
    }
    Corpus { files, valid }
}

/// Findings in files the Validator accepts as version 2 that are not spec-as-written
/// violations would mean the schema is stricter than the spec. Each category allowed here is a
/// rule the spec states (quoted); every other finding fails the test.
const SPEC_STATED: &[(&str, &str)] = &[
    // "Version numbers must be treated as strings, not numbers. For example, 1.200 must not be
    // serialized as 1.2."
    (
        "cpan-meta-common.schema.json $defs/version/type [type]",
        "Version is a String",
    ),
    // "A single underscore may be included" / "They must be given in "normal" form" — lax only.
    (
        "cpan-meta-common.schema.json $defs/version/format [format]",
        "Version Formats",
    ),
    (
        "cpan-meta-common.schema.json $defs/version-range/type [type]",
        "Version Range is a String",
    ),
    (
        "cpan-meta-common.schema.json $defs/version-range/format [format]",
        "Version Ranges",
    ),
    // "Keywords must not include whitespace."
    (
        "cpan-meta-2.schema.json keywords/items/pattern [pattern]",
        "keywords",
    ),
    // "If the version field contains an underscore character, then release_status must not be stable."
    (
        "cpan-meta-2.schema.json properties/release_status/not [not]",
        "release_status",
    ),
    // "String: a non-zero length sequence of Unicode characters"
    (
        "cpan-meta-common.schema.json $defs/string/minLength [minLength]",
        "String",
    ),
    // URL type: the Validator checks resources URLs only in some places.
    (
        "cpan-meta-common.schema.json $defs/url/format [format]",
        "URL",
    ),
    // "A lowercase string indicating the VCS used"
    (
        "cpan-meta-2.schema.json repository/type/pattern [pattern]",
        "repository type",
    ),
];

/// The keys the bundled extension schemas describe, as JSON pointers.
const EXTENSION_KEYS: &[&str] = &[
    "/x_serialization_backend",
    "/x_contributors",
    "/x_generated_by_perl",
    "/x_authority",
    "/x_authority_from_module",
    "/x_permissions_from_module",
    "/x_spdx_expression",
    "/x_static_install",
    "/x_use_unsafe_inc",
    "/x_deprecated",
    "/x_breaks",
    "/x_Dist_Zilla",
    "/resources/x_IRC",
    "/resources/x_MailingList",
    "/resources/x_identifier",
    "/resources/X_identifier",
];

#[test]
fn bundled_schemas_on_the_corpus() {
    let corpus = corpus();
    let mut flagged: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut top: HashMap<String, usize> = HashMap::new();
    let mut extension_files: HashMap<String, usize> = HashMap::new();
    let mut keys: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut valid_v2_checked = 0;
    let mut unexpected = Vec::new();
    let mut elapsed = std::time::Duration::ZERO;
    let mut validated = 0u32;
    for (path, data) in &corpus.files {
        let Some(version) = validator_spec(data) else {
            continue;
        };
        let Some(schema_path) = schema::spec_schema_path(version) else {
            continue;
        };
        let json = Node::from_json(data).value.to_json();
        let start = Instant::now();
        let findings = schema::validate_spec(version, &json).expect("bundled schema");
        elapsed += start.elapsed();
        validated += 1;
        let entry = flagged.entry(schema_path).or_default();
        entry.0 += 1;
        let spec_findings: Vec<_> = findings.iter().filter(|f| !f.is_extension()).collect();
        if !spec_findings.is_empty() {
            entry.1 += 1;
        }
        let mut seen_ext = std::collections::HashSet::new();
        for f in &findings {
            *top.entry(category(f)).or_default() += 1;
            if f.is_extension() {
                let file = f.schema_location.as_deref().unwrap_or("?");
                let file = file
                    .split('#')
                    .next()
                    .unwrap_or("?")
                    .rsplit('/')
                    .next()
                    .unwrap_or("?");
                if seen_ext.insert(file.to_owned()) {
                    *extension_files.entry(file.to_owned()).or_default() += 1;
                }
            }
        }
        for key in EXTENSION_KEYS {
            let present = json.pointer(key).is_some();
            if present {
                let rejected = findings.iter().any(|f| {
                    f.is_extension()
                        && (f.pointer == *key || f.pointer.starts_with(&format!("{key}/")))
                });
                let e = keys.entry((*key).to_owned()).or_default();
                e.0 += 1;
                if !rejected {
                    e.1 += 1;
                }
            }
        }
        if version == SpecVersion::V2 && corpus.valid.get(path) == Some(&true) {
            valid_v2_checked += 1;
            for f in spec_findings {
                let c = category(f);
                if !SPEC_STATED.iter().any(|(k, _)| *k == c) {
                    unexpected.push(format!("{path}: {} {} -> {c}", f.pointer, f.message));
                }
            }
        }
    }
    for (schema_path, (files, with_findings)) in &flagged {
        println!("schema corpus: {schema_path} flags {with_findings}/{files} files");
    }
    for (file, n) in &extension_files {
        println!("schema corpus: extensions/{file} flags {n} files");
    }
    for (key, (seen, accepted)) in &keys {
        println!("schema corpus: extension {key}: {accepted}/{seen} values accepted");
    }
    let mut top: Vec<_> = top.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (c, n) in top.iter().take(20) {
        println!("schema corpus: {n:5} {c}");
    }
    println!(
        "schema corpus: {validated} files validated, {:.1} µs per file (this build's profile)",
        elapsed.as_secs_f64() * 1e6 / f64::from(validated.max(1))
    );
    assert!(validated > 2000, "only {validated} files validated");
    for (key, (seen, accepted)) in &keys {
        assert_eq!(seen, accepted, "the schema of {key} rejects corpus values");
    }
    assert!(keys.values().map(|k| k.0).sum::<usize>() > 3000);
    if corpus.valid.is_empty() {
        println!("SKIPPED valid-v2 check: ../shared/corpus/oracle.jsonl is not available");
    } else {
        println!("schema corpus: {valid_v2_checked} Validator-valid v2 files checked");
        assert!(valid_v2_checked > 900);
        assert!(
            unexpected.is_empty(),
            "{} findings the spec does not state:\n{}",
            unexpected.len(),
            unexpected
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// The JSON fixtures of the schema rules, until the every-rule-on-every-fixture harness runs them:
/// `fail-*` produce the code, `pass-*` do not. CM302 fixtures use `schema.json` beside them.
#[test]
fn schema_rule_fixtures() {
    let dir = repo_root().join("tests/fixtures/rules");
    let mut checked = 0;
    for code in ["CM300", "CM301", "CM302"] {
        let user = (code == "CM302").then(|| {
            let text = std::fs::read_to_string(dir.join(code).join("schema.json")).expect("schema");
            let value = serde_json::from_str(&text).expect("schema is JSON");
            schema::UserSchema::compile(value, "schema.json").expect("schema compiles")
        });
        let mut names: Vec<_> = std::fs::read_dir(dir.join(code))
            .expect("fixture dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| {
                std::path::Path::new(n)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                    && n != "schema.json"
            })
            .collect();
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(dir.join(code).join(&name)).expect("fixture");
            let data: Value = serde_json::from_str(&text).expect("fixture is JSON");
            let version = validator_spec(&data).expect("known spec version");
            let findings = match &user {
                Some(u) => u.validate(&data),
                None => schema::validate_spec(version, &data)
                    .expect("bundled")
                    .into_iter()
                    .filter(|f| f.is_extension() == (code == "CM301"))
                    .collect(),
            };
            let fires = !findings.is_empty();
            assert_eq!(
                fires,
                name.starts_with("fail-"),
                "{code}/{name}: {findings:#?}"
            );
            checked += 1;
        }
    }
    println!("schema fixtures: {checked} JSON fixtures checked");
    assert_eq!(checked, 14);
}
