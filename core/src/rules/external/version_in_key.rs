use super::{Diagnostic, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a dependency key with a version in it (`pkg:generic/openssl@3.0`).
    ///
    /// ## Why it matters
    /// The key names the dependency and the value says which versions will do. A version in the
    /// key pins one exact version nobody checks, and makes the same library a different key in
    /// each release.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "runtime": { "requires": { "pkg:generic/openssl@3.0": 0 } } } }
    /// ```
    ///
    /// ## How to fix
    /// Drop the version from the key and write the range as the value:
    /// `"pkg:generic/openssl": "3.0"`.
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Dependency keys" (PGXN Meta v2 and PEP 725 keys carry
    /// no version either).
    pub static VERSION_IN_KEY = { code: "CM702", name: "version-in-external-dependency-key", group: External, severity: Warning, modes: StrictOnly }
}

pub(super) fn diagnostic(
    key: &str,
    version: &str,
    canonical: &str,
    pointer: &str,
    span: Span,
) -> Diagnostic {
    Diagnostic::new(
        &VERSION_IN_KEY,
        format!("`{key}` has a version (`{version}`) in the key"),
        Location::new(pointer, Some(span)),
    )
    .with_help(format!(
        "write the key `{canonical}` and the version as its range (`\"{canonical}\": \"{version}\"`)"
    ))
}
