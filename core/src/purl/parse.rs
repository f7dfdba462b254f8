//! The ECMA-427 parsing algorithm, keeping the byte range of every component so that problems can
//! be located, and the normalisation both parsing and building share.

use std::collections::BTreeMap;
use std::ops::Range;

use super::encode::decode;
use super::types::{self, Requirement, TypeDef};
use super::{Component, ErrorKind, Purl, PurlBuilder, PurlError};

/// A purl string taken apart: the purl when its syntax allowed building one (even if it breaks
/// type rules), and every problem found.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub purl: Option<Purl>,
    pub errors: Vec<PurlError>,
}

/// Components after splitting and decoding, before normalisation.
struct Parts {
    ty: (String, Range<usize>),
    namespace: Option<(Vec<String>, Range<usize>)>,
    name: (String, Range<usize>),
    version: Option<(String, Range<usize>)>,
    qualifiers: Vec<(String, String, Range<usize>)>,
    subpath: Option<(Vec<String>, Range<usize>)>,
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

fn syntax(component: Component, span: Range<usize>, message: impl Into<String>) -> PurlError {
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

fn valid_type(ty: &str) -> bool {
    let mut bytes = ty.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

fn valid_key(key: &str) -> bool {
    let mut bytes = key.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

fn type_rule(component: Component, span: &Range<usize>, message: String) -> PurlError {
    PurlError::new(ErrorKind::TypeRule, component, span.clone(), message)
}

fn check_permitted(
    def: Option<&TypeDef>,
    component: Component,
    value: &str,
    span: &Range<usize>,
    errors: &mut Vec<PurlError>,
) {
    let Some(def) = def else { return };
    let rule = match component {
        Component::Namespace => &def.namespace,
        Component::Name => &def.name,
        Component::Version => &def.version,
        _ => &def.subpath,
    };
    if let Some(re) = &rule.permitted {
        if !re.is_match(value) {
            errors.push(type_rule(
                component,
                span,
                format!(
                    "`{value}` is not a valid {component} for type `{}` (must match `{}`)",
                    def.ty,
                    re.as_str()
                ),
            ));
        }
    }
}

fn fold(case_sensitive: bool, s: String) -> String {
    if case_sensitive {
        s
    } else {
        s.to_lowercase()
    }
}

fn normalise(p: Parts, lenient: bool, errors: &mut Vec<PurlError>) -> Purl {
    let (ty, ty_span) = p.ty;
    if !valid_type(&ty) {
        let msg = if ty.is_empty() {
            "the type is empty".to_owned()
        } else {
            format!(
                "type `{ty}` must start with a letter and hold only letters, digits, `.` and `-`"
            )
        };
        errors.push(syntax(Component::Type, ty_span, msg));
    }
    let ty = ty.to_ascii_lowercase();
    let def = types::definition(&ty);

    let mut qualifiers = BTreeMap::new();
    for (key, value, span) in p.qualifiers {
        if !valid_key(&key) {
            errors.push(syntax(Component::Qualifiers, span.clone(), format!("qualifier key `{key}` must start with a letter and hold only letters, digits, `.`, `-` and `_`")));
            continue;
        }
        let lower = key.to_ascii_lowercase();
        if lower != key && !lenient {
            errors.push(PurlError::new(
                ErrorKind::QualifierKeyCase,
                Component::Qualifiers,
                span.start..span.start + key.len(),
                format!("qualifier key `{key}` must be lowercase (`{lower}`)"),
            ));
        }
        if value.is_empty() {
            continue;
        }
        if qualifiers.insert(lower.clone(), value).is_some() {
            errors.push(syntax(
                Component::Qualifiers,
                span,
                format!("qualifier `{lower}` is given twice"),
            ));
        }
    }

    let (name, name_span) = p.name;
    let mut name = fold(def.is_none_or(|d| d.name.case_sensitive), name);
    if name.is_empty() {
        errors.push(syntax(
            Component::Name,
            name_span.clone(),
            "the name is required",
        ));
    }
    match ty.as_str() {
        "pypi" => name = name.replace('_', "-"),
        "mlflow"
            if qualifiers
                .get("repository_url")
                .is_some_and(|u| u.contains("databricks")) =>
        {
            name = name.to_lowercase();
        }
        "cpan" if name.contains("::") => errors.push(PurlError::new(
            ErrorKind::CpanModuleName,
            Component::Name,
            name_span.clone(),
            format!(
                "`{name}` is a module name; a cpan purl names the distribution (`{}`)",
                name.replace("::", "-")
            ),
        )),
        _ => {}
    }
    if !name.is_empty() {
        check_permitted(def, Component::Name, &name, &name_span, errors);
    }

    let namespace = p.namespace.map(|(segs, span)| {
        let ns = fold(
            def.is_none_or(|d| d.namespace.case_sensitive),
            segs.join("/"),
        );
        (ns, span)
    });
    if let Some(def) = def {
        match (&namespace, def.namespace.requirement) {
            (None, Requirement::Required) => errors.push(type_rule(
                Component::Namespace,
                &name_span,
                format!("type `{ty}` requires a namespace"),
            )),
            (Some((ns, span)), Requirement::Prohibited) => errors.push(type_rule(
                Component::Namespace,
                span,
                format!("type `{ty}` has no namespace, but `{ns}` is given"),
            )),
            _ => {}
        }
        for q in def.qualifiers.iter().filter(|q| q.required) {
            if !qualifiers.contains_key(&q.key) {
                errors.push(type_rule(
                    Component::Qualifiers,
                    &(name_span.end..name_span.end),
                    format!("type `{ty}` requires the qualifier `{}`", q.key),
                ));
            }
        }
    }
    if let Some((ns, span)) = &namespace {
        check_permitted(def, Component::Namespace, ns, span, errors);
        if ty == "cpan" && ns.chars().any(char::is_lowercase) {
            errors.push(PurlError::new(
                ErrorKind::CpanNamespaceCase,
                Component::Namespace,
                span.clone(),
                format!(
                    "a cpan namespace is a CPAN author ID and must be uppercase (`{}`)",
                    ns.to_uppercase()
                ),
            ));
        }
    }

    let version = p.version.map(|(v, span)| {
        let v = fold(def.is_none_or(|d| d.version.case_sensitive), v);
        check_permitted(def, Component::Version, &v, &span, errors);
        v
    });
    let subpath = p.subpath.and_then(|(segs, _)| {
        let sp = fold(def.is_none_or(|d| d.subpath.case_sensitive), segs.join("/"));
        (!sp.is_empty()).then_some(sp)
    });
    Purl {
        ty,
        namespace: namespace.map(|(ns, _)| ns),
        name,
        version,
        qualifiers,
        subpath,
    }
}
