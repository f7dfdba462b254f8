//! CPANTS indicator `meta_yml_has_license` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_yml_has_license` kwalitee indicator (extra), computed as
    /// Module::CPANTS::Kwalitee::License computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not have a license defined in META.yml.
    ///
    /// ## Example
    /// ```yaml
    /// license: unknown
    /// ```
    ///
    /// ## How to fix
    /// Define the license if you are using in Build.PL. If you are using MakeMaker (Makefile.PL) you should upgrade to ExtUtils::MakeMaker version 6.31.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::License, indicator `meta_yml_has_license` (level: extra). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM810", name: "meta-yml-has-license", group: Kwalitee, severity: Info, modes: Both }
}
