//! `CM111` undefined-url: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a URL field whose value is null.
    ///
    /// ## Why it matters
    /// A null URL is no URL; the Validator rejects it.
    ///
    /// ## Example
    /// ```json
    /// { "resources": { "homepage": null } }
    /// ```
    /// CPAN::Meta::Validator: `'' for 'homepage' is not a valid URL. (resources -> homepage) [Validation: 2]`
    ///
    /// ## How to fix
    /// Give the URL, or remove the field.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: URL".
    pub static RULE = {
        code: "CM111", name: "undefined-url", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "the URL is null".to_owned(), location)
        .with_help("give the URL or remove the field")
}
