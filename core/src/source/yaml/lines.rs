//! The line list CPAN::Meta::YAML's "nibbling parser" works on, and Perl's `\s`.
//!
//! `_load_string` splits on `\r\n`, `\r\r\n`, `\r` and `\n`, then drops every line that is blank or
//! only a comment (`/^\s*(?:\#.*)?\z/`). Dropping happens *before* parsing, so block scalars lose
//! their blank and `#` lines too. Splitting on every `\r` and `\n` gives the same list, because
//! the extra empty fields are blank and dropped.

use std::borrow::Cow;

/// Perl's `\s` on a character string (5.18+): the Unicode White_Space property, which is what
/// `char::is_whitespace` tests.
pub(super) fn is_ws(c: char) -> bool {
    c.is_whitespace()
}

/// Length of the leading whitespace: `(characters, bytes)`. Perl measures indentation with
/// `length`, so a tab or a U+3000 counts as one.
pub(super) fn leading_ws(text: &str) -> (usize, usize) {
    let mut chars = 0;
    for (i, c) in text.char_indices() {
        if !is_ws(c) {
            return (chars, i);
        }
        chars += 1;
    }
    (chars, text.len())
}

/// `$string =~ s/\s*\z//`: the length of `text` without trailing whitespace.
pub(super) fn trim_end_len(text: &str) -> usize {
    text.trim_end_matches(is_ws).len()
}

/// One line as the parser currently sees it. Key parsing removes a prefix and `- key: v` items
/// turn their dash into a space (`s/-/ /`), so the text may differ from the source line; offsets
/// stay linear because both edits keep byte positions.
#[derive(Clone, Debug)]
pub(super) struct Line<'a> {
    pub text: Cow<'a, str>,
    /// Offset in the decoded text of `text[0]`.
    pub start: usize,
}

impl Line<'_> {
    /// Drops the first `n` bytes of the current text.
    pub fn strip_prefix(&mut self, n: usize) {
        self.text = match std::mem::take(&mut self.text) {
            Cow::Borrowed(s) => Cow::Borrowed(&s[n..]),
            Cow::Owned(s) => Cow::Owned(s[n..].to_owned()),
        };
        self.start += n;
    }

    /// Replaces the ASCII byte at `at` (an index into the text) with a space.
    pub fn blank_byte(&mut self, at: usize) {
        let mut s = self.text.to_string();
        s.replace_range(at..=at, " ");
        self.text = Cow::Owned(s);
    }

    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Splits `text` (already without its BOM, starting at decoded offset `base`) into the lines
/// CPAN::Meta::YAML keeps.
pub(super) fn significant_lines(text: &str, base: usize) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[start..i];
            let rest = line.trim_start_matches(is_ws);
            if !rest.is_empty() && !rest.starts_with('#') {
                out.push(Line {
                    text: Cow::Borrowed(line),
                    start: base + start,
                });
            }
            start = i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_comment_lines_are_dropped_whatever_the_line_ending() {
        let lines = significant_lines("a: 1\r\n\r\n  # c\rb: 2\r\r\n\u{3000}\n  c: 3", 0);
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["a: 1", "b: 2", "  c: 3"]);
        assert_eq!(lines[1].start, 14);
    }

    #[test]
    fn indentation_counts_characters_not_bytes() {
        assert_eq!(leading_ws("\t\u{3000} x"), (3, 5));
        assert_eq!(leading_ws("   "), (3, 3));
    }
}
