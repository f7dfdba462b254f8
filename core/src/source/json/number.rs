//! Numbers as JSON::PP 4.07 decodes them and Perl then stringifies them.
//!
//! JSON::PP returns `$v/1.0` for a number with a fraction, `0+$v` for one with only an exponent,
//! `0+$v` for an integer of at most 20 characters (its `$max_intsize` on a 64-bit perl) and the
//! *string* `"$v"` for a longer integer. `0+$v` is an integer (IV/UV) when the value is integral
//! and fits, else a double (NV); `$v/1.0` is always an NV. Perl prints an NV with `%.15g`, every
//! zero as `0` and infinities as `Inf` / `-Inf`.

use crate::source::{Number, Value};

/// JSON::PP's `$max_intsize` on a 64-bit perl (the longest all-ones integer literal perl keeps
/// as an integer has 20 digits).
const MAX_INTSIZE: usize = 20;

/// The value JSON::PP produces for the (syntactically valid) number `raw`.
pub(super) fn perl_value(raw: &str, is_dec: bool, is_exp: bool) -> Value {
    if !is_dec && !is_exp {
        if raw.len() > MAX_INTSIZE {
            return Value::String(raw.to_owned());
        }
        let int = if raw.starts_with('-') {
            raw.parse::<i64>().ok().map(|i| i.to_string())
        } else {
            raw.parse::<u64>().ok().map(|u| u.to_string())
        };
        if let Some(perl) = int {
            return Value::Number(Box::new(Number {
                raw: raw.to_owned(),
                perl,
            }));
        }
    }
    let nv = raw.parse::<f64>().unwrap_or(f64::NAN);
    let perl = if is_dec || !is_exp {
        perl_nv(nv)
    } else {
        integral(nv).unwrap_or_else(|| perl_nv(nv))
    };
    Value::Number(Box::new(Number {
        raw: raw.to_owned(),
        perl,
    }))
}

/// `0+$v` on an exponent-only number: Perl's addition works on integers when the string
/// converts to an integral NV that an IV or UV holds exactly, and then prints the integer
/// (`1e15` is `1000000000000000`, where `%.15g` would give `1e+15`).
fn integral(nv: f64) -> Option<String> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    // Integral and in [-2^63, 2^64): exact in an i128.
    (nv.fract() == 0.0 && (-TWO_63..TWO_64).contains(&nv)).then(|| (nv as i128).to_string())
}

/// Perl's stringification of an NV: `%.15g`, with `0` for both zeros and `Inf` / `-Inf`.
pub(crate) fn perl_nv(x: f64) -> String {
    if x == 0.0 {
        return "0".to_owned();
    }
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Inf" } else { "-Inf" }.to_owned();
    }
    // `%.15g`: the exponent of the value rounded to 15 significant digits decides the style.
    let sci = format!("{x:.14e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..15).contains(&exp) {
        let decimals = (14 - exp).unsigned_abs() as usize;
        trim_fraction(&format!("{x:.decimals$}")).to_owned()
    } else {
        let mantissa = trim_fraction(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.unsigned_abs())
    }
}

/// Drops trailing zeros of a fraction, and the point if nothing is left after it.
fn trim_fraction(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perl(raw: &str) -> Value {
        let is_dec = raw.contains('.');
        let is_exp = raw.contains(['e', 'E']);
        perl_value(raw, is_dec, is_exp)
    }

    fn num(raw: &str) -> String {
        match perl(raw) {
            Value::Number(n) => n.perl,
            other => panic!("{raw} decoded to {other:?}"),
        }
    }

    /// Expectations from perl 5.36 / JSON::PP 4.07 (`decode_json` then `"$v"`).
    #[test]
    fn perl_stringifies_decoded_numbers() {
        for (raw, want) in [
            ("1.40", "1.4"),
            ("2.150010", "2.15001"),
            ("1e3", "1000"),
            ("1e15", "1000000000000000"),
            ("1.5e15", "1.5e+15"),
            ("1e19", "10000000000000000000"),
            ("18446744073709551615e0", "1.84467440737096e+19"),
            ("12345678901234567e3", "12345678901234567168"),
            ("-0", "0"),
            ("-0.0", "0"),
            ("0.1e1", "1"),
            ("1.23456789012345678", "1.23456789012346"),
            ("1E400", "Inf"),
            ("-1e400", "-Inf"),
            ("1e-400", "0"),
            ("99999999999999999999", "1e+20"),
            ("-9223372036854775809", "-9.22337203685478e+18"),
            ("-9223372036854775808", "-9223372036854775808"),
            ("18446744073709551615", "18446744073709551615"),
            ("18446744073709551616", "1.84467440737096e+19"),
            ("100000000000000000.0", "1e+17"),
            ("0.000012345", "1.2345e-05"),
        ] {
            assert_eq!(num(raw), want, "{raw}");
        }
    }

    /// perl: JSON::PP returns an integer longer than 20 characters as the string itself.
    #[test]
    fn long_integers_stay_strings() {
        assert_eq!(
            perl("123456789012345678901"),
            Value::String("123456789012345678901".into())
        );
        assert!(matches!(perl("-1234567890123456789"), Value::Number(_)));
    }
}
