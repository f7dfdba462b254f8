//! The META.yml reader: exactly what CPAN::Meta::YAML 0.018 accepts, as
//! `Parse::CPAN::Meta->load_file("META.yml")` drives it, with a byte span on every key and value.
//!
//! The pipeline mirrors Perl's:
//!
//! 1. [`decode`]: `Encode::decode('UTF-8', $bytes, PERLQQ)` — invalid bytes become the text `\xHH`;
//! 2. `_load_string`: strip one BOM, split into lines and drop blank and comment lines ([`lines`]);
//! 3. the nibbling parser ([`parser`]): documents, `_load_hash` (keys in [`key`]), `_load_array`
//!    and `_load_scalar` ([`scalar`]), dying with CPAN::Meta::YAML's exact messages;
//! 4. `Load` keeps the last document and Parse::CPAN::Meta turns a false one (undef, `""`, `"0"`)
//!    into `{}`.
//!
//! Every scalar is a string (`1.10` stays `"1.10"`, `yes`/`true`/`null` stay strings), `~` is
//! undef, `{}`/`[]` are the only flow collections, anchors/aliases/tags are errors. Problems Perl
//! tolerates (duplicate keys, a BOM, invalid UTF-8, tab indentation, several documents, scalars
//! other YAML loaders read differently) become diagnostics of the `yaml` rule group.
//!
//! It runs in linear time: no regex is compiled per line, and the one backtracking regex of
//! CPAN::Meta::YAML (unquoted keys) is emulated by a linear pass ([`key`]).
//!
//! ## Decision
//!
//! When CPAN::Meta::YAML rejects a file, a second opinion from a real YAML 1.2 parser tells
//! "invalid YAML" (CM020) from "valid YAML that CPAN clients cannot read" (CM021). We use
//! **saphyr-parser** (behind the default feature `yaml-second-opinion`):
//!
//! * we need a verdict and an error position, not a loaded document: saphyr-parser is only the
//!   event parser, `no_std` + `alloc`, depending on nothing but `arraydeque` and `thiserror`
//!   (which the core already uses), so it adds little to the wasm build;
//! * it is the maintained successor of yaml-rust/yaml-rust2 (same maintainers), passes the
//!   YAML test suite's parser cases, and its parser is a state machine (no recursion on deep
//!   flow nesting, which it caps);
//! * yaml-rust2 carries the same parser plus a loader we do not need; serde_yaml_ng and
//!   serde_norway wrap the C-derived `unsafe-libyaml` translation, heavier and `unsafe`;
//!   serde_yaml is deprecated upstream.
//!
//! See docs/decisions/yaml-second-opinion.md.

mod checks;
mod decode;
mod key;
mod lines;
mod parser;
mod scalar;
#[cfg(feature = "yaml-second-opinion")]
mod second_opinion;

use std::sync::LazyLock;

use regex::Regex;

use super::{Node, Object, ReadResult, Span, Value};
use crate::rules::yaml as rules;
use decode::Decoded;
use parser::{Parser, Stop};

/// `/^\%YAML[: ][\d\.]+/` (`anchored_end`: followed by `\z`). Perl's `\d` is Unicode, as the
/// regex crate's is.
fn is_yaml_directive(text: &str, anchored_end: bool) -> bool {
    static PREFIX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^%YAML[: ][\d.]+").expect("valid regex"));
    static WHOLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^%YAML[: ][\d.]+\z").expect("valid regex"));
    if !text.starts_with("%YAML") {
        return false;
    }
    if anchored_end {
        WHOLE.is_match(text)
    } else {
        PREFIX.is_match(text)
    }
}

/// The message Perl dies with: `_error` removes `/ at \S+ line \d+.*/` (even from the middle of a
/// quoted line) before croaking, and the oracle drops trailing whitespace.
fn perl_message(message: &str) -> String {
    static CALL_SITE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r" at \S+ line \d+.*").expect("valid regex"));
    let cut = CALL_SITE.find(message).map_or(message.len(), |m| m.start());
    message[..cut].trim_end().to_owned()
}

/// Reads META.yml bytes. See the module docs.
pub fn read(bytes: &[u8]) -> ReadResult {
    let decoded = Decoded::new(bytes);
    let mut diagnostics = Vec::new();
    let text: &str = &decoded.text;
    let (body, base) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => {
            diagnostics.push(rules::byte_order_mark::diagnostic());
            (rest, 3)
        }
        None => (text, 0),
    };
    if decoded.had_invalid() {
        let mut offsets = decoded.invalid_bytes();
        if let Some(first) = offsets.next() {
            let count = 1 + offsets.count();
            diagnostics.push(rules::invalid_utf8::diagnostic(
                Span::new(first, first + 1),
                count,
                bytes[first],
            ));
        }
    }
    let lines::Significant { lines, tabs } = lines::significant_lines(body, base);
    let mut parser = Parser::new(lines);
    let parsed = parser.documents();
    let duplicates = std::mem::take(&mut parser.duplicates);
    let to_bytes = |s: usize, e: usize| Span::new(decoded.orig(s), decoded.orig(e));
    let mut docs = match parsed {
        Ok(docs) => docs,
        Err(Stop::Perl { message, at }) => {
            // Perl warned about the duplicates it met before dying
            for d in duplicates {
                let first = to_bytes(d.first.start as usize, d.first.end as usize);
                let again = to_bytes(d.again.start as usize, d.again.end as usize);
                diagnostics.push(rules::duplicate_key::diagnostic(
                    "", &d.key, again, first, &d.warning,
                ));
            }
            let perl = perl_message(&message);
            let span = to_bytes(at.0, at.1);
            diagnostics.push(rejected(body, &perl, span));
            return ReadResult {
                root: None,
                perl_error: Some(perl),
                diagnostics,
            };
        }
        Err(Stop::TooDeep(at)) => {
            diagnostics.push(rules::too_deep::diagnostic(
                to_bytes(at, at),
                parser::MAX_DEPTH,
            ));
            return ReadResult {
                root: None,
                perl_error: None,
                diagnostics,
            };
        }
    };
    if decoded.had_invalid() {
        for doc in &mut docs {
            remap(&mut doc.node, &decoded);
        }
    }
    if docs.len() > 1 {
        let starts: Vec<Span> = docs
            .iter()
            .map(|d| {
                let s = decoded.orig(d.start);
                Span::new(s, s.max(d.node.span.end as usize))
            })
            .collect();
        if let Some((winner, others)) = starts.split_last() {
            diagnostics.push(rules::multiple_documents::diagnostic(
                docs.len(),
                *winner,
                others,
            ));
        }
    }
    // Load returns the last document; Parse::CPAN::Meta returns `$data || {}`
    let root = match docs.pop().map(|d| d.node) {
        Some(node) if is_true(&node.value) => node,
        other => Node::new(
            Value::Object(Object::default()),
            other.map_or(Span::new(0, bytes.len()), |n| n.span),
        ),
    };
    for d in duplicates {
        let first = to_bytes(d.first.start as usize, d.first.end as usize);
        let again = to_bytes(d.again.start as usize, d.again.end as usize);
        let pointer = checks::pointer_at(&root, again.start as usize);
        diagnostics.push(rules::duplicate_key::diagnostic(
            &pointer, &d.key, again, first, &d.warning,
        ));
    }
    if let Some((first, count)) = tabs {
        let span = to_bytes(first.0, first.1);
        let pointer = checks::pointer_at(&root, span.end as usize);
        diagnostics.push(rules::tab_indentation::diagnostic(&pointer, span, count));
    }
    checks::scalars_read_differently(&root, bytes, &mut diagnostics);
    ReadResult {
        root: Some(root),
        perl_error: None,
        diagnostics,
    }
}

/// Perl truthiness of what `Load` returned: undef, `""` and `"0"` are false (references are
/// always true).
fn is_true(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !(s.is_empty() || s == "0"),
        _ => true,
    }
}

/// The diagnostic for a file CPAN::Meta::YAML refuses, with the second opinion where enabled.
fn rejected(body: &str, perl: &str, span: Span) -> crate::Diagnostic {
    #[cfg(feature = "yaml-second-opinion")]
    {
        match second_opinion::check(body) {
            second_opinion::Opinion::Valid => rules::valid_yaml_unreadable::diagnostic(perl, span),
            second_opinion::Opinion::Invalid { message, .. } => {
                rules::syntax_error::diagnostic(perl, span, Some(&message))
            }
        }
    }
    #[cfg(not(feature = "yaml-second-opinion"))]
    {
        let _ = body;
        rules::syntax_error::diagnostic(perl, span, None)
    }
}

/// Maps decoded offsets to original byte offsets in a freshly parsed tree.
fn remap(node: &mut Node, decoded: &Decoded) {
    node.span = Span::new(
        decoded.orig(node.span.start as usize),
        decoded.orig(node.span.end as usize),
    );
    match &mut node.value {
        Value::Array(items) => items.iter_mut().for_each(|n| remap(n, decoded)),
        Value::Object(map) => {
            for e in &mut map.entries {
                e.key_span = Span::new(
                    decoded.orig(e.key_span.start as usize),
                    decoded.orig(e.key_span.end as usize),
                );
                remap(&mut e.value, decoded);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
