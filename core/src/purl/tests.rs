use super::*;

#[test]
fn parses_components_and_prints_the_canonical_form() {
    let p = Purl::parse("pkg:CPAN/DateTime@1.55?repository_url=backpan.perl.org&author=DROLSKY")
        .unwrap();
    assert_eq!(p.ty(), "cpan");
    assert_eq!(p.name(), "DateTime");
    assert_eq!(p.version(), Some("1.55"));
    assert_eq!(
        p.to_string(),
        "pkg:cpan/DateTime@1.55?author=DROLSKY&repository_url=backpan.perl.org"
    );
}

#[test]
fn errors_name_the_component_and_the_byte_position() {
    let e = Purl::parse("pkg:cpan/LWP::UserAgent@6.76").unwrap_err();
    assert_eq!(
        (e.kind, e.component, e.span.clone()),
        (ErrorKind::CpanModuleName, Component::Name, 9..23)
    );
    let e = Purl::parse("pkg:cpan/Foo@1%zz").unwrap_err();
    assert_eq!((e.component, e.span.start), (Component::Version, 14));
    let e = Purl::parse("pkg:cpan/Foo?Author=X").unwrap_err();
    assert_eq!(
        (e.kind, e.component, e.span.clone()),
        (ErrorKind::QualifierKeyCase, Component::Qualifiers, 13..19)
    );
    let e = Purl::parse("pkg:cpan/drolsky/DateTime").unwrap_err();
    assert_eq!(
        (e.kind, e.span.clone()),
        (ErrorKind::CpanNamespaceCase, 9..16)
    );
    let e = Purl::parse("npm/foo").unwrap_err();
    assert_eq!(e.component, Component::Scheme);
    let e = Purl::parse("pkg:3x/foo").unwrap_err();
    assert_eq!((e.component, e.span.clone()), (Component::Type, 4..6));
}

#[test]
fn the_lenient_parser_lowercases_qualifier_keys() {
    assert!(Purl::parse("pkg:gem/a@1?Platform=java").is_err());
    assert_eq!(
        Purl::parse_lenient("pkg:gem/a@1?Platform=java")
            .unwrap()
            .to_string(),
        "pkg:gem/a@1?platform=java"
    );
}

#[test]
fn the_builder_applies_the_same_rules() {
    assert_eq!(
        Purl::builder("brew", "postgresql@12")
            .version("12.17")
            .build()
            .unwrap()
            .to_string(),
        "pkg:brew/postgresql%4012@12.17"
    );
    assert!(Purl::builder("cpan", "URI::PackageURL").build().is_err());
    assert!(Purl::builder("cpan", "").build().is_err());
    assert!(Purl::builder("swift", "Alamofire").build().is_err());
    assert!(Purl::builder("cpan", "X")
        .qualifier("in production", "1")
        .build()
        .is_err());
    let p = Purl::builder("cpan", "X")
        .qualifier("empty", "")
        .build()
        .unwrap();
    assert!(p.qualifiers().is_empty());
}

#[test]
fn the_cpan_type_accepts_every_current_form() {
    for s in [
        "pkg:cpan/DateTime@1.55",
        "pkg:cpan/DROLSKY/DateTime@1.55",
        "pkg:cpan/DateTime@1.55?author=DROLSKY",
        "pkg:cpan/Term-Gnuplot@0.90380906?distpath=authors%2Fid%2FI%2FIL%2FILYAZ%2Fmodules%2FTerm-Gnuplot-0.90380906.zip",
        "pkg:cpan/perl@5.42",
    ] {
        assert_eq!(Purl::parse(s).map(|p| p.to_string()).as_deref(), Ok(s));
    }
}

#[test]
fn hostile_input_gives_errors_not_panics() {
    let long = format!("pkg:cpan/{}", "a/".repeat(10_000));
    for s in [
        "",
        "pkg:",
        "pkg:/",
        "pkg://",
        "pkg:cpan",
        "pkg:cpan/",
        "pkg:cpan/@",
        "pkg:cpan/a@",
        "pkg:cpan/a?",
        "pkg:cpan/a?=",
        "pkg:cpan/a?k",
        "pkg:cpan/a#",
        "pkg:cpan/a#/../",
        "pkg:cpan/%",
        "pkg:cpan/%e9",
        "pkg:cpan/é@ü?ä=ö#ß",
        "pkg:cpan/a?k=%",
        "pkg:cpan/a?k=1&k=2",
        "pkg:git/x",
        "pkg:git//x",
        "pkg:git/a/",
        "@#?/:",
        long.as_str(),
    ] {
        let _ = Purl::parse(s);
        let _ = Purl::parse_lenient(s);
        let _ = validate(s);
    }
    assert!(Purl::parse("pkg:cpan/a?k=1&k=2").is_err());
}

#[test]
fn validate_reports_each_cpan_mistake_with_its_own_rule() {
    let codes = |s: &str| validate(s).into_iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(
        codes("pkg:cpan/DateTime@1.55?author=DROLSKY"),
        Vec::<String>::new()
    );
    assert_eq!(codes("pkg:cpan/LWP::UserAgent@6.76"), ["CM602"]);
    assert_eq!(codes("pkg:cpan/drolsky/DateTime@1.55"), ["CM603"]);
    assert_eq!(codes("pkg:cpan/DateTime@1.55?author=drolsky"), ["CM603"]);
    assert_eq!(codes("pkg:cpan/cpan/DateTime@1.55"), ["CM604"]);
    assert_eq!(codes("pkg:perl/DateTime@1.55"), ["CM605"]);
    assert_eq!(codes("pkg:cpan/DROLSKY/DateTime@1.55"), ["CM607"]);
    assert_eq!(codes("pkg:CPAN/DateTime@1.55"), ["CM601"]);
    assert_eq!(codes("pkg:cpan/DateTime@1.55?Author=DROLSKY"), ["CM600"]);
    let facts = validate::MetaFacts {
        name: Some("DateTime".into()),
        version: Some("1.56".into()),
    };
    let d = validate::validate_for("pkg:cpan/DateTime@1.55", &facts);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "CM606");
    assert_eq!(
        d[0].location.span.map(crate::source::Span::range),
        Some(18..22)
    );
}
