//! CPANTS indicator `meta_yml_has_provides` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_yml_has_provides` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not have a list of provided modules defined in META.yml.
    ///
    /// ## Example
    /// A META.yml with `name`, `version` and prerequisites but no `provides` map.
    ///
    /// ## How to fix
    /// Add all modules contained in this distribution to the META.yml field 'provides'. Module::Build or Dist::Zilla::Plugin::MetaProvides do this automatically for you.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_yml_has_provides` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM805", name: "meta-yml-has-provides", group: Kwalitee, severity: Info, modes: Both }
}
