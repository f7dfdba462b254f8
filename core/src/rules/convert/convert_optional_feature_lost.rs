//! CM358: convert-optional-feature-lost.

crate::declare_rule! {
    /// ## What it does
    /// Reports parts of `optional_features` the Converter drops: `configure_requires` of a feature (spec 2 features have no configure phase), `requires_packages`, `requires_os` and `excluded_os` (spec 1.3), any other key of a spec-1 feature, and all but the first key of an item of the list form.
    ///
    /// ## Why is this bad?
    /// Installers that offer the feature no longer see those requirements.
    ///
    /// ## Example
    /// ```yaml
    /// optional_features:
    ///   - sqlite:
    ///       description: SQLite support
    ///       requires_packages: libsqlite3
    /// ```
    ///
    /// ## How to fix
    /// Declare the feature in spec 2 form (`optional_features.NAME.prereqs`), with its prerequisites in the runtime, build or test phases.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM358", name: "convert-optional-feature-lost", group: Convert, severity: Warning, modes: StrictOnly }
}
