//! Indicators on releases built in memory.

use super::*;

/// A plain tar of (path, content) members (helpers shared with the archive tests would widen
/// their visibility; a tar header is short enough to write again).
pub(crate) fn tar(members: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in members {
        let mut h = vec![0u8; 512];
        h[..name.len()].copy_from_slice(name.as_bytes());
        h[100..108].copy_from_slice(b"0000644\0");
        h[124..136].copy_from_slice(format!("{:011o}\0", data.len()).as_bytes());
        h[156] = b'0';
        h[257..263].copy_from_slice(b"ustar\0");
        h[148..156].copy_from_slice(b"        ");
        let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
        h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        out.extend(h);
        out.extend_from_slice(data.as_bytes());
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.extend([0u8; 1024]);
    out
}

pub(crate) fn report(name: &str, members: &[(&str, &str)]) -> KwaliteeReport {
    let archive = Archive::read(&tar(members), name).expect("an archive");
    analyse(&archive)
}

fn failing(r: &KwaliteeReport) -> Vec<&'static str> {
    r.indicators
        .iter()
        .filter(|i| !i.value)
        .map(|i| i.name)
        .collect()
}

const META_YML: &str = "---\nabstract: A foo\nauthor:\n  - A. U. Thor <a@example.org>\nbuild_requires:\n  Test::More: 0\ngenerated_by: hand\nlicense: perl\nmeta-spec:\n  url: http://module-build.sourceforge.net/META-spec-v1.4.html\n  version: 1.4\nname: Foo-Bar\nprovides:\n  Foo::Bar:\n    file: lib/Foo/Bar.pm\n    version: 1.0\nrequires:\n  perl: 5.008\nresources:\n  repository: https://github.com/a/foo-bar\nversion: 1.0\n";

const PM: &str = "package Foo::Bar;\nour $VERSION = '1.0';\n1;\n__END__\n\n=head1 NAME\n\nFoo::Bar - A foo\n\n=head1 LICENSE\n\nThis library is free software; you can redistribute it and/or modify it under the same terms as Perl itself.\n\n=cut\n";

#[test]
fn a_tidy_release_fails_only_the_documents_it_lacks() {
    let r = report(
        "Foo-Bar-1.0.tar.gz",
        &[
            ("Foo-Bar-1.0/META.yml", META_YML),
            ("Foo-Bar-1.0/lib/Foo/Bar.pm", PM),
            ("Foo-Bar-1.0/LICENSE", "Perl 5\n"),
        ],
    );
    assert_eq!(
        failing(&r),
        [
            "has_meta_json",
            "has_security_doc",
            "security_doc_contains_contact",
            "has_contributing_doc"
        ]
    );
    assert_eq!(r.meta_file, Some("META.yml"));
    assert_eq!(r.score.core, (11, 11));
}

#[test]
fn the_file_name_decides_name_and_version() {
    let r = report("Foo-Bar.tar", &[("Foo-Bar-1.0/META.yml", META_YML)]);
    assert!(!r.indicator("has_version").unwrap().value);
    assert!(!r.indicator("distname_matches_name_in_meta").unwrap().value);
    let r = report("Foo-Bar-1.0a.tar.gz", &[("Foo-Bar-1.0/META.yml", META_YML)]);
    assert!(r.indicator("has_version").unwrap().value);
    assert!(!r.indicator("has_proper_version").unwrap().value);
}

#[test]
fn without_meta_the_meta_indicators_fail_as_cpants_autovivifies_an_empty_hash() {
    let r = report("Foo-Bar-1.0.tar.gz", &[("Foo-Bar-1.0/lib/Foo/Bar.pm", PM)]);
    for name in [
        "has_meta_yml",
        "meta_yml_has_provides",
        "meta_yml_declares_perl_version",
        "meta_yml_has_repository_resource",
        "meta_yml_has_license",
    ] {
        assert!(!r.indicator(name).unwrap().value, "{name}");
    }
    for name in [
        "meta_yml_is_parsable",
        "meta_yml_conforms_to_known_spec",
        "distname_matches_name_in_meta",
        "no_missing_files_in_provides",
    ] {
        assert!(r.indicator(name).unwrap().value, "{name}");
    }
}

#[test]
fn mymeta_files_fail_unless_manifest_skip_hides_them() {
    let members = [
        ("Foo-Bar-1.0/META.yml", META_YML),
        ("Foo-Bar-1.0/MYMETA.yml", META_YML),
    ];
    let r = report("Foo-Bar-1.0.tar.gz", &members);
    let i = r.indicator("no_mymeta_files").unwrap();
    assert!(!i.value);
    assert_eq!(i.findings[0].file.as_deref(), Some("MYMETA.yml"));
    let mut members = members.to_vec();
    members.push(("Foo-Bar-1.0/MANIFEST.SKIP", "^MYMETA\\.\n"));
    assert!(
        report("Foo-Bar-1.0.tar.gz", &members)
            .indicator("no_mymeta_files")
            .unwrap()
            .value
    );
}

#[test]
fn a_provided_file_that_is_missing_is_named() {
    let meta = META_YML.replace("lib/Foo/Bar.pm", "lib/Foo/Baz.pm");
    let r = report(
        "Foo-Bar-1.0.tar.gz",
        &[
            ("Foo-Bar-1.0/META.yml", &meta),
            ("Foo-Bar-1.0/lib/Foo/Bar.pm", PM),
        ],
    );
    let i = r.indicator("no_missing_files_in_provides").unwrap();
    assert!(!i.value);
    assert_eq!(
        i.findings[0].pointer.as_deref(),
        Some("/provides/Foo::Bar/file")
    );
}

#[test]
fn a_security_policy_needs_an_address_or_an_https_link() {
    let base = [("Foo-Bar-1.0/META.yml", META_YML)];
    let with = |doc: &'static str| {
        let mut m = base.to_vec();
        m.push(("Foo-Bar-1.0/SECURITY.md", doc));
        report("Foo-Bar-1.0.tar.gz", &m)
    };
    let r = with("Write to security@example.org\n");
    assert!(r.indicator("has_security_doc").unwrap().value);
    assert!(r.indicator("security_doc_contains_contact").unwrap().value);
    let r = with("Tell us somehow.\n");
    assert!(r.indicator("has_security_doc").unwrap().value);
    assert!(!r.indicator("security_doc_contains_contact").unwrap().value);
}
