use super::{span_within, Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::expression::ProblemKind;

crate::declare_rule! {
    /// ## What it does
    /// Checks that `x_spdx_expression` is a string holding a well-formed SPDX license
    /// expression, and points at the exact character where it goes wrong.
    ///
    /// ## Why is this bad?
    /// `x_spdx_expression` is the de-facto place for a precise license (Dist::Zilla and
    /// Software::License write it), and SBOM tools copy it verbatim. A malformed expression is
    /// rejected by every SPDX consumer.
    ///
    /// ## Example
    /// ```json
    /// { "x_spdx_expression": "Artistic-1.0-Perl OR" }
    /// ```
    ///
    /// ## How to fix
    /// Write an SPDX expression: license ids joined with `AND` / `OR`, `WITH` for exceptions,
    /// parentheses for grouping: `"Artistic-1.0-Perl OR GPL-1.0-or-later"`.
    ///
    /// ## Reference
    /// SPDX specification, Annex D "SPDX license expressions"; parsed strictly with the `spdx`
    /// crate.
    pub static RULE = { code: "CM510", name: "spdx-expression-invalid", group: License, severity: Error, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    let Some((node, checked)) = &f.x_spdx else {
        return;
    };
    let Some(checked) = checked else {
        out.push(
            Diagnostic::new(
                &RULE,
                format!(
                    "`x_spdx_expression` is a {}, not a string holding an SPDX license expression",
                    node.value.kind()
                ),
                Location::new("/x_spdx_expression", Some(node.span)),
            )
            .with_help("write the expression as one string, e.g. \"MIT OR Apache-2.0\""),
        );
        return;
    };
    let Some(text) = node.value.as_str() else {
        return;
    };
    for p in checked
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Syntax)
    {
        let span = span_within(cx, node, text, &p.range);
        out.push(
            Diagnostic::new(&RULE, format!("invalid SPDX expression: {}", p.message), Location::new("/x_spdx_expression", Some(span)))
                .with_help("license ids joined with AND / OR, WITH before an exception, parentheses for grouping"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn malformed_expressions_and_non_strings_are_invalid() {
        let d = run(
            &json!({"license": ["perl_5"], "x_spdx_expression": "Artistic-1.0-Perl OR"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.iter().filter(|d| d.code == "CM510").count(), 1);
        let d = run(
            &json!({"license": ["mit"], "x_spdx_expression": ["MIT"]}),
            Some(SpecVersion::V2),
        );
        assert!(d
            .iter()
            .any(|d| d.code == "CM510" && d.message.starts_with("`x_spdx_expression` is a list")));
    }
}
