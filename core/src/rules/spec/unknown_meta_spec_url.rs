//! `CM113` unknown-meta-spec-url: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// In spec 1.2–1.4 documents, flags a `meta-spec.url` that is not the URL of any 1.x spec (such as a
    /// search.cpan.org or metacpan link), or is null or empty.
    ///
    /// ## Why it matters
    /// The 1.x Validator accepts only the module-build.sourceforge.net URL of the declared version.
    ///
    /// ## Example
    /// ```yaml
    /// meta-spec:
    ///   version: 1.4
    ///   url: https://metacpan.org/pod/CPAN::Meta::Spec
    /// ```
    /// CPAN::Meta::Validator: `Unknown META specification (meta-spec -> url) [Validation: 1.4]`
    ///
    /// ## How to fix
    /// Use `http://module-build.sourceforge.net/META-spec-v1.4.html` (for 1.4), or move to spec 2.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 1.4, "meta-spec".
    pub static RULE = {
        code: "CM113", name: "unknown-meta-spec-url", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "meta-spec URL is not that of a known spec version".to_owned(), location).with_help("use `http://module-build.sourceforge.net/META-spec-vX.Y.html` for the declared 1.x version")
}
