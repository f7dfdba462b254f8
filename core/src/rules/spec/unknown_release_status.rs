//! `CM115` unknown-release-status: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a spec 2 `release_status` other than `stable`, `testing` or `unstable`.
    ///
    /// ## Why it matters
    /// Tools decide from it whether the release is a development release; other words are not defined.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "release_status": "beta" }
    /// ```
    /// CPAN::Meta::Validator: `'beta' for 'release_status' is invalid (release_status) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use `testing` for a beta or release candidate, `unstable` for an experimental release.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "release_status".
    pub static RULE = {
        code: "CM115", name: "unknown-release-status", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{value}` is not a release status"),
        location,
    )
    .with_help("use `stable`, `testing` or `unstable`")
}
