//! The CPAN Metadata v3 draft's `CPAN-META/` directory: new metadata lives in files with
//! reserved names there (so far `automation-policy.json`) rather than in `x_` keys of META.json.
//! When a distribution directory is linted, the CLI finds these files ([`is_cpan_meta_path`]) and
//! [`crate::lint()`] validates each against the draft's schema (a repaired copy in
//! `schemas/cpan-metadata-v3/`; see its README) instead of linting it as a META file.

use crate::diagnostic::Diagnostic;
use crate::lint::{LintOptions, Report};
use crate::source::{self, Format, LineIndex, Value};

/// The directory's name.
pub const DIR: &str = "CPAN-META";

/// The reserved file names and the bundled schema (path below `schemas/`) of each.
pub const FILES: &[(&str, &str)] = &[(
    "automation-policy.json",
    "cpan-metadata-v3/automation-policy.schema.json",
)];

/// The schema of a reserved file name.
pub fn schema_path(file_name: &str) -> Option<&'static str> {
    FILES.iter().find(|(n, _)| *n == file_name).map(|(_, s)| *s)
}

/// Whether `path` (`/` or `\` separated) is a reserved file of a `CPAN-META/` directory.
pub fn is_cpan_meta_path(path: &str) -> bool {
    let mut parts = path.rsplit(['/', '\\']);
    let (Some(file), Some(dir)) = (parts.next(), parts.next()) else {
        return false;
    };
    dir == DIR && schema_path(file).is_some()
}

/// Validates a document against the bundled schema at `schema`.
#[cfg(feature = "schema")]
fn validate(schema: &'static str, root: &source::Node, out: &mut Vec<Diagnostic>) {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};

    use crate::rules::external::CPAN_META_V3_SCHEMA;
    use crate::schema::UserSchema;

    // Compiled once per schema; the set is tiny and fixed.
    static COMPILED: LazyLock<Mutex<HashMap<&'static str, std::sync::Arc<UserSchema>>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let compiled = {
        let mut cache = COMPILED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(c) = cache.get(schema) {
            c.clone()
        } else {
            let Some(doc) = crate::schema::bundled_document(schema) else {
                return;
            };
            // The bundled files are tested to compile; a failure is a bug, reported as no finding.
            let Ok(c) = UserSchema::compile(doc.clone(), schema) else {
                return;
            };
            let c = std::sync::Arc::new(c);
            cache.insert(schema, c.clone());
            c
        }
    };
    for finding in compiled.validate(&root.value.to_json()) {
        let message = format!(
            "{} [CPAN Metadata v3 draft, schemas/{schema}]",
            finding.message
        );
        out.push(crate::rules::schema::diagnostic(
            &CPAN_META_V3_SCHEMA,
            root,
            &finding,
            message,
        ));
    }
}

#[cfg(not(feature = "schema"))]
fn validate(_schema: &'static str, _root: &source::Node, _out: &mut Vec<Diagnostic>) {}

/// Lints a `CPAN-META/` file when `options.filename` names one, else `None`. The report's
/// `valid` is the draft schema's verdict; `spec`, `license` and `purl` are absent.
pub fn lint_if_cpan_meta(bytes: &[u8], options: &LintOptions) -> Option<Report> {
    let filename = options.filename.as_deref()?;
    if !is_cpan_meta_path(filename) {
        return None;
    }
    let file = filename.rsplit(['/', '\\']).next().unwrap_or_default();
    let schema = schema_path(file)?;
    let lines = LineIndex::deferred();
    let read = source::read(bytes, Format::Json);
    let mut diagnostics = read.diagnostics;
    let mut parse_error = read.perl_error;
    let mut found = Vec::new();
    if let Some(root) = &read.root {
        if matches!(root.value, Value::Object(_)) {
            validate(schema, root, &mut found);
        } else if parse_error.is_none() {
            parse_error = Some(format!(
                "parse result is not a hash (ref: '{}')",
                root.value.perl_ref()
            ));
        }
    }
    let parse_ok = parse_error.is_none() && read.root.is_some();
    let valid = parse_ok && found.is_empty();
    diagnostics.extend(found);
    crate::lint::finish_diagnostics(&mut diagnostics, bytes, &lines, options);
    Some(Report::of_other_file(
        options.filename.clone(),
        Format::Json,
        options.mode,
        (parse_ok, parse_error),
        valid,
        diagnostics,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_paths() {
        assert!(is_cpan_meta_path(
            "Foo-1.0/CPAN-META/automation-policy.json"
        ));
        assert!(is_cpan_meta_path("CPAN-META\\automation-policy.json"));
        assert!(!is_cpan_meta_path("automation-policy.json"));
        assert!(!is_cpan_meta_path("CPAN-META/other.json"));
        assert!(!is_cpan_meta_path("x/META.json"));
    }

    #[cfg(feature = "schema")]
    #[test]
    fn the_draft_schema_is_applied() {
        let mut options = LintOptions {
            filename: Some("d/CPAN-META/automation-policy.json".into()),
            ..LintOptions::default()
        };
        let good = br#"{"version":1,"code_generation":"toolchain","automated_contributions":"none","automated_actions":"comment"}"#;
        let report = lint_if_cpan_meta(good, &options).unwrap();
        assert!(report.valid, "{:?}", report.diagnostics);
        let bad =
            br#"{"version":"1","code_generation":"toolchain","automated_contributions":"issues"}"#;
        let report = lint_if_cpan_meta(bad, &options).unwrap();
        assert!(!report.valid);
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["CM750", "CM750", "CM750"],
            "{:?}",
            report.diagnostics
        );
        let not_json = lint_if_cpan_meta(b"{", &options).unwrap();
        assert!(!not_json.parse_ok);
        options.filename = Some("META.json".into());
        assert!(lint_if_cpan_meta(good, &options).is_none());
    }
}
