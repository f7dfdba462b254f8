use super::{at, Diagnostic, PurlError};

crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpan` purl whose name is a module name (`pkg:cpan/LWP::UserAgent@6.76`).
    ///
    /// ## Why is this bad?
    /// Since 2025 the cpan purl type names *distributions*, never modules: the name is the
    /// distribution name and shall not contain `::`. The legacy form (accepted by the purl-spec
    /// suite until March 2025, when namespace-less cpan purls meant modules) is now invalid, and
    /// tools following the current spec reject it or look up a distribution that does not exist.
    ///
    /// ## Example
    /// ```json
    /// { "x_sbom_purl": "pkg:cpan/LWP::UserAgent@6.76" }
    /// ```
    ///
    /// ## How to fix
    /// Name the distribution that contains the module: `pkg:cpan/libwww-perl@6.76` (a package
    /// index such as 02packages.details.txt says which; `cpanmeta purl` can map it offline).
    ///
    /// ## Spec
    /// purl-spec `types/cpan-definition.json`: "A distribution name shall not contain the string '::'".
    pub static CPAN_MODULE_NAME = { code: "CM602", name: "cpan-purl-module-name", group: Purl, severity: Error, modes: StrictOnly }
}

pub(super) fn diagnostic(e: &PurlError) -> Diagnostic {
    at(&CPAN_MODULE_NAME, e, "cpan purl names a module").with_help(
        "the legacy cpan purl form named modules; migrate to the distribution name (the one in the archive name, see 02packages.details.txt)",
    )
}
