use super::{at, Diagnostic, PurlError};

crate::declare_rule! {
    /// ## What it does
    /// Reports a Package URL that does not conform to the purl specification (ECMA-427) or to the
    /// purl-spec definition of its type: a missing `pkg:` scheme or name, a malformed type, a bad
    /// `%` escape, a qualifier key that is not lowercase or holds other characters than letters,
    /// digits, `.`, `-` and `_`, a namespace a type requires or prohibits, a required qualifier
    /// missing. The message names the component and its byte position in the purl.
    ///
    /// ## Why is this bad?
    /// Tools that consume SBOMs, advisories and dependency data reject or misread an invalid
    /// purl, so the package it names silently drops out of vulnerability matching.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:cpan/DateTime@1.55?Author=DROLSKY" }
    /// ```
    ///
    /// ## How to fix
    /// Write the purl as the specification says: here `pkg:cpan/DateTime@1.55?author=DROLSKY`.
    ///
    /// ## Spec
    /// ECMA-427 (Package-URL), "Rules for each purl component"; the purl-spec type definitions.
    pub static INVALID_PURL = { code: "CM600", name: "invalid-purl", group: Purl, severity: Error, modes: StrictOnly }
}

pub(super) fn diagnostic(e: &PurlError) -> Diagnostic {
    at(&INVALID_PURL, e, &format!("invalid purl {}", e.component))
}
