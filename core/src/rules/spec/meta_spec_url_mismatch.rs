//! `CM112` meta-spec-url-mismatch: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// In spec 1.2–1.4 documents, flags a `meta-spec.url` that is the URL of a different 1.x spec version
    /// than `meta-spec.version` names.
    ///
    /// ## Why it matters
    /// The URL and the version must agree for the Validator; a mismatch usually means the file was
    /// edited by hand or generated from a template.
    ///
    /// ## Example
    /// ```yaml
    /// meta-spec:
    ///   version: 1.4
    ///   url: http://module-build.sourceforge.net/META-spec-v1.3.html
    /// ```
    /// CPAN::Meta::Validator: `META specification URL does not match version (meta-spec -> url) [Validation: 1.4]`
    ///
    /// ## How to fix
    /// Use the URL of the declared version, e.g.
    /// `http://module-build.sourceforge.net/META-spec-v1.4.html` for 1.4.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 1.4, "meta-spec".
    pub static RULE = {
        code: "CM112", name: "meta-spec-url-mismatch", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "meta-spec URL is that of another spec version".to_owned(), location).with_help("use the URL of the declared version, `http://module-build.sourceforge.net/META-spec-vX.Y.html`")
}
