crate::declare_rule! {
    /// ## What it does
    /// Reports a rule selector in `select`, `ignore` or `[rules]` that names no rule: not a code,
    /// a code prefix, a rule name, a group name or `ALL`.
    ///
    /// ## Why is this bad?
    /// A selector that matches nothing does nothing: `ignore = ["CM2003"]` silences no finding.
    ///
    /// ## Example
    /// ```toml
    /// [rules]
    /// keyword-whitespaces = "allow"
    /// ```
    ///
    /// ## How to fix
    /// Use a selector `cpanmeta rules` lists (here `keyword-whitespace`, or its code `CM203`).
    ///
    /// ## Spec
    /// docs/configuration.md, "Selectors".
    pub static UNKNOWN_SELECTOR = {
        code: "CM904", name: "config-unknown-rule", group: Config,
        severity: Error, modes: Both,
    }
}
