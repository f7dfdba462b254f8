//! Byte spans and line/column positions in the original input.
//!
//! Every value a reader produces carries the byte range it came from, so that any finding (from a
//! rule, the Validator port or a JSON Schema) can point at the exact bytes the user wrote.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` in the original input bytes (before any decoding).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: start as u32,
            end: end as u32,
        }
    }

    /// An empty span at `offset`.
    pub fn at(offset: usize) -> Self {
        Self::new(offset, offset)
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A 1-based line and a 1-based column counted in Unicode scalar values of the line
/// (invalid UTF-8 bytes count one column each), as editors and rustc show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Maps byte offsets to line/column. Built once per input; lookups are a binary search.
///
/// Every lookup passes the input bytes, so an index can also be [`LineIndex::deferred`]: built
/// by the first lookup. `lint` makes one for every file and most files need no position at all.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of the start of every line; `line_starts[0] == 0`.
    line_starts: OnceLock<Vec<u32>>,
}

impl LineIndex {
    pub fn new(bytes: &[u8]) -> Self {
        Self {
            line_starts: OnceLock::from(line_starts(bytes)),
        }
    }

    /// An index built by its first lookup, from the bytes that lookup passes. Every lookup must
    /// pass the same bytes (as with [`LineIndex::new`], whose bytes they must be).
    pub fn deferred() -> Self {
        Self {
            line_starts: OnceLock::new(),
        }
    }

    fn starts(&self, bytes: &[u8]) -> &[u32] {
        self.line_starts.get_or_init(|| line_starts(bytes))
    }

    pub fn line_col(&self, bytes: &[u8], offset: u32) -> LineCol {
        let starts = self.starts(bytes);
        let offset = offset.min(bytes.len() as u32);
        // the 0-based line holding `offset`
        let line = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = starts[line] as usize;
        let prefix = &bytes[start..offset as usize];
        let column = count_chars(prefix) + 1;
        LineCol {
            line: line as u32 + 1,
            column: column as u32,
        }
    }

    /// The bytes of 1-based `line` without its line terminator (`\n` or `\r\n`).
    pub fn line_text<'a>(&self, bytes: &'a [u8], line: u32) -> &'a [u8] {
        let starts = self.starts(bytes);
        let Some(&start) = starts.get(line.saturating_sub(1) as usize) else {
            return &[];
        };
        let end = starts
            .get(line as usize)
            .map_or(bytes.len(), |&next| next as usize);
        let mut text = &bytes[start as usize..end];
        if let Some(rest) = text.strip_suffix(b"\n") {
            text = rest;
        }
        if let Some(rest) = text.strip_suffix(b"\r") {
            text = rest;
        }
        text
    }

    /// The number of lines of `bytes` (the index's input).
    pub fn line_count(&self, bytes: &[u8]) -> usize {
        self.starts(bytes).len()
    }
}

/// Byte offset of the start of every line; memchr finds the newlines many bytes at a time.
fn line_starts(bytes: &[u8]) -> Vec<u32> {
    let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
    starts.push(0);
    starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| (i + 1) as u32));
    starts
}

/// Counts characters in possibly invalid UTF-8: each valid scalar value and each invalid byte is one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes
        .utf8_chunks()
        .map(|c| c.valid().chars().count() + c.invalid().len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\n\u{e9}x\r\nlast".as_bytes();
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 3), LineCol { line: 2, column: 1 });
        // after the two-byte é
        assert_eq!(idx.line_col(text, 5), LineCol { line: 2, column: 2 });
        assert_eq!(idx.line_text(text, 2), "\u{e9}x".as_bytes());
        assert_eq!(idx.line_text(text, 3), b"last");
        assert_eq!(idx.line_col(text, 999), LineCol { line: 3, column: 5 });
        assert_eq!(idx.line_count(text), 3);
    }

    #[test]
    fn a_deferred_index_answers_like_an_eager_one() {
        let text = "ab\n\u{e9}x\r\nlast\n".as_bytes();
        let eager = LineIndex::new(text);
        let deferred = LineIndex::deferred();
        for offset in 0..=text.len() as u32 + 1 {
            assert_eq!(
                deferred.line_col(text, offset),
                eager.line_col(text, offset)
            );
        }
        assert_eq!(deferred.line_text(text, 2), eager.line_text(text, 2));
        assert_eq!(LineIndex::deferred().line_count(text), 4);
    }
}
