//! Conversion of a META document to spec 2 as `CPAN::Meta::Converter->new($data)->convert(version
//! => 2)` (CPAN::Meta 2.150010) does it — what `CPAN::Meta->load_file` holds and `as_string`
//! writes — except that every lossy step the Converter takes silently is reported as a
//! diagnostic of the `convert` group (CM350–CM369).
//!
//! The conversion works on `serde_json` values in the form Perl holds the data
//! ([`Value::to_perl_json`](crate::source::Value::to_perl_json), then the Converter's `_dclone`).
//! Each step ends with the Validator's verdict on its result, as the Converter's does: an invalid
//! result stops the conversion (`CPAN::Meta->load_file` dies), reported as CM350.

mod fields;
pub mod json_pp;
pub(crate) mod perl;
mod prereqs;
mod spec;
mod steps;

use serde_json::Value as J;

use crate::diagnostic::{Diagnostic, Location};
use crate::lint::LintOptions;
use crate::model::{SpecChoice, SpecVersion};
use crate::registry::RuleMeta;
use crate::rules::convert as rules;
use crate::source::{self, Format, LineIndex, Node, Value};

/// `CPAN::Meta::Converter->VERSION`: the reference the conversion follows.
pub const CONVERTER_VERSION: &str = "2.150010";

/// One lossy step: the rule, where (a pointer into the document being converted, which keeps
/// the original's paths for everything the conversion does not move) and what happened.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Loss {
    pub rule: &'static RuleMeta,
    pub pointer: String,
    pub message: String,
}

/// The state of one conversion.
pub(crate) struct Cx {
    /// The spec version the current step converts to.
    to: &'static str,
    /// What `_generated_by` appends.
    signature: String,
    /// `meta-spec/version` of a spec-2 document cleaned up: `_extract_spec_version` returns the
    /// declared scalar itself when it is exactly `2`, and only a YAML string stays a string in
    /// JSON::PP's output (measured on the corpus); otherwise the number 2.
    cleanup_version: serde_json::Value,
    losses: Vec<Loss>,
    /// Where the conversion died, when a value is to blame.
    failed_at: Option<String>,
}

impl Cx {
    fn fail_at(&mut self, pointer: &str) {
        self.failed_at.get_or_insert_with(|| pointer.to_owned());
    }

    fn loss(&mut self, rule: &'static RuleMeta, pointer: &str, message: String) {
        let loss = Loss {
            rule,
            pointer: pointer.to_owned(),
            message,
        };
        let same = |l: &Loss| {
            l.rule.code == loss.rule.code && l.pointer == loss.pointer && l.message == loss.message
        };
        if !self.losses.iter().any(same) {
            self.losses.push(loss);
        }
    }

    fn defaulted(&mut self, f: &spec::Field<'_>, value: &str) {
        let key = f.at.rsplit('/').next().unwrap_or_default().to_owned();
        self.loss(
            &rules::convert_field_defaulted::RULE,
            &f.at,
            format!("`{key}` is missing or empty: the Converter fills in {value}"),
        );
    }

    fn resource_dropped(&mut self, pointer: &str, v: &J) {
        let what = match v {
            J::Array(_) => "a list".to_owned(),
            J::Object(_) => "a map".to_owned(),
            other => format!("`{}`", perl::string(Some(other)).unwrap_or_default()),
        };
        self.loss(
            &rules::convert_resource_dropped::RULE,
            pointer,
            format!(
                "{what} is not a URL (or not in the shape spec 2 wants): the Converter drops it"
            ),
        );
    }

    fn value_dropped(&mut self, pointer: &str, why: &str) {
        self.loss(
            &rules::convert_value_dropped::RULE,
            pointer,
            format!("{why}: the Converter drops this value"),
        );
    }
}

/// The spec versions in conversion order.
const CHAIN: &[(&str, &spec::Spec)] = &[
    ("1.1", &steps::V1_1_FROM_1_0),
    ("1.2", &steps::V1_2_FROM_1_1),
    ("1.3", &steps::V1_3_FROM_1_2),
    ("1.4", &steps::V1_4_FROM_1_3),
    ("2", &steps::V2_FROM_1_4),
];

/// The Validator's findings on a step's result, as the messages `->errors` returns; the first
/// one's place is where the conversion is said to fail.
fn validator_errors(cx: &mut Cx, doc: &J) -> Vec<String> {
    let found = crate::rules::spec::validate(&Node::from_json(doc));
    if let Some(first) = found.iter().find(|d| d.compat_message.is_some()) {
        cx.fail_at(&first.location.pointer);
    }
    found.into_iter().filter_map(|d| d.compat_message).collect()
}

/// The outcome of [`to_v2`]: the converted document, or why the Converter dies; and the losses.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Converted {
    pub from: SpecVersion,
    pub document: Result<J, String>,
    pub losses: Vec<Loss>,
    /// Where the conversion died, when a value is to blame (a pointer into the document).
    pub failed_at: Option<String>,
}

/// Converts a parsed document (a map) to spec 2. `signature` is what `generated_by` gets appended
/// (the Converter appends `CPAN::Meta::Converter version 2.150010`).
pub fn to_v2(root: &Node, format: Format, signature: &str) -> Converted {
    let from = match &root.value {
        Value::Object(map) => SpecChoice::of(map).converter.unwrap_or(SpecVersion::V1_0),
        _ => SpecVersion::V1_0,
    };
    let declared = root
        .pointer("/meta-spec/version")
        .and_then(|v| v.value.as_str());
    let cleanup_version = if format == Format::Yaml && declared == Some("2") {
        J::String("2".to_owned())
    } else {
        J::from(2)
    };
    let mut cx = Cx {
        to: "2",
        signature: signature.to_owned(),
        cleanup_version,
        losses: Vec::new(),
        failed_at: None,
    };
    let document = run(&mut cx, perl::dclone(&root.value.to_perl_json()), from);
    Converted {
        from,
        document,
        losses: cx.losses,
        failed_at: cx.failed_at,
    }
}

fn run(cx: &mut Cx, mut doc: J, from: SpecVersion) -> Result<J, String> {
    if from == SpecVersion::V2 {
        cx.to = "2-cleanup";
        let out = J::Object(spec::convert(cx, &doc, &steps::CLEANUP_2, "")?);
        let errors = validator_errors(cx, &out);
        if !errors.is_empty() {
            return Err(format!(
                "Failed to clean-up 2 metadata. Errors:\n{}",
                errors.join("\n")
            ));
        }
        return Ok(out);
    }
    let start = CHAIN
        .iter()
        .position(|(v, _)| *v > from.as_str())
        .unwrap_or(CHAIN.len());
    for (version, table) in &CHAIN[start..] {
        cx.to = version;
        doc = J::Object(spec::convert(cx, &doc, table, "")?);
        let errors = validator_errors(cx, &doc);
        if !errors.is_empty() {
            return Err(format!(
                "Failed to upconvert metadata to {version}. Errors:\n{}",
                errors.join("\n")
            ));
        }
    }
    Ok(doc)
}

/// The result of [`convert`]: the spec-2 document (absent when the Converter would die) and the
/// diagnostics of the `convert` group, located in the input.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Conversion {
    /// The spec version the input was read as (absent when it could not be read).
    pub from: Option<SpecVersion>,
    pub document: Option<J>,
    /// The document as `as_string` writes it.
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Conversion {
    /// The findings as a [`Report`](crate::Report) of the input, for the renderers: what `lint`
    /// says of `bytes` read as `filename` (its parse result, the Validator's verdict, license
    /// and purl), with the conversion's findings as its diagnostics.
    pub fn report(&self, bytes: &[u8], filename: Option<String>) -> crate::Report {
        let mut options = LintOptions::new(crate::Mode::Strict);
        options.filename = filename;
        // Only the Validator port runs (it always does); its findings are not this report's.
        options.select = vec![rules::convert_failed::RULE.code.to_owned()];
        let mut report = crate::lint(bytes, &options);
        report.diagnostics.clone_from(&self.diagnostics);
        report
    }
}

/// Reads `bytes` (format from `options.filename`, else sniffed) and converts it to spec 2.
/// `signature` is appended to `generated_by` as the Converter appends its own name.
pub fn convert(bytes: &[u8], options: &LintOptions, signature: &str) -> Conversion {
    let format = options
        .format
        .or_else(|| options.filename.as_deref().and_then(Format::from_filename))
        .unwrap_or_else(|| Format::sniff(bytes));
    let read = source::read(bytes, format);
    let lines = LineIndex::deferred();
    let mut diagnostics = Vec::new();
    let failed = |message: String, root: Option<&Node>| {
        Diagnostic::new(
            &rules::convert_failed::RULE,
            message,
            Location::new("", root.map(|r| r.span)),
        )
    };
    let root = match &read.root {
        Some(root) if matches!(root.value, Value::Object(_)) && read.perl_error.is_none() => root,
        other => {
            let why = read
                .perl_error
                .clone()
                .or_else(|| {
                    let first = read
                        .diagnostics
                        .iter()
                        .find(|d| d.severity == crate::Severity::Error);
                    first.filter(|_| other.is_none()).map(|d| d.message.clone())
                })
                .unwrap_or_else(|| "the file does not hold a map".to_owned());
            diagnostics.push(failed(format!("cannot convert: {why}"), other.as_ref()));
            return finish(bytes, &lines, options, None, None, diagnostics);
        }
    };
    let converted = to_v2(root, format, signature);
    for loss in &converted.losses {
        let (pointer, node) = nearest(root, &loss.pointer);
        diagnostics.push(Diagnostic::new(
            loss.rule,
            loss.message.clone(),
            Location::new(pointer, Some(node.span)),
        ));
    }
    let document = match converted.document {
        Ok(doc) => Some(doc),
        Err(e) => {
            let message = format!("CPAN::Meta::Converter cannot convert this document: {e}");
            diagnostics.push(match &converted.failed_at {
                Some(p) => {
                    let (pointer, node) = nearest(root, p);
                    Diagnostic::new(
                        &rules::convert_failed::RULE,
                        message,
                        Location::new(pointer, Some(node.span)),
                    )
                }
                None => failed(message, Some(root)),
            });
            None
        }
    };
    finish(
        bytes,
        &lines,
        options,
        Some(converted.from),
        document,
        diagnostics,
    )
}

fn finish(
    bytes: &[u8],
    lines: &LineIndex,
    options: &LintOptions,
    from: Option<SpecVersion>,
    document: Option<J>,
    mut diagnostics: Vec<Diagnostic>,
) -> Conversion {
    crate::lint::finish_diagnostics(&mut diagnostics, bytes, lines, options);
    Conversion {
        from,
        text: document.as_ref().map(json_pp::to_string),
        document,
        diagnostics,
    }
}

/// The node at `pointer` in the original, or at its nearest ancestor that exists there.
fn nearest<'a>(root: &'a Node, pointer: &str) -> (String, &'a Node) {
    let mut p = pointer.to_owned();
    loop {
        if let Some(node) = root.pointer(&p) {
            return (p, node);
        }
        match p.rfind('/') {
            Some(i) => p.truncate(i),
            None => return (String::new(), root),
        }
    }
}

#[cfg(test)]
mod tests;
