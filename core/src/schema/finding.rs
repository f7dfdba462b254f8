//! Turns JSON Schema validation errors into findings with an exact JSON pointer, a message that
//! names the keyword, and the schema's own description as help.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::ValidationError;
use serde_json::Value;

use super::bundled::{self, BASE_URI};
use crate::source::pointer_of;

/// One schema violation, located in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SchemaFinding {
    /// RFC 6901 pointer of the offending value; for a missing key, the map that lacks it; for a
    /// key that is not allowed or is badly named, the key's entry.
    pub pointer: String,
    /// Whether `pointer` names a map entry whose *key* is at fault (locate it by its key span).
    pub at_key: bool,
    /// The JSON Schema keyword that failed (`format`, `enum`, `required` ...).
    pub keyword: String,
    pub message: String,
    /// The description of the nearest enclosing subschema, where the schema gives one.
    pub help: Option<String>,
    /// The absolute location of the failing keyword (`...x_breaks.schema.json#/additionalProperties/format`).
    pub schema_location: Option<String>,
}

impl SchemaFinding {
    /// Whether the failing keyword belongs to one of the bundled `x_` extension schemas.
    pub fn is_extension(&self) -> bool {
        self.schema_location
            .as_deref()
            .is_some_and(|l| l.starts_with(&format!("{BASE_URI}extensions/")))
    }
}

/// Enum options listed in full up to this many; longer lists are cut with "...".
const MAX_OPTIONS: usize = 30;

/// Converts one error; `root` is the schema the validator was built from, with its `$id` base.
pub(crate) fn findings_of(
    error: &ValidationError<'_>,
    root: &Value,
    root_uri: &str,
) -> Vec<SchemaFinding> {
    let pointer = error.instance_path().as_str().to_owned();
    let schema_location = error.absolute_keyword_location().map(ToString::to_string);
    let (help, holder) = walk(root, root_uri, error.evaluation_path().as_str());
    let keyword = error.kind().keyword().to_owned();
    let make =
        |pointer: String, at_key: bool, message: String, help: Option<String>| SchemaFinding {
            pointer,
            at_key,
            keyword: keyword.clone(),
            message,
            help,
            schema_location: schema_location.clone(),
        };
    let shown = shown_pointer(&pointer);
    let instance = error.instance();
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            // The missing key's own description says more than the map's.
            let own = holder
                .and_then(|h| h.get("properties"))
                .and_then(|p| p.get(name.as_str()))
                .and_then(description);
            vec![make(
                pointer,
                false,
                format!("{shown} lacks the required key `{name}` (required)"),
                own.or_else(|| help.clone()),
            )]
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => unexpected
            .iter()
            .map(|key| {
                let at = format!("{pointer}{}", pointer_of([key.as_str()]));
                make(
                    at,
                    true,
                    format!("key `{key}` is not allowed in {shown} ({keyword})"),
                    help.clone(),
                )
            })
            .collect(),
        ValidationErrorKind::PropertyNames { error: inner } => {
            let key = inner.instance().as_str().unwrap_or_default().to_owned();
            let at = format!("{pointer}{}", pointer_of([key.as_str()]));
            let why = describe(inner.kind(), inner.instance());
            vec![make(
                at,
                true,
                format!("key `{key}` in {shown}: {why} (propertyNames)"),
                help.clone(),
            )]
        }
        kind => vec![make(
            pointer,
            false,
            format!("{shown}: {} ({keyword})", describe(kind, instance)),
            help.clone(),
        )],
    }
}

/// `/version` as messages show it; the root is "the document".
fn shown_pointer(pointer: &str) -> String {
    if pointer.is_empty() {
        "the document".to_owned()
    } else {
        format!("`{pointer}`")
    }
}

/// The body of a message about one value: `"1.2a" does not match format cpan-version`.
fn describe(kind: &ValidationErrorKind, instance: &Value) -> String {
    let value = short(instance);
    match kind {
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(ts) => ts
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            format!("expected {expected}, found {}", json_kind(instance))
        }
        ValidationErrorKind::Enum { options } => {
            format!("{value} is not one of {}", list(options))
        }
        ValidationErrorKind::Constant { expected_value } => {
            format!("{value} is not {expected_value}")
        }
        ValidationErrorKind::Format { format } => format!("{value} does not match format {format}"),
        ValidationErrorKind::Pattern { pattern } => {
            format!("{value} does not match pattern {pattern}")
        }
        ValidationErrorKind::MinItems { limit } => {
            format!("has fewer than {limit} item{}", plural(*limit))
        }
        ValidationErrorKind::MaxItems { limit } => {
            format!("has more than {limit} item{}", plural(*limit))
        }
        ValidationErrorKind::MinLength { limit } => {
            format!(
                "{value} is shorter than {limit} character{}",
                plural(*limit)
            )
        }
        ValidationErrorKind::MaxLength { limit } => {
            format!("{value} is longer than {limit} character{}", plural(*limit))
        }
        ValidationErrorKind::Not { schema } if !is_trivial(schema) => {
            format!("{value} must not match {schema}")
        }
        ValidationErrorKind::Not { .. } | ValidationErrorKind::FalseSchema => {
            "not allowed here".to_owned()
        }
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            format!("{value} matches none of the allowed forms")
        }
        ValidationErrorKind::OneOfMultipleValid { .. } => {
            format!("{value} matches more than one of the exclusive forms")
        }
        ValidationErrorKind::Custom { message, .. } => message.clone(),
        other => format!("is invalid: {}", other.keyword()),
    }
}

/// `{}` or `true`: a schema every value matches.
fn is_trivial(schema: &Value) -> bool {
    schema.as_object().is_some_and(serde_json::Map::is_empty) || schema == &Value::Bool(true)
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// A value for a message: scalars as JSON, lists and maps by kind.
fn short(v: &Value) -> String {
    match v {
        Value::Array(_) | Value::Object(_) => json_kind(v).to_owned(),
        Value::String(s) if s.chars().count() > 80 => {
            let cut: String = s.chars().take(77).collect();
            format!("\"{cut}...\"")
        }
        other => other.to_string(),
    }
}

fn list(options: &Value) -> String {
    let Some(items) = options.as_array() else {
        return options.to_string();
    };
    let mut shown: Vec<String> = items
        .iter()
        .take(MAX_OPTIONS)
        .map(ToString::to_string)
        .collect();
    if items.len() > MAX_OPTIONS {
        shown.push("...".to_owned());
    }
    format!("[{}]", shown.join(", "))
}

/// The `description` of the deepest subschema on the evaluation path that has one, not counting
/// the failing keyword itself, and the subschema that holds the failing keyword. `$ref`s are
/// followed through the bundled schemas (and within the root schema); where the walk cannot go
/// on, it stops with what it found.
fn walk<'a>(
    root: &'a Value,
    root_uri: &str,
    evaluation_path: &str,
) -> (Option<String>, Option<&'a Value>) {
    let mut node = root;
    let mut base = root_uri.to_owned();
    let mut help = description(node);
    let segments: Vec<String> = evaluation_path
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let Some((_, parents)) = segments.split_last() else {
        return (help, Some(node));
    };
    for segment in parents {
        let next = if segment == "$ref" {
            node.get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| resolve(&base, root, root_uri, r))
                .map(|(uri, target)| {
                    base = uri;
                    target
                })
        } else {
            match node {
                Value::Object(map) => map.get(segment.as_str()),
                Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            }
        };
        let Some(next) = next else {
            return (help, None);
        };
        node = next;
        if let Some(d) = description(node) {
            help = Some(d);
        }
    }
    (help, Some(node))
}

fn description(node: &Value) -> Option<String> {
    node.get("description")?.as_str().map(str::to_owned)
}

/// Resolves a `$ref` against `base`, among the root schema and the bundled schemas.
fn resolve<'a>(
    base: &str,
    root: &'a Value,
    root_uri: &str,
    reference: &str,
) -> Option<(String, &'a Value)> {
    let (path, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    let uri = if path.is_empty() {
        base.to_owned()
    } else if path.contains("://") {
        path.to_owned()
    } else {
        let dir = &base[..=base.rfind('/')?];
        normalize(&format!("{dir}{path}"))
    };
    let doc: &'a Value = if uri == root_uri {
        root
    } else {
        bundled::document(&uri)?
    };
    let target = if fragment.is_empty() {
        doc
    } else {
        doc.pointer(fragment)?
    };
    Some((uri, target))
}

/// Removes `./` and `dir/../` segments from a joined URI path.
fn normalize(uri: &str) -> String {
    let (scheme, rest) = uri.split_once("://").unwrap_or(("", uri));
    let mut parts: Vec<&str> = Vec::new();
    for part in rest.split('/') {
        match part {
            "." => {}
            ".." if parts.len() > 1 => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    format!("{scheme}://{}", parts.join("/"))
}
