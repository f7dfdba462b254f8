//! The span-keeping value tree both readers produce.
//!
//! It models what the Perl toolchain sees after `Parse::CPAN::Meta->load_file`: JSON::PP keeps
//! numbers, strings, booleans and null apart; CPAN::Meta::YAML produces only strings, arrays,
//! hashes and undef. Rules and the Validator port work on this tree, so they can ask both "what
//! would Perl see" ([`Value::perl_str`]) and "where was it written" ([`Node::span`]).

use super::Span;

/// One value with the span of its source text (for strings: including the quotes).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// JSON `null`, YAML `~` or an empty value: Perl's `undef`.
    Null,
    /// JSON `true` / `false` (JSON::PP::Boolean; Perl stringifies it as `1` / `0`).
    Bool(bool),
    /// A JSON number. Boxed: numbers are rare in META files, and unboxed their two strings made
    /// every node of the tree twice as large as a string's.
    Number(Box<Number>),
    /// A string (every YAML scalar but `~`).
    String(String),
    Array(Vec<Node>),
    Object(Object),
}

/// A JSON number as written and as Perl stringifies it after JSON::PP decoded it
/// (`1.40` is written `1.40` and seen by Perl as `1.4`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number {
    pub raw: String,
    pub perl: String,
}

/// A mapping with unique keys in document order. Readers resolve duplicate keys the way Perl does
/// (the last value wins) and report the duplicates as diagnostics.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object {
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    /// Span of the key as written (for JSON: including the quotes).
    pub key_span: Span,
    pub value: Node,
}

impl Object {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entries.iter().find(|e| e.key == key).map(|e| &e.value)
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Inserts or replaces (last wins, keeping the first position). Returns the replaced entry.
    pub fn insert(&mut self, entry: Entry) -> Option<Entry> {
        if let Some(slot) = self.entries.iter_mut().find(|e| e.key == entry.key) {
            Some(std::mem::replace(slot, entry))
        } else {
            self.entries.push(entry);
            None
        }
    }
}

impl Value {
    /// The string Perl would see for a defined, non-reference scalar; `None` for undef and for
    /// references (arrays and hashes).
    pub fn perl_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(&n.perl),
            Value::Bool(true) => Some("1"),
            Value::Bool(false) => Some("0"),
            Value::Null | Value::Array(_) | Value::Object(_) => None,
        }
    }

    /// Perl's `ref()` of the value: `"HASH"`, `"ARRAY"`, `"JSON::PP::Boolean"` or `""`.
    pub fn perl_ref(&self) -> &'static str {
        match self {
            Value::Object(_) => "HASH",
            Value::Array(_) => "ARRAY",
            Value::Bool(_) => "JSON::PP::Boolean",
            Value::Null | Value::Number(_) | Value::String(_) => "",
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A short name of the kind of value, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "list",
            Value::Object(_) => "map",
        }
    }

    /// The value as `serde_json` sees it (numbers from their raw text), for JSON Schema validation
    /// and for output. Numbers that `serde_json` cannot represent become strings.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::from_str::<serde_json::Number>(&n.raw).map_or_else(
                |_| serde_json::Value::String(n.raw.clone()),
                serde_json::Value::Number,
            ),
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(a) => {
                serde_json::Value::Array(a.iter().map(|n| n.value.to_json()).collect())
            }
            Value::Object(o) => serde_json::Value::Object(
                o.iter()
                    .map(|e| (e.key.clone(), e.value.value.to_json()))
                    .collect(),
            ),
        }
    }

    /// The value as Perl's JSON::PP would encode it: numbers in Perl's stringification. This is
    /// the form the corpus oracle dumps, so parity tests compare against it.
    pub fn to_perl_json(&self) -> serde_json::Value {
        match self {
            Value::Number(n) => serde_json::from_str::<serde_json::Number>(&n.perl).map_or_else(
                |_| serde_json::Value::String(n.perl.clone()),
                serde_json::Value::Number,
            ),
            Value::Array(a) => {
                serde_json::Value::Array(a.iter().map(|n| n.value.to_perl_json()).collect())
            }
            Value::Object(o) => serde_json::Value::Object(
                o.iter()
                    .map(|e| (e.key.clone(), e.value.value.to_perl_json()))
                    .collect(),
            ),
            other => other.to_json(),
        }
    }
}

impl Node {
    pub fn new(value: Value, span: Span) -> Self {
        Self { value, span }
    }

    /// Follows an RFC 6901 JSON pointer (`/prereqs/runtime/requires/Foo~1Bar`).
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        if pointer.is_empty() {
            return Some(self);
        }
        let mut node = self;
        for token in pointer.strip_prefix('/')?.split('/') {
            let token = token.replace("~1", "/").replace("~0", "~");
            node = match &node.value {
                Value::Object(o) => o.get(&token)?,
                Value::Array(a) => a.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The span of the key that holds the value at `pointer` (the value's own span for array
    /// items and the root).
    pub fn key_span(&self, pointer: &str) -> Option<Span> {
        let (parent, last) = match pointer.rfind('/') {
            Some(i) => (&pointer[..i], &pointer[i + 1..]),
            None => return Some(self.span),
        };
        let parent = self.pointer(parent)?;
        match &parent.value {
            Value::Object(o) => {
                let key = last.replace("~1", "/").replace("~0", "~");
                o.entry(&key).map(|e| e.key_span)
            }
            Value::Array(a) => a.get(last.parse::<usize>().ok()?).map(|n| n.span),
            _ => None,
        }
    }
}

impl Node {
    /// Builds a tree from `serde_json` data with empty spans, as Perl's JSON::PP would have decoded
    /// it (a number's Perl form is its JSON text). For tests and for data that has no source text
    /// (such as the oracle's dumps of what Perl parsed).
    pub fn from_json(value: &serde_json::Value) -> Node {
        let value = match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(Box::new(Number {
                raw: n.to_string(),
                perl: n.to_string(),
            })),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(a) => Value::Array(a.iter().map(Node::from_json).collect()),
            serde_json::Value::Object(o) => Value::Object(Object {
                entries: o
                    .iter()
                    .map(|(k, v)| Entry {
                        key: k.clone(),
                        key_span: Span::default(),
                        value: Node::from_json(v),
                    })
                    .collect(),
            }),
        };
        Node::new(value, Span::default())
    }
}

/// Escapes one reference token for an RFC 6901 JSON pointer.
pub fn escape_pointer_token(token: &str) -> std::borrow::Cow<'_, str> {
    // both are ASCII: a byte test is exact, and much cheaper than a `char` pattern
    if token.bytes().any(|b| b == b'~' || b == b'/') {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

/// Builds a JSON pointer from tokens.
pub fn pointer_of<'a>(tokens: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in tokens {
        let t = escape_pointer_token(t);
        // one allocation for the usual one-token pointer
        out.reserve(1 + t.len());
        out.push('/');
        out.push_str(&t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Node {
        Node::new(Value::String(v.into()), Span::default())
    }

    #[test]
    fn pointer_follows_escaped_tokens() {
        let mut inner = Object::default();
        inner.insert(Entry {
            key: "a/b".into(),
            key_span: Span::new(1, 2),
            value: s("x"),
        });
        let root = Node::new(
            Value::Object(Object {
                entries: vec![Entry {
                    key: "m~n".into(),
                    key_span: Span::new(3, 4),
                    value: Node::new(Value::Object(inner), Span::default()),
                }],
            }),
            Span::default(),
        );
        assert_eq!(
            root.pointer("/m~0n/a~1b").unwrap().value.as_str(),
            Some("x")
        );
        assert_eq!(root.key_span("/m~0n"), Some(Span::new(3, 4)));
        assert_eq!(pointer_of(["m~n", "a/b"]), "/m~0n/a~1b");
    }

    #[test]
    fn tree_nodes_stay_small() {
        // Every key and value of a file is one of these; numbers are boxed to keep them so.
        assert!(
            std::mem::size_of::<Node>() <= 40,
            "{}",
            std::mem::size_of::<Node>()
        );
        assert!(
            std::mem::size_of::<Entry>() <= 72,
            "{}",
            std::mem::size_of::<Entry>()
        );
    }

    #[test]
    fn perl_sees_booleans_as_one_and_zero() {
        assert_eq!(Value::Bool(true).perl_str(), Some("1"));
        assert_eq!(Value::Bool(false).perl_str(), Some("0"));
        assert_eq!(Value::Null.perl_str(), None);
    }
}
