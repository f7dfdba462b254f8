//! One-line scalars, as `_load_scalar` reads them, and the two unquoting functions.
//!
//! Everything is a string: `1.10`, `yes`, `true` and `null` stay as written; only `~` is undef.
//! `{}` and `[]` (alone, or followed by a comment) are the only flow collections; `[perl]` is the
//! string `[perl]`. Anchors (`&`), tags (`!`) and malformed quoting are errors. A leading `>` or
//! `|` starts a block scalar, which the parser reads from the following lines.

use super::key::{double_quoted_end, single_quoted_end};
use super::lines::{trim_end_len, trim_ws_end, trim_ws_start, ws_at};

/// What a one-line scalar is.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Scalar {
    Undef,
    Str(String),
    EmptyHash,
    EmptyArray,
    /// `>` (folded: lines joined with a space) or `|` (literal: joined with `\n`); a `-` as the
    /// second character drops the final newline.
    Block {
        folded: bool,
        chomp: bool,
    },
}

/// A classified scalar with the length of its source text (quotes included, trailing comment
/// and whitespace excluded).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Classified {
    pub scalar: Scalar,
    pub len: usize,
}

/// `_unquote_single`: `''` is a quote.
pub(super) fn unquote_single(s: &str) -> String {
    if !s.bytes().any(|c| c == b'\'') {
        return s.to_owned();
    }
    s.replace("''", "'")
}

/// `_unquote_double`: first `\"` becomes `"` everywhere, then one left-to-right pass replaces
/// `\N \n \e \v \e \r \\ \f \a \t \z \0 \b` and `\xHH` (to the character U+00HH). Every other
/// backslash stays.
pub(super) fn unquote_double(s: &str) -> String {
    if !s.bytes().any(|c| c == b'\\') {
        return s.to_owned();
    }
    let s = s.replace("\\\"", "\"");
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let b = after.as_bytes();
        let simple = match b.first() {
            Some(b'0' | b'z') => Some('\0'),
            Some(b'N') => Some('\u{85}'),
            Some(b'a') => Some('\x07'),
            Some(b'b') => Some('\x08'),
            Some(b't') => Some('\t'),
            Some(b'n') => Some('\n'),
            Some(b'v') => Some('\x0b'),
            Some(b'f') => Some('\x0c'),
            Some(b'r') => Some('\r'),
            Some(b'e') => Some('\x1b'),
            Some(b'\\') => Some('\\'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            rest = &after[1..];
        } else if b.len() >= 3
            && b[0] == b'x'
            && b[1].is_ascii_hexdigit()
            && b[2].is_ascii_hexdigit()
        {
            let hi = hex(b[1]);
            let lo = hex(b[2]);
            out.push(char::from(hi * 16 + lo));
            rest = &after[3..];
        } else {
            out.push('\\');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn hex(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

/// `(?:\s+\#.*)?\z` on what follows a closing quote or `{}` / `[]`.
fn only_comment_follows(rest: &str) -> bool {
    let after = trim_ws_start(rest);
    rest.is_empty() || (after.len() < rest.len() && after.starts_with('#'))
}

/// Reads a one-line scalar. `Err` carries CPAN::Meta::YAML's die message.
pub(super) fn classify(text: &str) -> Result<Classified, String> {
    let s = &text[..trim_end_len(text)];
    if s == "~" {
        return Ok(Classified {
            scalar: Scalar::Undef,
            len: 1,
        });
    }
    let b = s.as_bytes();
    if b.first() == Some(&b'\'') {
        if let Some(close) = single_quoted_end(b, 0) {
            if only_comment_follows(&s[close + 1..]) {
                return Ok(Classified {
                    scalar: Scalar::Str(unquote_single(&s[1..close])),
                    len: close + 1,
                });
            }
        }
    }
    if b.first() == Some(&b'"') {
        if let Some(close) = double_quoted_end(s, 0) {
            if only_comment_follows(&s[close + 1..]) {
                return Ok(Classified {
                    scalar: Scalar::Str(unquote_double(&s[1..close])),
                    len: close + 1,
                });
            }
        }
    }
    if matches!(b.first(), Some(b'\'' | b'"' | b'!' | b'&')) {
        return Err(format!(
            "CPAN::Meta::YAML does not support a feature in line '{s}'"
        ));
    }
    for (flow, scalar) in [("{}", Scalar::EmptyHash), ("[]", Scalar::EmptyArray)] {
        if let Some(rest) = s.strip_prefix(flow) {
            if only_comment_follows(rest) {
                return Ok(Classified { scalar, len: 2 });
            }
        }
    }
    if let Some(b'>' | b'|') = b.first() {
        return Ok(Classified {
            scalar: Scalar::Block {
                folded: b[0] == b'>',
                chomp: b.get(1) == Some(&b'-'),
            },
            len: s.len(),
        });
    }
    let (colon, len) = scan_plain(s);
    if colon || illegal_start(s) {
        return Err(format!(
            "CPAN::Meta::YAML found illegal characters in plain scalar: '{s}'"
        ));
    }
    Ok(Classified {
        scalar: Scalar::Str(s[..len].to_owned()),
        len,
    })
}

/// The first half of the illegal-plain-scalar test, `/^(?:-(?:\s|$)|[\@\%\`])/`.
fn illegal_start(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b'@' | b'%' | b'`') => true,
        Some(b'-') => s.len() == 1 || ws_at(s, 1),
        _ => false,
    }
}

/// One pass over a plain scalar (short, so a byte loop beats searching twice): whether
/// `/:(?:\s|$)/` matches (the second half of the illegal-plain-scalar test), and the length
/// `s/\s+#.*\z//` leaves (cut at the first `#` preceded by whitespace, and that whitespace).
fn scan_plain(s: &str) -> (bool, usize) {
    let b = s.as_bytes();
    let mut colon = false;
    let mut cut = None;
    for (i, &c) in b.iter().enumerate() {
        if c == b':' && !colon {
            colon = i + 1 == b.len() || ws_at(s, i + 1);
        } else if c == b'#' && cut.is_none() {
            let before = &s[..i];
            let trimmed = trim_ws_end(before);
            if trimmed.len() < before.len() {
                cut = Some(trimmed.len());
            }
        }
    }
    (colon, cut.unwrap_or(b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<Scalar, String> {
        classify(s).map(|c| c.scalar)
    }

    #[allow(clippy::unnecessary_wraps)] // compared with `read`'s result
    fn string(s: &str) -> Result<Scalar, String> {
        Ok(Scalar::Str(s.into()))
    }

    #[test]
    fn every_plain_scalar_is_a_string_and_only_tilde_is_undef() {
        assert_eq!(read("1.10"), string("1.10"));
        assert_eq!(read("yes  "), string("yes"));
        assert_eq!(read("null"), string("null"));
        assert_eq!(read("~"), Ok(Scalar::Undef));
        assert_eq!(read("[perl]"), string("[perl]"));
        assert_eq!(read("*alias"), string("*alias"));
        assert_eq!(read("Foo # comment"), string("Foo"));
        assert_eq!(read("a#b"), string("a#b"));
    }

    #[test]
    fn only_empty_flow_collections() {
        assert_eq!(read("{}"), Ok(Scalar::EmptyHash));
        assert_eq!(read("[] # none"), Ok(Scalar::EmptyArray));
        assert_eq!(read("{} x"), string("{} x"));
    }

    #[test]
    fn quoting_and_escapes_as_cpan_meta_yaml_unquotes_them() {
        assert_eq!(read("'It''s' # c"), string("It's"));
        assert_eq!(read(r#""Foo\tBar\x41""#), string("Foo\tBarA"));
        assert_eq!(read(r#""a\"b\u00e9\\n""#), string("a\"b\\u00e9\\n"));
        assert_eq!(read(r#""\xe9\N""#), string("\u{e9}\u{85}"));
    }

    /// Messages from `perl -MCPAN::Meta::YAML -e 'CPAN::Meta::YAML->read_string(...)'`.
    #[test]
    fn unsupported_features_die_with_perls_messages() {
        assert_eq!(
            read("&a 1"),
            Err("CPAN::Meta::YAML does not support a feature in line '&a 1'".into())
        );
        assert_eq!(
            read("'unterminated"),
            Err("CPAN::Meta::YAML does not support a feature in line ''unterminated'".into())
        );
        assert_eq!(
            read("a: b"),
            Err("CPAN::Meta::YAML found illegal characters in plain scalar: 'a: b'".into())
        );
        assert_eq!(
            read("- x"),
            Err("CPAN::Meta::YAML found illegal characters in plain scalar: '- x'".into())
        );
        assert_eq!(read("-x"), string("-x"));
        assert!(read("-").is_err() && read("-\t").is_err());
        assert!(read("a # b: c").is_err(), "a colon in the comment counts");
        assert!(read("`x").is_err() && read("@x").is_err() && read("%x").is_err());
    }

    #[test]
    fn comments_are_cut_at_the_first_hash_after_whitespace() {
        assert_eq!(read("a#b #c # d"), string("a#b"));
        assert_eq!(read("a\u{a0}#b"), string("a"));
        assert_eq!(read("http://x/#frag"), string("http://x/#frag"));
        assert_eq!(read("a:b #c"), string("a:b"));
    }
}
