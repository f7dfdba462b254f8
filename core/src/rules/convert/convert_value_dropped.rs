//! CM360: convert-value-dropped.

crate::declare_rule! {
    /// ## What it does
    /// Reports a value the Converter drops because it has the wrong shape: a `prereqs` phase or `prereqs` itself that is not a map, `resources` or `optional_features` that are not maps.
    ///
    /// ## Why is this bad?
    /// Everything in the dropped value (prerequisites, links, features) is gone from the converted metadata.
    ///
    /// ## Example
    /// ```json
    /// "prereqs": { "runtime": ["Foo::Bar"] }
    /// ```
    ///
    /// ## How to fix
    /// Give the value the shape spec 2 defines (a map of relationships, of modules to versions).
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM360", name: "convert-value-dropped", group: Convert, severity: Warning, modes: StrictOnly }
}
