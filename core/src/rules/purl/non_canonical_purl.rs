use super::{whole, Applicability, Diagnostic, Edit, Fix, Purl};

crate::declare_rule! {
    /// ## What it does
    /// Reports a valid Package URL that is not written in its canonical form: an uppercase type,
    /// qualifiers not sorted by key, a component of a case-insensitive type not lowercased, a
    /// character escaped that need not be (or not escaped that must be), stray slashes.
    ///
    /// ## Why it matters
    /// Purls are compared as strings by most tools; two spellings of the same package do not
    /// match, so an advisory naming the canonical purl misses the one written differently.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:CPAN/DateTime@1.55?repository_url=backpan.perl.org&author=DROLSKY" }
    /// ```
    ///
    /// ## How to fix
    /// Write the canonical form (the fix does): `pkg:cpan/DateTime@1.55?author=DROLSKY&repository_url=backpan.perl.org`.
    ///
    /// The fix is *safe*: the canonical form denotes the same package.
    ///
    /// ## Spec
    /// ECMA-427, "How to build purl string from its components".
    pub static NON_CANONICAL_PURL = { code: "CM601", name: "non-canonical-purl", group: Purl, severity: Warning, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(s: &str, purl: &Purl) -> Option<Diagnostic> {
    let canonical = purl.to_string();
    (canonical != s).then(|| {
        let fix = Fix {
            title: format!("write `{canonical}`"),
            applicability: Applicability::Safe,
            edits: vec![Edit {
                span: whole(s),
                content: canonical.clone(),
            }],
        };
        Diagnostic::new(
            &NON_CANONICAL_PURL,
            format!("purl is not canonical; the canonical form is `{canonical}`"),
            super::location(whole(s)),
        )
        .with_fix(fix)
    })
}
