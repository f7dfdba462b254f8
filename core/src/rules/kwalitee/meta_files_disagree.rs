crate::declare_rule! {
    /// ## What it does
    /// Compares META.json and META.yml of the same release: `name`, `version` and the license (as SPDX, through the license table) must agree. CPANTS has no such indicator.
    ///
    /// ## Why is this bad?
    /// Tools read one or the other (CPAN clients prefer META.json, older tools and CPANTS's META.yml indicators read META.yml), so a disagreement means different tools see different releases.
    ///
    /// ## Example
    /// META.json says `"license": ["mit"]`, META.yml says `license: perl`.
    ///
    /// ## How to fix
    /// Generate both files from the same data in one build step; never edit one by hand.
    pub static RULE = { code: "CM882", name: "meta-files-disagree", group: Kwalitee, severity: Warning, modes: StrictOnly }
}
