crate::declare_rule! {
    /// ## What it does
    /// Reports a `cpanmeta.toml` that is not valid TOML (or not UTF-8), at the place the TOML
    /// parser stopped.
    ///
    /// ## Why is this bad?
    /// None of the file's settings can be trusted, so cpanmeta lints with its defaults and says
    /// so rather than guessing what was meant.
    ///
    /// ## Example
    /// ```toml
    /// select = ["CM1"
    /// ```
    ///
    /// ## How to fix
    /// Correct the TOML syntax: `select = ["CM1"]`.
    ///
    /// ## Spec
    /// TOML 1.0 (<https://toml.io/en/v1.0.0>); docs/configuration.md.
    pub static SYNTAX_ERROR = {
        code: "CM900", name: "config-syntax-error", group: Config,
        severity: Error, modes: Both,
    }
}
