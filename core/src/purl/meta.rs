//! From a META document to the distribution's own purl: `pkg:cpan/Dist-Name@version`, with the
//! `author` qualifier (from the caller or `x_authority: cpan:ID`), `distpath` when the author is
//! known, and `vcs_url` from `resources.repository` in the purl-spec form (`git+https://…`).

use std::sync::LazyLock;

use super::encode::encode_into;
use super::types::{self, Requirement};
use super::{cpan, Component, ErrorKind, Purl, PurlBuilder, PurlError};
use crate::source::{Object, Value};

/// A distribution's purl and what it was made from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct DistPurl {
    /// The full purl: name, version, `author`, `distpath`, `vcs_url` as far as known.
    pub purl: Purl,
    /// Just `pkg:cpan/Name@version`: the identity SBOMs and advisories match on.
    pub identity: Purl,
    /// The author ID used, and whether it came from the caller or from `x_authority`.
    pub author: Option<String>,
    pub author_source: Option<&'static str>,
    /// The archive in the type's default repository, when the author is known.
    pub download_url: Option<String>,
}

fn string<'a>(map: &'a Object, key: &str) -> Option<&'a str> {
    map.get(key).and_then(|n| n.value.perl_str())
}

/// Converts a repository URL from META (`resources.repository.url`, with its `type`) to the
/// purl-spec `vcs_url` form `<tool>+<transport>://<host>/<path>`; scp-like `git@host:path` becomes
/// `git+ssh://git@host/path`. Returns `None` for what is not a repository URL.
pub fn vcs_url(url: &str, vcs_type: Option<&str>) -> Option<String> {
    let url = url.trim();
    let tool = vcs_type
        .map(|t| match t.to_ascii_lowercase().as_str() {
            "mercurial" => "hg".to_owned(),
            "subversion" => "svn".to_owned(),
            other => other.to_owned(),
        })
        .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric()));
    if let Some((scheme, rest)) = url.split_once("://") {
        let scheme = scheme.to_ascii_lowercase();
        if rest.is_empty()
            || !scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+')
        {
            return None;
        }
        if scheme.contains('+') {
            return Some(format!("{scheme}://{rest}"));
        }
        let tool = match (tool, scheme.as_str()) {
            (Some(t), _) => t,
            (None, "git") => "git".to_owned(),
            (None, "svn") => "svn".to_owned(),
            (None, _) if rest.to_ascii_lowercase().ends_with(".git") => "git".to_owned(),
            (None, _) => return None,
        };
        return Some(format!("{tool}+{scheme}://{rest}"));
    }
    // scp-like syntax: user@host:path
    let (user_host, path) = url.split_once(':')?;
    if user_host.contains('@')
        && !user_host.contains('/')
        && !path.trim_start_matches('/').is_empty()
    {
        let tool = tool.unwrap_or_else(|| "git".to_owned());
        return Some(format!(
            "{tool}+ssh://{user_host}/{}",
            path.trim_start_matches('/')
        ));
    }
    None
}

fn invalid(message: String) -> PurlError {
    PurlError::new(ErrorKind::Syntax, Component::Name, 0..0, message)
}

/// What a distribution's purl is made of, once checked.
struct Parts<'a> {
    name: &'a str,
    version: Option<&'a str>,
    author: Option<String>,
    author_source: Option<&'static str>,
}

/// Checks the name and the author (see [`dist_purl`]).
fn parts<'a>(map: &'a Object, author: Option<&str>) -> Result<Parts<'a>, PurlError> {
    let name = string(map, "name").ok_or_else(|| invalid("META has no `name`".into()))?;
    if cpan::is_module_name(name) {
        return Err(PurlError::new(
            ErrorKind::CpanModuleName,
            Component::Name,
            0..0,
            format!(
                "`{name}` is a module name; the distribution name is `{}`",
                cpan::guess_distribution(name)
            ),
        ));
    }
    if !cpan::is_distribution_name(name) {
        return Err(invalid(format!("`{name}` is not a CPAN distribution name")));
    }
    let version = string(map, "version").filter(|v| !v.is_empty());
    let (author, author_source) = match author {
        Some(a) => (Some(a.trim().to_ascii_uppercase()), Some("caller")),
        None => match string(map, "x_authority").and_then(cpan::author_from_authority) {
            Some(a) => (Some(a), Some("x_authority")),
            None => (None, None),
        },
    };
    if let Some(a) = &author {
        if !cpan::is_author_id(a) {
            return Err(PurlError::new(
                ErrorKind::CpanNamespaceCase,
                Component::Qualifiers,
                0..0,
                format!("`{a}` is not a CPAN author ID"),
            ));
        }
    }
    Ok(Parts {
        name,
        version,
        author,
        author_source,
    })
}

/// `pkg:cpan/Name@version`.
fn identity(parts: &Parts<'_>) -> PurlBuilder {
    let mut identity = Purl::builder("cpan", parts.name);
    if let Some(v) = parts.version {
        identity = identity.version(v);
    }
    identity
}

/// The qualifiers of the full purl, `author`, `distpath` and `vcs_url` as far as known, in the
/// canonical (sorted) order; none is empty.
fn qualifiers(parts: &Parts<'_>, map: &Object) -> Vec<(&'static str, String)> {
    let mut qualifiers = Vec::with_capacity(3);
    if let Some(a) = &parts.author {
        qualifiers.push(("author", a.clone()));
        if let Some(v) = parts.version {
            let path = cpan::distpath(a, parts.name, v, cpan::default_ext());
            qualifiers.push(("distpath", path));
        }
    }
    let repo = map
        .get("resources")
        .and_then(|r| r.value.as_object())
        .and_then(|r| r.get("repository"));
    let vcs = match repo.map(|r| &r.value) {
        Some(Value::Object(r)) => string(r, "url").and_then(|u| vcs_url(u, string(r, "type"))),
        // META 1.x: `repository` is the URL itself.
        Some(v) => v.perl_str().and_then(|u| vcs_url(u, None)),
        None => None,
    };
    if let Some(v) = vcs {
        qualifiers.push(("vcs_url", v));
    }
    qualifiers
}

/// The full purl: the identity with its qualifiers.
fn full(parts: &Parts<'_>, map: &Object) -> PurlBuilder {
    let mut full = identity(parts);
    for (key, value) in qualifiers(parts, map) {
        full = full.qualifier(key, value);
    }
    full
}

/// Builds the full purl and checks that its canonical text parses back to it; returns both.
fn build_checked(parts: &Parts<'_>, map: &Object) -> Result<(Purl, String), PurlError> {
    let purl = full(parts, map).build()?;
    let text = purl.to_string();
    if Purl::parse(&text).as_ref() != Ok(&purl) {
        return Err(invalid(format!("`{text}` does not round-trip")));
    }
    Ok((purl, text))
}

/// The distribution's purl. `author` (a CPAN author ID) wins over `x_authority`.
///
/// Fails when `name` is missing or not a distribution name (a module name such as `Foo::Bar`
/// cannot be a cpan purl name), or when the purl does not round-trip through its canonical form.
pub fn dist_purl(map: &Object, author: Option<&str>) -> Result<DistPurl, PurlError> {
    let parts = parts(map, author)?;
    let identity = identity(&parts).build()?;
    let (purl, _) = build_checked(&parts, map)?;
    let download_url = match (&parts.author, parts.version) {
        (Some(a), Some(v)) => cpan::default_repository().map(|base| {
            let path = cpan::distpath(a, parts.name, v, cpan::default_ext());
            format!("{}/{path}", base.trim_end_matches('/'))
        }),
        _ => None,
    };
    Ok(DistPurl {
        purl,
        identity,
        author: parts.author,
        author_source: parts.author_source,
        download_url,
    })
}

/// `dist_purl(map, author).ok().map(|d| d.purl.to_string())`, which every report carries, for
/// less: no identity purl or download URL, and the canonical text formatted once. (The identity
/// cannot fail where the full purl builds: the cpan type requires no qualifier, and qualifiers
/// only add checks.)
///
/// Where the cpan type definition adds nothing to what [`parts`] checks (see
/// [`cpan_rules_are_plain`]), the canonical text is written directly, as `Purl`'s `Display`
/// writes it: building the purl could not fail, and the text parses back to it because encoding
/// leaves no `/ @ ? & = #` unescaped in a component. A test compares both ways on the corpus.
pub fn dist_purl_text(map: &Object, author: Option<&str>) -> Option<String> {
    let parts = parts(map, author).ok()?;
    if cpan_rules_are_plain() {
        return Some(canonical_text(&parts, map));
    }
    build_checked(&parts, map).ok().map(|(_, text)| text)
}

/// `pkg:cpan/<name>@<version>?<key>=<value>&…`, each component percent-encoded.
fn canonical_text(parts: &Parts<'_>, map: &Object) -> String {
    let mut text = String::with_capacity(64);
    text.push_str("pkg:cpan/");
    encode_into(&mut text, parts.name);
    if let Some(v) = parts.version {
        text.push('@');
        encode_into(&mut text, v);
    }
    let mut separator = '?';
    for (key, value) in qualifiers(parts, map) {
        text.push(separator);
        text.push_str(key);
        text.push('=');
        encode_into(&mut text, &value);
        separator = '&';
    }
    text
}

/// Whether the cpan type definition leaves a distribution purl as [`parts`] made it: name and
/// version case sensitive (not folded) with no permitted-characters pattern, no namespace
/// required, no qualifier required. Then the purl builder's only other checks (a non-empty name
/// without `::`) are already done. Read once from the embedded definition.
fn cpan_rules_are_plain() -> bool {
    static PLAIN: LazyLock<bool> = LazyLock::new(|| {
        types::definition("cpan").is_some_and(|d| {
            d.name.case_sensitive
                && d.version.case_sensitive
                && d.name.permitted.is_none()
                && d.version.permitted.is_none()
                && d.namespace.requirement != Requirement::Required
                && d.qualifiers.iter().all(|q| !q.required)
        })
    });
    *PLAIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Node;
    use serde_json::json;

    fn meta(v: &serde_json::Value) -> Object {
        match Node::from_json(v).value {
            Value::Object(o) => o,
            _ => unreachable!("test data is an object"),
        }
    }

    #[test]
    fn the_distribution_purl_is_name_and_version() {
        let m = meta(&json!({"name": "DateTime", "version": "1.55"}));
        let d = dist_purl(&m, None).unwrap();
        assert_eq!(d.purl.to_string(), "pkg:cpan/DateTime@1.55");
        assert_eq!(d.author, None);
    }

    #[test]
    fn x_authority_gives_the_author_and_distpath() {
        let m =
            meta(&json!({"name": "DateTime", "version": "1.55", "x_authority": "cpan:DROLSKY"}));
        let d = dist_purl(&m, None).unwrap();
        assert_eq!(
            d.purl.to_string(),
            "pkg:cpan/DateTime@1.55?author=DROLSKY&distpath=authors%2Fid%2FD%2FDR%2FDROLSKY%2FDateTime-1.55.tar.gz"
        );
        assert_eq!(d.identity.to_string(), "pkg:cpan/DateTime@1.55");
        assert_eq!(d.author_source, Some("x_authority"));
        assert_eq!(
            d.download_url.as_deref(),
            Some("https://www.cpan.org/authors/id/D/DR/DROLSKY/DateTime-1.55.tar.gz")
        );
    }

    #[test]
    fn the_callers_author_wins() {
        let m =
            meta(&json!({"name": "libwww-perl", "version": "6.76", "x_authority": "cpan:GAAS"}));
        let d = dist_purl(&m, Some("oalders")).unwrap();
        assert_eq!(d.purl.qualifier("author"), Some("OALDERS"));
        assert_eq!(d.author_source, Some("caller"));
    }

    #[test]
    fn the_repository_becomes_a_vcs_url() {
        let m = meta(&json!({"name": "ack", "version": "v3.6.0",
            "resources": {"repository": {"type": "git", "url": "git://github.com/beyondgrep/ack3.git"}}}));
        let d = dist_purl(&m, None).unwrap();
        assert_eq!(
            d.purl.to_string(),
            "pkg:cpan/ack@v3.6.0?vcs_url=git%2Bgit:%2F%2Fgithub.com%2Fbeyondgrep%2Fack3.git"
        );
        assert_eq!(
            vcs_url("https://github.com/a/b", Some("git")).as_deref(),
            Some("git+https://github.com/a/b")
        );
        assert_eq!(
            vcs_url("git@github.com:a/b.git", None).as_deref(),
            Some("git+ssh://git@github.com/a/b.git")
        );
        assert_eq!(vcs_url("https://github.com/a/b", None), None);
        assert_eq!(
            vcs_url("git+https://x/y", None).as_deref(),
            Some("git+https://x/y")
        );
    }

    /// The text every report carries is the full purl's, and absent exactly where `dist_purl` fails.
    #[test]
    fn the_report_text_is_the_full_purls() {
        assert!(cpan_rules_are_plain(), "the direct text is what runs");
        for v in [
            json!({"name": "Odd", "version": "1:2.3-4~5 \u{e9}@#?&=+%2F/x", "x_authority": "cpan:AB",
                "resources": {"repository": {"url": "https://h.example/a b?c=d&e#f", "type": "Git"}}}),
            json!({"name": "Odd", "version": "", "resources": {"repository": {"url": "svn://x/y"}}}),
            json!({"name": "A+B.C_D-9", "version": 1.5}),
            json!({"name": "DateTime", "version": "1.55", "x_authority": "cpan:DROLSKY"}),
            json!({"name": "ack", "version": "v3.6.0",
                "resources": {"repository": {"type": "git", "url": "git://github.com/beyondgrep/ack3.git"}}}),
            json!({"name": "Foo-Bar", "version": "1.0 beta/2%", "resources": {"repository": "git@h:x/y"}}),
            json!({"name": "Foo::Bar", "version": "1"}),
            json!({"name": "Foo Bar"}),
            json!({"version": "1"}),
            json!({"name": "X", "x_authority": "cpan:lower-case-much-too-long"}),
        ] {
            let m = meta(&v);
            for author in [None, Some("oalders"), Some("not an id")] {
                assert_eq!(
                    dist_purl_text(&m, author),
                    dist_purl(&m, author).ok().map(|d| d.purl.to_string()),
                    "{v} {author:?}"
                );
            }
        }
    }

    #[test]
    fn module_names_and_missing_names_are_refused() {
        let e = dist_purl(&meta(&json!({"name": "Foo::Bar", "version": "1"})), None).unwrap_err();
        assert_eq!(e.kind, ErrorKind::CpanModuleName);
        assert!(dist_purl(&meta(&json!({"version": "1"})), None).is_err());
        assert!(dist_purl(&meta(&json!({"name": "Foo Bar"})), None).is_err());
    }
}
