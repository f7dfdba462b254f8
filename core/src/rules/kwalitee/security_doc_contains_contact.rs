//! CPANTS indicator `security_doc_contains_contact` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `security_doc_contains_contact` kwalitee indicator (experimental), computed as
    /// Module::CPANTS::SiteKwalitee::Security computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution has no documentation about security policy or the documentation has no contact.
    ///
    /// ## Example
    /// ```markdown
    /// # Security
    /// Tell us if you find something.
    /// ```
    ///
    /// ## How to fix
    /// Add SECURITY(.pod|md) and add a contact address. See Software::Security::Policy.
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::Security, indicator `security_doc_contains_contact` (level: experimental). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM820", name: "security-doc-contains-contact", group: Kwalitee, severity: Info, modes: Both }
}
