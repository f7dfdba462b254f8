//! `CM100` unknown-spec-version: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `meta-spec.version` that CPAN::Meta::Validator has no definition for, such as `2.0`,
    /// `1.40` or `99`. The Validator then validates nothing else and reports only this.
    ///
    /// ## Why it matters
    /// The Validator looks the version up as an exact string among `1.0`, `1.1`, `1.2`, `1.3`, `1.4` and
    /// `2`. Any other spelling, even one that is numerically equal, makes the whole file invalid for
    /// CPANTS and for `CPAN::Meta->load_file` in strict use, although the Converter would accept it.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": "2.0" } }
    /// ```
    /// CPAN::Meta::Validator: `Unknown META specification, cannot validate. [Validation: 2.0]`
    ///
    /// ## How to fix
    /// Write the version exactly as the spec names it: `"version": 2` (or `"2"`) for CPAN::Meta::Spec 2,
    /// `1.4` for the 1.4 spec.
    ///
    /// ## Reference
    /// CPAN::Meta::Validator 2.150010, `is_valid` / `check_map`.
    pub static RULE = {
        code: "CM100", name: "unknown-spec-version", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, declared: &str) -> Diagnostic {
    Diagnostic::new(&RULE, format!("meta-spec version `{declared}` is not one the Validator knows, so nothing else is validated"), location).with_help("write the spec version exactly: `2`, `1.4`, `1.3`, `1.2`, `1.1` or `1.0`")
}
