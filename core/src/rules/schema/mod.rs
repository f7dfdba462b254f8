//! Rules of the `schema` group: JSON Schema validation with the bundled schemas (the spec as
//! written and the common `x_` keys, strict mode) and with the user's own schemas (both modes).

mod extension_schema;
mod spec_schema;
mod user_schema;

pub use extension_schema::EXTENSION_SCHEMA;
pub use spec_schema::SPEC_SCHEMA;
pub use user_schema::USER_SCHEMA;

use crate::diagnostic::{Diagnostic, Location};
use crate::registry::RuleMeta;
use crate::schema::{self, SchemaFinding};
use crate::source::Node;

pub static RULES: &[&RuleMeta] = &[&SPEC_SCHEMA, &EXTENSION_SCHEMA, &USER_SCHEMA];

pub(crate) fn check(cx: &super::Context<'_>, out: &mut Vec<Diagnostic>) {
    let bundled = cx.options.enables(&SPEC_SCHEMA) || cx.options.enables(&EXTENSION_SCHEMA);
    let user = cx.options.enables(&USER_SCHEMA) && !cx.options.schemas.is_empty();
    if !bundled && !user {
        return;
    }
    let document = cx.root.value.to_json();
    if bundled {
        if let Some(version) = cx.spec.validator {
            let spec_text = schema::spec_schema_path(version).unwrap_or_default();
            for finding in schema::validate_spec(version, &document).unwrap_or_default() {
                let rule = if finding.is_extension() {
                    &EXTENSION_SCHEMA
                } else {
                    &SPEC_SCHEMA
                };
                out.push(
                    diagnostic(rule, cx.root, &finding, finding.message.clone())
                        .with_spec(format!("schemas/{spec_text}")),
                );
            }
        }
    }
    if user {
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
