//! How Perl looks at a value: truthiness and stringification, as CPAN::Meta::Validator's checks
//! see them (`if ($value)`, `"'$value' for '$key'"`, `$value =~ /.../`).

use crate::source::Value;

/// Perl's boolean view of a value.
///
/// `undef`, `""` and `"0"` are false; a number is false when it is zero (JSON::PP keeps numbers
/// as numbers, so `0.0` and `-0` are false although their text is not `"0"`); a JSON::PP::Boolean
/// is its own value; references (arrays and hashes) are always true.
pub(crate) fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => match n.perl.parse::<f64>() {
            Ok(f) => f != 0.0,
            Err(_) => string_truthy(&n.perl),
        },
        Value::String(s) => string_truthy(s),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// Perl's boolean view of a string: everything but `""` and `"0"` is true.
pub(crate) fn string_truthy(s: &str) -> bool {
    !(s.is_empty() || s == "0")
}

/// Perl's string view of a value: `undef` is `""` (with a warning Perl prints but nobody sees),
/// references are `HASH(0xADDR)` / `ARRAY(0xADDR)` (the oracle normalises addresses so), and a
/// JSON::PP::Boolean stringifies through its numeric overload as `1` / `0`.
pub(crate) fn stringify(value: &Value) -> &str {
    match value {
        Value::Null => "",
        Value::Array(_) => "ARRAY(0xADDR)",
        Value::Object(_) => "HASH(0xADDR)",
        Value::Bool(_) | Value::Number(_) | Value::String(_) => {
            value.perl_str().unwrap_or_default()
        }
    }
}

/// Perl's `/$/` without `/m`: the end of the string or just before a final newline.
pub(crate) fn strip_final_newline(s: &str) -> &str {
    s.strip_suffix('\n').unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Number;

    fn num(perl: &str) -> Value {
        Value::Number(Box::new(Number {
            raw: perl.into(),
            perl: perl.into(),
        }))
    }

    #[test]
    fn only_empty_and_zero_strings_are_false() {
        assert!(!truthy(&Value::String(String::new())));
        assert!(!truthy(&Value::String("0".into())));
        assert!(truthy(&Value::String("0.0".into())));
        assert!(truthy(&Value::String("00".into())));
        assert!(truthy(&Value::String(" ".into())));
    }

    #[test]
    fn numbers_are_false_when_zero() {
        assert!(!truthy(&num("0")));
        assert!(!truthy(&num("-0")));
        assert!(truthy(&num("0.5")));
    }

    #[test]
    fn booleans_undef_and_references() {
        assert!(truthy(&Value::Bool(true)));
        assert!(!truthy(&Value::Bool(false)));
        assert!(!truthy(&Value::Null));
        assert!(truthy(&Value::Array(Vec::new())));
        assert_eq!(stringify(&Value::Array(Vec::new())), "ARRAY(0xADDR)");
        assert_eq!(stringify(&Value::Bool(false)), "0");
        assert_eq!(stringify(&Value::Null), "");
    }
}
