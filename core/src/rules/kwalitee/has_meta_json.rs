//! CPANTS indicator `has_meta_json` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_meta_json` kwalitee indicator (extra), computed as
    /// Module::CPANTS::Kwalitee::Files computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The file "META.json" is missing from this distribution. META.json has better information than META.yml and is preferred by people maintaining module collections (like CPAN), for people writing installation tools, or just people who want to know some stuff about a distribution before downloading it.
    ///
    /// ## Example
    /// `Foo-Bar-1.0.tar.gz` ships only `META.yml` (spec 1.4).
    ///
    /// ## How to fix
    /// Add a META.json to the distribution. Your buildtool should be able to autogenerate it.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::Files, indicator `has_meta_json` (level: extra). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM801", name: "has-meta-json", group: Kwalitee, severity: Info, modes: Both }
}
