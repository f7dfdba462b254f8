//! `CM109` url-missing-scheme: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a URL (`resources.homepage`, `resources.repository.url` / `web`, `bugtracker.web`,
    /// `resources.license`, 1.x `license_uri`, spec 2 `meta-spec.url`) that has no scheme such as
    /// `https:`.
    ///
    /// ## Why it matters
    /// A URL without a scheme is not a URL that tools can follow; `github.com/a/b` is a path.
    ///
    /// ## Example
    /// ```json
    /// { "resources": { "homepage": "www.example.com" } }
    /// ```
    /// CPAN::Meta::Validator: `'www.example.com' for 'homepage' does not have a URL scheme (resources -> homepage) [Validation: 2]`
    ///
    /// ## How to fix
    /// Write the full URL: `https://www.example.com/`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: URL".
    pub static RULE = {
        code: "CM109", name: "url-missing-scheme", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("`{value}` is not a URL: it has no scheme"),
        location,
    )
    .with_help("write an absolute URL such as `https://example.com/`")
}
