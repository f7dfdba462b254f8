//! The maps of a META document whose keys the spec enumerates, found once so that every rule that
//! looks at keys walks the same places with the same pointers.
//!
//! Only maps the spec describes are visited; the contents of custom (`x_`) keys, prerequisite
//! module maps and the like are user data and never are. The walk is bounded by the document's
//! fixed shape (at most four levels), so it needs no depth cap.

use super::spec_keys::{is_custom_key, Place, SpecFamily};
use crate::source::{pointer_of, Node, Object, Span};

/// One map the spec describes, and where it is.
#[derive(Clone, Debug)]
pub struct PlaceRef<'a> {
    pub place: Place,
    /// RFC 6901 pointer of the map (`""` for the root).
    pub pointer: String,
    pub object: &'a Object,
    /// Span of the whole map.
    pub span: Span,
}

impl PlaceRef<'_> {
    /// The pointer of the member `key` of this map.
    pub fn member(&self, key: &str) -> String {
        let mut p = self.pointer.clone();
        p.push_str(&pointer_of([key]));
        p
    }
}

fn object_at(node: &Node) -> Option<&Object> {
    node.value.as_object()
}

/// Every map the spec describes in `root`, read as `family`, in document order by place.
pub fn places<'a>(root: &'a Node, family: SpecFamily) -> Vec<PlaceRef<'a>> {
    let mut out = Vec::new();
    let Some(map) = object_at(root) else {
        return out;
    };
    let mut push =
        |place: Place, pointer: String, node: &'a Node| add(&mut out, place, pointer, node);
    push(Place::Root, String::new(), root);
    for entry in map.iter() {
        let ptr = pointer_of([entry.key.as_str()]);
        let node = &entry.value;
        match entry.key.as_str() {
            "meta-spec" => push(Place::MetaSpec, ptr, node),
            "resources" => {
                push(Place::Resources, ptr.clone(), node);
                if family == SpecFamily::V2 {
                    if let Some(res) = object_at(node) {
                        for (key, place) in [
                            ("bugtracker", Place::Bugtracker),
                            ("repository", Place::Repository),
                        ] {
                            if let Some(n) = res.get(key) {
                                push(place, format!("{ptr}/{key}"), n);
                            }
                        }
                    }
                }
            }
            "no_index" => push(Place::NoIndex, ptr, node),
            "private" if family == SpecFamily::V1 => push(Place::NoIndex, ptr, node),
            "provides" => {
                for e in object_at(node).map(Object::iter).into_iter().flatten() {
                    push(
                        Place::ProvidesEntry,
                        format!("{ptr}{}", pointer_of([e.key.as_str()])),
                        &e.value,
                    );
                }
            }
            "optional_features" => {
                for e in object_at(node).map(Object::iter).into_iter().flatten() {
                    let fptr = format!("{ptr}{}", pointer_of([e.key.as_str()]));
                    push(Place::OptionalFeature, fptr.clone(), &e.value);
                    if family == SpecFamily::V2 {
                        if let Some(p) = object_at(&e.value).and_then(|f| f.get("prereqs")) {
                            prereq_places(&mut push, &format!("{fptr}/prereqs"), p);
                        }
                    }
                }
            }
            "prereqs" if family == SpecFamily::V2 => prereq_places(&mut push, &ptr, node),
            _ => {}
        }
    }
    out
}

fn add<'a>(out: &mut Vec<PlaceRef<'a>>, place: Place, pointer: String, node: &'a Node) {
    if let Some(object) = object_at(node) {
        out.push(PlaceRef {
            place,
            pointer,
            object,
            span: node.span,
        });
    }
}

fn prereq_places<'a>(push: &mut impl FnMut(Place, String, &'a Node), ptr: &str, node: &'a Node) {
    push(Place::Prereqs, ptr.to_owned(), node);
    // the subkeys of a custom phase are the author's own
    for e in object_at(node)
        .map(Object::iter)
        .into_iter()
        .flatten()
        .filter(|e| !is_custom_key(&e.key))
    {
        push(
            Place::Phase,
            format!("{ptr}{}", pointer_of([e.key.as_str()])),
            &e.value,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn found(doc: &serde_json::Value, family: SpecFamily) -> Vec<(Place, String)> {
        let root = Node::from_json(doc);
        places(&root, family)
            .into_iter()
            .map(|p| (p.place, p.pointer))
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
