//! The Validator's field checks (`sub string`, `sub version`, `sub url`, ...), each reporting the
//! faults the Perl sub would report through `_error`, with the same tests in the same order.
//!
//! A check receives the Validator's `$key` (the data key, or `list` for a list item) and the value
//! as Perl sees it. The Perl subs' return values are ignored by `check_map` / `check_list`, so
//! only the reported faults matter here; where a sub fails without reporting (`version` on the
//! empty string) the port reports nothing either.

use std::sync::LazyLock;

use regex::Regex;

use super::perl::{string_truthy, stringify, strip_final_newline, truthy};
use super::tables::known::{known_spec_url, V1_LICENSES, V2_LICENSES};
use super::tables::{KeyCheck, ValueCheck};
use crate::model::SpecVersion;
use crate::source::Value;

/// One message the Validator reports, before the `(path)` and `[Validation: x]` suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault<'a> {
    /// `$definitions{$spec}` does not exist (`declared` is `$spec`).
    UnknownSpec {
        declared: &'a str,
    },
    /// `check_map` on something that is not a hash.
    ExpectedMap,
    /// `check_list` on something that is not an array.
    ExpectedList,
    /// A mandatory key is absent or undef.
    Missing {
        key: &'a str,
    },
    UndefinedString,
    NoFile {
        key: &'a str,
    },
    BadVersion {
        value: &'a str,
        key: &'a str,
    },
    NotBoolean {
        value: &'a str,
        key: &'a str,
    },
    BadLicense {
        value: &'a str,
    },
    UrlUndefined {
        key: &'a str,
    },
    UrlNoScheme {
        value: &'a str,
        key: &'a str,
    },
    UrlNoAuthority {
        value: &'a str,
        key: &'a str,
    },
    SpecUrlMismatch,
    SpecUrlUnknown,
    ReleaseStatusUndefined {
        key: &'a str,
    },
    ReleaseStatusInvalid {
        value: &'a str,
        key: &'a str,
    },
    ReleaseStatusForVersion {
        value: &'a str,
        key: &'a str,
        version: &'a str,
    },
    CustomKey {
        key: &'a str,
    },
    CustomResource {
        key: &'a str,
    },
    BadModule {
        key: &'a str,
    },
    BadPhase {
        key: &'a str,
    },
    BadRelation {
        key: &'a str,
    },
}

impl Fault<'_> {
    /// The text the Validator passes to `_error`.
    pub(crate) fn validator_text(&self) -> String {
        match self {
            Fault::UnknownSpec { .. } => "Unknown META specification, cannot validate.".to_owned(),
            Fault::ExpectedMap => "Expected a map structure from string or file.".to_owned(),
            Fault::ExpectedList => "Expected a list structure".to_owned(),
            Fault::Missing { key } => format!("Missing mandatory field, '{key}'"),
            Fault::UndefinedString => "value is an undefined string".to_owned(),
            Fault::NoFile { key } => format!("No file defined for '{key}'"),
            Fault::BadVersion { value, key } => {
                format!("'{value}' for '{key}' is not a valid version.")
            }
            Fault::NotBoolean { value, key } => {
                format!("'{value}' for '{key}' is not a boolean value.")
            }
            Fault::BadLicense { value } => format!("License '{value}' is invalid"),
            Fault::UrlUndefined { key } => format!("'' for '{key}' is not a valid URL."),
            Fault::UrlNoScheme { value, key } => {
                format!("'{value}' for '{key}' does not have a URL scheme")
            }
            Fault::UrlNoAuthority { value, key } => {
                format!("'{value}' for '{key}' does not have a URL authority")
            }
            Fault::SpecUrlMismatch => "META specification URL does not match version".to_owned(),
            Fault::SpecUrlUnknown => "Unknown META specification".to_owned(),
            Fault::ReleaseStatusUndefined { key } => format!("'{key}' is not defined"),
            Fault::ReleaseStatusInvalid { value, key } => {
                format!("'{value}' for '{key}' is invalid")
            }
            Fault::ReleaseStatusForVersion {
                value,
                key,
                version,
            } => format!("'{value}' for '{key}' is invalid for version '{version}'"),
            Fault::CustomKey { key } => {
                format!("Custom key '{key}' must begin with 'x_' or 'X_'.")
            }
            Fault::CustomResource { key } => {
                format!("Custom resource '{key}' must be in CamelCase.")
            }
            Fault::BadModule { key } => format!("Key '{key}' is not a legal module name."),
            Fault::BadPhase { key } => format!("Key '{key}' is not a legal phase."),
            Fault::BadRelation { key } => {
                format!("Key '{key}' is not a legal prereq relationship.")
            }
        }
    }
}

/// What the checks need to know about the document besides the value at hand.
pub(crate) struct Scope<'a> {
    pub spec: SpecVersion,
    /// `$self->{data}{version} || ''`, for `release_status`.
    pub dist_version: &'a str,
}

/// `sub version`'s pattern, anchored at the start only: `1.0abc` and `1.2.3.4.5` pass.
static VERSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\A\s*(?:(?:<|<=|>=|>|!=|==)\s*)?v?\d+").expect("static regex"));

/// Runs a value check, reporting each fault through `report`.
pub(crate) fn check_value<'a>(
    check: ValueCheck,
    key: &'a str,
    value: &'a Value,
    scope: &Scope<'a>,
    report: &mut impl FnMut(Fault<'a>),
) {
    let defined = !value.is_null();
    let text = stringify(value);
    match check {
        ValueCheck::Anything => {}
        ValueCheck::String => {
            if !(defined && (truthy(value) || strip_final_newline(text) == "0")) {
                report(Fault::UndefinedString);
            }
        }
        ValueCheck::File => {
            if !defined {
                report(Fault::NoFile { key });
            }
        }
        ValueCheck::Version => {
            if defined {
                version(key, text, truthy(value), report);
            } else {
                report(Fault::BadVersion {
                    value: "<undef>",
                    key,
                });
            }
        }
        ValueCheck::ExVersion => {
            if defined && (truthy(value) || text.contains('0')) {
                for piece in perl_split_commas(text) {
                    version(key, piece, string_truthy(piece), report);
                }
            } else {
                let value = if defined { text } else { "<undef>" };
                report(Fault::BadVersion { value, key });
            }
        }
        ValueCheck::Boolean => {
            if !defined {
                report(Fault::NotBoolean {
                    value: "<undef>",
                    key,
                });
            } else if !matches!(strip_final_newline(text), "0" | "1") {
                report(Fault::NotBoolean { value: text, key });
            }
        }
        ValueCheck::License => {
            let known = if scope.spec < SpecVersion::V2 {
                V1_LICENSES
            } else {
                V2_LICENSES
            };
            if !defined {
                report(Fault::BadLicense { value: "<undef>" });
            } else if !(truthy(value) && known.contains(&text)) {
                report(Fault::BadLicense { value: text });
            }
        }
        ValueCheck::Url => {
            if defined {
                url(key, text, report);
            } else {
                report(Fault::UrlUndefined { key });
            }
        }
        ValueCheck::UrlSpec => {
            let truthy = truthy(value);
            if defined && truthy && known_spec_url(scope.spec) == Some(text) {
                return;
            }
            let known = [
                SpecVersion::V1_0,
                SpecVersion::V1_1,
                SpecVersion::V1_2,
                SpecVersion::V1_3,
                SpecVersion::V1_4,
            ]
            .into_iter()
            .any(|v| known_spec_url(v) == Some(text));
            if defined && truthy && known {
                report(Fault::SpecUrlMismatch);
            } else {
                report(Fault::SpecUrlUnknown);
            }
        }
        ValueCheck::ReleaseStatus => {
            if !defined {
                report(Fault::ReleaseStatusUndefined { key });
            } else if scope.dist_version.contains('_') {
                if !matches!(text, "testing" | "unstable") {
                    report(Fault::ReleaseStatusForVersion {
                        value: text,
                        key,
                        version: scope.dist_version,
                    });
                }
            } else if !matches!(text, "stable" | "testing" | "unstable") {
                report(Fault::ReleaseStatusInvalid { value: text, key });
            }
        }
    }
}

/// `sub version` on a defined value: the empty string fails without a message.
fn version<'a>(key: &'a str, text: &'a str, truthy: bool, report: &mut impl FnMut(Fault<'a>)) {
    if !(truthy || text.contains('0')) {
        return;
    }
    if !version_pattern(text) {
        report(Fault::BadVersion { value: text, key });
    }
}

/// [`VERSION`]`.is_match(text)`, without the regex engine for ASCII text (nearly every value):
/// optional whitespace, optionally an operator and whitespace, then `v?` and a digit. The regex
/// tries the operator alternatives in turn, so any one that leads to `v?\d` matches.
fn version_pattern(text: &str) -> bool {
    if !text.is_ascii() {
        // Unicode `\s` and `\d`: leave them to the regex.
        return VERSION.is_match(text);
    }
    let b = text.as_bytes();
    let skip_ws = |mut i: usize| {
        while b
            .get(i)
            .is_some_and(|&c| c == b' ' || (b'\t'..=b'\r').contains(&c))
        {
            i += 1;
        }
        i
    };
    let digit_at = |i: usize| {
        let i = if b.get(i) == Some(&b'v') { i + 1 } else { i };
        b.get(i).is_some_and(u8::is_ascii_digit)
    };
    let i = skip_ws(0);
    digit_at(i)
        || ["<", "<=", ">=", ">", "!=", "=="]
            .iter()
            .any(|op| b[i..].starts_with(op.as_bytes()) && digit_at(skip_ws(i + op.len())))
}

/// Perl's `split(",", $s)`: trailing empty fields are dropped, leading and inner ones kept.
fn perl_split_commas(s: &str) -> impl Iterator<Item = &str> {
    let trimmed = s.trim_end_matches(',');
    let pieces = if trimmed.is_empty() {
        None
    } else {
        Some(trimmed.split(','))
    };
    pieces.into_iter().flatten()
}

/// `sub url`: `_uri_split` (URI::Split's regex) must find a scheme and a non-empty authority.
fn url<'a>(key: &'a str, value: &'a str, report: &mut impl FnMut(Fault<'a>)) {
    // `(?:([^:/?#]+):)?` at the start: the longest run without `:/?#`, if a `:` follows it.
    let run = value.find([':', '/', '?', '#']).unwrap_or(value.len());
    let rest = match value[run..].strip_prefix(':') {
        Some(rest) if run > 0 => rest,
        _ => return report(Fault::UrlNoScheme { value, key }),
    };
    // `(?://([^/?#]*))?`
    let authority = rest
        .strip_prefix("//")
        .map_or(0, |a| a.find(['/', '?', '#']).unwrap_or(a.len()));
    if authority == 0 {
        report(Fault::UrlNoAuthority { value, key });
    }
}

/// Runs a key check (`name => \&sub` of a `':key'` entry) on a key of the data.
pub(crate) fn check_key(check: KeyCheck, key: &str) -> Option<Fault<'_>> {
    let ok = match check {
        KeyCheck::String => string_truthy(key) || strip_final_newline(key) == "0",
        KeyCheck::Custom1 => string_truthy(key) && camel_case(key),
        KeyCheck::Custom2 => string_truthy(key) && starts_with_x(key),
        KeyCheck::Module => string_truthy(key) && module_name(key),
        KeyCheck::Phase => {
            matches!(key, "configure" | "build" | "test" | "runtime" | "develop") || contains_x(key)
        }
        KeyCheck::Relation => {
            matches!(key, "requires" | "recommends" | "suggests" | "conflicts") || contains_x(key)
        }
    };
    if ok {
        return None;
    }
    Some(match check {
        KeyCheck::String => Fault::UndefinedString,
        KeyCheck::Custom1 => Fault::CustomResource { key },
        KeyCheck::Custom2 => Fault::CustomKey { key },
        KeyCheck::Module => Fault::BadModule { key },
        KeyCheck::Phase => Fault::BadPhase { key },
        KeyCheck::Relation => Fault::BadRelation { key },
    })
}

/// `/^[_a-z]+$/i && /[A-Z]/`. Under Perl's Unicode rules `/i` also lets the Kelvin sign and the
/// long s through (they fold to `k` and `s`).
fn camel_case(key: &str) -> bool {
    let name = strip_final_newline(key);
    !name.is_empty()
        && name
            .chars()
            .all(|c| c == '_' || c.is_ascii_alphabetic() || c == '\u{212A}' || c == '\u{017F}')
        && key.bytes().any(|b| b.is_ascii_uppercase())
}

/// `/^x_/i`.
fn starts_with_x(key: &str) -> bool {
    key.as_bytes()
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"x_"))
}

/// `/x_/i`, unanchored: `foox_bar` is a legal phase.
fn contains_x(key: &str) -> bool {
    key.as_bytes()
        .windows(2)
        .any(|w| w.eq_ignore_ascii_case(b"x_"))
}

/// `/^[A-Za-z0-9_]+(::[A-Za-z0-9_]+)*$/`, in one pass over the bytes (it runs on every
/// prerequisite).
fn module_name(key: &str) -> bool {
    let b = strip_final_newline(key).as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    loop {
        let start = i;
        while b.get(i).is_some_and(|&c| word(c)) {
            i += 1;
        }
        if i == start {
            return false;
        }
        if i == b.len() {
            return true;
        }
        if b.get(i..i + 2) != Some(b"::") {
            return false;
        }
        i += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written matchers agree with the regexes they stand for.
    #[test]
    fn module_names_and_versions_match_as_the_validators_regexes_do() {
        let module = Regex::new(r"\A[A-Za-z0-9_]+(::[A-Za-z0-9_]+)*\n?\z").unwrap();
        for key in [
            "Foo",
            "Foo::Bar",
            "Foo::Bar\n",
            "A:::B",
            "A::",
            "::A",
            "",
            "A:B",
            "Foo-Bar",
            "_1",
            "Foo::Bar::Baz_9",
            "Foo::\n",
            "\u{e9}",
            "Foo\n\n",
        ] {
            assert_eq!(module_name(key), module.is_match(key), "{key:?}");
        }
        for text in [
            "1",
            "v1",
            "vv1",
            "v",
            " 1.0",
            "\t>= 1",
            "<=1",
            "< v2",
            "!= 3",
            "== 4",
            "=4",
            "<=>1",
            ">",
            "<= x",
            "1.0abc",
            "abc",
            "",
            " ",
            "\u{0663}",
            "\u{a0}1",
            ">=\u{3000}2",
            "< \n 5",
            "\x0b7",
        ] {
            assert_eq!(version_pattern(text), VERSION.is_match(text), "{text:?}");
        }
    }
}
