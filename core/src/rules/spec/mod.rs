//! Rules of the `spec` group: a port of CPAN::Meta::Validator 2.150010.
//!
//! The port keeps the Validator's structure: [`tables`] holds `%definitions` (one file per spec
//! family), `checks` the field checks (`sub string`, `sub url`, ...), `walk` the
//! `check_map` / `check_list` walk. Each kind of message the Validator can produce is one rule
//! (one file); every diagnostic carries the Validator's exact message as `compat_message`, so
//! `lint` derives the Validator's verdict and error list from them.

mod checks;
mod faults;
pub(crate) mod perl;
pub mod tables;
mod walk;

mod custom_key_not_x_prefixed;
mod custom_resource_not_camel_case;
mod document_not_a_map;
mod empty_string_value;
mod expected_list;
mod expected_map;
mod illegal_module_name;
mod illegal_prereq_phase;
mod illegal_prereq_relation;
mod license_not_in_spec;
mod malformed_version;
mod meta_spec_url_mismatch;
mod missing_mandatory_field;
mod non_boolean_value;
mod spec_version_disagreement;
mod stable_release_of_dev_version;
mod undefined_file;
mod undefined_release_status;
mod undefined_url;
mod unknown_meta_spec_url;
mod unknown_release_status;
mod unknown_spec_version;
mod url_missing_authority;
mod url_missing_scheme;

use crate::diagnostic::Diagnostic;
use crate::model::SpecChoice;
use crate::registry::RuleMeta;
use crate::source::{Node, Value};

pub(crate) use document_not_a_map::not_a_map;

pub static RULES: &[&RuleMeta] = &[
    &unknown_spec_version::RULE,
    &missing_mandatory_field::RULE,
    &expected_map::RULE,
    &expected_list::RULE,
    &malformed_version::RULE,
    &non_boolean_value::RULE,
    &license_not_in_spec::RULE,
    &empty_string_value::RULE,
    &undefined_file::RULE,
    &url_missing_scheme::RULE,
    &url_missing_authority::RULE,
    &undefined_url::RULE,
    &meta_spec_url_mismatch::RULE,
    &unknown_meta_spec_url::RULE,
    &undefined_release_status::RULE,
    &unknown_release_status::RULE,
    &stable_release_of_dev_version::RULE,
    &custom_key_not_x_prefixed::RULE,
    &custom_resource_not_camel_case::RULE,
    &illegal_module_name::RULE,
    &illegal_prereq_phase::RULE,
    &illegal_prereq_relation::RULE,
    &document_not_a_map::RULE,
    &spec_version_disagreement::RULE,
];

/// Runs the Validator port on the document, then reports a Validator / Converter disagreement.
pub(crate) fn check(cx: &super::Context<'_>, out: &mut Vec<Diagnostic>) {
    validate_with(cx.root, cx.spec, out);
    out.extend(spec_version_disagreement::check(cx.root, cx.map, cx.spec));
}

/// `CPAN::Meta::Validator->new($data)->is_valid`: one diagnostic per message the Validator
/// reports, each with the message as `compat_message`. `root` is what Parse::CPAN::Meta returned.
pub fn validate(root: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    match &root.value {
        Value::Object(map) => validate_with(root, &SpecChoice::of(map), &mut out),
        // `eval { $data->{'meta-spec'}{'version'} }` dies on a non-hash: the spec is "1.0".
        _ => walk::Walker::new(
            checks::Scope {
                spec: crate::model::SpecVersion::V1_0,
                dist_version: "",
            },
            "1.0",
            &mut out,
        )
        .report(checks::Fault::ExpectedMap, root.span),
    }
    out
}

fn validate_with(root: &Node, choice: &SpecChoice, out: &mut Vec<Diagnostic>) {
    // `$self->{data}{version} || ''`, for `release_status`.
    let dist_version = root
        .value
        .as_object()
        .and_then(|m| m.get("version"))
        .filter(|v| perl::truthy(&v.value))
        .map_or("", |v| perl::stringify(&v.value));
    let scope = checks::Scope {
        spec: choice.validator.unwrap_or(crate::model::SpecVersion::V1_0),
        dist_version,
    };
    let mut walker = walk::Walker::new(scope, &choice.declared, out);
    if let Some(spec) = choice.validator {
        walker.check_map(tables::definition(spec), root);
    } else {
        let (pointer, span) = match root.pointer("/meta-spec/version") {
            Some(version) => ("/meta-spec/version", version.span),
            None => ("", root.span),
        };
        let declared = &choice.declared;
        walker.report_at(checks::Fault::UnknownSpec { declared }, pointer, span);
    }
}

#[cfg(test)]
mod tests {
    //! Expected messages below are CPAN::Meta::Validator 2.150010's, as recorded in
    //! tests/oracle/validator-probes-results.jsonl and the shared edge cases.
    use super::*;
    use crate::source::{Entry, Object, Span};

    fn messages(json: &str) -> Vec<String> {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let mut out: Vec<String> = validate(&Node::from_json(&value))
            .into_iter()
            .filter_map(|d| d.compat_message)
            .collect();
        out.sort();
        out
    }

    const V2: &str = r#""abstract":"a","author":["b"],"dynamic_config":0,"generated_by":"c","license":["perl_5"],"meta-spec":{"version":"2"},"name":"d","release_status":"stable""#;

    #[test]
    fn an_empty_version_passes_silently_and_trailing_text_is_ignored() {
        assert!(messages(&format!(r#"{{{V2},"version":""}}"#)).is_empty());
        assert!(messages(&format!(r#"{{{V2},"version":"1.0abc"}}"#)).is_empty());
        assert_eq!(
            messages(&format!(r#"{{{V2},"version":".5"}}"#)),
            ["'.5' for 'version' is not a valid version. (version) [Validation: 2]"]
        );
    }

    #[test]
    fn a_null_mandatory_field_is_missing_and_also_checked() {
        assert_eq!(
            messages(&format!(r#"{{{V2},"version":"1","release_status":null}}"#)),
            [
                "'release_status' is not defined (release_status) [Validation: 2]",
                "Missing mandatory field, 'release_status' (release_status) [Validation: 2]",
            ]
        );
    }

    #[test]
    fn list_items_label_the_path_by_their_perl_truth() {
        assert_eq!(
            messages(&format!(
                r#"{{{V2},"version":"1","license":[null,"perl",{{}}]}}"#
            )),
            [
                "License '<undef>' is invalid (license -> <undef>) [Validation: 2]",
                "License 'HASH(0xADDR)' is invalid (license -> HASH(0xADDR)) [Validation: 2]",
                "License 'perl' is invalid (license -> perl) [Validation: 2]",
            ]
        );
    }

    #[test]
    fn an_unknown_spec_version_stops_validation_without_a_path() {
        assert_eq!(
            messages(r#"{"meta-spec":{"version":"2.0"},"name":""}"#),
            ["Unknown META specification, cannot validate. [Validation: 2.0]"]
        );
    }

    #[test]
    fn the_phase_check_is_unanchored_and_the_1_2_no_index_typo_is_kept() {
        assert!(messages(&format!(
            r#"{{{V2},"version":"1","prereqs":{{"foox_bar":{{}}}}}}"#
        ))
        .is_empty());
        let v12 = r#""abstract":"a","author":["b"],"generated_by":"c","license":"perl","name":"d","version":"1","meta-spec":{"version":"1.2","url":"http://module-build.sourceforge.net/META-spec-v1.2.html"}"#;
        assert!(messages(&format!(r#"{{{v12},"no_index":"garbage"}}"#)).is_empty());
    }

    #[test]
    fn a_root_that_is_not_a_map_is_expected_to_be_one() {
        assert_eq!(
            messages("[1,2]"),
            ["Expected a map structure from string or file. [Validation: 1.0]"]
        );
    }

    fn at(start: usize, value: Value) -> Node {
        Node::new(value, Span::new(start, start + 1))
    }

    fn entry(key: &str, key_start: usize, value: Node) -> Entry {
        Entry {
            key: key.into(),
            key_span: Span::new(key_start, key_start + 1),
            value,
        }
    }

    /// Bad keys are located at the key, bad values at the value, missing keys at their map.
    #[test]
    fn findings_point_at_the_key_the_value_or_the_enclosing_map() {
        let requires = at(
            40,
            Value::Object(Object {
                entries: vec![entry("Foo-Bar", 41, at(42, Value::String("x".into())))],
            }),
        );
        let root = at(
            0,
            Value::Object(Object {
                entries: vec![entry("requires", 30, requires)],
            }),
        );
        let found: Vec<(String, String, Span)> = validate(&root)
            .into_iter()
            .map(|d| (d.code, d.location.pointer, d.location.span.unwrap()))
            .collect();
        assert!(found.contains(&("CM101".into(), "/version".into(), Span::new(0, 1))));
        assert!(found.contains(&(
            "CM119".into(),
            "/requires/Foo-Bar".into(),
            Span::new(41, 42)
        )));
        assert!(found.contains(&(
            "CM104".into(),
            "/requires/Foo-Bar".into(),
            Span::new(42, 43)
        )));
    }
}
