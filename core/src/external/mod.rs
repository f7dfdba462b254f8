//! External dependencies: the `x_external_prereqs` extension (docs/external-dependencies.md),
//! which declares what a CPAN distribution needs from outside CPAN (C libraries, tools,
//! compilers, services, packages of other ecosystems) with the shape of `prereqs`: phase →
//! relationship → dependency key → version range.
//!
//! Dependency keys are purls without a version or PEP 725 virtual DepURLs ([`key`]); ranges
//! are read in the dependency's own ecosystem's terms ([`range`], behind the `external-ranges`
//! feature).

pub mod alien;
pub mod capabilities;
pub mod cpan_meta_dir;
pub mod key;
#[cfg(feature = "external-ranges")]
pub mod range;

use serde::Serialize;

use crate::source::{escape_pointer_token, Node, Object, Span, Value};

/// The top-level key this module reads.
pub const KEY: &str = "x_external_prereqs";

/// One `phase → relationship → key → range` entry of `x_external_prereqs`.
#[derive(Debug)]
pub struct Declaration<'a> {
    pub phase: &'a str,
    pub relationship: &'a str,
    pub key: &'a str,
    pub key_span: Span,
    /// The JSON pointer of the entry.
    pub pointer: String,
    pub value: &'a Node,
}

impl Declaration<'_> {
    /// The range as text (`0` and numbers as written), or `None` when the value is not a
    /// scalar (the schema reports that).
    pub fn range(&self) -> Option<String> {
        match &self.value.value {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.raw.clone()),
            _ => None,
        }
    }
}

/// Every entry of the document's `x_external_prereqs`, in document order; parts of the wrong
/// shape are skipped (the bundled schema reports them).
pub fn declarations(map: &Object) -> Vec<Declaration<'_>> {
    let mut out = Vec::new();
    let Some(Value::Object(phases)) = map.get(KEY).map(|n| &n.value) else {
        return out;
    };
    for phase in phases.iter() {
        let Value::Object(rels) = &phase.value.value else {
            continue;
        };
        for rel in rels.iter() {
            let Value::Object(deps) = &rel.value.value else {
                continue;
            };
            for dep in deps.iter() {
                out.push(Declaration {
                    phase: &phase.key,
                    relationship: &rel.key,
                    key: &dep.key,
                    key_span: dep.key_span,
                    pointer: format!(
                        "/{KEY}/{}/{}/{}",
                        escape_pointer_token(&phase.key),
                        escape_pointer_token(&rel.key),
                        escape_pointer_token(&dep.key)
                    ),
                    value: &dep.value,
                });
            }
        }
    }
    out
}

/// One external dependency, as the lint report lists it (for an SBOM).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ExternalDependency {
    /// The canonical key: a purl without version, or `dep:virtual/<kind>/<name>`.
    pub purl: String,
    /// `package` (a purl) or `virtual` (a capability any provider satisfies).
    pub kind: String,
    pub phase: String,
    pub relationship: String,
    /// The version range as written (`0`: any version).
    pub range: String,
}

/// The document's external dependencies with valid keys, in document order.
pub fn external_dependencies(map: &Object) -> Vec<ExternalDependency> {
    declarations(map)
        .iter()
        .filter_map(|d| {
            let k = key::parse(d.key).ok()?;
            Some(ExternalDependency {
                kind: match k.target {
                    key::Target::Package(_) => "package",
                    key::Target::Virtual { .. } => "virtual",
                }
                .to_owned(),
                purl: k.canonical,
                phase: d.phase.to_owned(),
                relationship: d.relationship.to_owned(),
                range: d.range().unwrap_or_else(|| "0".to_owned()),
            })
        })
        .collect()
}
