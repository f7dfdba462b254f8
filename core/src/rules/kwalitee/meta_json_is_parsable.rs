//! CPANTS indicator `meta_json_is_parsable` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_json_is_parsable` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The META.json file of this distribution could not be parsed by the version of JSON parser CPANTS is using.
    ///
    /// ## Example
    /// ```json
    /// {"name": "Foo-Bar",}
    /// ```
    ///
    /// ## How to fix
    /// Upgrade your META.json generator so it produces valid JSON.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_json_is_parsable` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM804", name: "meta-json-is-parsable", group: Kwalitee, severity: Warning, modes: Both }
}
