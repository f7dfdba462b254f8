crate::declare_rule! {
    /// ## What it does
    /// Compares the version in the release's file name (as CPAN::DistnameInfo reads it, without `-TRIAL`) with the `version` of the META file CPANTS reads. CPANTS has no such indicator.
    ///
    /// ## Why is this bad?
    /// PAUSE indexes the release by its file name, installers by its META: when they disagree, the index and the installed version disagree too.
    ///
    /// ## Example
    /// `Foo-Bar-1.01.tar.gz` whose META.json says `"version": "1.00"`.
    ///
    /// ## How to fix
    /// Rebuild the release after bumping the version in one place (the main module), so that the file name and META agree.
    pub static RULE = { code: "CM880", name: "release-version-mismatch", group: Kwalitee, severity: Warning, modes: StrictOnly }
}
