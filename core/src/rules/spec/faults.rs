//! From a Validator fault to its rule's diagnostic.

use super::checks::Fault;
use super::{
    custom_key_not_x_prefixed, custom_resource_not_camel_case, empty_string_value, expected_list,
    expected_map, illegal_module_name, illegal_prereq_phase, illegal_prereq_relation,
    license_not_in_spec, malformed_version, meta_spec_url_mismatch, missing_mandatory_field,
    non_boolean_value, stable_release_of_dev_version, undefined_file, undefined_release_status,
    undefined_url, unknown_meta_spec_url, unknown_release_status, unknown_spec_version,
    url_missing_authority, url_missing_scheme,
};
use crate::diagnostic::{Diagnostic, Location};

/// The diagnostic of `fault`'s rule at `location`, carrying the Validator's full message.
pub(super) fn diagnostic(fault: &Fault<'_>, location: Location, compat: String) -> Diagnostic {
    let diagnostic = match *fault {
        Fault::UnknownSpec { declared } => unknown_spec_version::diagnostic(location, declared),
        Fault::Missing { key } => missing_mandatory_field::diagnostic(location, key),
        Fault::ExpectedMap => expected_map::diagnostic(location),
        Fault::ExpectedList => expected_list::diagnostic(location),
        Fault::BadVersion { value, .. } => malformed_version::diagnostic(location, value),
        Fault::NotBoolean { value, .. } => non_boolean_value::diagnostic(location, value),
        Fault::BadLicense { value } => license_not_in_spec::diagnostic(location, value),
        Fault::UndefinedString => empty_string_value::diagnostic(location),
        Fault::NoFile { .. } => undefined_file::diagnostic(location),
        Fault::UrlNoScheme { value, .. } => url_missing_scheme::diagnostic(location, value),
        Fault::UrlNoAuthority { value, .. } => url_missing_authority::diagnostic(location, value),
        Fault::UrlUndefined { .. } => undefined_url::diagnostic(location),
        Fault::SpecUrlMismatch => meta_spec_url_mismatch::diagnostic(location),
        Fault::SpecUrlUnknown => unknown_meta_spec_url::diagnostic(location),
        Fault::ReleaseStatusUndefined { .. } => undefined_release_status::diagnostic(location),
        Fault::ReleaseStatusInvalid { value, .. } => {
            unknown_release_status::diagnostic(location, value)
        }
        Fault::ReleaseStatusForVersion { value, version, .. } => {
            stable_release_of_dev_version::diagnostic(location, value, version)
        }
        Fault::CustomKey { key } => custom_key_not_x_prefixed::diagnostic(location, key),
        Fault::CustomResource { key } => custom_resource_not_camel_case::diagnostic(location, key),
        Fault::BadModule { key } => illegal_module_name::diagnostic(location, key),
        Fault::BadPhase { key } => illegal_prereq_phase::diagnostic(location, key),
        Fault::BadRelation { key } => illegal_prereq_relation::diagnostic(location, key),
    };
    diagnostic.with_compat_message(compat)
}
