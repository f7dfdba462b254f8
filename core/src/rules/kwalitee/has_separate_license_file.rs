//! CPANTS indicator `has_separate_license_file` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_separate_license_file` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::Kwalitee::License computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution does not have a LICENSE or LICENCE file in its root directory.
    ///
    /// ## Example
    /// The license is stated only in the POD of `lib/Foo/Bar.pm`.
    ///
    /// ## How to fix
    /// This is not a critical issue. Currently mainly informative for the CPANTS authors. It might be removed later.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::License, indicator `has_separate_license_file` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM812", name: "has-separate-license-file", group: Kwalitee, severity: Info, modes: Both }
}
