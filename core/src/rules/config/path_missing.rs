crate::declare_rule! {
    /// ## What it does
    /// Reports a path in `schemas` or `index` that names no file. Paths are relative to the
    /// directory of the configuration file.
    ///
    /// ## Why is this bad?
    /// The schema would never be checked (or the index never read), so the findings it should
    /// produce silently disappear.
    ///
    /// ## Example
    /// ```toml
    /// schemas = ["schemas/x_my_keys.json"]   # no such file
    /// ```
    ///
    /// ## How to fix
    /// Correct the path, relative to the directory that holds `cpanmeta.toml`.
    ///
    /// ## Spec
    /// docs/configuration.md.
    pub static PATH_MISSING = {
        code: "CM906", name: "config-path-missing", group: Config,
        severity: Error, modes: Both,
    }
}
