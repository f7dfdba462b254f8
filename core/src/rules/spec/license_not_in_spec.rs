//! `CM106` license-not-in-spec: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `license` value that is not one of the license strings of the document's spec version:
    /// spec 2 uses `perl_5`, `apache_2_0`, `mit`, `gpl_3`, ... ; spec 1.x uses `perl`, `apache`, `gpl`,
    /// `artistic_2`, ... . Also flags a 1.x `license` written as a list.
    ///
    /// ## Why it matters
    /// The license strings are an enumeration; indexers and license audits map them to real licenses.
    /// Version 1 names in a version 2 file (and the reverse) are the usual mistake.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "license": ["perl"] }
    /// ```
    /// CPAN::Meta::Validator: `License 'perl' is invalid (license -> perl) [Validation: 2]`
    ///
    /// ## How to fix
    /// Use the string from the spec's list for your version (`perl_5` in spec 2, `perl` in 1.x); for
    /// other licenses use `open_source`, `restricted`, `unrestricted` or `unknown`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "license" (version 2 and 1.4 lists).
    pub static RULE = {
        code: "CM106", name: "license-not-in-spec", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, value: &str) -> Diagnostic {
    Diagnostic::new(&RULE, format!("`{value}` is not a license string of this spec version"), location).with_help("use a license string from the spec version's list (e.g. `perl_5` in spec 2, `perl` in 1.x)")
}
