//! CPANTS indicator `meta_yml_declares_perl_version` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_yml_declares_perl_version` kwalitee indicator (extra), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not declare the minimum perl version in META.yml.
    ///
    /// ## Example
    /// A META.json whose `prereqs.runtime.requires` has no `perl` entry (CPANTS reads it as META.yml's `requires.perl`).
    ///
    /// ## How to fix
    /// If you are using Build.PL define the {requires}{perl} = VERSION field. If you are using MakeMaker (Makefile.PL) you should upgrade ExtUtils::MakeMaker to 6.48 and use MIN_PERL_VERSION parameter. Perl::MinimumVersion can help you determine which version of Perl your module needs.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_yml_declares_perl_version` (level: extra). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM808", name: "meta-yml-declares-perl-version", group: Kwalitee, severity: Info, modes: Both }
}
