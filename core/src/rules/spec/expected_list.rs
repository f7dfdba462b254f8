//! `CM103` expected-list: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a value that must be a list but is not: `author` and `keywords`, spec 2 `license` and
    /// `resources.license`, and the entries of `no_index`.
    ///
    /// ## Why it matters
    /// The spec says these fields are lists. Although CPAN::Meta::Spec asks consumers to treat a single
    /// string as a one-element list, the Validator rejects it, so the file is invalid.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "license": "perl_5" }
    /// ```
    /// CPAN::Meta::Validator: `Expected a list structure (license) [Validation: 2]`
    ///
    /// ## How to fix
    /// Wrap the value in a list: `"license": ["perl_5"]`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: List".
    pub static RULE = {
        code: "CM103", name: "expected-list", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "expected a list here".to_owned(), location)
        .with_help("write this value as a list, e.g. `[\"value\"]`")
}
