//! Percent-encoding as ECMA-427 uses it: every byte outside the unreserved set (ASCII letters and
//! digits, `.`, `-`, `_`, `~`) and the colon is written `%XX` with uppercase hex digits; decoding
//! accepts any `%XX` and never treats `+` as a space (a purl is not a form).

/// Whether a byte is written as itself in a canonical purl component.
fn is_kept(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'~' | b':')
}

/// Encodes one component (or one segment of a segmented component).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(&mut out, s);
    out
}

/// [`encode`], appending to `out`.
pub fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if is_kept(b) {
            out.push(char::from(b));
        } else {
            // `%XX` by table: the distribution purl of every report encodes a URL or two, and
            // `write!` per byte showed in profiles.
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
}

/// Why a component could not be decoded, with the byte offset of the problem inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub offset: usize,
    pub message: String,
}

/// Decodes `%XX` escapes. Fails on a `%` not followed by two hex digits and on bytes that do not
/// form UTF-8 once decoded.
pub fn decode(s: &str) -> Result<String, DecodeError> {
    if !s.contains('%') {
        return Ok(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                let h = std::str::from_utf8(h).ok()?;
                u8::from_str_radix(h, 16)
                    .ok()
                    .filter(|_| h.bytes().all(|c| c.is_ascii_hexdigit()))
            });
            match hex {
                Some(b) => {
                    out.push(b);
                    i += 3;
                }
                None => {
                    return Err(DecodeError {
                        offset: i,
                        message: "`%` must be followed by two hexadecimal digits".into(),
                    })
                }
            }
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|e| DecodeError {
        offset: 0,
        message: format!(
            "percent-encoded bytes are not UTF-8 (invalid sequence at decoded byte {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unreserved_and_colon_and_escapes_the_rest() {
        assert_eq!(encode("sha256:ab-c_d.e~f"), "sha256:ab-c_d.e~f");
        assert_eq!(encode("postgresql@12"), "postgresql%4012");
        assert_eq!(encode("a b+c/d,e"), "a%20b%2Bc%2Fd%2Ce");
        assert_eq!(encode("é"), "%C3%A9");
    }

    #[test]
    fn decodes_escapes_but_not_plus() {
        assert_eq!(decode("1.0%20Final").unwrap(), "1.0 Final");
        assert_eq!(decode("a+b").unwrap(), "a+b");
        assert_eq!(decode("%c3%a9").unwrap(), "é");
    }

    #[test]
    fn reports_where_a_bad_escape_is() {
        assert_eq!(decode("ab%4").unwrap_err().offset, 2);
        assert_eq!(decode("%zz").unwrap_err().offset, 0);
        assert_eq!(decode("%+1").unwrap_err().offset, 0);
        assert!(decode("%FF").is_err());
    }
}
