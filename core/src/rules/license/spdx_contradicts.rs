use super::{span_within, Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::consistency;
use crate::license::expression::License;

crate::declare_rule! {
    /// ## What it does
    /// Checks `x_spdx_expression` against `license`: an SPDX id that none of the license
    /// strings allows is a contradiction. A more precise expression is fine (`gpl_2` with
    /// `GPL-2.0-or-later`, `open_source` with any OSI-approved license, `perl_5` with
    /// `Artistic-1.0-Perl OR GPL-1.0-or-later`).
    ///
    /// ## Why is this bad?
    /// Two license declarations that disagree leave the actual license unknown; SBOM tools pick
    /// one at random (most take `x_spdx_expression`).
    ///
    /// ## Example
    /// ```json
    /// { "license": ["perl_5"], "x_spdx_expression": "MIT" }
    /// ```
    ///
    /// ## How to fix
    /// Make them agree: fix whichever is wrong. The ids each CPAN string allows are listed in
    /// docs/licenses.md.
    ///
    /// ## Reference
    /// CPAN::Meta::Spec, "license"; docs/licenses.md (the mapping and its consistent ids).
    pub static RULE = { code: "CM514", name: "spdx-expression-contradicts-license", group: License, severity: Error, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    let Some((node, Some(checked))) = &f.x_spdx else {
        return;
    };
    let Some(text) = node.value.as_str() else {
        return;
    };
    let cmp = consistency::compare(&f.entries, &checked.terms);
    let declared: Vec<String> = f
        .entries
        .iter()
        .map(|e| format!("`{}` ({})", e.string, e.spdx))
        .collect();
    for term in cmp.contradicting {
        let License::Spdx(id) = &term.license else {
            continue;
        };
        let span = span_within(cx, node, text, &term.range);
        let mut d = Diagnostic::new(
            &RULE,
            format!("`{id}` contradicts `license`: {}", declared.join(", ")),
            Location::new("/x_spdx_expression", Some(span)),
        )
        .with_help("make `license` and `x_spdx_expression` name the same license");
        if let Some(l) = cx.map.get("license") {
            d = d.with_related(
                "`license` declared here",
                Location::new("/license", Some(l.span)),
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
    fn contradictions_are_errors_and_precision_is_fine() {
        let d = run(
            &json!({"license": ["perl_5"], "x_spdx_expression": "MIT"}),
            Some(SpecVersion::V2),
        );
        let codes: Vec<_> = d.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["CM514", "CM515"]);
        assert_eq!(
            d[0].message,
            "`MIT` contradicts `license`: `perl_5` (Artistic-1.0-Perl OR GPL-1.0-or-later)"
        );
        assert!(run(
            &json!({"license": ["gpl_2"], "x_spdx_expression": "GPL-2.0-or-later"}),
            Some(SpecVersion::V2)
        )
        .is_empty());
        assert!(run(&json!({"license": "perl", "x_spdx_expression": "Artistic-1.0-Perl OR GPL-1.0-or-later"}), Some(SpecVersion::V1_4)).is_empty());
    }
}
