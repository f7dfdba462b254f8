//! The part of `CPAN::Meta::Converter->new($meta)->convert(version => '1.4')` (from spec 2) that
//! the kwalitee indicators read afterwards: `license`, `requires`, `resources`, `provides` and
//! `no_index`; every other key is kept as it was, and `prereqs`, `description` and
//! `release_status` are dropped, as the Converter's `1.4-from-2` table does.

use serde_json::{Map, Value as J};

use super::perl;
use crate::model::{SpecChoice, SpecVersion};
use crate::source::{Node, Value};

/// `%license_downgrade_map` of CPAN::Meta::Converter 2.150010.
fn downgrade_one(license: &str) -> Option<&'static str> {
    Some(match license.to_ascii_lowercase().as_str() {
        "apache_1_1" | "apache_2_0" => "apache",
        "artistic_1" => "artistic",
        "artistic_2" => "artistic_2",
        "bsd" => "bsd",
        "gpl_1" | "gpl_2" | "gpl_3" => "gpl",
        "lgpl_2_1" | "lgpl_3_0" => "lgpl",
        "mit" => "mit",
        "mozilla_1_0" | "mozilla_1_1" => "mozilla",
        "perl_5" => "perl",
        "agpl_3" | "freebsd" | "gfdl_1_2" | "gfdl_1_3" | "openssl" | "qpl_1_0" | "ssleay"
        | "sun" | "zlib" | "open_source" => "open_source",
        "restricted" => "restrictive",
        "unrestricted" => "unrestricted",
        "unknown" => "unknown",
        _ => return None,
    })
}

/// `@open_source` of the Converter.
fn is_open_source(license: &str) -> bool {
    matches!(
        license,
        "perl"
            | "gpl"
            | "apache"
            | "artistic"
            | "artistic_2"
            | "lgpl"
            | "bsd"
            | "mit"
            | "mozilla"
            | "open_source"
    )
}

/// `_downgrade_license`.
fn downgrade_license(v: Option<&J>) -> J {
    let s = |x: &str| J::String(x.to_owned());
    match v {
        Some(J::Array(list)) if list.len() > 1 => {
            let all_open = list.iter().all(|l| {
                perl::string(Some(l))
                    .and_then(|l| downgrade_one(&l))
                    .is_some_and(is_open_source)
            });
            s(if all_open { "open_source" } else { "unknown" })
        }
        Some(J::Array(list)) if list.len() == 1 => s(perl::string(list.first())
            .and_then(|l| downgrade_one(&l))
            .unwrap_or("unknown")),
        None | Some(J::Null | J::Array(_) | J::Object(_)) => s("unknown"),
        Some(other) => s(perl::string(Some(other))
            .and_then(|l| downgrade_one(&l))
            .unwrap_or("unknown")),
    }
}

/// `_version_map` of one prerequisite map (`prereqs.PHASE.TYPE`), as far as the indicators and
/// the 1.4 Validator look: module names only, empty and `undef` versions as `0`, versions
/// CPAN::Meta::Requirements cannot read as `0` (its bad-version hook).
fn version_map(meta: &Map<String, J>, phases: &[&str], kind: &str) -> Option<J> {
    let prereqs = meta.get("prereqs").filter(|p| p.is_object());
    let maps: Vec<&Map<String, J>> = phases
        .iter()
        .filter_map(|ph| perl::get(perl::get(prereqs, ph), kind).and_then(J::as_object))
        .collect();
    if maps.is_empty() {
        return None;
    }
    let mut out = Map::new();
    for map in maps {
        for (module, version) in map {
            if !crate::convert::perl::is_module_name(module) {
                continue;
            }
            let v = match perl::string(Some(version)) {
                None => "0".to_owned(),
                Some(v) if v.is_empty() || v == "undef" || v == "<undef>" => "0".to_owned(),
                Some(v) => {
                    let v = v.trim().to_owned();
                    let range = v.contains(['<', '>', '=', '!', ',']);
                    if range || crate::version::is_lax(&v) {
                        v
                    } else {
                        "0".to_owned()
                    }
                }
            };
            out.insert(module.clone(), J::String(v));
        }
    }
    Some(J::Object(out))
}

/// `_author_list`.
fn author_list(v: Option<&J>) -> J {
    let unknown = || J::Array(vec![J::String("unknown".to_owned())]);
    if !perl::truthy(v) {
        return unknown();
    }
    let list = match v {
        Some(J::Array(a)) => a.clone(),
        Some(other) => vec![other.clone()],
        None => Vec::new(),
    };
    let list: Vec<J> = list
        .into_iter()
        .map(|a| match perl::string(Some(&a)) {
            Some(s) if s.is_empty() => J::String("unknown".to_owned()),
            None if a.is_null() => J::String("unknown".to_owned()),
            _ => a,
        })
        .collect();
    if list.is_empty() {
        unknown()
    } else {
        J::Array(list)
    }
}

/// `_downgrade_resources`: `repository` is the repository's `url`, else its `web`.
fn resources(v: &J) -> J {
    let Some(map) = v.as_object() else {
        return v.clone();
    };
    let mut out = map.clone();
    if let Some(repo) = map.get("repository") {
        let url = perl::get(Some(repo), "url").filter(|u| perl::truthy(Some(u)));
        let web = perl::get(Some(repo), "web");
        match url.or(web) {
            Some(u) => out.insert("repository".to_owned(), u.clone()),
            None => out.remove("repository"),
        };
    }
    J::Object(out)
}

/// `_no_index_directory`: `dir` becomes `directory`, `files` becomes `file`.
fn no_index(v: &J) -> Option<J> {
    if !perl::truthy(Some(v)) {
        return None;
    }
    let mut map = match v {
        J::Object(m) => m.clone(),
        J::Array(list) => Map::from_iter([
            ("directory".to_owned(), J::Array(list.clone())),
            ("file".to_owned(), J::Array(list.clone())),
        ]),
        other => Map::from_iter([
            ("directory".to_owned(), J::Array(vec![other.clone()])),
            ("file".to_owned(), J::Array(vec![other.clone()])),
        ]),
    };
    if let Some(d) = map.remove("dir") {
        map.insert("directory".to_owned(), d);
    }
    if let Some(f) = map.remove("files") {
        map.insert("file".to_owned(), f);
    }
    Some(J::Object(map))
}

/// The 1.4 view of a spec-2 document, or `None` when the Converter would not convert it from
/// spec 2 (then CPANTS keeps the document as it was).
pub(crate) fn to_1_4(root: &Node) -> Option<J> {
    let Value::Object(obj) = &root.value else {
        return None;
    };
    if SpecChoice::of(obj).converter != Some(SpecVersion::V2) {
        return None;
    }
    let J::Object(meta) = root.value.to_perl_json() else {
        return None;
    };
    // `$_[0]->{url}` on a repository that is not a hash dies under strict refs: the conversion
    // fails and CPANTS keeps the original.
    if let Some(repo) = perl::get(meta.get("resources"), "repository") {
        if matches!(repo, J::String(_) | J::Number(_) | J::Bool(_)) {
            return None;
        }
    }
    let mut out = Map::new();
    for (k, v) in &meta {
        match k.as_str() {
            // Dropped, or recomputed below.
            "prereqs" | "description" | "release_status" | "license" | "abstract" | "author"
            | "generated_by" | "meta-spec" | "build_requires" | "configure_requires"
            | "conflicts" | "recommends" | "requires" | "optional_features" | "dynamic_config" => {}
            "resources" => {
                out.insert(k.clone(), resources(v));
            }
            "no_index" => {
                if let Some(n) = no_index(v) {
                    out.insert(k.clone(), n);
                }
            }
            "provides" => {
                if v.is_object() {
                    out.insert(k.clone(), v.clone());
                }
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    let abstract_ = match meta.get("abstract") {
        None | Some(J::Null) => J::String("unknown".to_owned()),
        Some(J::String(s)) if s.is_empty() => J::String("unknown".to_owned()),
        Some(v) => v.clone(),
    };
    out.insert("abstract".to_owned(), abstract_);
    out.insert("author".to_owned(), author_list(meta.get("author")));
    let generated = perl::string(meta.get("generated_by")).unwrap_or_default();
    out.insert(
        "generated_by".to_owned(),
        J::String(format!(
            "{generated}, CPAN::Meta::Converter version 2.150010"
        )),
    );
    out.insert(
        "meta-spec".to_owned(),
        serde_json::json!({"version": "1.4", "url": "http://module-build.sourceforge.net/META-spec-v1.4.html"}),
    );
    out.insert("license".to_owned(), downgrade_license(meta.get("license")));
    out.insert(
        "dynamic_config".to_owned(),
        meta.get("dynamic_config")
            .filter(|v| !v.is_null())
            .cloned()
            .unwrap_or(J::from(1)),
    );
    for (key, phases, kind) in [
        ("requires", &["runtime"][..], "requires"),
        ("build_requires", &["test", "build"][..], "requires"),
        ("configure_requires", &["configure"][..], "requires"),
        ("recommends", &["runtime"][..], "recommends"),
        ("conflicts", &["runtime"][..], "conflicts"),
    ] {
        if let Some(map) = version_map(&meta, phases, kind) {
            out.insert(key.to_owned(), map);
        }
    }
    let converted = J::Object(out);
    // `convert` validates its result as 1.4 and dies when it is not valid; CPANTS then keeps the
    // document as it was.
    let errors = crate::rules::spec::validate(&Node::from_json(&converted));
    errors.is_empty().then_some(converted)
}
