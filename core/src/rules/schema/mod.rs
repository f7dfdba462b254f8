//! Rules of the `schema` group: JSON Schema validation with the bundled schemas (the spec as
//! written and the common `x_` keys, strict mode) and with the user's own schemas (both modes).

mod extension_schema;
mod spec_schema;
mod user_schema;

pub use extension_schema::EXTENSION_SCHEMA;
pub use spec_schema::SPEC_SCHEMA;
pub use user_schema::USER_SCHEMA;

use crate::diagnostic::Diagnostic;
#[cfg(feature = "schema")]
use crate::diagnostic::Location;
use crate::registry::RuleMeta;
#[cfg(feature = "schema")]
use crate::schema::{self, SchemaFinding};
#[cfg(feature = "schema")]
use crate::source::Node;

pub static RULES: &[&RuleMeta] = &[&SPEC_SCHEMA, &EXTENSION_SCHEMA, &USER_SCHEMA];

/// Without the `schema` feature (the WebAssembly build leaves it out for size) the rules exist
/// but never fire.
#[cfg(not(feature = "schema"))]
pub(crate) fn check(_cx: &super::Context<'_>, _out: &mut Vec<Diagnostic>) {}

#[cfg(feature = "schema")]
pub(crate) fn check(cx: &super::Context<'_>, out: &mut Vec<Diagnostic>) {
    let bundled = cx.options.enables(&SPEC_SCHEMA) || cx.options.enables(&EXTENSION_SCHEMA);
    let user = cx.options.enables(&USER_SCHEMA) && !cx.options.schemas.is_empty();
    if !bundled && !user {
        return;
    }
    if bundled {
        if let Some(version) = cx.spec.validator {
            let schema_file = schema::spec_schema_path(version).unwrap_or_default();
            for finding in schema::validate_spec_tree(version, cx.root).unwrap_or_default() {
                let d = if finding.is_extension() {
                    diagnostic(
                        &EXTENSION_SCHEMA,
                        cx.root,
                        &finding,
                        finding.message.clone(),
                    )
                } else {
                    diagnostic(&SPEC_SCHEMA, cx.root, &finding, finding.message.clone()).with_spec(
                        format!(
                            "CPAN::Meta::Spec {} as written (schemas/{schema_file})",
                            version.as_str()
                        ),
                    )
                };
                out.push(d);
            }
        }
    }
    if user {
        let document = cx.root.value.to_json();
        for user_schema in &cx.options.schemas {
            for finding in user_schema.validate(&document) {
                let message = format!("{} [schema {}]", finding.message, user_schema.name);
                out.push(diagnostic(&USER_SCHEMA, cx.root, &finding, message));
            }
        }
    }
}

/// A diagnostic located at the finding's pointer: the key for findings about a key, else the
/// value (for a missing key, the map that lacks it).
#[cfg(feature = "schema")]
pub(crate) fn diagnostic(
    rule: &RuleMeta,
    root: &Node,
    finding: &SchemaFinding,
    message: String,
) -> Diagnostic {
    let span = if finding.at_key {
        root.key_span(&finding.pointer)
    } else {
        root.pointer(&finding.pointer).map(|n| n.span)
    };
    let mut d = Diagnostic::new(rule, message, Location::new(finding.pointer.clone(), span));
    if let Some(help) = &finding.help {
        d = d.with_help(help.clone());
    }
    d
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use std::sync::Arc;

    use serde_json::json;

    use super::*;
    use crate::lint::{LintOptions, Mode};
    use crate::rules::test_support;
    use crate::schema::UserSchema;
    use crate::source::{Entry, Format, Number, Object, Span, Value};

    /// `{"name":"Foo","version":1.1,"homepage":"x"}` with the spans a reader gives it.
    const TEXT: &str = r#"{"name":"Foo","version":1.1,"homepage":"x"}"#;

    fn entry(key: &str, key_at: usize, value: Value, value_span: (usize, usize)) -> Entry {
        Entry {
            key: key.to_owned(),
            key_span: Span::new(key_at, key_at + key.len() + 2),
            value: Node::new(value, Span::new(value_span.0, value_span.1)),
        }
    }

    fn root() -> Node {
        let number = Number {
            raw: "1.1".into(),
            perl: "1.1".into(),
        };
        Node::new(
            Value::Object(Object {
                entries: vec![
                    entry("name", 1, Value::String("Foo".into()), (8, 13)),
                    entry("version", 14, Value::Number(Box::new(number)), (24, 27)),
                    entry("homepage", 28, Value::String("x".into()), (39, 42)),
                ],
            }),
            Span::new(0, TEXT.len()),
        )
    }

    fn run(options: &LintOptions) -> Vec<Diagnostic> {
        let root = root();
        let spec = test_support::spec("2");
        test_support::check_on(check, &root, TEXT.as_bytes(), Format::Json, &spec, options)
    }

    fn at<'a>(out: &'a [Diagnostic], pointer: &str) -> &'a Diagnostic {
        out.iter()
            .find(|d| d.location.pointer == pointer)
            .unwrap_or_else(|| panic!("no finding at {pointer}: {out:#?}"))
    }

    #[test]
    fn strict_mode_locates_values_keys_and_missing_keys() {
        let out = run(&LintOptions::new(Mode::Strict));
        assert!(out.iter().all(|d| d.code == "CM300"), "{out:#?}");
        let version = at(&out, "/version");
        assert_eq!(
            version.location.span,
            Some(Span::new(24, 27)),
            "the value 1.1"
        );
        let homepage = at(&out, "/homepage");
        assert_eq!(
            homepage.location.span,
            Some(Span::new(28, 38)),
            "the key \"homepage\""
        );
        let missing = at(&out, "");
        assert_eq!(
            missing.location.span,
            Some(Span::new(0, TEXT.len())),
            "the whole map"
        );
        assert!(missing.help.is_some());
    }

    #[test]
    fn compat_mode_runs_only_user_schemas() {
        let mut options = LintOptions::new(Mode::Compat);
        assert!(run(&options).is_empty());
        let schema = json!({ "properties": { "name": { "pattern": "^[a-z]" } } });
        let user = UserSchema::compile(schema, "lower.json").expect("compiles");
        options.schemas.push(Arc::new(user));
        let out = run(&options);
        assert_eq!(out.len(), 1, "{out:#?}");
        assert_eq!(out[0].code, "CM302");
        assert_eq!(out[0].location.span, Some(Span::new(8, 13)));
        assert!(
            out[0].message.ends_with("[schema lower.json]"),
            "{}",
            out[0].message
        );
    }

    #[test]
    fn ignoring_the_rules_skips_validation() {
        let mut options = LintOptions::new(Mode::Strict);
        options.ignore.push("schema".into());
        assert!(run(&options).is_empty());
    }
}
