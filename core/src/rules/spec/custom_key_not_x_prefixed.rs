//! `CM117` custom-key-not-x-prefixed: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// In spec 2 documents, flags a key the spec does not define that does not begin with `x_` or
    /// `X_`: at the top level, in `meta-spec`, `resources`, `bugtracker`, `repository`, `no_index`,
    /// `provides` entries and `optional_features` entries.
    ///
    /// ## Why it matters
    /// Spec 2 reserves all other keys for future versions; custom data must be marked with `x_`. 1.x
    /// keys such as `requires` or `build_requires` in a version 2 file are the usual cause (they are
    /// ignored by spec 2 consumers).
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "requires": { "Foo": 0 } }
    /// ```
    /// CPAN::Meta::Validator: `Custom key 'requires' must begin with 'x_' or 'X_'. (requires) [Validation: 2]`
    ///
    /// ## How to fix
    /// Move 1.x fields to their spec 2 place (`prereqs`), or rename custom keys to `x_...`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Custom Keys".
    pub static RULE = {
        code: "CM117", name: "custom-key-not-x-prefixed", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        format!("unknown key `{key}`: custom keys must begin with `x_`"),
        location,
    )
    .with_help(format!(
        "rename it `x_{key}` if it is custom data, or use the spec 2 field it stands for"
    ))
}
