use super::{location, whole, Applicability, Diagnostic, Edit, Fix, Purl};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpan` purl that gives the author as the namespace
    /// (`pkg:cpan/DROLSKY/DateTime@1.55`), the legacy form, and offers the current one.
    ///
    /// ## Why it matters
    /// Since July 2026 the cpan type prefers the `author` qualifier and keeps the namespace only
    /// for compatibility. Both forms are valid, but they are different strings, so a producer
    /// using one and a consumer matching the other disagree; the definition recommends the
    /// qualifier for new identifiers.
    ///
    /// ## Example
    /// ```json
    /// { "x_purl": "pkg:cpan/DROLSKY/DateTime@1.55" }
    /// ```
    ///
    /// ## How to fix
    /// Move the author to the qualifier: `pkg:cpan/DateTime@1.55?author=DROLSKY`. The fix is
    /// *unsafe*: consumers that still match the legacy string will stop matching.
    ///
    /// ## Spec
    /// purl-spec `types/cpan-definition.json`: "For new identifiers, the 'author' qualifier is the preferred way".
    pub static CPAN_LEGACY_NAMESPACE = { code: "CM607", name: "cpan-purl-legacy-namespace", group: Purl, severity: Info, modes: StrictOnly, fix: Unsafe }
}

pub(super) fn check(s: &str, purl: &Purl) -> Option<Diagnostic> {
    let ns = purl.namespace()?;
    if ns.eq_ignore_ascii_case("cpan") || ns.chars().any(char::is_lowercase) {
        return None;
    }
    let mut b = Purl::builder("cpan", purl.name())
        .qualifier("author", purl.qualifier("author").unwrap_or(ns));
    if let Some(v) = purl.version() {
        b = b.version(v);
    }
    for (k, v) in purl.qualifiers().iter().filter(|(k, _)| *k != "author") {
        b = b.qualifier(k.clone(), v.clone());
    }
    if let Some(sp) = purl.subpath() {
        b = b.subpath(sp);
    }
    let migrated = b.build().ok()?.to_string();
    Some(
        Diagnostic::new(&CPAN_LEGACY_NAMESPACE, format!("cpan purl uses the legacy author namespace `{ns}`; the current form is `{migrated}`"), location(whole(s)))
            .with_fix(Fix {
                title: format!("write `{migrated}`"),
                applicability: Applicability::Unsafe,
                edits: vec![Edit { span: whole(s), content: migrated }],
            }),
    )
}
