//! How version.pm 0.9929 reads a version string: `prescan_version` (validation, in lax mode) and
//! `scan_version` (tokenising into integer components), re-implemented from the behaviour of
//! perl 5.36's `vutil.c` and checked against the system perl by the differential test.
//!
//! The scanner works on bytes, as the C code does: only ASCII digits, letters and whitespace are
//! classified, and a NUL byte ends the string.

use super::VersionErrorKind;

/// The largest component version.pm stores (`VERSION_MAX`, `0x7FFFFFFF`).
pub(crate) const VERSION_MAX: u32 = 0x7FFF_FFFF;

/// What `scan_version` produced.
#[derive(Debug)]
pub(crate) struct Scanned {
    pub parts: Vec<u32>,
    pub qv: bool,
    pub alpha: bool,
    /// The `original` string (what `stringify` returns).
    pub original: String,
    /// A component overflowed (`original` is then `v.Inf`).
    pub vinf: bool,
    /// Byte offset in the input where scanning stopped; anything but the end is "ignored".
    pub rest: usize,
}

/// `isSPACE` for the ASCII range (space, \t, \n, \v, \f, \r).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The characters that may end a version in `prescan_version`.
fn is_end(b: u8) -> bool {
    matches!(b, 0 | b';' | b'{' | b'}')
}

struct Prescan {
    qv: bool,
    saw_decimal: u32,
    alpha: bool,
    /// Offset where the prescan stopped.
    last: usize,
}

/// `prescan_version(s, strict=FALSE, ...)` on `s[start..]`. `s` is NUL-terminated by the caller
/// (an index past the end reads as 0, like the C string's terminator).
fn prescan(s: &[u8], start: usize) -> Result<Prescan, (VersionErrorKind, usize)> {
    use VersionErrorKind as E;
    let at = |i: usize| -> u8 { s.get(i).copied().unwrap_or(0) };
    let digit = |i: usize| at(i).is_ascii_digit();
    let mut d = start;
    let mut qv = false;
    let mut saw_decimal = 0u32;
    let mut alpha = false;

    // `dotted` is true when we are (or restart) in the dotted-decimal branch.
    let mut dotted = false;
    if at(d) == b'v' {
        d += 1;
        if digit(d) {
            qv = true;
        } else {
            return Err((E::DottedNeedsThreeParts, d));
        }
        dotted = true;
    }
    loop {
        if dotted {
            while digit(d) {
                d += 1;
            }
            if at(d) == b'.' {
                saw_decimal += 1;
                d += 1;
            } else {
                break;
            }
            while digit(d) {
                while digit(d) {
                    d += 1;
                }
                if at(d) == b'_' {
                    if alpha {
                        return Err((E::MultipleUnderscores, d));
                    }
                    d += 1;
                    alpha = true;
                } else if at(d) == b'.' {
                    if alpha {
                        return Err((E::UnderscoresBeforeDecimal, d));
                    }
                    saw_decimal += 1;
                    d += 1;
                } else if !digit(d) {
                    break;
                }
            }
            break;
        }
        // decimal versions
        if at(d) == b'-' {
            return Err((E::Negative, d));
        }
        while digit(d) {
            d += 1;
        }
        if at(d) == b'.' {
            saw_decimal += 1;
            d += 1;
        } else if is_end(at(d)) || is_space(at(d)) {
            if d == start {
                return Err((E::Required, d));
            }
            break;
        } else if d == start {
            return Err((E::NonNumeric, d));
        } else if at(d) == b'_' {
            return Err(if digit(d + 1) {
                (E::AlphaWithoutDecimal, d)
            } else {
                (E::MisplacedUnderscore, d)
            });
        } else {
            return Err((E::NonNumeric, d));
        }
        if !(digit(d) || is_end(at(d)) || is_space(at(d))) {
            return Err((E::FractionalPartRequired, d));
        }
        let mut restart = false;
        while digit(d) {
            d += 1;
            if at(d) == b'.' && digit(d - 1) {
                if alpha {
                    return Err((E::UnderscoresBeforeDecimal, d));
                }
                d = start;
                qv = true;
                restart = true;
                break;
            }
            if at(d) == b'_' {
                if alpha {
                    return Err((E::MultipleUnderscores, d));
                }
                if !digit(d + 1) {
                    return Err((E::MisplacedUnderscore, d));
                }
                d += 1;
                alpha = true;
            }
        }
        if restart {
            dotted = true;
            continue;
        }
        break;
    }
    // version_prescan_finish
    while is_space(at(d)) {
        d += 1;
    }
    if !digit(d) && !is_end(at(d)) {
        return Err((E::NonNumeric, d));
    }
    if saw_decimal > 1 && d > 0 && at(d - 1) == b'.' {
        return Err((E::TrailingDecimal, d));
    }
    Ok(Prescan {
        qv,
        saw_decimal,
        alpha,
        last: d,
    })
}

/// `scan_version(s, rv, qv=FALSE)` as `upg_version` calls it for a string.
pub(crate) fn scan(input: &str) -> Result<Scanned, (VersionErrorKind, usize)> {
    // The C code sees a NUL-terminated string.
    let s = match input.as_bytes().iter().position(|&b| b == 0) {
        Some(n) => &input.as_bytes()[..n],
        None => input.as_bytes(),
    };
    let at = |i: usize| -> u8 { s.get(i).copied().unwrap_or(0) };
    let digit = |i: usize| at(i).is_ascii_digit();

    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let start = i;
    let is_undef = &s[start..] == b"undef";
    let pre = match prescan(s, start) {
        Ok(p) => p,
        Err(_) if is_undef => Prescan {
            qv: false,
            saw_decimal: 0,
            alpha: false,
            last: start,
        },
        Err(e) => return Err(e),
    };
    let qv = pre.qv;
    let mut cur = start; // `s` in the C code
    if at(cur) == b'v' {
        cur += 1;
    }
    let mut pos = cur;
    let mut parts: Vec<u32> = Vec::new();
    let mut vinf = false;

    while digit(pos) || at(pos) == b'_' {
        pos += 1;
    }
    if !at(pos).is_ascii_alphabetic() {
        loop {
            let mut rev: u32 = 0;
            let end = pos;
            if !qv && cur > start && pre.saw_decimal == 1 {
                // up to three digits of a decimal fraction, most significant first
                let mut mult = 100u32;
                while cur < end {
                    if at(cur) == b'_' {
                        cur += 1;
                        continue;
                    }
                    rev += u32::from(at(cur) - b'0') * mult;
                    mult /= 10;
                    cur += 1;
                    if at(cur) == b'_' {
                        cur += 1;
                    }
                }
            } else {
                // atoi that skips underscores, with version.pm's overflow rule
                let mut mult: u32 = 1;
                let mut k = end;
                while k > cur {
                    k -= 1;
                    if at(k) == b'_' {
                        continue;
                    }
                    let d = u32::from(at(k) - b'0');
                    if mult == VERSION_MAX || d > VERSION_MAX / mult || d * mult > VERSION_MAX - rev
                    {
                        rev = VERSION_MAX;
                        vinf = true;
                        break;
                    }
                    rev += d * mult;
                    mult = if mult > VERSION_MAX / 10 {
                        VERSION_MAX
                    } else {
                        mult * 10
                    };
                }
            }
            parts.push(rev);
            if vinf {
                cur = pre.last;
                break;
            } else if at(pos) == b'.' {
                pos += 1;
                if qv {
                    while at(pos) == b'0' {
                        pos += 1;
                    }
                }
                cur = pos;
            } else if (at(pos) == b'_' || at(pos) == b',') && digit(pos + 1) {
                pos += 1;
                cur = pos;
            } else if digit(pos) {
                cur = pos;
            } else {
                cur = pos;
                break;
            }
            if qv {
                while digit(pos) || at(pos) == b'_' {
                    pos += 1;
                }
            } else {
                let mut digits = 0;
                while (digit(pos) || at(pos) == b'_') && digits < 3 {
                    if at(pos) != b'_' {
                        digits += 1;
                    }
                    pos += 1;
                }
            }
        }
    }
    if qv {
        while parts.len() < 3 {
            parts.push(0);
        }
    }
    let original = if vinf {
        "v.Inf".to_owned()
    } else if cur > start {
        let text = String::from_utf8_lossy(&s[start..cur]).into_owned();
        if qv && pre.saw_decimal == 1 && at(start) != b'v' {
            format!("v{text}")
        } else {
            text
        }
    } else {
        parts.push(0);
        "0".to_owned()
    };
    if &s[cur.min(s.len())..] == b"undef" {
        cur += 5;
    }
    Ok(Scanned {
        parts,
        qv,
        alpha: pre.alpha,
        original,
        vinf,
        rest: cur.min(s.len()),
    })
}
