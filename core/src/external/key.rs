//! The dependency keys of `x_external_prereqs`: a Package URL without a version
//! (`pkg:generic/openssl`), or a virtual capability as a PEP 725 DepURL
//! (`dep:virtual/compiler/c`). Also recognised, to be rewritten in the canonical form: a
//! DepURL naming a concrete package (`dep:generic/openssl`), PEP 725's earlier
//! `virtual:compiler/c` and a bare `compiler/c`.

use crate::purl::Purl;

use super::capabilities;

/// What a key names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A concrete package, as a purl (its version, if the key has one, is kept here).
    Package(Purl),
    /// A virtual capability `kind/name` (lowercased).
    Virtual { kind: String, name: String },
}

/// A key as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub target: Target,
    /// The canonical spelling of the key, without any version.
    pub canonical: String,
    /// A version written inside the key (`pkg:generic/openssl@3.0`).
    pub version: Option<String>,
}

impl Key {
    /// The purl type (`virtual` for capabilities).
    pub fn ty(&self) -> &str {
        match &self.target {
            Target::Package(p) => p.ty(),
            Target::Virtual { .. } => "virtual",
        }
    }
}

/// Why a key is not a dependency key at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// A `pkg:` key that is not a valid purl: the purl rules (CM600) report it.
    BadPurl,
    /// Anything else, with the reason.
    Invalid(String),
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|p| p.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

fn name_ok(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-._".contains(&b))
}

/// Reads `kind/name[@version]` of a virtual capability.
fn virtual_key(rest: &str) -> Result<Key, KeyError> {
    let (body, version) = match rest.split_once('@') {
        Some((b, v)) => (b, Some(v.to_owned())),
        None => (rest, None),
    };
    let parts: Vec<&str> = body.split('/').collect();
    let [kind, name] = parts.as_slice() else {
        return Err(KeyError::Invalid(format!(
            "a virtual capability is `dep:virtual/<kind>/<name>`, not `{body}`"
        )));
    };
    if !name_ok(kind) || !name_ok(name) {
        return Err(KeyError::Invalid(format!(
            "`{kind}/{name}`: kind and name are letters, digits and `+-._`"
        )));
    }
    let (kind, name) = (kind.to_ascii_lowercase(), name.to_ascii_lowercase());
    Ok(Key {
        canonical: format!("dep:virtual/{kind}/{name}"),
        target: Target::Virtual { kind, name },
        version,
    })
}

fn package(purl: Purl) -> Key {
    let version = purl.version().map(str::to_owned);
    let mut bare = Purl::builder(purl.ty(), purl.name());
    if let Some(ns) = purl.namespace() {
        bare = bare.namespace(ns);
    }
    for (k, v) in purl.qualifiers() {
        bare = bare.qualifier(k, v);
    }
    if let Some(sp) = purl.subpath() {
        bare = bare.subpath(sp);
    }
    let canonical = bare.build().map_or_else(
        |_| {
            let s = purl.to_string();
            match s.split_once('@') {
                Some((head, _)) => head.to_owned(),
                None => s,
            }
        },
        |p| p.to_string(),
    );
    Key {
        target: Target::Package(purl),
        canonical,
        version,
    }
}

/// Reads a dependency key.
pub fn parse(key: &str) -> Result<Key, KeyError> {
    if strip_prefix_ci(key, "pkg:").is_some() {
        return Purl::parse(key).map(package).map_err(|_| KeyError::BadPurl);
    }
    if let Some(rest) = strip_prefix_ci(key, "dep:") {
        if let Some(v) = strip_prefix_ci(rest, "virtual/") {
            return virtual_key(v);
        }
        return Purl::parse(&format!("pkg:{rest}"))
            .map(package)
            .map_err(|e| KeyError::Invalid(format!("not a valid DepURL: {}", e.message)));
    }
    if let Some(rest) = strip_prefix_ci(key, "virtual:") {
        return virtual_key(rest);
    }
    if let Some((kind, _)) = key.split_once('/') {
        if capabilities::is_kind(&kind.to_ascii_lowercase()) {
            return virtual_key(key);
        }
    }
    Err(KeyError::Invalid(
        "a dependency key is a purl (`pkg:generic/openssl`) or a virtual capability \
         (`dep:virtual/compiler/c`)"
            .into(),
    ))
}

/// The spelling to write instead of `key`, when `key` is a valid dependency key written in
/// another form (a `pkg:` purl's own canonical form is the purl rules' business, CM601).
pub fn preferred(key: &str, parsed: &Key) -> Option<String> {
    if strip_prefix_ci(key, "pkg:").is_some() {
        return None;
    }
    let mut want = parsed.canonical.clone();
    if let Some(v) = &parsed.version {
        want.push('@');
        want.push_str(v);
    }
    (want != key).then_some(want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let k = parse("pkg:generic/openssl").unwrap();
        assert_eq!(k.canonical, "pkg:generic/openssl");
        let k = parse("pkg:generic/openssl@3.0").unwrap();
        assert_eq!(k.version.as_deref(), Some("3.0"));
        assert_eq!(k.canonical, "pkg:generic/openssl");
        let k = parse("dep:virtual/compiler/c").unwrap();
        assert_eq!(preferred("dep:virtual/compiler/c", &k), None);
        for other in ["virtual:compiler/c", "compiler/c", "DEP:Virtual/Compiler/C"] {
            let k = parse(other).unwrap();
            assert_eq!(
                preferred(other, &k).as_deref(),
                Some("dep:virtual/compiler/c")
            );
        }
        let k = parse("dep:generic/openssl").unwrap();
        assert_eq!(
            preferred("dep:generic/openssl", &k).as_deref(),
            Some("pkg:generic/openssl")
        );
        assert_eq!(parse("pkg:"), Err(KeyError::BadPurl));
        assert!(matches!(parse("openssl"), Err(KeyError::Invalid(_))));
        assert!(matches!(
            parse("dep:virtual/compiler"),
            Err(KeyError::Invalid(_))
        ));
    }
}
