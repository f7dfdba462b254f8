//! `CM104` malformed-version: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a version (the distribution's `version`, a `provides` version, `meta-spec.version`, a 1.x
    /// `conflicts` version) or a prereq version range (each comma-separated part) that does not start
    /// like a version: optional spaces, an optional operator (`<`, `<=`, `>=`, `>`, `!=`, `==`), an
    /// optional `v`, then a digit.
    ///
    /// ## Why it matters
    /// Tools compare these versions; text such as `latest`, `~1.2` or `.5` cannot be compared. The
    /// Validator's test only looks at the start of the string (`1.0abc` passes, the empty string passes
    /// silently), so this finds only the grossest errors; strict mode checks versions fully.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "runtime": { "requires": { "Foo": "latest" } } } }
    /// ```
    /// CPAN::Meta::Validator: `'latest' for 'Foo' is not a valid version. (prereqs -> runtime -> requires -> Foo) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use a decimal (`1.23`) or dotted-decimal (`v1.2.3`) version, or `0` for "any version".
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Version Formats" and "Version Ranges".
    pub static RULE = {
        code: "CM104", name: "malformed-version", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(&RULE, format!("`{value}` is not a valid version"), location).with_help("use a decimal (`1.23`) or dotted-decimal (`v1.2.3`) version; in a range, `>= 1.2, < 2` or `0` for any version")
}
