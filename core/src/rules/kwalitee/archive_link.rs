crate::declare_rule! {
    /// ## What it does
    /// Reports symbolic and hard links in the archive. They are listed but never followed, so a link's target is not read.
    ///
    /// ## Why is this bad?
    /// CPANTS's `no_symlinks` indicator fails on them, and links are not portable: some systems cannot extract them, and a link may point outside the distribution.
    ///
    /// ## Example
    /// `Foo-Bar-1.0/LICENSE` as a symlink to `../LICENSE`.
    ///
    /// ## How to fix
    /// Replace the link with a copy of the file.
    pub static RULE = { code: "CM851", name: "archive-link", group: Kwalitee, severity: Info, modes: Both }
}
