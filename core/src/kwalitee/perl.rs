//! Perl's view of the data CPANTS reads (`$d->{meta_yml}` as a Perl structure): truthiness and
//! stringification of `serde_json` values in the form Perl decoded them ([`Value::to_perl_json`]).
//!
//! [`Value::to_perl_json`]: crate::source::Value::to_perl_json

use serde_json::Value as J;

/// Perl's boolean context: undef, `""`, `"0"` and the number 0 are false; references are true.
pub(crate) fn truthy(v: Option<&J>) -> bool {
    match v {
        None | Some(J::Null) => false,
        Some(J::Bool(b)) => *b,
        Some(J::Number(n)) => n.as_f64().is_none_or(|f| f != 0.0),
        Some(J::String(s)) => !(s.is_empty() || s == "0"),
        Some(J::Array(_) | J::Object(_)) => true,
    }
}

/// A hash's member, `None` when `v` is not a hash (Perl would not find it).
pub(crate) fn get<'a>(v: Option<&'a J>, key: &str) -> Option<&'a J> {
    v.and_then(J::as_object).and_then(|m| m.get(key))
}

/// Perl's string of a scalar; `None` for undef and references.
pub(crate) fn string(v: Option<&J>) -> Option<String> {
    match v? {
        J::String(s) => Some(s.clone()),
        J::Number(n) => Some(n.to_string()),
        J::Bool(b) => Some(if *b { "1" } else { "0" }.to_owned()),
        J::Null | J::Array(_) | J::Object(_) => None,
    }
}
