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
    /// same schema, read such files differently. It is a warning: what breaks CPAN clients is
    /// already an error of the readers' and the Validator's rules, and more specific rules report
    /// most of what the schema finds (their finding replaces this one); what remains here is the
    /// rest of the spec as written, such as a spec 2 license string in a 1.4 file (the 1.4 list has
    /// no `artistic_2` or `unknown`, though CPAN::Meta::Converter writes them when it downgrades).
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
        severity: Warning, modes: StrictOnly,
    }
}
