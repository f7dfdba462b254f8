crate::declare_rule! {
    /// ## What it does
    /// Validates the files of a distribution's `CPAN-META/` directory (the CPAN Metadata v3
    /// draft; so far `CPAN-META/automation-policy.json`) against the draft's JSON Schema, when
    /// a distribution directory is linted.
    ///
    /// ## Why it matters
    /// The draft reserves these file names for metadata that tools will read (an automation
    /// policy says what automated contributions a project accepts); a value outside the draft's
    /// enums (`issues` for `issue`) is ignored or misread by them.
    ///
    /// ## Example
    /// ```json
    /// { "version": 1, "code_generation": "toolchain",
    ///   "automated_contributions": "issues", "automated_actions": "issues" }
    /// ```
    ///
    /// ## How to fix
    /// Use the values the schema lists (`issue`), and give every required key.
    ///
    /// ## Spec
    /// CPAN Metadata v3 draft, `automation-policy.md` (schema repaired as
    /// `schemas/cpan-metadata-v3/README.md` documents).
    pub static CPAN_META_V3_SCHEMA = { code: "CM750", name: "cpan-meta-v3-schema-violation", group: External, severity: Warning, modes: StrictOnly }
}
