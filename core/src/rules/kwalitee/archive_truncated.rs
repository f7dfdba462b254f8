crate::declare_rule! {
    /// ## What it does
    /// Reports a compressed stream or tar archive that ends early, or a damaged header. The members before the damage are kept and analysed.
    ///
    /// ## Why is this bad?
    /// A truncated upload cannot be installed; CPAN clients fail to extract it.
    ///
    /// ## Example
    /// A `.tar.gz` cut short by an interrupted upload.
    ///
    /// ## How to fix
    /// Upload the release again.
    pub static RULE = { code: "CM853", name: "archive-truncated", group: Kwalitee, severity: Error, modes: Both }
}
