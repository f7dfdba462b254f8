//! Rules of the `external` group (CM700–CM799): the `x_external_prereqs` extension
//! (docs/external-dependencies.md) — its dependency keys, its version ranges read in each
//! ecosystem's terms, and `Alien::*` prerequisites that stand for undeclared libraries.

mod alien_undeclared;
mod alienfile;
mod cpan_meta_v3_schema;
mod cpan_purl;
mod duplicate;
mod invalid_key;
mod invalid_range;
mod non_canonical_key;
mod unknown_capability;
mod unknown_type;
mod unsatisfiable_range;
mod version_in_key;

#[cfg(test)]
mod tests;

pub use alien_undeclared::ALIEN_UNDECLARED;
pub use alienfile::ALIENFILE;
pub use cpan_meta_v3_schema::CPAN_META_V3_SCHEMA;
pub use cpan_purl::CPAN_PURL;
pub use duplicate::DUPLICATE_EXTERNAL;
pub use invalid_key::INVALID_EXTERNAL_KEY;
pub use invalid_range::INVALID_RANGE;
pub use non_canonical_key::NON_CANONICAL_EXTERNAL_KEY;
pub use unknown_capability::UNKNOWN_CAPABILITY;
pub use unknown_type::UNKNOWN_PURL_TYPE;
pub use unsatisfiable_range::UNSATISFIABLE_RANGE;
pub use version_in_key::VERSION_IN_KEY;

use std::collections::HashMap;

use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::external::key::{self, KeyError, Target};
use crate::external::{alien, declarations, Declaration};
use crate::registry::RuleMeta;
use crate::source::{Span, Value};

pub static RULES: &[&RuleMeta] = &[
    &INVALID_EXTERNAL_KEY,
    &NON_CANONICAL_EXTERNAL_KEY,
    &VERSION_IN_KEY,
    &UNKNOWN_PURL_TYPE,
    &DUPLICATE_EXTERNAL,
    &CPAN_PURL,
    &UNKNOWN_CAPABILITY,
    &INVALID_RANGE,
    &UNSATISFIABLE_RANGE,
    &ALIEN_UNDECLARED,
    &ALIENFILE,
    &CPAN_META_V3_SCHEMA,
];

/// Where `text` is written verbatim inside `span` of the file (for a fix that rewrites it).
fn verbatim(cx: &Context<'_>, span: Span, text: &str) -> Option<Span> {
    let raw = std::str::from_utf8(cx.bytes.get(span.range())?).ok()?;
    let at = raw.find(text).filter(|_| !text.is_empty())?;
    let start = span.range().start + at;
    Some(Span::new(start, start + text.len()))
}

/// The range checks (CM707, CM708) for one declaration.
#[cfg(feature = "external-ranges")]
fn check_range(d: &Declaration<'_>, k: &key::Key, out: &mut Vec<Diagnostic>) {
    use crate::external::range::{self, Scheme, Verdict};
    let Some(text) = d.range() else {
        return;
    };
    let scheme = match &k.target {
        Target::Package(p) => Scheme::of(p.ty()),
        Target::Virtual { .. } => Scheme::Generic,
    };
    match range::check(scheme, &text) {
        Err(reason) => out.push(invalid_range::diagnostic(
            &text,
            &reason,
            scheme.grammar(),
            &d.pointer,
            d.value.span,
        )),
        Ok(Verdict::Unsatisfiable) => out.push(unsatisfiable_range::diagnostic(
            &text,
            &d.pointer,
            d.value.span,
        )),
        Ok(_) => {}
    }
}

/// Without the `external-ranges` feature (the WebAssembly page build) ranges are not read.
#[cfg(not(feature = "external-ranges"))]
fn check_range(_d: &Declaration<'_>, _k: &key::Key, _out: &mut Vec<Diagnostic>) {}

fn check_declaration(
    cx: &Context<'_>,
    d: &Declaration<'_>,
    seen: &mut HashMap<(String, String, String), Location>,
    out: &mut Vec<Diagnostic>,
) {
    let span = d.key_span;
    let k = match key::parse(d.key) {
        Ok(k) => k,
        Err(KeyError::BadPurl) => return,
        Err(KeyError::Invalid(reason)) => {
            out.push(invalid_key::diagnostic(d.key, &reason, &d.pointer, span));
            return;
        }
    };
    if let Some(want) = key::preferred(d.key, &k) {
        let at = verbatim(cx, span, d.key);
        out.push(non_canonical_key::diagnostic(
            d.key, &want, &d.pointer, span, at,
        ));
    }
    if let Some(v) = &k.version {
        out.push(version_in_key::diagnostic(
            d.key,
            v,
            &k.canonical,
            &d.pointer,
            span,
        ));
    }
    match &k.target {
        Target::Package(p) if p.ty() == "cpan" => out.push(cpan_purl::diagnostic(
            d.key,
            d.phase,
            d.relationship,
            &d.pointer,
            span,
        )),
        Target::Package(p) if crate::purl::types::definition(p.ty()).is_none() => {
            out.push(unknown_type::diagnostic(p.ty(), &d.pointer, span));
        }
        Target::Package(_) => {}
        Target::Virtual { kind, name } => {
            out.extend(unknown_capability::check(kind, name, &d.pointer, span));
        }
    }
    let id = (
        d.phase.to_owned(),
        d.relationship.to_owned(),
        k.canonical.clone(),
    );
    if let Some(first) = seen.get(&id) {
        out.push(duplicate::diagnostic(
            d.key,
            &k.canonical,
            &d.pointer,
            span,
            first.clone(),
        ));
    } else {
        seen.insert(id, Location::new(d.pointer.clone(), Some(span)));
    }
    check_range(d, &k, out);
}

/// CM709: `Alien::*` prerequisites whose library is not declared.
fn check_aliens(cx: &Context<'_>, decls: &[Declaration<'_>], out: &mut Vec<Diagnostic>) {
    let declared: Vec<(String, String)> = decls
        .iter()
        .filter_map(|d| key::parse(d.key).ok())
        .map(|k| {
            let name = match &k.target {
                Target::Package(p) => p.name().to_owned(),
                Target::Virtual { name, .. } => name.clone(),
            };
            (k.canonical, name)
        })
        .collect();
    let mut reported = Vec::new();
    for map in crate::version::prereq_maps(cx.map) {
        let Value::Object(o) = &map.node.value else {
            continue;
        };
        for e in o.iter() {
            if !alien::is_alien(&e.key) || reported.contains(&e.key) {
                continue;
            }
            if declared.iter().any(|(c, n)| alien::covers(&e.key, c, n)) {
                continue;
            }
            reported.push(e.key.clone());
            let pointer = format!(
                "{}/{}",
                map.pointer,
                crate::source::escape_pointer_token(&e.key)
            );
            out.push(alien_undeclared::diagnostic(
                &e.key,
                &alien::suggested_key(&e.key),
                &pointer,
                e.key_span,
            ));
        }
    }
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let decls = declarations(cx.map);
    let mut seen = HashMap::new();
    for d in &decls {
        check_declaration(cx, d, &mut seen, out);
    }
    check_aliens(cx, &decls, out);
    alienfile::check(cx, out);
}
