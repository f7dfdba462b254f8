//! The maps of a META document whose keys the spec enumerates, found once so that every rule that
//! looks at keys walks the same places with the same pointers.
//!
//! Only maps the spec describes are visited; the contents of custom (`x_`) keys, prerequisite
//! module maps and the like are user data and never are. The walk is bounded by the document's
//! fixed shape (at most four levels), so it needs no depth cap.
//!
//! A place keeps the keys that lead to it, not its JSON pointer: most places have no finding, so
//! the pointer is built only when a rule reports one ([`PlaceRef::pointer`]).

use super::spec_keys::{is_custom_key, Place, SpecFamily};
use crate::source::{pointer_of, Node, Object, Span};

/// The deepest place: `/optional_features/<feature>/prereqs/<phase>`.
const MAX_TOKENS: usize = 4;

/// One map the spec describes, and where it is.
#[derive(Clone, Debug)]
pub struct PlaceRef<'a> {
    pub place: Place,
    /// The keys from the root to the map (unescaped), `depth` of them.
    tokens: [&'a str; MAX_TOKENS],
    depth: usize,
    pub object: &'a Object,
    /// Span of the whole map.
    pub span: Span,
}

impl PlaceRef<'_> {
    /// Whether this is the document's top-level map.
    pub fn is_root(&self) -> bool {
        self.depth == 0
    }

    /// RFC 6901 pointer of the map (`""` for the root).
    pub fn pointer(&self) -> String {
        pointer_of(self.tokens[..self.depth].iter().copied())
    }

    /// The pointer of the member `key` of this map.
    pub fn member(&self, key: &str) -> String {
        pointer_of(self.tokens[..self.depth].iter().copied().chain([key]))
    }
}

fn object_at(node: &Node) -> Option<&Object> {
    node.value.as_object()
}

/// Collects the places in document order.
struct Walk<'a> {
    out: Vec<PlaceRef<'a>>,
}

impl<'a> Walk<'a> {
    fn push(&mut self, place: Place, path: &[&'a str], node: &'a Node) {
        if let Some(object) = object_at(node) {
            let mut tokens = [""; MAX_TOKENS];
            tokens[..path.len()].copy_from_slice(path);
            self.out.push(PlaceRef {
                place,
                tokens,
                depth: path.len(),
                object,
                span: node.span,
            });
        }
    }

    fn prereqs(&mut self, path: &[&'a str], node: &'a Node) {
        self.push(Place::Prereqs, path, node);
        // the subkeys of a custom phase are the author's own
        for e in object_at(node)
            .map(Object::iter)
            .into_iter()
            .flatten()
            .filter(|e| !is_custom_key(&e.key))
        {
            let mut phase = [""; MAX_TOKENS];
            phase[..path.len()].copy_from_slice(path);
            phase[path.len()] = e.key.as_str();
            self.push(Place::Phase, &phase[..=path.len()], &e.value);
        }
    }
}

/// Every map the spec describes in `root`, read as `family`, in document order by place.
pub fn places(root: &Node, family: SpecFamily) -> Vec<PlaceRef<'_>> {
    let mut walk = Walk { out: Vec::new() };
    let Some(map) = object_at(root) else {
        return walk.out;
    };
    walk.push(Place::Root, &[], root);
    for entry in map.iter() {
        let key = entry.key.as_str();
        let node = &entry.value;
        match key {
            "meta-spec" => walk.push(Place::MetaSpec, &[key], node),
            "resources" => {
                walk.push(Place::Resources, &[key], node);
                if family == SpecFamily::V2 {
                    if let Some(res) = object_at(node) {
                        for (sub, place) in [
                            ("bugtracker", Place::Bugtracker),
                            ("repository", Place::Repository),
                        ] {
                            if let Some(n) = res.get(sub) {
                                walk.push(place, &[key, sub], n);
                            }
                        }
                    }
                }
            }
            "no_index" => walk.push(Place::NoIndex, &[key], node),
            "private" if family == SpecFamily::V1 => walk.push(Place::NoIndex, &[key], node),
            "provides" => {
                for e in object_at(node).map(Object::iter).into_iter().flatten() {
                    walk.push(Place::ProvidesEntry, &[key, e.key.as_str()], &e.value);
                }
            }
            "optional_features" => {
                for e in object_at(node).map(Object::iter).into_iter().flatten() {
                    let feature = e.key.as_str();
                    walk.push(Place::OptionalFeature, &[key, feature], &e.value);
                    if family == SpecFamily::V2 {
                        if let Some(p) = object_at(&e.value).and_then(|f| f.get("prereqs")) {
                            walk.prereqs(&[key, feature, "prereqs"], p);
                        }
                    }
                }
            }
            "prereqs" if family == SpecFamily::V2 => walk.prereqs(&[key], node),
            _ => {}
        }
    }
    walk.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn found(doc: &serde_json::Value, family: SpecFamily) -> Vec<(Place, String)> {
        let root = Node::from_json(doc);
        places(&root, family)
            .into_iter()
            .map(|p| (p.place, p.pointer()))
            .collect()
    }

    #[test]
    fn finds_every_described_map_with_its_pointer() {
        let doc = json!({
            "meta-spec": {"version": 2},
            "resources": {"bugtracker": {"web": "https://x.example/"}, "repository": "r"},
            "provides": {"A::B": {"file": "lib/A/B.pm"}, "C/D": {"file": "x"}},
            "prereqs": {"runtime": {"requires": {}}, "x_phase": {"mine": {}}},
            "optional_features": {"f": {"prereqs": {"test": {}}}},
            "x_custom": {"resources": {}},
        });
        let got = found(&doc, SpecFamily::V2);
        for want in [
            (Place::Root, ""),
            (Place::MetaSpec, "/meta-spec"),
            (Place::Resources, "/resources"),
            (Place::Bugtracker, "/resources/bugtracker"),
            (Place::ProvidesEntry, "/provides/A::B"),
            (Place::ProvidesEntry, "/provides/C~1D"),
            (Place::Prereqs, "/prereqs"),
            (Place::Phase, "/prereqs/runtime"),
            (Place::OptionalFeature, "/optional_features/f"),
            (Place::Prereqs, "/optional_features/f/prereqs"),
            (Place::Phase, "/optional_features/f/prereqs/test"),
        ] {
            assert!(
                got.contains(&(want.0, want.1.to_owned())),
                "{want:?} in {got:?}"
            );
        }
        // a string repository is not a map; custom subtrees are never visited
        assert_eq!(got.len(), 11, "{got:?}");
    }

    #[test]
    fn spec_1_reads_private_as_no_index_and_has_no_prereqs_map() {
        let doc = json!({"private": {"directory": ["t"]}, "prereqs": {"runtime": {}}});
        let got = found(&doc, SpecFamily::V1);
        assert!(got.contains(&(Place::NoIndex, "/private".to_owned())));
        assert!(!got.iter().any(|(p, _)| *p == Place::Prereqs));
    }
}
