//! CPANTS indicator `has_human_readable_license` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_human_readable_license` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::License computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not have a license defined in the documentation or in a file called LICENSE
    ///
    /// ## Example
    /// A release with neither a `LICENSE` file nor a `=head1 LICENSE` section in its modules.
    ///
    /// ## How to fix
    /// Add a section called "LICENSE" to the documentation, or add a file named LICENSE to the distribution.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::License, indicator `has_human_readable_license` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM811", name: "has-human-readable-license", group: Kwalitee, severity: Warning, modes: Both }
}
