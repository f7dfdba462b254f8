crate::declare_rule! {
    /// ## What it does
    /// Checks the widely used custom keys against the bundled schemas in `schemas/extensions/`:
    /// `x_contributors`, `x_authority`, `x_spdx_expression`, `x_static_install`,
    /// `x_serialization_backend`, `x_deprecated`, `x_breaks`, `x_external_prereqs`, `x_Dist_Zilla`,
    /// `x_generated_by_perl`, `x_use_unsafe_inc`, `resources.x_IRC`, `resources.x_MailingList`
    /// and `resources.x_identifier`.
    ///
    /// ## Why is this bad?
    /// Custom keys are free-form for the spec, but tools read these ones: metacpan.org shows
    /// contributors and IRC channels, cpanminus honours `x_static_install`, PAUSE tooling reads
    /// `x_authority`, Test::CheckBreaks reads `x_breaks`. A value of the wrong shape is ignored or
    /// misread by them.
    ///
    /// ## Example
    /// ```json
    /// { "x_static_install": "yes", "x_breaks": { "Foo::Bar": "=> 1.2" } }
    /// ```
    ///
    /// ## How to fix
    /// Write the value in the shape the help text describes (`x_static_install` is 0 or 1;
    /// `x_breaks` maps package names to version ranges such as `<= 1.2`).
    ///
    /// ## Reference
    /// The descriptions and examples in `schemas/extensions/*.schema.json`, drawn from the usage of
    /// these keys in CPAN distributions.
    pub static EXTENSION_SCHEMA = {
        code: "CM301", name: "extension-schema-violation", group: Schema,
        severity: Warning, modes: StrictOnly,
    }
}
