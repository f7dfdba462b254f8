//! The line list CPAN::Meta::YAML's "nibbling parser" works on, and Perl's `\s`.
//!
//! `_load_string` splits on `\r\n`, `\r\r\n`, `\r` and `\n`, then drops every line that is blank or
//! only a comment (`/^\s*(?:\#.*)?\z/`). Dropping happens *before* parsing, so block scalars lose
//! their blank and `#` lines too. Splitting on every `\r` and `\n` gives the same list, because
//! the extra empty fields are blank and dropped.

use std::borrow::Cow;

use crate::source::spaces::skip_spaces;

/// Perl's `\s` on a character string (5.18+): the Unicode White_Space property, which is what
/// `char::is_whitespace` tests.
pub(super) fn is_ws(c: char) -> bool {
    c.is_whitespace()
}

/// `is_ws` on an ASCII byte: `\t \n \x0B \x0C \r` and space (the ASCII White_Space characters).
fn is_ascii_ws(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Whether the character starting at byte `i` of `text` is whitespace (false at the end).
pub(super) fn ws_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => is_ascii_ws(b),
        Some(_) => text[i..].chars().next().is_some_and(is_ws),
    }
}

/// `text.trim_start_matches(is_ws)`, looking at ASCII bytes without decoding them (every line
/// goes through here, and META files are mostly ASCII).
pub(super) fn trim_ws_start(text: &str) -> &str {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if is_ascii_ws(c) {
            i += 1;
        } else if c < 0x80 {
            break;
        } else {
            return text[i..].trim_start_matches(is_ws);
        }
    }
    &text[i..]
}

/// `text.trim_end_matches(is_ws)`, ASCII first.
pub(super) fn trim_ws_end(text: &str) -> &str {
    let b = text.as_bytes();
    let mut end = b.len();
    while end > 0 {
        let c = b[end - 1];
        if is_ascii_ws(c) {
            end -= 1;
        } else if c < 0x80 {
            break;
        } else {
            return text[..end].trim_end_matches(is_ws);
        }
    }
    &text[..end]
}

/// Length of the leading whitespace: `(characters, bytes)`. Perl measures indentation with
/// `length`, so a tab or a U+3000 counts as one.
pub(super) fn leading_ws(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if is_ascii_ws(c) {
            i += 1;
        } else if c < 0x80 {
            return (i, i);
        } else {
            // Every byte so far was one ASCII character.
            let mut chars = i;
            for (k, ch) in text[i..].char_indices() {
                if !is_ws(ch) {
                    return (chars, i + k);
                }
                chars += 1;
            }
            return (chars, text.len());
        }
    }
    (i, i)
}

/// `$string =~ s/\s*\z//`: the length of `text` without trailing whitespace.
pub(super) fn trim_end_len(text: &str) -> usize {
    trim_ws_end(text).len()
}

/// One line as the parser currently sees it. `- key: v` items turn their dash into a space
/// (`s/-/ /`), so the text may differ from the source line; offsets stay linear because the edit
/// keeps byte positions.
#[derive(Clone, Debug)]
pub(super) struct Line<'a> {
    pub text: Cow<'a, str>,
    /// Offset in the decoded text of `text[0]`.
    pub start: usize,
    /// [`leading_ws`] of `text`, measured once: the parser asks for it several times a line.
    lead: (usize, usize),
}

impl Line<'_> {
    /// The leading whitespace of the current text: `(characters, bytes)`.
    pub fn lead(&self) -> (usize, usize) {
        self.lead
    }

    /// Replaces the ASCII byte at `at` (an index into the text) with a space.
    pub fn blank_byte(&mut self, at: usize) {
        let mut s = self.text.to_string();
        s.replace_range(at..=at, " ");
        self.text = Cow::Owned(s);
        self.lead = leading_ws(&self.text);
    }

    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The lines CPAN::Meta::YAML keeps, and the lines indented with something other than spaces.
pub(super) struct Significant<'a> {
    pub lines: Vec<Line<'a>>,
    /// The first line whose indentation holds a character other than a space (decoded range of
    /// its indentation), and how many such lines there are.
    pub tabs: Option<((usize, usize), usize)>,
}

/// Splits `text` (already without its BOM, starting at decoded offset `base`) into the lines
/// CPAN::Meta::YAML keeps, noting tab-indented lines on the way (their indentation is at hand).
pub(super) fn significant_lines(text: &str, base: usize) -> Significant<'_> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 24 + 1);
    let mut tabs: Option<((usize, usize), usize)> = None;
    let mut start = 0;
    let ends = memchr::memchr2_iter(b'\n', b'\r', bytes).chain(std::iter::once(bytes.len()));
    for i in ends {
        let line = &text[start..i];
        let rest = trim_ws_start(&line[skip_spaces(line.as_bytes(), 0)..]);
        if !rest.is_empty() && !rest.starts_with('#') {
            let indent = &line[..line.len() - rest.len()];
            let mut chars = indent.len();
            if indent.bytes().any(|b| b != b' ') {
                chars = indent.chars().count();
                let at = base + start;
                match &mut tabs {
                    Some((_, count)) => *count += 1,
                    None => tabs = Some(((at, at + indent.len()), 1)),
                }
            }
            lines.push(Line {
                text: Cow::Borrowed(line),
                start: base + start,
                lead: (chars, indent.len()),
            });
        }
        start = i + 1;
    }
    Significant { lines, tabs }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_comment_lines_are_dropped_whatever_the_line_ending() {
        let lines = significant_lines("a: 1\r\n\r\n  # c\rb: 2\r\r\n\u{3000}\n  c: 3", 0).lines;
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["a: 1", "b: 2", "  c: 3"]);
        assert_eq!(lines[1].start, 14);
    }

    #[test]
    fn indentation_counts_characters_not_bytes() {
        assert_eq!(leading_ws("\t\u{3000} x"), (3, 5));
        assert_eq!(leading_ws("   "), (3, 3));
        assert_eq!(leading_ws("  \u{a0}\u{85}x"), (4, 6));
        assert_eq!(leading_ws("  \u{e9}"), (2, 2));
    }

    #[test]
    fn trimming_knows_unicode_whitespace() {
        assert_eq!(trim_ws_start(" \t\u{3000}\u{b}x y "), "x y ");
        assert_eq!(trim_ws_start(" \u{e9} "), "\u{e9} ");
        assert_eq!(trim_ws_end("x y\u{2028} \x0c"), "x y");
        assert_eq!(trim_ws_end("\u{e9}\u{a0}"), "\u{e9}");
        assert_eq!(trim_ws_start("\u{1c}"), "\u{1c}");
        assert!(ws_at("a\u{a0}", 1) && ws_at("a b", 1) && !ws_at("ab", 1) && !ws_at("a", 1));
    }

    #[test]
    fn lines_indented_with_tabs_are_counted() {
        let s = significant_lines("a:\n\tb: 1\n  c: 2\n \u{3000}d: 3\n\t# comment\n", 10);
        assert_eq!(s.lines.len(), 4);
        assert_eq!(s.tabs, Some(((13, 14), 2)));
        for line in &s.lines {
            assert_eq!(line.lead(), leading_ws(&line.text), "{line:?}");
        }
        assert_eq!(significant_lines("a:\n  b: 1\n", 0).tabs, None);
    }
}
