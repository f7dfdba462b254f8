crate::declare_rule! {
    /// ## What it does
    /// Reports pax extended headers, which CPANTS records as `no_pax_headers`.
    ///
    /// ## Why is this bad?
    /// Older tar implementations, including old Archive::Tar, extract pax headers as stray `PaxHeader` files.
    ///
    /// ## Example
    /// An archive made by bsdtar on macOS with extended attributes.
    ///
    /// ## How to fix
    /// Build the release with `COPYFILE_DISABLE=1` on macOS, or with `make dist`, which writes ustar archives.
    pub static RULE = { code: "CM855", name: "archive-pax-header", group: Kwalitee, severity: Info, modes: Both }
}
