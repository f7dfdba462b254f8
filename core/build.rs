//! Build script: embeds the purl-spec type definitions (`data/purl-types/*-definition.json`,
//! see `data/purl-types/SOURCE.md`) with only the fields `purl::types` reads.
//!
//! Why: the files are mostly prose (`description`, `note`), three times the size of what the
//! checks use, and every byte is compiled into the WebAssembly modules, which have a size budget
//! (bindings-wasm/README.md, "Size"). The files stay as purl-spec publishes them; the kept
//! fields are copied unchanged, so the checks read the same values.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use serde_json::{Map, Value};

const DIR: &str = "data/purl-types";
/// Per component (`namespace_definition` ...): the fields `ComponentRule` reads.
const COMPONENT: &[&str] = &["requirement", "case_sensitive", "permitted_characters"];
/// Per entry of `qualifiers_definition`: the fields `QualifierRule` reads.
const QUALIFIER: &[&str] = &["key", "requirement", "default_value"];
const REPOSITORY: &[&str] = &["default_repository_url"];

fn main() {
    println!("cargo::rerun-if-changed={DIR}");
    let mut names: Vec<String> = fs::read_dir(DIR)
        .expect("data/purl-types is readable")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with("-definition.json"))
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    for name in &names {
        let path = Path::new(DIR).join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a purl type definition is readable");
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        let kept = serde_json::to_string(&kept_fields(&doc)).expect("JSON serialises");
        writeln!(out, "    {kept:?},").expect("writing to a String");
    }
    out.push_str("]\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("purl_types.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The fields of one definition that `purl::types::RawType` reads.
fn kept_fields(doc: &Value) -> Value {
    let mut out = Map::new();
    for (key, value) in doc.as_object().into_iter().flatten() {
        let kept = match key.as_str() {
            "type" | "examples" => value.clone(),
            "repository" => only(value, REPOSITORY),
            "qualifiers_definition" => match value {
                Value::Array(items) => items.iter().map(|q| only(q, QUALIFIER)).collect(),
                other => other.clone(),
            },
            k if k.ends_with("_definition") => only(value, COMPONENT),
            _ => continue,
        };
        out.insert(key.clone(), kept);
    }
    Value::Object(out)
}

/// `value` with only the named fields, if it is an object (anything else as it is).
fn only(value: &Value, fields: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| fields.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}
