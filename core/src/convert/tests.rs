use super::*;

fn conv(yaml: &str) -> Conversion {
    let mut o = LintOptions::new(crate::Mode::Strict);
    o.filename = Some("META.yml".into());
    convert(
        yaml.as_bytes(),
        &o,
        "CPAN::Meta::Converter version 2.150010",
    )
}

fn codes(c: &Conversion) -> Vec<&str> {
    c.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn a_clean_1_4_file_converts_without_findings() {
    let c = conv("---\nname: Foo-Bar\nversion: 1.0\nabstract: x\nauthor: [a]\nlicense: perl\nmeta-spec:\n  version: 1.4\nrequires:\n  Foo::Bar: 1.2\n");
    assert_eq!(codes(&c), Vec::<&str>::new());
    let doc = c.document.unwrap();
    assert_eq!(doc["license"], serde_json::json!(["perl_5"]));
    assert_eq!(doc["prereqs"]["runtime"]["requires"]["Foo::Bar"], "1.2");
    assert_eq!(doc["release_status"], "stable");
}

#[test]
fn lossy_steps_are_reported_where_they_happen() {
    let c = conv("---\nname: Foo-Bar\nversion: 1.0\nabstract: x\nauthor: [a]\nlicense: gpl\nmeta-spec:\n  version: 1.4\nrequires:\n  Foo-Bar: 1\n  Baz: 1.2beta\n  Quux: Other::Mod\nresources:\n  repository: github.com/x\n  MailingList: http://x\ndistribution_type: module\n");
    let mut got = codes(&c);
    got.sort_unstable();
    assert_eq!(
        got,
        ["CM351", "CM352", "CM353", "CM354", "CM355", "CM356", "CM357"]
    );
    let doc = c.document.unwrap();
    let req = &doc["prereqs"]["runtime"]["requires"];
    assert_eq!(req["Baz"], "1.2");
    assert_eq!(req["Quux"], "0");
    assert_eq!(req["Other::Mod"], "0");
    assert!(req.get("Foo-Bar").is_none());
    assert_eq!(doc["resources"]["x_MailingList"], "http://x");
    let d = c.diagnostics.iter().find(|d| d.code == "CM351").unwrap();
    assert_eq!(d.location.pointer, "/requires/Foo-Bar");
    assert_eq!(d.location.start.unwrap().line, 10);
}

#[test]
fn a_contradictory_range_stops_the_conversion() {
    let c = conv("---\nname: A\nversion: 1\nrequires:\n  Foo: '>= 2, < 1'\n");
    assert!(c.document.is_none());
    assert!(codes(&c).contains(&"CM350"));
}

#[test]
fn unreadable_input_is_a_finding_not_a_panic() {
    let c = conv("- just\n- a list\n");
    assert_eq!(codes(&c), ["CM350"]);
    let c = conv(": : :\n\t");
    assert_eq!(codes(&c), ["CM350"]);
}

#[test]
fn what_spec_1_2_carries_over_is_not_reported_as_dropped() {
    let c = conv("---\nname: A\nversion: 1\nmeta-spec:\n  version: 1.1\nlicense_url: http://x.org/l\nprivate:\n  - t\n");
    let doc = c.document.clone().unwrap();
    assert_eq!(
        doc["resources"]["license"],
        serde_json::json!(["http://x.org/l"])
    );
    assert_eq!(doc["no_index"]["directory"], serde_json::json!(["t"]));
    assert!(!codes(&c).contains(&"CM357"), "{:?}", c.diagnostics);
    let c =
        conv("---\nname: A\nversion: 1\nmeta-spec:\n  version: 1.4\nlicense_url: http://x.org/l\n");
    assert!(codes(&c).contains(&"CM357"));
}
