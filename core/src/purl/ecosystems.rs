//! The likely purls of a CPAN distribution in other package ecosystems, by each one's naming
//! rules. These are predictions (a distribution may be packaged under another name, or not at
//! all); the Debian rule is measured against real Debian source packages in
//! `tests/debian_mapping.rs`.

use super::Purl;

/// A package ecosystem that repackages CPAN distributions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Ecosystem {
    Debian,
    Fedora,
    Alpine,
    Arch,
    CondaForge,
}

impl Ecosystem {
    pub fn as_str(self) -> &'static str {
        match self {
            Ecosystem::Debian => "debian",
            Ecosystem::Fedora => "fedora",
            Ecosystem::Alpine => "alpine",
            Ecosystem::Arch => "arch",
            Ecosystem::CondaForge => "conda-forge",
        }
    }
}

/// Debian's name for a Perl library distribution (Debian Perl Policy §4.2 and the pkg-perl
/// team's practice): lowercase, `lib` + name + `-perl`, with `_` (not allowed in Debian package
/// names) as `-`; a name already of the form `lib…-perl` is kept. A name ending in `-Perl`
/// still gains the suffix (`File-Find-Rule-Perl` → `libfile-find-rule-perl-perl`).
pub fn debian_name(dist: &str) -> String {
    let lower = dist.to_ascii_lowercase().replace('_', "-");
    if lower.starts_with("lib") && lower.ends_with("-perl") {
        lower
    } else {
        format!("lib{lower}-perl")
    }
}

/// Fedora (and RPM distributions following its Perl packaging guidelines): `perl-` + the
/// distribution name, case kept.
pub fn fedora_name(dist: &str) -> String {
    format!("perl-{dist}")
}

/// Alpine, Arch Linux and conda-forge: `perl-` + the lowercased distribution name.
pub fn lowercase_perl_name(dist: &str) -> String {
    format!("perl-{}", dist.to_ascii_lowercase())
}

/// The likely purls of distribution `dist` in each ecosystem (no version: each ecosystem numbers
/// its own releases). Names that do not make a valid purl are left out.
pub fn ecosystem_purls(dist: &str) -> Vec<(Ecosystem, Purl)> {
    let candidates = [
        (
            Ecosystem::Debian,
            Purl::builder("deb", debian_name(dist)).namespace("debian"),
        ),
        (
            Ecosystem::Fedora,
            Purl::builder("rpm", fedora_name(dist)).namespace("fedora"),
        ),
        (
            Ecosystem::Alpine,
            Purl::builder("apk", lowercase_perl_name(dist)).namespace("alpine"),
        ),
        (
            Ecosystem::Arch,
            Purl::builder("alpm", lowercase_perl_name(dist)).namespace("arch"),
        ),
        (
            Ecosystem::CondaForge,
            Purl::builder("conda", lowercase_perl_name(dist)).qualifier("channel", "conda-forge"),
        ),
    ];
    candidates
        .into_iter()
        .filter_map(|(e, b)| b.build().ok().map(|p| (e, p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ecosystem_names_a_distribution_its_own_way() {
        let got: Vec<String> = ecosystem_purls("Foo-Bar_Baz")
            .iter()
            .map(|(_, p)| p.to_string())
            .collect();
        assert_eq!(
            got,
            [
                "pkg:deb/debian/libfoo-bar-baz-perl",
                "pkg:rpm/fedora/perl-Foo-Bar_Baz",
                "pkg:apk/alpine/perl-foo-bar_baz",
                "pkg:alpm/arch/perl-foo-bar_baz",
                "pkg:conda/perl-foo-bar_baz?channel=conda-forge",
            ]
        );
    }

    #[test]
    fn debian_keeps_names_that_already_are_lib_perl() {
        assert_eq!(debian_name("libwww-perl"), "libwww-perl");
        assert_eq!(debian_name("DateTime"), "libdatetime-perl");
        assert_eq!(
            debian_name("File-Find-Rule-Perl"),
            "libfile-find-rule-perl-perl"
        );
    }
}
