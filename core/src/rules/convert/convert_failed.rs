//! CM350: convert-failed.

crate::declare_rule! {
    /// ## What it does
    /// Reports that CPAN::Meta::Converter cannot convert the document to spec 2: it cannot read it, a step meets data of a shape it cannot handle (a string where it dereferences a map), or a step's result is not valid for its spec version (the Converter validates after each step and dies).
    ///
    /// ## Why is this bad?
    /// `CPAN::Meta->load_file` dies on such a file, so every tool built on CPAN::Meta (CPAN clients, CPANTS, `cpanm --showdeps`) cannot use its metadata at all; `cpanmeta convert` writes nothing.
    ///
    /// ## Example
    /// ```yaml
    /// name: Foo-Bar
    /// version: 1.0
    /// requires:
    ///   Foo: '>= 2, < 1'
    /// ```
    /// (a range no version satisfies: CPAN::Meta::Requirements dies)
    ///
    /// ## How to fix
    /// Fix the findings `cpanmeta lint` reports for the file; the message names the step and the Validator's errors.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM350", name: "convert-failed", group: Convert, severity: Error, modes: StrictOnly }
}
