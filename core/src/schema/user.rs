//! A user's own JSON Schema (`cpanmeta lint --schema FILE`), typically for their `x_` keys.

use jsonschema::Validator;

use super::bundled;
use super::finding::{self, SchemaFinding};

/// Why a user's schema cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SchemaError {
    /// The schema is not valid JSON Schema (it fails its meta-schema, or a `$ref` does not
    /// resolve: only the bundled schemas and the schema itself can be referenced).
    #[error("schema `{name}` cannot be used: {message}")]
    Invalid { name: String, message: String },
}

/// A user's schema, compiled once and applied to whole documents.
#[derive(Debug)]
pub struct UserSchema {
    /// A name for reports, such as the file the schema came from.
    pub name: String,
    schema: serde_json::Value,
    base_uri: String,
    validator: Validator,
}

impl UserSchema {
    /// Compiles `schema`. Its dialect is taken from `$schema` (2020-12 when absent); the CPAN
    /// formats are asserted, and the bundled schemas can be `$ref`ed by their `$id`s.
    pub fn compile(
        schema: serde_json::Value,
        name: impl Into<String>,
    ) -> Result<Self, SchemaError> {
        let name = name.into();
        let base_uri = schema
            .get("$id")
            .and_then(serde_json::Value::as_str)
            .map_or_else(
                || format!("urn:cpanmeta:user-schema:{}", sanitize(&name)),
                str::to_owned,
            );
        let validator = bundled::options::<jsonschema::json::SerdeJson>()
            .with_base_uri(base_uri.clone())
            .build(&schema)
            .map_err(|e| SchemaError::Invalid {
                name: name.clone(),
                message: e.to_string(),
            })?;
        Ok(Self {
            name,
            schema,
            base_uri,
            validator,
        })
    }

    /// Every violation of the schema in `document`.
    pub fn validate(&self, document: &serde_json::Value) -> Vec<SchemaFinding> {
        self.validator
            .iter_errors(document)
            .flat_map(|e| finding::findings_of(&e, &self.schema, &self.base_uri))
            .collect()
    }
}

/// A name usable inside a URN.
fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
