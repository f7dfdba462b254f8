use super::{Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::vocabulary::Reading;
use crate::model::SpecVersion;

crate::declare_rule! {
    /// ## What it does
    /// Warns when the license names no specific license — `unknown`, `open_source`,
    /// `restricted` / `restrictive`, `unrestricted`, or no `license` at all where the spec
    /// version does not require one — so the SPDX expression is NOASSERTION.
    ///
    /// ## Why is this bad?
    /// An SBOM (as the EU Cyber Resilience Act expects) needs a license for every component.
    /// These strings are valid, so the Validator says nothing, but they tell a consumer only that
    /// *some* license applies.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["unknown"] }
    /// ```
    ///
    /// ## How to fix
    /// Declare the license (`perl_5`, `mit` ...). If it has no CPAN string (MPL 2.0, ISC), keep
    /// `open_source` and add `x_spdx_expression: "MPL-2.0"`; a proprietary license can be
    /// named with `x_spdx_expression: "LicenseRef-…"`.
    ///
    /// ## Reference
    /// CPAN::Meta::Spec, "license"; SPDX specification, NOASSERTION.
    pub static RULE = { code: "CM505", name: "license-not-specific", group: License, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.usable_x_spdx() {
        return;
    }
    if cx.map.get("license").is_none() {
        // Required from 1.2 on (the Validator reports it missing); optional before.
        if matches!(
            cx.spec.validator,
            Some(SpecVersion::V1_0 | SpecVersion::V1_1)
        ) {
            out.push(
                Diagnostic::new(
                    &RULE,
                    "no `license`: the SPDX expression is NOASSERTION",
                    Location::new("", Some(cx.root.span)),
                )
                .with_help(
                    "add `license` (and `x_spdx_expression` for a license CPAN has no string for)",
                ),
            );
        }
        return;
    }
    let all_exact_generic = !f.strings.is_empty()
        && f.strings
            .iter()
            .all(|s| matches!(&s.reading, Reading::Exact(e) if !e.is_specific() && !e.warn));
    if !all_exact_generic {
        return;
    }
    let Some(first) = f.strings.first() else {
        return;
    };
    let Some(node) = cx.map.get("license") else {
        return;
    };
    let names: Vec<String> = f
        .strings
        .iter()
        .map(|s| format!("`{}`", s.written))
        .collect();
    let title = match &first.reading {
        Reading::Exact(e) => e.title.clone(),
        _ => String::new(),
    };
    let message = if names.len() == 1 {
        format!(
            "{} names no specific license ({title}); the SPDX expression is NOASSERTION",
            names[0]
        )
    } else {
        format!(
            "{} name no specific license; the SPDX expression is NOASSERTION",
            names.join(", ")
        )
    };
    out.push(
        Diagnostic::new(&RULE, message, Location::new("/license", Some(node.span)))
            .with_help("declare the license, or name it in `x_spdx_expression` (an SPDX id, or `LicenseRef-…` for a license not on the SPDX list)"),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::codes;
    use serde_json::json;

    #[test]
    fn generic_strings_and_missing_licenses_are_noassertion() {
        assert_eq!(
            codes(&json!({"license": ["unknown"]}), Some(SpecVersion::V2)),
            ["CM505"]
        );
        assert_eq!(
            codes(&json!({"license": "restrictive"}), Some(SpecVersion::V1_4)),
            ["CM505"]
        );
        assert_eq!(
            codes(&json!({"name": "X"}), Some(SpecVersion::V1_0)),
            ["CM505"]
        );
        // Required from 1.2: the Validator reports the missing field, not this rule.
        assert!(codes(&json!({"name": "X"}), Some(SpecVersion::V1_4)).is_empty());
        assert!(codes(
            &json!({"license": ["open_source"], "x_spdx_expression": "MPL-2.0"}),
            Some(SpecVersion::V2)
        )
        .is_empty());
        assert!(codes(&json!({"license": ["mit"]}), Some(SpecVersion::V2)).is_empty());
    }
}
