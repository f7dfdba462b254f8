use super::{location, sub, whole, Diagnostic, Purl};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpan` purl whose namespace is `cpan` (`pkg:cpan/cpan/DateTime@1.55`).
    ///
    /// ## Why is this bad?
    /// The namespace of a cpan purl is the CPAN author ID of the release. Some tools put the
    /// repository name there instead; the result names an author `CPAN` that does not exist.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:cpan/cpan/DateTime@1.55" }
    /// ```
    ///
    /// ## How to fix
    /// Drop the namespace (`pkg:cpan/DateTime@1.55`), and give the author in the `author`
    /// qualifier if it is known.
    ///
    /// ## Spec
    /// purl-spec `types/cpan-definition.json`, namespace: "the CPAN author/publisher ID (CPANID)".
    pub static CPAN_NAMESPACE_NOT_AUTHOR = { code: "CM604", name: "cpan-purl-namespace-not-author", group: Purl, severity: Error, modes: StrictOnly }
}

pub(super) fn check(s: &str, purl: &Purl) -> Option<Diagnostic> {
    let ns = purl.namespace()?;
    if !ns.eq_ignore_ascii_case("cpan") {
        return None;
    }
    let span = sub(s, &format!("/{ns}/")).map_or(whole(s), |sp| {
        crate::source::Span::new(sp.range().start + 1, sp.range().end - 1)
    });
    Some(
        Diagnostic::new(
            &CPAN_NAMESPACE_NOT_AUTHOR,
            format!(
                "cpan purl namespace (byte {}): `{ns}` is not a CPAN author ID",
                span.start
            ),
            location(span),
        )
        .with_help(format!("drop the namespace: `pkg:cpan/{}`", purl.name())),
    )
}
