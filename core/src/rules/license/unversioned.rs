use super::{Context, Facts};
use crate::diagnostic::{Diagnostic, Location};
use crate::license::vocabulary::Reading;

crate::declare_rule! {
    /// ## What it does
    /// Warns about the 1.x strings `gpl`, `lgpl` and `mozilla`, which do not say which version
    /// of the license applies. Their SPDX expression is NOASSERTION.
    ///
    /// ## Why is this bad?
    /// The Validator accepts them, but nobody can tell GPL 2 from GPL 3: the 1.x spec texts say
    /// version 2, Module::Build used `gpl` for any version, and CPAN::Meta's Converter gives up
    /// and turns them into `open_source`. An SBOM built from them cannot name the license.
    ///
    /// ## Example
    /// ```yaml
    /// license: gpl
    /// ```
    ///
    /// ## How to fix
    /// Name the version: move to meta-spec 2 and write `gpl_2` / `gpl_3` (`lgpl_2_1`,
    /// `mozilla_1_1` ...), or add an `x_spdx_expression` such as `GPL-2.0-or-later`. A consistent
    /// `x_spdx_expression` silences this rule.
    ///
    /// ## Reference
    /// CPAN::Meta::History::Meta_1_4, "license"; CPAN::Meta::Converter `%license_map_2`
    /// ("we don't know which GPL; punt"); docs/licenses.md.
    pub static RULE = { code: "CM504", name: "license-version-not-stated", group: License, severity: Warning, modes: StrictOnly }
}

pub(super) fn check(_cx: &Context<'_>, f: &Facts<'_>, out: &mut Vec<Diagnostic>) {
    if f.usable_x_spdx() {
        return;
    }
    for s in &f.strings {
        let Reading::Exact(e) = &s.reading else {
            continue;
        };
        if !e.warn {
            continue;
        }
        let example = match e.string.as_str() {
            "gpl" => "`GPL-2.0-or-later`",
            "lgpl" => "`LGPL-2.1-or-later`",
            _ => "`MPL-1.1`",
        };
        out.push(
            Diagnostic::new(
                &RULE,
                format!("`{}` does not say which version of the {} applies; the SPDX expression is NOASSERTION", s.written, e.title.trim_end_matches(" (version not stated)")),
                Location::new(s.pointer.clone(), Some(s.node.span)),
            )
            .with_help(format!(
                "CPAN::Meta turns `{}` into `open_source`; name the version with meta-spec 2 strings, or add an `x_spdx_expression` such as {example}",
                s.written
            ))
            .with_spec("CPAN::Meta::History::Meta_1_4, \"license\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SpecVersion;
    use crate::rules::license::testing::codes;
    use serde_json::json;

    #[test]
    fn unversioned_strings_warn_unless_x_spdx_expression_names_the_version() {
        assert!(codes(&json!({"license": "gpl"}), Some(SpecVersion::V1_4))
            .contains(&"CM504".to_owned()));
        assert!(
            codes(&json!({"license": "mozilla"}), Some(SpecVersion::V1_2))
                .contains(&"CM504".to_owned())
        );
        let c = codes(
            &json!({"license": "gpl", "x_spdx_expression": "GPL-2.0-or-later"}),
            Some(SpecVersion::V1_4),
        );
        assert!(c.is_empty(), "{c:?}");
        assert!(!codes(&json!({"license": "perl"}), Some(SpecVersion::V1_4))
            .contains(&"CM504".to_owned()));
    }
}
