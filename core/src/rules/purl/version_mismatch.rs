use super::{location, sub, whole, Diagnostic, MetaFacts, Purl};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpan` purl for this distribution (same name as META `name`) whose version is not
    /// the META `version`.
    ///
    /// ## Why is this bad?
    /// A purl in the metadata that names the distribution itself is how SBOMs and advisories will
    /// identify this release; a stale version (often left over from the previous release) makes
    /// them describe another release.
    ///
    /// ## Example
    /// ```json
    /// { "name": "Foo-Bar", "version": "1.02", "x_purl": "pkg:cpan/Foo-Bar@1.01" }
    /// ```
    ///
    /// ## How to fix
    /// Generate the purl from the metadata at release time, or update it: `pkg:cpan/Foo-Bar@1.02`.
    pub static PURL_VERSION_MISMATCH = { code: "CM606", name: "purl-version-mismatch", group: Purl, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(s: &str, purl: &Purl, facts: &MetaFacts) -> Option<Diagnostic> {
    let (name, meta_version) = (facts.name.as_deref()?, facts.version.as_deref()?);
    let version = purl.version()?;
    if purl.ty() != "cpan" || purl.name() != name || version == meta_version {
        return None;
    }
    let span = sub(s, &format!("@{}", super::encode(version))).map_or(whole(s), |sp| {
        crate::source::Span::new(sp.range().start + 1, sp.range().end)
    });
    Some(Diagnostic::new(
        &PURL_VERSION_MISMATCH,
        format!("purl version (byte {}): `{version}` is not the distribution's version `{meta_version}`", span.start),
        location(span),
    ))
}
