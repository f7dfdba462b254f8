//! The META.json reader: exactly what `Parse::CPAN::Meta->load_file("META.json")` reads
//! (Parse::CPAN::Meta 2.150010 driving JSON::PP 4.07's `decode_json`), with a byte span for every
//! value and key.
//!
//! Reading happens in up to two passes:
//! 1. [`decode`] reproduces what Perl does to the bytes (UTF-8 decoding with PERLQQ, re-encoding,
//!    JSON::PP's UTF-16/32 sniffing), then a strict [`parser`] pass decides like JSON::PP. For a
//!    well-formed file this is the only pass, and its tree is the result.
//! 2. Only when Perl would die, a lenient pass over the original bytes recovers the tree where the
//!    damage is local (a BOM, invalid UTF-8 in strings, trailing commas, comments, trailing
//!    garbage), so the other rules still run, and reports each such problem as a diagnostic; the
//!    first of them carries JSON::PP's message as its `compat_message`.

mod decode;
mod error;
mod number;
mod parser;
mod scan;
#[cfg(test)]
mod tests;

use self::decode::{PerlView, Rejected};
use self::error::{FailKind, Failure};
use self::parser::{Issue, Mode, Parser, Relaxed};
use super::{escape_pointer_token, Node, Object, ReadResult, Span, Value};
use crate::diagnostic::Diagnostic;
use crate::rules::json as rules;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads META.json bytes as Parse::CPAN::Meta does.
pub fn read(bytes: &[u8]) -> ReadResult {
    let view = decode::perl_view(bytes);
    let mut diagnostics = Vec::new();
    let mut strict = Parser::from_text(&view.text, Mode::Strict);
    let mut crlf_seen = None;
    let (root, perl_error) = match strict.document() {
        Ok(mut root) => {
            crlf_seen = Some((strict.crlf.0.map(|o| view.original(o)), strict.crlf.1));
            remap(&mut root, &view);
            let issues = strict.issues.into_iter().map(|issue| match issue {
                Issue::DuplicateKey { key, span, first } => Issue::DuplicateKey {
                    key,
                    span: remap_span(span, &view),
                    first: remap_span(first, &view),
                },
                other => other,
            });
            report_issues(issues, Some(&root), &mut diagnostics);
            (Some(root), None)
        }
        Err(failure) => {
            let perl_error = failure.perl_message(view.text.as_bytes());
            let root = recover(bytes, &view, &failure, &perl_error, &mut diagnostics);
            (root, Some(perl_error))
        }
    };
    let root = root.map(|root| falsy_to_empty_hash(root, bytes, &mut diagnostics));
    // A file JSON::PP reads has its CRs only in whitespace, where the parser counted them.
    let (first, count) = crlf_seen.unwrap_or_else(|| crlf(bytes));
    if let Some(first) = first {
        diagnostics.push(rules::crlf::diagnostic(first, count));
    }
    ReadResult {
        root,
        perl_error,
        diagnostics,
    }
}

/// The lenient pass after a strict failure: the tree if the damage is local, and diagnostics.
fn recover(
    bytes: &[u8],
    view: &PerlView<'_>,
    failure: &Failure,
    perl_error: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Node> {
    let transcoded = view.transcoded_from.is_some();
    let src = if transcoded {
        view.text.as_bytes()
    } else {
        bytes
    };
    let start = if src.starts_with(BOM) { 3 } else { 0 };
    let mut fatal = Vec::new();
    if bytes.starts_with(BOM) {
        fatal.push(rules::utf8_bom::diagnostic());
    }
    for &(span, why) in &view.rejected {
        fatal.push(match why {
            Rejected::Malformed => rules::invalid_utf8::malformed(span),
            Rejected::Nonchar(c) => rules::invalid_utf8::nonchar(span, c),
        });
    }
    let mut lenient = Parser::new(src, start, Mode::Lenient);
    let result = lenient.document();
    let map = |offset: usize| {
        if transcoded {
            view.original(offset)
        } else {
            offset
        }
    };
    let map_span = |s: Span| Span::new(map(s.start as usize), map(s.end as usize));
    let mut root = result.as_ref().ok().cloned();
    if let Some(root) = root.as_mut() {
        if transcoded {
            remap(root, view);
        }
    }
    let mut others = Vec::new();
    for issue in lenient.issues {
        match issue {
            Issue::Relaxed { what, span } => fatal.push(match what {
                Relaxed::TrailingComma => rules::relaxed_syntax::trailing_comma(map_span(span)),
                Relaxed::Comment => rules::relaxed_syntax::comment(map_span(span)),
                Relaxed::Tab => rules::relaxed_syntax::tab(map_span(span)),
            }),
            Issue::TrailingGarbage { span } => {
                fatal.push(rules::trailing_garbage::diagnostic(map_span(span)));
            }
            dup @ Issue::DuplicateKey { .. } => others.push(dup),
        }
    }
    let others = others.into_iter().map(|issue| match issue {
        Issue::DuplicateKey { key, span, first } => Issue::DuplicateKey {
            key,
            span: map_span(span),
            first: map_span(first),
        },
        other => other,
    });
    report_issues(others, root.as_ref(), out);
    fatal.sort_by_key(|d| d.location.span.map_or(0, |s| s.start));
    if let Some(root) = &root {
        for d in &mut fatal {
            if let Some(span) = d.location.span {
                d.location.pointer = pointer_at(root, span.start);
            }
        }
    }
    let fatal_len = fatal.len();
    let mut fatal = fatal.into_iter();
    if let Some(first) = fatal.next() {
        out.push(first.with_compat_message(perl_error));
        out.extend(fatal);
    } else {
        let offset = view.original(failure.offset);
        out.push(failure_diagnostic(
            failure,
            offset,
            bytes.len(),
            Some(perl_error.to_owned()),
        ));
    }
    if let Err(f) = &result {
        if fatal_len > 0 {
            out.push(failure_diagnostic(f, map(f.offset), bytes.len(), None));
        }
    }
    root
}

fn failure_diagnostic(
    failure: &Failure,
    offset: usize,
    len: usize,
    compat: Option<String>,
) -> Diagnostic {
    match failure.kind {
        FailKind::TooDeep => rules::nesting_too_deep::diagnostic(offset, compat),
        FailKind::Syntax | FailKind::Garbage => {
            rules::syntax_error::diagnostic(failure.message, offset, len, compat)
        }
    }
}

/// Reports duplicate keys (spans already in the original bytes), located by a pointer into `root`.
fn report_issues(
    issues: impl IntoIterator<Item = Issue>,
    root: Option<&Node>,
    out: &mut Vec<Diagnostic>,
) {
    for issue in issues {
        if let Issue::DuplicateKey { key, span, first } = issue {
            let mut pointer = root.map_or_else(String::new, |r| pointer_to(r, span.start));
            pointer.push('/');
            pointer.push_str(&escape_pointer_token(&key));
            out.push(rules::duplicate_key::diagnostic(
                &pointer, &key, span, first,
            ));
        }
    }
}

/// The JSON pointer of the innermost object or array whose text holds `offset`.
fn pointer_to(root: &Node, offset: u32) -> String {
    descend(root, offset, false)
}

/// The JSON pointer of the innermost value (or member, by its key) whose text holds `offset`.
fn pointer_at(root: &Node, offset: u32) -> String {
    descend(root, offset, true)
}

fn descend(root: &Node, offset: u32, leaves: bool) -> String {
    let mut pointer = String::new();
    let mut node = root;
    let enters = |n: &Node| contains(n.span, offset) && (leaves || is_container(&n.value));
    'descend: loop {
        match &node.value {
            Value::Object(o) => {
                for e in o.iter() {
                    if enters(&e.value) || (leaves && contains(e.key_span, offset)) {
                        pointer.push('/');
                        pointer.push_str(&escape_pointer_token(&e.key));
                        node = &e.value;
                        continue 'descend;
                    }
                }
            }
            Value::Array(a) => {
                for (i, item) in a.iter().enumerate() {
                    if enters(item) {
                        pointer.push('/');
                        pointer.push_str(&i.to_string());
                        node = item;
                        continue 'descend;
                    }
                }
            }
            _ => {}
        }
        return pointer;
    }
}

fn contains(span: Span, offset: u32) -> bool {
    span.start <= offset && offset < span.end
}

fn is_container(value: &Value) -> bool {
    matches!(value, Value::Object(_) | Value::Array(_))
}

fn remap_span(span: Span, view: &PerlView<'_>) -> Span {
    Span::new(
        view.original(span.start as usize),
        view.original(span.end as usize),
    )
}

/// Maps every span of the tree from JSON::PP's text to the original bytes.
fn remap(node: &mut Node, view: &PerlView<'_>) {
    if view.map.is_none() {
        return;
    }
    node.span = remap_span(node.span, view);
    match &mut node.value {
        Value::Array(items) => items.iter_mut().for_each(|n| remap(n, view)),
        Value::Object(o) => {
            for e in &mut o.entries {
                e.key_span = remap_span(e.key_span, view);
                remap(&mut e.value, view);
            }
        }
        _ => {}
    }
}

/// `return $data || {}`: a false top-level value reads as an empty hash.
fn falsy_to_empty_hash(root: Node, bytes: &[u8], out: &mut Vec<Diagnostic>) -> Node {
    let falsy = match &root.value {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty() || s == "0",
        Value::Number(n) => n.perl == "0",
        _ => false,
    };
    if !falsy {
        return root;
    }
    let text = bytes.get(root.span.range()).unwrap_or_default();
    let text = String::from_utf8_lossy(&text[..text.len().min(40)]);
    out.push(rules::false_document::diagnostic(root.span, &text));
    Node::new(Value::Object(Object::default()), root.span)
}

/// The first CRLF of the file and how many there are.
fn crlf(bytes: &[u8]) -> (Option<usize>, usize) {
    let mut first = None;
    let mut count = 0;
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| b == b'\r') {
        let at = i + k;
        if bytes.get(at + 1) == Some(&b'\n') {
            first.get_or_insert(at);
            count += 1;
        }
        i = at + 1;
    }
    (first, count)
}
