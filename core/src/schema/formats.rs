//! The CPAN domain formats the bundled schemas name (`"format": "cpan-version"` ...), checked in
//! Rust. Editors that do not know them treat them as annotations; cpanmeta asserts them.
//!
//! Each check follows its definition exactly: version.pm's lax grammar for versions,
//! CPAN::Meta::Spec's range grammar for ranges, and CPAN::Meta::Validator's `module` and `url`
//! subs for package names and URLs.

use crate::version;

/// A format check: whether a string is in the format.
pub type FormatCheck = fn(&str) -> bool;

/// The formats this module provides, by the name schemas use.
pub const FORMATS: &[(&str, FormatCheck)] = &[
    ("cpan-version", is_cpan_version),
    ("cpan-version-range", is_cpan_version_range),
    ("cpan-module", is_cpan_module),
    ("cpan-url", is_cpan_url),
    ("spdx-expression", is_spdx_expression),
];

/// A Version: what `version::is_lax` accepts, except the literal `undef`, which version.pm
/// takes as "no version" and the spec's Version Formats do not describe.
pub fn is_cpan_version(s: &str) -> bool {
    s != "undef" && version::is_lax(s)
}

/// A Version Range (CPAN::Meta::Spec, "Version Ranges"): one or more comma-separated
/// components, each a bare version or an operator (`>=`, `<=`, `>`, `<`, `==`, `!=`) followed by a
/// version, with optional whitespace around each part.
pub fn is_cpan_version_range(s: &str) -> bool {
    s.split(',').all(|component| {
        let c = component.trim_matches(is_perl_space);
        let rest = ["<=", ">=", "==", "!=", "<", ">"]
            .iter()
            .find_map(|op| c.strip_prefix(op))
            .map_or(c, |r| r.trim_start_matches(is_perl_space));
        is_cpan_version(rest)
    })
}

/// `\s` as Perl matches it in ASCII.
fn is_perl_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// A package name as CPAN::Meta::Validator's `module` sub accepts it:
/// `$key && $key =~ /^[A-Za-z0-9_]+(::[A-Za-z0-9_]+)*$/`. Perl's `$` also matches before a final
/// newline, and `"0"` is false in Perl, so both quirks are kept.
pub fn is_cpan_module(s: &str) -> bool {
    if s.is_empty() || s == "0" {
        return false;
    }
    let body = s.strip_suffix('\n').unwrap_or(s).as_bytes();
    // One pass over the bytes (a `split("::")` costs a substring search per call, and this runs
    // on every prerequisite name): words of `[A-Za-z0-9_]` joined by exactly `::`.
    let mut word_len = 0;
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b.is_ascii_alphanumeric() || b == b'_' {
            word_len += 1;
            i += 1;
        } else if b == b':' && body.get(i + 1) == Some(&b':') && word_len > 0 {
            word_len = 0;
            i += 2;
        } else {
            return false;
        }
    }
    word_len > 0
}

/// A URL as CPAN::Meta::Validator's `url` sub accepts it: split with the RFC 3986 appendix B
/// regex (`_uri_split`), it must have a non-empty scheme and a non-empty authority.
pub fn is_cpan_url(s: &str) -> bool {
    // (?:([^:/?#]+):)? — the scheme, only at the very start.
    let Some(colon) = s.find([':', '/', '?', '#']) else {
        return false;
    };
    if colon == 0 || !s[colon..].starts_with(':') {
        return false;
    }
    // (?://([^/?#]*))? — the authority.
    let Some(after) = s[colon + 1..].strip_prefix("//") else {
        return false;
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    end > 0
}

/// An SPDX license expression (SPDX 2.3 Annex D), checked for syntax only: license and exception
/// identifiers (`[A-Za-z0-9.-]+`, optionally `+`, `LicenseRef-`/`DocumentRef-` forms), the
/// operators AND, OR and WITH (all upper or all lower case) and parentheses. Whether an identifier
/// is on the SPDX list is the license rules' concern.
pub fn is_spdx_expression(s: &str) -> bool {
    let tokens = match spdx_tokens(s) {
        Some(t) if !t.is_empty() => t,
        _ => return false,
    };
    let mut p = SpdxParser { tokens, pos: 0 };
    p.or_expr(0) && p.pos == p.tokens.len()
}

/// Deepest parenthesis nesting accepted (bad input must not recurse without bound).
const MAX_SPDX_DEPTH: usize = 32;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SpdxToken<'a> {
    Open,
    Close,
    And,
    Or,
    With,
    Id(&'a str),
}

fn spdx_tokens(s: &str) -> Option<Vec<SpdxToken<'_>>> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' => i += 1,
            b'(' => {
                out.push(SpdxToken::Open);
                i += 1;
            }
            b')' => {
                out.push(SpdxToken::Close);
                i += 1;
            }
            _ => {
                let start = i;
                while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t' | b'(' | b')') {
                    i += 1;
                }
                out.push(match &s[start..i] {
                    "AND" | "and" => SpdxToken::And,
                    "OR" | "or" => SpdxToken::Or,
                    "WITH" | "with" => SpdxToken::With,
                    word if is_spdx_id(word) => SpdxToken::Id(word),
                    _ => return None,
                });
            }
        }
    }
    Some(out)
}

/// `idstring ["+"]`, `LicenseRef-idstring` or `DocumentRef-idstring:LicenseRef-idstring`.
fn is_spdx_id(word: &str) -> bool {
    let idstring = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    if let Some((doc, lic)) = word.split_once(':') {
        return doc.strip_prefix("DocumentRef-").is_some_and(idstring)
            && lic.strip_prefix("LicenseRef-").is_some_and(idstring);
    }
    idstring(word.strip_suffix('+').unwrap_or(word))
}

struct SpdxParser<'a> {
    tokens: Vec<SpdxToken<'a>>,
    pos: usize,
}

impl SpdxParser<'_> {
    fn peek(&self) -> Option<SpdxToken<'_>> {
        self.tokens.get(self.pos).copied()
    }

    fn or_expr(&mut self, depth: usize) -> bool {
        if !self.and_expr(depth) {
            return false;
        }
        while self.peek() == Some(SpdxToken::Or) {
            self.pos += 1;
            if !self.and_expr(depth) {
                return false;
            }
        }
        true
    }

    fn and_expr(&mut self, depth: usize) -> bool {
        if !self.with_expr(depth) {
            return false;
        }
        while self.peek() == Some(SpdxToken::And) {
            self.pos += 1;
            if !self.with_expr(depth) {
                return false;
            }
        }
        true
    }

    fn with_expr(&mut self, depth: usize) -> bool {
        match self.peek() {
            Some(SpdxToken::Open) if depth < MAX_SPDX_DEPTH => {
                self.pos += 1;
                if !self.or_expr(depth + 1) || self.peek() != Some(SpdxToken::Close) {
                    return false;
                }
                self.pos += 1;
                true
            }
            Some(SpdxToken::Id(_)) => {
                self.pos += 1;
                if self.peek() == Some(SpdxToken::With) {
                    self.pos += 1;
                    if !matches!(self.peek(), Some(SpdxToken::Id(_))) {
                        return false;
                    }
                    self.pos += 1;
                }
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every case of `tests/oracle/formats.jsonl`, which CPAN::Meta::Validator's `module` and
    /// `url` subs and `version::is_lax` decided (made by `tests/oracle/formats.pl`).
    #[test]
    fn formats_agree_with_the_perl_reference() {
        let oracle = include_str!("../../../tests/oracle/formats.jsonl");
        let mut checked = 0;
        for line in oracle.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("oracle line is JSON");
            let format = case["format"].as_str().expect("format");
            let input = case["input"].as_str().expect("input");
            let expected = case["valid"].as_bool().expect("valid");
            let check = FORMATS
                .iter()
                .find(|(name, _)| *name == format)
                .map(|(_, f)| f)
                .expect("known format");
            assert_eq!(check(input), expected, "{format} {input:?}");
            checked += 1;
        }
        assert_eq!(checked, 48);
    }

    #[test]
    fn versions_are_version_pm_lax_versions() {
        for s in ["0", "1.23", "1.23_04", "v1.2.3", "v5.20.1", "1.2.3", "1."] {
            assert!(is_cpan_version(s), "{s}");
        }
        for s in ["", "undef", "1.2a", " 1", "1.23e-2", ">= 1"] {
            assert!(!is_cpan_version(s), "{s:?}");
        }
    }

    /// The forms CPAN::Meta::Spec's "Version Ranges" section gives, and the range strings found
    /// in the corpus (SUMMARY-full-corpus.md).
    #[test]
    fn ranges_follow_the_spec_grammar() {
        for s in [
            "2.4",
            "0",
            "< 2.0",
            ">= 1.2, != 1.5, < 2.0",
            ">= 0, != 6.04, != 6.05",
            "<= 0.011",
            ">=1.2",
            "== v1.2.3",
        ] {
            assert!(is_cpan_version_range(s), "{s}");
        }
        for s in [
            "",
            ",",
            ">= 1.2,",
            "=> 1.2",
            "~> 1.2",
            ">= ",
            "1.2 - 2.0",
            "> = 1",
        ] {
            assert!(!is_cpan_version_range(s), "{s:?}");
        }
    }

    /// CPAN::Meta::Validator's `module` sub, quirks included.
    #[test]
    fn module_names_are_the_validators() {
        for s in ["perl", "File::Spec", "Foo_Bar::Baz2", "0Foo", "Foo\n"] {
            assert!(is_cpan_module(s), "{s:?}");
        }
        for s in [
            "",
            "0",
            "Foo::",
            "::Foo",
            "Foo:Bar",
            "Foo-Bar",
            "Foo::::Bar",
            "Foo:::Bar",
            "Foo::Bar:",
            "Foo'Bar",
            "Foo\n\n",
        ] {
            assert!(!is_cpan_module(s), "{s:?}");
        }
    }

    /// CPAN::Meta::Validator's `url` sub: a scheme and an authority.
    #[test]
    fn urls_need_a_scheme_and_an_authority() {
        for s in [
            "http://example.com/",
            "git://github.com/dagolden/cpan-meta.git",
            "irc://irc.perl.org/#moose",
            "https://h",
        ] {
            assert!(is_cpan_url(s), "{s}");
        }
        for s in [
            "",
            "example.com",
            "mailto:bugs@example.com",
            "http:///path",
            "//example.com",
            "/a:b//c",
            ":x//y",
        ] {
            assert!(!is_cpan_url(s), "{s:?}");
        }
    }

    #[test]
    fn spdx_expressions_are_checked_for_syntax() {
        for s in [
            "MIT",
            "Artistic-1.0-Perl OR GPL-1.0-or-later",
            "(MIT OR Apache-2.0) AND BSD-3-Clause",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "GPL-2.0+",
            "LicenseRef-Mine",
            "DocumentRef-x:LicenseRef-y",
            "mit or apache-2.0",
        ] {
            assert!(is_spdx_expression(s), "{s}");
        }
        for s in [
            "",
            "MIT OR",
            "(MIT",
            "MIT)",
            "MIT Apache-2.0",
            "MIT WITH",
            "Perl 5 License",
            "MIT/X11",
            "AND",
        ] {
            assert!(!is_spdx_expression(s), "{s:?}");
        }
        let deep = format!("{}MIT{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(!is_spdx_expression(&deep));
    }
}
