//! `CM110` url-missing-authority: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a URL that has a scheme but no authority (host): `mailto:a@b.c`, `file:///tmp/x`, or an
    /// scp-like `git@github.com:a/b.git`, whose `git@github.com` the Validator reads as a scheme.
    ///
    /// ## Why it matters
    /// The Validator requires `scheme://host...`, so such URLs make the file invalid, although some are
    /// meaningful elsewhere.
    ///
    /// ## Example
    /// ```json
    /// { "resources": { "repository": { "url": "git@github.com:a/b.git" } } }
    /// ```
    /// CPAN::Meta::Validator: `'git@github.com:a/b.git' for 'url' does not have a URL authority (resources -> repository -> url) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use a URL with a host: `https://github.com/a/b.git` or `git://github.com/a/b.git`; put mail
    /// addresses in `bugtracker.mailto`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: URL".
    pub static RULE = {
        code: "CM110", name: "url-missing-authority", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{value}` has no authority (host) after its scheme"),
        location,
    )
    .with_help("use a URL of the form `scheme://host/...`")
}
