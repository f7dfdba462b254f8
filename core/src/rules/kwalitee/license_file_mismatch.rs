crate::declare_rule! {
    /// ## What it does
    /// Guesses the license of the `LICENSE` / `LICENCE` / `COPYING` file with the phrases Software::LicenseUtils recognises, and reports when it shares no license with the META `license` field. CPANTS has no such indicator.
    ///
    /// ## Why is this bad?
    /// The license a user reads and the one tools read from META should be the same; a mismatch usually means a license change that reached only one of them.
    ///
    /// ## Example
    /// META says `license: mit`; LICENSE says "This is free software ... under the same terms as the Perl 5 programming language system itself".
    ///
    /// ## How to fix
    /// Regenerate LICENSE from the declared license (Dist::Zilla's `[License]`, Software::License), or correct META's `license`.
    pub static RULE = { code: "CM883", name: "license-file-mismatch", group: Kwalitee, severity: Warning, modes: StrictOnly }
}
