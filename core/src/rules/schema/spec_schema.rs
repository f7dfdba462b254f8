crate::declare_rule! {
    /// ## What it does
    /// Validates the document against the bundled JSON Schema of its spec version
    /// (`schemas/cpan-meta-2.schema.json` or `schemas/cpan-meta-1.4.schema.json`), which describes
    /// the spec as written: required keys, types, license strings, version and version-range
    /// formats, package names, URLs, and no unknown keys in a version 2 document.
    ///
    /// ## Why is this bad?
    /// CPAN::Meta::Validator accepts things the spec forbids (a number where a Version string is
    /// required, whitespace in keywords, a `stable` release of an underscore version, keys without
    /// an `x_` prefix). Tools that follow the spec, and editors that complete META.json from the
    /// same schema, read such files differently.
    ///
    /// ## Example
    /// ```json
    /// { "version": 1.10, "keywords": ["web framework"], "meta-spec": { "version": 2 } }
    /// ```
    /// `version` is a number (Perl reads it as `1.1`), and the keyword contains a space.
    ///
    /// ## How to fix
    /// Change the value the message names; the help text quotes the spec's definition of the
    /// field. Point your editor at `schemas/` to get completion and these checks as you type.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2 ("STRUCTURE", "DATA TYPES", "VERSION NUMBERS"); CPAN::Meta::History::Meta_1_4.
    pub static SPEC_SCHEMA = {
        code: "CM300", name: "spec-schema-violation", group: Schema,
        severity: Error, modes: StrictOnly,
    }
}
