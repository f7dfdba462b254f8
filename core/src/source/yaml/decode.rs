//! Bytes to characters the way `Parse::CPAN::Meta::_slurp` does it:
//! `Encode::decode('UTF-8', $bytes, Encode::PERLQQ)`.
//!
//! Encode's strict UTF-8 rejects what Rust's `from_utf8` rejects (malformed and overlong
//! sequences, surrogates, code points above U+10FFFF) *and* the 66 Unicode noncharacters
//! (U+FDD0..U+FDEF and every U+xxFFFE / U+xxFFFF). PERLQQ replaces each byte of a rejected
//! sequence with the four characters `\xHH` (upper-case hex), so `Fo\xE9` in Latin-1 becomes the
//! text `Fo\xE9`. Spans must still point at the original bytes, so every replacement is recorded
//! and [`Decoded::orig`] maps decoded offsets back.

use std::borrow::Cow;

use crate::source::nonchar::{has_nonchar, is_nonchar as is_noncharacter};

/// The decoded text and the way back to byte offsets.
pub(super) struct Decoded<'a> {
    /// Borrowed when the bytes are strict UTF-8 already (the usual case).
    pub text: Cow<'a, str>,
    /// `(decoded offset of "\xHH", original byte offset)` for every replaced byte, in order.
    replaced: Vec<(usize, usize)>,
}

impl<'a> Decoded<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        if let Ok(text) = std::str::from_utf8(bytes) {
            if !has_nonchar(text) {
                return Self {
                    text: Cow::Borrowed(text),
                    replaced: Vec::new(),
                };
            }
        }
        let mut text = String::with_capacity(bytes.len() + 16);
        let mut replaced = Vec::new();
        let mut orig = 0;
        let mut escape = |text: &mut String, byte: u8, at: usize| {
            replaced.push((text.len(), at));
            text.push_str("\\x");
            text.push(char::from(HEX[usize::from(byte >> 4)]));
            text.push(char::from(HEX[usize::from(byte & 15)]));
        };
        for chunk in bytes.utf8_chunks() {
            for c in chunk.valid().chars() {
                if is_noncharacter(c) {
                    let mut buf = [0; 4];
                    for (i, &b) in c.encode_utf8(&mut buf).as_bytes().iter().enumerate() {
                        escape(&mut text, b, orig + i);
                    }
                } else {
                    text.push(c);
                }
                orig += c.len_utf8();
            }
            for &b in chunk.invalid() {
                escape(&mut text, b, orig);
                orig += 1;
            }
        }
        Self {
            text: Cow::Owned(text),
            replaced,
        }
    }

    /// Whether any byte had to be replaced (the input was not strict UTF-8).
    pub fn had_invalid(&self) -> bool {
        !self.replaced.is_empty()
    }

    /// The original byte offsets of the replaced bytes, in order.
    pub fn invalid_bytes(&self) -> impl Iterator<Item = usize> + '_ {
        self.replaced.iter().map(|&(_, o)| o)
    }

    /// Maps an offset in [`Decoded::text`] to the original byte offset.
    pub fn orig(&self, decoded: usize) -> usize {
        let i = self.replaced.partition_point(|&(d, _)| d <= decoded);
        if i == 0 {
            return decoded;
        }
        let (d, o) = self.replaced[i - 1];
        if decoded < d + 4 {
            // inside the four characters that stand for one byte
            o + usize::from(decoded > d)
        } else {
            o + 1 + (decoded - d - 4)
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

#[cfg(test)]
mod tests {
    use super::*;

    /// Expectations from `Encode::decode("UTF-8", $bytes, Encode::PERLQQ)` (perl 5.36, Encode
    /// 3.17), printed code point by code point.
    #[test]
    fn invalid_bytes_become_perlqq_escapes_like_encode() {
        let cases: &[(&[u8], &str)] = &[
            (b"Fo\xE9", "Fo\\xE9"),
            (b"\xE2\x82A", "\\xE2\\x82A"),
            (b"\xED\xA0\x80", "\\xED\\xA0\\x80"),
            (b"\xF4\x90\x80\x80", "\\xF4\\x90\\x80\\x80"),
            (b"\xC0\x80", "\\xC0\\x80"),
            (b"\xEF\xBF\xBE", "\\xEF\\xBF\\xBE"),
            (b"\xEF\xB7\x90", "\\xEF\\xB7\\x90"),
            (b"\xEF\xB7\xB0", "\u{FDF0}"),
            (b"\xF0\x9F\xBF\xBE", "\\xF0\\x9F\\xBF\\xBE"),
            (b"\xF0\x9F\x98\x80", "\u{1F600}"),
            (b"\xF0\x9F\x98\xE9", "\\xF0\\x9F\\x98\\xE9"),
            (b"\xFFA", "\\xFFA"),
        ];
        for (bytes, want) in cases {
            assert_eq!(Decoded::new(bytes).text, *want, "{bytes:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original_bytes() {
        let d = Decoded::new(b"a\xE9bc\xFFd");
        assert_eq!(d.text, "a\\xE9bc\\xFFd");
        assert_eq!(d.orig(0), 0);
        assert_eq!(d.orig(1), 1); // start of \xE9
        assert_eq!(d.orig(5), 2); // end of \xE9 = 'b'
        assert_eq!(d.orig(6), 3);
        assert_eq!(d.orig(7), 4); // start of \xFF
        assert_eq!(d.orig(11), 5);
        assert_eq!(d.orig(12), 6);
        assert!(Decoded::new(b"plain").replaced.is_empty());
    }
}
