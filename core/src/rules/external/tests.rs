use crate::diagnostic::Diagnostic;
use crate::lint::{lint, LintOptions, Mode};
use crate::rules::test_support::{check_json, spec};

/// The external group's findings on a META.json with this `x_external_prereqs` (and prereqs).
fn run(external: &str, prereqs: &str) -> Vec<Diagnostic> {
    let text = format!(
        r#"{{"name":"Foo","version":"1.0","abstract":"x","author":["A <a@b.c>"],"license":["perl_5"],
"dynamic_config":0,"release_status":"stable","generated_by":"hand",
"meta-spec":{{"version":2}},"prereqs":{prereqs},"x_external_prereqs":{external}}}"#
    );
    let mut options = LintOptions::new(Mode::Strict);
    options.filename = Some("META.json".into());
    options.select = vec!["external".into()];
    lint(text.as_bytes(), &options).diagnostics
}

fn codes(external: &str) -> Vec<String> {
    run(external, "{}").into_iter().map(|d| d.code).collect()
}

fn requires(deps: &str) -> String {
    format!(r#"{{"runtime":{{"requires":{deps}}}}}"#)
}

#[test]
fn a_good_declaration_is_clean() {
    let ext = requires(
        r#"{"pkg:generic/openssl":"3.0","pkg:pypi/numpy":">=1.21, <2","pkg:cargo/serde":"^1",
        "pkg:npm/left-pad":"^1.3.0 || 2.x","pkg:deb/debian/libssl-dev":">= 3.0.2-0ubuntu1",
        "pkg:rpm/fedora/openssl-devel":"vers:rpm/>=3.0","dep:virtual/compiler/c":0,
        "dep:virtual/service/postgresql":">= 12"}"#,
    );
    assert_eq!(codes(&ext), Vec::<String>::new());
}

#[test]
fn keys() {
    assert_eq!(codes(&requires(r#"{"openssl":0}"#)), ["CM700"]);
    assert_eq!(codes(&requires(r#"{"dep:virtual/compiler":0}"#)), ["CM700"]);
    assert_eq!(
        codes(&requires(r#"{"pkg:generic/openssl@3.0":0}"#)),
        ["CM702"]
    );
    assert_eq!(codes(&requires(r#"{"pkg:pip/numpy":0}"#)), ["CM703"]);
    assert_eq!(codes(&requires(r#"{"pkg:cpan/libwww-perl":0}"#)), ["CM705"]);
    assert_eq!(
        codes(&requires(r#"{"dep:virtual/tool/pkgconfig":0}"#)),
        ["CM706"]
    );
    assert_eq!(codes(&requires(r#"{"dep:virtual/gadget/x":0}"#)), ["CM706"]);
    // A malformed `pkg:` key is the purl rules' (CM600), not reported twice.
    assert_eq!(codes(&requires(r#"{"pkg:":0}"#)), Vec::<String>::new());
}

#[test]
fn non_canonical_key_has_a_safe_fix() {
    let out = run(&requires(r#"{"virtual:compiler/c":0}"#), "{}");
    assert_eq!(out.len(), 1);
    let fix = out[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.edits[0].content, "dep:virtual/compiler/c");
    let out = run(&requires(r#"{"dep:generic/openssl":0}"#), "{}");
    assert_eq!(out[0].code, "CM701");
    assert!(out[0].message.contains("`pkg:generic/openssl`"));
}

#[test]
fn duplicates_are_found_across_spellings() {
    let out = run(
        &requires(r#"{"compiler/c":0,"dep:virtual/compiler/c":0}"#),
        "{}",
    );
    let dup: Vec<_> = out.iter().filter(|d| d.code == "CM704").collect();
    assert_eq!(dup.len(), 1);
    assert_eq!(dup[0].related.len(), 1);
    // The same key in two phases is two declarations, not a duplicate.
    let two = r#"{"build":{"requires":{"pkg:generic/zlib":0}},"runtime":{"requires":{"pkg:generic/zlib":0}}}"#;
    assert_eq!(codes(two), Vec::<String>::new());
}

#[cfg(feature = "external-ranges")]
#[test]
fn ranges() {
    assert_eq!(codes(&requires(r#"{"pkg:pypi/numpy":"^1.21"}"#)), ["CM707"]);
    assert_eq!(
        codes(&requires(r#"{"pkg:cargo/serde":">=2, <1"}"#)),
        ["CM708"]
    );
    assert_eq!(
        codes(&requires(
            r#"{"pkg:deb/debian/libssl-dev":">= 1.0, < 1.0~rc1"}"#
        )),
        ["CM708"]
    );
    assert_eq!(codes(&requires(r#"{"pkg:generic/openssl":""}"#)), ["CM707"]);
    assert_eq!(
        codes(&requires(r#"{"pkg:npm/x":"vers:pypi/>=1"}"#)),
        ["CM707"]
    );
}

#[test]
fn alien_prerequisites_want_a_declaration() {
    let prereqs = r#"{"configure":{"requires":{"Alien::Build":"0"}},"runtime":{"requires":{"Alien::OpenSSL":"0"}}}"#;
    let out = run("{}", prereqs);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].code, "CM709");
    assert!(out[0]
        .help
        .as_deref()
        .unwrap()
        .contains("pkg:generic/openssl"));
    let ext = r#"{"runtime":{"requires":{"pkg:deb/debian/libssl-dev":0,"pkg:generic/openssl":0}}}"#;
    assert!(run(ext, prereqs).is_empty());
}

#[test]
fn no_extension_no_findings() {
    let out = check_json(
        super::check,
        r#"{"name":"Foo","x_external_prereqs":[1,2]}"#,
        &spec("2"),
    );
    assert!(out.is_empty());
}

#[test]
fn the_fix_rewrites_exactly_the_key() {
    let text =
        r#"{"name":"Foo","x_external_prereqs":{"build":{"requires":{"virtual:compiler/c":0}}}}"#;
    let mut options = LintOptions::new(Mode::Strict);
    options.filename = Some("META.json".into());
    options.select = vec!["CM701".into()];
    let report = lint(text.as_bytes(), &options);
    let fix = report.diagnostics[0].fix.as_ref().expect("a fix");
    let edit = &fix.edits[0];
    let mut fixed = text.to_owned();
    fixed.replace_range(edit.span.range(), &edit.content);
    assert_eq!(
        fixed,
        r#"{"name":"Foo","x_external_prereqs":{"build":{"requires":{"dep:virtual/compiler/c":0}}}}"#
    );
}
