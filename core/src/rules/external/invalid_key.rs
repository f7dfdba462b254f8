use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a dependency key of `x_external_prereqs` that is neither a Package URL nor a
    /// virtual capability DepURL, or a DepURL that is malformed (`dep:virtual/compiler` lacks
    /// the name). A `pkg:` key that is not a valid purl is reported by `invalid-purl` (CM600).
    ///
    /// ## Why it matters
    /// Tools that build an SBOM or install system packages from the declaration can only act on
    /// an identifier they can parse; a plain `openssl` names nothing in particular.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "openssl": "3.0" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Name the dependency with a purl without version (`pkg:generic/openssl`) or a capability
    /// (`dep:virtual/compiler/c`).
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Dependency keys".
    pub static INVALID_EXTERNAL_KEY = { code: "CM700", name: "invalid-external-dependency-key", group: External, severity: Error, modes: StrictOnly }
}

pub(super) fn diagnostic(key: &str, reason: &str, pointer: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &INVALID_EXTERNAL_KEY,
        format!("`{key}` is not a dependency key: {reason}"),
        Location::new(pointer, Some(span)),
    )
    .with_help("write a purl without version (`pkg:generic/openssl`, `pkg:pypi/numpy`) or a virtual capability (`dep:virtual/compiler/c`)")
}
