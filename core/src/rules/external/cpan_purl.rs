use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `pkg:cpan/...` dependency in `x_external_prereqs`.
    ///
    /// ## Why it matters
    /// CPAN dependencies belong in `prereqs`, where every CPAN client reads and installs them;
    /// in `x_external_prereqs` they are invisible to cpanm, cpan and CPANPLUS, and the module
    /// the code loads is never checked.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "pkg:cpan/libwww-perl": "6.0" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Declare the module you use in `prereqs` (`"LWP::UserAgent": "6.0"`) and remove the entry.
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "What does not belong here".
    pub static CPAN_PURL = { code: "CM705", name: "cpan-purl-in-external-prereqs", group: External, severity: Warning, modes: StrictOnly }
}

pub(super) fn diagnostic(
    key: &str,
    phase: &str,
    relationship: &str,
    pointer: &str,
    span: Span,
) -> Diagnostic {
    Diagnostic::new(
        &CPAN_PURL,
        format!("`{key}` is a CPAN distribution: declare it in `prereqs`"),
        Location::new(pointer, Some(span)),
    )
    .with_help(format!(
        "declare the module you load in `prereqs/{phase}/{relationship}` and remove this entry"
    ))
}
