//! version.pm's two version grammars, `$version::LAX` and `$version::STRICT` (version/regex.pm of
//! version 0.9929), anchored as `version::is_lax` / `version::is_strict` use them.
//!
//! The regexes below are the module's own, written out part by part with its names, so they can be
//! read against the Perl source.

use std::sync::LazyLock;

use regex::Regex;

const FRACTION_PART: &str = r"\.[0-9]+";
const STRICT_INTEGER_PART: &str = r"(?:0|[1-9][0-9]*)";
const LAX_INTEGER_PART: &str = r"[0-9]+";
const STRICT_DOTTED_DECIMAL_PART: &str = r"\.[0-9]{1,3}";
const LAX_DOTTED_DECIMAL_PART: &str = r"\.[0-9]+";
const LAX_ALPHA_PART: &str = r"_[0-9]+";

fn strict_pattern() -> String {
    let decimal = format!("{STRICT_INTEGER_PART}(?:{FRACTION_PART})?");
    let dotted = format!("v{STRICT_INTEGER_PART}(?:{STRICT_DOTTED_DECIMAL_PART}){{2,}}");
    format!(r"\A(?:{decimal}|{dotted})\z")
}

fn lax_pattern() -> String {
    let decimal = format!(
        "(?:{LAX_INTEGER_PART}(?:{FRACTION_PART}|\\.)?(?:{LAX_ALPHA_PART})?|{FRACTION_PART}(?:{LAX_ALPHA_PART})?)"
    );
    let dotted = format!(
        "(?:v{LAX_INTEGER_PART}(?:(?:{LAX_DOTTED_DECIMAL_PART})+(?:{LAX_ALPHA_PART})?)?|(?:{LAX_INTEGER_PART})?(?:{LAX_DOTTED_DECIMAL_PART}){{2,}}(?:{LAX_ALPHA_PART})?)"
    );
    format!(r"\A(?:undef|{dotted}|{decimal})\z")
}

static STRICT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&strict_pattern()).expect("STRICT"));
static LAX: LazyLock<Regex> = LazyLock::new(|| Regex::new(&lax_pattern()).expect("LAX"));

/// `version::is_lax($s)`: whether version.pm's lax grammar accepts the whole string.
pub fn is_lax(s: &str) -> bool {
    LAX.is_match(s)
}

/// `version::is_strict($s)`: whether version.pm's strict grammar accepts the whole string.
pub fn is_strict(s: &str) -> bool {
    STRICT.is_match(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cases from version.pm's own documentation of the grammars.
    #[test]
    fn documented_examples() {
        for s in ["1.23", "0.1", "v1.2.3", "0", "1.002003"] {
            assert!(is_strict(s), "{s} is strict");
        }
        for s in [
            "1.", ".1", "1.2_3", "v1", "1.2.3", "1.02_03", "v1.2_3", "undef", "010",
        ] {
            assert!(is_lax(s), "{s} is lax");
        }
        for s in ["1.2.3", "v1.2", "01", "1.", "1_2", "v1.2.3_4"] {
            assert!(!is_strict(s), "{s} is not strict");
        }
        for s in [
            "", "1.2a", "v", "1..2", " 1", "1 ", "1.2_3_4", "1_2.3", "1.2\n",
        ] {
            assert!(!is_lax(s), "{s:?} is not lax");
        }
    }
}
