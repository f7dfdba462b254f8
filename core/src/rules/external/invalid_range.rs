use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a version range that is not valid in the dependency's own ecosystem: a Cargo
    /// requirement for `pkg:cargo`, an npm range for `pkg:npm`, a PEP 440 specifier set for
    /// `pkg:pypi`, comparators on Debian or RPM versions for `pkg:deb` and `pkg:rpm`,
    /// comparators (`>= 1.2, < 2`, a bare version as a minimum) for every other type, or a
    /// purl `vers:` range of the matching scheme.
    ///
    /// ## Why it matters
    /// The tool that installs or checks the dependency hands the range to the ecosystem's own
    /// resolver, which rejects it; `^1.2` means nothing to pip, `a1.0` is not a Debian version.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "pkg:pypi/numpy": "^1.21" } } } }
    /// ```
    ///
    /// ## How to fix
    /// Write the range in the ecosystem's syntax (`>=1.21, <2` for PyPI), or `0` for any version.
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Version ranges"; PEP 440 "Version specifiers"; Cargo's
    /// "Specifying dependencies"; node-semver's range grammar; deb-version(7); rpm's
    /// versioning; the purl-spec `vers` specification.
    pub static INVALID_RANGE = { code: "CM707", name: "invalid-external-version-range", group: External, severity: Error, modes: StrictOnly }
}

#[cfg_attr(not(feature = "external-ranges"), allow(dead_code))]
pub(super) fn diagnostic(
    range: &str,
    reason: &str,
    grammar: &str,
    pointer: &str,
    span: Span,
) -> Diagnostic {
    Diagnostic::new(
        &INVALID_RANGE,
        format!("`{range}` is not a valid range here: {reason}"),
        Location::new(pointer, Some(span)),
    )
    .with_help(format!(
        "write {grammar}, a `vers:` range, or 0 for any version"
    ))
}
