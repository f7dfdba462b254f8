//! CPANTS indicator `has_contributing_doc` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_contributing_doc` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::SiteKwalitee::Security computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution has no documentation about contribution.
    ///
    /// ## Example
    /// A release without `CONTRIBUTING.md`.
    ///
    /// ## How to fix
    /// Add CONTRIBUTING(.pod|md). See https://docs.github.com/en/communities/setting-up-your-project-for-healthy-contributions/setting-guidelines-for-repository-contributors.
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::Security, indicator `has_contributing_doc` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM821", name: "has-contributing-doc", group: Kwalitee, severity: Info, modes: Both }
}
