//! One way for rule tests to run a group's check on a document built in memory, so that every
//! group's tests build the [`Context`] the same way `lint()` does.

use crate::diagnostic::Diagnostic;
use crate::lint::{LintOptions, Mode};
use crate::model::{SpecChoice, SpecVersion};
use crate::rules::Context;
use crate::source::{Format, LineIndex, Node, Value};

/// A group's (or a rule's) check function.
pub(crate) type Check = fn(&Context<'_>, &mut Vec<Diagnostic>);

/// The spec choice of a document that declares `declared`, as the Validator and the Converter
/// read it.
pub(crate) fn spec(declared: &str) -> SpecChoice {
    let version = SpecVersion::from_validator_key(declared);
    SpecChoice {
        declared: declared.to_owned(),
        validator: version,
        converter: version,
    }
}

/// A spec choice that declares `declared` but names no version the Validator knows, for checks
/// that must not depend on the version.
pub(crate) fn unversioned(declared: &str) -> SpecChoice {
    SpecChoice {
        declared: declared.to_owned(),
        validator: None,
        converter: None,
    }
}

/// Strict-mode options, the mode every rule test runs in unless it says otherwise.
pub(crate) fn strict() -> LintOptions {
    LintOptions::new(Mode::Strict)
}

/// Runs `check` on `root` (whose value must be a map), read from `bytes` in `format`.
pub(crate) fn check_on(
    check: Check,
    root: &Node,
    bytes: &[u8],
    format: Format,
    spec: &SpecChoice,
    options: &LintOptions,
) -> Vec<Diagnostic> {
    let Value::Object(map) = &root.value else {
        panic!("rule tests run on maps")
    };
    let lines = LineIndex::new(bytes);
    let cx = Context {
        bytes,
        lines: &lines,
        format,
        root,
        map,
        spec,
        options,
    };
    let mut out = Vec::new();
    check(&cx, &mut out);
    out
}

/// Runs `check` on a JSON document given as text (a value tree without spans).
pub(crate) fn check_json(check: Check, text: &str, spec: &SpecChoice) -> Vec<Diagnostic> {
    let value: serde_json::Value = serde_json::from_str(text).expect("test JSON");
    let root = Node::from_json(&value);
    check_on(
        check,
        &root,
        text.as_bytes(),
        Format::Json,
        spec,
        &LintOptions::default(),
    )
}
