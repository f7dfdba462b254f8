//! The span-keeping tree as a JSON Schema instance, so the bundled schemas validate a document
//! where it already is.
//!
//! Converting the whole tree to `serde_json` for every file (and dropping the copy) cost about
//! as much as the validation itself; the `jsonschema` crate validates any representation that
//! implements its `Json` traits, so [`SourceJson`] describes ours. A `serde_json` value is built
//! only for what a validation error reports (`to_value`), which is rare.
//!
//! The instance is exactly what [`Value::to_json`] would give: a number that `serde_json` cannot
//! represent reads as a string of its text, as it does there.

use std::borrow::Cow;

use jsonschema::json::{Array, Json, Node as JsonNode, NodeIdentity, Object as JsonObject};
use jsonschema::types::JsonType;

use crate::source::{Entry, Node, Object, Span, Value};

/// The span-keeping tree ([`crate::source::Node`]) as a JSON representation.
#[derive(Debug)]
pub struct SourceJson;

/// One value of the tree as an instance.
#[derive(Clone, Copy, Debug)]
pub struct Instance<'a>(pub &'a Node);

/// A map of the tree as an instance.
#[derive(Clone, Copy, Debug)]
pub struct InstanceObject<'a>(&'a Object);

/// A list of the tree as an instance.
#[derive(Clone, Copy, Debug)]
pub struct InstanceArray<'a>(&'a [Node]);

/// Where `propertyNames` puts each key it validates (reused across keys).
#[derive(Debug)]
pub struct NameBuffer(Node);

impl Default for NameBuffer {
    fn default() -> Self {
        Self(Node::new(Value::String(String::new()), Span::default()))
    }
}

impl Json for SourceJson {
    type Node<'a> = Instance<'a>;
    type PreparedKey = Box<str>;
    type StringBuffer = NameBuffer;

    // `required` checks by one pass over the members rather than by lookups while the map has at
    // most this many keys per required name. A lookup here is itself a scan of the members, so
    // the pass pays off sooner than for serde_json's `BTreeMap` (2); on the corpus, 4 and 64
    // count the same instructions.
    const KEYS_PER_LOOKUP: usize = 4;

    fn prepare_key(key: &str) -> Box<str> {
        key.into()
    }

    fn with_string_node<T>(
        buffer: &mut NameBuffer,
        string: &str,
        f: impl FnOnce(Instance<'_>) -> T,
    ) -> T {
        if let Value::String(existing) = &mut buffer.0.value {
            existing.clear();
            existing.push_str(string);
        } else {
            buffer.0.value = Value::String(string.to_owned());
        }
        f(Instance(&buffer.0))
    }
}

/// A JSON number as `serde_json` reads its text; `None` when it cannot (then it is a string).
fn number(raw: &str) -> Option<serde_json::Number> {
    serde_json::from_str(raw).ok()
}

impl<'a> JsonNode<'a, SourceJson> for Instance<'a> {
    type Object = InstanceObject<'a>;
    type Array = InstanceArray<'a>;
    type Number = serde_json::Number;

    fn as_object(&self) -> Option<InstanceObject<'a>> {
        self.0.value.as_object().map(InstanceObject)
    }

    fn as_array(&self) -> Option<InstanceArray<'a>> {
        self.0.value.as_array().map(InstanceArray)
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        match &self.0.value {
            Value::String(s) => Some(Cow::Borrowed(s)),
            Value::Number(n) if number(&n.raw).is_none() => Some(Cow::Borrowed(&n.raw)),
            _ => None,
        }
    }

    fn as_number(&self) -> Option<serde_json::Number> {
        match &self.0.value {
            Value::Number(n) => number(&n.raw),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.0.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        self.0.value.is_null()
    }

    fn json_type(&self) -> JsonType {
        match &self.0.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(n) if number(&n.raw).is_some() => JsonType::Number,
            Value::Number(_) | Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    fn equals_value(&self, expected: &serde_json::Value) -> bool {
        // `enum` and `const` compare strings most of the time: no copy for those.
        match (&self.0.value, expected) {
            (Value::String(s), serde_json::Value::String(e)) => s == e,
            (Value::String(_), _) => false,
            _ => jsonschema::json::cmp::equal(&self.0.value.to_json(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, serde_json::Value> {
        Cow::Owned(self.0.value.to_json())
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(
            std::ptr::from_ref::<Node>(self.0) as usize
        ))
    }
}

/// The members of a map, in document order.
pub struct Members<'a>(std::slice::Iter<'a, Entry>);

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, Instance<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|e| (e.key.as_str(), Instance(&e.value)))
    }
}

impl<'a> JsonObject<'a, SourceJson> for InstanceObject<'a> {
    type Node = Instance<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        self.0.len()
    }

    fn get(&self, key: &Box<str>) -> Option<Instance<'a>> {
        self.0.get(key).map(Instance)
    }

    fn members(&self) -> Members<'a> {
        Members(self.0.entries.iter())
    }
}

/// The elements of a list, in order.
pub struct Elements<'a>(std::slice::Iter<'a, Node>);

impl<'a> Iterator for Elements<'a> {
    type Item = Instance<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(Instance)
    }
}

impl<'a> Array<'a, SourceJson> for InstanceArray<'a> {
    type Node = Instance<'a>;
    type ElementsIter = Elements<'a>;

    fn len(&self) -> usize {
        self.0.len()
    }

    fn elements(&self) -> Elements<'a> {
        Elements(self.0.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every accessor agrees with what `to_json` gives, including a number serde_json cannot
    /// hold, which reads as a string.
    #[test]
    fn the_instance_is_what_to_json_gives() {
        let doc = json!({"s": "x", "n": 1.5, "i": 3, "b": true, "z": null, "a": [1, "y"], "o": {}});
        let mut root = Node::from_json(&doc);
        let huge = crate::source::Number {
            raw: "1e999".into(),
            perl: "inf".into(),
        };
        if let Value::Object(o) = &mut root.value {
            o.entries.push(Entry {
                key: "huge".into(),
                key_span: Span::default(),
                value: Node::new(Value::Number(Box::new(huge)), Span::default()),
            });
        }
        let instance = Instance(&root);
        let object = instance.as_object().expect("a map");
        assert_eq!(JsonObject::len(&object), 8);
        for (key, value) in object.members() {
            let json = value.to_value().into_owned();
            assert_eq!(json, value.0.value.to_json(), "{key}");
            let kind = match &json {
                serde_json::Value::Null => JsonType::Null,
                serde_json::Value::Bool(_) => JsonType::Boolean,
                serde_json::Value::Number(_) => JsonType::Number,
                serde_json::Value::String(_) => JsonType::String,
                serde_json::Value::Array(_) => JsonType::Array,
                serde_json::Value::Object(_) => JsonType::Object,
            };
            assert_eq!(value.json_type(), kind, "{key}");
            assert_eq!(value.as_string().as_deref(), json.as_str(), "{key}");
            assert_eq!(value.as_number().is_some(), json.is_number(), "{key}");
            assert!(value.equals_value(&json), "{key}");
        }
        assert!(object.get(&SourceJson::prepare_key("huge")).is_some());
        assert!(object.get(&SourceJson::prepare_key("nope")).is_none());
    }
}
