crate::declare_rule! {
    /// ## What it does
    /// Compares the META files of one distribution — `META.json`, `META.yml`, `MYMETA.json` and
    /// `MYMETA.yml` in one directory (`lint`) or one release archive — after converting each to
    /// spec 2 as `CPAN::Meta->load_file` does: `name`, `version`, `abstract`, the licenses (as a
    /// set) and, between the two files of the same kind (META.json with META.yml, MYMETA.json
    /// with MYMETA.yml), every prerequisite. Each disagreement is reported on both files; each
    /// finding names the other file as a related location and says which file CPAN clients
    /// read. CPANTS has no such indicator.
    ///
    /// ## Why is this bad?
    /// Tools read one file or the other: CPAN.pm (`CPAN::Distribution::pick_meta_file`) takes
    /// the first of MYMETA.json, MYMETA.yml, META.json, META.yml that exists, while older tools
    /// and CPANTS's META.yml indicators read META.yml. A disagreement means different tools see
    /// different releases: another license, or prerequisites one installer installs and another
    /// does not. (MYMETA prerequisites are what `Makefile.PL` computed on the installing machine
    /// and may differ from META's on purpose, so they are only compared with each other.)
    ///
    /// ## Example
    /// META.json says `"license": ["mit"]`, META.yml says `license: perl`; or META.yml has
    /// `build_requires: {Test::More: 0}` and META.json has no build prerequisites.
    ///
    /// ## How to fix
    /// Generate both files from the same data in one build step; never edit one by hand.
    pub static RULE = { code: "CM882", name: "meta-files-disagree", group: Kwalitee, severity: Warning, modes: StrictOnly }
}
