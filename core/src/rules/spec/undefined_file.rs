//! `CM108` undefined-file: a CPAN::Meta::Validator finding.

use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `provides` entry whose `file` is null.
    ///
    /// ## Why it matters
    /// PAUSE and CPAN indexers use `provides.*.file` to locate the package; without it the entry is
    /// useless. (A missing `file` key is reported as CM101.)
    ///
    /// ## Example
    /// ```json
    /// { "provides": { "Foo::Bar": { "file": null, "version": "1.0" } } }
    /// ```
    /// CPAN::Meta::Validator: `No file defined for 'file' (provides -> Foo::Bar -> file) [Validation: 2]`
    ///
    /// ## How to fix
    /// Give the path of the file that declares the package, e.g. `"file": "lib/Foo/Bar.pm"`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "provides".
    pub static RULE = {
        code: "CM108", name: "undefined-file", group: Spec, severity: Error, modes: Both
    }
}

/// The diagnostic, before the Validator's message is attached.
pub(super) fn diagnostic(location: Location) -> Diagnostic {
    Diagnostic::new(&RULE, "`file` is null".to_owned(), location)
        .with_help("give the path of the file that declares the package, e.g. `lib/Foo/Bar.pm`")
}
