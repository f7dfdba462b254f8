use super::{at, location, sub, Diagnostic, Purl, PurlError};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpan` purl whose author, in the namespace or in the `author` qualifier, is not
    /// an uppercase CPAN author ID (`pkg:cpan/drolsky/DateTime@1.55`).
    ///
    /// ## Why is this bad?
    /// CPAN author IDs (PAUSE IDs) are uppercase and the cpan type requires the namespace in
    /// uppercase; the name is case sensitive, so a lowercase author makes a different, invalid
    /// identifier that does not match the canonical one.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:cpan/DateTime@1.55?author=drolsky" }
    /// ```
    ///
    /// ## How to fix
    /// Uppercase the author ID: `pkg:cpan/DateTime@1.55?author=DROLSKY`.
    ///
    /// ## Spec
    /// purl-spec `types/cpan-definition.json`, namespace: "shall be uppercase".
    pub static CPAN_AUTHOR_CASE = { code: "CM603", name: "cpan-purl-author-case", group: Purl, severity: Error, modes: StrictOnly }
}

pub(super) fn from_error(e: &PurlError) -> Diagnostic {
    at(&CPAN_AUTHOR_CASE, e, "cpan purl namespace")
}

pub(super) fn check_qualifier(s: &str, purl: &Purl) -> Option<Diagnostic> {
    let author = purl.qualifier("author")?;
    if author.chars().any(char::is_lowercase) {
        let span = sub(s, "author=").map_or(super::whole(s), |sp| {
            crate::source::Span::new(sp.range().start, sp.range().start + 7 + author.len())
        });
        return Some(Diagnostic::new(
            &CPAN_AUTHOR_CASE,
            format!("cpan purl qualifiers (byte {}): author `{author}` must be an uppercase CPAN author ID (`{}`)", span.start, author.to_uppercase()),
            location(span),
        ));
    }
    None
}
