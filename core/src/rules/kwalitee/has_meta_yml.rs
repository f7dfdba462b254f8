//! CPANTS indicator `has_meta_yml` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `has_meta_yml` kwalitee indicator (core), computed as
    /// Module::CPANTS::Kwalitee::Files computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: The file "META.yml" is missing from this distribution. META.yml is needed by people maintaining module collections (like CPAN), for people writing installation tools, or just people who want to know some stuff about a distribution before downloading it.
    ///
    /// ## Example
    /// `Foo-Bar-1.0.tar.gz` unpacks to `Foo-Bar-1.0/` with a `META.json` but no `META.yml`.
    ///
    /// ## How to fix
    /// Add a META.yml to the distribution. Your buildtool should be able to autogenerate it.
    ///
    /// ## Reference
    /// Module::CPANTS::Kwalitee::Files, indicator `has_meta_yml` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM800", name: "has-meta-yml", group: Kwalitee, severity: Warning, modes: Both }
}
