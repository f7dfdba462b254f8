crate::declare_rule! {
    /// ## What it does
    /// Reports a key `cpanmeta.toml` does not define, with the key that was probably meant.
    ///
    /// ## Why is this bad?
    /// An unknown key is ignored, so a misspelled `ignroe = ["CM203"]` silently changes nothing
    /// and the findings it was meant to silence keep failing the build.
    ///
    /// ## Example
    /// ```toml
    /// ignroe = ["CM203"]
    /// ```
    ///
    /// ## How to fix
    /// Use one of the keys docs/configuration.md lists (here `ignore`).
    ///
    /// ## Spec
    /// docs/configuration.md; schemas/cpanmeta-config.schema.json.
    pub static UNKNOWN_KEY = {
        code: "CM901", name: "config-unknown-key", group: Config,
        severity: Error, modes: Both,
    }
}
