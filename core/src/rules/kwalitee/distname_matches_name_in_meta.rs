//! CPANTS indicator `distname_matches_name_in_meta` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `distname_matches_name_in_meta` kwalitee indicator (core), computed as
    /// Module::CPANTS::SiteKwalitee::Distname computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The distribution name (eg. 'Foo-Bar' of Foo-Bar-1.42.tar.gz) does not match the 'name' field in META files.
    ///
    /// ## Example
    /// `Foo-Bar-1.0.tar.gz` whose META says `name: Foo_Bar`.
    ///
    /// ## How to fix
    /// Use a proper tool to make a distribution. You might also need to fix META files if you keep them in the repository.
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::Distname, indicator `distname_matches_name_in_meta` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM815", name: "distname-matches-name-in-meta", group: Kwalitee, severity: Warning, modes: Both }
}
