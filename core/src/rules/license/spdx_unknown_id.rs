use super::{report_expression_problems, Context, Facts};
use crate::diagnostic::Diagnostic;
use crate::license::expression::ProblemKind;

crate::declare_rule! {
    /// ## What it does
    /// Flags license and exception ids in `x_spdx_expression` that are not on the SPDX lists,
    /// with a did-you-mean when only the case differs (`mit` → `MIT`).
    ///
    /// ## Why is this bad?
    /// An SBOM consumer cannot interpret an id it does not know; strict SPDX tooling rejects the
    /// whole expression.
    ///
    /// ## Example
    /// ```json
    /// { "x_spdx_expression": "Perl" }
    /// ```
    ///
    /// ## How to fix
    /// Use the SPDX id (`Artistic-1.0-Perl OR GPL-1.0-or-later` for Perl's terms). A license
    /// that is not on the SPDX list is written `LicenseRef-<name>`, with its text shipped in the
    /// distribution.
    ///
    /// The fix (only when the id differs from an SPDX id by case alone) is *safe*: SPDX ids are
    /// matched without regard to case, so the license is the same.
    ///
    /// ## Reference
    /// SPDX License List and License Exceptions list (the version the `spdx` crate carries).
    pub static RULE = { code: "CM512", name: "spdx-unknown-id", group: License, severity: Error, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    report_expression_problems(
        cx,
        f,
        &RULE,
        |k| {
            matches!(
                k,
                ProblemKind::UnknownLicense | ProblemKind::UnknownException
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn unknown_ids_are_errors() {
        let d = run(
            &json!({"license": ["mit"], "x_spdx_expression": "mit"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, "CM512");
        assert!(d[0].message.contains("did you mean `MIT`"));
    }
}
