//! Rules of the `purl` group: every string in the document that is a Package URL (a value or a
//! key starting with `pkg:`) is validated, with the cpan-specific checks, and the distribution
//! name must be usable in a purl.

mod cpan_author_case;
mod cpan_legacy_namespace;
mod cpan_module_name;
mod cpan_namespace_not_author;
mod dist_name_not_purl_safe;
mod invalid_purl;
mod non_canonical_purl;
mod perl_type;
mod version_mismatch;

pub use cpan_author_case::CPAN_AUTHOR_CASE;
pub use cpan_legacy_namespace::CPAN_LEGACY_NAMESPACE;
pub use cpan_module_name::CPAN_MODULE_NAME;
pub use cpan_namespace_not_author::CPAN_NAMESPACE_NOT_AUTHOR;
pub use dist_name_not_purl_safe::DIST_NAME_NOT_PURL_SAFE;
pub use invalid_purl::INVALID_PURL;
pub use non_canonical_purl::NON_CANONICAL_PURL;
pub use perl_type::PERL_TYPE;
pub use version_mismatch::PURL_VERSION_MISMATCH;

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::purl::{analyse, encode, ErrorKind, Purl, PurlError};
use crate::registry::RuleMeta;
use crate::source::{escape_pointer_token, Node, Span, Value};

pub static RULES: &[&RuleMeta] = &[
    &INVALID_PURL,
    &NON_CANONICAL_PURL,
    &CPAN_MODULE_NAME,
    &CPAN_AUTHOR_CASE,
    &CPAN_NAMESPACE_NOT_AUTHOR,
    &PERL_TYPE,
    &PURL_VERSION_MISMATCH,
    &CPAN_LEGACY_NAMESPACE,
    &DIST_NAME_NOT_PURL_SAFE,
];

/// What a purl is checked against: the distribution's own name and version.
#[derive(Clone, Debug, Default)]
pub struct MetaFacts {
    pub name: Option<String>,
    pub version: Option<String>,
}

/// Nesting deeper than this is not searched for purls (bad input must not recurse unboundedly).
const MAX_DEPTH: usize = 64;

fn location(span: Span) -> Location {
    Location::new("", Some(span))
}

fn whole(s: &str) -> Span {
    Span::new(0, s.len())
}

/// The span of the first occurrence of `needle` in `s`.
fn sub(s: &str, needle: &str) -> Option<Span> {
    s.find(needle).map(|i| Span::new(i, i + needle.len()))
}

/// A diagnostic for a purl error, its message naming the component and the byte position.
fn at(rule: &RuleMeta, e: &PurlError, what: &str) -> Diagnostic {
    let span = Span::new(e.span.start, e.span.end.max(e.span.start));
    Diagnostic::new(
        rule,
        format!("{what} (byte {}): {}", e.span.start, e.message),
        location(span),
    )
}

/// Checks one purl string; spans are byte offsets into `s` and the pointer is empty.
pub fn check_purl(s: &str, facts: Option<&MetaFacts>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    out.extend(perl_type::check(s));
    let analysis = analyse(s);
    let cpan_ns = analysis.purl.as_ref().is_some_and(|p| {
        p.ty() == "cpan"
            && p.namespace()
                .is_some_and(|n| n.eq_ignore_ascii_case("cpan"))
    });
    for e in &analysis.errors {
        out.push(match e.kind {
            ErrorKind::CpanModuleName => cpan_module_name::diagnostic(e),
            ErrorKind::CpanNamespaceCase if cpan_ns => continue,
            ErrorKind::CpanNamespaceCase => cpan_author_case::from_error(e),
            _ => invalid_purl::diagnostic(e),
        });
    }
    let Some(purl) = &analysis.purl else {
        return out;
    };
    if purl.ty() == "cpan" {
        out.extend(cpan_namespace_not_author::check(s, purl));
        out.extend(cpan_author_case::check_qualifier(s, purl));
        if !analysis
            .errors
            .iter()
            .any(|e| e.kind == ErrorKind::CpanNamespaceCase)
        {
            out.extend(cpan_legacy_namespace::check(s, purl));
        }
        if let Some(f) = facts {
            out.extend(version_mismatch::check(s, purl, f));
        }
    }
    if analysis.errors.is_empty() {
        out.extend(non_canonical_purl::check(s, purl));
    }
    out
}

/// Moves a diagnostic made for a purl string into the document: `base` is where the string's
/// text starts in the file when it is written there verbatim (no escapes), else every span
/// becomes `node` (the whole value).
fn relocate(mut d: Diagnostic, pointer: &str, base: Option<usize>, node: Span) -> Diagnostic {
    let shift = |span: Span| match base {
        Some(b) => Span::new(b + span.range().start, b + span.range().end),
        None => node,
    };
    d.location = Location::new(pointer, d.location.span.map(shift));
    if let Some(fix) = &mut d.fix {
        for edit in &mut fix.edits {
            edit.span = shift(edit.span);
        }
        if base.is_none() {
            // The value is written with escapes: replacing its text with the bare purl would
            // change quoting, so the fix is left for a human.
            d.fix = None;
        }
    }
    d
}

fn is_purl_like(s: &str) -> bool {
    s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("pkg:"))
}

fn check_string(
    cx: &super::Context<'_>,
    s: &str,
    span: Span,
    pointer: &str,
    facts: &MetaFacts,
    out: &mut Vec<Diagnostic>,
) {
    let raw = cx.bytes.get(span.range()).unwrap_or_default();
    let base = std::str::from_utf8(raw)
        .ok()
        .and_then(|t| t.find(s))
        .filter(|_| !s.is_empty())
        .map(|i| span.range().start + i);
    for d in check_purl(s, Some(facts)) {
        out.push(relocate(d, pointer, base, span));
    }
}

fn walk(
    cx: &super::Context<'_>,
    node: &Node,
    pointer: &mut String,
    depth: usize,
    facts: &MetaFacts,
    out: &mut Vec<Diagnostic>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    match &node.value {
        Value::String(s) if is_purl_like(s) => check_string(cx, s, node.span, pointer, facts, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                walk(cx, item, pointer, depth + 1, facts, out);
                pointer.truncate(len);
            }
        }
        Value::Object(o) => {
            for e in o.iter() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(&e.key));
                if is_purl_like(&e.key) {
                    check_string(cx, &e.key, e.key_span, pointer, facts, out);
                }
                walk(cx, &e.value, pointer, depth + 1, facts, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

pub(crate) fn check(cx: &super::Context<'_>, out: &mut Vec<Diagnostic>) {
    let text = |k: &str| {
        cx.map
            .get(k)
            .and_then(|n| n.value.perl_str())
            .map(str::to_owned)
    };
    let facts = MetaFacts {
        name: text("name"),
        version: text("version"),
    };
    dist_name_not_purl_safe::check(cx.map, out);
    walk(cx, cx.root, &mut String::new(), 0, &facts, out);
}

#[cfg(test)]
mod tests;
