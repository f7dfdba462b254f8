crate::declare_rule! {
    /// ## What it does
    /// Reports archives inside the release (`.tar.gz`, `.zip`, …). They are listed as files and never opened.
    ///
    /// ## Why is this bad?
    /// Nested archives hide their content from every check, including this one, and often are leftovers of a build.
    ///
    /// ## Example
    /// `Foo-Bar-1.0/Foo-Bar-0.9.tar.gz` shipped inside `Foo-Bar-1.0.tar.gz`.
    ///
    /// ## How to fix
    /// Remove the archive from the release (add it to MANIFEST.SKIP), unless a test really needs it.
    pub static RULE = { code: "CM854", name: "archive-nested", group: Kwalitee, severity: Info, modes: Both }
}
