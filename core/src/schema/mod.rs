//! JSON Schema validation: the schemas of `schemas/` (CPAN::Meta::Spec 2 and 1.4 as written, and
//! the widely used `x_` keys) embedded and compiled once, users' own schemas, and the CPAN domain
//! formats (`cpan-version`, `cpan-version-range`, `cpan-module`, `cpan-url`, `spdx-expression`)
//! implemented in Rust.
//!
//! Validation works on `serde_json` data (`Value::to_json()` of the span-keeping tree); each error
//! becomes a [`SchemaFinding`] whose JSON pointer the rules map back to a span.

mod bundled;
mod finding;
pub mod formats;
mod user;

pub use bundled::{spec_schema_path, BundledSchema, BASE_URI, BUNDLED};
pub use finding::SchemaFinding;
pub use user::{SchemaError, UserSchema};

use crate::model::SpecVersion;

/// Validates a document against the bundled schema of its spec version (which pulls in the `x_`
/// extension schemas through `$ref`s). `None` when there is no bundled schema for the version.
pub fn validate_spec(
    version: SpecVersion,
    document: &serde_json::Value,
) -> Option<Vec<SchemaFinding>> {
    let validator = bundled::spec_validator(version)?;
    let path = spec_schema_path(version)?;
    let uri = format!("{BASE_URI}{path}");
    let root = bundled::document(&uri)?;
    Some(
        validator
            .iter_errors(document)
            .flat_map(|e| finding::findings_of(&e, root, &uri))
            .collect(),
    )
}

/// The parsed text of a bundled schema by its path below `schemas/`.
pub fn bundled_document(path: &str) -> Option<&'static serde_json::Value> {
    bundled::document(&format!("{BASE_URI}{path}"))
}
