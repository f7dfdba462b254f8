//! Where a META document keeps its prerequisites, and their merge as
//! `CPAN::Meta::Prereqs::merged_requirements` computes it.
//!
//! Spec 2 keeps them under `prereqs/<phase>/<relationship>`; spec 1.x at the top level
//! (`requires`, `build_requires`, `configure_requires`, `recommends`, `conflicts`), which
//! CPAN::Meta::Converter maps to runtime/build/configure phases. Both forms may also appear under
//! `optional_features/<name>`.

use std::collections::BTreeMap;

use super::{Range, RangeError};
use crate::source::{pointer_of, Node, Object, Value};

/// One `module => version` map of a document, with where it is.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct PrereqMap<'a> {
    /// The spec-2 phase (`runtime`, `build`, ...) as written, or the one the 1.x key maps to.
    pub phase: String,
    /// The spec-2 relationship (`requires`, ...) as written, or the one the 1.x key maps to.
    pub relationship: String,
    /// RFC 6901 pointer of the map.
    pub pointer: String,
    /// The map node (not necessarily an object: the document may be wrong).
    pub node: &'a Node,
    /// The optional feature the map belongs to.
    pub feature: Option<String>,
}

/// The 1.x top-level keys and the phase/relationship CPAN::Meta::Converter gives them
/// (`test_requires` is not in any spec; tools that write it mean the test phase).
const V1_KEYS: &[(&str, &str, &str)] = &[
    ("requires", "runtime", "requires"),
    ("recommends", "runtime", "recommends"),
    ("conflicts", "runtime", "conflicts"),
    ("build_requires", "build", "requires"),
    ("configure_requires", "configure", "requires"),
    ("test_requires", "test", "requires"),
];

/// Whether the document uses spec 2's `prereqs` layout: its `meta-spec/version` is 2 or more,
/// or (without one) it has a `prereqs` map.
fn is_v2(map: &Object) -> bool {
    let declared = map
        .get("meta-spec")
        .and_then(|m| m.value.as_object())
        .and_then(|m| m.get("version"))
        .and_then(|v| v.value.perl_str())
        .and_then(|s| s.trim().parse::<f64>().ok());
    match declared {
        Some(v) => v >= 2.0,
        None => map
            .get("prereqs")
            .is_some_and(|p| p.value.as_object().is_some()),
    }
}

fn v2_maps<'a>(
    prereqs: &'a Node,
    base: &[&str],
    feature: Option<&str>,
    out: &mut Vec<PrereqMap<'a>>,
) {
    let Some(phases) = prereqs.value.as_object() else {
        return;
    };
    for phase in phases.iter() {
        let Some(rels) = phase.value.value.as_object() else {
            continue;
        };
        for rel in rels.iter() {
            let mut tokens = base.to_vec();
            tokens.extend([phase.key.as_str(), rel.key.as_str()]);
            out.push(PrereqMap {
                phase: phase.key.clone(),
                relationship: rel.key.clone(),
                pointer: pointer_of(tokens),
                node: &rel.value,
                feature: feature.map(str::to_owned),
            });
        }
    }
}

fn v1_maps<'a>(
    obj: &'a Object,
    base: &[&str],
    feature: Option<&str>,
    out: &mut Vec<PrereqMap<'a>>,
) {
    for (key, phase, rel) in V1_KEYS {
        if let Some(node) = obj.get(key) {
            let mut tokens = base.to_vec();
            tokens.push(key);
            out.push(PrereqMap {
                phase: (*phase).to_owned(),
                relationship: (*rel).to_owned(),
                pointer: pointer_of(tokens),
                node,
                feature: feature.map(str::to_owned),
            });
        }
    }
}

/// Every prerequisite map of the document, the document's own first, then those of its
/// optional features.
pub fn prereq_maps(map: &Object) -> Vec<PrereqMap<'_>> {
    let v2 = is_v2(map);
    let mut out = Vec::new();
    if v2 {
        if let Some(p) = map.get("prereqs") {
            v2_maps(p, &["prereqs"], None, &mut out);
        }
    } else {
        v1_maps(map, &[], None, &mut out);
    }
    let features: Vec<(&str, &Node, Vec<String>)> =
        match map.get("optional_features").map(|n| &n.value) {
            Some(Value::Object(o)) => o
                .iter()
                .map(|e| (e.key.as_str(), &e.value, vec![e.key.clone()]))
                .collect(),
            // 1.0–1.2 allowed a list of single-key maps
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| item.value.as_object().map(|o| (i, o)))
                .flat_map(|(i, o)| {
                    o.iter().map(move |e| {
                        (e.key.as_str(), &e.value, vec![i.to_string(), e.key.clone()])
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
    for (name, node, tokens) in features {
        let Some(feature) = node.value.as_object() else {
            continue;
        };
        let mut base: Vec<&str> = vec!["optional_features"];
        base.extend(tokens.iter().map(String::as_str));
        if v2 {
            if let Some(p) = feature.get("prereqs") {
                base.push("prereqs");
                v2_maps(p, &base, Some(name), &mut out);
            }
        } else {
            v1_maps(feature, &base, Some(name), &mut out);
        }
    }
    out
}

/// The string CPAN::Meta::Requirements receives for a prerequisite value (`undef` and `''` mean
/// `0`); `None` for a list or map, which it cannot take.
pub fn requirement_string_of(node: &Node) -> Option<String> {
    match &node.value {
        Value::Null => Some("0".to_owned()),
        Value::Array(_) | Value::Object(_) => None,
        v => v.perl_str().map(|s| {
            if s.is_empty() {
                "0".to_owned()
            } else {
                s.to_owned()
            }
        }),
    }
}

/// `CPAN::Meta->new($meta)->effective_prereqs->merged_requirements($phases, $relationships)`
/// for the document's own prerequisites (not its optional features): each module's ranges from
/// the given phases and relationships, intersected in that order. A module whose value
/// CPAN::Meta::Requirements cannot take gives its error; contradictory ones give an empty range.
/// Phases and relationships that are neither legal nor `x_` are ignored, as CPAN::Meta::Prereqs
/// ignores them.
pub fn merged_requirements(
    map: &Object,
    phases: &[&str],
    relationships: &[&str],
) -> BTreeMap<String, Result<Range, RangeError>> {
    let maps = prereq_maps(map);
    let mut merged: BTreeMap<String, Result<Range, RangeError>> = BTreeMap::new();
    for phase in phases {
        for rel in relationships {
            for m in maps
                .iter()
                .filter(|m| m.feature.is_none() && m.phase == *phase && m.relationship == *rel)
            {
                let Some(modules) = m.node.value.as_object() else {
                    continue;
                };
                for entry in modules.iter() {
                    let range = match requirement_string_of(&entry.value) {
                        Some(s) => Range::parse(&s),
                        None => Err(RangeError {
                            message: format!(
                                "Can't convert a {} for {}",
                                entry.value.value.kind(),
                                entry.key
                            ),
                            span: (0, 0),
                            version_error: None,
                        }),
                    };
                    let slot = merged.entry(entry.key.clone());
                    match slot {
                        std::collections::btree_map::Entry::Vacant(v) => {
                            v.insert(range);
                        }
                        std::collections::btree_map::Entry::Occupied(mut o) => {
                            let next = match (o.get(), range) {
                                (Err(e), _) => Err(e.clone()),
                                (Ok(_), Err(e)) => Err(e),
                                (Ok(a), Ok(b)) => Ok(a.intersect(&b)),
                            };
                            *o.get_mut() = next;
                        }
                    }
                }
            }
        }
    }
    merged
}
