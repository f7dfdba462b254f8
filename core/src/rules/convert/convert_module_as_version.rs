//! CM353: convert-module-as-version.

crate::declare_rule! {
    /// ## What it does
    /// Reports a prerequisite whose version is a module name (`Foo: Bar::Baz`), which old broken META.yml generators wrote: the Converter requires both modules at version 0.
    ///
    /// ## Why is this bad?
    /// The second module becomes a prerequisite nobody declared, and whatever version was meant is lost.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   Foo::Bar: Baz::Quux
    /// ```
    ///
    /// ## How to fix
    /// Write each module with its own version: `Foo::Bar: 0` and `Baz::Quux: 0`.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM353", name: "convert-module-as-version", group: Convert, severity: Warning, modes: StrictOnly }
}
