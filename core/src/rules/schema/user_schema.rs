crate::declare_rule! {
    /// ## What it does
    /// Validates the whole document against each schema given with `--schema FILE` (or
    /// `LintOptions.schemas`), typically one describing a project's own `x_` keys. The CPAN
    /// formats (`cpan-version`, `cpan-version-range`, `cpan-module`, `cpan-url`,
    /// `spdx-expression`) are checked, and the bundled schemas can be referenced by their `$id`.
    ///
    /// ## Why it matters
    /// Organisations that put their own data in META files (`x_` keys for deployment, ownership or
    /// security contacts) can hold every release to a schema of their own, in CI, with the same
    /// locations and output formats as the other rules.
    ///
    /// ## Example
    /// With a schema that requires `x_security_contact` to be a string:
    /// ```json
    /// { "name": "Foo-Bar", "x_security_contact": ["sec@example.com"] }
    /// ```
    ///
    /// ## How to fix
    /// Change the document to satisfy the schema, or the schema if it is wrong. The message names
    /// the schema and the failing keyword.
    pub static USER_SCHEMA = {
        code: "CM302", name: "user-schema-violation", group: Schema,
        severity: Error, modes: Both,
    }
}
