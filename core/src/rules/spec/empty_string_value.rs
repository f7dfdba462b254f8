//! `CM107` empty-string-value: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a field that must be a string but is null or empty: `abstract`, `name`, `generated_by`,
    /// `author` and `keywords` entries, `description`, resource values, and (in the 1.x specs) an empty
    /// key in a map that accepts any key.
    ///
    /// ## Why it matters
    /// An empty abstract or author tells users nothing, and the Validator rejects it (`"0"` is accepted).
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "abstract": "" }
    /// ```
    /// CPAN::Meta::Validator: `value is an undefined string (abstract) [Validation: 2]`
    ///
    /// ## How to fix
    /// Give the field real text, or remove it when it is optional.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Data Types: String".
    pub static RULE = {
        code: "CM107", name: "empty-string-value", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "expected a non-empty string".to_owned(), location)
        .with_help("give this field real text (or remove it if it is optional)")
}
