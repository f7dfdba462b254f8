//! The document loop, `_load_hash` and `_load_array` of CPAN::Meta::YAML 0.018, keeping spans.
//!
//! The structure follows the Perl subs one to one, so that each quirk (documents started by a
//! dedent, `- key:` items measured from the dash, `key:` followed by a less indented line being
//! undef, …) falls out of the same control flow. Indentation is `(current, parent)`, the two
//! entries of Perl's `$indent` array that the subs ever look at.

use std::collections::HashMap;

use super::key::parse_key_after;
use super::lines::{is_ws, trim_ws_start, ws_at, Line};
use super::scalar::{classify, Scalar};
use crate::source::{Entry, Node, Object, Span, Value};

/// Containers nest at most this deep. CPAN::Meta::YAML recurses without limit; we stop so that
/// a hostile file can neither exhaust the stack here nor in whoever walks the tree later.
pub(super) const MAX_DEPTH: usize = 128;

/// Up to this many entries, duplicate keys are found by a linear scan.
const SMALL_MAP: usize = 64;

/// Why reading stopped.
#[derive(Debug)]
pub(super) enum Stop {
    /// CPAN::Meta::YAML dies with `message`; `at` is the decoded range of the offending text.
    Perl { message: String, at: (usize, usize) },
    /// Deeper than [`MAX_DEPTH`] at this decoded offset.
    TooDeep(usize),
}

/// A duplicate key: Perl warns, the later value wins.
#[derive(Debug)]
pub(super) struct Duplicate {
    pub key: String,
    pub first: Span,
    pub again: Span,
    /// CPAN::Meta::YAML's warning, without the call site.
    pub warning: String,
}

/// One document of the stream and where it starts.
#[derive(Debug)]
pub(super) struct Document {
    pub node: Node,
    pub start: usize,
}

pub(super) struct Parser<'a> {
    lines: Vec<Line<'a>>,
    pos: usize,
    depth: usize,
    pub duplicates: Vec<Duplicate>,
    /// The entries of the hashes being read, innermost last: each hash's entries move into a
    /// vector of the exact size when it ends, instead of growing one vector per hash.
    members: Vec<Entry>,
    /// The same for the items of the arrays being read.
    items: Vec<Node>,
}

type Result<T> = std::result::Result<T, Stop>;

fn starts_document_marker(text: &str) -> bool {
    text.starts_with("---") || text.starts_with("...")
}

impl<'a> Parser<'a> {
    pub fn new(lines: Vec<Line<'a>>) -> Self {
        Self {
            lines,
            pos: 0,
            depth: 0,
            duplicates: Vec::new(),
            members: Vec::new(),
            items: Vec::new(),
        }
    }

    fn line_die(&self, what: &str) -> Stop {
        let line = &self.lines[self.pos];
        die(format!("{what} '{}'", line.text), (line.start, line.end()))
    }

    /// Skips lines up to the next one starting with `---` (what both loaders do on `---`/`...`).
    fn skip_to_next_document(&mut self) {
        while self.pos < self.lines.len() && !self.lines[self.pos].text.starts_with("---") {
            self.pos += 1;
        }
    }

    /// The nibbling loop of `_load_string`: every document of the stream.
    pub fn documents(&mut self) -> Result<Vec<Document>> {
        let mut docs: Vec<Document> = Vec::new();
        let mut in_document = false;
        if self
            .lines
            .first()
            .is_some_and(|l| super::is_yaml_directive(&l.text, false))
        {
            self.pos = 1;
        }
        while self.pos < self.lines.len() {
            let start = self.lines[self.pos].start;
            if self.lines[self.pos].text.starts_with("---") {
                // /^---\s*(?:(.+)\s*)?\z/: the header, maybe with a scalar document on it
                let line = self.lines[self.pos].clone();
                self.pos += 1;
                let after = &line.text[3..];
                let scalar = trim_ws_start(after);
                let header_comment = scalar.starts_with('#') && scalar.chars().nth(1).is_some();
                let plain_header =
                    scalar.is_empty() || header_comment || super::is_yaml_directive(scalar, true);
                if !plain_header {
                    let at = line.start + line.text.len() - scalar.len();
                    let node = self.load_scalar(scalar, at, None)?;
                    docs.push(Document { node, start });
                    continue;
                }
                in_document = true;
            }
            if self.pos >= self.lines.len() || starts_document_marker(&self.lines[self.pos].text) {
                let at = self.lines.get(self.pos).map_or(start, |l| l.start);
                docs.push(Document {
                    node: Node::new(Value::Null, span(at, at)),
                    start,
                });
                self.skip_to_next_document();
                in_document = false;
            } else if !in_document && !docs.is_empty() {
                return Err(self.line_die("CPAN::Meta::YAML failed to classify the line"));
            } else if is_root_array(&self.lines[self.pos].text) {
                let node = self.load_array(0, None)?;
                docs.push(Document { node, start });
            } else {
                let (indent, _) = self.lines[self.pos].lead();
                let node = self.load_hash(indent)?;
                docs.push(Document { node, start });
            }
        }
        Ok(docs)
    }

    /// `_load_scalar` for a scalar starting at decoded offset `at`; `parent` is `$indent->[-2]`.
    fn load_scalar(&mut self, text: &str, at: usize, parent: Option<usize>) -> Result<Node> {
        let c = classify(text).map_err(|message| {
            let len = super::lines::trim_end_len(text);
            Stop::Perl {
                message,
                at: (at, at + len),
            }
        })?;
        let value = match c.scalar {
            Scalar::Undef => Value::Null,
            Scalar::Str(s) => Value::String(s),
            Scalar::EmptyHash => Value::Object(Object::default()),
            Scalar::EmptyArray => Value::Array(Vec::new()),
            Scalar::Block { folded, chomp } => {
                return self.load_block(at, c.len, parent, folded, chomp)
            }
        };
        Ok(Node::new(value, span(at, at + c.len)))
    }

    fn load_block(
        &mut self,
        at: usize,
        len: usize,
        parent: Option<usize>,
        folded: bool,
        chomp: bool,
    ) -> Result<Node> {
        let Some(first) = self.lines.get(self.pos) else {
            return Err(die(
                "CPAN::Meta::YAML failed to find multi-line scalar content".into(),
                (at, at + len),
            ));
        };
        let (indent, _) = first.lead();
        if parent.is_some_and(|p| indent <= p) {
            return Err(self.line_die("CPAN::Meta::YAML found bad indenting in line"));
        }
        let mut parts: Vec<&str> = Vec::new();
        let mut end = at + len;
        while let Some(line) = self.lines.get(self.pos) {
            let (chars, bytes) = line.lead();
            if chars < indent {
                break;
            }
            parts.push(&line.text[bytes..]);
            end = line.end();
            self.pos += 1;
        }
        let mut s = parts.join(if folded { " " } else { "\n" });
        if !chomp {
            s.push('\n');
        }
        Ok(Node::new(Value::String(s), span(at, end)))
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::TooDeep(
                self.lines.get(self.pos).map_or(0, |l| l.start),
            ));
        }
        Ok(())
    }

    /// `_load_array` with `$indent->[-1] == indent` and `$indent->[-2] == parent`.
    fn load_array(&mut self, indent: usize, parent: Option<usize>) -> Result<Node> {
        self.enter()?;
        let start = self.lines.get(self.pos).map_or(0, |l| l.start + l.lead().1);
        let mut end = start;
        let base = self.items.len();
        while self.pos < self.lines.len() {
            let text = self.lines[self.pos].text.clone();
            let line_start = self.lines[self.pos].start;
            if starts_document_marker(&text) {
                self.skip_to_next_document();
                break;
            }
            let (lead, lead_bytes) = self.lines[self.pos].lead();
            if lead < indent {
                break;
            } else if lead > indent {
                return Err(self.line_die("CPAN::Meta::YAML found bad indenting in line"));
            }
            let node = if let Some(indent2) = inline_hash_prefix(&text, (lead, lead_bytes)) {
                // `- key: value`: the dash becomes a space and the hash starts after it
                self.lines[self.pos].blank_byte(lead_bytes);
                self.load_hash(indent2)?
            } else if text.as_bytes().get(lead_bytes) == Some(&b'-')
                && trim_ws_start(&text[lead_bytes + 1..]).is_empty()
            {
                // a dash alone: the item is on the following lines
                let dash = line_start + lead_bytes;
                self.pos += 1;
                let Some(next) = self.lines.get(self.pos) else {
                    self.items
                        .push(Node::new(Value::Null, span(dash + 1, dash + 1)));
                    end = dash + 1;
                    break;
                };
                let (indent2, next_bytes) = next.lead();
                if next.text.as_bytes().get(next_bytes) == Some(&b'-') {
                    if indent2 == indent {
                        Node::new(Value::Null, span(dash + 1, dash + 1))
                    } else {
                        self.load_array(indent2, Some(indent))?
                    }
                } else {
                    self.load_hash(indent2)?
                }
            } else if text.as_bytes().get(lead_bytes) == Some(&b'-') {
                // /^\s*\-(\s*)(.+?)\s*\z/
                let value = trim_ws_start(&text[lead_bytes + 1..]);
                let at = line_start + text.len() - value.len();
                self.pos += 1;
                self.load_scalar(value, at, Some(indent))?
            } else if parent == Some(indent) {
                // a hash key at the level of the list that is its value: the hash goes on
                break;
            } else {
                return Err(self.line_die("CPAN::Meta::YAML failed to classify line"));
            };
            end = end.max(node.span.end as usize);
            self.items.push(node);
        }
        self.depth -= 1;
        let items = self.items.split_off(base);
        Ok(Node::new(Value::Array(items), span(start, end)))
    }

    /// `_load_hash` with `$indent->[-1] == indent` (it never looks at `$indent->[-2]`).
    fn load_hash(&mut self, indent: usize) -> Result<Node> {
        self.enter()?;
        let start = self.lines.get(self.pos).map_or(0, |l| l.start + l.lead().1);
        let mut end = start;
        let base = self.members.len();
        let mut index: HashMap<String, usize> = HashMap::new();
        while self.pos < self.lines.len() {
            let text = self.lines[self.pos].text.clone();
            let line_start = self.lines[self.pos].start;
            if starts_document_marker(&text) {
                self.skip_to_next_document();
                break;
            }
            let (lead, lead_bytes) = self.lines[self.pos].lead();
            if lead < indent {
                break;
            } else if lead > indent {
                return Err(self.line_die("CPAN::Meta::YAML found bad indenting in line"));
            }
            let Some(key) = parse_key_after(&text, lead_bytes) else {
                let what = if trim_ws_start(&text).starts_with('?') {
                    "CPAN::Meta::YAML does not support a feature in line"
                } else {
                    "CPAN::Meta::YAML failed to classify line"
                };
                return Err(self.line_die(what));
            };
            let key_span = span(line_start + key.span.0, line_start + key.span.1);
            let rest = &text[key.rest..];
            // a linear scan for the usual small maps; a hash index once a map grows
            let entries = &self.members[base..];
            let previous = if entries.len() <= SMALL_MAP {
                entries.iter().position(|e| e.key == key.name)
            } else {
                if index.is_empty() {
                    index.extend(entries.iter().enumerate().map(|(i, e)| (e.key.clone(), i)));
                }
                index.get(&key.name).copied()
            };
            if let Some(i) = previous {
                self.duplicates.push(Duplicate {
                    key: key.name.clone(),
                    first: entries[i].key_span,
                    again: key_span,
                    warning: format!(
                        "CPAN::Meta::YAML found a duplicate key '{}' in line '{rest}'",
                        key.name
                    ),
                });
            }
            let value = if rest.is_empty() {
                self.pos += 1;
                let after_key = line_start + key.span.1;
                let null = || Node::new(Value::Null, span(after_key, after_key));
                match self.lines.get(self.pos) {
                    None => null(),
                    Some(next) => {
                        let (indent2, bytes) = next.lead();
                        if next.text.as_bytes().get(bytes) == Some(&b'-') {
                            self.load_array(indent2, Some(indent))?
                        } else if indent >= indent2 {
                            null()
                        } else {
                            self.load_hash(indent2)?
                        }
                    }
                }
            } else {
                // Perl strips the key off the line; the line is done with, only the offset of
                // the rest matters
                let at = line_start + key.rest;
                self.pos += 1;
                self.load_scalar(rest, at, Some(indent))?
            };
            let value_end = (value.span.end as usize).max(line_start + key.span.1);
            end = end.max(value_end);
            let entry = Entry {
                key: key.name,
                key_span,
                value,
            };
            if let Some(i) = previous {
                self.members[base + i] = entry; // the last value wins, in the first position
            } else {
                if !index.is_empty() {
                    index.insert(entry.key.clone(), self.members.len() - base);
                }
                self.members.push(entry);
            }
        }
        self.depth -= 1;
        let entries = self.members.split_off(base);
        Ok(Node::new(
            Value::Object(Object { entries }),
            span(start, end),
        ))
    }
}

/// Spans are in decoded offsets while parsing; `read` maps them to bytes afterwards.
fn span(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

fn die(message: String, at: (usize, usize)) -> Stop {
    Stop::Perl { message, at }
}

/// `/^\s*\-(?:\s|$|-+$)/`: the first line of a document that is a list.
fn is_root_array(text: &str) -> bool {
    let rest = trim_ws_start(text);
    let Some(after) = rest.strip_prefix('-') else {
        return false;
    };
    after.is_empty() || ws_at(after, 0) || after.bytes().all(|b| b == b'-')
}

/// `/^(\s*\-\s+)[^\'\"]\S*\s*:(?:\s+|$)/`: for a `- key: value` item, the length of `$1` in
/// characters (the indentation of the hash that starts on this line).
///
/// `\s+` is greedy but gives characters back, and `[^'"]` may then match a space; we try the
/// possible lengths of `\s+` from the longest, as Perl does, in linear time: for all but the two
/// longest, the rest of the run is whitespace and the test is the same.
/// `(lead, lead_bytes)` is [`super::lines::leading_ws`] of `text`.
fn inline_hash_prefix(text: &str, (lead, lead_bytes): (usize, usize)) -> Option<usize> {
    let after_dash = text[lead_bytes..].strip_prefix('-')?;
    // the whitespace run after the dash: its length in characters, where its last character
    // starts and where it ends
    let (mut w, mut last_start, mut run_end) = (0, 0, 0);
    for (i, c) in after_dash.char_indices() {
        if !is_ws(c) {
            break;
        }
        w += 1;
        last_start = i;
        run_end = i + c.len_utf8();
    }
    if w == 0 {
        return None;
    }
    // can `[^'"]\S*\s*:(?:\s+|$)` match at byte `s` of after_dash?
    let matches_at = |s: usize| -> bool {
        let Some(c) = after_dash[s..].chars().next() else {
            return false;
        };
        if c == '\'' || c == '"' {
            return false;
        }
        let tail = &after_dash[s + c.len_utf8()..];
        colon_after_word(tail)
    };
    if matches_at(run_end) {
        return Some(lead + 1 + w);
    }
    if w >= 2 && matches_at(last_start) {
        return Some(lead + w);
    }
    // k <= w - 2: `[^'"]` and `\S*` see whitespace, so the colon must follow the run directly
    if w >= 3 && colon_then_space_or_end(&after_dash[run_end..]) {
        return Some(lead + 1 + (w - 2));
    }
    None
}

/// `\S*\s*:(?:\s+|$)` at the start of `tail`.
fn colon_after_word(tail: &str) -> bool {
    let word_len = (0..tail.len())
        .find(|&i| tail.is_char_boundary(i) && ws_at(tail, i))
        .unwrap_or(tail.len());
    let word = &tail[..word_len];
    if word.ends_with(':') {
        return true;
    }
    let after = trim_ws_start(&tail[word_len..]);
    colon_then_space_or_end(after)
}

fn colon_then_space_or_end(s: &str) -> bool {
    s.strip_prefix(':')
        .is_some_and(|r| r.is_empty() || ws_at(r, 0))
}

#[cfg(test)]
mod tests {
    use super::super::lines::leading_ws;
    use super::*;

    #[test]
    fn root_lists_start_with_a_dash_and_space_or_dashes() {
        assert!(is_root_array("- a"));
        assert!(is_root_array("  -"));
        assert!(is_root_array("--"));
        assert!(!is_root_array("-a"));
    }

    #[test]
    fn inline_hash_items_are_measured_from_the_dash() {
        assert_eq!(
            inline_hash_prefix("  - foo: 1", leading_ws("  - foo: 1")),
            Some(4)
        );
        assert_eq!(
            inline_hash_prefix("-   foo: 1", leading_ws("-   foo: 1")),
            Some(4)
        );
        assert_eq!(inline_hash_prefix("- foo", leading_ws("- foo")), None);
        assert_eq!(
            inline_hash_prefix("- 'foo': 1", leading_ws("- 'foo': 1")),
            None
        );
        // `\s+` gives one space back so that `[^'"]` matches it: Perl 5.36 agrees
        assert_eq!(
            inline_hash_prefix("-  'foo': x", leading_ws("-  'foo': x")),
            Some(2)
        );
        assert_eq!(
            inline_hash_prefix("- foo bar: x", leading_ws("- foo bar: x")),
            None
        );
        assert_eq!(
            inline_hash_prefix("-    : x", leading_ws("-    : x")),
            Some(4)
        );
    }
}
