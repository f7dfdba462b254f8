//! Unicode noncharacters, which Encode's strict UTF-8 decoder refuses. Both readers emulate
//! `Encode::decode('UTF-8', ..., PERLQQ)`, and both ask first whether valid UTF-8 holds any.

/// U+FDD0..U+FDEF and every U+xxFFFE / U+xxFFFF.
pub(super) fn is_nonchar(c: char) -> bool {
    let c = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

/// Whether valid UTF-8 `text` holds a noncharacter.
pub(super) fn has_nonchar(text: &str) -> bool {
    // Every noncharacter's UTF-8 starts with 0xEF or 0xF0..=0xF4 (lead bytes, so char boundaries):
    // decode only there, and only when such a byte exists (a branch-free scan finds out).
    let bytes = text.as_bytes();
    if bytes.is_ascii() {
        // the usual META file; `is_ascii` reads a word at a time
        return false;
    }
    if !bytes
        .chunks(32)
        .any(|chunk| chunk.iter().fold(0u8, |m, &b| m.max(b)) >= 0xEF)
    {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| {
        b >= 0xEF
            && text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_nonchar)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noncharacters_are_found_only_where_they_are() {
        assert!(is_nonchar('\u{FDD0}') && is_nonchar('\u{1FFFE}') && !is_nonchar('\u{FFFD}'));
        assert!(has_nonchar("abc\u{FFFF}"));
        assert!(has_nonchar(&format!("{}\u{10FFFE}", "x".repeat(40))));
        assert!(!has_nonchar("abc\u{FFFD}\u{1F600}\u{e9}"));
        assert!(!has_nonchar(""));
    }
}
