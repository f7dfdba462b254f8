use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a dependency whose purl type is not one of the types the purl specification
    /// defines (`pkg:pip/numpy`, `pkg:debian/libssl-dev`).
    ///
    /// ## Why it matters
    /// The type says which ecosystem to look the package up in and how to read its version
    /// range. An unknown type is usually a misspelling (`pip` for `pypi`, `debian` for `deb`),
    /// and no tool will resolve it.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "pkg:pip/numpy": ">=1.21" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Use the registered type (`pkg:pypi/numpy`), or `pkg:generic/<name>` for a library no
    /// package type describes.
    ///
    /// ## Spec
    /// The purl-spec type definitions (`types/*.json` of the purl-spec repository).
    pub static UNKNOWN_PURL_TYPE = { code: "CM703", name: "unknown-external-purl-type", group: External, severity: Warning, modes: StrictOnly }
}

pub(super) fn diagnostic(ty: &str, pointer: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &UNKNOWN_PURL_TYPE,
        format!("`{ty}` is not a purl type the purl specification defines"),
        Location::new(pointer, Some(span)),
    )
    .with_help("use a registered type (`generic`, `deb`, `rpm`, `pypi`, `npm`, `cargo`, `github`, ...) or `pkg:generic/<name>`")
}
