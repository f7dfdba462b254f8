//! CPANTS indicator `has_version` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_version` kwalitee indicator (core), computed as
    /// Module::CPANTS::SiteKwalitee::DistVersion computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The distribution filename (eg. Foo-Bar-1.42.tar.gz) does not include a version number (or something that looks like a reasonable version number to CPAN::DistnameInfo)
    ///
    /// ## Example
    /// `Foo-Bar.tar.gz`.
    ///
    /// ## How to fix
    /// Add a version number to the packed distribution. Or use a buildtool ('make dist' or 'Build dist')
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::DistVersion, indicator `has_version` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM816", name: "has-version", group: Kwalitee, severity: Warning, modes: Both }
}
