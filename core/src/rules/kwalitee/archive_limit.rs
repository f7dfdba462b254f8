crate::declare_rule! {
    /// ## What it does
    /// Reports members beyond the reading limits: a member or a path too large or too deep, too many members, a zip member that inflates beyond its declared size or past a 1000:1 ratio (a compression bomb), or a total beyond the decompressed-size limit. The rest is skipped, so the analysis is bounded.
    ///
    /// ## Why is this bad?
    /// A real CPAN release never comes near these limits; an archive that does is broken or hostile, and the indicators computed on what could be read may be wrong.
    ///
    /// ## Example
    /// A 40 KB `.zip` whose single member inflates to 4 GB.
    ///
    /// ## How to fix
    /// Ship the distribution's sources only; keep large data out of the release.
    pub static RULE = { code: "CM852", name: "archive-limit", group: Kwalitee, severity: Error, modes: Both }
}
