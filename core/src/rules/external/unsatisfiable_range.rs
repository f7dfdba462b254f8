use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a version range that no version can satisfy, compared in the dependency's own
    /// ecosystem's order: `>= 1.0, < 1.0~rc1` on a Debian package (where `1.0~rc1` sorts before
    /// `1.0`), `==1.*, >=2` on a PyPI package, `>=2 <1` on an npm package.
    ///
    /// ## Why it matters
    /// The distribution cannot be installed anywhere: every resolver rejects the dependency.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "pkg:deb/debian/libssl-dev": ">= 3.0, < 1.1" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Correct the bounds (often two of them are swapped).
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Version ranges".
    pub static UNSATISFIABLE_RANGE = { code: "CM708", name: "unsatisfiable-external-version-range", group: External, severity: Error, modes: StrictOnly }
}

#[cfg_attr(not(feature = "external-ranges"), allow(dead_code))]
pub(super) fn diagnostic(range: &str, pointer: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &UNSATISFIABLE_RANGE,
        format!("no version satisfies `{range}`"),
        Location::new(pointer, Some(span)),
    )
}
