//! CM352: convert-version-changed.

crate::declare_rule! {
    /// ## What it does
    /// Reports a version the Converter rewrites because version.pm cannot read it: CPAN::Meta::Requirements' bad-version hook strips trailing letters (`1.2abc` becomes `1.2`) or gives up with `0`; a `provides` version that is not a version becomes `0`; a list or map where a version belongs becomes `0`.
    ///
    /// ## Why is this bad?
    /// The converted file asks for a different version than the author wrote, most often *any* version (`0`): the minimum is silently lost.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   Foo::Bar: 1.2beta
    /// ```
    ///
    /// ## How to fix
    /// Write a version version.pm reads (`1.2`, `v1.2.3`, `1.2_01`).
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM352", name: "convert-version-changed", group: Convert, severity: Warning, modes: StrictOnly }
}
