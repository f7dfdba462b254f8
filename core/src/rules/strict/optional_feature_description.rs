use super::{missing_feature_member, v2_features, Context};
use crate::diagnostic::Diagnostic;

crate::declare_rule! {
    /// ## What it does
    /// Flags an optional feature of a spec 2 document without a `description`.
    ///
    /// ## Why it matters
    /// CPAN clients show the description when they ask the user whether to enable the feature;
    /// without it the user sees only the feature's key. The spec says every feature should have
    /// one; CPAN::Meta::Validator does not check it.
    ///
    /// The finding points at the missing member (`/optional_features/<name>/description`) and is
    /// shown on the feature's name.
    ///
    /// ## Example
    /// ```json
    /// { "optional_features": { "sqlite": { "prereqs": { "runtime": { "requires": { "DBD::SQLite": "1.25" } } } } } }
    /// ```
    ///
    /// ## How to fix
    /// Add `"description": "Provides SQLite support"`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "optional_features", "description": "Every optional feature should
    /// provide a description".
    pub static OPTIONAL_FEATURE_DESCRIPTION = {
        code: "CM206", name: "optional-feature-without-description", group: Strict,
        severity: Warning, modes: StrictOnly,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (feature, map) in v2_features(cx) {
        if map.get("description").is_none() {
            out.push(missing_feature_member(
                &OPTIONAL_FEATURE_DESCRIPTION,
                feature,
                "description",
                "add a `description` saying what the feature provides",
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
    fn a_feature_without_description_is_reported() {
        let doc = json!({"optional_features": {
            "bare": {"prereqs": {}},
            "told": {"description": "ok", "prereqs": {}},
        }});
        assert_eq!(
            pointers(&run(check, "2", &doc)),
            ["/optional_features/bare/description"]
        );
    }
}
