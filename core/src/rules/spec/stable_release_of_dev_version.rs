//! `CM116` stable-release-of-dev-version: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a spec 2 document whose `version` contains an underscore (a development version) while
    /// its `release_status` is not `testing` or `unstable`.
    ///
    /// ## Why it matters
    /// An underscore marks a development release to PAUSE and CPAN clients; calling it `stable` is a
    /// contradiction the Validator rejects.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "version": "1.00_01", "release_status": "stable" }
    /// ```
    /// CPAN::Meta::Validator: `'stable' for 'release_status' is invalid for version '1.00_01' (release_status) [Validation: 2]`
    ///
    /// ## How to fix
    /// Set `release_status` to `testing` (or `unstable`), or release a version without underscore.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "release_status".
    pub static RULE = {
        code: "CM116", name: "stable-release-of-dev-version", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str, version: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{value}` release status for development version `{version}`"),
        location,
    )
    .with_help("a version with an underscore is a development release: use `testing` or `unstable`")
}
