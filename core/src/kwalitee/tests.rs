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
    r.indicators.iter().filter(|i| !i.value).map(|i| i.name).collect()
}

const META_YML: &str = "---\nabstract: A foo\nauthor:\n  - A. U. Thor <a@example.org>\nbuild_requires:\n  Test::More: 0\ngenerated_by: hand\nlicense: perl\nmeta-spec:\n  url: http://module-build.sourceforge.net/META-spec-v1.4.html\n  version: 1.4\nname: Foo-Bar\nprovides:\n  Foo::Bar:\n    file: lib/Foo/Bar.pm\n    version: 1.0\nrequires:\n  perl: 5.008\nresources:\n  repository: https://github.com/a/foo-bar\nversion: 1.0\n";

const PM: &str = "package Foo::Bar;\nour $VERSION = '1.0';\n1;\n__END__\n\n=head1 NAME\n\nFoo::Bar - A foo\n\n=head1 LICENSE\n\nThis library is free software; you can redistribute it and/or modify it under the same terms as Perl itself.\n\n=cut\n";

#[test]
fn a_tidy_release_passes_every_core_and_extra_indicator_but_meta_json() {
    let r = report(
        "Foo-Bar-1.0.tar",
        &[
            ("Foo-Bar-1.0/META.yml", META_YML),
            ("Foo-Bar-1.0/lib/Foo/Bar.pm", PM),
            ("Foo-Bar-1.0/LICENSE", "Perl 5\n"),
        ],
    );
    assert_eq!(
        failing(&r),
        ["has_meta_json", "meta_json_is_parsable", "meta_json_conforms_to_known_spec", "has_version", "has_proper_version", "has_security_doc", "security_doc_contains_contact", "has_contributing_doc"]
            .into_iter()
            .filter(|n| !["meta_json_is_parsable", "meta_json_conforms_to_known_spec", "has_version", "has_proper_version"].contains(n))
            .collect::<Vec<_>>(),
        "a `.tar` name has no version for CPAN::DistnameInfo, so use .tar.gz in the other tests"
    );
}
