//! JSON::PP's fatal errors, reproduced to the byte.
//!
//! JSON::PP reports `"$error, at character offset $at (before \"$mess\")"`, where `$at` is its
//! cursor — a *byte* offset into the re-encoded text, and often one past the offending byte,
//! because it has already read it — and `$mess` shows the bytes from `$at` on, escaped one by one,
//! cut after the escaped text reaches 20 characters.

use std::fmt::Write as _;

/// Which rule a fatal error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FailKind {
    Syntax,
    TooDeep,
    Garbage,
}

/// The first error JSON::PP dies with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Failure {
    /// JSON::PP's error text, without the offset part.
    pub message: &'static str,
    /// JSON::PP's `$at` when it dies.
    pub at: usize,
    /// The offending byte (where a human would point).
    pub offset: usize,
    pub kind: FailKind,
}

pub(super) const MALFORMED: &str =
    "malformed JSON string, neither array, object, number, string or atom";
pub(super) const END_OF_STRING: &str = "unexpected end of string while parsing JSON string";
pub(super) const TOO_DEEP: &str =
    "json text or perl structure exceeds maximum nesting level (max_depth set too low?)";
pub(super) const OBJECT_EXPECTED: &str = ", or } expected while parsing object/hash";
pub(super) const ARRAY_EXPECTED: &str = ", or ] expected while parsing array";
pub(super) const GARBAGE: &str = "garbage after JSON object";

impl Failure {
    pub fn new(message: &'static str, at: usize, offset: usize) -> Self {
        let kind = match message {
            TOO_DEEP => FailKind::TooDeep,
            GARBAGE => FailKind::Garbage,
            _ => FailKind::Syntax,
        };
        Self {
            message,
            at,
            offset,
            kind,
        }
    }

    /// The message Perl dies with, for the text JSON::PP parsed.
    pub fn perl_message(&self, text: &[u8]) -> String {
        let rest = text.get(self.at..).unwrap_or_default();
        let mut mess = String::new();
        for &c in rest {
            match c {
                0x07 => mess.push_str("\\a"),
                0x09 => mess.push_str("\\t"),
                0x0a => mess.push_str("\\n"),
                0x0d => mess.push_str("\\r"),
                0x0c => mess.push_str("\\f"),
                0x5c => mess.push_str("\\\\"),
                0x20..=0x7f => mess.push(char::from(c)),
                _ => {
                    let _ = write!(mess, "\\x{{{c:x}}}");
                }
            }
            if mess.len() >= 20 {
                mess.push_str("...");
                break;
            }
        }
        if mess.is_empty() {
            mess.push_str("(end of string)");
        }
        format!(
            "{}, at character offset {} (before \"{mess}\")",
            self.message, self.at
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// perl: `decode_json("\xEF\xBB\xBF{}")` dies with
    /// `..., at character offset 0 (before "\x{ef}\x{bb}\x{bf}{}...")`: the `...` is added once the
    /// shown text reaches 20 characters, even at the end of the input.
    #[test]
    fn the_before_text_escapes_bytes_and_stops_at_twenty_characters() {
        let f = Failure::new(MALFORMED, 0, 0);
        assert_eq!(
            f.perl_message(b"\xEF\xBB\xBF{}"),
            "malformed JSON string, neither array, object, number, string or atom, at character \
             offset 0 (before \"\\x{ef}\\x{bb}\\x{bf}{}...\")"
        );
        let f = Failure::new(GARBAGE, 8, 7);
        assert_eq!(
            f.perl_message(b"{\"a\":1}x"),
            "garbage after JSON object, at character offset 8 (before \"(end of string)\")"
        );
        let f = Failure::new(MALFORMED, 0, 0);
        assert_eq!(
            f.perl_message(b"\0{"),
            "malformed JSON string, neither array, object, number, string or atom, at character \
             offset 0 (before \"\\x{0}{\")"
        );
    }
}
