//! The indicators: CPANTS's names, levels, error and remedy texts (Module::CPANTS::Analyse 1.01
//! and Module::CPANTS::SiteKwalitee), in the order CPANTS defines them.

use serde::Serialize;

/// How CPANTS counts an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Counts toward the kwalitee score.
    Core,
    /// `is_extra`: counts toward the total, not the available score.
    Extra,
    /// `is_experimental`: not counted.
    Experimental,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Core => "core",
            Level::Extra => "extra",
            Level::Experimental => "experimental",
        }
    }
}

/// One indicator's static description.
#[derive(Debug, Serialize)]
pub struct IndicatorMeta {
    pub name: &'static str,
    pub level: Level,
    /// CPANTS's `error` text: what failing means.
    pub error: &'static str,
    /// CPANTS's `remedy` text.
    pub remedy: &'static str,
    /// The CPANTS module that defines it.
    pub defined_in: &'static str,
}

macro_rules! indicators {
    ($( $name:literal, $level:ident, $module:literal, $error:literal, $remedy:literal; )*) => {
        /// Every indicator cpanmeta computes.
        pub static INDICATORS: &[IndicatorMeta] = &[
            $( IndicatorMeta { name: $name, level: Level::$level, error: $error, remedy: $remedy, defined_in: $module }, )*
        ];
    };
}

indicators! {
    "has_meta_yml", Core, "Module::CPANTS::Kwalitee::Files",
        "The file \"META.yml\" is missing from this distribution. META.yml is needed by people maintaining module collections (like CPAN), for people writing installation tools, or just people who want to know some stuff about a distribution before downloading it.",
        "Add a META.yml to the distribution. Your buildtool should be able to autogenerate it.";
    "has_meta_json", Extra, "Module::CPANTS::Kwalitee::Files",
        "The file \"META.json\" is missing from this distribution. META.json has better information than META.yml and is preferred by people maintaining module collections (like CPAN), for people writing installation tools, or just people who want to know some stuff about a distribution before downloading it.",
        "Add a META.json to the distribution. Your buildtool should be able to autogenerate it.";
    "no_missing_files_in_provides", Extra, "Module::CPANTS::Kwalitee::FindModules",
        "Provides field in the META.yml lists a file that does not found in the distribution.",
        "Use authoring tool like Dist::Zilla, Milla, and Minilla to generate correct provides.";
    "meta_yml_is_parsable", Core, "Module::CPANTS::Kwalitee::MetaYML",
        "The META.yml file of this distribution could not be parsed by the version of CPAN::Meta::YAML.pm CPANTS is using.",
        "Upgrade your YAML generator so it produces valid YAML.";
    "meta_json_is_parsable", Core, "Module::CPANTS::Kwalitee::MetaYML",
        "The META.json file of this distribution could not be parsed by the version of JSON parser CPANTS is using.",
        "Upgrade your META.json generator so it produces valid JSON.";
    "meta_yml_has_provides", Experimental, "Module::CPANTS::Kwalitee::MetaYML",
        "This distribution does not have a list of provided modules defined in META.yml.",
        "Add all modules contained in this distribution to the META.yml field 'provides'. Module::Build or Dist::Zilla::Plugin::MetaProvides do this automatically for you.";
    "meta_yml_conforms_to_known_spec", Core, "Module::CPANTS::Kwalitee::MetaYML",
        "META.yml does not conform to any recognised META.yml Spec.",
        "Take a look at the META.yml Spec at https://metacpan.org/pod/CPAN::Meta::History::Meta_1_4 (for version 1.4) or https://metacpan.org/pod/CPAN::Meta::Spec (for version 2), and change your META.yml accordingly.";
    "meta_json_conforms_to_known_spec", Core, "Module::CPANTS::Kwalitee::MetaYML",
        "META.json does not conform to any recognised META Spec.",
        "Take a look at the META.json Spec at https://metacpan.org/pod/CPAN::Meta::History::Meta_1_4 (for version 1.4) or https://metacpan.org/pod/CPAN::Meta::Spec (for version 2), and change your META.json accordingly.";
    "meta_yml_declares_perl_version", Extra, "Module::CPANTS::Kwalitee::MetaYML",
        "This distribution does not declare the minimum perl version in META.yml.",
        "If you are using Build.PL define the {requires}{perl} = VERSION field. If you are using MakeMaker (Makefile.PL) you should upgrade ExtUtils::MakeMaker to 6.48 and use MIN_PERL_VERSION parameter. Perl::MinimumVersion can help you determine which version of Perl your module needs.";
    "meta_yml_has_repository_resource", Experimental, "Module::CPANTS::Kwalitee::MetaYML",
        "This distribution does not have a link to a repository in META.yml.",
        "Add a 'repository' resource to the META.yml via 'meta_add' accessor (for Module::Build) or META_ADD parameter (for ExtUtils::MakeMaker).";
    "meta_yml_has_license", Extra, "Module::CPANTS::Kwalitee::License",
        "This distribution does not have a license defined in META.yml.",
        "Define the license if you are using in Build.PL. If you are using MakeMaker (Makefile.PL) you should upgrade to ExtUtils::MakeMaker version 6.31.";
    "has_human_readable_license", Core, "Module::CPANTS::Kwalitee::License",
        "This distribution does not have a license defined in the documentation or in a file called LICENSE",
        "Add a section called \"LICENSE\" to the documentation, or add a file named LICENSE to the distribution.";
    "has_separate_license_file", Experimental, "Module::CPANTS::Kwalitee::License",
        "This distribution does not have a LICENSE or LICENCE file in its root directory.",
        "This is not a critical issue. Currently mainly informative for the CPANTS authors. It might be removed later.";
    "has_license_in_source_file", Core, "Module::CPANTS::Kwalitee::License",
        "Does not have license information in any of its source files",
        "Add =head1 LICENSE and the text of the license to the main module in your code.";
    "has_known_license_in_source_file", Extra, "Module::CPANTS::Kwalitee::License",
        "Does not have license information in any of its source files, or the information is not recognized by Software::License",
        "Add =head1 LICENSE and/or the proper text of the well-known license to the main module in your code.";
    "distname_matches_name_in_meta", Core, "Module::CPANTS::SiteKwalitee::Distname",
        "The distribution name (eg. 'Foo-Bar' of Foo-Bar-1.42.tar.gz) does not match the 'name' field in META files.",
        "Use a proper tool to make a distribution. You might also need to fix META files if you keep them in the repository.";
    "has_version", Core, "Module::CPANTS::SiteKwalitee::DistVersion",
        "The distribution filename (eg. Foo-Bar-1.42.tar.gz) does not include a version number (or something that looks like a reasonable version number to CPAN::DistnameInfo)",
        "Add a version number to the packed distribution. Or use a buildtool ('make dist' or 'Build dist')";
    "has_proper_version", Core, "Module::CPANTS::SiteKwalitee::DistVersion",
        "The version number isn't a number. It probably contains letter besides a leading 'v', which it shouldn't",
        "Remove all letters from the version number. If you want to mark a release as a developer release, use the scheme 'Module-1.00_01'";
    "no_mymeta_files", Core, "Module::CPANTS::SiteKwalitee::MyMeta",
        "This distribution contains MYMETA.* files which should be used only locally. This metric should be integrated into 'no_generated_files' eventually, but as MYMETA.* files are recent inventions, you might need to take special care if MANIFEST.SKIP exists in your distribution. Hence this metric.",
        "Update MANIFEST.SKIP to exclude MYMETA files. If you are lazy, add \"#!install_default\" in your MANIFEST.SKIP and update your ExtUtils::Manifest if necessary, then some of the most common files will be excluded.";
    "has_security_doc", Experimental, "Module::CPANTS::SiteKwalitee::Security",
        "This distribution has no documentation about security policy.",
        "Add SECURITY(.pod|md). See Software::Security::Policy.";
    "security_doc_contains_contact", Experimental, "Module::CPANTS::SiteKwalitee::Security",
        "This distribution has no documentation about security policy or the documentation has no contact.",
        "Add SECURITY(.pod|md) and add a contact address. See Software::Security::Policy.";
    "has_contributing_doc", Experimental, "Module::CPANTS::SiteKwalitee::Security",
        "This distribution has no documentation about contribution.",
        "Add CONTRIBUTING(.pod|md). See https://docs.github.com/en/communities/setting-up-your-project-for-healthy-contributions/setting-guidelines-for-repository-contributors.";
}

/// The indicator called `name`.
pub fn by_name(name: &str) -> Option<&'static IndicatorMeta> {
    INDICATORS.iter().find(|i| i.name == name)
}
