//! CPANTS indicator `no_mymeta_files` as a rule.

crate::declare_rule! {
    /// ## What it does
    /// Reports a release that fails CPANTS's `no_mymeta_files` kwalitee indicator (core), computed as
    /// Module::CPANTS::SiteKwalitee::MyMeta computes it. It runs on release archives only (`cpanmeta lint Foo-1.0.tar.gz`,
    /// `cpanmeta kwalitee`).
    ///
    /// ## Why is this bad?
    /// CPANTS says: This distribution contains MYMETA.* files which should be used only locally. This metric should be integrated into 'no_generated_files' eventually, but as MYMETA.* files are recent inventions, you might need to take special care if MANIFEST.SKIP exists in your distribution. Hence this metric.
    ///
    /// ## Example
    /// `Foo-Bar-1.0/MYMETA.json` shipped in the release.
    ///
    /// ## How to fix
    /// Update MANIFEST.SKIP to exclude MYMETA files. If you are lazy, add "#!install_default" in your MANIFEST.SKIP and update your ExtUtils::Manifest if necessary, then some of the most common files will be excluded.
    ///
    /// ## Reference
    /// Module::CPANTS::SiteKwalitee::MyMeta, indicator `no_mymeta_files` (level: core). Severity here: core indicators warn, extra and
    /// experimental ones inform.
    pub static RULE = { code: "CM818", name: "no-mymeta-files", group: Kwalitee, severity: Warning, modes: Both }
}
