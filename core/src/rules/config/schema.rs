//! The JSON Schema of `cpanmeta.toml` (schemas/cpanmeta-config.schema.json), generated from the
//! same tables the reader uses ([`KEYS`](super::KEYS), the registry's rule names and groups, the
//! modes and levels), so that the two cannot drift apart: a test regenerates it and compares.

use serde_json::{json, Value};

use crate::registry;

/// The schema, as the file holds it.
pub fn json_schema() -> Value {
    let mut named: Vec<&str> = vec!["ALL"];
    let mut groups: Vec<&str> = registry::all().map(|r| r.group.as_str()).collect();
    groups.dedup();
    named.extend(groups);
    named.extend(registry::all().map(|r| r.name));
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://raw.githubusercontent.com/cpan-security/cpanmeta/main/schemas/cpanmeta-config.schema.json",
        "title": "cpanmeta.toml",
        "description": "Configuration of cpanmeta, read from the nearest cpanmeta.toml above each linted file (docs/configuration.md). Generated from the reader's tables by `CPANMETA_BLESS=1 cargo nextest run -p cpanmeta-tests --test config_schema`; do not edit.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "mode": {
                "description": "strict: the spec as written (the default); compat: CPAN::Meta::Validator's judgement. `--mode` overrides it.",
                "enum": ["strict", "compat"]
            },
            "select": {
                "description": "Enable only these rules. `--select` replaces it.",
                "type": "array",
                "items": { "$ref": "#/$defs/selector" }
            },
            "ignore": {
                "description": "Disable these rules (wins over select). `--ignore` adds to it.",
                "type": "array",
                "items": { "$ref": "#/$defs/selector" }
            },
            "rules": {
                "description": "Per-rule levels: allow (off), warn (warnings), deny (errors). The most specific selector wins; on a tie -A/-W/-D win.",
                "type": "object",
                "propertyNames": { "$ref": "#/$defs/selector" },
                "additionalProperties": { "enum": ["allow", "warn", "deny"] }
            },
            "schemas": {
                "description": "Your own JSON Schemas for your x_ keys, relative to this file's directory. `--schema` adds to them.",
                "type": "array",
                "items": { "type": "string" }
            },
            "author": {
                "description": "The CPAN author ID for the distribution's Package URL (otherwise taken from x_authority).",
                "type": "string"
            },
            "index": {
                "description": "A CPAN package index (02packages.details.txt), relative to this file's directory.",
                "type": "string"
            }
        },
        "$defs": {
            "selector": {
                "description": "A rule code (CM203), a code prefix (CM2), a rule name, a group name, or ALL.",
                "anyOf": [
                    { "type": "string", "pattern": "^[Cc][Mm][0-9]{0,3}$" },
                    { "enum": named }
                ]
            }
        }
    });
    debug_assert_eq!(
        schema["properties"].as_object().map(serde_json::Map::len),
        Some(super::KEYS.len())
    );
    schema
}

/// The file's text: the schema pretty-printed, with a final newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}
