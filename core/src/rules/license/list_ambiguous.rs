use super::{Context, Facts};
use crate::diagnostic::{Diagnostic, Location};

crate::declare_rule! {
    /// ## What it does
    /// Notes a `license` list with several different licenses and no `x_spdx_expression` to say
    /// how they combine. The SPDX expression is NOASSERTION.
    ///
    /// ## Why it matters
    /// CPAN::Meta::Spec says only that the licenses "apply to some or all of the files" and
    /// that the documentation should be consulted. It does not say whether a user may choose
    /// (SPDX `OR`) or must comply with all (SPDX `AND`), and cpanmeta will not guess.
    ///
    /// ## Example
    /// ```json
    /// { "license": ["apache_2_0", "mozilla_1_0"] }
    /// ```
    ///
    /// ## How to fix
    /// Add the expression: `"x_spdx_expression": "Apache-2.0 OR MPL-1.0"` if the user may
    /// choose, `"Apache-2.0 AND MPL-1.0"` if both apply.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "license": "If multiple licenses are listed, the distribution
    /// documentation should be consulted to clarify the interpretation of multiple licenses."
    pub static RULE = { code: "CM506", name: "license-list-ambiguous", group: License, severity: Info, modes: StrictOnly }
}

pub(super) fn check(cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.usable_x_spdx() {
        return;
    }
    let mut distinct: Vec<&str> = Vec::new();
    for e in &f.entries {
        if !distinct.contains(&e.string.as_str()) {
            distinct.push(&e.string);
        }
    }
    if distinct.len() < 2 {
        return;
    }
    let Some(node) = cx.map.get("license") else {
        return;
    };
    let names: Vec<String> = distinct.iter().map(|s| format!("`{s}`")).collect();
    let ids: Vec<&str> = f
        .entries
        .iter()
        .filter(|e| e.is_specific())
        .map(|e| e.spdx.as_str())
        .collect();
    let example = if ids.len() >= 2 {
        format!(
            " (e.g. `{}` if the user may choose, `AND` if all apply)",
            ids.iter()
                .map(|s| if s.contains(' ') {
                    format!("({s})")
                } else {
                    (*s).to_owned()
                })
                .collect::<Vec<_>>()
                .join(" OR ")
        )
    } else {
        String::new()
    };
    out.push(
        Diagnostic::new(
            &RULE,
            format!("`license` lists several licenses ({}); the spec does not say whether all apply (AND) or any (OR), so the SPDX expression is NOASSERTION", names.join(", ")),
            Location::new("/license", Some(node.span)),
        )
        .with_help(format!("say how they combine in `x_spdx_expression`{example}"))
        .with_spec("CPAN::Meta::Spec, \"license\""),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::run;
    use serde_json::json;

    #[test]
    fn several_licenses_without_an_expression_are_ambiguous() {
        let d = run(
            &json!({"license": ["apache_2_0", "mozilla_1_0"]}),
            Some(SpecVersion::V2),
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "CM506");
        assert_eq!(d[0].help.as_deref(), Some("say how they combine in `x_spdx_expression` (e.g. `Apache-2.0 OR MPL-1.0` if the user may choose, `AND` if all apply)"));
        let d = run(
            &json!({"license": ["apache_2_0", "mozilla_1_0"], "x_spdx_expression": "Apache-2.0 AND MPL-1.0"}),
            Some(SpecVersion::V2),
        );
        assert!(d.is_empty(), "{d:?}");
        assert!(run(
            &json!({"license": ["perl_5", "perl_5"]}),
            Some(SpecVersion::V2)
        )
        .is_empty());
    }
}
