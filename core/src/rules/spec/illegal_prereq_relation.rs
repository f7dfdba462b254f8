//! `CM121` illegal-prereq-relation: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a relationship in `prereqs` other than `requires`, `recommends`, `suggests` and
    /// `conflicts` (the Validator lets anything containing `x_` through).
    ///
    /// ## Why it matters
    /// CPAN clients ignore unknown relationships, so those prerequisites are never installed.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "runtime": { "needs": { "Foo": "0" } } } }
    /// ```
    /// CPAN::Meta::Validator: `Key 'needs' is not a legal prereq relationship. (prereqs -> runtime -> needs) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use `requires`, `recommends`, `suggests` or `conflicts`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Prereq Spec: Relationships".
    pub static RULE = {
        code: "CM121", name: "illegal-prereq-relation", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{key}` is not a prereq relationship"),
        location,
    )
    .with_help("use `requires`, `recommends`, `suggests` or `conflicts`")
}
