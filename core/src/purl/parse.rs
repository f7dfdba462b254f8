//! The ECMA-427 parsing algorithm, keeping the byte range of every component so that problems can
//! be located, and the normalisation both parsing and building share.

use std::ops::Range;

use super::encode::decode;
use super::normalise::normalise;
use super::types;
use super::{Component, ErrorKind, Purl, PurlBuilder, PurlError};

/// A purl string taken apart: the purl when its syntax allowed building one (even if it breaks
/// type rules), and every problem found.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub purl: Option<Purl>,
    pub errors: Vec<PurlError>,
}

/// Components after splitting and decoding, before normalisation.
pub(super) struct Parts {
    pub(super) ty: (String, Range<usize>),
    pub(super) namespace: Option<(Vec<String>, Range<usize>)>,
    pub(super) name: (String, Range<usize>),
    pub(super) version: Option<(String, Range<usize>)>,
    pub(super) qualifiers: Vec<(String, String, Range<usize>)>,
    pub(super) subpath: Option<(Vec<String>, Range<usize>)>,
}

pub(super) fn parse(s: &str, lenient: bool) -> Result<Purl, PurlError> {
    let a = analyse_with(s, lenient);
    match (a.errors.into_iter().next(), a.purl) {
        (Some(e), _) => Err(e),
        (None, Some(p)) => Ok(p),
        (None, None) => Err(PurlError::new(
            ErrorKind::Syntax,
            Component::Scheme,
            0..s.len(),
            "not a purl",
        )),
    }
}

/// Takes a purl string apart and reports every problem (qualifier keys not in lowercase are
/// reported as [`ErrorKind::QualifierKeyCase`] and lowercased).
pub fn analyse(s: &str) -> Analysis {
    analyse_with(s, false)
}

fn analyse_with(s: &str, lenient: bool) -> Analysis {
    let mut errors = Vec::new();
    let purl = split(s, &mut errors).map(|parts| normalise(parts, lenient, &mut errors));
    // Syntax errors make the purl unusable; type-rule errors leave it for the caller to inspect.
    let purl = purl.filter(|_| !errors.iter().any(|e| e.kind == ErrorKind::Syntax));
    Analysis { purl, errors }
}

pub(super) fn syntax(
    component: Component,
    span: Range<usize>,
    message: impl Into<String>,
) -> PurlError {
    PurlError::new(ErrorKind::Syntax, component, span, message)
}

fn decode_at(
    raw: &str,
    at: usize,
    component: Component,
    errors: &mut Vec<PurlError>,
) -> Option<String> {
    match decode(raw) {
        Ok(s) => Some(s),
        Err(e) => {
            let start = at + e.offset;
            let end = if e.offset == 0 && raw.len() > 3 {
                at + raw.len()
            } else {
                (start + 3).min(at + raw.len())
            };
            errors.push(syntax(component, start..end, e.message));
            None
        }
    }
}

/// Decodes `/`-separated segments, dropping empty ones (and `.` / `..` when `dots`).
fn segments(
    raw: &str,
    at: usize,
    component: Component,
    dots: bool,
    errors: &mut Vec<PurlError>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut offset = at;
    for seg in raw.split('/') {
        let here = offset;
        offset += seg.len() + 1;
        if seg.is_empty() || (dots && (seg == "." || seg == "..")) {
            continue;
        }
        if let Some(d) = decode_at(seg, here, component, errors) {
            if d.contains('/') {
                errors.push(syntax(
                    component,
                    here..here + seg.len(),
                    format!("segment `{seg}` decodes to a `/`"),
                ));
            } else {
                out.push(d);
            }
        }
    }
    out
}

fn split(s: &str, errors: &mut Vec<PurlError>) -> Option<Parts> {
    let mut end = s.len();
    let mut subpath = None;
    if let Some(i) = s.rfind('#') {
        let segs = segments(&s[i + 1..], i + 1, Component::Subpath, true, errors);
        subpath = Some((segs, i + 1..s.len()));
        end = i;
    }
    let mut qualifiers = Vec::new();
    if let Some(i) = s[..end].rfind('?') {
        let mut offset = i + 1;
        for pair in s[i + 1..end].split('&') {
            let at = offset;
            offset += pair.len() + 1;
            if pair.is_empty() {
                continue;
            }
            let Some(eq) = pair.find('=') else {
                errors.push(syntax(
                    Component::Qualifiers,
                    at..at + pair.len(),
                    format!("qualifier `{pair}` has no `=`"),
                ));
                continue;
            };
            let (key, raw_value) = (&pair[..eq], &pair[eq + 1..]);
            if let Some(value) = decode_at(raw_value, at + eq + 1, Component::Qualifiers, errors) {
                qualifiers.push((key.to_owned(), value, at..at + pair.len()));
            }
        }
        end = i;
    }
    let Some(colon) = s[..end].find(':') else {
        errors.push(syntax(
            Component::Scheme,
            0..end,
            "a purl starts with the scheme `pkg:`",
        ));
        return None;
    };
    if !s[..colon].eq_ignore_ascii_case("pkg") {
        errors.push(syntax(
            Component::Scheme,
            0..colon,
            format!("the scheme is `pkg`, not `{}`", &s[..colon]),
        ));
        return None;
    }
    let mut start = colon + 1;
    while s.as_bytes().get(start) == Some(&b'/') && start < end {
        start += 1;
    }
    while end > start && s.as_bytes()[end - 1] == b'/' {
        end -= 1;
    }
    let Some(slash) = s[start..end].find('/').map(|i| start + i) else {
        errors.push(syntax(
            Component::Name,
            end..end,
            "a purl needs a type and a name (`pkg:type/name`)",
        ));
        return None;
    };
    let ty = (s[start..slash].to_owned(), start..slash);
    let rest_start = slash + 1;
    // The version follows the last `@` of the last segment (`@` may start an npm namespace).
    let last_seg = s[rest_start..end]
        .rfind('/')
        .map_or(rest_start, |i| rest_start + i + 1);
    let mut version = None;
    if let Some(at) = s[last_seg..end].rfind('@').map(|i| last_seg + i) {
        let raw = &s[at + 1..end];
        if raw.is_empty() {
            errors.push(syntax(
                Component::Version,
                at..end,
                "`@` is not followed by a version",
            ));
        } else if let Some(v) = decode_at(raw, at + 1, Component::Version, errors) {
            version = Some((v, at + 1..end));
        }
        end = at;
    }
    let path = &s[rest_start..end];
    let mut segs: Vec<(&str, usize)> = Vec::new();
    let mut offset = rest_start;
    for seg in path.split('/') {
        segs.push((seg, offset));
        offset += seg.len() + 1;
    }
    let lower_ty = ty.0.to_ascii_lowercase();
    // The name is the last segment, or for types whose name holds `/` all after the namespace.
    let ns_count = match types::namespace_segments(&lower_ty) {
        Some(n) => {
            let non_empty = segs
                .iter()
                .position(|(seg, _)| !seg.is_empty())
                .unwrap_or(segs.len());
            (non_empty + n).min(segs.len().saturating_sub(1))
        }
        None => segs.len().saturating_sub(1),
    };
    let (ns_segs, name_segs) = segs.split_at(ns_count);
    let name_start = name_segs.first().map_or(end, |(_, o)| *o);
    let mut name_parts = Vec::new();
    for (seg, at) in name_segs {
        if let Some(d) = decode_at(seg, *at, Component::Name, errors) {
            name_parts.push(d);
        }
    }
    let name = (name_parts.join("/"), name_start..end);
    let namespace = if ns_segs.is_empty() {
        None
    } else {
        let ns_end = name_start.saturating_sub(1);
        let raw = &s[rest_start..ns_end.max(rest_start)];
        let segs = segments(raw, rest_start, Component::Namespace, false, errors);
        (!segs.is_empty()).then_some((segs, rest_start..ns_end.max(rest_start)))
    };
    Some(Parts {
        ty,
        namespace,
        name,
        version,
        qualifiers,
        subpath,
    })
}

pub(super) fn build(b: PurlBuilder) -> Result<Purl, PurlError> {
    let mut errors = Vec::new();
    let none = 0..0;
    let parts = Parts {
        ty: (b.ty, none.clone()),
        namespace: b
            .namespace
            .map(|ns| {
                (
                    ns.split('/')
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect::<Vec<_>>(),
                    none.clone(),
                )
            })
            .filter(|(v, _)| !v.is_empty()),
        name: (b.name, none.clone()),
        version: b
            .version
            .filter(|v| !v.is_empty())
            .map(|v| (v, none.clone())),
        qualifiers: b
            .qualifiers
            .into_iter()
            .map(|(k, v)| (k, v, none.clone()))
            .collect(),
        subpath: b.subpath.map(|sp| {
            let segs = sp
                .split('/')
                .filter(|s| !s.is_empty() && *s != "." && *s != "..")
                .map(str::to_owned)
                .collect();
            (segs, none.clone())
        }),
    };
    let purl = normalise(parts, false, &mut errors);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(purl),
    }
}
