//! `CM119` illegal-module-name: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a key that must be a Perl package name (in prereqs, `conflicts` and `provides`) but is not
    /// `Word::Word...` of letters, digits and underscores: distribution names such as `Foo-Bar`, old
    /// `Foo'Bar` separators, Package URLs, empty names.
    ///
    /// ## Why it matters
    /// CPAN clients resolve prerequisites by package name; `Foo-Bar` names no package and cannot be
    /// installed.
    ///
    /// ## Example
    /// ```json
    /// { "prereqs": { "runtime": { "requires": { "Foo-Bar": "1.0" } } } }
    /// ```
    /// CPAN::Meta::Validator: `Key 'Foo-Bar' is not a legal module name. (prereqs -> runtime -> requires -> Foo-Bar) [Validation: 2]`
    ///
    /// ## How to fix
    /// Name the main package of the distribution (`Foo::Bar`).
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Prereq Spec" and "provides".
    pub static RULE = {
        code: "CM119", name: "illegal-module-name", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location, key: &str) -> Diagnostic {
    Diagnostic::new(&RULE, format!("`{key}` is not a module name"), location)
        .with_help("use a package name such as `Foo::Bar`, not a distribution name")
}
