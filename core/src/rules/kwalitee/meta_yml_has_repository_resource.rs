//! CPANTS indicator `meta_yml_has_repository_resource` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_yml_has_repository_resource` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not have a link to a repository in META.yml.
    ///
    /// ## Example
    /// ```yaml
    /// resources:
    ///   bugtracker: https://rt.cpan.org/Dist/Display.html?Name=Foo-Bar
    /// ```
    ///
    /// ## How to fix
    /// Add a 'repository' resource to the META.yml via 'meta_add' accessor (for Module::Build) or META_ADD parameter (for ExtUtils::MakeMaker).
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_yml_has_repository_resource` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM809", name: "meta-yml-has-repository-resource", group: Kwalitee, severity: Info, modes: Both }
}
