//! JSON Schema validation: the schemas of `schemas/` (CPAN::Meta::Spec 2 and 1.4 as written, and
//! the widely used `x_` keys) embedded and compiled once, users' own schemas, and the CPAN domain
//! formats (`cpan-version`, `cpan-version-range`, `cpan-module`, `cpan-url`, `spdx-expression`)
//! implemented in Rust.
//!
//! The bundled schemas validate the span-keeping tree itself (see [`instance`]); users' schemas
//! validate `serde_json` data (`Value::to_json()` of the tree). Each error becomes a
//! [`SchemaFinding`] whose JSON pointer the rules map back to a span.

mod bundled;
mod finding;
pub mod formats;
mod instance;
mod user;

pub use bundled::{spec_schema_path, BundledSchema, BASE_URI, BUNDLED};
pub use finding::SchemaFinding;
pub use user::{SchemaError, UserSchema};

use crate::model::SpecVersion;
use crate::source::Node;

/// Validates a document against the bundled schema of its spec version (which pulls in the `x_`
/// extension schemas through `$ref`s). `None` when there is no bundled schema for the version.
pub fn validate_spec(
    version: SpecVersion,
    document: &serde_json::Value,
) -> Option<Vec<SchemaFinding>> {
    validate_spec_tree(version, &Node::from_json(document))
}

/// [`validate_spec`] on the span-keeping tree a reader produced, without copying it.
pub fn validate_spec_tree(version: SpecVersion, document: &Node) -> Option<Vec<SchemaFinding>> {
    let validator = bundled::spec_validator(version)?;
    let path = spec_schema_path(version)?;
    let uri = format!("{BASE_URI}{path}");
    let root = bundled::document(&uri)?;
    Some(
        validator
            .iter_errors(instance::Instance(document))
            .flat_map(|e| finding::findings_of(&e, root, &uri))
            .collect(),
    )
}

/// The parsed text of a bundled schema by its path below `schemas/`.
pub fn bundled_document(path: &str) -> Option<&'static serde_json::Value> {
    bundled::document(&format!("{BASE_URI}{path}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn v2(extra: serde_json::Value) -> serde_json::Value {
        let mut doc = json!({
            "abstract": "Build and install Perl modules",
            "author": ["Ken Williams <kwilliams@cpan.org>"],
            "dynamic_config": 1,
            "generated_by": "Module::Build version 0.36",
            "license": ["perl_5"],
            "meta-spec": { "version": "2", "url": "https://metacpan.org/pod/CPAN::Meta::Spec" },
            "name": "Module-Build",
            "release_status": "stable",
            "version": "0.36"
        });
        if let (Some(d), serde_json::Value::Object(e)) = (doc.as_object_mut(), extra) {
            d.extend(e);
        }
        doc
    }

    fn findings(doc: &serde_json::Value) -> Vec<SchemaFinding> {
        validate_spec(SpecVersion::V2, doc).expect("v2 is bundled")
    }

    /// Each file is valid JSON Schema 2020-12, and its `$id` is where `BUNDLED` says it is.
    #[test]
    fn every_bundled_schema_is_valid_2020_12() {
        for s in BUNDLED {
            let doc = bundled_document(s.path).expect("parsed");
            assert!(
                jsonschema::meta::validate(doc).is_ok(),
                "{} fails its meta-schema",
                s.path
            );
            assert_eq!(
                doc["$schema"], "https://json-schema.org/draft/2020-12/schema",
                "{}",
                s.path
            );
            assert_eq!(doc["$id"], s.uri(), "{}", s.path);
        }
    }

    /// `schemas/` holds exactly the bundled files, so none is shipped without being embedded.
    #[test]
    fn every_file_in_schemas_is_bundled() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas");
        let mut on_disk = Vec::new();
        for sub in ["", "extensions/", "cpan-metadata-v3/"] {
            for entry in std::fs::read_dir(dir.join(sub)).expect("schemas/ exists") {
                let name = entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned();
                // The configuration's schema describes cpanmeta.toml, not META files; it is
                // generated from the config reader (tests/config_schema.rs), never validated with.
                if name.ends_with(".schema.json") && name != "cpanmeta-config.schema.json" {
                    on_disk.push(format!("{sub}{name}"));
                }
            }
        }
        on_disk.sort();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|s| s.path.to_owned()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }

    /// The Synopsis of CPAN::Meta::Spec is a valid version 2 document.
    #[test]
    fn the_spec_synopsis_is_valid() {
        let doc = v2(json!({
            "description": "Module::Build is a system for building, testing, and installing Perl modules.",
            "prereqs": {
                "runtime": {
                    "requires": { "perl": "5.006", "ExtUtils::Install": "0", "File::Basename": "0" },
                    "recommends": { "Archive::Tar": "1.00", "ExtUtils::ParseXS": "2.02" }
                },
                "build": { "requires": { "Test::More": "0" } }
            },
            "resources": { "license": ["http://dev.perl.org/licenses/"] },
            "optional_features": {
                "domination": {
                    "description": "Take over the world",
                    "prereqs": {
                        "develop": { "requires": { "Genius::Evil": "1.234" } },
                        "runtime": { "requires": { "Machine::Weather": "2.0" } }
                    }
                }
            },
            "keywords": ["toolchain", "cpan", "dual-life"]
        }));
        assert_eq!(findings(&doc), Vec::new());
    }

    #[test]
    fn a_number_is_not_a_version_string() {
        let f = findings(&v2(json!({ "version": 1.1 })));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].pointer, "/version");
        assert_eq!(f[0].keyword, "type");
        assert!(
            f[0].message.contains("expected string, found a number"),
            "{}",
            f[0].message
        );
        assert!(f[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("must not be serialized"));
    }

    #[test]
    fn missing_keys_are_reported_at_the_map_with_the_keys_description() {
        let mut doc = v2(json!({}));
        doc.as_object_mut().map(|d| d.remove("abstract"));
        let f = findings(&doc);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].pointer.as_str(), f[0].at_key), ("", false));
        assert_eq!(
            f[0].message,
            "the document lacks the required key `abstract` (required)"
        );
        assert!(f[0]
            .help
            .as_deref()
            .unwrap_or("")
            .starts_with("(Spec 1.2) [required] {String}"));
    }

    #[test]
    fn unknown_and_deprecated_keys_are_reported_at_the_key() {
        let f = findings(&v2(json!({ "homepage": "x", "requires": { "Foo": "1" } })));
        let unknown = f
            .iter()
            .find(|f| f.pointer == "/homepage")
            .expect("homepage");
        assert!(unknown.at_key);
        assert_eq!(unknown.keyword, "additionalProperties");
        let deprecated = f
            .iter()
            .find(|f| f.pointer == "/requires")
            .expect("requires");
        assert_eq!(
            deprecated.help.as_deref(),
            Some("Deprecated in Spec 2: replaced by prereqs.")
        );
    }

    #[test]
    fn formats_name_themselves_and_keys_are_checked() {
        let f = findings(&v2(json!({
            "prereqs": { "runtime": { "requires": { "Foo-Bar": "0", "Baz": "=> 1" } } }
        })));
        let range = f.iter().find(|f| f.keyword == "format").expect("range");
        assert_eq!(range.pointer, "/prereqs/runtime/requires/Baz");
        assert!(range
            .message
            .contains("does not match format cpan-version-range"));
        let key = f
            .iter()
            .find(|f| f.keyword == "propertyNames")
            .expect("key");
        assert_eq!(
            (key.pointer.as_str(), key.at_key),
            ("/prereqs/runtime/requires/Foo-Bar", true)
        );
        assert!(key.message.contains("cpan-module"));
    }

    #[test]
    fn an_underscore_version_cannot_be_stable() {
        let f = findings(&v2(json!({ "version": "1.23_01" })));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].pointer, "/release_status");
        let ok = findings(&v2(
            json!({ "version": "1.23_01", "release_status": "testing" }),
        ));
        assert!(ok.is_empty());
    }

    #[test]
    fn extension_findings_are_told_apart() {
        let f = findings(&v2(json!({ "x_static_install": "yes", "x_whatever": [1] })));
        assert_eq!(f.len(), 1);
        assert!(f[0].is_extension());
        assert_eq!(f[0].pointer, "/x_static_install");
        assert!(f[0].message.contains("is not one of"));
    }

    #[test]
    fn version_1_4_uses_its_own_license_list() {
        let doc = json!({
            "meta-spec": { "version": "1.4" }, "name": "Foo", "version": "1.0", "abstract": "Foo",
            "author": ["A <a@example.com>"], "license": "perl_5", "generated_by": "hand"
        });
        let f = validate_spec(SpecVersion::V1_4, &doc).expect("1.4 is bundled");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].pointer.as_str(), f[0].keyword.as_str()),
            ("/license", "enum")
        );
        assert!(validate_spec(SpecVersion::V1_3, &doc).is_none());
    }

    #[test]
    fn user_schemas_can_use_the_cpan_formats_and_bundled_definitions() {
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
                "x_security_contact": { "type": "string" },
                "x_min_perl": { "$ref": format!("{BASE_URI}cpan-meta-common.schema.json#/$defs/version") },
                "x_owner_module": { "type": "string", "format": "cpan-module" }
            },
            "required": ["x_security_contact"]
        });
        let user = UserSchema::compile(schema, "org.schema.json").expect("compiles");
        let bad = json!({ "x_min_perl": "5.8.x", "x_owner_module": "Foo-Bar" });
        let mut f: Vec<_> = user
            .validate(&bad)
            .into_iter()
            .map(|f| (f.pointer, f.keyword))
            .collect();
        f.sort();
        assert_eq!(
            f,
            [
                (String::new(), "required".to_owned()),
                ("/x_min_perl".to_owned(), "format".to_owned()),
                ("/x_owner_module".to_owned(), "format".to_owned()),
            ]
        );
        let good = json!({ "x_security_contact": "sec@example.com", "x_min_perl": "5.008" });
        assert!(user.validate(&good).is_empty());
    }

    #[test]
    fn an_invalid_user_schema_is_an_error() {
        let err = UserSchema::compile(json!({ "type": "invalid_type" }), "bad.json").unwrap_err();
        assert!(err.to_string().contains("bad.json"), "{err}");
        let unresolvable = json!({ "$ref": "https://example.com/elsewhere.json" });
        assert!(UserSchema::compile(unresolvable, "ref.json").is_err());
    }
}
