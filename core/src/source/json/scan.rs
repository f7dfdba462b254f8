//! Strings and numbers, scanned the way JSON::PP's `string` and `number` do.

use super::error::{Failure, END_OF_STRING};
use super::number;
use super::parser::{Issue, Parsed, Parser, Relaxed};
use crate::source::{Node, Span};

const ILLEGAL_ESCAPE: &str = "illegal backslash escape sequence in string";

impl Parser<'_> {
    /// JSON::PP's `string`, entered wherever a string must start (a value or an object key).
    /// Leaves `pos` after the closing quote.
    ///
    /// Most strings hold nothing to look at twice: those are cut out here; escapes, control
    /// characters and (in lenient mode) non-ASCII bytes go to [`Parser::string_rest`].
    #[inline]
    pub(super) fn string(&mut self) -> Parsed<String> {
        let src = self.src;
        if src.get(self.pos) != Some(&b'"') {
            // JSON::PP reads the key without checking for the quote and reports running out.
            return Err(self.fail_here(END_OF_STRING));
        }
        let lenient = self.mode == super::parser::Mode::Lenient;
        let start = self.pos + 1;
        let j = skip_plain(src, start, lenient);
        if src.get(j) == Some(&b'"') {
            let s = self.piece(start, j).into_owned();
            self.pos = j + 1;
            return Ok(s);
        }
        self.string_rest(start, j)
    }

    /// The rest of a string whose text starts at `start`, from `j` on (never inlined: see
    /// `Parser::white_run`).
    #[inline(never)]
    fn string_rest(&mut self, start: usize, j: usize) -> Parsed<String> {
        let src = self.src;
        let lenient = self.mode == super::parser::Mode::Lenient;
        let mut j = j;
        let mut seg = start;
        let mut buf: Option<String> = None;
        let mut high: Option<u32> = None;
        loop {
            j = skip_plain(src, j, lenient);
            let Some(&b) = src.get(j) else {
                return Err(Failure::new(END_OF_STRING, src.len(), src.len()));
            };
            match b {
                b'"' => {
                    if high.is_some() {
                        return Err(Failure::new(
                            "missing low surrogate character in surrogate pair",
                            self.at_of(j + 1),
                            j,
                        ));
                    }
                    let s = match buf {
                        None => self.piece(seg, j).into_owned(),
                        Some(mut out) => {
                            out.push_str(&self.piece(seg, j));
                            out
                        }
                    };
                    self.pos = j + 1;
                    return Ok(s);
                }
                b'\\' => {
                    let out = buf.get_or_insert_with(String::new);
                    out.push_str(&self.piece(seg, j));
                    j = self.escape(j, out, &mut high)?;
                    seg = j;
                }
                b'\t' if lenient => {
                    self.issues.push(Issue::Relaxed {
                        what: Relaxed::Tab,
                        span: Span::new(j, j + 1),
                    });
                    j += 1;
                }
                0..=0x1f => {
                    return Err(Failure::new(
                        "invalid character encountered while parsing JSON string",
                        j,
                        j,
                    ));
                }
                0x80.. if lenient => {
                    if let Some(n) = utf8_len(&src[j..]) {
                        j += n;
                    } else {
                        // Not UTF-8 (reported by the decoder): keep a replacement character.
                        let out = buf.get_or_insert_with(String::new);
                        out.push_str(&self.piece(seg, j));
                        out.push(char::REPLACEMENT_CHARACTER);
                        j += 1;
                        seg = j;
                    }
                }
                _ => j += 1,
            }
        }
    }

    /// The text of `src[a..b]`; without re-validation when the source is known to be UTF-8 (the
    /// strict pass) and the cut falls on character boundaries (it always does: cuts are at ASCII).
    fn piece(&self, a: usize, b: usize) -> std::borrow::Cow<'_, str> {
        match self.text.and_then(|t| t.get(a..b)) {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => String::from_utf8_lossy(&self.src[a..b]),
        }
    }

    /// One escape at `j` (the backslash); returns the offset after it.
    fn escape(&self, j: usize, out: &mut String, high: &mut Option<u32>) -> Parsed<usize> {
        let src = self.src;
        let c = match src.get(j + 1) {
            None => {
                let at = src.len().saturating_sub(2);
                return Err(Failure::new(ILLEGAL_ESCAPE, at, j));
            }
            Some(&c) => c,
        };
        let simple = match c {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'\\' => '\\',
            b'"' => '"',
            b'/' => '/',
            b'u' => return self.unicode_escape(j, out, high),
            _ => return Err(Failure::new(ILLEGAL_ESCAPE, j, j)),
        };
        out.push(simple);
        Ok(j + 2)
    }

    /// `\uXXXX`, with JSON::PP's surrogate bookkeeping: a high surrogate waits (a second one
    /// replaces it), a low one needs a waiting high one, anything else must not follow a high one.
    fn unicode_escape(&self, j: usize, out: &mut String, high: &mut Option<u32>) -> Parsed<usize> {
        let mut u = 0u32;
        for p in j + 2..j + 6 {
            match self.src.get(p).and_then(|&h| char::from(h).to_digit(16)) {
                Some(d) => u = u * 16 + d,
                None => return Err(Failure::new(END_OF_STRING, self.at_of(p), p)),
            }
        }
        let end = j + 6;
        if (0xD800..0xDC00).contains(&u) {
            *high = Some(u);
        } else if (0xDC00..0xE000).contains(&u) {
            let Some(h) = high.take() else {
                return Err(Failure::new(
                    "missing high surrogate character in surrogate pair",
                    end,
                    j,
                ));
            };
            let c = 0x10000 + ((h - 0xD800) << 10) + (u - 0xDC00);
            out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
        } else {
            if high.is_some() {
                return Err(Failure::new("surrogate pair expected", end, j));
            }
            out.push(char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        Ok(end)
    }

    /// JSON::PP's `number`, entered on a digit or `-`.
    pub(super) fn number(&mut self) -> Parsed<Node> {
        let src = self.src;
        let start = self.pos;
        let digit = |j: usize| src.get(j).is_some_and(u8::is_ascii_digit);
        let mut j = start;
        if src[j] == b'-' {
            j += 1;
            if !digit(j) {
                let message = "malformed number (no digits after initial minus)";
                return Err(Failure::new(message, self.at_of(j), j));
            }
        }
        if src[j] == b'0' {
            // JSON::PP peeks for another digit, or a hex letter other than `e`.
            if matches!(
                src.get(j + 1),
                Some(b'0'..=b'9' | b'a'..=b'd' | b'f' | b'A'..=b'D' | b'F')
            ) {
                let message =
                    "malformed number (leading zero must not be followed by another digit)";
                return Err(Failure::new(message, j + 1, j + 1));
            }
            j += 1;
        }
        while digit(j) {
            j += 1;
        }
        let is_dec = src.get(j) == Some(&b'.');
        if is_dec {
            j += 1;
            if !digit(j) {
                let message = "malformed number (no digits after decimal point)";
                return Err(Failure::new(message, self.at_of(j), j));
            }
            while digit(j) {
                j += 1;
            }
        }
        let is_exp = matches!(src.get(j), Some(b'e' | b'E'));
        if is_exp {
            j += 1;
            if matches!(src.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if !digit(j) {
                let message = "malformed number (no digits after exp sign)";
                return Err(Failure::new(message, self.at_of(j), j));
            }
            while digit(j) {
                j += 1;
            }
        }
        self.pos = j;
        let raw = String::from_utf8_lossy(&src[start..j]);
        let value = number::perl_value(&raw, is_dec, is_exp);
        Ok(Node::new(value, Span::new(start, j)))
    }
}

const ONES: u64 = u64::from_ne_bytes([1; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The first index from `j` on whose byte needs a look inside a string: `"`, `\\`, a control
/// character, or (when `stop_high`) a non-ASCII byte; or, where fewer than eight bytes are left
/// before it, some index in those last bytes. Eight bytes at a time: in each word, the
/// lowest flagged byte of `(v - 0x01..) & !v & 0x80..` is the lowest zero byte of `v` (borrows
/// only flag bytes *above* a true hit), and likewise for "less than 0x20".
pub(super) fn skip_plain(src: &[u8], mut j: usize, stop_high: bool) -> usize {
    let zero_in = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    while let Some(chunk) = src.get(j..j + 8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(word);
        let quote = zero_in(x ^ (ONES * u64::from(b'"')));
        let backslash = zero_in(x ^ (ONES * u64::from(b'\\')));
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
        let high = if stop_high { x & HIGHS } else { 0 };
        let hits = quote | backslash | control | high;
        if hits != 0 {
            return j + (hits.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    j
}

/// The length of the well-formed UTF-8 sequence starting `bytes`, if it starts one.
fn utf8_len(bytes: &[u8]) -> Option<usize> {
    let n = match bytes[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let seq = bytes.get(..n)?;
    std::str::from_utf8(seq).ok().map(|_| n)
}
