use super::{version_strings_where, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location, Severity};
use crate::source::Value;

crate::declare_rule! {
    /// ## What it does
    /// Flags a distribution `version` or `provides` package `version` written as a JSON number
    /// instead of a string.
    ///
    /// ## Why is this bad?
    /// Perl's JSON decoders turn a number into a floating-point value, so `1.10` is read as
    /// `1.1` and `2.000` as `2`: the version the toolchain sees is not the one you wrote, and
    /// `1.10` (the tenth release) becomes older than `1.9`. CPAN::Meta::Validator only sees the
    /// decoded value and cannot tell. When the decoded value differs from the text, the finding
    /// is an error; otherwise it is a warning (the next release may not be so lucky).
    ///
    /// ## Example
    /// ```json
    /// { "version": 1.10 }
    /// ```
    ///
    /// ## How to fix
    /// Quote the version: `"version": "1.10"`.
    ///
    /// The fix quotes the number. It is *safe* when Perl reads the number as the same text (`1.2`),
    /// and *unsafe* when it does not (`1.10`, read as `1.1`): then quoting changes the version Perl
    /// sees to the one written.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "Version Formats": "Version numbers must be treated as strings, not
    /// numbers. For example, 1.200 must not be serialized as 1.2."
    pub static VERSION_AS_NUMBER = {
        code: "CM201", name: "version-as-number", group: Strict,
        severity: Error, modes: StrictOnly, fix: Safe,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, node) in version_strings_where(cx, |n| matches!(n.value, Value::Number(_))) {
        let Value::Number(n) = &node.value else {
            continue;
        };
        let changed = n.raw != n.perl;
        let (message, severity, applicability) = if changed {
            (
                format!(
                    "version `{}` is a JSON number, and Perl reads it as `{}`",
                    n.raw, n.perl
                ),
                Severity::Error,
                Applicability::Unsafe,
            )
        } else {
            (
                format!(
                    "version `{}` is a JSON number; versions must be strings",
                    n.raw
                ),
                Severity::Warning,
                Applicability::Safe,
            )
        };
        let mut d = Diagnostic::new(
            &VERSION_AS_NUMBER,
            message,
            Location::new(pointer, Some(node.span)),
        )
        .with_severity(severity)
        .with_help(format!("write it as a string: \"{}\"", n.raw))
        .with_spec("CPAN::Meta::Spec 2, \"Version Formats\"");
        if !node.span.is_empty() {
            d = d.with_fix(Fix {
                title: format!("quote the version as \"{}\"", n.raw),
                applicability,
                edits: vec![Edit {
                    span: node.span,
                    content: format!("\"{}\"", n.raw),
                }],
            });
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use crate::source::{Node, Number};
    use serde_json::json;

    #[test]
    fn flags_numbers_and_leaves_strings_alone() {
        let doc = json!({
            "version": 1.5,
            "provides": {"A": {"file": "lib/A.pm", "version": "1.5"}},
        });
        let found = run(check, "2", &doc);
        assert_eq!(pointers(&found), ["/version"]);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_number_perl_reads_differently_is_an_error() {
        // `Node::from_json` cannot keep `1.10`'s text; build the number as the JSON reader does.
        let mut root = Node::from_json(&json!({"version": 0}));
        if let Value::Object(map) = &mut root.value {
            map.entries[0].value.value = Value::Number(Box::new(Number {
                raw: "1.10".into(),
                perl: "1.1".into(),
            }));
        }
        let found = crate::rules::test_support::check_on(
            check,
            &root,
            b"",
            crate::source::Format::Json,
            &crate::rules::test_support::spec("2"),
            &crate::lint::LintOptions::default(),
        );
        assert_eq!(found[0].severity, Severity::Error);
        assert!(found[0].message.contains("reads it as `1.1`"));
    }
}
