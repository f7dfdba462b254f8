use super::{location, Diagnostic, Span};

crate::declare_rule! {
    /// ## What it does
    /// Reports a purl of type `perl` (`pkg:perl/DateTime@1.55`).
    ///
    /// ## Why is this bad?
    /// There is no `perl` purl type; CPAN distributions are `pkg:cpan/…`. Scanners and
    /// advisory databases do not know the `perl` type, so the package is never matched.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:perl/DateTime@1.55" }
    /// ```
    ///
    /// ## How to fix
    /// Use the cpan type with the distribution name: `pkg:cpan/DateTime@1.55`.
    ///
    /// ## Spec
    /// purl-spec `purl-types-index.json` (the registered types); `types/cpan-definition.json`.
    pub static PERL_TYPE = { code: "CM605", name: "perl-purl-type", group: Purl, severity: Error, modes: StrictOnly }
}

/// The type's span when `s` is a `pkg:perl/` purl.
pub(super) fn check(s: &str) -> Option<Diagnostic> {
    let rest = s.get(4..)?;
    if !s.get(..4)?.eq_ignore_ascii_case("pkg:") {
        return None;
    }
    let start = 4 + rest.len() - rest.trim_start_matches('/').len();
    let ty = s[start..].split(['/', '@', '?', '#']).next()?;
    if !ty.eq_ignore_ascii_case("perl") {
        return None;
    }
    let span = Span::new(start, start + ty.len());
    Some(
        Diagnostic::new(&PERL_TYPE, format!("purl type (byte {start}): there is no `{ty}` purl type; CPAN distributions are `cpan`"), location(span))
            .with_help("write `pkg:cpan/<Distribution-Name>@<version>`"),
    )
}
