//! CM359: convert-field-defaulted.

crate::declare_rule! {
    /// ## What it does
    /// Reports a value the Converter makes up: a missing or empty `abstract`, `author` or `license` becomes `unknown`, and a `release_status` that is not `stable`, `testing` or `unstable` is replaced by what the version implies.
    ///
    /// ## Why is this bad?
    /// The converted file states `unknown` (or a status) as if the author had written it.
    ///
    /// ## Example
    /// ```yaml
    /// name: Foo-Bar
    /// version: 1.0
    /// ```
    /// (no `abstract`, `author` or `license`)
    ///
    /// ## How to fix
    /// Write the field.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM359", name: "convert-field-defaulted", group: Convert, severity: Info, modes: StrictOnly }
}
