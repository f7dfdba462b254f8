crate::declare_rule! {
    /// ## What it does
    /// For each `provides` entry whose file is in the release: checks that the file declares the package (`package Foo::Bar`), and that the version given in META equals the file's `$VERSION` where the file sets it to a literal. CPANTS has no such indicator.
    ///
    /// ## Why is this bad?
    /// PAUSE and CPAN clients trust `provides`: a wrong entry indexes a package in a file that does not define it, or at a version the code does not have.
    ///
    /// ## Example
    /// ```yaml
    /// provides:
    ///   Foo::Bar:
    ///     file: lib/Foo/Bar.pm
    ///     version: '1.02'   # but lib/Foo/Bar.pm has our $VERSION = '1.01';
    /// ```
    ///
    /// ## How to fix
    /// Generate `provides` at build time (Module::Build, Dist::Zilla::Plugin::MetaProvides::Package) instead of writing it by hand.
    pub static RULE = { code: "CM881", name: "provides-version-mismatch", group: Kwalitee, severity: Warning, modes: StrictOnly }
}
