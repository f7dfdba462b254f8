//! CPANTS indicator `has_proper_version` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_proper_version` kwalitee indicator (core), computed as
    /// Module::CPANTS::SiteKwalitee::DistVersion computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The version number isn't a number. It probably contains letter besides a leading 'v', which it shouldn't
    ///
    /// ## Example
    /// `Foo-Bar-1.0b.tar.gz`.
    ///
    /// ## How to fix
    /// Remove all letters from the version number. If you want to mark a release as a developer release, use the scheme 'Module-1.00_01'
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::DistVersion, indicator `has_proper_version` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM817", name: "has-proper-version", group: Kwalitee, severity: Warning, modes: Both }
}
