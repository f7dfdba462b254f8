crate::declare_rule! {
    /// ## What it does
    /// Reports members that are neither file, directory nor link (devices, fifos), encrypted zip members and unsupported compression methods. They are skipped.
    ///
    /// ## Why is this bad?
    /// Such members cannot be part of a Perl distribution and are not extracted by CPAN clients.
    ///
    /// ## Example
    /// A character device node in a tar archive.
    ///
    /// ## How to fix
    /// Remove the member from the release.
    pub static RULE = { code: "CM856", name: "archive-unsupported-member", group: Kwalitee, severity: Info, modes: Both }
}
