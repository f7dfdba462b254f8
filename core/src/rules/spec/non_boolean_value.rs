//! `CM105` non-boolean-value: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `dynamic_config` that is not `0` or `1` (JSON `true` and `false` are accepted: Perl sees
    /// them as `1` and `0`).
    ///
    /// ## Why it matters
    /// CPAN clients decide from `dynamic_config` whether they must run the configure step to learn the
    /// real prerequisites; a value such as `"yes"` or `"true"` is rejected by the Validator.
    ///
    /// ## Example
    /// ```yaml
    /// dynamic_config: yes
    /// ```
    /// CPAN::Meta::Validator: `'yes' for 'dynamic_config' is not a boolean value. (dynamic_config) [Validation: 1.4]`
    ///
    /// ## How to fix
    /// Write `0` or `1` (or JSON `false` / `true`).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: Boolean" and "dynamic_config".
    pub static RULE = {
        code: "CM105", name: "non-boolean-value", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{value}` is not a boolean (0 or 1)"),
        location,
    )
    .with_help("write `0` or `1`")
}
