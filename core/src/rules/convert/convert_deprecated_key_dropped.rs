//! CM357: convert-deprecated-key-dropped.

crate::declare_rule! {
    /// ## What it does
    /// Reports a spec-1 key that spec 2 has no place for and that the Converter drops: `distribution_type`, `license_url` and `private` (the last two survive only as `resources.license` and `no_index` when converting from spec 1.1).
    ///
    /// ## Why is this bad?
    /// Whatever the key said is not in the converted metadata.
    ///
    /// ## Example
    /// ```yaml
    /// distribution_type: module
    /// ```
    ///
    /// ## How to fix
    /// Remove the key; put a license URL in `resources.license` and directories to hide in `no_index.directory`.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM357", name: "convert-deprecated-key-dropped", group: Convert, severity: Warning, modes: StrictOnly }
}
