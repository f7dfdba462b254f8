//! A byte-level parser that mirrors JSON::PP 4.07's `decode_json` decision by decision.
//!
//! In [`Mode::Strict`] it accepts exactly what JSON::PP accepts and fails where it fails, with
//! JSON::PP's message and cursor. In [`Mode::Lenient`] (used only to recover a tree after a
//! strict failure) it also takes what JSON::PP's `relaxed` option would (trailing commas, `#`, `//`
//! and `/* */` comments, literal tabs in strings), a UTF-8 BOM, invalid UTF-8 in strings and
//! trailing garbage, and records each as an [`Issue`].
//!
//! Recursion is bounded by JSON::PP's `max_depth` (512); every byte is looked at a bounded number
//! of times; duplicate keys are found through a hash index once an object grows past a few keys.

use std::collections::HashMap;

use super::error::{Failure, ARRAY_EXPECTED, GARBAGE, MALFORMED, OBJECT_EXPECTED, TOO_DEEP};
use crate::source::spaces::skip_spaces;
use crate::source::{Entry, Node, Object, Span, Value};

/// JSON::PP's default `max_depth`.
pub(super) const MAX_DEPTH: usize = 512;

/// Objects up to this size are searched linearly for duplicate keys.
const LINEAR_KEYS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    Strict,
    Lenient,
}

/// Something the parser noticed that is not the tree itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Issue {
    /// A key seen again in the same object (the later value wins, as in Perl).
    DuplicateKey {
        key: String,
        span: Span,
        first: Span,
    },
    /// Only [`Mode::Lenient`]: syntax JSON::PP accepts only with `relaxed`.
    Relaxed { what: Relaxed, span: Span },
    /// Only [`Mode::Lenient`]: text after the complete top-level value.
    TrailingGarbage { span: Span },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Relaxed {
    TrailingComma,
    Comment,
    Tab,
}

pub(super) type Parsed<T> = Result<T, Failure>;

pub(super) struct Parser<'a> {
    pub(super) src: &'a [u8],
    /// `src` as text, when it is known to be UTF-8.
    pub(super) text: Option<&'a str>,
    pub(super) pos: usize,
    pub(super) mode: Mode,
    depth: usize,
    /// For each duplicate key (by offset), the span of the key's first occurrence.
    firsts: HashMap<u32, Span>,
    pub(super) issues: Vec<Issue>,
    /// CRLF pairs met as whitespace (the only place JSON allows a CR): the first and the count.
    pub(super) crlf: (Option<usize>, usize),
    /// The members of the objects being read, innermost last: each object's members are moved
    /// into a vector of the exact size when it closes, instead of growing one per object.
    members: Vec<Entry>,
    /// The same for the items of the arrays being read.
    items: Vec<Node>,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a [u8], start: usize, mode: Mode) -> Self {
        Self {
            src,
            text: None,
            pos: start,
            mode,
            depth: 0,
            firsts: HashMap::new(),
            issues: Vec::new(),
            crlf: (None, 0),
            members: Vec::new(),
            items: Vec::new(),
        }
    }

    /// A parser over known-UTF-8 text (the strict pass over JSON::PP's view).
    pub fn from_text(text: &'a str, mode: Mode) -> Self {
        let mut parser = Self::new(text.as_bytes(), 0, mode);
        parser.text = Some(text);
        parser
    }

    fn lenient(&self) -> bool {
        self.mode == Mode::Lenient
    }

    /// JSON::PP's `$at` while its current character is at `i` (`$at` is one past it, or the
    /// length once the text is exhausted).
    pub(super) fn at_of(&self, i: usize) -> usize {
        if i < self.src.len() {
            i + 1
        } else {
            self.src.len()
        }
    }

    pub(super) fn fail_here(&self, message: &'static str) -> Failure {
        Failure::new(message, self.at_of(self.pos), self.pos.min(self.src.len()))
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    /// The whole text: one value, surrounded by whitespace.
    pub fn document(&mut self) -> Parsed<Node> {
        self.white()?;
        if self.pos >= self.src.len() {
            return Err(Failure::new(MALFORMED, self.src.len(), self.src.len()));
        }
        let root = self.value()?;
        self.white()?;
        if self.pos < self.src.len() {
            if self.lenient() {
                let span = Span::new(self.pos, self.src.len());
                self.issues.push(Issue::TrailingGarbage { span });
            } else {
                return Err(self.fail_here(GARBAGE));
            }
        }
        Ok(root)
    }

    /// JSON::PP's `white`: spaces, tabs, CR and LF; in lenient mode comments too.
    ///
    /// Called around every token, and most calls meet no whitespace or a single space: those are
    /// answered here, small enough to inline; runs go to [`Parser::white_run`].
    #[inline]
    fn white(&mut self) -> Parsed<()> {
        match self.src.get(self.pos) {
            Some(b' ') => {
                if !matches!(
                    self.src.get(self.pos + 1),
                    Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b'/')
                ) {
                    self.pos += 1;
                    return Ok(());
                }
            }
            Some(b'\t' | b'\n' | b'\r' | b'#' | b'/') => {}
            _ => return Ok(()),
        }
        self.white_run()
    }

    /// [`Parser::white`] from a byte that may start a run. Never inlined, so that `white` stays
    /// small (no register spills) where it is inlined.
    ///
    /// Tests in order of frequency instead of one `match`: a `match` over these bytes became a
    /// jump table, an indirect branch taken several times per line that the CPU mispredicted
    /// most of the time (cachegrind: three quarters of the lint's indirect mispredictions).
    #[inline(never)]
    fn white_run(&mut self) -> Parsed<()> {
        let src = self.src;
        let mut i = self.pos;
        while let Some(&b) = src.get(i) {
            if b > b' ' {
                // The usual way out; comments only in lenient mode.
                if (b == b'#' || b == b'/') && self.lenient() {
                    self.pos = i;
                    self.comment()?;
                    i = self.pos;
                    continue;
                }
                break;
            }
            if b == b' ' {
                i = skip_spaces(src, i + 1);
            } else if b == b'\n' || b == b'\t' {
                i += 1;
            } else if b == b'\r' {
                if src.get(i + 1) == Some(&b'\n') {
                    self.crlf.0.get_or_insert(i);
                    self.crlf.1 += 1;
                }
                i += 1;
            } else {
                break;
            }
        }
        self.pos = i;
        Ok(())
    }

    fn comment(&mut self) -> Parsed<()> {
        let start = self.pos;
        let src = self.src;
        let line_end = |from: usize| {
            src[from..]
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .map_or(src.len(), |k| from + k)
        };
        match (src[start], src.get(start + 1)) {
            (b'#', _) | (b'/', Some(b'/')) => self.pos = line_end(start),
            (b'/', Some(b'*')) => {
                let body = &src[start + 2..];
                match body.windows(2).position(|w| w == b"*/") {
                    Some(k) => self.pos = start + 2 + k + 2,
                    None => return Err(Failure::new("Unterminated comment", src.len(), src.len())),
                }
            }
            _ => return Err(Failure::new(MALFORMED, start, start)),
        }
        self.issues.push(Issue::Relaxed {
            what: Relaxed::Comment,
            span: Span::new(start, self.pos),
        });
        Ok(())
    }

    /// JSON::PP's `value`, entered on a non-whitespace byte.
    fn value(&mut self) -> Parsed<Node> {
        match self.src[self.pos] {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => {
                let start = self.pos;
                let s = self.string()?;
                Ok(Node::new(Value::String(s), Span::new(start, self.pos)))
            }
            b'0'..=b'9' | b'-' => self.number(),
            // `(` starts a tag, refused before JSON::PP moves its cursor back.
            b'(' => Err(self.fail_here(MALFORMED)),
            _ => self.word(),
        }
    }

    /// JSON::PP's `word`: `true`, `false`, `null`.
    fn word(&mut self) -> Parsed<Node> {
        let i = self.pos;
        let word = &self.src[i..self.src.len().min(i + 4)];
        let value = match word {
            b"true" => Some((Value::Bool(true), 4)),
            b"null" => Some((Value::Null, 4)),
            b"fals" if self.src.get(i + 4) == Some(&b'e') => Some((Value::Bool(false), 5)),
            _ => None,
        };
        if let Some((value, len)) = value {
            self.pos = i + len;
            return Ok(Node::new(value, Span::new(i, i + len)));
        }
        if word == b"fals" {
            // JSON::PP has already skipped "fals" when it finds no "e".
            return Err(Failure::new("'false' expected", i + 3, i + 4));
        }
        let message = match word[0] {
            b'n' => "'null' expected",
            b't' => "'true' expected",
            b'f' => "'false' expected",
            _ => MALFORMED,
        };
        Err(Failure::new(message, i, i))
    }

    fn enter(&mut self) -> Parsed<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail_here(TOO_DEEP));
        }
        Ok(())
    }

    fn array(&mut self) -> Parsed<Node> {
        let open = self.pos;
        self.enter()?;
        self.pos += 1;
        self.white()?;
        let base = self.items.len();
        if self.peek() == Some(b']') {
            return Ok(self.close(Value::Array(Vec::new()), open));
        }
        while self.pos < self.src.len() {
            let item = self.value()?;
            self.items.push(item);
            self.white()?;
            match self.peek() {
                None => break,
                Some(b']') => {
                    let items = self.items.split_off(base);
                    return Ok(self.close(Value::Array(items), open));
                }
                Some(b',') => {}
                Some(_) => return Err(Failure::new(ARRAY_EXPECTED, self.pos, self.pos)),
            }
            let comma = self.pos;
            self.pos += 1;
            self.white()?;
            if self.lenient() && self.peek() == Some(b']') {
                self.trailing_comma(comma);
                let items = self.items.split_off(base);
                return Ok(self.close(Value::Array(items), open));
            }
        }
        Err(Failure::new(ARRAY_EXPECTED, self.src.len(), self.src.len()))
    }

    fn object(&mut self) -> Parsed<Node> {
        let open = self.pos;
        self.enter()?;
        self.pos += 1;
        self.white()?;
        let base = self.members.len();
        let mut index: Option<HashMap<String, usize>> = None;
        if self.peek() == Some(b'}') {
            return Ok(self.close(Value::Object(Object::default()), open));
        }
        while self.pos < self.src.len() {
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = Span::new(key_start, self.pos);
            self.white()?;
            match self.peek() {
                Some(b':') => self.pos += 1,
                Some(_) => return Err(Failure::new("':' expected", self.pos, self.pos)),
                None => {
                    let len = self.src.len();
                    return Err(Failure::new("':' expected", len - 1, len));
                }
            }
            self.white()?;
            if self.pos >= self.src.len() {
                break;
            }
            let value = self.value()?;
            self.insert(
                base,
                &mut index,
                Entry {
                    key,
                    key_span,
                    value,
                },
            );
            self.white()?;
            match self.peek() {
                None => break,
                Some(b'}') => return Ok(self.close_object(base, open)),
                Some(b',') => {}
                Some(_) => return Err(Failure::new(OBJECT_EXPECTED, self.pos, self.pos)),
            }
            let comma = self.pos;
            self.pos += 1;
            self.white()?;
            if self.lenient() && self.peek() == Some(b'}') {
                self.trailing_comma(comma);
                return Ok(self.close_object(base, open));
            }
        }
        Err(Failure::new(
            OBJECT_EXPECTED,
            self.src.len(),
            self.src.len(),
        ))
    }

    /// Closes the object whose members start at `members[base]`.
    fn close_object(&mut self, base: usize, open: usize) -> Node {
        let entries = self.members.split_off(base);
        self.close(Value::Object(Object { entries }), open)
    }

    /// Consumes the closing bracket at `self.pos`.
    fn close(&mut self, value: Value, open: usize) -> Node {
        self.depth -= 1;
        self.pos += 1;
        Node::new(value, Span::new(open, self.pos))
    }

    fn trailing_comma(&mut self, comma: usize) {
        self.issues.push(Issue::Relaxed {
            what: Relaxed::TrailingComma,
            span: Span::new(comma, comma + 1),
        });
    }

    /// `$o->{$k} = value()` on the object whose members start at `members[base]`: the last value
    /// wins; the first key's position is kept, as [`Object::insert`] does, and the duplicate is
    /// recorded with the first occurrence.
    fn insert(&mut self, base: usize, index: &mut Option<HashMap<String, usize>>, entry: Entry) {
        let entries = &mut self.members[base..];
        let found = match index {
            Some(map) => map.get(&entry.key).copied(),
            None => entries.iter().position(|e| e.key == entry.key),
        };
        if let Some(i) = found {
            // A third occurrence replaces the second: point at the very first one.
            let replaced = entries[i].key_span;
            let first = self
                .firsts
                .get(&replaced.start)
                .copied()
                .unwrap_or(replaced);
            self.firsts.insert(entry.key_span.start, first);
            self.issues.push(Issue::DuplicateKey {
                key: entry.key.clone(),
                span: entry.key_span,
                first,
            });
            self.members[base + i] = entry;
            return;
        }
        if let Some(map) = index {
            map.insert(entry.key.clone(), self.members.len() - base);
        }
        self.members.push(entry);
        let entries = &self.members[base..];
        if index.is_none() && entries.len() > LINEAR_KEYS {
            *index = Some(
                entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.key.clone(), i))
                    .collect(),
            );
        }
    }
}
