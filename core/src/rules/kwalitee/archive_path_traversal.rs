crate::declare_rule! {
    /// ## What it does
    /// Reports archive members with an absolute path or a `..` component. They are skipped: cpanmeta never writes anything, and does not count them as part of the release.
    ///
    /// ## Why is this bad?
    /// Extracting such a member writes outside the directory the user extracts into (Archive::Tar and Archive::Zip as CPANTS drives them do). A release should only ever hold paths below its own directory.
    ///
    /// ## Example
    /// A member named `Foo-Bar-1.0/../../.bashrc` or `/etc/cron.d/x`.
    ///
    /// ## How to fix
    /// Build the release with `make dist`, `./Build dist` or `dzil build`, which only archive the distribution's own files.
    pub static RULE = { code: "CM850", name: "archive-path-traversal", group: Kwalitee, severity: Warning, modes: Both }
}
