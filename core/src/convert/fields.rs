//! The Converter's field functions (`_keep`, `_license_2`, `_author_list`, ...), each recording
//! what it loses.

// Every field function has the signature of `FieldFn` (a table of function pointers), so the
// ones that cannot fail still return `Result`.
#![allow(clippy::unnecessary_wraps)]

use serde_json::{Map, Value as J};

use super::perl::{self, is_urlish, listify, truthy};
use super::prereqs::{clean_version, version_map};
use super::spec::{self, as_hash, Custom, Field, Spec};
use super::Cx;
use crate::rules::convert as rules;
use crate::source::escape_pointer_token;

type R = Result<Option<J>, String>;

fn s(x: &str) -> J {
    J::String(x.to_owned())
}

fn defined<'a>(f: &Field<'a>) -> Option<&'a J> {
    f.value.filter(|v| !v.is_null())
}

pub(super) fn keep(_: &mut Cx, f: &Field<'_>) -> R {
    Ok(defined(f).cloned())
}

pub(super) fn keep_or_one(_: &mut Cx, f: &Field<'_>) -> R {
    Ok(Some(defined(f).cloned().unwrap_or(J::from(1))))
}

pub(super) fn keep_or_unknown(cx: &mut Cx, f: &Field<'_>) -> R {
    match defined(f) {
        Some(v) if perl::string(Some(v)).is_some_and(|t| !t.is_empty()) => Ok(Some(v.clone())),
        _ => {
            cx.defaulted(f, "unknown");
            Ok(Some(s("unknown")))
        }
    }
}

pub(super) fn generated_by(cx: &mut Cx, f: &Field<'_>) -> R {
    let sig = cx.signature.clone();
    Ok(Some(match perl::string(defined(f)) {
        None => s(&sig),
        Some(g) if g.is_empty() => s(&sig),
        Some(g) if g.contains(&sig) => s(&g),
        Some(g) => s(&format!("{g}, {sig}")),
    }))
}

pub(super) fn change_meta_spec(cx: &mut Cx, _: &Field<'_>) -> R {
    let url = match cx.to {
        "2" | "2-cleanup" => "http://search.cpan.org/perldoc?CPAN::Meta::Spec",
        v => match v {
            "1.4" => "http://module-build.sourceforge.net/META-spec-v1.4.html",
            "1.3" => "http://module-build.sourceforge.net/META-spec-v1.3.html",
            "1.2" => "http://module-build.sourceforge.net/META-spec-v1.2.html",
            "1.1" => "http://module-build.sourceforge.net/META-spec-v1.1.html",
            _ => "http://module-build.sourceforge.net/META-spec-v1.0.html",
        },
    };
    let version = match cx.to {
        "2" => J::from(2),
        "2-cleanup" => cx.cleanup_version.clone(),
        v => s(v),
    };
    Ok(Some(serde_json::json!({ "version": version, "url": url })))
}

pub(super) fn url_or_drop(cx: &mut Cx, f: &Field<'_>) -> R {
    match defined(f) {
        Some(v) if is_urlish(Some(v)) => Ok(Some(v.clone())),
        Some(v) => {
            cx.resource_dropped(&f.at, v);
            Ok(None)
        }
        None => Ok(None),
    }
}

/// `@valid_licenses_1` and `artistic2`.
fn license_1_of(l: &str) -> Option<&'static str> {
    Some(match l.to_ascii_lowercase().as_str() {
        "perl" => "perl",
        "gpl" => "gpl",
        "apache" => "apache",
        "artistic" => "artistic",
        "artistic_2" | "artistic2" => "artistic_2",
        "lgpl" => "lgpl",
        "bsd" => "bsd",
        "mit" => "mit",
        "mozilla" => "mozilla",
        "open_source" => "open_source",
        "unrestricted" => "unrestricted",
        "restrictive" => "restrictive",
        "unknown" => "unknown",
        _ => return None,
    })
}

/// `%license_map_2`.
fn license_2_of(l: &str) -> Option<&'static str> {
    // The Converter's `%license_map_2` keys are the Validator's `%v2_licenses`.
    use crate::rules::spec::tables::known::V2_LICENSES as V2;
    let lower = l.to_ascii_lowercase();
    if let Some(v) = V2.iter().find(|v| **v == lower) {
        return Some(v);
    }
    Some(match lower.as_str() {
        "apache" => "apache_2_0",
        "artistic" => "artistic_1",
        "artistic2" => "artistic_2",
        "gpl" | "lgpl" | "mozilla" => "open_source",
        "perl" => "perl_5",
        "restrictive" => "restricted",
        _ => return None,
    })
}

pub(super) fn license_1(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = defined(f) else {
        cx.defaulted(f, "unknown");
        return Ok(Some(s("unknown")));
    };
    let text = perl::string(Some(v)).unwrap_or_default();
    if let Some(l) = license_1_of(&text) {
        return Ok(Some(s(l)));
    }
    let what = match v {
        J::Array(_) => "a list".to_owned(),
        J::Object(_) => "a map".to_owned(),
        _ => format!("`{text}`"),
    };
    cx.loss(
        &rules::convert_license_lost::RULE,
        &f.at,
        format!("{what} is not a license string of spec 1.x: the Converter makes it `unknown`"),
    );
    Ok(Some(s("unknown")))
}

pub(super) fn license_2(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = defined(f) else {
        cx.defaulted(f, "[\"unknown\"]");
        return Ok(Some(J::Array(vec![s("unknown")])));
    };
    let (list, listed) = match v {
        J::Array(a) => (a.clone(), true),
        other => (vec![other.clone()], false),
    };
    let mut out = Vec::new();
    for (i, lic) in list.iter().enumerate() {
        let Some(text) = perl::string(Some(lic)) else {
            continue;
        };
        let at = if listed {
            format!("{}/{i}", f.at)
        } else {
            f.at.clone()
        };
        match license_2_of(&text) {
            Some(new) => {
                if new == "open_source" && !text.eq_ignore_ascii_case("open_source") {
                    cx.loss(
                        &rules::convert_license_lost::RULE,
                        &at,
                        format!(
                            "`{text}` does not say which version: the Converter makes it `open_source`"
                        ),
                    );
                }
                out.push(s(new));
            }
            None => cx.loss(
                &rules::convert_license_lost::RULE,
                &at,
                format!("`{text}` is not a license string the Converter knows: it is dropped"),
            ),
        }
    }
    if out.is_empty() {
        out.push(s("unknown"));
    }
    Ok(Some(J::Array(out)))
}

pub(super) fn author_list(cx: &mut Cx, f: &Field<'_>) -> R {
    let unknown = || J::Array(vec![s("unknown")]);
    if !truthy(f.value) {
        cx.defaulted(f, "[\"unknown\"]");
        return Ok(Some(unknown()));
    }
    let list = match listify(f.value) {
        Some(J::Array(a)) => a,
        _ => Vec::new(),
    };
    let list: Vec<J> = list
        .into_iter()
        .map(|a| match perl::string(Some(&a)) {
            Some(t) if !t.is_empty() => a,
            _ => s("unknown"),
        })
        .collect();
    Ok(Some(if list.is_empty() {
        unknown()
    } else {
        J::Array(list)
    }))
}

pub(super) fn release_status(cx: &mut Cx, f: &Field<'_>) -> R {
    if let Some(t) = perl::string(f.value).filter(|_| truthy(f.value)) {
        if matches!(t.as_str(), "stable" | "testing" | "unstable") {
            return Ok(Some(s(&t)));
        }
    }
    let version = perl::string(f.data.get("version")).unwrap_or_default();
    let status = if version.contains('_') {
        "testing"
    } else {
        "stable"
    };
    if let Some(v) = defined(f) {
        cx.loss(
            &rules::convert_field_defaulted::RULE,
            &f.at,
            format!(
                "`{}` is not a release status: the Converter replaces it with `{status}` (from the version)",
                perl::string(Some(v)).unwrap_or_default()
            ),
        );
    }
    Ok(Some(s(status)))
}

// ---- no_index -----------------------------------------------------------------------------

fn listify_field(_: &mut Cx, f: &Field<'_>) -> R {
    Ok(listify(f.value))
}

static NO_INDEX_1_2: Spec = Spec {
    fields: &[
        ("file", listify_field),
        ("dir", listify_field),
        ("package", listify_field),
        ("namespace", listify_field),
    ],
    drop: &[],
    custom: Custom::Keep,
};
static NO_INDEX_1_3: Spec = Spec {
    fields: &[
        ("file", listify_field),
        ("directory", listify_field),
        ("package", listify_field),
        ("namespace", listify_field),
    ],
    drop: &[],
    custom: Custom::Keep,
};
static NO_INDEX_2: Spec = Spec {
    fields: NO_INDEX_1_3.fields,
    drop: &[],
    custom: Custom::Prefix,
};

/// The "wrong format" clean-up both no_index functions share: a string or a list means both
/// directories and files; `files` and `modules` are the common mistakes for `file`, `module`.
fn no_index_shape(v: &J, dir: &str) -> Map<String, J> {
    let mut map = match v {
        J::Object(m) => m.clone(),
        J::Array(list) => Map::from_iter([
            (dir.to_owned(), J::Array(list.clone())),
            ("file".to_owned(), J::Array(list.clone())),
        ]),
        other => Map::from_iter([
            (dir.to_owned(), J::Array(vec![other.clone()])),
            ("file".to_owned(), J::Array(vec![other.clone()])),
        ]),
    };
    for (from, to) in [("files", "file"), ("modules", "module")] {
        if let Some(x) = map.remove(from) {
            map.insert(to.to_owned(), x);
        }
    }
    map
}

pub(super) fn no_index_1_2(cx: &mut Cx, f: &Field<'_>) -> R {
    let v = f.data.get("no_index").filter(|v| truthy(Some(v)));
    let v = v.or_else(|| f.data.get("private").filter(|v| truthy(Some(v))));
    let Some(v) = v else { return Ok(None) };
    let map = J::Object(no_index_shape(v, "dir"));
    spec::convert(cx, &map, &NO_INDEX_1_2, &f.at).map(|m| Some(J::Object(m)))
}

pub(super) fn no_index_directory(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value.filter(|v| truthy(Some(v))) else {
        return Ok(None);
    };
    let mut map = no_index_shape(v, "directory");
    if let Some(d) = map.remove("dir") {
        map.insert("directory".to_owned(), d);
    }
    let spec = if cx.to.starts_with('2') {
        &NO_INDEX_2
    } else {
        &NO_INDEX_1_3
    };
    spec::convert(cx, &J::Object(map), spec, &f.at).map(|m| Some(J::Object(m)))
}

// ---- provides -----------------------------------------------------------------------------

static PROVIDES_1: Spec = Spec {
    fields: &[("file", keep), ("version", keep)],
    drop: &[],
    custom: Custom::Keep,
};
static PROVIDES_2: Spec = Spec {
    fields: &[("file", keep), ("version", keep)],
    drop: &[],
    custom: Custom::Prefix,
};

pub(super) fn provides(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(J::Object(map)) = f.value else {
        return Ok(None);
    };
    let spec = if cx.to.starts_with('2') {
        &PROVIDES_2
    } else {
        &PROVIDES_1
    };
    let mut out = Map::new();
    for (package, entry) in map {
        let at = format!("{}/{}", f.at, escape_pointer_token(package));
        let mut new = spec::convert(cx, entry, spec, &at)?;
        if let Some(J::Object(e)) = Some(entry) {
            if e.contains_key("version") {
                let v = clean_version(
                    cx,
                    e.get("version").filter(|v| !v.is_null()),
                    &format!("{at}/version"),
                );
                new.insert("version".to_owned(), v);
            }
        }
        out.insert(package.clone(), J::Object(new));
    }
    Ok(Some(J::Object(out)))
}

// ---- prerequisites ------------------------------------------------------------------------

pub(super) fn version_map_field(cx: &mut Cx, f: &Field<'_>) -> R {
    version_map(cx, f.value, &f.at)
}

/// `_prereqs_from_1` of a map holding 1.x prerequisite keys (the document or a feature).
fn prereqs_from_1(cx: &mut Cx, meta: &Map<String, J>, at: &str) -> Result<Map<String, J>, String> {
    let mut prereqs: Map<String, J> = Map::new();
    let mut put = |phase: &str, rel: &str, v: Option<J>| {
        let p = prereqs
            .entry(phase.to_owned())
            .or_insert_with(|| J::Object(Map::new()));
        if let J::Object(p) = p {
            p.insert(rel.to_owned(), v.unwrap_or(J::Null));
        }
    };
    for phase in ["build", "configure"] {
        let key = format!("{phase}_requires");
        if truthy(meta.get(&key)) {
            let v = version_map(cx, meta.get(&key), &format!("{at}/{key}"))?;
            put(phase, "requires", v);
        }
    }
    for rel in ["requires", "recommends", "conflicts"] {
        if truthy(meta.get(rel)) {
            let v = version_map(cx, meta.get(rel), &format!("{at}/{rel}"))?;
            put("runtime", rel, v);
        }
    }
    Ok(prereqs)
}

pub(super) fn prereqs_from_1_field(cx: &mut Cx, f: &Field<'_>) -> R {
    prereqs_from_1(cx, f.data, "").map(|m| Some(J::Object(m)))
}

fn prereqs_rel(cx: &mut Cx, f: &Field<'_>) -> R {
    match f.value {
        Some(v @ J::Object(_)) => {
            spec::convert(cx, v, &RELATION, &f.at).map(|m| Some(J::Object(m)))
        }
        Some(v) if truthy(Some(v)) => {
            cx.value_dropped(&f.at, "a phase of `prereqs` must be a map of relationships");
            Ok(None)
        }
        _ => Ok(None),
    }
}

static PREREQS: Spec = Spec {
    fields: &[
        ("configure", prereqs_rel),
        ("build", prereqs_rel),
        ("test", prereqs_rel),
        ("runtime", prereqs_rel),
        ("develop", prereqs_rel),
    ],
    drop: &[],
    custom: Custom::Prefix,
};
static RELATION: Spec = Spec {
    fields: &[
        ("requires", version_map_field),
        ("recommends", version_map_field),
        ("suggests", version_map_field),
        ("conflicts", version_map_field),
    ],
    drop: &[],
    custom: Custom::Prefix,
};

pub(super) fn cleanup_prereqs(cx: &mut Cx, f: &Field<'_>) -> R {
    match f.value {
        Some(v @ J::Object(_)) => spec::convert(cx, v, &PREREQS, &f.at).map(|m| Some(J::Object(m))),
        Some(v) if truthy(Some(v)) => {
            cx.value_dropped(&f.at, "`prereqs` must be a map of phases");
            Ok(None)
        }
        _ => Ok(None),
    }
}

// ---- optional_features --------------------------------------------------------------------

/// `_optional_features_as_map`: the list form (`- name: {...}`) becomes a map; of each list
/// item only its first key counts.
pub(super) fn optional_features_as_map(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value.filter(|v| truthy(Some(v))) else {
        return Ok(None);
    };
    Ok(Some(as_map(cx, v, &f.at)?))
}

fn as_map(cx: &mut Cx, v: &J, at: &str) -> Result<J, String> {
    let J::Array(list) = v else {
        return Ok(v.clone());
    };
    let mut map = Map::new();
    for (i, feature) in list.iter().enumerate() {
        let item = as_hash(feature, &format!("{at}/{i}"))?;
        let mut entries = item.iter();
        if let Some((name, body)) = entries.next() {
            map.insert(name.clone(), body.clone());
        }
        for (extra, _) in entries {
            cx.loss(
                &rules::convert_optional_feature_lost::RULE,
                &format!("{at}/{i}/{}", escape_pointer_token(extra)),
                format!("only one feature per list item is read: `{extra}` is dropped"),
            );
        }
    }
    Ok(J::Object(map))
}

pub(super) fn optional_features_1_4(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value.filter(|v| truthy(Some(v))) else {
        return Ok(None);
    };
    let J::Object(mut map) = as_map(cx, v, &f.at)? else {
        return Ok(Some(v.clone()));
    };
    for (name, feature) in &mut map {
        let at = format!("{}/{}", f.at, escape_pointer_token(name));
        if feature.is_null() {
            *feature = J::Object(Map::new());
        }
        let J::Object(feature) = feature else {
            return Err(format!("Can't use string as a HASH ref (at {at})"));
        };
        for drop in ["requires_packages", "requires_os", "excluded_os"] {
            if feature.remove(drop).is_some() {
                cx.loss(
                    &rules::convert_optional_feature_lost::RULE,
                    &format!("{at}/{drop}"),
                    format!("spec 1.4 has no `{drop}` in a feature: the Converter drops it"),
                );
            }
        }
    }
    Ok(Some(J::Object(map)))
}

pub(super) fn upgrade_optional_features(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(origin) = f.value else {
        return Ok(None);
    };
    let origin = spec::as_hash_or_empty(origin, &f.at)?;
    let mut out = Map::new();
    for (name, feature) in origin.iter() {
        let at = format!("{}/{}", f.at, escape_pointer_token(name));
        let empty = Map::new();
        let feature = match feature {
            J::Null => &empty,
            other => as_hash(other, &at)?,
        };
        let mut prereqs = prereqs_from_1(cx, feature, &at)?;
        if prereqs.remove("configure").is_some() {
            cx.loss(
                &rules::convert_optional_feature_lost::RULE,
                &format!("{at}/configure_requires"),
                "spec 2 features have no configure prerequisites: the Converter drops them"
                    .to_owned(),
            );
        }
        for (key, _) in feature {
            if !matches!(
                key.as_str(),
                "description"
                    | "requires"
                    | "build_requires"
                    | "configure_requires"
                    | "recommends"
                    | "conflicts"
            ) {
                cx.loss(
                    &rules::convert_optional_feature_lost::RULE,
                    &format!("{at}/{}", escape_pointer_token(key)),
                    format!("the Converter keeps only a feature's description and prerequisites: `{key}` is dropped"),
                );
            }
        }
        out.insert(
            name.clone(),
            serde_json::json!({
                "description": feature.get("description").cloned().unwrap_or(J::Null),
                "prereqs": J::Object(prereqs),
            }),
        );
    }
    Ok(Some(J::Object(out)))
}

static FEATURE_2: Spec = Spec {
    fields: &[("description", keep), ("prereqs", cleanup_prereqs)],
    drop: &[],
    custom: Custom::Prefix,
};

pub(super) fn cleanup_optional_features_2(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(J::Object(map)) = f.value else {
        if f.value.is_some_and(|v| truthy(Some(v))) {
            cx.value_dropped(&f.at, "`optional_features` must be a map of features");
        }
        return Ok(None);
    };
    let mut out = Map::new();
    for (name, feature) in map {
        let at = format!("{}/{}", f.at, escape_pointer_token(name));
        let new = match feature {
            J::Object(_) => J::Object(spec::convert(cx, feature, &FEATURE_2, &at)?),
            _ => J::Null,
        };
        out.insert(name.clone(), new);
    }
    Ok((!out.is_empty()).then_some(J::Object(out)))
}

// ---- resources ----------------------------------------------------------------------------

static RESOURCES_1: Spec = Spec {
    fields: &[
        ("license", url_or_drop),
        ("homepage", url_or_drop),
        ("bugtracker", url_or_drop),
        ("repository", url_or_drop),
    ],
    drop: &[],
    custom: Custom::Keep,
};

pub(super) fn resources_1_3(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value else { return Ok(None) };
    spec::convert(cx, v, &RESOURCES_1, &f.at).map(|m| Some(J::Object(m)))
}

pub(super) fn resources_1_2(cx: &mut Cx, f: &Field<'_>) -> R {
    let mut resources = match f.value.filter(|v| truthy(Some(v))) {
        Some(v) => as_hash(v, &f.at)?.clone(),
        None => Map::new(),
    };
    let license_url = f.data.get("license_url");
    if truthy(license_url) && !truthy(resources.get("license")) && is_urlish(license_url) {
        resources.insert(
            "license".to_owned(),
            license_url.cloned().unwrap_or(J::Null),
        );
    }
    if resources.is_empty() {
        return Ok(None);
    }
    spec::convert(cx, &J::Object(resources), &RESOURCES_1, &f.at).map(|m| Some(J::Object(m)))
}

fn upgrade_license(cx: &mut Cx, f: &Field<'_>) -> R {
    match defined(f) {
        Some(v) if is_urlish(Some(v)) => Ok(listify(Some(v))),
        Some(v) => {
            cx.resource_dropped(&f.at, v);
            Ok(None)
        }
        None => Ok(None),
    }
}

fn upgrade_bugtracker(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value.filter(|v| truthy(Some(v))) else {
        return Ok(None);
    };
    let text = perl::string(Some(v)).unwrap_or_default();
    let line = text.strip_suffix('\n').unwrap_or(&text);
    if let Some(addr) = line.strip_prefix("mailto:").filter(|a| !a.contains('\n')) {
        return Ok(Some(serde_json::json!({ "mailto": addr })));
    }
    if is_urlish(Some(v)) {
        return Ok(Some(serde_json::json!({ "web": v })));
    }
    cx.resource_dropped(&f.at, v);
    Ok(None)
}

fn upgrade_repository(cx: &mut Cx, f: &Field<'_>) -> R {
    match defined(f) {
        Some(v) if is_urlish(Some(v)) => Ok(Some(serde_json::json!({ "url": v }))),
        Some(v) => {
            cx.resource_dropped(&f.at, v);
            Ok(None)
        }
        None => Ok(None),
    }
}

static RESOURCES_2_UPGRADE: Spec = Spec {
    fields: &[
        ("license", upgrade_license),
        ("homepage", url_or_drop),
        ("bugtracker", upgrade_bugtracker),
        ("repository", upgrade_repository),
    ],
    drop: &[],
    custom: Custom::Prefix,
};

pub(super) fn upgrade_resources_2(cx: &mut Cx, f: &Field<'_>) -> R {
    let Some(v) = f.value else { return Ok(None) };
    spec::convert(cx, v, &RESOURCES_2_UPGRADE, &f.at).map(|m| Some(J::Object(m)))
}

fn url_list(cx: &mut Cx, f: &Field<'_>) -> R {
    if !truthy(f.value) {
        return Ok(None);
    }
    let Some(J::Array(list)) = listify(f.value) else {
        return Ok(None);
    };
    let listed = f.value.is_some_and(J::is_array);
    let mut kept = Vec::new();
    for (i, u) in list.into_iter().enumerate() {
        if is_urlish(Some(&u)) {
            kept.push(u);
        } else {
            let at = if listed {
                format!("{}/{i}", f.at)
            } else {
                f.at.clone()
            };
            cx.resource_dropped(&at, &u);
        }
    }
    Ok((!kept.is_empty()).then_some(J::Array(kept)))
}

fn repo_type(_: &mut Cx, f: &Field<'_>) -> R {
    if let Some(v) = defined(f) {
        return Ok(Some(v.clone()));
    }
    let Some(url) = f.data.get("url") else {
        return Ok(None);
    };
    let url = perl::string(Some(url)).unwrap_or_default();
    Ok(["git", "svn"]
        .into_iter()
        .find(|t| url.starts_with(t))
        .map(s))
}

static BUGTRACKER_2: Spec = Spec {
    fields: &[("web", url_or_drop), ("mailto", keep)],
    drop: &[],
    custom: Custom::Prefix,
};
static REPOSITORY_2: Spec = Spec {
    fields: &[
        ("web", url_or_drop),
        ("url", url_or_drop),
        ("type", repo_type),
    ],
    drop: &[],
    custom: Custom::Prefix,
};

fn cleanup_nested(cx: &mut Cx, f: &Field<'_>, spec_: &Spec) -> R {
    match f.value {
        Some(v @ (J::Object(_) | J::Array(_))) => {
            spec::convert(cx, v, spec_, &f.at).map(|m| Some(J::Object(m)))
        }
        Some(v) if !v.is_null() => {
            cx.resource_dropped(&f.at, v);
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn cleanup_bugtracker(cx: &mut Cx, f: &Field<'_>) -> R {
    cleanup_nested(cx, f, &BUGTRACKER_2)
}

fn cleanup_repository(cx: &mut Cx, f: &Field<'_>) -> R {
    cleanup_nested(cx, f, &REPOSITORY_2)
}

static RESOURCES_2_CLEANUP: Spec = Spec {
    fields: &[
        ("license", url_list),
        ("homepage", url_or_drop),
        ("bugtracker", cleanup_bugtracker),
        ("repository", cleanup_repository),
    ],
    drop: &[],
    custom: Custom::Prefix,
};

pub(super) fn cleanup_resources_2(cx: &mut Cx, f: &Field<'_>) -> R {
    match f.value {
        Some(v @ J::Object(_)) => {
            spec::convert(cx, v, &RESOURCES_2_CLEANUP, &f.at).map(|m| Some(J::Object(m)))
        }
        Some(v) if truthy(Some(v)) => {
            cx.value_dropped(&f.at, "`resources` must be a map");
            Ok(None)
        }
        _ => Ok(None),
    }
}
