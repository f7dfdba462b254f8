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
