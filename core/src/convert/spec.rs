//! `_convert($data, $spec)`: the Converter's one mechanism. A spec maps each known key to a field
//! function (whose `undef` result drops the key), lists keys to drop, and says what becomes of
//! every other key (kept, or renamed with an `x_` prefix).

use serde_json::{Map, Value as J};

use super::perl::prefix_custom;
use super::Cx;
use crate::rules::convert as rules;
use crate::source::escape_pointer_token;

/// What a field function sees: the value (absent is `None`), the map it is in, and where.
pub(super) struct Field<'a> {
    pub value: Option<&'a J>,
    pub data: &'a Map<String, J>,
    /// Pointer of the value in the document being converted.
    pub at: String,
}

pub(super) type FieldFn = fn(&mut Cx, &Field<'_>) -> Result<Option<J>, String>;

/// What `_convert` does with a key the spec does not name.
#[derive(Clone, Copy)]
pub(super) enum Custom {
    /// `\&_keep` (spec 1.x): kept as it is.
    Keep,
    /// `\&_prefix_custom` (spec 2): renamed to `x_...`.
    Prefix,
}

pub(super) struct Spec {
    pub fields: &'static [(&'static str, FieldFn)],
    pub drop: &'static [&'static str],
    pub custom: Custom,
}

/// Perl's `keys %$data` on something that is not a hash dies under `strict refs`.
pub(super) fn as_hash<'a>(v: &'a J, at: &str) -> Result<&'a Map<String, J>, String> {
    v.as_object().ok_or_else(|| {
        format!(
            "Can't use {} as a HASH ref while \"strict refs\" in use (at {})",
            match v {
                J::Array(_) => "an ARRAY reference".to_owned(),
                J::Null => "an undefined value".to_owned(),
                other => format!(
                    "string (\"{}\")",
                    super::perl::string(Some(other)).unwrap_or_default()
                ),
            },
            if at.is_empty() { "/" } else { at }
        )
    })
}

/// Keys the Converter drops without carrying their value anywhere (spec 2 has no
/// `distribution_type`; `license_url` and `private` live on only in spec 1.2's conversion).
const DEPRECATED: &[&str] = &["distribution_type", "license_url", "private"];

/// `keys %$data` (and `$data->{key}`) on undef autovivify an empty hash: the Converter treats a
/// null `resources` or `optional_features` of spec 1.x as `{}`.
pub(super) fn as_hash_or_empty<'a>(
    v: &'a J,
    at: &str,
) -> Result<std::borrow::Cow<'a, Map<String, J>>, String> {
    match v {
        J::Null => Ok(std::borrow::Cow::Owned(Map::new())),
        other => as_hash(other, at).map(std::borrow::Cow::Borrowed),
    }
}

/// `_convert($data, $spec)` on the map at `at`.
pub(super) fn convert(
    cx: &mut Cx,
    data: &J,
    spec: &Spec,
    at: &str,
) -> Result<Map<String, J>, String> {
    let data = as_hash_or_empty(data, at).inspect_err(|_| cx.fail_at(at))?;
    let data = data.as_ref();
    let mut out = Map::new();
    for (key, f) in spec.fields {
        let field = Field {
            value: data.get(*key),
            data,
            at: format!("{at}/{}", escape_pointer_token(key)),
        };
        if let Some(v) = f(cx, &field)? {
            out.insert((*key).to_owned(), v);
        }
    }
    for (key, value) in data {
        let here = format!("{at}/{}", escape_pointer_token(key));
        if spec.drop.contains(&key.as_str()) {
            // Spec 1.2's step carries `license_url` into an empty `resources.license`, and
            // `private` into a missing `no_index`.
            let carried = match key.as_str() {
                "license_url" => out.get("resources").and_then(|r| r.get("license")) == Some(value),
                "private" => cx.to == "1.2" && !super::perl::truthy(data.get("no_index")),
                _ => false,
            };
            if DEPRECATED.contains(&key.as_str()) && super::perl::truthy(Some(value)) && !carried {
                cx.loss(
                    &rules::convert_deprecated_key_dropped::RULE,
                    &here,
                    format!("`{key}` is not in the spec the Converter converts to: it is dropped"),
                );
            }
            continue;
        }
        if spec.fields.iter().any(|(k, _)| k == key) {
            continue;
        }
        let new = match spec.custom {
            Custom::Keep => key.clone(),
            Custom::Prefix => {
                let new = prefix_custom(key);
                if &new != key && (data.contains_key(&new) || out.contains_key(&new)) {
                    cx.loss(
                        &rules::convert_key_renamed::RULE,
                        &here,
                        format!(
                            "`{key}` is not a key of spec 2 here and the Converter renames it `{new}`, \
                             which is also in the document: one of the two values is lost (which one \
                             depends on Perl's hash order)"
                        ),
                    );
                } else if &new != key {
                    cx.loss(
                        &rules::convert_key_renamed::RULE,
                        &here,
                        format!(
                            "`{key}` is not a key of spec 2 here: the Converter renames it `{new}`"
                        ),
                    );
                }
                new
            }
        };
        out.insert(new, value.clone());
    }
    Ok(out)
}
