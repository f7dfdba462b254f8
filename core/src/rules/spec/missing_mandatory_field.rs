//! `CM101` missing-mandatory-field: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a field the document's spec version makes mandatory that is absent or null: in spec 2
    /// `abstract`, `author`, `dynamic_config`, `generated_by`, `license`, `meta-spec`, `name`,
    /// `release_status` and `version`; in 1.2–1.4 the same but `dynamic_config` and `release_status`;
    /// in 1.0 and 1.1 only `version`. Also `meta-spec.version` (and `meta-spec.url` in 1.2–1.4) and
    /// `file` in each `provides` entry.
    ///
    /// ## Why it matters
    /// Tools that read the metadata (CPAN clients, indexers, CPANTS) rely on these fields; the Validator
    /// rejects a file without them.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar", "meta-spec": { "version": 2 } }
    /// ```
    /// CPAN::Meta::Validator: `Missing mandatory field, 'version' (version) [Validation: 2]` (and the
    /// other missing fields).
    ///
    /// ## How to fix
    /// Add the field with a proper value; a null value counts as missing.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "STRUCTURE" (each field's "(required)" mark).
    pub static RULE = {
        code: "CM101", name: "missing-mandatory-field", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("mandatory field `{key}` is missing"),
        location,
    )
    .with_help(format!(
        "add `{key}`; the document's spec version requires it (a null value counts as missing)"
    ))
}
