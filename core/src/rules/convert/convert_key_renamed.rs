//! CM355: convert-key-renamed.

crate::declare_rule! {
    /// ## What it does
    /// Reports a key that spec 2 does not define where it stands (at the top level, in `resources`, `prereqs`, a feature, `no_index`, a `provides` entry): the Converter renames it with an `x_` prefix (`X-Foo` and `xfoo` become `x_Foo` and `x_foo`; `test_requires` becomes `x_test_requires`).
    ///
    /// ## Why is this bad?
    /// Tools look the key up by its old name and no longer find it: a misspelled spec key (`Requires`, `no_index.modules`) silently stops working.
    ///
    /// ## Example
    /// ```yaml
    /// test_requires:
    ///   Test::More: 0.88
    /// ```
    ///
    /// ## How to fix
    /// Use the spec-2 key (`prereqs.test.requires`), or name custom keys `x_...` yourself.
    ///
    /// ## Spec
    /// CPAN::Meta::Converter 2.150010 (`convert(version => 2)`, as `CPAN::Meta->load_file` runs
    /// it); reported by `cpanmeta convert` only.
    pub static RULE = { code: "CM355", name: "convert-key-renamed", group: Convert, severity: Warning, modes: StrictOnly }
}
