//! Perl's view of the data the Converter works on: `serde_json` values in the form Perl holds them
//! after `Parse::CPAN::Meta` and the Converter's `_dclone` (JSON booleans are the strings `1` and
//! `0` by then), and the small predicates of CPAN::Meta::Converter 2.150010.

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

/// Perl's string of a defined scalar; references stringify as `HASH(0xADDR)` / `ARRAY(0xADDR)`
/// (what a regex or `lc` sees); `None` for undef.
pub(crate) fn string(v: Option<&J>) -> Option<String> {
    match v? {
        J::String(s) => Some(s.clone()),
        J::Number(n) => Some(n.to_string()),
        J::Bool(b) => Some(if *b { "1" } else { "0" }.to_owned()),
        J::Null => None,
        J::Array(_) => Some("ARRAY(0xADDR)".to_owned()),
        J::Object(_) => Some("HASH(0xADDR)".to_owned()),
    }
}

/// A scalar's string; `None` for undef and references.
pub(crate) fn scalar(v: Option<&J>) -> Option<String> {
    match v? {
        J::Array(_) | J::Object(_) => None,
        other => string(Some(other)),
    }
}

/// `_dclone`: a JSON::PP::Boolean is neither a plain reference nor has `TO_JSON`, so the
/// Converter's deep copy stringifies it to `1` / `0`.
pub(crate) fn dclone(v: &J) -> J {
    match v {
        J::Bool(b) => J::String(if *b { "1" } else { "0" }.to_owned()),
        J::Array(a) => J::Array(a.iter().map(dclone).collect()),
        J::Object(o) => J::Object(o.iter().map(|(k, v)| (k.clone(), dclone(v))).collect()),
        other => other.clone(),
    }
}

/// `_listify`: undef stays undef, a list stays, anything else becomes a one-element list.
pub(crate) fn listify(v: Option<&J>) -> Option<J> {
    match v? {
        J::Null => None,
        J::Array(a) => Some(J::Array(a.clone())),
        other => Some(J::Array(vec![other.clone()])),
    }
}

/// `_is_urlish`: `m{\A[-+.a-z0-9]+:.+}i`.
pub(crate) fn is_urlish(v: Option<&J>) -> bool {
    let Some(s) = string(v) else { return false };
    let scheme = s
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
        .count();
    scheme > 0
        && s.as_bytes().get(scheme) == Some(&b':')
        && s[scheme + 1..].chars().next().is_some_and(|c| c != '\n')
}

/// `_is_module_name`: `m{^[A-Za-z][A-Za-z0-9_]*(?:::[A-Za-z0-9_]+)*$}` (`$` also matches before a
/// final newline).
pub(crate) fn is_module_name(s: &str) -> bool {
    let s = s.strip_suffix('\n').unwrap_or(s);
    let mut parts = s.split("::");
    let first = parts.next().unwrap_or_default();
    let word = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    first
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic())
        && word(first)
        && parts.all(word)
}

/// `_prefix_custom`: `s/^(?!x_)(?:x-?)?/x_/i`.
pub(crate) fn prefix_custom(key: &str) -> String {
    let lower = key.to_ascii_lowercase();
    if lower.starts_with("x_") {
        return key.to_owned();
    }
    let rest = if lower.starts_with("x-") {
        &key[2..]
    } else if lower.starts_with('x') {
        &key[1..]
    } else {
        key
    };
    format!("x_{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_keys_are_prefixed_as_the_converter_does() {
        for (k, want) in [
            ("x_foo", "x_foo"),
            ("X_foo", "X_foo"),
            ("X-Foo", "x_Foo"),
            ("xml", "x_ml"),
            ("repository", "x_repository"),
        ] {
            assert_eq!(prefix_custom(k), want, "{k}");
        }
    }

    #[test]
    fn urlish_and_module_names() {
        let s = |x: &str| J::String(x.to_owned());
        assert!(is_urlish(Some(&s("https://x"))));
        assert!(is_urlish(Some(&s("mailto:a@b"))));
        assert!(!is_urlish(Some(&s("http:"))));
        assert!(!is_urlish(Some(&s("www.example.com"))));
        assert!(is_module_name("Foo::Bar_2"));
        assert!(is_module_name("Foo\n"));
        assert!(!is_module_name("Foo::"));
        assert!(!is_module_name("2Foo"));
        assert!(!is_module_name("Foo-Bar"));
    }
}
