use super::{report_expression_problems, Context, Facts};
use crate::diagnostic::Diagnostic;
use crate::license::expression::ProblemKind;

crate::declare_rule! {
    /// ## What it does
    /// Flags deprecated SPDX ids in `x_spdx_expression` (`LGPL-2.1`, `GPL-2.0+`,
    /// `BSD-2-Clause-FreeBSD` ...) and gives the id that replaced each.
    ///
    /// ## Why is this bad?
    /// Strict SPDX tooling rejects deprecated ids, and the bare GNU ids are ambiguous: `GPL-2.0`
    /// does not say "only" or "or later". cpanmeta reads `LGPL-2.1` as `LGPL-2.1-only`, the
    /// SPDX list's own reading.
    ///
    /// ## Example
    /// ```json
    /// { "x_spdx_expression": "LGPL-2.1" }
    /// ```
    ///
    /// ## How to fix
    /// Use the current id: `LGPL-2.1-only` (or `LGPL-2.1-or-later` if the license grants later
    /// versions). The automatic fix applies the SPDX list's replacement.
    ///
    /// The fix is *safe*: the SPDX list names the replacement id, which denotes the same license.
    ///
    /// ## Reference
    /// SPDX License List, deprecated identifiers.
    pub static RULE = { code: "CM511", name: "spdx-deprecated-id", group: License, severity: Warning, modes: StrictOnly, fix: Safe }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    report_expression_problems(cx, f, &RULE, |k| k == ProblemKind::Deprecated, out);
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn deprecated_ids_name_their_replacement() {
        let d = run(
            &json!({"license": ["lgpl_2_1"], "x_spdx_expression": "LGPL-2.1"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            d[0].message,
            "`LGPL-2.1` is a deprecated SPDX license id; its replacement is `LGPL-2.1-only`"
        );
    }
}
