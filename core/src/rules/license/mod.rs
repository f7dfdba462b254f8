//! Rules of the `license` group (CM500–CM599): the license vocabulary of each spec version, the
//! SPDX mapping, `x_spdx_expression`, and license URLs.
//!
//! CPAN::Meta::Validator already rejects strings outside the spec version's vocabulary (CM1xx);
//! the vocabulary rules here add what it does not say (what was meant, and the fix) and run in
//! strict mode only. Everything the Validator is silent about runs in both modes.

mod list_ambiguous;
mod not_specific;
mod other_version;
mod spdx_contradicts;
mod spdx_deprecated;
mod spdx_invalid;
mod spdx_license_ref;
mod spdx_omits;
mod spdx_unknown_id;
mod string_foreign;
mod string_is_url;
mod unversioned;
mod url_contradicts;
mod wrong_case;

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::license::vocabulary::{self, Reading};
use crate::license::{self, CheckedExpression, Entry, Vocabulary};
use crate::registry::RuleMeta;
use crate::source::{Node, Span};

use super::Context;

pub static RULES: &[&RuleMeta] = &[
    &wrong_case::RULE,
    &other_version::RULE,
    &string_foreign::RULE,
    &string_is_url::RULE,
    &unversioned::RULE,
    &not_specific::RULE,
    &list_ambiguous::RULE,
    &spdx_invalid::RULE,
    &spdx_deprecated::RULE,
    &spdx_unknown_id::RULE,
    &spdx_license_ref::RULE,
    &spdx_contradicts::RULE,
    &spdx_omits::RULE,
    &url_contradicts::RULE,
];

/// One `license` string, where it is, and how it reads.
pub(crate) struct LicenseString<'a> {
    pub pointer: String,
    pub node: &'a Node,
    pub written: String,
    pub reading: Reading,
}

/// What the license rules share, computed once per document.
pub(crate) struct Facts<'a> {
    /// The vocabulary the Validator judges by; `None` when it knows no such spec version.
    pub vocabulary: Option<Vocabulary>,
    pub strings: Vec<LicenseString<'a>>,
    /// The table entries CPAN::Meta reads the strings as.
    pub entries: Vec<&'static Entry>,
    /// `x_spdx_expression`, its node, and the check of its text when it is a string.
    pub x_spdx: Option<(&'a Node, Option<CheckedExpression>)>,
    pub expression: license::LicenseExpression,
}

impl<'a> Facts<'a> {
    fn new(cx: &Context<'a>) -> Self {
        let vocabulary = vocabulary::of_spec(cx.spec);
        let reading_vocabulary = license::vocabulary_of(cx.map, cx.spec);
        let strings: Vec<LicenseString<'a>> = license::license_strings(cx.map)
            .into_iter()
            .map(|(pointer, node, written)| {
                let reading = vocabulary::read(&written, reading_vocabulary);
                LicenseString {
                    pointer,
                    node,
                    written,
                    reading,
                }
            })
            .collect();
        let entries = strings
            .iter()
            .filter_map(|s| s.reading.as_read_by_cpan_meta())
            .collect();
        let x_spdx = cx.map.get("x_spdx_expression").map(|node| {
            (
                node,
                node.value.as_str().map(license::check_spdx_expression),
            )
        });
        let readings: Vec<(String, Reading)> = strings
            .iter()
            .map(|s| (s.written.clone(), s.reading.clone()))
            .collect();
        let expression = license::resolve(&readings, x_spdx.as_ref().and_then(|(_, c)| c.as_ref()));
        Facts {
            vocabulary,
            strings,
            entries,
            x_spdx,
            expression,
        }
    }

    /// A valid (or only deprecated) `x_spdx_expression` that agrees with `license`.
    pub fn usable_x_spdx(&self) -> bool {
        self.expression.source == license::Source::XSpdxExpression
    }
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let f = Facts::new(cx);
    wrong_case::check(cx, &f, out);
    other_version::check(cx, &f, out);
    string_foreign::check(cx, &f, out);
    string_is_url::check(cx, &f, out);
    unversioned::check(cx, &f, out);
    not_specific::check(cx, &f, out);
    list_ambiguous::check(cx, &f, out);
    spdx_invalid::check(cx, &f, out);
    spdx_deprecated::check(cx, &f, out);
    spdx_unknown_id::check(cx, &f, out);
    spdx_license_ref::check(cx, &f, out);
    spdx_contradicts::check(cx, &f, out);
    spdx_omits::check(cx, &f, out);
    url_contradicts::check(cx, &f, out);
}

/// How a scalar's text sits in the file: its content starts at `offset` and is written verbatim
/// (no escapes), quoted with `quote` (or plain).
struct Verbatim {
    offset: usize,
    quote: Option<char>,
}

fn verbatim(cx: &Context<'_>, node: &Node, text: &str) -> Option<Verbatim> {
    let raw = cx.bytes.get(node.span.range())?;
    if raw == text.as_bytes() && !raw.is_empty() {
        return Some(Verbatim {
            offset: node.span.start as usize,
            quote: None,
        });
    }
    let (&first, rest) = raw.split_first()?;
    let (&last, inner) = rest.split_last()?;
    if (first == b'"' || first == b'\'') && last == first && inner == text.as_bytes() {
        return Some(Verbatim {
            offset: node.span.start as usize + 1,
            quote: Some(char::from(first)),
        });
    }
    None
}

/// The span of `range` of a string value in the file, or the whole value when the text is not
/// written verbatim (escapes) or has no source.
pub(crate) fn span_within(
    cx: &Context<'_>,
    node: &Node,
    text: &str,
    range: &std::ops::Range<usize>,
) -> Span {
    match verbatim(cx, node, text) {
        Some(v) if range.end <= text.len() => {
            Span::new(v.offset + range.start, v.offset + range.end)
        }
        _ => node.span,
    }
}

/// A fix replacing a whole string value with `new` (kept in the value's quoting style).
pub(crate) fn replace_value(
    cx: &Context<'_>,
    node: &Node,
    old: &str,
    new: &str,
    title: String,
    applicability: Applicability,
) -> Option<Fix> {
    let v = verbatim(cx, node, old)?;
    let content = match v.quote {
        Some(q) => format!("{q}{new}{q}"),
        None => new.to_owned(),
    };
    Some(Fix {
        title,
        applicability,
        edits: vec![Edit {
            span: node.span,
            content,
        }],
    })
}

/// A fix replacing part of a string value.
pub(crate) fn replace_within(
    cx: &Context<'_>,
    node: &Node,
    text: &str,
    range: &std::ops::Range<usize>,
    new: &str,
    title: String,
    applicability: Applicability,
) -> Option<Fix> {
    let v = verbatim(cx, node, text)?;
    if range.end > text.len() {
        return None;
    }
    let span = Span::new(v.offset + range.start, v.offset + range.end);
    Some(Fix {
        title,
        applicability,
        edits: vec![Edit {
            span,
            content: new.to_owned(),
        }],
    })
}

/// Reports the problems of `x_spdx_expression` that `wanted` picks as findings of `rule`, each at
/// its exact characters, with the id's replacement as a safe fix where there is one. (Deprecated
/// and unknown ids are separate rules with separate levels, found by one parse.)
pub(crate) fn report_expression_problems(
    cx: &Context<'_>,
    f: &Facts<'_>,
    rule: &'static RuleMeta,
    wanted: fn(crate::license::expression::ProblemKind) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    let Some((node, Some(checked))) = &f.x_spdx else {
        return;
    };
    let Some(text) = node.value.as_str() else {
        return;
    };
    for p in checked.problems.iter().filter(|p| wanted(p.kind)) {
        let span = span_within(cx, node, text, &p.range);
        let mut d = Diagnostic::new(
            rule,
            p.message.clone(),
            crate::diagnostic::Location::new("/x_spdx_expression", Some(span)),
        );
        if let Some(help) = &p.help {
            d = d.with_help(help.clone());
        }
        if let Some(r) = &p.replacement {
            let title = format!("Replace with `{r}`");
            if let Some(fix) =
                replace_within(cx, node, text, &p.range, r, title, Applicability::Safe)
            {
                d = d.with_fix(fix);
            }
        }
        out.push(d);
    }
}

/// "CPAN::Meta::Spec 2" / "CPAN::Meta::Spec 1.4" for messages.
pub(crate) fn spec_name(cx: &Context<'_>) -> String {
    match cx.spec.validator.or(cx.spec.converter) {
        Some(v) => format!("CPAN::Meta::Spec {}", v.as_str()),
        None => "CPAN::Meta::Spec".to_owned(),
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Running the group on a document built from JSON, with a hand-built spec choice.
    use super::*;
    use crate::model::{SpecChoice, SpecVersion};
    use crate::rules::test_support;
    use crate::source::{Format, Value};

    /// Runs the group on a document given as JSON data (no source text, so no byte spans).
    pub fn run(doc: &serde_json::Value, version: Option<SpecVersion>) -> Vec<Diagnostic> {
        run_on(&Node::from_json(doc), b"", version)
    }

    /// Runs the group on a META.json text. The tree comes from `serde_json`; each string value
    /// gets the span of the first place its JSON form occurs in the text, which locates the
    /// values of the small documents the tests use.
    pub fn run_text(text: &str, version: Option<SpecVersion>) -> Vec<Diagnostic> {
        let doc: serde_json::Value = serde_json::from_str(text).expect("test JSON");
        let mut root = Node::from_json(&doc);
        locate(&mut root, text);
        run_on(&root, text.as_bytes(), version)
    }

    fn locate(node: &mut Node, text: &str) {
        match &mut node.value {
            Value::String(s) => {
                let quoted = serde_json::to_string(s).expect("string");
                if let Some(i) = text.find(&quoted) {
                    node.span = Span::new(i, i + quoted.len());
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|n| locate(n, text)),
            Value::Object(o) => o
                .entries
                .iter_mut()
                .for_each(|e| locate(&mut e.value, text)),
            _ => {}
        }
    }

    pub fn run_on(root: &Node, bytes: &[u8], version: Option<SpecVersion>) -> Vec<Diagnostic> {
        let spec = SpecChoice {
            declared: version.map_or("1.0", SpecVersion::as_str).to_owned(),
            validator: version,
            converter: version,
        };
        test_support::check_on(
            check,
            root,
            bytes,
            Format::Json,
            &spec,
            &test_support::strict(),
        )
    }

    pub fn codes(doc: &serde_json::Value, version: Option<SpecVersion>) -> Vec<String> {
        run(doc, version).into_iter().map(|d| d.code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{run_on, run_text};
    use crate::diagnostic::Applicability;
    use crate::model::SpecVersion;
    use crate::source::{Node, Span, Value};

    fn apply(text: &str, d: &crate::diagnostic::Diagnostic) -> String {
        let mut out = text.to_owned();
        let fix = d.fix.as_ref().expect("a fix");
        for e in fix.edits.iter().rev() {
            out.replace_range(e.span.range(), &e.content);
        }
        out
    }

    #[test]
    fn spdx_findings_point_at_the_exact_characters() {
        let text =
            r#"{"license": ["perl_5"], "x_spdx_expression": "Artistic-1.0-Perl OR GPL-1.0+"}"#;
        let d = run_text(text, Some(SpecVersion::V2));
        assert_eq!(d.len(), 1, "{d:?}");
        let span = d[0].location.span.unwrap();
        assert_eq!(&text[span.range()], "GPL-1.0+");
        assert_eq!(
            d[0].fix.as_ref().unwrap().applicability,
            Applicability::Safe
        );
        assert_eq!(
            apply(text, &d[0]),
            r#"{"license": ["perl_5"], "x_spdx_expression": "Artistic-1.0-Perl OR GPL-1.0-or-later"}"#
        );

        let text = r#"{"license": ["mit"], "x_spdx_expression": "MIT OR (Apache-2.0"}"#;
        let d = run_text(text, Some(SpecVersion::V2));
        let span = d[0].location.span.unwrap();
        assert_eq!((d[0].code.as_str(), &text[span.range()]), ("CM510", "("));
    }

    #[test]
    fn string_fixes_keep_the_quoting() {
        let text = r#"{"license": ["Perl"], "meta-spec": {"version": "2"}}"#;
        let d = run_text(text, Some(SpecVersion::V2));
        assert_eq!(d[0].code, "CM500");
        assert_eq!(
            apply(text, &d[0]),
            r#"{"license": ["perl_5"], "meta-spec": {"version": "2"}}"#
        );
    }

    #[test]
    fn escaped_text_falls_back_to_the_whole_value() {
        // `\u0020` is a space: the offsets inside the string do not map to bytes one to one.
        let text = "{\"license\": [\"mit\"], \"x_spdx_expression\": \"MIT\\u0020OR\"}";
        let mut root = Node::from_json(&serde_json::from_str(text).unwrap());
        let at = text.find("\"MIT").unwrap();
        if let Value::Object(o) = &mut root.value {
            o.entries[1].value.span = Span::new(at, text.len() - 1);
        }
        let d = run_on(&root, text.as_bytes(), Some(SpecVersion::V2));
        let span = d[0].location.span.unwrap();
        assert_eq!(&text[span.range()], "\"MIT\\u0020OR\"");
    }
}

#[cfg(test)]
mod fixture_tests;
