crate::declare_rule! {
    /// ## What it does
    /// Reports a `mode` other than `strict` or `compat`.
    ///
    /// ## Why is this bad?
    /// The mode decides which rules run at all; an unknown one is ignored and the default
    /// (`strict`) applies, which is probably not what was meant.
    ///
    /// ## Example
    /// ```toml
    /// mode = "lenient"
    /// ```
    ///
    /// ## How to fix
    /// Write `mode = "strict"` (the spec as written) or `mode = "compat"`
    /// (CPAN::Meta::Validator's judgement).
    ///
    /// ## Spec
    /// docs/configuration.md.
    pub static UNKNOWN_MODE = {
        code: "CM903", name: "config-unknown-mode", group: Config,
        severity: Error, modes: Both,
    }
}
