//! CPANTS indicator `has_license_in_source_file` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_license_in_source_file` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::License computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: Does not have license information in any of its source files
    ///
    /// ## Example
    /// No `.pm`, `.pod`, `.pl` or `.PL` file has a `=head` naming a license, licence, copyright or legal section.
    ///
    /// ## How to fix
    /// Add =head1 LICENSE and the text of the license to the main module in your code.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::License, indicator `has_license_in_source_file` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM813", name: "has-license-in-source-file", group: Kwalitee, severity: Warning, modes: Both }
}
