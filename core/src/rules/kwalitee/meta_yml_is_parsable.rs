//! CPANTS indicator `meta_yml_is_parsable` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_yml_is_parsable` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The META.yml file of this distribution could not be parsed by the version of CPAN::Meta::YAML.pm CPANTS is using.
    ///
    /// ## Example
    /// ```yaml
    /// name: Foo-Bar
    /// author: [A. U. Thor   # an unclosed flow list CPAN::Meta::YAML cannot read
    /// ```
    ///
    /// ## How to fix
    /// Upgrade your YAML generator so it produces valid YAML.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_yml_is_parsable` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM803", name: "meta-yml-is-parsable", group: Kwalitee, severity: Warning, modes: Both }
}
