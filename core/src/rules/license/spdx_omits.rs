use super::{Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::consistency;
use crate::license::expression::License;

crate::declare_rule! {
    /// ## What it does
    /// Warns when `x_spdx_expression` names none of the licenses a specific `license` string
    /// stands for (`license: [perl_5, mit]` with `x_spdx_expression: MIT` leaves Perl's terms
    /// out).
    ///
    /// ## Why is this bad?
    /// SBOM tools take `x_spdx_expression` as the license; a license the metadata declares but
    /// the expression drops disappears from the SBOM.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["perl_5", "mit"], "x_spdx_expression": "MIT" }
    /// ```
    ///
    /// ## How to fix
    /// Include every declared license in the expression (`(Artistic-1.0-Perl OR
    /// GPL-1.0-or-later) AND MIT`), or drop the string that no longer applies from `license`.
    ///
    /// ## Reference
    /// CPAN::Meta::Spec, "license"; docs/licenses.md.
    pub static RULE = { code: "CM515", name: "spdx-expression-omits-license", group: License, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(_cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    let Some((node, Some(checked))) = &f.x_spdx else {
        return;
    };
    // An unknown id may be the missing license misspelt (CM512 reports it).
    if checked.terms.is_empty()
        || checked
            .terms
            .iter()
            .any(|t| matches!(t.license, License::Unknown(_)))
    {
        return;
    }
    let cmp = consistency::compare(&f.entries, &checked.terms);
    for e in cmp.omitted {
        let mut d = Diagnostic::new(
            &RULE,
            format!(
                "`x_spdx_expression` names no license of `{}` ({})",
                e.string, e.spdx
            ),
            Location::new("/x_spdx_expression", Some(node.span)),
        )
        .with_help(format!(
            "add `{}` to the expression, or remove `{}` from `license`",
            e.spdx, e.string
        ));
        if let Some(s) = f
            .strings
            .iter()
            .find(|s| s.reading.as_read_by_cpan_meta() == Some(e))
        {
            d = d.with_related(
                format!("`{}` declared here", s.written),
                Location::new(s.pointer.clone(), Some(s.node.span)),
            );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::model::SpecVersion;
    use serde_json::json;

    #[test]
    fn declared_licenses_missing_from_the_expression_are_omissions() {
        let d = run(
            &json!({"license": ["perl_5", "mit"], "x_spdx_expression": "MIT"}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].message, "`x_spdx_expression` names no license of `perl_5` (Artistic-1.0-Perl OR GPL-1.0-or-later)");
        let d = run(
            &json!({"license": ["perl_5", "mit"], "x_spdx_expression": "(Artistic-1.0-Perl OR GPL-1.0-or-later) AND MIT"}),
            Some(SpecVersion::V2),
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
