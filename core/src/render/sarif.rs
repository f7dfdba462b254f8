//! SARIF 2.1.0, the format code-scanning services read (GitHub code scanning among them).
//!
//! One run: `tool.driver` carries the version and a `rules` table generated from the registry
//! (id = code, name, short and full description, help as text and Markdown, `helpUri` = the rule's
//! docs, default level); each result names its rule by id and index, and is located by a physical
//! location (a relative `uri` against `%SRCROOT%`, a region with line, column — counted in
//! Unicode code points, as `columnKind` says — and byte offset) and a logical location (the JSON
//! pointer). A finding about the file as a whole (no span) has the region `startLine: 1`, the
//! least code scanning accepts. The invocation records the exit code. Fingerprints are left to
//! the consumer (code scanning computes them from the file).
//!
//! Written in pieces like the JSON report, so nothing is held but the errors of the run:
//! [`sarif_open`], [`sarif_results`] for each file (each result joined by [`SARIF_SEPARATOR`]),
//! [`sarif_close`]. [`render_sarif`] puts them together for a run held in memory.

use std::fmt::Write;

use serde_json::{json, Map, Value};

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::lint::Report;
use crate::registry::{self, RuleMeta};
use crate::render::json::{indent, FileReport};

/// The schema the output declares (the OASIS errata 01 schema, which the tests validate with).
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// What goes between two results.
pub const SARIF_SEPARATOR: &str = ",\n";

/// The base every relative `uri` is resolved against: the checkout's root in code scanning.
pub const SRCROOT: &str = "%SRCROOT%";

/// How the run ended, recorded in the invocation.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SarifInvocation {
    /// The process exit code (0 clean, 1 findings, 2 could not run).
    pub exit_code: i32,
    /// Files that could not be read or linted at all, with why.
    pub errors: Vec<String>,
}

impl SarifInvocation {
    pub fn new(exit_code: i32, errors: Vec<String>) -> Self {
        Self { exit_code, errors }
    }
}

/// The log up to the opening of the run's `results` array.
pub fn sarif_open() -> String {
    let driver = json!({
        "name": "cpanmeta",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "informationUri": env!("CARGO_PKG_REPOSITORY"),
        "rules": registry::all().map(rule).collect::<Vec<_>>(),
    });
    let tool = pretty(&json!({ "driver": driver }));
    format!(
        "{{\n  \"$schema\": \"{SARIF_SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [\n",
        indent(&tool, 6)
    )
}

/// One file's results, each indented to sit in the `results` array.
pub fn sarif_results(path: &str, report: &Report) -> Vec<String> {
    let uri = artifact_location(path);
    report
        .diagnostics
        .iter()
        .map(|d| format!("        {}", indent(&pretty(&result(&uri, d)), 8)))
        .collect()
}

/// Closes the results, the run and the log, with the invocation.
pub fn sarif_close(invocation: &SarifInvocation, any_results: bool) -> String {
    let notifications: Vec<Value> = invocation
        .errors
        .iter()
        .map(|e| json!({ "level": "error", "message": { "text": e } }))
        .collect();
    let mut inv = Map::new();
    inv.insert(
        "executionSuccessful".into(),
        Value::Bool(invocation.exit_code != 2),
    );
    inv.insert("exitCode".into(), invocation.exit_code.into());
    if !notifications.is_empty() {
        inv.insert(
            "toolExecutionNotifications".into(),
            Value::Array(notifications),
        );
    }
    let before = if any_results { "\n" } else { "" };
    format!(
        "{before}      ],\n      \"invocations\": [\n        {}\n      ]\n    }}\n  ]\n}}\n",
        indent(&pretty(&Value::Object(inv)), 8)
    )
}

/// A whole run held in memory as one log.
pub fn render_sarif(files: &[FileReport<'_>], invocation: &SarifInvocation) -> String {
    let mut out = sarif_open();
    let mut any = false;
    for f in files {
        for r in sarif_results(f.path, f.report) {
            if any {
                out.push_str(SARIF_SEPARATOR);
            }
            out.push_str(&r);
            any = true;
        }
    }
    out.push_str(&sarif_close(invocation, any));
    out
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("values serialise")
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A rule's entry in `tool.driver.rules`, from the registry and the rule's doc comment.
fn rule(r: &RuleMeta) -> Value {
    let docs = r.docs();
    let full = section(&docs, "## What it does").unwrap_or_else(|| r.summary());
    json!({
        "id": r.code,
        "name": r.name,
        "shortDescription": { "text": r.summary() },
        "fullDescription": { "text": full },
        "help": { "text": docs, "markdown": docs },
        "helpUri": r.docs_anchor(),
        "defaultConfiguration": { "level": level(r.severity) },
        "properties": { "tags": ["cpanmeta", r.group.as_str()] },
    })
}

/// The text of one `## ` section of a rule's docs, its lines joined.
fn section(docs: &str, heading: &str) -> Option<String> {
    let mut lines = docs.lines().skip_while(|l| l.trim() != heading);
    lines.next()?;
    let body: Vec<&str> = lines
        .take_while(|l| !l.starts_with("## "))
        .map(str::trim)
        .collect();
    let text = body.join(" ");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn result(uri: &Value, d: &Diagnostic) -> Value {
    let mut r = Map::new();
    r.insert("ruleId".into(), d.code.clone().into());
    if let Some(i) = registry::all().position(|m| m.code == d.code) {
        r.insert("ruleIndex".into(), i.into());
    }
    r.insert("level".into(), level(d.severity).into());
    r.insert("message".into(), json!({ "text": d.message }));
    let mut location = Map::new();
    location.insert("physicalLocation".into(), physical(uri, &d.location));
    if !d.location.pointer.is_empty() {
        location.insert(
            "logicalLocations".into(),
            json!([{ "fullyQualifiedName": d.location.pointer }]),
        );
    }
    r.insert("locations".into(), json!([location]));
    let related: Vec<Value> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, rel)| {
            json!({
                "id": i,
                "message": { "text": rel.message },
                "physicalLocation": physical(uri, &rel.location),
            })
        })
        .collect();
    if !related.is_empty() {
        r.insert("relatedLocations".into(), related.into());
    }
    if let Some(fix) = &d.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| {
                json!({
                    "deletedRegion": {
                        "byteOffset": e.span.start,
                        "byteLength": e.span.end - e.span.start,
                    },
                    "insertedContent": { "text": e.content },
                })
            })
            .collect();
        r.insert(
            "fixes".into(),
            json!([{
                "description": { "text": fix.title },
                "artifactChanges": [{ "artifactLocation": uri, "replacements": replacements }],
            }]),
        );
    }
    let mut props = Map::new();
    props.insert("rule".into(), d.rule.clone().into());
    if let Some(help) = &d.help {
        props.insert("help".into(), help.clone().into());
    }
    if let Some(m) = &d.compat_message {
        props.insert("compatMessage".into(), m.clone().into());
    }
    if let Some(s) = &d.spec {
        props.insert("spec".into(), s.clone().into());
    }
    r.insert("properties".into(), props.into());
    Value::Object(r)
}

fn physical(uri: &Value, loc: &Location) -> Value {
    let mut p = Map::new();
    p.insert("artifactLocation".into(), uri.clone());
    if let (Some(start), Some(end), Some(span)) = (loc.start, loc.end, loc.span) {
        p.insert(
            "region".into(),
            json!({
                "startLine": start.line,
                "startColumn": start.column,
                "endLine": end.line,
                "endColumn": end.column,
                "byteOffset": span.start,
                "byteLength": span.end - span.start,
            }),
        );
    } else {
        // A finding about the file as a whole. Code scanning places a result only by its start
        // line, so it goes on the first line, as other linters' whole-file results do.
        p.insert("region".into(), json!({ "startLine": 1 }));
    }
    Value::Object(p)
}

/// The `artifactLocation` of a path as the user gave it: relative paths are relative URIs
/// against [`SRCROOT`] (what code scanning wants), absolute ones `file:` URIs.
fn artifact_location(path: &str) -> Value {
    let path = path.replace('\\', "/");
    if let Some(abs) = path.strip_prefix('/') {
        return json!({ "uri": format!("file:///{}", encode(abs)) });
    }
    let mut rel = path.as_str();
    while let Some(rest) = rel.strip_prefix("./") {
        rel = rest;
    }
    json!({ "uri": encode(rel), "uriBaseId": SRCROOT })
}

/// Percent-encodes what may not stand in a URI path. `:` is encoded too: in a relative
/// reference's first segment it would read as a scheme.
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_to_srcroot_and_encoded() {
        assert_eq!(
            artifact_location("./a b/META.json"),
            json!({"uri": "a%20b/META.json", "uriBaseId": "%SRCROOT%"})
        );
        assert_eq!(
            artifact_location("/tmp/x:y/META.yml"),
            json!({"uri": "file:///tmp/x%3Ay/META.yml"})
        );
        assert_eq!(encode("é"), "%C3%A9");
    }

    #[test]
    fn rules_table_has_every_rule_with_docs() {
        let open = sarif_open() + &sarif_close(&SarifInvocation::default(), false);
        let log: Value = serde_json::from_str(&open).unwrap();
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), registry::all().count());
        for r in rules {
            for key in ["id", "name", "helpUri"] {
                assert!(r[key].is_string(), "{key} in {r}");
            }
            assert!(!r["fullDescription"]["text"].as_str().unwrap().is_empty());
            assert!(r["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("## What it does"));
        }
    }

    #[test]
    fn sections_are_found_by_heading() {
        let docs = "## What it does\nChecks a\nthing.\n\n## Why\nBecause.";
        assert_eq!(
            section(docs, "## What it does").as_deref(),
            Some("Checks a thing.")
        );
        assert_eq!(section(docs, "## Nope"), None);
    }
}
