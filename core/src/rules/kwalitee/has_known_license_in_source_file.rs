//! CPANTS indicator `has_known_license_in_source_file` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_known_license_in_source_file` kwalitee indicator (extra), computed as
    /// Module::CPANTS::Kwalitee::License computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: Does not have license information in any of its source files, or the information is not recognized by Software::License
    ///
    /// ## Example
    /// ```pod
    /// =head1 LICENSE
    ///
    /// All rights reserved.
    /// ```
    ///
    /// ## How to fix
    /// Add =head1 LICENSE and/or the proper text of the well-known license to the main module in your code.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::License, indicator `has_known_license_in_source_file` (level: extra). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM814", name: "has-known-license-in-source-file", group: Kwalitee, severity: Info, modes: Both }
}
