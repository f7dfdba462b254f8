//! Runs of spaces, which both readers meet at the start of nearly every line (indentation).

/// The first index from `i` on that is not a space, looking at eight bytes at a time
/// (indentation comes in runs of spaces).
pub(crate) fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    while let Some(chunk) = b.get(i..i + 8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let other = u64::from_le_bytes(word) ^ SPACES;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_at_the_first_byte_that_is_not_a_space() {
        assert_eq!(skip_spaces(b"", 0), 0);
        assert_eq!(skip_spaces(b"x", 0), 0);
        assert_eq!(skip_spaces(b"   x", 0), 3);
        assert_eq!(skip_spaces(b"  \t", 1), 2);
        // across and after whole words of eight
        assert_eq!(skip_spaces(b"                   \n  ", 0), 19);
        assert_eq!(skip_spaces(b"          ", 0), 10);
    }
}
