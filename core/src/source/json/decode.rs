//! What Perl does to the bytes of a META.json before JSON::PP parses them.
//!
//! `Parse::CPAN::Meta->load_file` slurps the file raw, decodes it with
//! `Encode::decode('UTF-8', $bytes, PERLQQ)` and re-encodes it with
//! `Encode::encode('UTF-8', $chars, PERLQQ)` before calling `JSON::PP::decode_json`. Encode's
//! strict `UTF-8` rejects malformed sequences, surrogates, code points above U+10FFFF *and*
//! noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF); PERLQQ replaces every byte of a rejected
//! sequence by the four characters `\xHH` (uppercase hex). JSON::PP then looks at the first four
//! octets: a NUL in the first or second one makes it transcode from UTF-16 or UTF-32 with
//! `Encode::from_to` (replacement characters for bad units, a trailing partial unit dropped).
//!
//! The parser runs on the result, so its offsets are JSON::PP's offsets; [`PerlView::map`] maps them
//! back to the original bytes when the two differ.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::source::nonchar::{has_nonchar, is_nonchar};
use crate::source::Span;

/// The text JSON::PP parses, and how it relates to the original bytes.
#[derive(Debug)]
pub(super) struct PerlView<'a> {
    /// Always valid UTF-8 (Encode's output is).
    pub text: Cow<'a, str>,
    /// `map[i]` is the original offset of byte `i` of `text` (one entry past the end too);
    /// `None` when `text` *is* the original bytes.
    pub map: Option<Vec<u32>>,
    /// Original byte ranges Encode rejected, each with whether it is a (well-formed) noncharacter.
    pub rejected: Vec<(Span, Rejected)>,
    /// JSON::PP's encoding guess when it is not UTF-8 (`UTF-16BE` ...).
    pub transcoded_from: Option<&'static str>,
}

/// Why Encode's strict UTF-8 decoder rejected some bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rejected {
    /// Not UTF-8 at all (a stray byte, a truncated or overlong sequence, a surrogate, > U+10FFFF).
    Malformed,
    /// Well-formed UTF-8 of a Unicode noncharacter such as U+FFFF.
    Nonchar(char),
}

impl PerlView<'_> {
    /// The original offset of `offset` in [`PerlView::text`].
    pub fn original(&self, offset: usize) -> usize {
        match &self.map {
            None => offset,
            Some(map) => map.get(offset).map_or(offset, |&o| o as usize),
        }
    }
}

/// Emulates the slurp / decode / encode / encoding-detection chain.
pub(super) fn perl_view(bytes: &[u8]) -> PerlView<'_> {
    let mut view = match std::str::from_utf8(bytes) {
        Ok(text) if !has_nonchar(text) => PerlView {
            text: Cow::Borrowed(text),
            map: None,
            rejected: Vec::new(),
            transcoded_from: None,
        },
        _ => perlqq(bytes),
    };
    if let Some(encoding) = detect_utf_encoding(view.text.as_bytes()) {
        let (text, units) = transcode(view.text.as_bytes(), encoding);
        let map = units.iter().map(|&u| view.original(u) as u32).collect();
        view.text = Cow::Owned(text);
        view.map = Some(map);
        view.transcoded_from = Some(encoding);
    }
    view
}

/// The slow path: some bytes are rejected and become `\xHH`.
fn perlqq(bytes: &[u8]) -> PerlView<'_> {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut map: Vec<u32> = Vec::with_capacity(bytes.len() + 17);
    let mut rejected = Vec::new();
    let mut offset = 0usize;
    let escape = |text: &mut String, map: &mut Vec<u32>, b: u8, at: usize| {
        let _ = write!(text, "\\x{b:02X}");
        map.extend(std::iter::repeat_n(at as u32, 4));
    };
    for chunk in bytes.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            let at = offset + i;
            let len = c.len_utf8();
            if is_nonchar(c) {
                for k in 0..len {
                    escape(&mut text, &mut map, bytes[at + k], at);
                }
                rejected.push((Span::new(at, at + len), Rejected::Nonchar(c)));
            } else {
                text.push(c);
                map.extend((at..at + len).map(|o| o as u32));
            }
        }
        offset += chunk.valid().len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            for (k, &b) in invalid.iter().enumerate() {
                escape(&mut text, &mut map, b, offset + k);
            }
            let end = offset + invalid.len();
            match rejected.last_mut() {
                // Adjacent malformed bytes are one run.
                Some((span, Rejected::Malformed)) if span.end as usize == offset => {
                    *span = Span::new(span.start as usize, end);
                }
                _ => rejected.push((Span::new(offset, end), Rejected::Malformed)),
            }
            offset += invalid.len();
        }
    }
    map.push(bytes.len() as u32);
    PerlView {
        text: Cow::Owned(text),
        map: Some(map),
        rejected,
        transcoded_from: None,
    }
}

/// JSON::PP's `_detect_utf_encoding`: `None` for UTF-8 and for texts under four octets.
fn detect_utf_encoding(octets: &[u8]) -> Option<&'static str> {
    let &[a, b, c, _, ..] = octets else {
        return None;
    };
    match (a != 0, b != 0, c != 0) {
        (true, true, _) => None,
        (false, true, _) => Some("UTF-16BE"),
        (false, false, _) => Some("UTF-32BE"),
        (true, false, true) => Some("UTF-16LE"),
        (true, false, false) => Some("UTF-32LE"),
    }
}

/// `Encode::from_to($text, $encoding, 'utf-8')`: the UTF-8 text and, for each of its bytes (and
/// one past the end), the offset in `src` of the unit it came from.
fn transcode(src: &[u8], encoding: &str) -> (String, Vec<usize>) {
    let mut text = String::with_capacity(src.len());
    let mut units = Vec::with_capacity(src.len() + 1);
    let push = |text: &mut String, units: &mut Vec<usize>, c: char, at: usize| {
        text.push(c);
        units.extend(std::iter::repeat_n(at, c.len_utf8()));
    };
    if encoding.starts_with("UTF-32") {
        let big = encoding.ends_with("BE");
        for (k, w) in src.chunks_exact(4).enumerate() {
            let w = [w[0], w[1], w[2], w[3]];
            let u = if big {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            };
            let c = char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER);
            push(&mut text, &mut units, c, k * 4);
        }
    } else {
        let big = encoding.ends_with("BE");
        let unit = |k: usize| {
            let w = [src[k], src[k + 1]];
            if big {
                u16::from_be_bytes(w)
            } else {
                u16::from_le_bytes(w)
            }
        };
        let end = src.len() & !1;
        let mut k = 0;
        while k < end {
            let u = unit(k);
            if (0xD800..0xDC00).contains(&u) && k + 2 < end {
                let low = unit(k + 2);
                if (0xDC00..0xE000).contains(&low) {
                    let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    let c = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
                    push(&mut text, &mut units, c, k);
                    k += 4;
                    continue;
                }
            }
            let c = char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER);
            push(&mut text, &mut units, c, k);
            k += 2;
        }
    }
    units.push(src.len());
    (text, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_is_borrowed_unchanged() {
        let view = perl_view("{\"a\":\"\u{e9}\"}".as_bytes());
        assert!(matches!(view.text, Cow::Borrowed(_)));
        assert!(view.map.is_none() && view.rejected.is_empty());
    }

    /// perl: `Encode::decode('UTF-8', "\xE9x", PERLQQ)` is the five characters `\xE9x`.
    #[test]
    fn rejected_bytes_become_perlqq_escapes_mapped_to_their_byte() {
        let view = perl_view(b"a\xE9\xE2\x82x");
        assert_eq!(view.text, "a\\xE9\\xE2\\x82x");
        assert_eq!(view.original(1), 1);
        assert_eq!(view.original(5), 2);
        assert_eq!(view.original(13), 4);
        assert_eq!(view.original(14), 5);
        assert_eq!(view.rejected, vec![(Span::new(1, 4), Rejected::Malformed)]);
    }

    /// perl rejects U+FFFF, U+FDD0 and U+1FFFE in strict UTF-8 (see tests/oracle/json-quirks.jsonl).
    #[test]
    fn noncharacters_are_rejected() {
        let view = perl_view("x\u{FFFF}".as_bytes());
        assert_eq!(view.text, "x\\xEF\\xBF\\xBF");
        assert_eq!(
            view.rejected,
            vec![(Span::new(1, 4), Rejected::Nonchar('\u{FFFF}'))]
        );
    }

    /// perl: a NUL first octet makes JSON::PP decode `"\0{\0}"` as UTF-16BE, which reads `{}`.
    #[test]
    fn a_leading_nul_means_utf16() {
        let view = perl_view(b"\0{\0}");
        assert_eq!(view.transcoded_from, Some("UTF-16BE"));
        assert_eq!(view.text, "{}");
        assert_eq!(view.original(1), 2);
        let view = perl_view(b"{\0\"\0a\0\"\0:\x001\0}\0");
        assert_eq!(view.transcoded_from, Some("UTF-16LE"));
        assert_eq!(view.text, "{\"a\":1}");
        let view = perl_view(b"\0\0\0{");
        assert_eq!(view.transcoded_from, Some("UTF-32BE"));
        assert_eq!(view.text, "{");
    }

    /// perl `Encode::from_to`: lone surrogates become U+FFFD, a trailing odd byte is dropped.
    #[test]
    fn transcoding_replaces_bad_units() {
        assert_eq!(transcode(b"\xD8\x00\x00A", "UTF-16BE").0, "\u{FFFD}A");
        assert_eq!(transcode(b"\x00A\xDC\x00", "UTF-16BE").0, "A\u{FFFD}");
        assert_eq!(transcode(b"\xD8\x3D\xDE\x00", "UTF-16BE").0, "\u{1F600}");
        assert_eq!(transcode(b"\x00A\x00", "UTF-16BE").0, "A");
        assert_eq!(transcode(b"\x00\x11\x00\x00", "UTF-32BE").0, "\u{FFFD}");
        assert_eq!(transcode(b"\x00\x00\x00A\x00\x00", "UTF-32BE").0, "A");
    }
}
