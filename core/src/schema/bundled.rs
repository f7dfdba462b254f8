//! The schemas of `schemas/`, embedded in the binary, registered under their `$id`s so `$ref`s
//! between them resolve without file or network access, and compiled once.

use std::sync::LazyLock;

use std::sync::Arc;

use jsonschema::json::Json;
use jsonschema::{Draft, Registry, Retrieve, ValidationOptions, Validator};

use super::formats::FORMATS;
use super::instance::SourceJson;
use crate::model::SpecVersion;

/// The URI every bundled schema's `$id` starts with; the part after it is its path in `schemas/`.
pub const BASE_URI: &str = "https://raw.githubusercontent.com/cpan-security/cpanmeta/main/schemas/";

/// One embedded schema file.
#[derive(Debug)]
pub struct BundledSchema {
    /// Path below `schemas/` (`extensions/x_breaks.schema.json`).
    pub path: &'static str,
    /// The file's text, as shipped.
    pub text: &'static str,
}

impl BundledSchema {
    /// The schema's `$id`.
    pub fn uri(&self) -> String {
        format!("{BASE_URI}{}", self.path)
    }

    /// Whether it describes an `x_` key rather than the spec itself.
    pub fn is_extension(&self) -> bool {
        self.path.starts_with("extensions/")
    }
}

macro_rules! bundled {
    ($($path:literal),* $(,)?) => {
        &[$(BundledSchema { path: $path, text: include_str!(concat!("../../../schemas/", $path)) }),*]
    };
}

/// Every schema in `schemas/`.
pub static BUNDLED: &[BundledSchema] = bundled![
    "cpan-meta-common.schema.json",
    "cpan-meta-2.schema.json",
    "cpan-meta-1.4.schema.json",
    "extensions/resources.schema.json",
    "extensions/x_authority.schema.json",
    "extensions/x_breaks.schema.json",
    "extensions/x_external_prereqs.schema.json",
    "extensions/x_contributors.schema.json",
    "extensions/x_deprecated.schema.json",
    "extensions/x_Dist_Zilla.schema.json",
    "extensions/x_generated_by_perl.schema.json",
    "extensions/x_serialization_backend.schema.json",
    "extensions/x_spdx_expression.schema.json",
    "extensions/x_static_install.schema.json",
    "extensions/x_use_unsafe_inc.schema.json",
    "cpan-metadata-v3/automation-policy.schema.json",
];

/// The parsed bundled schemas with their `$id`s. The files are part of the build and tested, so a
/// parse failure is a bug in the crate, not bad input.
pub(crate) static DOCUMENTS: LazyLock<Vec<(String, serde_json::Value)>> = LazyLock::new(|| {
    BUNDLED
        .iter()
        .map(|s| {
            let value = serde_json::from_str(s.text)
                .unwrap_or_else(|e| panic!("bundled schema {} is not JSON: {e}", s.path));
            (s.uri(), value)
        })
        .collect()
});

/// The bundled schemas as one registry, shared by the spec validators and users' schemas (which
/// may `$ref` the bundled definitions, such as `cpan-meta-common.schema.json#/$defs/version`).
static REGISTRY: LazyLock<Registry<'static>> = LazyLock::new(|| {
    Registry::new()
        .draft(Draft::Draft202012)
        .extend(
            DOCUMENTS
                .iter()
                .map(|(uri, doc)| (uri.as_str(), doc.clone())),
        )
        .and_then(jsonschema::RegistryBuilder::prepare)
        .unwrap_or_else(|e| panic!("bundled schemas do not form a registry: {e}"))
});

/// The parsed bundled schema with this `$id`.
pub(crate) fn document(uri: &str) -> Option<&'static serde_json::Value> {
    DOCUMENTS.iter().find(|(u, _)| u == uri).map(|(_, d)| d)
}

/// Validation options with the CPAN formats asserted and the bundled schemas resolvable, for
/// instances in the representation `F` (`serde_json` for users' schemas, the span-keeping tree
/// for the bundled spec schemas).
pub(crate) fn options<F: Json>() -> ValidationOptions<'static, Arc<dyn Retrieve>, F> {
    let mut options = jsonschema::options_for::<F>()
        .should_validate_formats(true)
        .with_registry(&REGISTRY);
    for &(name, check) in FORMATS {
        options = options.with_format(name, check);
    }
    options
}

fn compile(path: &str) -> Validator<SourceJson> {
    let uri = format!("{BASE_URI}{path}");
    let doc = document(&uri).unwrap_or_else(|| panic!("{path} is not bundled"));
    options()
        .with_draft(Draft::Draft202012)
        .build(doc)
        .unwrap_or_else(|e| panic!("bundled schema {path} does not compile: {e}"))
}

static SPEC_2: LazyLock<Validator<SourceJson>> =
    LazyLock::new(|| compile("cpan-meta-2.schema.json"));
static SPEC_1_4: LazyLock<Validator<SourceJson>> =
    LazyLock::new(|| compile("cpan-meta-1.4.schema.json"));

/// The bundled schema file for a spec version, if there is one (2 and 1.4).
pub fn spec_schema_path(version: SpecVersion) -> Option<&'static str> {
    match version {
        SpecVersion::V2 => Some("cpan-meta-2.schema.json"),
        SpecVersion::V1_4 => Some("cpan-meta-1.4.schema.json"),
        _ => None,
    }
}

/// The compiled validator for a spec version's schema (compiled on first use).
pub(crate) fn spec_validator(version: SpecVersion) -> Option<&'static Validator<SourceJson>> {
    match version {
        SpecVersion::V2 => Some(&SPEC_2),
        SpecVersion::V1_4 => Some(&SPEC_1_4),
        _ => None,
    }
}
