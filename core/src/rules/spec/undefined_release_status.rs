//! `CM114` undefined-release-status: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a spec 2 `release_status` that is null.
    ///
    /// ## Why it matters
    /// `release_status` tells PAUSE and CPAN clients whether the release is stable; the Validator
    /// requires it. (A missing key is reported as CM101.)
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "release_status": null }
    /// ```
    /// CPAN::Meta::Validator: `'release_status' is not defined (release_status) [Validation: 2]`
    ///
    /// ## How to fix
    /// Write `stable`, `testing` or `unstable`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "release_status".
    pub static RULE = {
        code: "CM114", name: "undefined-release-status", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "`release_status` is null".to_owned(), location)
        .with_help("write `stable`, `testing` or `unstable`")
}
