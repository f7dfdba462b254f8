//! Versions, ranges, purls and licenses on their own, as the Python package offers them: thin
//! JSON-speaking forwards to the core (version.pm semantics, CPAN::Meta::Requirements ranges,
//! Package URLs, the CPAN license table and SPDX expressions).

use std::cmp::Ordering;

use cpanmeta::license::{self, table::Vocabulary};
use cpanmeta::purl::{self, Purl};
use cpanmeta::version::{Range, Version};
use serde_json::{json, Value};

use crate::api::{envelope, ApiError};

fn parse_version(text: &str) -> Result<Version, ApiError> {
    Version::parse(text).map_err(|e| ApiError::value(format!("{text:?}: {e}")))
}

fn parse_range(text: &str) -> Result<Range, ApiError> {
    Range::parse(text).map_err(|e| ApiError::value(e.to_string()))
}

/// version.pm's view of a version: `{original, numify, normal, is_alpha, is_qv}`.
pub fn version_info(text: &str) -> String {
    envelope(parse_version(text).map(|v| {
        json!({
            "original": v.stringify(), "numify": v.numify(), "normal": v.normal(),
            "is_alpha": v.is_alpha(), "is_qv": v.is_qv(),
        })
    }))
}

/// `-1`, `0` or `1` as version.pm's `<=>` orders `a` and `b`.
pub fn compare_versions(a: &str, b: &str) -> String {
    envelope(parse_version(a).and_then(|a| {
        parse_version(b).map(|b| match a.cmp(&b) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        })
    }))
}

/// A requirement string as CPAN::Meta::Requirements reads it: `{range, is_empty, empty_reason}`.
pub fn range_info(text: &str) -> String {
    envelope(parse_range(text).map(|r| {
        json!({ "range": r.to_string(), "is_empty": r.is_empty(), "empty_reason": r.empty_reason() })
    }))
}

/// Whether `version` satisfies the range.
pub fn range_accepts(range: &str, version: &str) -> String {
    envelope(parse_range(range).and_then(|r| parse_version(version).map(|v| r.accepts(&v))))
}

/// The range both allow, as CPAN::Meta::Requirements merges two requirements.
pub fn intersect_ranges(a: &str, b: &str) -> String {
    envelope(parse_range(a).and_then(|a| parse_range(b).map(|b| a.intersect(&b).to_string())))
}

/// A Package URL's components and canonical form.
pub fn purl_parse(text: &str) -> String {
    envelope(
        Purl::parse(text)
            .map(|p| {
                let mut v = p.to_json();
                if let Value::Object(map) = &mut v {
                    map.insert("canonical".into(), Value::String(p.to_string()));
                }
                v
            })
            .map_err(|e| ApiError::value(e.to_string())),
    )
}

/// The findings for one purl on its own (the purl rules); empty when it is valid and canonical.
pub fn purl_validate(text: &str) -> String {
    envelope::<Vec<cpanmeta::Diagnostic>>(Ok(purl::validate(text)))
}

/// The SPDX expression a CPAN license string stands for under meta-spec `spec_version`
/// (`"2"`, or `"1.0"`–`"1.4"`), or null for a string that version does not define.
pub fn spdx_for_cpan_license(string: &str, spec_version: &str) -> String {
    let vocabulary = match spec_version {
        "2" => Ok(Vocabulary::V2),
        "1" | "1.0" | "1.1" | "1.2" | "1.3" | "1.4" => Ok(Vocabulary::V1),
        other => Err(ApiError::value(format!(
            "unknown spec version {other:?} (expected 2 or 1.0-1.4)"
        ))),
    };
    envelope(vocabulary.map(|v| license::table::lookup(v, string).map(|e| e.spdx.clone())))
}

/// Checks an SPDX license expression: `{valid, terms, problems, normalised}`.
pub fn check_spdx_expression(text: &str) -> String {
    envelope::<license::expression::Checked>(Ok(license::expression::check(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Value {
        let v: Value = serde_json::from_str(text).expect("JSON");
        assert!(v.get("error").is_none(), "unexpected error: {v}");
        v["ok"].clone()
    }

    fn error_code(text: &str) -> String {
        let v: Value = serde_json::from_str(text).expect("JSON");
        v["error"]["code"].as_str().expect("an error").to_owned()
    }

    // Expected values: perl 5.36, version.pm 0.9929:
    //   perl -Mversion -E 'say version->parse("1.10")->numify; say version->parse("v1.2.3")->normal'
    #[test]
    fn versions_follow_version_pm() {
        let v = ok(&version_info("1.10"));
        assert_eq!(v["numify"], "1.100");
        assert_eq!(v["is_qv"], false);
        assert_eq!(ok(&version_info("v1.2.3"))["normal"], "v1.2.3");
        assert_eq!(ok(&version_info("1.2_3"))["is_alpha"], true);
        assert_eq!(ok(&compare_versions("1.10", "1.9")), json!(-1));
        assert_eq!(error_code(&version_info("1.2a")), "INVALID_VALUE");
    }

    #[test]
    fn ranges_follow_cpan_meta_requirements() {
        assert_eq!(
            ok(&range_accepts(">= 1.2, != 1.5, < 2.0", "1.5")),
            json!(false)
        );
        assert_eq!(
            ok(&range_accepts(">= 1.2, != 1.5, < 2.0", "1.6")),
            json!(true)
        );
        assert_eq!(ok(&range_info(">= 2, < 1"))["is_empty"], true);
        assert_eq!(error_code(&range_info(">= 2.08a")), "INVALID_VALUE");
    }

    // Examples from the purl-spec's cpan type definition.
    #[test]
    fn purls_parse_to_canonical_form() {
        let p = ok(&purl_parse("pkg:CPAN/DBI@1.646"));
        assert_eq!(p["type"], "cpan");
        assert_eq!(p["name"], "DBI");
        assert_eq!(p["canonical"], "pkg:cpan/DBI@1.646");
        assert_eq!(error_code(&purl_parse("not a purl")), "INVALID_VALUE");
        assert!(ok(&purl_validate("pkg:cpan/DBI@1.646"))
            .as_array()
            .is_some_and(Vec::is_empty));
    }

    #[test]
    fn cpan_license_strings_map_to_spdx() {
        assert_eq!(
            ok(&spdx_for_cpan_license("perl_5", "2")),
            "Artistic-1.0-Perl OR GPL-1.0-or-later"
        );
        assert_eq!(ok(&spdx_for_cpan_license("no-such", "2")), Value::Null);
        assert_eq!(
            error_code(&spdx_for_cpan_license("perl", "3")),
            "INVALID_VALUE"
        );
        assert_eq!(
            ok(&check_spdx_expression("MIT OR Apache-2.0"))["valid"],
            true
        );
    }
}
