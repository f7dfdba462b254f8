use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a dependency declared twice in the same phase and relationship under two
    /// spellings of one key (`pkg:pypi/NumPy` and `pkg:pypi/numpy`, `dep:generic/openssl` and
    /// `pkg:generic/openssl`, `compiler/c` and `dep:virtual/compiler/c`).
    ///
    /// ## Why it matters
    /// Which of the two ranges applies is up to whichever tool reads the file last; the
    /// declaration should say it once.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": {
    ///     "pkg:pypi/NumPy": ">=1.21", "pkg:pypi/numpy": ">=1.24" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Keep one entry, in the canonical spelling, with the range you mean.
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Canonical form".
    pub static DUPLICATE_EXTERNAL = { code: "CM704", name: "duplicate-external-dependency", group: External, severity: Warning, modes: StrictOnly }
}

pub(super) fn diagnostic(
    key: &str,
    canonical: &str,
    pointer: &str,
    span: Span,
    first: Location,
) -> Diagnostic {
    Diagnostic::new(
        &DUPLICATE_EXTERNAL,
        format!("`{key}` declares `{canonical}` again"),
        Location::new(pointer, Some(span)),
    )
    .with_related("first declared here", first)
}
