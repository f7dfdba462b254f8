//! CPANTS indicator `meta_json_conforms_to_known_spec` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `meta_json_conforms_to_known_spec` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::MetaYML computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: META.json does not conform to any recognised META Spec.
    ///
    /// ## Example
    /// ```json
    /// {"name": "Foo-Bar", "meta-spec": {"version": 2}}
    /// ```
    ///
    /// ## How to fix
    /// Take a look at the META.json Spec at https://metacpan.org/pod/CPAN::Meta::History::Meta_1_4 (for version 1.4) or https://metacpan.org/pod/CPAN::Meta::Spec (for version 2), and change your META.json accordingly.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::MetaYML, indicator `meta_json_conforms_to_known_spec` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM807", name: "meta-json-conforms-to-known-spec", group: Kwalitee, severity: Warning, modes: Both }
}
