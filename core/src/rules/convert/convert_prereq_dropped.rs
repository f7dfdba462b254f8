//! CM351: convert-prereq-dropped.

crate::declare_rule! {
    /// ## What it does
    /// Reports a prerequisite whose name is not a module name (`_is_module_name`: `Foo::Bar`, letters, digits and `_`): the Converter drops it without a word.
    ///
    /// ## Why is this bad?
    /// The prerequisite disappears from the converted metadata, so installers never install it; the author's intent (often a distribution name such as `Foo-Bar`) is lost.
    ///
    /// ## Example
    /// ```yaml
    /// requires:
    ///   Foo-Bar: 1.0
    /// ```
    ///
    /// ## How to fix
    /// Name the module (`Foo::Bar`), not the distribution or a file.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM351", name: "convert-prereq-dropped", group: Convert, severity: Warning, modes: StrictOnly }
}
