//! CPANTS indicator `has_security_doc` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_security_doc` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::SiteKwalitee::Security computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution has no documentation about security policy.
    ///
    /// ## Example
    /// A release without `SECURITY.md` (or `SECURITY`, `SECURITY.pod`, `docs/SECURITY.md`).
    ///
    /// ## How to fix
    /// Add SECURITY(.pod|md). See Software::Security::Policy.
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::Security, indicator `has_security_doc` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM819", name: "has-security-doc", group: Kwalitee, severity: Info, modes: Both }
}
