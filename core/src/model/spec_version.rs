//! The meta-spec version a document is validated against, and the one it is read as.
//!
//! CPAN::Meta::Validator and CPAN::Meta::Converter disagree on purpose: the Validator takes
//! `meta-spec.version` as written (`eval { $data->{'meta-spec'}{'version'} } || "1.0"`) and
//! knows only the exact strings `1.0` … `1.4` and `2`; the Converter (`_extract_spec_version`)
//! normalises numerically (`2.0` is 2) and otherwise guesses from the fields present.

use crate::rules::spec::perl;
use crate::source::Object;

/// The versions of CPAN::Meta::Spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum SpecVersion {
    #[serde(rename = "1.0")]
    V1_0,
    #[serde(rename = "1.1")]
    V1_1,
    #[serde(rename = "1.2")]
    V1_2,
    #[serde(rename = "1.3")]
    V1_3,
    #[serde(rename = "1.4")]
    V1_4,
    #[serde(rename = "2")]
    V2,
}

/// Every version, oldest first.
const ALL: [SpecVersion; 6] = [
    SpecVersion::V1_0,
    SpecVersion::V1_1,
    SpecVersion::V1_2,
    SpecVersion::V1_3,
    SpecVersion::V1_4,
    SpecVersion::V2,
];

impl SpecVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            SpecVersion::V1_0 => "1.0",
            SpecVersion::V1_1 => "1.1",
            SpecVersion::V1_2 => "1.2",
            SpecVersion::V1_3 => "1.3",
            SpecVersion::V1_4 => "1.4",
            SpecVersion::V2 => "2",
        }
    }

    /// The Validator's key for a `meta-spec.version` string, exactly (`"2"`, `"1.4"` ...).
    pub fn from_validator_key(s: &str) -> Option<Self> {
        ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The version as a number, for the Converter's `==` comparison.
    fn number(self) -> f64 {
        match self {
            SpecVersion::V1_0 => 1.0,
            SpecVersion::V1_1 => 1.1,
            SpecVersion::V1_2 => 1.2,
            SpecVersion::V1_3 => 1.3,
            SpecVersion::V1_4 => 1.4,
            SpecVersion::V2 => 2.0,
        }
    }
}

/// The spec version the Validator uses for a document and the one CPAN::Meta::Converter infers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SpecChoice {
    /// `meta-spec.version || "1.0"` as the Validator computes it (Perl's string; a reference
    /// is `HASH(0xADDR)` / `ARRAY(0xADDR)`).
    pub declared: String,
    /// The spec the Validator validates with; `None` when it knows no such version.
    pub validator: Option<SpecVersion>,
    /// What CPAN::Meta::Converter's `_extract_spec_version` infers.
    pub converter: Option<SpecVersion>,
}

impl SpecChoice {
    /// Computes the choice as the Validator's constructor and the Converter do.
    pub fn of(map: &Object) -> Self {
        let declared = validator_declared(map);
        SpecChoice {
            validator: SpecVersion::from_validator_key(&declared),
            converter: Some(converter_version(map)),
            declared,
        }
    }
}

/// `eval { $data->{'meta-spec'}{'version'} } || "1.0"`. Dereferencing a `meta-spec` that is not
/// a hash dies under `strict refs` (the `eval` yields undef); a missing one autovivifies.
fn validator_declared(map: &Object) -> String {
    let version = map
        .get("meta-spec")
        .and_then(|m| m.value.as_object())
        .and_then(|m| m.get("version"))
        .filter(|v| perl::truthy(&v.value));
    version
        .map_or("1.0", |v| perl::stringify(&v.value))
        .to_owned()
}

/// `CPAN::Meta::Converter::_extract_spec_version($data)` (no default version).
fn converter_version(map: &Object) -> SpecVersion {
    let Some(spec) = map.get("meta-spec").and_then(|m| m.value.as_object()) else {
        // "before meta-spec": undef, absent, or not a hash.
        return SpecVersion::V1_0;
    };
    let text = spec
        .get("version")
        .filter(|v| !v.value.is_null())
        .map(|v| perl::stringify(&v.value));
    if let Some(v) = text.filter(|v| looks_numeric(v)) {
        if let Some(known) = SpecVersion::from_validator_key(v) {
            return known;
        }
        let n = perl_numify(v);
        if let Some(known) = ALL.into_iter().find(|k| k.number().total_cmp(&n).is_eq()) {
            return known;
        }
    }
    if map.get("prereqs").is_some() {
        SpecVersion::V2
    } else if map.get("configure_requires").is_some() {
        SpecVersion::V1_4
    } else {
        SpecVersion::V1_2
    }
}

/// `$v =~ /^\d+(?:\.\d+)?$/`: Perl's `\d` is any Unicode decimal digit, and `$` also matches
/// before a final newline.
fn looks_numeric(v: &str) -> bool {
    let v = v.strip_suffix('\n').unwrap_or(v);
    let digits = |s: &str| !s.is_empty() && s.chars().all(is_decimal_digit);
    match v.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac),
        None => digits(v),
    }
}

/// Unicode `Nd`, as Perl's `\d` on a character string.
fn is_decimal_digit(c: char) -> bool {
    static DIGIT: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\A\d\z").expect("static regex"));
    c.is_ascii_digit() || (!c.is_ascii() && DIGIT.is_match(c.encode_utf8(&mut [0; 4])))
}

/// Perl's numification of a string that matched [`looks_numeric`]: the leading ASCII
/// `digits[.digits]` (a non-ASCII digit ends the number).
fn perl_numify(v: &str) -> f64 {
    let end = v
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(v.len(), |(i, _)| i);
    let mut s = &v[..end];
    // A second `.` cannot occur (the pattern allows one), but a trailing one can: `1.` is 1.
    if let Some(stripped) = s.strip_suffix('.') {
        s = stripped;
    }
    s.parse::<f64>().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Node;

    fn choice(json: &str) -> SpecChoice {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let node = Node::from_json(&value);
        SpecChoice::of(node.value.as_object().unwrap())
    }

    fn versions(c: &SpecChoice) -> (&str, Option<&str>, Option<&str>) {
        (
            c.declared.as_str(),
            c.validator.map(SpecVersion::as_str),
            c.converter.map(SpecVersion::as_str),
        )
    }

    #[test]
    fn without_meta_spec_the_validator_assumes_1_0_and_the_converter_too() {
        assert_eq!(
            versions(&choice(r#"{"name":"x"}"#)),
            ("1.0", Some("1.0"), Some("1.0"))
        );
        assert_eq!(
            versions(&choice(r#"{"prereqs":{}}"#)),
            ("1.0", Some("1.0"), Some("1.0"))
        );
    }

    #[test]
    fn a_meta_spec_that_is_not_a_hash_is_ignored_by_both() {
        assert_eq!(
            versions(&choice(r#"{"meta-spec":"1.4"}"#)),
            ("1.0", Some("1.0"), Some("1.0"))
        );
    }

    #[test]
    fn the_validator_wants_the_exact_string_the_converter_normalises() {
        assert_eq!(
            versions(&choice(r#"{"meta-spec":{"version":"2.0"}}"#)),
            ("2.0", None, Some("2"))
        );
        assert_eq!(
            versions(&choice(r#"{"meta-spec":{"version":"1.400"}}"#)),
            ("1.400", None, Some("1.4"))
        );
        assert_eq!(
            versions(&choice(r#"{"meta-spec":{"version":2}}"#)),
            ("2", Some("2"), Some("2"))
        );
    }

    #[test]
    fn the_converter_guesses_from_fields_when_the_version_is_unusable() {
        assert_eq!(
            versions(&choice(r#"{"meta-spec":{"version":"X"},"prereqs":{}}"#)),
            ("X", None, Some("2"))
        );
        assert_eq!(
            versions(&choice(
                r#"{"meta-spec":{"version":"99"},"configure_requires":{}}"#
            )),
            ("99", None, Some("1.4"))
        );
        assert_eq!(
            versions(&choice(r#"{"meta-spec":{}}"#)),
            ("1.0", Some("1.0"), Some("1.2"))
        );
    }

    #[test]
    fn perl_truthiness_and_stringification_decide_the_declared_version() {
        assert_eq!(choice(r#"{"meta-spec":{"version":"0"}}"#).declared, "1.0");
        assert_eq!(choice(r#"{"meta-spec":{"version":""}}"#).declared, "1.0");
        assert_eq!(choice(r#"{"meta-spec":{"version":false}}"#).declared, "1.0");
        assert_eq!(choice(r#"{"meta-spec":{"version":true}}"#).declared, "1");
        assert_eq!(
            choice(r#"{"meta-spec":{"version":{}}}"#).declared,
            "HASH(0xADDR)"
        );
        assert_eq!(
            choice(r#"{"meta-spec":{"version":[]}}"#).declared,
            "ARRAY(0xADDR)"
        );
    }

    #[test]
    fn the_converter_accepts_a_trailing_newline_and_numeric_equality() {
        assert_eq!(
            choice("{\"meta-spec\":{\"version\":\"2\\n\"}}").converter,
            Some(SpecVersion::V2)
        );
        assert_eq!(
            choice(r#"{"meta-spec":{"version":true}}"#).converter,
            Some(SpecVersion::V1_0)
        );
    }
}
