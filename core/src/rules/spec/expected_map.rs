//! `CM102` expected-map: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a value that must be a map (hash) but is a string, a number, a list or null: for example
    /// spec 2 `resources.repository` or `resources.bugtracker` written as a plain URL, or `no_index`,
    /// `prereqs`, `provides` or `meta-spec` that is not a map.
    ///
    /// ## Why it matters
    /// Consumers index into these values by key; a string where a map belongs is either ignored or makes
    /// them fail. Version 1.x habits (`repository: URL`) are the usual cause in version 2 files.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "resources": { "repository": "https://github.com/a/b" } }
    /// ```
    /// CPAN::Meta::Validator: `Expected a map structure from string or file. (resources -> repository) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use the map form, e.g. `"repository": { "url": "https://github.com/a/b.git", "web":
    /// "https://github.com/a/b", "type": "git" }`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "resources", "prereqs", "no_index", "provides".
    pub static RULE = {
        code: "CM102", name: "expected-map", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "expected a map here".to_owned(), location)
        .with_help("write this value as a map (an object in JSON, a mapping in YAML)")
}
