//! Normalisation and the per-type rules, shared by parsing and building: type syntax, qualifier
//! keys, case folding where the type definition says a component is case insensitive, required
//! and prohibited components, permitted characters, and the rules the definitions state in prose.

use std::collections::BTreeMap;
use std::ops::Range;

use super::parse::{syntax, Parts};
use super::types::{self, Requirement, TypeDef};
use super::{Component, ErrorKind, Purl, PurlError};

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

pub(super) fn normalise(p: Parts, lenient: bool, errors: &mut Vec<PurlError>) -> Purl {
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
