//! `CM120` illegal-prereq-phase: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a phase in `prereqs` other than `configure`, `build`, `test`, `runtime` and `develop` (the
    /// Validator lets anything containing `x_` through).
    ///
    /// ## Why it matters
    /// CPAN clients ignore unknown phases, so their prerequisites are silently not installed.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "install": { "requires": { "Foo": "0" } } } }
    /// ```
    /// CPAN::Meta::Validator: `Key 'install' is not a legal phase. (prereqs -> install) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use one of the five phases; custom phases start with `x_`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Prereq Spec: Phases".
    pub static RULE = {
        code: "CM120", name: "illegal-prereq-phase", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(&RULE, format!("`{key}` is not a prereq phase"), location)
        .with_help("use `configure`, `build`, `test`, `runtime` or `develop`")
}
