//! CM354: convert-license-lost.

crate::declare_rule! {
    /// ## What it does
    /// Reports a license string the Converter cannot carry into spec 2: one it does not know is dropped (a list left empty becomes `unknown`), and the spec-1 strings `gpl`, `lgpl` and `mozilla`, which do not say which version, become `open_source`.
    ///
    /// ## Why is this bad?
    /// The license is the first thing packagers and SBOM tools read; after the conversion it says less than the author wrote, or nothing.
    ///
    /// ## Example
    /// ```yaml
    /// license: gpl
    /// ```
    /// becomes `"license": ["open_source"]`.
    ///
    /// ## How to fix
    /// Use a spec-2 string that names the version (`gpl_2`, `lgpl_2_1`, `mozilla_1_1`), or one of the spec-1 strings that maps to one (`perl`, `apache`, `artistic`).
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM354", name: "convert-license-lost", group: Convert, severity: Warning, modes: StrictOnly }
}
