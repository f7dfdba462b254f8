//! CM356: convert-resource-dropped.

crate::declare_rule! {
    /// ## What it does
    /// Reports a `resources` value the Converter drops: a `homepage`, `license`, `bugtracker` or `repository` that is not a URL (`_is_urlish`: a scheme, a colon and more), or a spec-2 `bugtracker` / `repository` that is not a map.
    ///
    /// ## Why is this bad?
    /// The link is gone from the converted metadata: MetaCPAN and CPAN clients no longer show where the code, the bug tracker or the license lives.
    ///
    /// ## Example
    /// ```yaml
    /// resources:
    ///   repository: github.com/foo/bar
    /// ```
    ///
    /// ## How to fix
    /// Write absolute URLs (`https://github.com/foo/bar`).
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM356", name: "convert-resource-dropped", group: Convert, severity: Warning, modes: StrictOnly }
}
