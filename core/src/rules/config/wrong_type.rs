crate::declare_rule! {
    /// ## What it does
    /// Reports a setting whose value has the wrong TOML type: a string where a list of strings
    /// is expected, a number for `mode`, a list for `[rules]` …
    ///
    /// ## Why is this bad?
    /// The setting cannot be applied, so it is ignored (reported, never guessed at).
    ///
    /// ## Example
    /// ```toml
    /// ignore = "CM203"
    /// ```
    ///
    /// ## How to fix
    /// Write the value with the type docs/configuration.md gives: `ignore = ["CM203"]`.
    ///
    /// ## Spec
    /// docs/configuration.md; schemas/cpanmeta-config.schema.json.
    pub static WRONG_TYPE = {
        code: "CM902", name: "config-wrong-type", group: Config,
        severity: Error, modes: Both,
    }
}
