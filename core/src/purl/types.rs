//! Per-type rules, read from the purl-spec type definitions (embedded JSON, see
//! `core/data/purl-types/SOURCE.md`): whether a namespace is required or prohibited, which
//! components are case-insensitive (and so lowercased), the permitted characters, the declared
//! qualifiers and which of them are required.
//!
//! What the definitions only say in prose is written here, each with the sentence it implements
//! (see [`prose_rules`]).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

/// The embedded definitions, one JSON document per type, with only the fields read below
/// (`core/build.rs` drops the prose from the files in `core/data/purl-types/`).
static SOURCES: &[&str] = include!(concat!(env!("OUT_DIR"), "/purl_types.rs"));

/// Whether a component must, may or must not be present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Requirement {
    Required,
    Optional,
    Prohibited,
}

#[derive(Debug, Deserialize)]
struct RawComponent {
    requirement: Option<Requirement>,
    case_sensitive: Option<bool>,
    permitted_characters: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawQualifier {
    key: String,
    requirement: Option<Requirement>,
    default_value: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawRepository {
    default_repository_url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawType {
    #[serde(rename = "type")]
    ty: String,
    repository: Option<RawRepository>,
    namespace_definition: Option<RawComponent>,
    name_definition: Option<RawComponent>,
    version_definition: Option<RawComponent>,
    subpath_definition: Option<RawComponent>,
    #[serde(default)]
    qualifiers_definition: Vec<RawQualifier>,
    #[serde(default)]
    examples: Vec<String>,
}

/// The rules for one component of one type.
#[derive(Debug)]
pub struct ComponentRule {
    pub requirement: Requirement,
    /// `false`: the canonical form is lowercase.
    pub case_sensitive: bool,
    /// A regular expression the (decoded) component must match.
    pub permitted: Option<Regex>,
}

impl ComponentRule {
    fn from_raw(raw: Option<&RawComponent>) -> Self {
        let raw = raw.map_or((None, None, None), |r| {
            (
                r.requirement,
                r.case_sensitive,
                r.permitted_characters.as_deref(),
            )
        });
        Self {
            requirement: raw.0.unwrap_or(Requirement::Optional),
            case_sensitive: raw.1.unwrap_or(true),
            permitted: raw.2.and_then(|p| Regex::new(p).ok()),
        }
    }
}

/// A declared qualifier.
#[derive(Debug)]
pub struct QualifierRule {
    pub key: String,
    pub required: bool,
    pub default_value: Option<String>,
}

/// Everything the definitions say about one type.
#[derive(Debug)]
pub struct TypeDef {
    pub ty: String,
    pub namespace: ComponentRule,
    pub name: ComponentRule,
    pub version: ComponentRule,
    pub subpath: ComponentRule,
    pub qualifiers: Vec<QualifierRule>,
    /// Example purls.
    pub examples: Vec<String>,
    /// The public repository of the type, where the definition names one.
    pub default_repository_url: Option<String>,
}

static TYPES: LazyLock<HashMap<String, TypeDef>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for source in SOURCES {
        // The files are embedded and tested; a broken one is skipped rather than panicking.
        let Ok(raw) = serde_json::from_str::<RawType>(source) else {
            continue;
        };
        let def = TypeDef {
            namespace: ComponentRule::from_raw(raw.namespace_definition.as_ref()),
            name: ComponentRule::from_raw(raw.name_definition.as_ref()),
            version: ComponentRule::from_raw(raw.version_definition.as_ref()),
            subpath: ComponentRule::from_raw(raw.subpath_definition.as_ref()),
            qualifiers: raw
                .qualifiers_definition
                .into_iter()
                .map(|q| QualifierRule {
                    required: q.requirement == Some(Requirement::Required),
                    key: q.key,
                    default_value: q.default_value,
                })
                .collect(),
            examples: raw.examples,
            default_repository_url: raw.repository.and_then(|r| r.default_repository_url),
            ty: raw.ty.clone(),
        };
        map.insert(raw.ty, def);
    }
    map
});

/// The definition of a (lowercase) type, if purl-spec defines it.
pub fn definition(ty: &str) -> Option<&'static TypeDef> {
    TYPES.get(ty)
}

/// Every defined type, sorted.
pub fn all() -> Vec<&'static TypeDef> {
    let mut v: Vec<_> = TYPES.values().collect();
    v.sort_by(|a, b| a.ty.cmp(&b.ty));
    v
}

/// How many definitions are embedded (for the test that every file parses).
pub fn embedded_count() -> usize {
    SOURCES.len()
}

/// The rules the definitions state in prose only, implemented by hand. Each entry is the type and
/// the sentence of its definition that the code follows.
pub fn prose_rules() -> &'static [(&'static str, &'static str)] {
    &[
        ("cpan", "A distribution name shall not contain the string '::'"),
        ("cpan", "When present, [the namespace] represents the CPAN author/publisher ID (CPANID) and shall be uppercase"),
        ("git", "namespace: The url path to the git host; name: The path on the host to the git repository (the name keeps its '/' segments)"),
        ("mlflow", "for Databricks, [the name] is case insensitive and shall be lowercased"),
        ("pypi", "Replace underscore _ with dash -"),
    ]
}

/// How many leading segments of the path form the namespace when a type's name itself may hold
/// `/` (git: the host is the namespace, the repository path is the name).
pub fn namespace_segments(ty: &str) -> Option<usize> {
    (ty == "git").then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_definition_parses() {
        assert_eq!(TYPES.len(), embedded_count());
        assert!(embedded_count() >= 42);
    }

    #[test]
    fn the_cpan_definition_has_optional_namespace_and_author_qualifiers() {
        let cpan = definition("cpan").unwrap();
        assert_eq!(cpan.namespace.requirement, Requirement::Optional);
        assert!(cpan.name.case_sensitive);
        let keys: Vec<_> = cpan.qualifiers.iter().map(|q| q.key.as_str()).collect();
        for k in [
            "author",
            "distpath",
            "repository_url",
            "download_url",
            "vcs_url",
            "ext",
        ] {
            assert!(keys.contains(&k), "{k}");
        }
    }

    #[test]
    fn required_and_prohibited_namespaces_come_from_the_data() {
        assert_eq!(
            definition("swift").unwrap().namespace.requirement,
            Requirement::Required
        );
        assert_eq!(
            definition("cargo").unwrap().namespace.requirement,
            Requirement::Prohibited
        );
        assert!(definition("julia")
            .unwrap()
            .qualifiers
            .iter()
            .any(|q| q.key == "uuid" && q.required));
        assert!(definition("chrome-extension")
            .unwrap()
            .name
            .permitted
            .is_some());
    }
}
