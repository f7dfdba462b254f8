use super::{family, root_map, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::spec_keys::SpecFamily;
use crate::source::{pointer_of, Object};

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
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    for feature in root_map(cx, "optional_features")
        .map(Object::iter)
        .into_iter()
        .flatten()
    {
        let Some(map) = feature.value.value.as_object() else {
            continue;
        };
        if map.get("description").is_none() {
            out.push(
                Diagnostic::new(
                    &OPTIONAL_FEATURE_DESCRIPTION,
                    format!("optional feature `{}` has no `description`", feature.key),
                    Location::new(
                        pointer_of(["optional_features", &feature.key, "description"]),
                        Some(feature.key_span),
                    ),
                )
                .with_help("add a `description` saying what the feature provides")
                .with_spec("CPAN::Meta::Spec 2, \"optional_features\""),
            );
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
