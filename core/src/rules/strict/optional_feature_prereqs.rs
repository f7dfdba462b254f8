use super::{missing_feature_member, v2_features, Context};
use crate::diagnostic::Diagnostic;

crate::declare_rule! {
    /// ## What it does
    /// Flags an optional feature of a spec 2 document that has no `prereqs` entry.
    ///
    /// ## Why is this bad?
    /// A feature exists to add prerequisites; without `prereqs` a CPAN client offers the user a
    /// choice that installs nothing. The spec makes the entry required, but
    /// CPAN::Meta::Validator's definition of a feature marks nothing mandatory, so it is never
    /// checked. Often the prerequisites were written in the 1.x style (`requires` directly in the
    /// feature) and are silently ignored.
    ///
    /// The finding points at the missing member (`/optional_features/<name>/prereqs`) and is
    /// shown on the feature's name.
    ///
    /// ## Example
    /// ```json
    /// { "optional_features": { "sqlite": { "description": "SQLite support" } } }
    /// ```
    ///
    /// ## How to fix
    /// Add the feature's prerequisites under `prereqs`, structured like the top-level `prereqs`,
    /// or remove the feature.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "optional_features", "prereqs": "This entry is required and has the
    /// same structure as that of the prereqs key."
    pub static OPTIONAL_FEATURE_PREREQS = {
        code: "CM205", name: "optional-feature-without-prereqs", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (feature, map) in v2_features(cx) {
        if map.get("prereqs").is_none() {
            out.push(missing_feature_member(
                &OPTIONAL_FEATURE_PREREQS,
                feature,
                "prereqs",
                "list the feature's prerequisites under `prereqs`, or remove the feature",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn a_feature_without_prereqs_is_reported() {
        let doc = json!({"optional_features": {
            "old": {"description": "1.x style", "requires": {"X": "0"}},
            "new": {"description": "ok", "prereqs": {"runtime": {"requires": {"X": "0"}}}},
        }});
        assert_eq!(
            pointers(&run(check, "2", &doc)),
            ["/optional_features/old/prereqs"]
        );
    }

    #[test]
    fn spec_1_features_have_no_prereqs_key() {
        let doc = json!({"optional_features": {"f": {"requires": {"X": "0"}}}});
        assert!(run(check, "1.4", &doc).is_empty());
    }
}
