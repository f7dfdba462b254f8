use super::{Applicability, Diagnostic, Edit, Fix, Location, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a dependency key written in a form other than the canonical one: a virtual
    /// capability as PEP 725's earlier `virtual:compiler/c` or a bare `compiler/c`, a DepURL
    /// naming a concrete package (`dep:generic/openssl`, canonical `pkg:generic/openssl`), or
    /// uppercase letters in a DepURL. (`pkg:` keys that are not canonical purls are reported by
    /// `non-canonical-purl`, CM601.)
    ///
    /// ## Why it matters
    /// Keys are compared as strings by the tools that read them: two spellings of one dependency
    /// are two dependencies, and a purl-consuming SBOM tool does not read `dep:generic/...`.
    ///
    /// ## Example
    /// ```json
    /// { "x_external_prereqs": { "build": { "requires": { "virtual:compiler/c": 0 } } } }
    /// ```
    ///
    /// ## How to fix
    /// Write the canonical form (the fix does): `dep:virtual/compiler/c`. The fix is *safe*: both
    /// spellings name the same dependency, and only the key's text changes.
    ///
    /// ## Spec
    /// docs/external-dependencies.md, "Dependency keys" and "Canonical form".
    pub static NON_CANONICAL_EXTERNAL_KEY = { code: "CM701", name: "non-canonical-external-dependency-key", group: External, severity: Warning, modes: StrictOnly, fix: Safe }
}

/// `text_span` is where the key's text is written verbatim in the file, if it is.
pub(super) fn diagnostic(
    key: &str,
    canonical: &str,
    pointer: &str,
    span: Span,
    text_span: Option<Span>,
) -> Diagnostic {
    let mut d = Diagnostic::new(
        &NON_CANONICAL_EXTERNAL_KEY,
        format!("`{key}` is not canonical; write `{canonical}`"),
        Location::new(pointer, Some(span)),
    );
    if let Some(at) = text_span {
        d = d.with_fix(Fix {
            title: format!("write `{canonical}`"),
            applicability: Applicability::Safe,
            edits: vec![Edit {
                span: at,
                content: canonical.to_owned(),
            }],
        });
    }
    d
}
