crate::declare_rule! {
    /// ## What it does
    /// Reports a level in `[rules]` other than `allow`, `warn` or `deny`.
    ///
    /// ## Why is this bad?
    /// The level is ignored, so the rule keeps its default severity.
    ///
    /// ## Example
    /// ```toml
    /// [rules]
    /// CM203 = "off"
    /// ```
    ///
    /// ## How to fix
    /// Write `allow` (the rule is off), `warn` (its findings are warnings) or `deny` (errors).
    ///
    /// ## Spec
    /// docs/configuration.md, "Per-rule levels".
    pub static UNKNOWN_LEVEL = {
        code: "CM905", name: "config-unknown-level", group: Config,
        severity: Error, modes: Both,
    }
}
