//! CPANTS indicator `no_missing_files_in_provides` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `no_missing_files_in_provides` kwalitee indicator (extra), computed as
    /// Module::CPANTS::Kwalitee::FindModules computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: Provides field in the META.yml lists a file that does not found in the distribution.
    ///
    /// ## Example
    /// ```yaml
    /// provides:
    ///   Foo::Bar:
    ///     file: lib/Foo/Bar.pm   # but the release has lib/Foo/Baz.pm
    /// ```
    ///
    /// ## How to fix
    /// Use authoring tool like Dist::Zilla, Milla, and Minilla to generate correct provides.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::FindModules, indicator `no_missing_files_in_provides` (level: extra). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM802", name: "no-missing-files-in-provides", group: Kwalitee, severity: Info, modes: Both }
}
